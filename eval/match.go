package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/chancery/chancery/event"
)

// Level is how strictly a coded event must agree with a gold event.
type Level string

// The scoring levels. Countries are the first three letters of actor codes.
const (
	Exact  Level = "exact"  // CAMEO code + source and target country
	Root   Level = "root"   // CAMEO root + countries
	Full   Level = "full"   // CAMEO code + full actor codes
	Plover Level = "plover" // PLOVER type + countries
)

// Levels lists the levels in report order.
var Levels = []Level{Exact, Root, Full, Plover}

// goldClass is what a gold event says at a level: its code, root or PLOVER
// type; ok is false when the gold does not say it.
func goldClass(l Level, g GoldEvent) (string, bool) {
	switch l {
	case Exact, Full:
		return g.Code, g.Code != ""
	case Root:
		if len(g.Code) >= 2 {
			return g.Code[:2], true
		}
		return g.Root, g.Root != ""
	case Plover:
		if g.Plover != "" {
			return g.Plover, true
		}
		if c, ok := event.Lookup(g.Code); ok && c.Plover != "" {
			return c.Plover, true
		}
	}
	return "", false
}

// codedClass is the same for a coded event; "" when it has none (root 01
// has no PLOVER type).
func codedClass(l Level, e event.Event) string {
	switch l {
	case Exact, Full:
		return e.Code
	case Root:
		if len(e.Code) >= 2 {
			return e.Code[:2]
		}
	case Plover:
		if e.Plover.Type != "" {
			return e.Plover.Type
		}
		if c, ok := event.Lookup(e.Code); ok {
			return c.Plover
		}
	}
	return ""
}

// group is the class used for per-root tables: the root of a code, or the
// class itself.
func group(l Level, class string) string {
	if (l == Exact || l == Full) && len(class) >= 2 {
		return class[:2]
	}
	return class
}

func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// actorMatch compares a gold actor with a coded one: "" is any actor,
// "---ROLE" any country (with ROLE at the full level).
func actorMatch(l Level, gold, coded string) bool {
	switch {
	case gold == "":
		return true
	case strings.HasPrefix(gold, "---"):
		return l != Full || (len(coded) >= 3 && coded[3:] == gold[3:])
	case l == Full:
		return gold == coded
	case gold == "IGO" && country(coded) == "NGO":
		return true // the PLOVER GSR writes "IGO" for every international organisation (MAPPINGS.md)
	}
	return country(gold) == country(coded)
}

func actorKey(l Level, code string) string {
	if l == Full {
		return code
	}
	return country(code)
}

// applies reports whether a record can be scored at a level: every
// asserted gold event must say what the level compares.
func applies(l Level, rec *Record) bool {
	for _, g := range rec.Events {
		if _, ok := goldClass(l, g); g.Asserted() && !ok {
			return false
		}
	}
	return true
}

// item is one gold or coded event at a level.
type item struct {
	class, src, tgt string
	forbidden       bool
	ev              *event.Event
}

func (it item) String() string {
	s := fmt.Sprintf("%s %s→%s", it.class, orAny(it.src), orAny(it.tgt))
	if it.ev != nil && it.ev.Trigger.Text != "" {
		s += fmt.Sprintf(" [%s]", it.ev.Trigger.Text)
	}
	if it.forbidden {
		s += " (forbidden by the gold)"
	}
	return s
}

// recScore is one record's result at one level.
type recScore struct {
	tp       []item // the gold side of each match
	fn, fp   []item
	coded    []item
	nForbid  int
	pairs    [][2]string // dyad-matched (gold root, coded root)
	complete bool        // no miss and no false alarm
}

// scoreRecord matches gold and coded asserted events at a level. Both
// sides are sets: duplicates at the level count once.
func scoreRecord(l Level, rec *Record, coded []event.Event) recScore {
	var golds []item
	seen := map[string]bool{}
	for _, g := range rec.Events {
		c, ok := goldClass(l, g)
		if !g.Asserted() || !ok {
			continue
		}
		it := item{class: c, src: actorKey(l, g.Source), tgt: actorKey(l, g.Target)}
		if strings.HasPrefix(g.Source, "---") {
			it.src = g.Source
		}
		if strings.HasPrefix(g.Target, "---") {
			it.tgt = g.Target
		}
		if k := it.class + "|" + it.src + "|" + it.tgt; !seen[k] {
			seen[k] = true
			golds = append(golds, it)
		}
	}
	// Specific gold first, so wildcards take what is left.
	sort.SliceStable(golds, func(i, j int) bool { return wild(golds[i]) < wild(golds[j]) })
	var rs recScore
	seen = map[string]bool{}
	for i := range coded {
		e := &coded[i]
		c := codedClass(l, *e)
		if e.Modality != event.Asserted || c == "" {
			continue
		}
		it := item{class: c, src: actorKey(l, e.Source.Code), tgt: actorKey(l, e.Target.Code), ev: e}
		if k := it.class + "|" + it.src + "|" + it.tgt; !seen[k] {
			seen[k] = true
			rs.coded = append(rs.coded, it)
		}
	}
	used := make([]bool, len(rs.coded))
	for _, g := range golds {
		found := false
		for i, c := range rs.coded {
			if !used[i] && c.class == g.class && actorMatch(l, g.src, c.src) && actorMatch(l, g.tgt, c.tgt) {
				used[i], found = true, true
				rs.tp = append(rs.tp, g)
				break
			}
		}
		if !found {
			rs.fn = append(rs.fn, g)
		}
	}
	for i, c := range rs.coded {
		if used[i] {
			continue
		}
		c.forbidden = forbids(l, rec, c)
		if c.forbidden {
			rs.nForbid++
		}
		rs.fp = append(rs.fp, c)
	}
	rs.complete = len(rs.fn) == 0 && len(rs.fp) == 0
	if l == Exact {
		rs.pairs = dyadPairs(golds, rs.coded)
	}
	return rs
}

func wild(it item) int {
	n := 0
	if it.src == "" || strings.HasPrefix(it.src, "---") {
		n++
	}
	if it.tgt == "" || strings.HasPrefix(it.tgt, "---") {
		n++
	}
	return n
}

// forbids reports whether the gold lists a coded event as one that must
// not be coded as asserted (a Not entry or a non-asserted gold event).
func forbids(l Level, rec *Record, c item) bool {
	check := func(g GoldEvent) bool {
		gc, ok := goldClass(l, g)
		return ok && gc == c.class && actorMatch(l, g.Source, c.src) && actorMatch(l, g.Target, c.tgt)
	}
	for _, g := range rec.Not {
		if check(g) {
			return true
		}
	}
	for _, g := range rec.Events {
		if !g.Asserted() && check(g) {
			return true
		}
	}
	return false
}

// dyadPairs pairs each gold event with a coded event of the same country
// dyad (preferring the same root) for the root confusion table.
func dyadPairs(golds, coded []item) [][2]string {
	var out [][2]string
	used := make([]bool, len(coded))
	for _, g := range golds {
		best := -1
		for i, c := range coded {
			if used[i] || !actorMatch(Exact, g.src, c.src) || !actorMatch(Exact, g.tgt, c.tgt) {
				continue
			}
			if group(Exact, c.class) == group(Exact, g.class) {
				best = i
				break
			}
			if best < 0 {
				best = i
			}
		}
		if best >= 0 {
			used[best] = true
			out = append(out, [2]string{group(Exact, g.class), group(Exact, coded[best].class)})
		}
	}
	return out
}
