package coder

import (
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// Known is a phrase of a sentence that the dictionaries know.
type Known struct {
	Span event.Span // byte span in the article text
	// Actor is true for states, organisations, groups, people and capitals;
	// false for role nouns alone ("the ministry").
	Actor bool
}

// KnownPhrases returns the dictionary phrases the coder finds in a
// sentence's tokens (from lang.Tokenize). It exists for `chancery eval
// --unknowns`, which lists what the dictionaries miss.
func (c *Coder) KnownPhrases(toks []lang.Token) []Known {
	ms := c.findMentions(toks, nil, nil)
	out := make([]Known, 0, len(ms))
	for _, m := range ms {
		if m.start >= m.end || m.end > len(toks) {
			continue
		}
		out = append(out, Known{Span: event.Span{toks[m.start].Span[0], toks[m.end-1].Span[1]},
			Actor: m.country != "" || m.code != "" || m.group != nil || m.person != nil})
	}
	return out
}
