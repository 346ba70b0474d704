package coder

import (
	"sort"

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
	var found, negs []match
	for j := range s.toks {
		// a word after a determiner is a noun ("the sanctions"): it cannot
		// head a pattern that puts the source right before its verb
		nominal := j > 0 && isDeterminer(s.toks[j-1].Lower)
		for _, id := range s.lemmas[j] {
			var best match
			found1 := false
			for _, p := range s.c.patterns[id] {
				if nominal && p.head > 0 && p.elems[p.head-1].kind == dict.Source {
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
				if !found1 || p.words > best.p.words {
					best, found1 = m, true
				}
			}
			if found1 {
				ex.add(explain, "match %s %q at %q (%s)", best.p.code, best.p.text, s.toks[j].Text, best.p.rule)
				found = append(found, best)
			}
		}
	}
	if len(negs) > 0 {
		out := found[:0]
		for _, m := range found {
			if n := covering(negs, m); n != nil {
				ex.add(explain, "drop %s %q at %q: nopattern %q", m.p.code, m.p.text, s.toks[m.head].Text, n.p.text)
				continue
			}
			out = append(out, m)
		}
		found = out
	}
	if len(found) < 2 {
		return found
	}
	// longest first, then text order; keep what does not overlap a kept match
	sort.SliceStable(found, func(a, b int) bool {
		if found[a].p.words != found[b].p.words {
			return found[a].p.words > found[b].p.words
		}
		return found[a].start < found[b].start
	})
	kept := found[:0:0]
	for _, m := range found {
		clash := false
		for _, k := range kept {
			if m.start < k.end && k.start < m.end {
				clash = true
				ex.add(explain, "drop %s at %q: inside the longer match %s %q", m.p.code, s.toks[m.head].Text, k.p.code, k.p.text)
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

// covering returns a negative match of the same code overlapping m.
func covering(negs []match, m match) *match {
	for i := range negs {
		n := &negs[i]
		if n.p.code == m.p.code && n.start < m.end && m.start < n.end {
			return n
		}
	}
	return nil
}
