package lang

import (
	"unicode"
	"unicode/utf8"

	"github.com/chancery/chancery/event"
)

// clamp bounds a span to the text so that bad offsets never panic.
func clamp(text string, span event.Span) (int, int) {
	s, e := span[0], span[1]
	if e > len(text) {
		e = len(text)
	}
	if e < 0 {
		e = 0
	}
	if s < 0 {
		s = 0
	}
	if s > e {
		s = e
	}
	return s, e
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isUpperByte(c byte) bool   { return c >= 'A' && c <= 'Z' }
func isLowerByte(c byte) bool   { return c >= 'a' && c <= 'z' }
func isASCIILetter(c byte) bool { return isUpperByte(c) || isLowerByte(c) }
func isWordByte(c byte) bool    { return isDigit(c) || isASCIILetter(c) }

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isSpaceRune counts the byte-order mark and zero-width space as space: they
// turn up in pasted text and must not end up inside spans.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isSpaceByte(byte(r))
	}
	return r == '\u00a0' || r == '\ufeff' || r == '\u200b' || unicode.IsSpace(r)
}

// isWordRune: letters, digits and combining marks (decomposed accents).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// startsWord reports whether s begins with a letter or digit.
func startsWord(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return isWordByte(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// isLetterAt reports whether s begins with a letter.
func isLetterAt(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return isASCIILetter(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// isLowerAt reports whether s begins with a lower-case letter.
func isLowerAt(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return isLowerByte(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isUpperAt reports whether s begins with an upper-case letter.
func isUpperAt(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return isUpperByte(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// skipSpace returns the first non-space offset in text[i:end], or end.
func skipSpace(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isSpaceByte(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isSpaceRune(r) {
			return i
		}
		i += size
	}
	return end
}

// trimSpaceBack returns the end of text[start:e] without trailing space.
func trimSpaceBack(text string, start, e int) int {
	for e > start {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !isSpaceByte(c) {
				return e
			}
			e--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[start:e])
		if !isSpaceRune(r) {
			return e
		}
		e -= size
	}
	return e
}

func lastByte(s string, c byte) int {
	for k := len(s) - 1; k >= 0; k-- {
		if s[k] == c {
			return k
		}
	}
	return -1
}

func allASCIILetters(s string) bool {
	if s == "" {
		return false
	}
	for k := 0; k < len(s); k++ {
		if !isASCIILetter(s[k]) {
			return false
		}
	}
	return true
}

// needsLower reports whether Lower differs from Text or may: any upper-case
// ASCII letter or any non-ASCII byte.
func needsLower(s string) bool {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf || isUpperByte(c) {
			return true
		}
	}
	return false
}

// appendLower appends the Lower form of s: lower case, curly quotes and
// apostrophes folded to ASCII, Unicode hyphens to '-', accents kept.
// Invalid bytes are copied as they are.
func appendLower(dst []byte, s string) []byte {
	for k := 0; k < len(s); {
		c := s[k]
		if c < utf8.RuneSelf {
			if isUpperByte(c) {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		switch r {
		case utf8.RuneError:
			dst = append(dst, s[k:k+size]...)
		case '’', '‘', '‛', 'ʼ', '′':
			dst = append(dst, '\'')
		case '“', '”', '„', '‟', '″':
			dst = append(dst, '"')
		case '‐', '‑':
			dst = append(dst, '-')
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		k += size
	}
	return dst
}

// lowerASCII writes the ASCII lower case of s into buf (len(s) <= len(buf)).
func lowerASCII(buf []byte, s string) []byte {
	n := copy(buf, s)
	for k := range n {
		if isUpperByte(buf[k]) {
			buf[k] += 'a' - 'A'
		}
	}
	return buf[:n]
}
