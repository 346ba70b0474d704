package coder

import (
	"github.com/chancery/chancery/dict"
)

// nominals map an event noun to the verb whose patterns code it and the
// preposition that introduces its target: "Russia's invasion of Ukraine"
// is coded as "Russia invaded Ukraine".
var nominals = map[string]struct{ verb, prep string }{
	"invasion": {"invade", "of"}, "visit": {"visit", "to"}, "attack": {"attack", "on"},
	"attacks": {"attack", "on"}, "recognition": {"recognize", "of"}, "annexation": {"annex", "of"},
	"occupation": {"occupy", "of"}, "blockade": {"blockade", "of"}, "withdrawal": {"withdraw", "from"},
	"condemnation": {"condemn", "of"}, "criticism": {"criticize", "of"}, "expulsion": {"expel", "of"},
	"support": {"support", "for"}, "sanctions": {"sanction", "on"}, "bombing": {"bomb", "of"},
	"shelling": {"shell", "of"}, "arrest": {"arrest", "of"}, "release": {"release", "of"},
	"recall": {"recall", "of"}, "boycott": {"boycott", "of"}, "embargo": {"embargo", "on"},
	"airstrikes": {"strike", "on"}, "strikes": {"strike", "on"}, "offensive": {"attack", "against"},
}

// nominalMatches codes possessive event nouns: "X's NOUN PREP Y" with X and
// Y actors, through the noun's verb's simplest pattern ("$ verb +").
func (s *sentenceState) nominalMatches(found []match) []match {
	for i := range s.ms {
		x := &s.ms[i]
		if x.end+1 >= len(s.toks) || s.toks[x.end].Lower != "'s" || !s.usable(i) {
			continue
		}
		// "Russia's invasion of", "Russia's full-scale invasion of"
		for j := x.end + 1; j < len(s.toks) && j <= x.end+3; j++ {
			n, ok := nominals[s.toks[j].Lower]
			if !ok {
				if s.tokMent[j] >= 0 || s.toks[j].Cap || !contentWord(s.toks[j].Lower) {
					break
				}
				continue
			}
			if j+1 >= len(s.toks) || s.toks[j+1].Lower != n.prep && !(n.prep == "on" && s.toks[j+1].Lower == "against") {
				break
			}
			y := s.mentionAfterAs(j+2, 2, true)
			if y < 0 || y == i || !solid(&s.ms[y]) {
				break
			}
			if p := s.simplePattern(n.verb); p != nil && !(domestic(p.code) && x.human()) {
				// "Clinton's past attacks on women" are words, not war
				found = append(found, match{p: p, start: x.start, end: s.ms[y].end, head: j, src: i, tgt: y})
			}
			break
		}
	}
	return found
}

// solid: a named actor, not a pronoun or a role noun whose country was
// inferred.
func solid(m *mention) bool { return m.ref == nil && !m.inferred }

// simplePattern is the verb's pattern "$ verb +" (the most general one),
// or nil when the dictionaries have none.
func (s *sentenceState) simplePattern(verb string) *cpattern {
	ids := s.c.forms.ids[verb]
	for _, id := range ids {
		if s.c.forms.lemmas[id] != verb {
			continue
		}
		for _, p := range s.c.patterns[id] {
			if !p.negative && !p.joint && len(p.elems) == 3 && p.head == 1 &&
				p.elems[0].kind == dict.Source && p.elems[2].kind == dict.Target {
				return p
			}
		}
	}
	return nil
}
