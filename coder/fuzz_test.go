package coder

import (
	"testing"
	"unicode/utf8"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// FuzzCode: any text codes without a panic, and every span of every event
// lies inside the text and gives back the words it names.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"On Thursday, Russia recognized the Taliban government.",
		"China and Russia held talks in Beijing. They agreed to cooperate.",
		"Sergei Lavrov, Russia's foreign minister, met Antony Blinken , , and .",
		"“Moscow,” he said — “will not recognize Kosovo unless …”",
		"\xff\xfe Russia \x00 attacked",
		"Thousands of Georgians rallied in Tbilisi against the government's decision.",
	} {
		f.Add(s, "2025-07-04")
	}
	c := testCoder(f)
	f.Fuzz(func(t *testing.T, text, pub string) {
		if !utf8.ValidString(text) {
			return // extraction guarantees valid UTF-8 before coding
		}
		a := event.Article{ID: "fuzz", Published: pub, Text: text, Paragraphs: lang.Paragraphs(text)}
		for _, e := range c.Code(a, Options{All: true, Explain: true}).Events {
			for _, sp := range []event.Span{e.Trigger.Span, e.Source.Span, e.Sentence.Span} {
				if sp[0] < 0 || sp[1] > len(text) || sp[0] > sp[1] {
					t.Fatalf("span %v outside the text (%d bytes)", sp, len(text))
				}
			}
			if text[e.Trigger.Span[0]:e.Trigger.Span[1]] != e.Trigger.Text {
				t.Fatalf("trigger span %v does not give %q", e.Trigger.Span, e.Trigger.Text)
			}
		}
	})
}
