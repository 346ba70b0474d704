package export

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/chancery/chancery/event"
)

// MentionColumns are GDELT 2.0's 16 mentions-table columns, in order.
var MentionColumns = []string{
	"GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// MentionExtraColumns are chancery's columns after GDELT's 16.
var MentionExtraColumns = []string{
	"MentionID",    // the mention's id
	"ChanceryCode", // the chancery event code of the mention
	"ChanceryDate", // the mention's date as recorded
	"Modality",     // asserted, negated or hypothetical
	"Trigger",      // the words that carry the event
	"Sentence",     // the evidence sentence
}

// GDELTMentionWriter writes the GDELT 2.0 mentions table, one row per
// mention.
type GDELTMentionWriter struct{ t *tsv }

// NewGDELTMentionWriter writes mentions to w; call Flush at the end.
func NewGDELTMentionWriter(w io.Writer, o Options) *GDELTMentionWriter {
	return &GDELTMentionWriter{newTSV(w, append(append([]string(nil), MentionColumns...), MentionExtraColumns...), o)}
}

// Write writes a row for each of the event's mentions.
func (g *GDELTMentionWriter) Write(e Event) error {
	if len(e.Mentions) == 0 {
		return fmt.Errorf("export: event %q: no mentions", e.ID)
	}
	added := ""
	if !e.Added.IsZero() {
		added = e.Added.UTC().Format("20060102150405")
	}
	for _, m := range e.Mentions {
		if err := g.t.row(mentionRow(e.ID, added, m)); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes any buffered rows (and the header of an empty table).
func (g *GDELTMentionWriter) Flush() error { return g.t.flush() }

// mentionRow fills the 16 GDELT columns and the extras. Rules:
// EventTimeDate is the event's DATEADDED; MentionTimeDate is the article's
// published day at 000000 (chancery keeps no publication time);
// MentionType is 1 (WEB) with a URL, else 2 (CITATIONONLY) with the article
// id as identifier; SentenceID is 1-based; the three offsets are UTF-8 byte
// offsets into the extracted article text (GDELT counts characters), -1
// when unknown; InRawText is 0 when an actor was found by resolving a
// pronoun or role noun; Confidence is the coder's confidence as a
// percentage; document length, tone and translation are not measured
// (empty, 0, empty).
func mentionRow(eventID, added string, m event.Event) []string {
	mtype, ident := "1", m.Article.URL
	if !strings.HasPrefix(ident, "http://") && !strings.HasPrefix(ident, "https://") {
		mtype, ident = "2", m.Article.ID
	}
	published := ""
	if len(m.Article.Published) == 10 {
		published = strings.ReplaceAll(m.Article.Published, "-", "") + "000000"
	}
	raw := "1"
	if referring(m.Source.Text) || referring(m.Target.Text) {
		raw = "0"
	}
	conf := int(math.Round(math.Max(0, math.Min(1, m.Confidence)) * 100))
	return []string{eventID, added, published, mtype, host(m.Article.URL), ident,
		strconv.Itoa(m.Sentence.Index + 1), offset(m.Source.Span), offset(m.Target.Span), offset(m.Trigger.Span),
		raw, strconv.Itoa(conf), "", "0", "", "",
		m.ID, m.Code, m.Date, string(m.Modality), m.Trigger.Text, m.Sentence.Text}
}

func offset(s event.Span) string {
	if s.Len() <= 0 {
		return "-1"
	}
	return strconv.Itoa(s.Start())
}

// referring reports whether actor text is a pronoun or a role noun that
// refers back ("he", "the ministry") rather than a name.
func referring(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	switch t {
	case "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i":
		return true
	}
	return strings.HasPrefix(t, "the ") && strings.TrimSpace(text) == t
}
