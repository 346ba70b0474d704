package dict

import (
	"fmt"
	"sort"
	"strings"

	"github.com/chancery/chancery/event"
)

// Check runs the checks that need more than one line: codes that exist,
// no duplicate countries, no overlapping terms of one office. Parse errors
// come from Parse; these come after.
func Check(d *Dict) []error {
	var errs []error
	add := func(pos Pos, format string, args ...any) {
		errs = append(errs, &Error{pos, fmt.Sprintf(format, args...)})
	}
	seen := map[string]Pos{}
	for _, c := range d.Countries {
		if prev, ok := seen[c.Code]; ok {
			add(c.Pos, "country %s already defined at %s", c.Code, prev)
		}
		seen[c.Code] = c.Pos
	}
	for _, v := range d.Verbs {
		if _, ok := event.Lookup(v.Code); !ok || len(v.Code) < 3 {
			add(v.Pos, "verb code %s is not a CAMEO event code or chancery extension", v.Code)
		}
		for _, p := range v.Patterns {
			if h := p.Head(); h >= 0 && h+1 < len(p.Elems) && adverbHead(p.Elems[h].Words) {
				add(p.Pos, "pattern %q: its head %q is an adverb; mark the verb with =", p.Text, p.Elems[h].Words[0])
			}
		}
	}
	for _, u := range d.Uncovered {
		if _, ok := event.Lookup(u.Code); !ok {
			add(u.Pos, "uncovered code %s is not a CAMEO event code", u.Code)
		}
		if u.Why == "" {
			add(u.Pos, "uncovered %s gives no reason (why)", u.Code)
		}
	}
	errs = append(errs, overlappingTerms(d)...)
	return errs
}

// adverbHead reports a head whose words are all -ly adverbs ("formally
// recognize"): the head is the event's trigger, and the evidence should
// point at the verb.
func adverbHead(words []string) bool {
	for _, w := range words {
		if len(w) < 6 || !strings.HasSuffix(w, "ly") || lyVerbs[w] {
			return false
		}
	}
	return len(words) > 0
}

// lyVerbs end in -ly and are no adverbs.
var lyVerbs = map[string]bool{"supply": true, "comply": true, "multiply": true, "resupply": true}

type term struct {
	who string
	Office
}

// overlappingTerms finds two holders of one office in one country at once.
func overlappingTerms(d *Dict) []error {
	by := map[string][]term{}
	for _, p := range d.People {
		for _, o := range p.Offices {
			if o.Office == "other" {
				continue
			}
			k := o.Country + " " + o.Office
			by[k] = append(by[k], term{p.Name, o})
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var errs []error
	for _, k := range keys {
		ts := by[k]
		for i := range ts {
			for j := i + 1; j < len(ts); j++ {
				if ts[i].who == ts[j].who {
					continue // one person, two spells (e.g. re-elected)
				}
				if ts[i].Range.Overlaps(ts[j].Range) {
					errs = append(errs, &Error{ts[j].Pos, fmt.Sprintf("%s: term of %s (%s) overlaps %s (%s, %s)",
						k, ts[j].who, ts[j].Range, ts[i].who, ts[i].Range, ts[i].Pos)})
				}
			}
		}
	}
	return errs
}
