// Package testenv tells tests where shared data lives and applies the CI
// rule: in CI (CI=true) a missing dependency fails a test, elsewhere it
// skips with a message.
package testenv

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Shared returns the path of rel inside ../shared (beside the checkout),
// failing in CI and skipping elsewhere when it is missing.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if env := os.Getenv("CHANCERY_SHARED"); env != "" {
		root = env
	}
	p := filepath.Join(root, rel)
	if _, err := os.Stat(p); err != nil {
		Missing(t, "shared data "+p)
	}
	return p
}

// Missing fails in CI and skips elsewhere.
func Missing(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing (CI=true: a missing dependency is a failure)", what)
	}
	t.Skipf("%s is missing; skipping (in CI this fails)", what)
}
