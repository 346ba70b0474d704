package lang

// Clauses assigns a clause number to each token (dst is reused; the result
// has len(toks) entries and never decreases). Modality cues and slot
// filling are scoped by it. The rules, kept simple on purpose:
//
//   - ";", ":", a dash and ")" end a clause: the next token opens a new one.
//   - "(" and an opening quote open a clause at themselves; the token after a
//     closing quote opens a new one.
//   - A relative or subordinator ("that", "which", "who", "whom", "whose",
//     "where", "when", "while", "whereas", "if", "unless", "because",
//     "although", "though", "whether") opens a clause at itself.
//   - A reporting verb ("said", "told" …) ends its clause: what follows is a
//     new one. "according to X," ends at the comma.
//   - A comma ends a clause when followed by an opener above, an -ing
//     participle, "but", or "and"/"or"/"yet" + a subject pronoun. Commas in
//     lists ("the U.S., Britain, and France") do not.
//   - A relative clause opened after a comma (", whose minister led the
//     team,") ends at the next comma: the main clause resumes after it.
//
// A clause is never opened while the current one is empty, so "said that"
// makes one break, not two.
func Clauses(toks []Token, dst []int) []int {
	dst = dst[:0]
	id, size := 0, 0
	pending, according, relative := false, false, false
	for i, t := range toks {
		opens, closes := pending, false
		switch t.Kind {
		case Punct:
			switch t.Lower {
			case ";", ":", ")":
				closes = true
			case "(":
				opens = true
			case ",":
				if according {
					closes, according = true, false
				} else if relative {
					closes, relative = true, false
				} else if i+1 < len(toks) && commaOpens(toks, i+1) {
					closes = true
				}
			}
		case Dash:
			closes = true
		case Quote:
			if isOpeningQuote(toks, i) {
				opens = true
			} else {
				closes = true
			}
		case Word:
			if opensClause(t.Lower) {
				opens = true
				switch t.Lower {
				case "who", "whom", "whose", "which":
					relative = i > 0 && toks[i-1].Lower == ","
				}
			}
			if t.Lower == "according" {
				according = true
			} else if IsReportingVerb(t.Lower) {
				closes = true
			}
		}
		if opens && size > 0 {
			id++
			size = 0
		}
		dst = append(dst, id)
		size++
		pending = closes
	}
	return dst
}

// opensClause reports relatives and subordinators that begin a clause.
func opensClause(w string) bool {
	switch w {
	case "that", "which", "who", "whom", "whose", "where", "when", "while",
		"whereas", "if", "unless", "because", "although", "though", "whether":
		return true
	}
	return false
}

// commaOpens reports whether the token at j, after a comma, starts a clause.
func commaOpens(toks []Token, j int) bool {
	w := toks[j].Lower
	if opensClause(w) || IsGerund(w) || w == "but" {
		return true
	}
	if (w == "and" || w == "or" || w == "yet") && j+1 < len(toks) {
		switch toks[j+1].Lower {
		case "he", "she", "it", "they", "we", "i", "you":
			return true
		}
	}
	return false
}

// isOpeningQuote decides whether the quote token at i opens a quotation.
// Curly quotes say so themselves; a straight quote opens when it is glued
// to the next token and not to the previous one.
func isOpeningQuote(toks []Token, i int) bool {
	switch toks[i].Text {
	case "“", "‘", "„", "‛":
		return true
	case "”", "’":
		return false
	}
	gluedPrev := i > 0 && toks[i-1].Span[1] == toks[i].Span[0]
	gluedNext := i+1 < len(toks) && toks[i+1].Span[0] == toks[i].Span[1]
	return gluedNext && !gluedPrev
}
