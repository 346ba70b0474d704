package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/chancery/chancery/store"
	"github.com/chancery/chancery/store/sqlite"
	"github.com/chancery/chancery/store/storetest"
)

func open(t testing.TB) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func BenchmarkPutArticle(b *testing.B) { storetest.BenchmarkPutArticle(b, open) }

// Reopening finds the data and applies no migration twice.
func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := "sqlite://" + filepath.Join(t.TempDir(), "re.db")
	for i := 0; i < 2; i++ {
		s, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.Stats(ctx)
		if err != nil || st != (store.Stats{}) {
			t.Errorf("Stats = %+v, %v", st, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"x.db", "x.db"},
		{"sqlite://x.db", "x.db"},
		{"sqlite:///tmp/x.db", "/tmp/x.db"},
		{"file:x.db?mode=rwc", "x.db"},
	}
	for _, tt := range tests {
		if got := sqlite.Path(tt.in); got != tt.want {
			t.Errorf("Path(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
