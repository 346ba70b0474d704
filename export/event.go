// Package export writes the record in the formats analysts load: the GDELT
// 2.0 event and mentions tables (tab-separated, GDELT's columns in GDELT's
// order, chancery's own columns appended), PLOVER JSONL, and a CSV of the
// mention record. Writers stream one row per record to an io.Writer; code
// columns are written as text so leading zeros survive ("054").
package export

import (
	"iter"
	"net/url"
	"strings"
	"time"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/record"
)

// Event is one happening with the mentions that report it, as the store
// merges them.
type Event struct {
	// ID is the event id (GDELT's GlobalEventID column).
	ID string
	// Mentions holds at least one mention; the first is the first report
	// seen, whose URL is GDELT's SOURCEURL.
	Mentions []event.Event
	// Added is when the event was first stored (DATEADDED); zero leaves the
	// column empty.
	Added time.Time
}

// Group merges mentions into events by EventID (a mention without one is
// its own event), in the order events are first seen.
func Group(mentions iter.Seq[event.Event]) []Event {
	idx := map[string]int{}
	var out []Event
	for m := range mentions {
		id := m.EventID
		if id == "" {
			id = m.ID
		}
		i, ok := idx[id]
		if !ok {
			i = len(out)
			idx[id] = i
			out = append(out, Event{ID: id})
		}
		out[i].Mentions = append(out[i].Mentions, m)
	}
	return out
}

// first is the event's first report, or the zero mention.
func (e Event) first() event.Event {
	if len(e.Mentions) == 0 {
		return event.Event{}
	}
	return e.Mentions[0]
}

// Date is the event's date: the most precise date its mentions give, the
// earliest among equals.
func (e Event) Date() record.Date {
	var best record.Date
	for _, m := range e.Mentions {
		d, err := record.ParseDate(m.Date)
		if err != nil {
			continue
		}
		if best.IsZero() || d.Precision > best.Precision ||
			(d.Precision == best.Precision && d.First().Before(best.First())) {
			best = d
		}
	}
	return best
}

// NumArticles counts the distinct articles among the mentions.
func (e Event) NumArticles() int {
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		seen[articleKey(m)] = true
	}
	return len(seen)
}

// NumSources counts the distinct sources (web sites by host name; an
// article without a URL is its own source).
func (e Event) NumSources() int {
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		if h := host(m.Article.URL); h != "" {
			seen["h:"+h] = true
		} else {
			seen["a:"+articleKey(m)] = true
		}
	}
	return len(seen)
}

func articleKey(m event.Event) string {
	if m.Article.ID != "" {
		return m.Article.ID
	}
	return m.Article.URL
}

// host is a URL's host name without "www.", or "".
func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// cameo is the nearest CAMEO code of a mention: its CAMEO field, or the
// code table's mapping for records written before that field existed.
func cameo(m event.Event) string {
	if m.CAMEO != "" {
		return m.CAMEO
	}
	if c, ok := event.Lookup(m.Code); ok {
		return c.CAMEO
	}
	return m.Code
}

// clean makes a value safe for a tab-separated field.
var clean = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ").Replace
