package record

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/chancery/chancery/event"
)

// Kind is a relation between two actors that holds over time.
type Kind string

// The kinds of relation, and the codes that open, change and end them
// (see the package comment for the rules).
const (
	Recognition         Kind = "recognition"
	DiplomaticRelations Kind = "diplomatic-relations"
	Sanctions           Kind = "sanctions"
	Designation         Kind = "designation"
	ArmedConflict       Kind = "armed-conflict"
	Agreement           Kind = "agreement"
	MilitaryAid         Kind = "military-aid"
)

var kinds = []Kind{Recognition, DiplomaticRelations, Sanctions, Designation, ArmedConflict, Agreement, MilitaryAid}

// Kinds lists every kind in output order.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// ParseKind reads a kind name; "" is every kind.
func ParseKind(s string) (Kind, error) {
	if s == "" {
		return "", nil
	}
	for _, k := range kinds {
		if string(k) == s {
			return k, nil
		}
	}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return "", fmt.Errorf("record: unknown kind %q: want one of %s", s, strings.Join(names, ", "))
}

// Directed reports whether the kind runs from source to target (A
// recognizes B) rather than holding between both (A and B are at war).
func (k Kind) Directed() bool {
	switch k {
	case DiplomaticRelations, ArmedConflict, Agreement:
		return false
	}
	return true
}

// action is what a mention does to a relation.
type action int

const (
	open action = iota + 1 // start it, or extend/re-tighten it
	ease                   // weaken it (sanctions eased)
	end                    // end it
)

// step is one effect of a mention on one kind of relation.
type step struct {
	kind   Kind
	act    action
	reason string // why it ends or changes, for people
}

// classify says which relations a mention opens, eases or ends. It reads
// the chancery code (so 1729 and 0819 are seen) and, where a code covers
// both a mild and a strong act, the trigger and sentence words.
func classify(e event.Event) []step {
	code := e.Code
	switch {
	case code == "054":
		return []step{{Recognition, open, ""}, {DiplomaticRelations, open, ""}}
	case code == "057":
		return []step{{Agreement, open, ""}}
	case code == "072":
		return []step{{MilitaryAid, open, ""}}
	case code == "163":
		return []step{{Sanctions, open, ""}}
	case code == "085":
		if lifts(e) {
			return []step{{Sanctions, end, "sanctions lifted"}}
		}
		return []step{{Sanctions, ease, "sanctions eased"}}
	case code == "1729":
		return []step{{Designation, open, ""}}
	case code == "0819":
		return []step{{Designation, end, "removed from the list"}}
	case code == "0871":
		return []step{{ArmedConflict, end, "ceasefire"}}
	case len(code) >= 2 && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20"):
		return []step{{ArmedConflict, open, ""}}
	}
	if strings.HasPrefix(code, "16") {
		var out []step
		if withdrawsRecognition(e) {
			out = append(out, step{Recognition, end, "recognition withdrawn"})
		} else if code == "161" && breaksTies(e) {
			out = append(out, step{Recognition, end, "diplomatic relations broken"})
		}
		if code == "161" && breaksTies(e) {
			out = append(out, step{DiplomaticRelations, end, "diplomatic relations broken"})
		}
		return out
	}
	return nil
}

// words is the set of lower-case words of s.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		m[w] = true
	}
	return m
}

func hasAny(m map[string]bool, ws ...string) bool {
	for _, w := range ws {
		if m[w] {
			return true
		}
	}
	return false
}

// firstSaying returns the first of trigger, sentence whose words answer
// yes or no; the trigger speaks first because the sentence may hold other
// clauses.
func firstSaying(e event.Event, yes, no func(map[string]bool) bool) bool {
	for _, s := range []string{e.Trigger.Text, e.Sentence.Text} {
		w := words(s)
		if no(w) {
			return false
		}
		if yes(w) {
			return true
		}
	}
	return false
}

// lifts tells "lifted"/"removed" sanctions from "eased"/"relaxed" ones;
// "partially lifted" and "suspended" are easing. Without either wording a
// 085 is an easing, the code's own name.
func lifts(e event.Event) bool {
	if hasAny(words(e.Trigger.Text+" "+e.Sentence.Text), "partial", "partially") {
		return false
	}
	return firstSaying(e,
		func(w map[string]bool) bool {
			return hasAny(w, "lift", "lifts", "lifted", "lifting", "remove", "removes", "removed", "removing",
				"end", "ends", "ended", "ending", "scrap", "scraps", "scrapped", "revoke", "revokes", "revoked",
				"rescind", "rescinds", "rescinded", "repeal", "repeals", "repealed", "drop", "drops", "dropped")
		},
		func(w map[string]bool) bool {
			return hasAny(w, "ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed", "relaxing",
				"loosen", "loosens", "loosened", "partial", "partially", "suspend", "suspends", "suspended")
		})
}

// breaksTies tells a break of diplomatic relations (break, sever, cut
// ties, rupture) from a reduction (downgrade, recall or expel a diplomat),
// which CAMEO also codes 161.
func breaksTies(e event.Event) bool {
	return firstSaying(e,
		func(w map[string]bool) bool {
			if hasAny(w, "break", "breaks", "breaking", "broke", "broken", "sever", "severs", "severed",
				"severing", "severance", "rupture", "ruptures", "ruptured", "terminate", "terminated", "terminates") {
				return true
			}
			return hasAny(w, "cut", "cuts", "cutting") && hasAny(w, "ties", "relations", "links")
		},
		func(w map[string]bool) bool {
			return hasAny(w, "downgrade", "downgrades", "downgraded", "downgrading", "reduce", "reduces", "reduced")
		})
}

// withdrawsRecognition finds an explicit withdrawal of recognition.
func withdrawsRecognition(e event.Event) bool {
	s := strings.ToLower(e.Trigger.Text + " " + e.Sentence.Text)
	if strings.Contains(s, "derecogni") {
		return true
	}
	if !strings.Contains(s, "recogni") {
		return false
	}
	w := words(s)
	return hasAny(w, "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "revoke", "revokes",
		"revoked", "rescind", "rescinds", "rescinded", "retract", "retracts", "retracted", "switched", "switches")
}
