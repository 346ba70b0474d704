package lang

import (
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

func spanTexts(t *testing.T, text string, spans []event.Span) []string {
	t.Helper()
	out := make([]string, len(spans))
	prev := 0
	for i, sp := range spans {
		if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(text) {
			t.Fatalf("%q: bad span %v after %d", text, sp, prev)
		}
		s := text[sp[0]:sp[1]]
		if strings.TrimSpace(s) != s {
			t.Errorf("span %v not trimmed: %q", sp, s)
		}
		out[i] = s
		prev = sp[1]
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Russia recognized the Taliban. Kabul welcomed it! Why? Nobody knows.",
			[]string{"Russia recognized the Taliban.", "Kabul welcomed it!", "Why?", "Nobody knows."}},
		{"acronyms", "The U.S. and the U.N. agreed. Gen. Smith and Lt. Jones met Mr. Lee and Dr. Kim at St. Paul's.",
			[]string{"The U.S. and the U.N. agreed.", "Gen. Smith and Lt. Jones met Mr. Lee and Dr. Kim at St. Paul's."}},
		{"months and numbers", "On Jan. 5 and Feb. 6 and Sept. 11 it rained. No. 10 said so. Acme Inc. and Beta Corp. vs. Gamma Co. merged.",
			[]string{"On Jan. 5 and Feb. 6 and Sept. 11 it rained.", "No. 10 said so.", "Acme Inc. and Beta Corp. vs. Gamma Co. merged."}},
		{"eg ie", "Some states, e.g. Iran, i.e. Tehran, objected. Others did not.",
			[]string{"Some states, e.g. Iran, i.e. Tehran, objected.", "Others did not."}},
		{"initials", "J. R. R. Tolkien wrote it. George W. Bush read it.",
			[]string{"J. R. R. Tolkien wrote it.", "George W. Bush read it."}},
		{"time", "It began at 3 p.m. Thursday and ended at 5 p.m. The talks resume today.",
			[]string{"It began at 3 p.m. Thursday and ended at 5 p.m.", "The talks resume today."}},
		{"decimals", "Troops used 7.62mm rounds. Growth was 3.5 percent. Prices rose 2.1%.",
			[]string{"Troops used 7.62mm rounds.", "Growth was 3.5 percent.", "Prices rose 2.1%."}},
		{"final abbrev starter", "Sanctions were imposed by the U.S. The president said so.",
			[]string{"Sanctions were imposed by the U.S.", "The president said so."}},
		{"final abbrev however", "He lives in the U.S. However, he left.",
			[]string{"He lives in the U.S.", "However, he left."}},
		{"abbrev proper name", "He met the U.S. Navy chief and U.S. President Biden.",
			[]string{"He met the U.S. Navy chief and U.S. President Biden."}},
		{"quotes", "“We will win.” The minister left. He said \"No.\" Then he went.",
			[]string{"“We will win.”", "The minister left.", "He said \"No.\"", "Then he went."}},
		{"question in quote", "“Why now?” he asked. ‘Because,’ she said.",
			[]string{"“Why now?” he asked.", "‘Because,’ she said."}},
		{"ellipsis", "They waited... and waited. It ended … The end came.",
			[]string{"They waited... and waited.", "It ended …", "The end came."}},
		{"dash", "Kabul — the capital — fell. It was 2021.",
			[]string{"Kabul — the capital — fell.", "It was 2021."}},
		{"exclaim series", "Stop!! Now?! Go.", []string{"Stop!!", "Now?!", "Go."}},
		{"wrapped line", "The ministry said on\nThursday that it would\nrecognize Kabul.",
			[]string{"The ministry said on\nThursday that it would\nrecognize Kabul."}},
		{"heading", "Russia recognizes Taliban government\nMoscow said on Thursday it would.",
			[]string{"Russia recognizes Taliban government", "Moscow said on Thursday it would."}},
		{"abbrev at line end", "Shares of Acme Inc.\nThe company fell.",
			[]string{"Shares of Acme Inc.", "The company fell."}},
		{"blank line", "First part without stop\n\nSecond part.",
			[]string{"First part without stop", "Second part."}},
		{"parenthesis", "The group (led by Gen. Ali.) attacked. Then it left.",
			[]string{"The group (led by Gen. Ali.) attacked.", "Then it left."}},
		{"lower after period", "He cited the U.S. military. i.e. not much.",
			[]string{"He cited the U.S. military. i.e. not much."}},
		{"page", "Text (see p. 5) ends. Next.", []string{"Text (see p. 5) ends.", "Next."}},
		{"no terminator", "  Kabul  ", []string{"Kabul"}},
		{"empty", "   ", []string{}},
	}
	for _, tc := range tests {
		got := spanTexts(t, tc.in, Sentences(tc.in, all(tc.in)))
		if strings.Join(got, "¦") != strings.Join(tc.want, "¦") {
			t.Errorf("%s: Sentences(%q)\n got %q\nwant %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestSentencesWithin(t *testing.T) {
	text := "Header.\n\nRussia acted. Iran too.\n\nFooter."
	paras := Paragraphs(text)
	if len(paras) != 3 {
		t.Fatalf("paragraphs %v", paras)
	}
	got := spanTexts(t, text, Sentences(text, paras[1]))
	if strings.Join(got, "¦") != "Russia acted.¦Iran too." {
		t.Errorf("got %q", got)
	}
	for _, sp := range []event.Span{{-4, 9}, {5, 999}, {30, 2}, {999, 1000}} {
		spanTexts(t, text, Sentences(text, sp))
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One.\n\nTwo\nstill two.\n \t\nThree.\n", []string{"One.", "Two\nstill two.", "Three."}},
		{"One.\nTwo.\nThree.", []string{"One.", "Two.", "Three."}},
		{"\n\n  Only one.  \n\n", []string{"Only one."}},
		{"Title line\n    First para\nwraps here.\n    Second para\nwraps too.", []string{"Title line", "First para\nwraps here.", "Second para\nwraps too."}},
		{"  All\n  indented\n  lines", []string{"All", "indented", "lines"}},
		{"A.\r\n\r\nB.\r\n", []string{"A.", "B."}},
		{"", []string{}},
		{"\u00a0Kabul\u00a0\n\nMoscow", []string{"Kabul", "Moscow"}},
	}
	for _, tc := range tests {
		got := spanTexts(t, tc.in, Paragraphs(tc.in))
		if strings.Join(got, "¦") != strings.Join(tc.want, "¦") {
			t.Errorf("Paragraphs(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
