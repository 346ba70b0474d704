package coder

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// BenchmarkCoderReuters codes the 21,578 Reuters-21578 stories of
// ../shared (read once, outside the timer) and reports sentences/s on one
// core; it skips when the corpus is absent.
func BenchmarkCoderReuters(b *testing.B) {
	c := testCoder(b)
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "news", "reuters21578", "json-data", "*.json"))
	if len(files) == 0 {
		b.Skip("../shared/data/news/reuters21578 is absent")
	}
	var arts []event.Article
	sentences := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var recs []struct {
			Body string `json:"body"`
		}
		if err := json.Unmarshal(raw, &recs); err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		for _, r := range recs {
			if r.Body == "" {
				continue
			}
			a := event.Article{ID: "r", Published: "1987-03-01", Text: r.Body, Paragraphs: lang.Paragraphs(r.Body)}
			for _, p := range a.Paragraphs {
				sentences += len(lang.Sentences(r.Body, p))
			}
			arts = append(arts, a)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			c.Code(a, Options{})
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
