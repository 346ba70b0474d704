package store

import (
	"fmt"
	"math"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chancery/chancery/event"
)

// stampLayout is fixed-width UTC so that timestamps compare as strings.
const stampLayout = "2006-01-02T15:04:05.000000Z"

func formatStamp(t time.Time) string { return t.UTC().Format(stampLayout) }

func parseStamp(s string) time.Time {
	t, err := time.Parse(stampLayout, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Domain is the source domain of an article URL: its host, lower case,
// without a leading "www.". It is "" when there is no URL.
func Domain(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// checkArticle rejects what the record cannot hold.
func checkArticle(a event.Article) error {
	switch {
	case a.ID == "":
		return fmt.Errorf("store: article has no id (origin %q): %w", a.Origin, ErrInvalid)
	case !utf8.ValidString(a.Text):
		return fmt.Errorf("store: article %s: text is not valid UTF-8: %w", a.ID, ErrInvalid)
	case checkDate(a.Published) != nil:
		return fmt.Errorf("store: article %s: published: %v: %w", a.ID, checkDate(a.Published), ErrInvalid)
	}
	return nil
}

// checkMentions validates a's mentions; the error names the article.
func checkMentions(a event.Article, ms []event.Event) error {
	seen := make(map[string]bool, len(ms))
	for i, m := range ms {
		if msg := checkMention(len(a.Text), a.ID, m); msg != "" {
			return fmt.Errorf("store: article %s: mention %d (%q): %s: %w", a.ID, i, m.ID, msg, ErrInvalid)
		}
		if seen[m.ID] {
			return fmt.Errorf("store: article %s: mention %d: id %q repeated: %w", a.ID, i, m.ID, ErrInvalid)
		}
		seen[m.ID] = true
	}
	return nil
}

func checkMention(n int, articleID string, m event.Event) string {
	switch {
	case m.ID == "" || len(m.ID) > 128:
		return "id must be 1–128 bytes"
	case m.Article.ID != "" && m.Article.ID != articleID:
		return fmt.Sprintf("belongs to article %q", m.Article.ID)
	case !isCode(m.Code, 3, 4, "0123456789"):
		return fmt.Sprintf("code %q is not a CAMEO code", m.Code)
	case m.Root != m.Code[:2]:
		return fmt.Sprintf("root %q does not match code %q", m.Root, m.Code)
	case m.Quad < 0 || m.Quad > 4:
		return fmt.Sprintf("quad %d is not 0–4", m.Quad)
	case math.IsNaN(m.Goldstein) || m.Goldstein < -10 || m.Goldstein > 10:
		return fmt.Sprintf("goldstein %v is not in [-10, 10]", m.Goldstein)
	case math.IsNaN(m.Confidence) || m.Confidence < 0 || m.Confidence > 1:
		return fmt.Sprintf("confidence %v is not in [0, 1]", m.Confidence)
	case m.Modality != event.Asserted && m.Modality != event.Negated && m.Modality != event.Hypothetical:
		return fmt.Sprintf("modality %q is not asserted, negated or hypothetical", m.Modality)
	case m.DateBasis != "" && m.DateBasis != "text" && m.DateBasis != "published":
		return fmt.Sprintf("date_basis %q is not text or published", m.DateBasis)
	case m.Source.Code == "" && m.Target.Code == "":
		return "no source or target actor"
	case !isCode(m.Source.Code, 0, 32, actorChars) || !isCode(m.Target.Code, 0, 32, actorChars):
		return fmt.Sprintf("actor code %q or %q is not upper-case letters and digits", m.Source.Code, m.Target.Code)
	}
	if err := checkDate(m.Date); err != nil {
		return err.Error()
	}
	spans := []struct {
		name string
		s    event.Span
	}{{"sentence", m.Sentence.Span}, {"trigger", m.Trigger.Span}, {"source", m.Source.Span}, {"target", m.Target.Span}}
	if m.ModalityCue != nil {
		spans = append(spans, struct {
			name string
			s    event.Span
		}{"modality cue", m.ModalityCue.Span})
	}
	for _, sp := range spans {
		if sp.s.Start() < 0 || sp.s.Start() > sp.s.End() || sp.s.End() > n {
			return fmt.Sprintf("%s span %v is outside the text (%d bytes)", sp.name, sp.s, n)
		}
	}
	return ""
}

const actorChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func isCode(s string, min, max int, chars string) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune(chars, r) {
			return false
		}
	}
	return true
}
