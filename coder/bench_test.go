package coder_test

import (
	"path/filepath"
	"testing"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// BenchmarkCoder codes the test sentences as one stream of articles and
// reports sentences per second (the target is ≥ 20,000 on one core).
func BenchmarkCoder(b *testing.B) {
	c := newCoder(b)
	files, _ := filepath.Glob("testdata/sentences/*.jsonl")
	if len(files) == 0 {
		b.Skip("no test sentences")
	}
	cases := readCases(b, "testdata/sentences/*.jsonl")
	arts := make([]event.Article, len(cases))
	sentences := 0
	for i, tc := range cases {
		arts[i] = event.Article{ID: tc.ID, Published: tc.Published, Text: tc.Text, Paragraphs: lang.Paragraphs(tc.Text)}
		for _, p := range arts[i].Paragraphs {
			sentences += len(lang.Sentences(tc.Text, p))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			c.Code(a, coder.Options{})
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
