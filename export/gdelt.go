package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/chancery/chancery/event"
)

// EventColumns are GDELT 2.0's 61 event-table columns, in order.
var EventColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// EventExtraColumns are chancery's columns after GDELT's 61, taken from
// the event's first report unless said otherwise.
var EventExtraColumns = []string{
	"ChanceryCode",  // the chancery code: differs from EventCode for extensions (1729 → 172)
	"DatePrecision", // day, month or year: Day holds the first day of a partial date
	"ChanceryDate",  // the date as recorded: YYYY-MM-DD, YYYY-MM or YYYY
	"DateBasis",     // text or published
	"PloverType",    // PLOVER event type
	"PloverMode",    // PLOVER mode, when one applies
	"Modality",      // asserted, negated or hypothetical
	"Trigger",       // the words that carry the event
	"Sentence",      // the evidence sentence (tabs and newlines become spaces)
	"ArticleID",     // the article's id in the store
	"MentionID",     // the first report's mention id
}

// Options control the tab-separated writers.
type Options struct {
	// Header writes the column names first. GDELT's own files have none;
	// readers that expect them need it off.
	Header bool
}

// tsv writes rows of fields separated by tabs.
type tsv struct {
	w      *bufio.Writer
	header []string
	begun  bool
}

func newTSV(w io.Writer, header []string, o Options) *tsv {
	t := &tsv{w: bufio.NewWriter(w)}
	if o.Header {
		t.header = header
	}
	return t
}

func (t *tsv) row(fields []string) error {
	if err := t.begin(); err != nil {
		return err
	}
	return t.write(fields)
}

// begin writes the header once, before the first row.
func (t *tsv) begin() error {
	if t.begun {
		return nil
	}
	t.begun = true
	if t.header == nil {
		return nil
	}
	return t.write(t.header)
}

func (t *tsv) write(fields []string) error {
	for i, f := range fields {
		if i > 0 {
			t.w.WriteByte('\t')
		}
		t.w.WriteString(clean(f))
	}
	if err := t.w.WriteByte('\n'); err != nil {
		return fmt.Errorf("export: write row: %w", err)
	}
	return nil
}

func (t *tsv) flush() error {
	if err := t.begin(); err != nil {
		return err
	}
	if err := t.w.Flush(); err != nil {
		return fmt.Errorf("export: flush: %w", err)
	}
	return nil
}

// GDELTEventWriter writes the GDELT 2.0 event table, one row per event.
type GDELTEventWriter struct{ t *tsv }

// NewGDELTEventWriter writes events to w; call Flush at the end.
func NewGDELTEventWriter(w io.Writer, o Options) *GDELTEventWriter {
	return &GDELTEventWriter{newTSV(w, append(append([]string(nil), EventColumns...), EventExtraColumns...), o)}
}

// Write writes one event's row. An event without mentions is an error.
func (g *GDELTEventWriter) Write(e Event) error {
	if len(e.Mentions) == 0 {
		return fmt.Errorf("export: event %q: no mentions", e.ID)
	}
	return g.t.row(eventRow(e))
}

// Flush writes any buffered rows (and the header of an empty table).
func (g *GDELTEventWriter) Flush() error { return g.t.flush() }

// eventRow fills the 61 GDELT columns and the extras. Rules: Day is the
// first day of a partial date (DatePrecision says which); FractionDate is
// GDELT's Year + (Month*30 + Day)/365; codes are the nearest CAMEO code;
// GoldsteinScale is that code's value; IsRootEvent is 1 when a mention is
// in its article's first three sentences (GDELT: the lead paragraph);
// AvgTone is 0 because chancery measures no tone; geography is not coded,
// so each _Type is 0 (GDELT's "no location") and the rest empty.
func eventRow(e Event) []string {
	m := e.first()
	row := make([]string, 0, len(EventColumns)+len(EventExtraColumns))
	d := e.Date()
	if d.IsZero() {
		row = append(row, e.ID, "", "", "", "")
	} else {
		f := d.First()
		frac := float64(f.Year()) + float64(int(f.Month())*30+f.Day())/365
		row = append(row, e.ID, f.Format("20060102"), f.Format("200601"), f.Format("2006"),
			strconv.FormatFloat(frac, 'f', 4, 64))
	}
	row = append(row, splitActor(m.Source.Code).fields(m.Source.Name)...)
	row = append(row, splitActor(m.Target.Code).fields(m.Target.Name)...)
	c := cameo(m)
	base, root := c, c
	if len(c) > 3 {
		base = c[:3]
	}
	if len(c) > 2 {
		root = c[:2]
	}
	gold := m.Goldstein
	if ref, ok := event.Lookup(c); ok {
		gold = ref.Goldstein
	}
	row = append(row, isRoot(e), c, base, root, strconv.Itoa(event.QuadClass(root)),
		strconv.FormatFloat(gold, 'f', -1, 64), strconv.Itoa(len(e.Mentions)), strconv.Itoa(e.NumSources()),
		strconv.Itoa(e.NumArticles()), "0")
	for range 3 {
		row = append(row, "0", "", "", "", "", "", "", "")
	}
	added := ""
	if !e.Added.IsZero() {
		added = e.Added.UTC().Format("20060102150405")
	}
	row = append(row, added, m.Article.URL)
	return append(row, m.Code, d.Precision.String(), d.String(), m.DateBasis, m.Plover.Type, m.Plover.Mode,
		string(m.Modality), m.Trigger.Text, m.Sentence.Text, m.Article.ID, m.ID)
}

func isRoot(e Event) string {
	for _, m := range e.Mentions {
		if m.Sentence.Index < 3 {
			return "1"
		}
	}
	return "0"
}
