package coder

import (
	"sort"
	"strings"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/lang"
)

// isDeterminer is lang's list without "that" (a relative pronoun here).
func isDeterminer(w string) bool { return w != "that" && lang.IsDeterminer(w) }

// matches finds the pattern matches of the sentence: at each head the
// longest pattern that matches, then overlapping matches resolved in favour
// of the one with more words (so "aims to strengthen ties with" beats the
// "strengthen ties with" inside it), and matches covered by a nopattern of
// the same code dropped.
func (s *sentenceState) matches(explain bool, ex *SentenceExplain) []match {
	var cands, negs, found []match
	type group struct{ from, to int } // the candidates of one head word
	var groups []group
	for j := range s.toks {
		// a word after a determiner is a noun ("the sanctions"): it cannot
		// head a pattern that puts the source right before its verb
		nominal := s.nominal(j)
		for _, id := range s.lemmas[j] {
			g := group{from: len(cands)}
			for _, p := range s.c.patterns[id] {
				if nominal && !wordBefore(p) {
					continue
				}
				m, ok := s.matchAt(p, j)
				if !ok {
					if explain && m.why != "" && !p.negative {
						ex.add(true, "try %s %q at %q: %s", p.code, p.text, s.toks[j].Text, m.why)
					}
					continue
				}
				if p.negative {
					negs = append(negs, m)
					continue
				}
				cands = append(cands, m)
			}
			if g.to = len(cands); g.to > g.from {
				groups = append(groups, g)
			}
		}
	}
	// at each head the best candidate that no nopattern covers: a
	// nopattern guards against a look-alike phrase ("attack by" as a noun);
	// a passive verb ("was attacked by") is no look-alike
	for _, g := range groups {
		var best match
		found1 := false
		for _, m := range cands[g.from:g.to] {
			if n := s.covering(negs, m); n != nil && !m.passive {
				ex.add(explain, "drop %s %q at %q: nopattern %q", m.p.code, m.p.text, s.toks[m.head].Text, n.p.text)
				continue
			}
			if !found1 || better(m.p, best.p) {
				best, found1 = m, true
			}
		}
		if found1 {
			ex.add(explain, "match %s %q at %q (%s)", best.p.code, best.p.text, s.toks[best.head].Text, best.p.rule)
			found = append(found, best)
		}
	}
	found = s.nominalMatches(found)
	if len(found) < 2 {
		return found
	}
	// governing verbal acts first (a demand, an appeal, a threat, an accusation
	// or a rejection of what its complement says: "demanded that Israel ease
	// restrictions" is a demand, not an easing); then longest first, then
	// text order; keep what does not overlap a kept match
	sort.SliceStable(found, func(a, b int) bool {
		ga, gb := governs(found[a], found[b]), governs(found[b], found[a])
		if ga != gb {
			return ga
		}
		if found[a].p.words != found[b].p.words {
			return found[a].p.words > found[b].p.words
		}
		return found[a].start < found[b].start
	})
	kept := found[:0:0]
	for _, m := range found {
		clash := false
		for _, k := range kept {
			// a reduced relative ("talks … brokered by Oman") is a second act
			// inside the first: both stand
			if m.start < k.end && k.start < m.end && !s.reducedRelative(m.head) && !s.reducedRelative(k.head) {
				clash = true
				ex.add(explain, "drop %s at %q: overlaps the kept match %s %q", m.p.code, s.toks[m.head].Text, k.p.code, k.p.text)
				break
			}
		}
		if !clash {
			kept = append(kept, m)
		}
	}
	sort.SliceStable(kept, func(a, b int) bool { return kept[a].head < kept[b].head })
	return kept
}

