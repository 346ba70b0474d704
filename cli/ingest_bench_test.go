package cli

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chancery/chancery/source"
	"github.com/chancery/chancery/store"
)

// benchCorpus is the BBC politics corpus of ../shared (417 text articles).
func benchCorpus(b *testing.B) string {
	dir := filepath.Join("..", "..", "shared", "data", "news", "bbc", "politics")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("../shared/data/news/bbc/politics is absent")
	}
	return dir
}

// benchIngest codes and stores the corpus into a fresh record each round
// and reports articles/s (coding included, as a user's ingest runs).
func benchIngest(b *testing.B, open func(i int) store.Store) {
	dir := benchCorpus(b)
	d := dictFlags{peer: peerFlags{format: "chancery"}}
	c, err := d.coder()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st := open(i)
		p := newProgress(&bytes.Buffer{}, false)
		if err := ingest(context.Background(), st, c, []string{dir}, nil, source.Options{Published: "2005-01-01"}, p); err != nil {
			b.Fatal(err)
		}
		n += p.articles
		st.Close()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkIngestSQLite(b *testing.B) {
	benchIngest(b, func(i int) store.Store {
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		return st
	})
}

var benchSchemas int // rounds restart at 0 when the framework grows b.N

// BenchmarkIngestPostgres needs CHANCERY_TEST_POSTGRES (a server .ci/run
// or the user starts); each round gets a fresh schema.
func BenchmarkIngestPostgres(b *testing.B) {
	url := os.Getenv("CHANCERY_TEST_POSTGRES")
	if url == "" {
		b.Skip("set CHANCERY_TEST_POSTGRES=postgres://… to benchmark PostgreSQL")
	}
	admin, err := sql.Open("pgx", url)
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	benchIngest(b, func(i int) store.Store {
		benchSchemas++
		schema := fmt.Sprintf("chancery_bench_%d_%d", os.Getpid(), benchSchemas)
		if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
		sep := "?"
		if strings.Contains(url, "?") {
			sep = "&"
		}
		st, err := store.Open(context.Background(), url+sep+"search_path="+schema)
		if err != nil {
			b.Fatal(err)
		}
		return st
	})
}
