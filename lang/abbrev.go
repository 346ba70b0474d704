package lang

// abbreviation classes of a word written before a period.
const (
	abbrevNone    = iota
	abbrevTitle   // precedes a name or item: never ends a sentence ("Gen.", "Mr.", "e.g.")
	abbrevGeneral // may end a sentence ("Inc.", "Jan.", "etc.")
	abbrevNumber  // "No." only before a digit
)

// abbrevClass classifies the word w (without its period). Month names count
// only when capitalised, so "mar." or "sat." stay ordinary words.
func abbrevClass(w string) int {
	if len(w) == 0 || len(w) > 6 {
		return abbrevNone
	}
	var buf [6]byte
	for k := 0; k < len(w); k++ {
		if !isASCIILetter(w[k]) && w[k] != '.' {
			return abbrevNone
		}
	}
	switch string(lowerASCII(buf[:], w)) {
	case "mr", "mrs", "ms", "messrs", "dr", "gen", "gens", "lt", "col", "capt", "cpt",
		"sgt", "maj", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "govs",
		"sen", "sens", "rep", "reps", "rev", "prof", "pres", "hon", "amb", "atty",
		"supt", "insp", "det", "fr", "mme", "mlle", "sra", "vs", "v", "e.g", "i.e",
		"cf", "viz", "approx", "ca", "nos", "fig", "p", "pp", "ex", "cmdt", "lieut":
		return abbrevTitle
	case "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "st", "mt",
		"ft", "ave", "blvd", "rd", "dept", "univ", "assn", "etc", "al", "est",
		"govt", "intl", "natl", "a.m", "p.m", "tues", "thurs", "u.s", "u.n", "u.k",
		"d.c", "e.u":
		return abbrevGeneral
	case "no":
		return abbrevNumber
	}
	if isUpperByte(w[0]) {
		switch w[1:] {
		case "an", "eb", "ar", "pr", "un", "ul", "ug", "ep", "ept", "ct", "ov", "ec":
			return abbrevGeneral
		}
	}
	return abbrevNone
}

// isSentenceStarter reports whether a capitalised word typically opens a
// sentence, so that an abbreviation before it ends the previous one: "… in
// the U.S. The president …" splits, "… the U.S. Navy …" does not.
func isSentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
		"That", "These", "Those", "There", "Its", "Their", "His", "Her", "Our",
		"In", "On", "At", "By", "For", "From", "With", "To", "Of", "As", "After",
		"Before", "During", "Since", "Until", "Under", "Over", "Despite", "Amid",
		"Among", "Following", "According", "But", "And", "Or", "Yet", "So", "However",
		"Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Nonetheless",
		"Still", "Also", "Instead", "Then", "Now", "Thus", "Therefore", "Indeed",
		"Separately", "Elsewhere", "Earlier", "Later", "Last", "Next", "Today",
		"Yesterday", "When", "While", "Although", "Though", "If", "Because",
		"Where", "What", "Who", "Why", "How", "Which", "Some", "Many", "Most",
		"Several", "Both", "Each", "Every", "All", "Any", "No", "Not", "None",
		"Other", "Others", "Such", "Only", "Even", "Just", "Asked", "Speaking",
		"One", "Two", "Three", "Officials", "Analysts", "Critics", "Experts":
		return true
	}
	return false
}