// nominal guesses, without a tagger, that token j is a noun rather than a
// verb: after a determiner, a possessive or a preposition ("the sanctions",
// "Russia's aid", "of trade"); a plural after "to" ("to talks"); a
// capitalised word inside a sentence ("Aids"); a plural after a common
// noun ("arms exports").
func (s *sentenceState) nominal(j int) bool {
	t := &s.toks[j]
	if j+1 < len(s.toks) && s.tokMent[j+1] >= 0 && s.baseHead(j) {
		if n := &s.ms[s.tokMent[j+1]]; n.start == j+1 && n.kind == kAgent &&
			(n.country == "" || n.inferred && j > 0 && (s.tokMent[j-1] < 0 || s.ms[s.tokMent[j-1]].kind == kOrg)) {
			// "aid workers", "rescue teams": a noun modifying a role noun;
			// also when the role noun's country was inferred, unless an
			// actor other than an organisation comes first ("met aid
			// workers", "Red Cross aid workers" — but "Iran keep diplomats")
			return true
		}
	}
	if j > 0 && t.Cap && s.toks[j-1].Kind == lang.Word {
		return true
	}
	if j == 0 {
		return false
	}
	prev := s.toks[j-1].Lower
	switch {
	case isDeterminer(prev), prev == "'s", prev == "'", s.toks[j-1].Kind == lang.Number:
		return true
	case prev == "to":
		return pluralForm(t.Lower, s.lemmas[j], s.c.forms)
	case prev == "of":
		return true // "four days of fighting", "the killing of": a noun
	case lang.IsPreposition(prev):
		return !lang.IsGerund(t.Lower)
	}
	if j >= 2 && !lang.IsGerund(t.Lower) && isDeterminer(s.toks[j-2].Lower) && s.toks[j-1].Kind == lang.Word && !s.toks[j-1].Cap &&
		s.tokMent[j-1] < 0 && contentWord(prev) && !adverbs[prev] && !strings.HasSuffix(prev, "ly") {
		return true // "a warning shot", "the air strikes": determiner, modifier, noun
	}
	if (pluralForm(t.Lower, s.lemmas[j], s.c.forms) || s.baseHead(j)) && s.tokMent[j-1] < 0 && s.toks[j-1].Kind == lang.Word &&
		!s.toks[j-1].Cap && contentWord(prev) && !lang.IsNegation(prev) && !adverbs[prev] &&
		!strings.HasSuffix(prev, "ly") && (!s.verbLike(j-1) || pluralForm(t.Lower, s.lemmas[j], s.c.forms) && s.baseHead(j-1)) {
		return true // "arms exports", "trade talks": a noun compound
	}
	return false
}

// pluralForm: the form is a lemma plus -s/-es (a plural noun or a third-person verb).
func pluralForm(w string, ids []int32, f *forms) bool {
	for _, id := range ids {
		l := f.lemmas[id]
		if w == l+"s" || w == l+"es" {
			return true
		}
	}
	return false
}

// adverbs that stand between a subject and its verb without -ly.
var adverbs = map[string]bool{"also": true, "again": true, "still": true, "now": true, "then": true,
	"soon": true, "just": true, "already": true, "never": true, "jointly": true, "later": true,
	"once": true, "twice": true, "yet": true, "even": true, "further": true, "together": true,
	"longer": true, "ever": true, "first": true}

// baseHead: token j is the bare form of a word that heads patterns (a
// word appearing only inside patterns, such as "brokered", does not count).
func (s *sentenceState) baseHead(j int) bool {
	for _, id := range s.lemmas[j] {
		if s.c.forms.lemmas[id] == s.toks[j].Lower && len(s.c.patterns[id]) > 0 {
			return true
		}
	}
	return false
}

// wordBefore reports a pattern word before the head ("heavily =criticize"):
// such a pattern may head on a noun-like form.
func wordBefore(p *cpattern) bool {
	for i := 0; i < p.head; i++ {
		if p.elems[i].kind == dict.Word {
			return true
		}
	}
	return false
}

// better prefers more pattern words, then the more specific code
// ("0871" over "087", "163" over "160").
func better(p, q *cpattern) bool {
	if p.words != q.words {
		return p.words > q.words
	}
	if len(p.code) != len(q.code) {
		return len(p.code) > len(q.code)
	}
	return p.code[len(p.code)-1] != '0' && q.code[len(q.code)-1] == '0'
}

// governs: a verbal act (appeal 02, intent 03, demand 10, disapprove 11,
// reject 12, threaten 13) whose region holds the other match's head
// governs it: the other is its complement.
func governs(a, b match) bool {
	switch a.p.code[:2] {
	case "02", "03", "10", "11", "12", "13":
	default:
		return false
	}
	return a.head < b.head && b.head < a.end+1 && a.start <= b.start
}

// covering returns a negative match of the same code overlapping m.
func (s *sentenceState) covering(negs []match, m match) *match {
	for i := range negs {
		n := &negs[i]
		if n.p.code == m.p.code && n.start < m.end && m.start < n.end && !s.inSlot(m, n.head) && !s.readsThrough(n, m) {
			return n
		}
	}
	return nil
}

// readsThrough reports a plain nopattern ("attack on", no gaps or slots)
// whose words lie on both sides of the match's target: "attacked a US
// convoy on the way" is no "attack on" — the target stands between.
func (s *sentenceState) readsThrough(n *match, m match) bool {
	if m.tgt < 0 || m.head != n.head {
		return false
	}
	for _, e := range n.p.elems {
		if e.kind != dict.Word {
			return false
		}
	}
	t := &s.ms[m.tgt]
	return n.head < t.start && t.end <= n.end
}

// inSlot reports token j inside the match's source or target phrase: a
// nopattern there ("an Iranian attack" as the target of "repelled")
// speaks of the actor, not of the act.
func (s *sentenceState) inSlot(m match, j int) bool {
	for _, k := range []int{m.src, m.tgt} {
		if k >= 0 && s.ms[k].start <= j && j < s.ms[k].end {
			return true
		}
	}
	return false
}
