package extract

import (
	"strings"
	"unicode"

	"github.com/chancery/chancery/event"
)

// assemble joins paragraphs with blank lines and records their spans.
func assemble(a *event.Article, paras []string) {
	var sb strings.Builder
	a.Paragraphs = a.Paragraphs[:0]
	for i, p := range paras {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		sb.WriteString(p)
		a.Paragraphs = append(a.Paragraphs, event.Span{start, sb.Len()})
	}
	a.Text = sb.String()
	if len(a.Paragraphs) == 0 {
		a.Paragraphs = nil
	}
}

// cleanLine collapses runs of spaces and tabs, turns no-break and other
// Unicode spaces into plain ones, and drops control characters, so that
// spans count bytes of plain text.
func cleanLine(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\uFEFF' || r == '\u200B' || r == '\u00AD' || r == '\u200E' || r == '\u200F':
			continue // BOMs, zero-width spaces, soft hyphens, direction marks
		case unicode.IsSpace(r):
			space = true
			continue
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}
