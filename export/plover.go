package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/chancery/chancery/event"
)

// PloverActor is an actor in PLOVER's shape: the words, the state (or
// international class) code and the sector (role); chancery adds the
// canonical name and the full CAMEO actor code.
type PloverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector,omitempty"`
	Name      string `json:"name,omitempty"`
	CAMEO     string `json:"cameoCode"`
}

// PloverRecord is one event in PLOVER's JSON field names (id, date,
// source, target, event, mode, context, eventText, text, publication),
// followed by chancery's fields.
type PloverRecord struct {
	ID     string        `json:"id"`
	Date   string        `json:"date"` // YYYY-MM-DD: a partial date's first day, as in the GDELT export
	Source []PloverActor `json:"source"`
	Target []PloverActor `json:"target,omitempty"`
	Event  string        `json:"event"`
	Mode   string        `json:"mode"`
	// Context is PLOVER's "why" field; chancery does not code it yet.
	Context     string `json:"context"`
	EventText   string `json:"eventText"`
	Text        string `json:"text"`
	Publication string `json:"publication,omitempty"`
	URL         string `json:"url,omitempty"`
	Coder       string `json:"coder"`

	DatePrecision string   `json:"datePrecision"`
	ChanceryDate  string   `json:"chanceryDate"`
	CAMEO         string   `json:"cameo"`
	ChanceryCode  string   `json:"chanceryCode"`
	Goldstein     float64  `json:"goldstein"`
	Quad          int      `json:"quad"`
	Modality      string   `json:"modality"`
	NumMentions   int      `json:"numMentions"`
	NumArticles   int      `json:"numArticles"`
	MentionIDs    []string `json:"mentionIds"`
}

// PloverWriter writes PLOVER JSONL, one object per event.
type PloverWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewPloverWriter writes records to w; call Flush at the end.
func NewPloverWriter(w io.Writer) *PloverWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &PloverWriter{w: bw, enc: enc}
}

// Write writes one event.
func (p *PloverWriter) Write(e Event) error {
	if len(e.Mentions) == 0 {
		return fmt.Errorf("export: event %q: no mentions", e.ID)
	}
	if err := p.enc.Encode(Plover(e)); err != nil {
		return fmt.Errorf("export: write plover record %q: %w", e.ID, err)
	}
	return nil
}

// Flush writes any buffered records.
func (p *PloverWriter) Flush() error {
	if err := p.w.Flush(); err != nil {
		return fmt.Errorf("export: flush: %w", err)
	}
	return nil
}

// Plover is the PLOVER record of an event, from its first report.
func Plover(e Event) PloverRecord {
	m := e.first()
	d := e.Date()
	r := PloverRecord{
		ID: e.ID, Source: []PloverActor{ploverActor(m.Source)}, Event: m.Plover.Type, Mode: m.Plover.Mode,
		EventText: m.Trigger.Text, Text: m.Sentence.Text, Publication: host(m.Article.URL), URL: m.Article.URL,
		Coder: "chancery " + m.Coder.Version, DatePrecision: d.Precision.String(), ChanceryDate: d.String(),
		CAMEO: cameo(m), ChanceryCode: m.Code, Goldstein: m.Goldstein, Quad: m.Quad, Modality: string(m.Modality),
		NumMentions: len(e.Mentions), NumArticles: e.NumArticles(),
	}
	if !d.IsZero() {
		r.Date = d.First().Format("2006-01-02")
	}
	if m.Target.Code != "" {
		r.Target = []PloverActor{ploverActor(m.Target)}
	}
	for _, x := range e.Mentions {
		r.MentionIDs = append(r.MentionIDs, x.ID)
	}
	return r
}

func ploverActor(a event.Actor) PloverActor {
	g := splitActor(a.Code)
	code := g.Country
	if code == "" { // an international actor: PLOVER's code is its class (IGO)
		code = g.Type[0]
	}
	sector := g.Type[0]
	if g.Country == "" {
		sector = "" // IGOUNO: the class is the code, the organisation is in cameoCode
	}
	return PloverActor{ActorText: a.Text, Code: code, Sector: sector, Name: a.Name, CAMEO: g.Code}
}
