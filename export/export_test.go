package export

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

func TestSplitActor(t *testing.T) {
	tests := []struct {
		code string
		want gdeltActor
	}{
		{"RUS", gdeltActor{Code: "RUS", Country: "RUS"}},
		{"afggov", gdeltActor{Code: "AFGGOV", Country: "AFG", Type: [3]string{"GOV"}}},
		{"IGOUNO", gdeltActor{Code: "IGOUNO", KnownGroup: "UNO", Type: [3]string{"IGO"}}},
		{"NGOAMN", gdeltActor{Code: "NGOAMN", KnownGroup: "AMN", Type: [3]string{"NGO"}}},
		{"USAGOVMIL", gdeltActor{Code: "USAGOVMIL", Country: "USA", Type: [3]string{"GOV", "MIL"}}},
		{"IRQOPPMOSEDU", gdeltActor{Code: "IRQOPPMOSEDU", Country: "IRQ", Religion: [2]string{"MOS"}, Type: [3]string{"OPP", "EDU"}}},
		{"GOV", gdeltActor{Code: "GOV", Type: [3]string{"GOV"}}},
		{"", gdeltActor{}},
		{"PSEHMS", gdeltActor{Code: "PSEHMS", Country: "PSE", KnownGroup: "HMS"}},
	}
	for _, tt := range tests {
		if got := splitActor(tt.code); got != tt.want {
			t.Errorf("splitActor(%q) = %+v, want %+v", tt.code, got, tt.want)
		}
	}
}

func TestEventRowColumns(t *testing.T) {
	for _, e := range fixture() {
		row := eventRow(e)
		if len(row) != len(EventColumns)+len(EventExtraColumns) || len(EventColumns) != 61 {
			t.Fatalf("row has %d fields, want 61 + %d", len(row), len(EventExtraColumns))
		}
		col := func(name string) string { return row[slices.Index(EventColumns, name)] }
		if e.ID == "1002" && (col("EventCode") != "081" || col("Day") != "20250401" || col("FractionDate") != "2025.3315" ||
			row[61] != "0819" || row[62] != "month") {
			t.Errorf("extension event row = %q", row)
		}
		if e.ID == "1001" && (col("NumMentions") != "2" || col("NumSources") != "2" || col("NumArticles") != "2" ||
			col("SOURCEURL") != "https://www.example-news.org/world/1" || col("IsRootEvent") != "1") {
			t.Errorf("two-mention event row = %q", row)
		}
	}
	mrow := mentionRow("1", "", fixtureMentions()[0])
	if len(MentionColumns) != 16 || len(mrow) != 16+len(MentionExtraColumns) {
		t.Errorf("mention row has %d fields", len(mrow))
	}
}

func TestGroup(t *testing.T) {
	ms := fixtureMentions()
	ms = append(ms, event.Event{ID: "lonely"})
	got := Group(slices.Values(ms))
	var ids []string
	for _, e := range got {
		ids = append(ids, e.ID+":"+strings.Repeat("m", len(e.Mentions)))
	}
	if want := []string{"1001:mm", "1002:m", "1003:m", "lonely:m"}; !slices.Equal(ids, want) {
		t.Errorf("Group = %v, want %v", ids, want)
	}
}

func TestBestDate(t *testing.T) {
	e := Event{Mentions: []event.Event{{Date: "2025-07"}, {Date: "bad"}, {Date: "2025-07-04"}, {Date: "2025-07-03"}}}
	if got := e.Date().String(); got != "2025-07-03" {
		t.Errorf("Date = %s, want 2025-07-03", got)
	}
}

func TestEmptyOutputs(t *testing.T) {
	var b bytes.Buffer
	w := NewGDELTEventWriter(&b, Options{Header: true})
	if err := w.Write(Event{ID: "x"}); err == nil {
		t.Error("an event without mentions was written")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(b.String(), "\n"); got != 1 || !strings.HasPrefix(b.String(), "GlobalEventID\tDay\t") {
		t.Errorf("empty table with header = %q", b.String())
	}
	b.Reset()
	if err := NewGDELTEventWriter(&b, Options{}).Flush(); err != nil || b.Len() != 0 {
		t.Errorf("empty table without header = %q, %v", b.String(), err)
	}
	b.Reset()
	if err := NewCSVWriter(&b).Flush(); err != nil || b.String() != strings.Join(CSVColumns, ",")+"\n" {
		t.Errorf("empty csv = %q, %v", b.String(), err)
	}
}

func TestReferring(t *testing.T) {
	for text, want := range map[string]bool{"he": true, "It": true, "the ministry": true, "the Taliban": false, "Russia": false, "the UN": false} {
		if referring(text) != want {
			t.Errorf("referring(%q) = %v", text, !want)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, bytes.ErrTooLarge }

func TestWriteErrors(t *testing.T) {
	for name, f := range map[string]func() error{
		"gdelt": func() error {
			w := NewGDELTEventWriter(failWriter{}, Options{})
			w.Write(fixture()[0])
			return w.Flush()
		},
		"plover": func() error {
			w := NewPloverWriter(failWriter{})
			w.Write(fixture()[0])
			return w.Flush()
		},
		"csv": func() error {
			w := NewCSVWriter(failWriter{})
			w.Write(fixtureMentions()[0])
			return w.Flush()
		},
	} {
		if err := f(); err == nil || !strings.HasPrefix(err.Error(), "export: ") {
			t.Errorf("%s: error = %v, want an export: error", name, err)
		}
	}
}
