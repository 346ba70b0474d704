package storetest

import (
	"context"
	"testing"

	"github.com/chancery/chancery/store"
)

// BenchmarkPutArticle measures ingest: articles of about 500 words with
// five mentions each, every one its own transaction. It reports articles/s.
func BenchmarkPutArticle(b *testing.B, open Opener) {
	s := open(b)
	docs := batch(b.N, 500, 5)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := s.PutArticle(ctx, docs[i].A, docs[i].Ms)
		if err != nil {
			b.Fatal(err)
		}
		if res.Status != store.Inserted {
			b.Fatalf("put %d: %+v", i, res)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
