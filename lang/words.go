package lang

import (
	"strings"
	"unicode/utf8"
)

// Closed-class word lists. All take a token's Lower form. Switches compile
// to a fast search and need no initialisation.

// IsDeterminer reports determiners. "that" is left out: as a determiner it
// is ambiguous with the subordinator.
func IsDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "this", "these", "those",
		"some", "several", "all", "both", "each", "any", "no", "another", "other",
		"such", "our", "my", "your", "every", "either", "neither":
		return true
	}
	return false
}

// IsPreposition reports prepositions, including the participle-like ones
// used in news ("including", "following", "regarding").
func IsPreposition(w string) bool {
	switch w {
	case "to", "in", "at", "on", "from", "with", "by", "for", "of", "against",
		"toward", "towards", "into", "onto", "over", "under", "between", "among",
		"amongst", "about", "after", "before", "during", "since", "until", "through",
		"throughout", "across", "via", "per", "amid", "amidst", "despite", "without",
		"within", "near", "off", "upon", "behind", "beyond", "like", "unlike",
		"including", "following", "regarding", "concerning", "alongside", "around",
		"along", "above", "below", "beside", "besides", "inside", "outside", "versus",
		"vs.", "vs", "till", "except":
		return true
	}
	return false
}

// IsPronoun reports personal pronouns and their possessive determiners.
func IsPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
		"we", "us", "our", "i", "you", "me", "my", "your", "himself", "herself",
		"itself", "themselves":
		return true
	}
	return false
}

// IsAuxiliary reports auxiliary and modal verbs and their clitics ("'s" is
// ambiguous between "is"/"has" and the possessive; it is listed).
func IsAuxiliary(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am", "have", "has",
		"had", "having", "do", "does", "did", "will", "would", "shall", "should",
		"can", "could", "may", "might", "must", "'s", "'re", "'ve", "'d", "'ll", "'m",
		"ca", "wo", "cannot":
		return true
	}
	return false
}

// IsConjunction reports single-word coordinating conjunctions.
func IsConjunction(w string) bool {
	switch w {
	case "and", "or", "but", "nor", "yet", "plus":
		return true
	}
	return false
}

// IsSubordinator reports subordinating conjunctions and relative words.
func IsSubordinator(w string) bool {
	switch w {
	case "that", "which", "who", "whom", "whose", "where", "when", "while",
		"whereas", "because", "although", "though", "if", "unless", "whether",
		"after", "before", "since", "until", "as", "so":
		return true
	}
	return false
}

// IsReportingVerb reports verbs of saying that introduce reported speech.
// "states" is left out (it is mostly the noun, as in "United States"), and
// so are verbs that CAMEO codes as events in their own right ("warned").
func IsReportingVerb(w string) bool {
	switch w {
	case "said", "says", "say", "saying", "stated", "told", "tells", "added",
		"adds", "noted", "notes", "announced", "announces", "claimed", "claims",
		"reported", "reports", "according", "declared", "declares", "insisted",
		"insists", "explained", "explains", "wrote", "writes", "argued", "argues",
		"confirmed", "confirms", "mentioned", "stressed", "emphasized",
		"emphasised", "asserted", "contended", "maintained", "recalled", "quoted":
		return true
	}
	return false
}

// IsNegation reports negation words.
func IsNegation(w string) bool {
	switch w {
	case "not", "n't", "never", "no", "neither", "nor", "without", "cannot":
		return true
	}
	return false
}

// IsGerund reports -ing forms that are verbs, not nouns or prepositions
// like "during", "thing", "morning". It is a cheap suffix test.
func IsGerund(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ing") {
		return false
	}
	switch w {
	case "during", "thing", "things", "nothing", "something", "anything",
		"everything", "morning", "evening", "ceiling", "string", "spring", "sibling",
		"viking", "darling", "herring", "pudding", "beijing", "nanjing", "harbin",
		"including", "following", "regarding", "concerning", "according", "notwithstanding":
		return false
	}
	// A stem needs a vowel: "bring", "sting", "swing" are verbs, "king" is not.
	stem := w[:len(w)-3]
	return strings.ContainsAny(stem, "aeiouy")
}

// IsPastParticiple reports regular "-ed" forms and irregular past
// participles ("held", "taken", "seized").
func IsPastParticiple(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "ed") {
		switch w {
		case "need", "speed", "seed", "feed", "breed", "bleed", "steed", "creed",
			"greed", "bred", "shed", "shred", "sled", "embed", "naked", "sacred",
			"hundred", "kindred", "wicked", "rugged", "ragged", "indeed":
			return w == "bred" || w == "shed" || w == "shred"
		}
		return true
	}
	_, ok := participles()[w]
	return ok
}

// FirstInvalidUTF8 returns the byte offset of the first byte of b that is
// not valid UTF-8, or -1 when b is valid: input errors name the position.
func FirstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
