// Package source reads chancery's inputs: it detects each input's format
// from its content (never from its name), undoes gzip, and streams the
// articles it holds to a callback, reporting bad records without stopping.
package source

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// Format is the kind of content an input holds.
type Format int

// The formats Detect knows.
const (
	Unknown Format = iota // binary or unsupported content (XML that is not a feed too)
	Text                  // pasted plain text: one article
	HTML                  // a web page: one article
	JSONL                 // one JSON article object per line
	Feed                  // an RSS or Atom feed: one article per item
	WARC                  // a web archive: one article per HTML response
)

func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case HTML:
		return "html"
	case JSONL:
		return "jsonl"
	case Feed:
		return "feed"
	case WARC:
		return "warc"
	}
	return "unknown"
}

// htmlMarkers are tags that only an HTML page starts with or holds early.
var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta "), []byte("<title>"), []byte("<div"), []byte("<p>"), []byte("<article"),
}

// Detect names the format of an input from its first bytes (a few KiB are
// plenty). It expects decompressed content.
func Detect(head []byte) Format {
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	if bytes.HasPrefix(head, []byte("WARC/1.")) || bytes.HasPrefix(head, []byte("WARC/0.")) {
		return WARC // before the NUL test: records hold binary payloads
	}
	if len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		head = utf16Head(head)
	} else if bytes.IndexByte(head, 0) >= 0 {
		return Unknown
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) == 0 {
		return Unknown
	}
	if trimmed[0] == '{' {
		return JSONL
	}
	lower := bytes.ToLower(head)
	if trimmed[0] == '<' {
		// Before the HTML markers: a feed's CDATA is full of <p> and <div>.
		root := xmlRoot(trimmed)
		switch root {
		case "rss", "feed", "rdf:rdf":
			return Feed
		case "", "html":
		default:
			if bytes.HasPrefix(trimmed, []byte("<?xml")) {
				return Unknown // XML that is not a feed, even with a <title>
			}
		}
		for _, m := range htmlMarkers {
			if bytes.Contains(lower, m) {
				return HTML
			}
		}
		if bytes.HasPrefix(trimmed, []byte("<?xml")) || bytes.HasPrefix(trimmed, []byte("<rss")) {
			return Unknown // XML that is not a feed
		}
		return HTML
	}
	if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html")) {
		return HTML
	}
	if !textual(head) {
		return Unknown
	}
	return Text
}

// xmlRoot returns the lower-cased name of the first element, skipping the
// XML declaration, processing instructions, comments and a doctype; "" when
// the head does not reach it.
func xmlRoot(b []byte) string {
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		var end []byte
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(b, []byte("<!")):
			end = []byte(">")
			if i, j := bytes.IndexByte(b, '['), bytes.IndexByte(b, '>'); i >= 0 && i < j {
				end = []byte("]") // a doctype's internal subset holds '>'s
				if k := bytes.Index(b, end); k >= 0 {
					b = b[k:]
					end = []byte(">")
				}
			}
		case bytes.HasPrefix(b, []byte("<")):
			n := bytes.IndexAny(b[1:], " \t\r\n/>")
			if n < 0 {
				return ""
			}
			return string(bytes.ToLower(b[1 : 1+n]))
		default:
			return ""
		}
		i := bytes.Index(b, end)
		if i < 0 {
			return ""
		}
		b = b[i+len(end):]
	}
}

// textual reports whether head reads as text: valid UTF-8 (allowing a rune
// cut at the end) or mostly-ASCII single-byte text, with few control bytes.
func textual(head []byte) bool {
	ctl, high := 0, 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
		if c >= 0x80 {
			high++
		}
	}
	if ctl*100 > len(head) {
		return false
	}
	cut := head
	for i := 0; i < 3 && len(cut) > 0 && !utf8.Valid(cut); i++ {
		cut = cut[:len(cut)-1]
	}
	return utf8.Valid(cut) || high*100 <= 30*len(head)
}

// utf16Head decodes a UTF-16 head (with BOM) to UTF-8 for sniffing.
func utf16Head(b []byte) []byte {
	big := b[0] == 0xFE
	b = b[2:]
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if big {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return []byte(string(utf16.Decode(u)))
}
