package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chancery/chancery/event"
)

var update = flag.Bool("update", false, "rewrite testdata/*/expected.json from the current output")

// golden is what a test case expects: the article, or the error.
type golden struct {
	Article event.Article `json:"article"`
	Error   string        `json:"error,omitempty"`
}

// TestGolden runs HTML or Text on each testdata/<case>/input.* and compares
// with expected.json; -update rewrites the expectations.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var got golden
			var a event.Article
			var err error
			if in, e := os.ReadFile(filepath.Join(dir, "input.html")); e == nil {
				a, err = HTML(context.Background(), in, "https://example.org/"+filepath.Base(dir))
			} else if in, e := os.ReadFile(filepath.Join(dir, "input.txt")); e == nil {
				a, err = Text(context.Background(), in)
			} else {
				t.Fatalf("no input.html or input.txt in %s", dir)
			}
			if err != nil {
				got.Error = err.Error()
			} else {
				got.Article = a
				checkSpans(t, a)
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			path := filepath.Join(dir, "expected.json")
			if *update {
				if err := os.WriteFile(path, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(out), bytes.TrimSpace(want)) {
				t.Errorf("output differs from %s (go test -update rewrites it)\ngot:\n%s", path, out)
			}
		})
	}
}

// checkSpans verifies the article invariants every stage relies on: valid
// UTF-8, paragraphs separated by blank lines, spans covering them exactly.
func checkSpans(t *testing.T, a event.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Errorf("text is not valid UTF-8")
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != len(a.Paragraphs) {
		t.Fatalf("%d paragraphs in text, %d spans", len(paras), len(a.Paragraphs))
	}
	for i, sp := range a.Paragraphs {
		if sp.Start() < 0 || sp.End() > len(a.Text) || sp.Start() > sp.End() {
			t.Fatalf("span %d %v out of range", i, sp)
		}
		if got := a.Text[sp.Start():sp.End()]; got != paras[i] || strings.TrimSpace(got) != got || got == "" {
			t.Errorf("span %d = %q, want %q", i, got, paras[i])
		}
	}
	if a.Title != "" && strings.Contains(a.Text, a.Title+"\n") {
		t.Errorf("title %q repeated in text", a.Title)
	}
}
