package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/record"
)

// CSVColumns are the mention record's columns in the CSV export; nested
// fields are flattened with an underscore (source_code).
var CSVColumns = []string{
	"id", "event_id", "date", "date_precision", "date_basis",
	"source_code", "source_country", "source_name", "source_text",
	"target_code", "target_country", "target_name", "target_text",
	"code", "cameo", "root", "quad", "goldstein", "plover_type", "plover_mode",
	"modality", "modality_cue", "trigger", "trigger_start", "trigger_end",
	"sentence_index", "sentence", "article_id", "url", "title", "published",
	"rule", "coder_version", "dictionaries", "confidence",
}

// CSVWriter writes the mention record as RFC 4180 CSV with a header.
type CSVWriter struct {
	w     *csv.Writer
	begun bool
}

// NewCSVWriter writes mentions to w; call Flush at the end.
func NewCSVWriter(w io.Writer) *CSVWriter { return &CSVWriter{w: csv.NewWriter(w)} }

func (c *CSVWriter) begin() error {
	if c.begun {
		return nil
	}
	c.begun = true
	if err := c.w.Write(CSVColumns); err != nil {
		return fmt.Errorf("export: write csv header: %w", err)
	}
	return nil
}

// Write writes one mention.
func (c *CSVWriter) Write(m event.Event) error {
	if err := c.begin(); err != nil {
		return err
	}
	precision := ""
	if d, err := record.ParseDate(m.Date); err == nil {
		precision = d.Precision.String()
	}
	cue := ""
	if m.ModalityCue != nil {
		cue = m.ModalityCue.Text
	}
	row := []string{m.ID, m.EventID, m.Date, precision, m.DateBasis,
		m.Source.Code, m.Source.Country, m.Source.Name, m.Source.Text,
		m.Target.Code, m.Target.Country, m.Target.Name, m.Target.Text,
		m.Code, cameo(m), m.Root, strconv.Itoa(m.Quad), strconv.FormatFloat(m.Goldstein, 'f', -1, 64),
		m.Plover.Type, m.Plover.Mode, string(m.Modality), cue, m.Trigger.Text,
		strconv.Itoa(m.Trigger.Span.Start()), strconv.Itoa(m.Trigger.Span.End()),
		strconv.Itoa(m.Sentence.Index), m.Sentence.Text, m.Article.ID, m.Article.URL, m.Article.Title,
		m.Article.Published, m.Rule, m.Coder.Version, m.Coder.Dictionaries,
		strconv.FormatFloat(m.Confidence, 'f', -1, 64)}
	if err := c.w.Write(row); err != nil {
		return fmt.Errorf("export: write csv row %q: %w", m.ID, err)
	}
	return nil
}

// Flush writes any buffered rows (and the header of an empty file).
func (c *CSVWriter) Flush() error {
	if err := c.begin(); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("export: flush csv: %w", err)
	}
	return nil
}
