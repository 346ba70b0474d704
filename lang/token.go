// Package lang is chancery's language layer: paragraphs, sentences, tokens,
// closed-class words, clauses and inflection. It sits on the coder's hot
// path, so it uses no regular expressions and allocates little: a token's
// Text is a substring of the article and the lower-case forms of one call
// share a single string.
package lang

import (
	"unicode"
	"unicode/utf8"

	"github.com/chancery/chancery/event"
)

// Kind is the coarse class of a token.
type Kind uint8

// The token kinds.
const (
	Word Kind = iota
	Number
	Punct
	Quote
	Dash
	Symbol
)

var kindNames = [...]string{"Word", "Number", "Punct", "Quote", "Dash", "Symbol"}

// String names the kind for test output and debugging.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Token is one token of an article's text.
type Token struct {
	Text  string     // the token as in the text (a substring, no copy)
	Lower string     // lower-cased, curly quotes folded to ASCII, accents kept
	Span  event.Span // absolute half-open byte offsets into the article text
	Kind  Kind
	Cap   bool // first rune is upper-case
}

// Tokenize returns the tokens of text[span] with absolute offsets.
func Tokenize(text string, span event.Span) []Token {
	return AppendTokens(nil, text, span)
}

// AppendTokens appends the tokens of text[span] to dst and returns it. Out of
// range spans are clamped to the text.
func AppendTokens(dst []Token, text string, span event.Span) []Token {
	i, end := clamp(text, span)
	first := len(dst)
	// Lower-case forms that differ from Text are written into one buffer and
	// become one string at the end: one allocation per call, not per token.
	var lowArr [1024]byte
	low := lowArr[:0]
	var endArr [128]int32
	ends := endArr[:0]
	singleOpen := false // an opening single quote awaits its close
	emit := func(s, e int, k Kind) {
		t := Token{Text: text[s:e], Span: event.Span{s, e}, Kind: k}
		r, _ := utf8.DecodeRuneInString(t.Text)
		t.Cap = unicode.IsUpper(r)
		if needsLower(t.Text) {
			low = appendLower(low, t.Text)
			ends = append(ends, int32(len(low)))
		} else {
			t.Lower = t.Text
		}
		dst = append(dst, t)
	}
	for i < end {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		}
		switch {
		case isSpaceRune(r) || (r != utf8.RuneError && unicode.Is(unicode.Cf, r)):
			i += size
		case isWordRune(r):
			e, clitic := scanWord(text, i, end)
			emit(i, e, wordKind(r))
			if clitic > e {
				emit(e, clitic, Word)
				e = clitic
			}
			i = e
		case r == '.':
			j := i + 1
			for j < end && text[j] == '.' {
				j++
			}
			if j == i+1 && j < end && isDigit(text[j]) && (i == 0 || !isWordByte(text[i-1])) {
				e, _ := scanWord(text, j, end) // ".50 caliber"
				emit(i, e, Number)
				i = e
				continue
			}
			emit(i, j, Punct)
			i = j
		case r == '-':
			j := i + 1
			for j < end && text[j] == '-' {
				j++
			}
			k := Punct
			if j-i >= 2 || ((i == 0 || isSpaceByte(text[i-1])) && (j == end || isSpaceByte(text[j]))) {
				k = Dash
			}
			emit(i, j, k)
			i = j
		case (r == '\'' || r == '’') && decadeAt(text, i, i+size, end):
			e, _ := scanWord(text, i+size, end) // "'90s"
			emit(i, e, Number)
			i = e
		case r == '\'' || r == '’' || r == '‘' || r == '‛':
			k := Quote
			switch {
			case r == '‘' || r == '‛':
				singleOpen = true
			case i > 0 && endsWithS(dst[first:], i) && !singleOpen:
				k = Word // bare possessive after an s-word: "states'"
			case r == '\'' && (i == 0 || !isWordByte(text[i-1])) && i+1 < end && isWordByte(text[i+1]):
				singleOpen = true
			default:
				singleOpen = false
			}
			emit(i, i+size, k)
			i += size
		default:
			emit(i, i+size, classify(r))
			i += size
		}
	}
	if len(ends) > 0 {
		s := string(low)
		prev, j := 0, 0
		for n := first; n < len(dst); n++ {
			if dst[n].Lower == "" {
				dst[n].Lower = s[prev:ends[j]]
				prev = int(ends[j])
				j++
			}
		}
	}
	return dst
}

// classify gives the kind of a single-rune token that is not a word.
func classify(r rune) Kind {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '{', '}', '?', '!', '…':
		return Punct
	case '"', '“', '”', '„', '‟', '″':
		return Quote
	case '—', '–', '―', '‒':
		return Dash
	case '«', '»', '‹', '›':
		return Symbol
	}
	if r < utf8.RuneSelf || r == utf8.RuneError {
		return Symbol
	}
	if unicode.IsPunct(r) {
		return Punct
	}
	return Symbol
}

