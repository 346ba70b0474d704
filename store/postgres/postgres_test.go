package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chancery/chancery/internal/testenv"
	"github.com/chancery/chancery/store"
	"github.com/chancery/chancery/store/postgres"
	"github.com/chancery/chancery/store/storetest"
)

// The tests need a server: CHANCERY_TEST_POSTGRES=postgres://… (.ci/run
// starts one). Each test gets a schema of its own, dropped afterwards.

var schemas atomic.Int64

// server returns the server's URL and a connection to it, or fails (CI)
// or skips the test.
func server(t testing.TB) (string, *sql.DB) {
	t.Helper()
	url := os.Getenv("CHANCERY_TEST_POSTGRES")
	if url == "" {
		testenv.Missing(t, "PostgreSQL (set CHANCERY_TEST_POSTGRES=postgres://…)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	admin, err := sql.Open("pgx", url)
	if err == nil {
		err = admin.PingContext(ctx)
	}
	if err != nil {
		testenv.Missing(t, fmt.Sprintf("PostgreSQL at CHANCERY_TEST_POSTGRES (%v)", err))
	}
	return url, admin
}

func open(t testing.TB) store.Store {
	t.Helper()
	url, admin := server(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	schema := fmt.Sprintf("chancery_test_%d_%d", os.Getpid(), schemas.Add(1))
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP SCHEMA " + schema + " CASCADE")
		admin.Close()
	})
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	db, err := postgres.Open(ctx, url+sep+"search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) {
	_, admin := server(t)
	admin.Close()
	storetest.Run(t, open)
}

func BenchmarkPutArticle(b *testing.B) { storetest.BenchmarkPutArticle(b, open) }
