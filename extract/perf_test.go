package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTextLargeInputs guards against quadratic behaviour on big pastes.
func TestTextLargeInputs(t *testing.T) {
	for name, line := range map[string]string{
		"short lines":        "Home News Sport\n",
		"continuation lines": "and then some more words here\n",
		"sentences":          "The minister said the talks would resume on Monday.\n\n",
	} {
		in := strings.Repeat(line, (4<<20)/len(line))
		start := time.Now()
		_, _ = Text(context.Background(), []byte(in))
		t.Logf("%s: %v", name, time.Since(start))
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: Text took %v on 4 MiB (quadratic?)", name, d)
		}
	}
}

func BenchmarkText(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("testdata", "pasted-page", "input.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Text(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTML(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("testdata", "news-page", "input.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := HTML(context.Background(), in, ""); err != nil {
			b.Fatal(err)
		}
	}
}
