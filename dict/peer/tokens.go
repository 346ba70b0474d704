package peer

import (
	"fmt"
	"strings"
)

// wtok is one pattern token: a word or a mark ($ + * ^ %); stem marks a
// TABARI word not closed by "_" (TABARI matches it as a prefix); blank marks
// a token separated from the one before by a blank, not "_" (in TABARI and
// PETRARCH-1 other words may stand there).
type wtok struct {
	w     string
	stem  bool
	blank bool
	verb  bool // the pattern's "*": the verb, which heads the pattern
}

// alt is a sequence of tokens; a slot is a set of alternative sequences.
type (
	alt  []wtok
	slot []alt
)

// maxAlts bounds the alternatives a synset reference may expand into.
const maxAlts = 500

// splitWords splits text on blanks and "_" (PETRARCH's consecutive-word
// joiner; chancery always allows up to three words between pattern words).
// A token after a blank (also a leading one) is marked blank.
func splitWords(s string, tabari bool) alt {
	var out alt
	lead := s != "" && (s[0] == ' ' || s[0] == '\t')
	for i, f := range strings.Fields(s) {
		parts := strings.Split(f, "_")
		for k, p := range parts {
			if p != "" {
				out = append(out, wtok{w: p, stem: tabari && k == len(parts)-1 && !special(p) && !strings.HasPrefix(p, "&"),
					blank: k == 0 && (i > 0 || lead)})
			}
		}
	}
	return out
}

// tokenize reads a pattern body into slots: "*" becomes the verb slot,
// "&SYNSET" its members, TABARI "{ A | B }" its alternatives; PETRARCH-2
// noun phrases {…} and prepositional phrases (…) are read as their words
// in order.
func (vf *verbFile) tokenize(body string, verb slot) ([]slot, error) {
	var slots []slot
	plain := func(s string) error {
		s = strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(s)
		for _, t := range splitWords(s, vf.tabari) {
			if t.w == "*" {
				slots = append(slots, withBlank(verb, t.blank))
				continue
			}

			sl, err := vf.expand(slot{alt{t}})
			if err != nil {
				return err
			}
			slots = append(slots, sl)
		}
		return nil
	}
	for body != "" {
		a := strings.IndexByte(body, '{')
		if a < 0 {
			break
		}
		b := strings.IndexByte(body[a:], '}')
		if b < 0 {
			// TABARI files have "{ A | B ]": read the bracket as the close
			if b = strings.IndexByte(body[a:], ']'); b < 0 {
				return nil, fmt.Errorf("missing '}' in pattern")
			}
		}
		inner := body[a+1 : a+b]
		if !strings.Contains(inner, "|") {
			if err := plain(body[:a+b+1]); err != nil {
				return nil, err
			}
			body = body[a+b+1:]
			continue
		}
		if err := plain(body[:a]); err != nil {
			return nil, err
		}
		var s slot
		blank := a > 0 && (body[a-1] == ' ' || body[a-1] == '\t')
		for _, part := range strings.Split(inner, "|") {
			if al := splitWords(part, vf.tabari); len(al) > 0 {
				al[0].blank = blank
				s = append(s, al)
			}
		}
		sl, err := vf.expand(s)
		if err != nil {
			return nil, err
		}
		slots = append(slots, sl)
		body = body[a+b+1:]
	}
	if err := plain(body); err != nil {
		return nil, err
	}
	return slots, nil
}

// expand replaces synset references in every alternative by the synset's
// members (synsets may hold synsets, as in TABARI).
func (vf *verbFile) expand(s slot) (slot, error) {
	var out slot
	for _, a := range s {
		as, err := vf.expandAlt(a, 0)
		if out, err = appendAlts(out, as, err); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// appendAlts adds one expansion's alternatives, bounding the total.
func appendAlts(out, as []alt, err error) ([]alt, error) {
	if err != nil {
		return nil, err
	}
	if out = append(out, as...); len(out) > maxAlts {
		return nil, fmt.Errorf("synset expansion exceeds %d alternatives", maxAlts)
	}
	return out, nil
}

func (vf *verbFile) expandAlt(a alt, depth int) ([]alt, error) {
	i := -1
	for k, t := range a {
		if strings.HasPrefix(t.w, "&") {
			i = k
			break
		}
	}
	if i < 0 {
		return []alt{a}, nil
	}
	if depth > 4 {
		return nil, fmt.Errorf("synsets nested too deep at %s", a[i].w)
	}
	key := synKey(cleanRef(a[i].w))
	members, ok := vf.synsets[key]
	if !ok {
		return nil, fmt.Errorf("undefined synset %s", a[i].w)
	}
	var out []alt
	for _, m := range members {
		sub := splitWords(m, vf.tabari)
		if len(sub) > 0 {
			sub[0].blank = a[i].blank
		}
		na := append(append(append(alt(nil), a[:i]...), sub...), a[i+1:]...)
		as, err := vf.expandAlt(na, depth+1)
		if out, err = appendAlts(out, as, err); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// cleanRef trims punctuation glued to a synset reference.
func cleanRef(s string) string {
	return strings.TrimRight(s, ",.;:)}")
}

// withBlank copies a slot with the blank mark of its first tokens set.
func withBlank(s slot, blank bool) slot {
	out := make(slot, len(s))
	for i, a := range s {
		a = append(alt(nil), a...)
		if len(a) > 0 {
			a[0].blank = blank
			a[0].verb = true
		}
		out[i] = a
	}
	return out
}