func wordKind(first rune) Kind {
	if unicode.IsDigit(first) {
		return Number
	}
	return Word
}

// endsWithS reports whether the last token emitted ends right at i and is a
// word ending in s, so that an apostrophe at i is a plural possessive.
func endsWithS(toks []Token, i int) bool {
	if len(toks) == 0 {
		return false
	}
	t := toks[len(toks)-1]
	if t.Span[1] != i || t.Kind != Word {
		return false
	}
	c := t.Text[len(t.Text)-1]
	return c == 's' || c == 'S'
}

// scanWord scans a word or number starting at i. It returns the end of the
// word and, when a clitic ("'s", "n't", "'re" …) follows, the clitic's end
// (otherwise the same as the word's end).
func scanWord(text string, i, end int) (int, int) {
	j := i
	seg := i // start of the current dot-separated segment
	number := isDigit(text[i])
	for j < end {
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:end])
		}
		if isWordRune(r) {
			j += size
			continue
		}
		next := j + size
		switch r {
		case '-', '‐', '‑':
			if next < end && startsWord(text[next:end]) {
				j = next
				continue
			}
		case '\'', '’':
			if next < end && isLetterAt(text[next:end]) {
				w, c := clitic(text, i, j, next, end)
				if c > 0 {
					return w, c
				}
				j = next
				continue
			}
		case '.':
			// "U.S", "3.5", "bbc.co.uk" join; "2010.The" (a missing space) not.
			if next < end && isWordByte(text[next]) && (!isUpperByte(text[next]) || j-seg <= 2) {
				j = next
				seg = next
				continue
			}
			if j > i && keepsPeriod(text, i, j, end) {
				j = next
				if j+1 < end && text[j] == '-' && isWordByte(text[j+1]) {
					j++ // "U.S.-led"
				}
				continue
			}
		case ',':
			if number && j > i && isDigit(text[j-1]) && threeDigits(text, next, end) {
				j = next // "1,000"
				continue
			}
		case ':', '/':
			if number && j > i && isDigit(text[j-1]) && next < end && isDigit(text[next]) {
				j = next // "10:30", "9/11"
				continue
			}
		case '&':
			if j > i && isUpperByte(text[j-1]) && next < end && isUpperByte(text[next]) {
				j = next // "AT&T"
				continue
			}
		}
		break
	}
	return j, j
}

// clitic checks the letters after an apostrophe at a (letters start at l).
// For "'s", "'re", "'ve", "'d", "'ll", "'m" the word ends at a; for "n't"
// it ends before the n. It returns the word end and clitic end, or 0, 0.
func clitic(text string, start, a, l, end int) (int, int) {
	q := l
	for q < end && q-l < 3 && isASCIILetter(text[q]) {
		q++
	}
	if q < end && (isWordByte(text[q]) || text[q] >= utf8.RuneSelf && isLetterAt(text[q:end])) {
		return 0, 0
	}
	if q+1 < end && text[q] == '-' && isWordByte(text[q+1]) {
		return 0, 0
	}
	var b [3]byte
	n := copy(b[:], text[l:q])
	for k := range n {
		b[k] |= 0x20
	}
	switch string(b[:n]) {
	case "s", "re", "ve", "d", "ll", "m":
		return a, q
	case "t":
		if a-1 > start && (text[a-1] == 'n' || text[a-1] == 'N') {
			return a - 1, q
		}
	}
	return 0, 0
}

// keepsPeriod reports whether the period at j belongs to the word text[i:j]:
// dotted acronyms ("U.S."), known abbreviations ("Gen.", "Inc."), "No." before
// a number, and initials before a capitalised name ("J. R. R. Tolkien").
func keepsPeriod(text string, i, j, end int) bool {
	w := text[i:j]
	if k := lastByte(w, '.'); k >= 0 {
		seg := w[k+1:]
		return len(seg) <= 2 && allASCIILetters(seg)
	}
	if len(w) == 1 && isUpperByte(w[0]) {
		n := skipSpace(text, j+1, end)
		return n > j+1 && n < end && isUpperByte(text[n])
	}
	switch abbrevClass(w) {
	case abbrevTitle, abbrevGeneral:
		return true
	case abbrevNumber:
		n := skipSpace(text, j+1, end)
		return n < end && isDigit(text[n])
	}
	return false
}

// decadeAt reports an elided year after an apostrophe at i: "'90s", "'03".
func decadeAt(text string, i, d, end int) bool {
	if d+2 > end || !isDigit(text[d]) || !isDigit(text[d+1]) || (i > 0 && isWordByte(text[i-1])) {
		return false
	}
	return d+2 == end || !isDigit(text[d+2])
}

func threeDigits(text string, k, end int) bool {
	if k+3 > end {
		return false
	}
	for _, c := range []byte(text[k : k+3]) {
		if !isDigit(c) {
			return false
		}
	}
	return k+3 == end || !isDigit(text[k+3])
}
