package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Opener opens a backend from a URL.
type Opener func(ctx context.Context, url string) (Store, error)

var (
	mu       sync.RWMutex
	backends = map[string]Opener{}
)

// Register makes a backend available to Open under a URL scheme. Backends
// call it from init, so that store imports none of them.
func Register(scheme string, open Opener) {
	mu.Lock()
	defer mu.Unlock()
	backends[scheme] = open
}

// DefaultPath is the SQLite file used when Open is given no URL.
const DefaultPath = "chancery.db"

// Open opens the record at url: "" (./chancery.db), a file path or
// sqlite://path for SQLite; postgres://… or postgresql://… for PostgreSQL.
// The backend must be registered, e.g. by importing store/all.
func Open(ctx context.Context, url string) (Store, error) {
	scheme := Scheme(url)
	mu.RLock()
	open, ok := backends[scheme]
	var names []string
	for k := range backends {
		names = append(names, k)
	}
	mu.RUnlock()
	if !ok {
		sort.Strings(names)
		return nil, fmt.Errorf("store: open: no %q backend registered (have %s)", scheme, strings.Join(names, ", "))
	}
	if url == "" {
		url = DefaultPath
	}
	return open(ctx, url)
}

// Scheme names the backend a URL selects.
func Scheme(url string) string {
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return "postgres"
	case strings.HasPrefix(url, "sqlite://"), strings.HasPrefix(url, "file:"):
		return "sqlite"
	}
	if i := strings.Index(url, "://"); i > 0 {
		return url[:i]
	}
	return "sqlite"
}
