package lang

import (
	"unicode/utf8"

	"github.com/chancery/chancery/event"
)

// Paragraphs splits text into paragraph spans. Blank lines separate
// paragraphs; when the text has no blank line between two non-blank lines,
// every line break separates, except in hard-wrapped text whose paragraphs
// start with an indented line (old newswire): there an indented line starts
// a paragraph. Spans exclude surrounding whitespace.
func Paragraphs(text string) []event.Span {
	blank := hasBlankLine(text)
	indented := !blank && hasIndentedParagraphs(text) && wrapWidth(text, 0, len(text)) > 0
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
			if pStart < 0 || !blank && (!indented || isSpaceByte(text[ls])) {
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

// hasIndentedParagraphs reports whether, after the first line, some
// non-blank lines start with a space or tab and others do not.
func hasIndentedParagraphs(text string) bool {
	in, out := false, false
	for ls := indexByteFrom(text, 0, '\n') + 1; ls < len(text); {
		le := indexByteFrom(text, ls, '\n')
		if skipSpace(text, ls, le) < le {
			if text[ls] == ' ' || text[ls] == '\t' {
				in = true
			} else {
				out = true
			}
		}
		ls = le + 1
	}
	return in && out
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
	width := 0 // hard-wrap width of the span, computed at the first line break
	for i := start; i < e; {
		c := text[i]
		ellipsis := c == 0xE2 && i+2 < e && text[i+1] == 0x80 && text[i+2] == 0xA6
		if c == '\n' {
			n := skipSpace(text, i, e)
			para := indexByteFrom(text[:n], i+1, '\n') < n // a blank line
			if width == 0 {
				width = wrapWidth(text, s, e)
			}
			if n < e && (para || lineStart == start && isHeading(text, start, i, n, e, width)) {
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
// capital, a digit or a quote. In hard-wrapped text (width > 0) it must also
// be under half the width and must not break a capitalised name across the
// lines ("… of Defense\nSecretary …").
func isHeading(text string, ls, le, n, e, width int) bool {
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
	w := text[b:le]
	if width > 0 && (2*(le-ls) > width || isUpperAt(w) && isUpperAt(text[n:e]) && !startsSentence(text, n, e)) {
		return false
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return true
	}
	lw := string(lowerASCII(buf[:], w))
	return !(IsDeterminer(lw) || IsPreposition(lw) || IsConjunction(lw) ||
		IsAuxiliary(lw) || IsSubordinator(lw) || lw == "said" || lw == "told" || lw == "than")
}

// wrapWidth returns the line width of hard-wrapped text in text[s:e] (most
// lines close to one maximum length of at most 100 bytes), or -1 when the
// lines are not wrapped.
func wrapWidth(text string, s, e int) int {
	lines, longest, near := 0, 0, 0
	for ls := s; ls < e; {
		le := min(indexByteFrom(text, ls, '\n'), e)
		n := trimSpaceBack(text, ls, le) - skipSpace(text, ls, le)
		if n > 0 {
			lines++
			longest = max(longest, n)
		}
		ls = le + 1
	}
	if lines < 3 || longest > 100 {
		return -1
	}
	for ls := s; ls < e; {
		le := min(indexByteFrom(text, ls, '\n'), e)
		if n := trimSpaceBack(text, ls, le) - skipSpace(text, ls, le); 4*n >= 3*longest {
			near++
		}
		ls = le + 1
	}
	if near < 2 || 2*near < lines-1 {
		return -1
	}
	return longest
}
