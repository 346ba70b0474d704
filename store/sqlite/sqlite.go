// Package sqlite is the SQLite backend of store (pure Go, no cgo): WAL mode
// with a busy timeout, one writer connection and a pool of readers, and
// FTS5 for text search. Importing it registers the "sqlite" scheme.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"strings"

	"github.com/chancery/chancery/store"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

func init() {
	store.Register("sqlite", func(ctx context.Context, u string) (store.Store, error) {
		db, err := Open(ctx, u)
		if err != nil {
			return nil, err
		}
		return db, nil
	})
}

// Path turns a store URL into a file path: "sqlite://x.db", "file:x.db"
// and "x.db" all name x.db.
func Path(u string) string {
	p := strings.TrimPrefix(strings.TrimPrefix(u, "sqlite://"), "file:")
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	return p
}

// Open opens (creating and migrating when needed) the database at u.
func Open(ctx context.Context, u string) (*store.DB, error) {
	path := Path(u)
	if path == "" {
		path = store.DefaultPath
	}
	dsn := func(extra string) string {
		return "file:" + (&url.URL{Path: path}).EscapedPath() +
			"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" + extra
	}
	// _txlock=immediate takes the write lock at BEGIN, so that two processes
	// never deadlock upgrading a read lock.
	w, err := sql.Open("sqlite", dsn("&_txlock=immediate"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	sub, _ := fs.Sub(migrations, "migrations")
	if err := store.Migrate(ctx, w, dialect{}, sub); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn("&_pragma=query_only(1)"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(max(4, runtime.NumCPU()))
	return store.NewDB(w, r, dialect{}), nil
}

type dialect struct{}

func (dialect) Rebind(q string) string { return q }

func (dialect) Lock(context.Context, *sql.Tx) error { return nil }

// TextMatch uses the FTS5 index; every word quoted, so all must match.
func (dialect) TextMatch(alias string, words []string) (string, []any) {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return alias + ".seq IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?)", []any{strings.Join(q, " ")}
}
