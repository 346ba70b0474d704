package extract

import (
	"bytes"
	"fmt"
	"github.com/chancery/chancery/lang"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// decodeHTML transcodes an HTML page to UTF-8: BOM first, then the page's
// own meta charset, then a UTF-8 validity check over the whole page (the
// library's check only sees the first 1024 bytes), then windows-1252.
func decodeHTML(page []byte) ([]byte, string, error) {
	enc, name, certain := charset.DetermineEncoding(page, "")
	if !certain && name != "utf-8" && hasHighBit(page) && utf8.Valid(page) {
		// Pages often declare latin-1 but are UTF-8; Latin-1 text with high
		// bytes is almost never valid UTF-8 by chance.
		enc, name = encoding.Nop, "utf-8"
	}
	if !certain && name == "windows-1252" && !hasHighBit(page) {
		return page, "utf-8", nil
	}
	return transcode(page, enc, name)
}

// decodeText transcodes pasted text to UTF-8: a UTF-16 or UTF-8 BOM decides,
// valid UTF-8 stays as it is, and text that looks like a single-byte code
// page (no NULs, few C1 controls) is read as windows-1252. Anything else is
// an error naming the first invalid byte.
func decodeText(raw []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return transcode(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le")
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return transcode(raw, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be")
	}
	if utf8.Valid(raw) {
		return raw, "utf-8", nil
	}
	if looksLatin1(raw) {
		return transcode(raw, charmap.Windows1252, "windows-1252")
	}
	return nil, "", fmt.Errorf("extract: text is not valid UTF-8 (first bad byte at offset %d)", lang.FirstInvalidUTF8(raw))
}

func transcode(b []byte, enc encoding.Encoding, name string) ([]byte, string, error) {
	if enc == encoding.Nop || name == "utf-8" {
		return b, "utf-8", nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return nil, "", fmt.Errorf("extract: transcoding from %s: %w", name, err)
	}
	return out, name, nil
}

func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// looksLatin1 accepts bytes that read as text in windows-1252: no NULs, few
// control characters and mostly ASCII, so that binary files are refused.
func looksLatin1(b []byte) bool {
	ctl, high := 0, 0
	for _, c := range b {
		if c >= 0x80 {
			high++
		}
		switch {
		case c == 0:
			return false
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			ctl++
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			ctl++ // undefined in windows-1252
		}
	}
	return ctl*100 <= len(b) && high*100 <= 30*len(b)
}
