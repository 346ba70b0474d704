package lang

import (
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

// checkTokens verifies the invariants every tokenization must keep: spans
// in bounds, ordered, text[span] == Text, Lower non-empty.
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	prev := 0
	for _, tk := range toks {
		s, e := tk.Span[0], tk.Span[1]
		if s < prev || e <= s || e > len(text) {
			t.Fatalf("%q: bad span %v after %d", text, tk.Span, prev)
		}
		if text[s:e] != tk.Text {
			t.Fatalf("%q: text[%v] = %q, Text %q", text, tk.Span, text[s:e], tk.Text)
		}
		if tk.Lower == "" {
			t.Fatalf("%q: empty Lower for %q", text, tk.Text)
		}
		prev = e
	}
}

func all(text string) event.Span { return event.Span{0, len(text)} }

func join(toks []Token, lower bool) string {
	parts := make([]string, len(toks))
	for i, tk := range toks {
		parts[i] = tk.Text
		if lower {
			parts[i] = tk.Lower
		}
	}
	return strings.Join(parts, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Al-Qaeda fired AK-103 rifles at O'Brien.", "Al-Qaeda|fired|AK-103|rifles|at|O'Brien|."},
		{"the Taliban's leader and the Taliban’s envoy", "the|Taliban|'s|leader|and|the|Taliban|’s|envoy"},
		{"the states' rights", "the|states|'|rights"},
		{"He didn't go; they can't, won't.", "He|did|n't|go|;|they|ca|n't|,|wo|n't|."},
		{"it's true they're here, we've seen, she'd go, we'll see, I'm in", "it|'s|true|they|'re|here|,|we|'ve|seen|,|she|'d|go|,|we|'ll|see|,|I|'m|in"},
		{"DON'T", "DO|N'T"},
		{"the U.S. and the U.N. met Gen. Smith and Lt. Jones.", "the|U.S.|and|the|U.N.|met|Gen.|Smith|and|Lt.|Jones|."},
		{"U.S.-led forces", "U.S.-led|forces"},
		{"J. R. R. Tolkien wrote", "J.|R.|R.|Tolkien|wrote"},
		{"Apple Inc. and Acme Corp. vs. e.g. i.e. at 3 p.m. today", "Apple|Inc.|and|Acme|Corp.|vs.|e.g.|i.e.|at|3|p.m.|today"},
		{"No. 10 said no.", "No.|10|said|no|."},
		{"7.62mm rounds, 1,000 troops, 3.5 percent, 2,50 x", "7.62mm|rounds|,|1,000|troops|,|3.5|percent|,|2|,|50|x"},
		{"at 10:30 on 9/11 in the 1990s", "at|10:30|on|9/11|in|the|1990s"},
		{"a .50 caliber gun", "a|.50|caliber|gun"},
		{"(Reuters) - Kabul said: yes? no!", "(|Reuters|)|-|Kabul|said|:|yes|?|no|!"},
		{"war — and peace – and -- more", "war|—|and|peace|–|and|--|more"},
		{"pro- and anti-war", "pro|-|and|anti-war"},
		{"“We will,” he said. \"No.\"", "“|We|will|,|”|he|said|.|\"|No|.|\""},
		{"‘They are victims’ and ‘the boss’", "‘|They|are|victims|’|and|‘|the|boss|’"},
		{"he said 'yes' then", "he|said|'|yes|'|then"},
		{"» Read more … wait...", "»|Read|more|…|wait|..."},
		{"AT&T paid $5 (50%)", "AT&T|paid|$|5|(|50|%|)"},
		{"Élysée Palace, Ürümqi, São Paulo", "Élysée|Palace|,|Ürümqi|,|São|Paulo"},
		{"visit bbc.co.uk now", "visit|bbc.co.uk|now"},
		{"in the '90s and ’03, ended in 2010.The next", "in|the|'90s|and|’03|,|ended|in|2010|.|The|next"},
		{"Ph.D. holders in Washington, D.C.", "Ph.D.|holders|in|Washington|,|D.C."},
		{"\ufeffKabul\u00a0said", "Kabul|said"},
		{"", ""},
	}
	for _, tc := range tests {
		toks := Tokenize(tc.in, all(tc.in))
		checkTokens(t, tc.in, toks)
		if got := join(toks, false); got != tc.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestTokenLowerKindCap(t *testing.T) {
	in := "The Taliban’s “Élysée” didn't CAN'T 7.62mm — » AK-103 ’ ok"
	toks := Tokenize(in, all(in))
	checkTokens(t, in, toks)
	type want struct {
		text, lower string
		kind        Kind
		cap         bool
	}
	wants := []want{
		{"The", "the", Word, true},
		{"Taliban", "taliban", Word, true},
		{"’s", "'s", Word, false},
		{"“", "\"", Quote, false},
		{"Élysée", "élysée", Word, true},
		{"”", "\"", Quote, false},
		{"did", "did", Word, false},
		{"n't", "n't", Word, false},
		{"CA", "ca", Word, true},
		{"N'T", "n't", Word, true},
		{"7.62mm", "7.62mm", Number, false},
		{"—", "—", Dash, false},
		{"»", "»", Symbol, false},
		{"AK-103", "ak-103", Word, true},
		{"’", "'", Quote, false},
		{"ok", "ok", Word, false},
	}
	if len(toks) != len(wants) {
		t.Fatalf("got %d tokens %s", len(toks), join(toks, false))
	}
	for i, w := range wants {
		tk := toks[i]
		if tk.Text != w.text || tk.Lower != w.lower || tk.Kind != w.kind || tk.Cap != w.cap {
			t.Errorf("token %d = %q %q %v %v, want %+v", i, tk.Text, tk.Lower, tk.Kind, tk.Cap, w)
		}
	}
}

func TestTokenizeSpanOffsets(t *testing.T) {
	text := "Intro. “Russia’s envoy,” said Gen. Ivanov — in Kabul."
	// Tokenize a sub-span: offsets must be absolute.
	start := strings.Index(text, "“")
	end := strings.Index(text, " —")
	toks := Tokenize(text, event.Span{start, end})
	checkTokens(t, text, toks)
	if toks[0].Span[0] != start || toks[len(toks)-1].Span[1] != end {
		t.Errorf("spans %v..%v, want %d..%d", toks[0].Span, toks[len(toks)-1].Span, start, end)
	}
	if got := join(toks, true); got != "\"|russia|'s|envoy|,|\"|said|gen.|ivanov" {
		t.Errorf("lower %s", got)
	}
}

func TestTokenizeBadSpans(t *testing.T) {
	text := "Kabul said."
	for _, sp := range []event.Span{{-5, 3}, {3, 100}, {8, 2}, {100, 200}, {-3, -1}} {
		toks := Tokenize(text, sp)
		checkTokens(t, text, toks)
	}
}

func TestAppendTokensReuses(t *testing.T) {
	text := "Russia recognized the Taliban government on Thursday."
	buf := make([]Token, 0, 64)
	buf = AppendTokens(buf[:0], text, all(text))
	n := len(buf)
	buf = AppendTokens(buf, text, all(text))
	if len(buf) != 2*n || buf[n].Text != "Russia" || buf[n].Lower != "russia" {
		t.Fatalf("append: %d tokens, %+v", len(buf), buf[n])
	}
	checkTokens(t, text, buf[n:])
	allocs := testing.AllocsPerRun(100, func() { buf = AppendTokens(buf[:0], text, all(text)) })
	if allocs > 1 {
		t.Errorf("AppendTokens allocs = %v, want <= 1", allocs)
	}
}
