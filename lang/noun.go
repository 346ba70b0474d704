package lang

import "strings"

// irregularNouns maps a noun to its plural(s); an empty plural marks nouns
// whose plural is the base ("aircraft", "series").
var irregularNouns = map[string][]string{
	"man": {"men"}, "woman": {"women"}, "child": {"children"}, "person": {"people", "persons"},
	"foot": {"feet"}, "tooth": {"teeth"}, "mouse": {"mice"}, "goose": {"geese"},
	"criterion": {"criteria"}, "phenomenon": {"phenomena"}, "medium": {"media", "mediums"},
	"datum": {"data"}, "bacterium": {"bacteria"}, "curriculum": {"curricula"},
	"memorandum": {"memoranda", "memorandums"}, "referendum": {"referendums", "referenda"},
	"index": {"indexes", "indices"}, "appendix": {"appendices", "appendixes"},
	"matrix": {"matrices"}, "alumnus": {"alumni"}, "nucleus": {"nuclei"},
	"stimulus": {"stimuli"}, "radius": {"radii"}, "focus": {"focuses", "foci"},
	"life": {"lives"}, "wife": {"wives"}, "knife": {"knives"}, "leaf": {"leaves"},
	"half": {"halves"}, "thief": {"thieves"}, "shelf": {"shelves"}, "wolf": {"wolves"},
	"self": {"selves"}, "calf": {"calves"}, "loaf": {"loaves"}, "sheaf": {"sheaves"},
	"aircraft": nil, "spacecraft": nil, "series": nil, "species": nil, "sheep": nil,
	"fish": nil, "deer": nil, "offspring": nil, "headquarters": nil, "means": nil,
	"news": nil, "personnel": nil, "police": nil, "militia": {"militias"},
}

// notMan lists words ending in "man" whose plural is a plain -s.
var notMan = map[string]bool{
	"human": true, "german": true, "roman": true, "norman": true, "shaman": true,
	"talisman": true, "ottoman": true, "caiman": true, "cayman": true, "oman": true,
	"truman": true, "dolman": true,
}

// nounPlurals returns the plural forms of w and whether w is plainly a noun
// (so verb forms would be noise).
func nounPlurals(w string) ([]string, bool) {
	if p, ok := irregularNouns[w]; ok {
		return p, w != "militia" && w != "focus"
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "man") && n > 3 && !notMan[w]:
		return []string{w[:n-3] + "men"}, true // "spokesman", "chairwoman"
	case strings.HasSuffix(w, "sis"):
		return []string{w[:n-3] + "ses"}, true // "crisis", "analysis"
	case w == "witness" || w == "harness":
		return []string{w + "es"}, false
	case strings.HasSuffix(w, "ness"), strings.HasSuffix(w, "ity"),
		strings.HasSuffix(w, "ism"), strings.HasSuffix(w, "hood"),
		strings.HasSuffix(w, "ship") && w != "ship" && w != "worship":
		return []string{thirdPerson(w)}, true
	case n >= 2 && w[n-1] == 'o' && !isVowel(w[n-2]):
		return []string{w + "es", w + "s"}, false // "vetoes", "memos"
	}
	return []string{thirdPerson(w)}, false
}
