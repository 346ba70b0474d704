package record

import (
	"strings"

	"github.com/chancery/chancery/event"
)

// code is an actor's CAMEO code, upper case; the country part stands in
// when the code is missing.
func code(a event.Actor) string {
	if a.Code != "" {
		return strings.ToUpper(a.Code)
	}
	return strings.ToUpper(a.Country)
}

// international reports whether a three-letter prefix names no state but
// a class of international actor, whose members must stay apart.
func international(prefix string) bool {
	switch prefix {
	case "IGO", "NGO", "IMG", "MNC":
		return true
	}
	return false
}

// party is the side of a relation an actor stands for: its state for
// state actors (RUS, RUSGOV and RUSMIL are all Russia), its full code for
// international organisations (IGOUNO is not IGOEEC).
func party(a event.Actor) string {
	c := code(a)
	if len(c) < 3 {
		return c
	}
	if international(c[:3]) {
		return c
	}
	return c[:3]
}

// parties names the two sides of a mention. When both belong to one state
// (the government against insurgents) the full codes keep them apart.
func parties(e event.Event) (string, string) {
	s, t := party(e.Source), party(e.Target)
	if s == t {
		return code(e.Source), code(e.Target)
	}
	return s, t
}

// matches reports whether a query code covers an actor: "" covers all, a
// country code covers every actor code of that country ("AFG" covers
// AFGGOV and AFGINS), a longer code covers itself and its refinements.
func matches(q string, a event.Actor) bool {
	if q == "" {
		return true
	}
	return strings.HasPrefix(code(a), strings.ToUpper(q))
}

// matchesAny reports whether q covers any of codes.
func matchesAny(q string, codes []string) bool {
	if q == "" {
		return true
	}
	for _, c := range codes {
		if strings.HasPrefix(c, strings.ToUpper(q)) {
			return true
		}
	}
	return false
}
