package lang

import (
	"slices"
	"strings"
)

// Inflections returns the surface forms of a lower-case dictionary base
// word: its verb forms (3rd person, past, past participle, -ing) unless it
// is plainly a noun ("crisis", "-ness", "-ity"), then its noun plural(s) and
// possessives. The base comes first; there are no duplicates. A multi-word
// base has its last word inflected.
func Inflections(base string) []string {
	if base == "" {
		return nil
	}
	if k := strings.LastIndexByte(base, ' '); k >= 0 {
		head, last := base[:k+1], base[k+1:]
		forms := Inflections(last)
		for n := range forms {
			forms[n] = head + forms[n]
		}
		if len(forms) == 0 {
			return []string{base}
		}
		return forms
	}
	out := []string{base}
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	plurals, nounOnly := nounPlurals(base)
	if !nounOnly {
		verbForms(base, add)
	}
	for _, p := range plurals {
		add(p)
	}
	add(base + "'s")
	for _, p := range plurals {
		if strings.HasSuffix(p, "s") {
			add(p + "'")
		} else if p != base {
			add(p + "'s")
		}
	}
	return out
}

// verbForms adds the 3rd person, past, participle and -ing forms.
func verbForms(base string, add func(string)) {
	switch base {
	case "be":
		for _, f := range [...]string{"is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m"} {
			add(f)
		}
		return
	case "have":
		add("has")
		add("had")
		add("having")
		return
	}
	if prefix, stem, v, ok := lookupIrregular(base); ok {
		add(prefix + thirdPerson(stem))
		for _, f := range v.past {
			add(prefix + f)
		}
		for _, f := range v.participle {
			add(prefix + f)
		}
		add(prefix + gerund(stem))
		return
	}
	add(thirdPerson(base))
	switch {
	case isUnstressedL(base): // British and American spellings both occur
		add(base + "ed")
		add(base + "led")
		add(base + "ing")
		add(base + "ling")
		return
	case slices.Contains(icVerbs, base):
		add(base + "ked")
		add(base + "king")
		return
	}
	add(past(base))
	add(gerund(base))
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// thirdPerson gives the -s form: "vetoes", "allies", "pushes", "meets".
func thirdPerson(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case n >= 2 && w[n-1] == 'o' && !isVowel(w[n-2]):
		return w + "es"
	case n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// past gives the regular past: "agreed", "allied", "banned", "visited".
func past(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	case doubles(w):
		return w + w[n-1:] + "ed"
	}
	return w + "ed"
}

// gerund gives the -ing form: "recognizing", "seeing", "dying", "stopping".
func gerund(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		return w + "ing"
	case n > 2 && w[n-1] == 'e':
		return w[:n-1] + "ing"
	case doubles(w):
		return w + w[n-1:] + "ing"
	}
	return w + "ing"
}

// doubles reports whether the final consonant doubles before -ed/-ing: a
// one-syllable word ending consonant-vowel-consonant ("ban", "stop"), or a
// listed longer verb stressed on its last syllable ("commit", "refer").
func doubles(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c := w[n-1]
	if isVowel(c) || c == 'w' || c == 'x' || c == 'y' || !isLowerByte(c) {
		return false
	}
	if !isVowel(w[n-2]) || (isVowel(w[n-3]) && !(w[n-3] == 'u' && n >= 4 && w[n-4] == 'q')) {
		return false
	}
	if slices.Contains(doublingVerbs, w) {
		return true
	}
	// a prefixed listed verb doubles as the verb does: "readmitted",
	// "recommitted", "resubmitted" (the stress stays on the verb)
	for _, pre := range []string{"re", "un", "pre", "mis"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && slices.Contains(doublingVerbs, rest) {
			return true
		}
	}
	return syllables(w) == 1
}

// syllables counts vowel groups; "u" after "q" is not a vowel, "y" is one
// after the first letter.
func syllables(w string) int {
	count, in := 0, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		v := isVowel(c) || (c == 'y' && k > 0)
		if c == 'u' && k > 0 && w[k-1] == 'q' {
			v = false
		}
		if v && !in {
			count++
		}
		in = v
	}
	return count
}

// doublingVerbs are longer verbs that double their final consonant.
var doublingVerbs = []string{
	"abet", "acquit", "admit", "allot", "annul", "begin", "befit", "beget", "commit",
	"compel", "concur", "confer", "control", "debug", "defer", "deter", "dispel",
	"embed", "emit", "enrol", "equip", "excel", "expel", "extol", "forbid", "forget",
	"format", "handicap", "incur", "infer", "instil", "kidnap", "occur", "omit",
	"outbid", "outwit", "overlap", "overstep", "patrol", "permit", "prefer",
	"program", "propel", "rebel", "rebut", "recur", "refer", "regret", "remit",
	"repel", "sidestep", "submit", "transfer", "transmit", "unplug", "unwrap",
	"upset", "worship",
}

// icVerbs take a k before -ed/-ing: "panicked", "trafficking".
var icVerbs = []string{"panic", "traffic", "mimic", "picnic", "frolic"}

// isUnstressedL reports verbs ending in an unstressed -l whose British
// spelling doubles it ("travelled") and American does not ("traveled").
func isUnstressedL(w string) bool {
	switch w {
	case "travel", "cancel", "label", "model", "signal", "level", "fuel", "total",
		"channel", "counsel", "dial", "duel", "equal", "marshal", "pedal", "quarrel",
		"rival", "shovel", "tunnel", "marvel", "libel", "panel", "pencil", "unravel",
		"initial", "funnel", "barrel", "parcel", "refuel", "snorkel", "spiral":
		return true
	}
	return false
}
