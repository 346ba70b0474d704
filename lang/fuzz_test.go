package lang

import (
	"testing"

	"github.com/chancery/chancery/event"
)

func FuzzLang(f *testing.F) {
	for _, s := range []string{
		benchText, "U.S.-led", "didn't", "’s", "\xff\xfe'", "...", "a.\n\nB", "“”‘’", "n't",
		"7.62mm 1,000 .5 -- - —", "J. R. R. T", "Mr.\nX", "\u00a0\u200b\ufeff", "'s'", "e\u0301t\u0301",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		sp := event.Span{a, b}
		prev := 0
		for _, p := range Paragraphs(text) {
			if p[0] < prev || p[1] <= p[0] || p[1] > len(text) {
				t.Fatalf("paragraph %v after %d", p, prev)
			}
			prev = p[1]
		}
		lo, hi := clamp(text, sp)
		prev = lo
		for _, s := range Sentences(text, sp) {
			if s[0] < prev || s[1] <= s[0] || s[1] > hi {
				t.Fatalf("sentence %v after %d (within %d..%d)", s, prev, lo, hi)
			}
			prev = s[1]
		}
		toks := Tokenize(text, sp)
		prev = lo
		for _, tk := range toks {
			if tk.Span[0] < prev || tk.Span[1] <= tk.Span[0] || tk.Span[1] > hi {
				t.Fatalf("token %v after %d (within %d..%d)", tk.Span, prev, lo, hi)
			}
			if text[tk.Span[0]:tk.Span[1]] != tk.Text || tk.Lower == "" {
				t.Fatalf("token %q text/lower mismatch %q", tk.Text, tk.Lower)
			}
			prev = tk.Span[1]
		}
		ids := Clauses(toks, nil)
		for i := 1; i < len(ids); i++ {
			if ids[i] < ids[i-1] {
				t.Fatal("clause ids decrease")
			}
		}
		if len(text) < 40 {
			Inflections(text)
		}
	})
}
