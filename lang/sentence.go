package lang

import (
	"unicode/utf8"

	"github.com/chancery/chancery/event"
)

// Paragraphs splits text into paragraph spans. Blank lines separate
// paragraphs; when the text has no blank line between two non-blank lines,
// every line break separates. Spans exclude surrounding whitespace.
func Paragraphs(text string) []event.Span {
	blank := hasBlankLine(text)
	var out []event.Span
	pStart := -1 // start of the current paragraph, -1 when none
	pEnd := 0
	flush := func() {
		if pStart >= 0 {
			s := skipSpace(text, pStart, pEnd)
			if e := trimSpaceBack(text, s, pEnd); e > s {
				out = append(out, event.Span{s, e})
			}
		}
		pStart = -1
	}
	for ls := 0; ls < len(text); {
		le := indexByteFrom(text, ls, '\n')
		if skipSpace(text, ls, le) == le {
			flush()
		} else {
			if pStart < 0 || !blank {
				flush()
				pStart = ls
			}
			pEnd = le
		}
		ls = le + 1
	}
	flush()
	return out
}

// hasBlankLine reports whether a blank line stands between two non-blank
// lines.
func hasBlankLine(text string) bool {
	seen, gap := false, false
	for ls := 0; ls < len(text); {
		le := indexByteFrom(text, ls, '\n')
		if skipSpace(text, ls, le) == le {
			gap = seen && le < len(text)
		} else {
			if gap {
				return true
			}
			seen = true
		}
		ls = le + 1
	}
	return false
}

// indexByteFrom returns the offset of the next c at or after i, or len(s).
func indexByteFrom(s string, i int, c byte) int {
	for ; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return len(s)
}

// Sentences splits text[within] into sentence spans (absolute offsets,
// trimmed).
func Sentences(text string, within event.Span) []event.Span {
	return AppendSentences(nil, text, within)
}

// AppendSentences appends the sentence spans of text[within] to dst.
//
// A sentence ends at "?", "!" or "." (and any closing quotes or brackets
// after it) followed by space and a word that is not lower-case. A period
// after a title ("Gen.", "Mr.", "e.g.") never ends one; after another
// abbreviation, a dotted acronym ("U.S.") or an initial it ends one only when
// the next word typically starts a sentence ("The", "He", "However" …) or
// a line break follows. Ellipses follow the same rule. A line break ends a
// sentence only after a line that looks like a heading.
func AppendSentences(dst []event.Span, text string, within event.Span) []event.Span {
	s, e := clamp(text, within)
	start := skipSpace(text, s, e)
	lineStart := start
	for i := start; i < e; {
		c := text[i]
		ellipsis := c == 0xE2 && i+2 < e && text[i+1] == 0x80 && text[i+2] == 0xA6
		if c == '\n' {
			n := skipSpace(text, i, e)
			para := indexByteFrom(text[:n], i+1, '\n') < n // a blank line
			if n < e && (para || lineStart == start && isHeading(text, start, i, n, e)) {
				if end := trimSpaceBack(text, start, i); end > start {
					dst = append(dst, event.Span{start, end})
				}
				start = n
			}
			lineStart = n
			i = n
			continue
		}
		if c != '.' && c != '?' && c != '!' && !ellipsis {
			i++
			continue
		}
		if c == '.' && i > s && i+1 < e && isDigit(text[i-1]) && isDigit(text[i+1]) {
			i++ // decimal point
			continue
		}
		j, dots, strong := i, 0, false
		for j < e {
			switch {
			case text[j] == '.':
				dots++
				j++
				continue
			case text[j] == '?' || text[j] == '!':
				strong = true
				j++
				continue
			case j+2 < e && text[j] == 0xE2 && text[j+1] == 0x80 && text[j+2] == 0xA6:
				dots += 3
				j += 3
				continue
			}
			break
		}
		k := skipClosers(text, j, e)
		if k < e && !isSpaceAt(text, k, e) {
			i = k // "U.S.-led", "e.g.,"
			continue
		}
		n := skipSpace(text, k, e)
		if n == e {
			break
		}
		if isLowerAt(text[n:e]) {
			i = n
			continue
		}
		split := true
		if !strong {
			newline := indexByteFrom(text[:n], k, '\n') < n
			switch {
			case dots > 1:
				split = startsSentence(text, n, e)
			default:
				switch wordClass(text, start, i) {
				case abbrevTitle:
					split = false
				case abbrevGeneral:
					split = newline || startsSentence(text, n, e)
				case abbrevNumber:
					split = !isDigit(text[n])
				}
			}
		}
		if split {
			dst = append(dst, event.Span{start, k})
			start = n
			if indexByteFrom(text[:n], k, '\n') < n {
				lineStart = n
			}
		}
		i = n
	}
	if end := trimSpaceBack(text, start, e); end > start {
		dst = append(dst, event.Span{start, end})
	}
	return dst
}

