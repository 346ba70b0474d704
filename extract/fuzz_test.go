package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzText checks that Text never panics and that whatever it returns keeps
// the article invariants.
func FuzzText(f *testing.F) {
	for _, s := range []string{"", "Title line here now\n\nA sentence that ends well.", "\xff\xfe\x00", "By X\nPublished by\n\n"} {
		f.Add([]byte(s))
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "pasted-page", "input.txt")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := Text(context.Background(), in)
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || a.Text == "" {
			t.Fatalf("bad text %q", a.Text)
		}
		if len(strings.Split(a.Text, "\n\n")) != len(a.Paragraphs) {
			t.Fatalf("spans do not match paragraphs")
		}
	})
}

// FuzzHTML checks that HTML never panics on arbitrary bytes.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<p>A sentence that ends well and is long enough to keep.</p>"))
	f.Add([]byte("<html><meta charset=latin1><p>caf\xe9</p>"))
	if b, err := os.ReadFile(filepath.Join("testdata", "broken-page", "input.html")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := HTML(context.Background(), in, "")
		if err == nil && !utf8.ValidString(a.Text) {
			t.Fatalf("invalid UTF-8 in text")
		}
	})
}
