package coder

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// entryKind is what a dictionary phrase names.
type entryKind uint8

const (
	kCountry entryKind = iota // a state's name: the bare country code
	kAdj                      // a country adjective: needs a role noun or a proper noun after it
	kDemonym                  // "Russians"
	kCapital                  // a capital or seat: the government, unless it is a place
	kOrg                      // an organisation or company
	kGroup                    // a non-state group, coded by date
	kPerson                   // an office holder, coded by date
	kAgent                    // a role noun (government, troops …)
	kPronoun                  // he, she, it, they
	kCity                     // a city: a place, never an actor
)

var kindNames = [...]string{"country", "adjective", "demonym", "capital", "org", "group", "person", "agent", "pronoun", "city"}

func (k entryKind) String() string { return kindNames[k] }

// entry is one phrase of the actor lexicon.
type entry struct {
	words     []string // lower-cased token texts
	exact     []string // token texts for case-sensitive names, else nil
	kind      entryKind
	code      string // country code, org code or agent role
	name      string // canonical name
	ambiguous bool
	proper    bool // a proper name: matches only a capitalised first word
	group     *dict.Group
	person    *dict.Person
	alts      []*dict.Person // other people of the same name
}

// lexicon finds dictionary phrases in token streams: entries are bucketed
// by their first lower-cased word and tried longest first.
type lexicon struct {
	byFirst map[string][]*entry
}

func newLexicon() *lexicon { return &lexicon{byFirst: make(map[string][]*entry, 4096)} }

func tokenWords(s string) (lower, text []string) {
	for _, t := range lang.Tokenize(s, event.Span{0, len(s)}) {
		lower = append(lower, t.Lower)
		text = append(text, t.Text)
	}
	return lower, text
}

func (l *lexicon) add(n dict.Name, e entry) {
	lower, text := tokenWords(strings.TrimSpace(n.Text))
	if len(lower) == 0 {
		return
	}
	e.words = lower
	if n.Case {
		e.exact = text
	}
	if r := []rune(n.Text); len(r) > 0 && unicode.IsUpper(r[0]) && e.kind != kAgent && e.kind != kPronoun {
		e.proper = true
	}
	if e.kind == kPerson {
		// one name, several people ("Bush", "Clinton"): the office held on
		// the event's date decides (mention.codeOn)
		for _, o := range l.byFirst[lower[0]] {
			if o.kind == kPerson && o.person != e.person && slices.Equal(o.words, e.words) {
				o.alts = append(o.alts, e.person)
				return
			}
		}
	}
	l.byFirst[lower[0]] = append(l.byFirst[lower[0]], &e)
}

// longest returns the longest entry matching toks at i (nil if none); on
// equal length a more specific kind (org, person, group) wins.
func (l *lexicon) longest(toks []lang.Token, i int) *entry {
	var best *entry
	for _, e := range l.byFirst[toks[i].Lower] {
		if i+len(e.words) > len(toks) {
			continue
		}
		if best != nil && len(e.words) < len(best.words) {
			continue
		}
		if e.proper && !toks[i].Cap {
			continue
		}
		ok := true
		for j, w := range e.words {
			if toks[i+j].Lower != w || (e.exact != nil && toks[i+j].Text != e.exact[j]) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if best == nil || len(e.words) > len(best.words) || rank(e.kind) > rank(best.kind) {
			best = e
		}
	}
	return best
}

func rank(k entryKind) int {
	switch k {
	case kPerson, kOrg, kGroup:
		return 3
	case kCountry, kCapital:
		return 2
	case kAgent:
		return 1
	}
	return 0
}

// buildLexicon compiles the actor dictionaries.
func buildLexicon(d *dict.Dict) *lexicon {
	l := newLexicon()
	for _, c := range d.Countries {
		name := c.Code
		if len(c.Names) > 0 {
			name = c.Names[0].Text
		}
		for _, n := range c.Names {
			amb := c.Ambiguous
			for _, a := range c.AmbiguousNames {
				amb = amb || strings.EqualFold(a, n.Text)
			}
			l.add(n, entry{kind: kCountry, code: c.Code, name: name, ambiguous: amb})
		}
		for _, n := range c.Adjs {
			l.add(n, entry{kind: kAdj, code: c.Code, name: name})
		}
		for _, n := range c.Demonyms {
			l.add(n, entry{kind: kDemonym, code: c.Code, name: name})
		}
		for _, s := range append(append([]string{}, c.Capitals...), c.Seats...) {
			l.add(dict.Name{Text: s}, entry{kind: kCapital, code: c.Code, name: name})
		}
	}
	for _, c := range d.Cities {
		for _, n := range c.Names {
			l.add(n, entry{kind: kCity, code: c.Country, name: n.Text})
		}
	}
	for _, o := range d.Orgs {
		for _, n := range o.Names {
			l.add(n, entry{kind: kOrg, code: o.Code, name: o.Names[0].Text})
		}
	}
	for _, g := range d.Groups {
		for _, n := range g.Names {
			l.add(n, entry{kind: kGroup, code: g.Code, name: g.Names[0].Text, group: g})
		}
	}
	for _, p := range d.People {
		l.add(dict.Name{Text: p.Name}, entry{kind: kPerson, name: p.Name, person: p})
		for _, n := range p.Aliases {
			l.add(n, entry{kind: kPerson, name: p.Name, person: p})
		}
	}
	for _, a := range d.Agents {
		for _, t := range a.Terms {
			l.add(dict.Name{Text: t}, entry{kind: kAgent, code: a.Role, name: t})
			l.add(dict.Name{Text: plural(t)}, entry{kind: kAgent, code: a.Role, name: t})
		}
		for _, t := range a.Plurals {
			l.add(dict.Name{Text: t}, entry{kind: kAgent, code: a.Role, name: t})
		}
	}
	for _, p := range []string{"he", "she", "it", "they", "him", "them"} {
		l.add(dict.Name{Text: p}, entry{kind: kPronoun, name: p})
	}
	for w, k := range anaphors {
		l.add(dict.Name{Text: w}, entry{kind: kPronoun, name: w, code: k})
	}
	return l
}

// anaphors are nouns that, after "the", refer back to the latest actor of
// their sort ("the group", "the country", "the alliance").
var anaphors = map[string]string{
	"group": "group", "movement": "group", "militia": "group", "organisation": "org",
	"organization": "org", "agency": "org", "alliance": "org", "bloc": "org", "body": "org",
	"country": "state", "nation": "state", "kingdom": "state", "republic": "state",
}

// plural forms the regular plural of a role noun's last word.
func plural(term string) string {
	i := strings.LastIndexByte(term, ' ')
	head, last := term[:i+1], term[i+1:]
	switch {
	case strings.HasSuffix(last, "s"), strings.HasSuffix(last, "x"), strings.HasSuffix(last, "ch"), strings.HasSuffix(last, "sh"):
		return head + last + "es"
	case strings.HasSuffix(last, "y") && len(last) > 1 && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		return head + last[:len(last)-1] + "ies"
	case strings.HasSuffix(last, "man"):
		return head + last[:len(last)-3] + "men"
	}
	return head + last + "s"
}
