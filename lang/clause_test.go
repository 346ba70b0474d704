package lang

import (
	"strings"
	"testing"
)

// clauseString renders tokens grouped by clause: "a b | c d".
func clauseString(toks []Token, ids []int) string {
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 {
			if ids[i] != ids[i-1] {
				b.WriteString(" | ")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(tk.Text)
	}
	return b.String()
}

func TestClauses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russia recognized the government, which the UN has not done.",
			"Russia recognized the government , | which the UN has not done ."},
		{"Moscow said that it would recognize Kabul.",
			"Moscow said | that it would recognize Kabul ."},
		{"Moscow said it would recognize Kabul.",
			"Moscow said | it would recognize Kabul ."},
		{"According to officials, Russia sent troops.",
			"According to officials , | Russia sent troops ."},
		{"Iran protested; Iraq agreed: talks begin.",
			"Iran protested ; | Iraq agreed : | talks begin ."},
		{"Kabul — the capital — fell.",
			"Kabul — | the capital — | fell ."},
		{"The U.S., Britain, and France met.",
			"The U.S. , Britain , and France met ."},
		{"China agreed, but India refused, and it left.",
			"China agreed , | but India refused , | and it left ."},
		{"Troops advanced, killing ten.",
			"Troops advanced , | killing ten ."},
		{"If Iran attacks, Israel will respond.",
			"If Iran attacks , Israel will respond ."},
		{"Iran will respond if Israel attacks.",
			"Iran will respond | if Israel attacks ."},
		{"He called it “a crime” and left.",
			"He called it | “ a crime ” | and left ."},
		{"He called it \"a crime\" and left.",
			"He called it | \" a crime \" | and left ."},
		{"The group (led by Ali) attacked.",
			"The group | ( led by Ali ) | attacked ."},
	}
	var ids []int
	for _, tc := range tests {
		toks := Tokenize(tc.in, all(tc.in))
		ids = Clauses(toks, ids)
		if len(ids) != len(toks) {
			t.Fatalf("len %d != %d", len(ids), len(toks))
		}
		for i := 1; i < len(ids); i++ {
			if ids[i] < ids[i-1] {
				t.Fatalf("%q: decreasing ids %v", tc.in, ids)
			}
		}
		if got := clauseString(toks, ids); got != tc.want {
			t.Errorf("Clauses(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
	if got := Clauses(nil, nil); len(got) != 0 {
		t.Errorf("empty: %v", got)
	}
}
