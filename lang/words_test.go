package lang

import "testing"

func TestClosedClasses(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) bool
		yes  []string
		no   []string
	}{
		{"determiner", IsDeterminer, []string{"the", "a", "an", "its", "their", "these", "several", "another", "your"},
			[]string{"that", "The", "he", "and"}},
		{"preposition", IsPreposition, []string{"to", "against", "toward", "towards", "via", "amid", "despite", "including", "alongside"},
			[]string{"and", "the", "said"}},
		{"pronoun", IsPronoun, []string{"he", "she", "it", "they", "them", "its", "we", "i", "you"},
			[]string{"the", "this", "russia"}},
		{"auxiliary", IsAuxiliary, []string{"is", "been", "had", "did", "will", "would", "must", "'s", "'re", "'ve", "'d", "'ll", "ca", "wo"},
			[]string{"said", "not", "n't"}},
		{"conjunction", IsConjunction, []string{"and", "or", "but", "nor", "yet", "plus"},
			[]string{"as", "that"}},
		{"subordinator", IsSubordinator, []string{"that", "which", "who", "whose", "while", "because", "although", "if", "unless", "whether", "as", "so"},
			[]string{"and", "the"}},
		{"reporting", IsReportingVerb, []string{"said", "says", "told", "added", "announced", "according", "declared", "wrote", "confirmed"},
			[]string{"warned", "states", "acknowledged", "state", "met"}},
		{"negation", IsNegation, []string{"not", "n't", "never", "no", "neither", "nor", "without"},
			[]string{"none", "did"}},
	}
	for _, tc := range tests {
		for _, w := range tc.yes {
			if !tc.fn(w) {
				t.Errorf("%s(%q) = false", tc.name, w)
			}
		}
		for _, w := range tc.no {
			if tc.fn(w) {
				t.Errorf("%s(%q) = true", tc.name, w)
			}
		}
	}
}

func TestKindString(t *testing.T) {
	if Word.String() != "Word" || Symbol.String() != "Symbol" || Kind(99).String() != "Kind(?)" {
		t.Error("Kind.String")
	}
}