// wordClass classifies the word before the period at p: a title, another
// abbreviation (dotted acronyms and single-letter initials count as
// general), or an ordinary word.
func wordClass(text string, start, p int) int {
	b := p
	for b > start && !isSpaceByte(text[b-1]) {
		b--
	}
	for b < p && !isWordByte(text[b]) {
		b++ // opening brackets and quotes
	}
	w := text[b:p]
	if w == "" {
		return abbrevNone
	}
	if c := abbrevClass(w); c != abbrevNone {
		return c
	}
	if len(w) == 1 && isUpperByte(w[0]) {
		return abbrevGeneral
	}
	if k := lastByte(w, '.'); k >= 0 && len(w)-k-1 <= 2 && allASCIILetters(w[k+1:]) {
		return abbrevGeneral
	}
	return abbrevNone
}

// startsSentence reports whether the text at n opens like a new sentence:
// a typical sentence-start word, or an opening quote.
func startsSentence(text string, n, e int) bool {
	c := text[n]
	if c == '"' || c == '\'' || (c == 0xE2 && n+2 < e && text[n+1] == 0x80 && (text[n+2] == 0x9C || text[n+2] == 0x98)) {
		return true
	}
	m := n
	for m < e && isASCIILetter(text[m]) {
		m++
	}
	if m < e && text[m] == '.' {
		return false // an initial: "J. A. Smith"
	}
	return m > n && isSentenceStarter(text[n:m])
}

// skipClosers skips closing quotes and brackets after a terminator.
func skipClosers(text string, j, e int) int {
	for j < e {
		switch c := text[j]; {
		case c == '"' || c == '\'' || c == ')' || c == ']':
			j++
		case c == 0xE2 && j+2 < e && text[j+1] == 0x80 && (text[j+2] == 0x9D || text[j+2] == 0x99):
			j += 3 // ” ’
		case c == 0xC2 && j+1 < e && text[j+1] == 0xBB:
			j += 2 // »
		default:
			return j
		}
	}
	return j
}

func isSpaceAt(text string, k, e int) bool {
	if text[k] < utf8.RuneSelf {
		return isSpaceByte(text[k])
	}
	r, _ := utf8.DecodeRuneInString(text[k:e])
	return isSpaceRune(r)
}

// isHeading reports whether the line text[ls:le], which starts a sentence,
// is a standalone heading: short, not ending in punctuation or a function
// word, starting with a capital, and followed by a line that starts with a
// capital, a digit or a quote.
func isHeading(text string, ls, le, n, e int) bool {
	le = trimSpaceBack(text, ls, le)
	if le-ls > 100 || le <= ls || !isUpperAt(text[ls:le]) {
		return false
	}
	if !isUpperAt(text[n:e]) && !isDigit(text[n]) && !startsSentence(text, n, e) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[ls:le])
	if !isWordRune(last) && last != '"' && last != '”' && last != '’' && last != ')' {
		return false
	}
	words := 1
	for k := ls; k < le; k++ {
		if text[k] == ' ' {
			words++
		}
	}
	if words > 12 {
		return false
	}
	b := le
	for b > ls && text[b-1] != ' ' {
		b--
	}
	var buf [16]byte
	w := text[b:le]
	if len(w) > len(buf) {
		return true
	}
	lw := string(lowerASCII(buf[:], w))
	return !(IsDeterminer(lw) || IsPreposition(lw) || IsConjunction(lw) ||
		IsAuxiliary(lw) || IsSubordinator(lw) || lw == "said" || lw == "told")
}
