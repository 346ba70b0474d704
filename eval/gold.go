// Package eval scores the coder against gold records: chancery's own JSONL
// and the peer suites (PETRARCH unit tests, TABARI validation, PLOVER GSR),
// each mapped to CONVENTIONS.md by its reader (see MAPPINGS.md).
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chancery/chancery/event"
)

// Suite names say which reader produced a record.
const (
	SuiteChancery = "chancery"
	SuitePetrarch = "petrarch"
	SuiteTabari   = "tabari"
	SuitePlover   = "plover"
)

// Record is one gold record: a text and every event a careful coder
// following CONVENTIONS.md assigns to it. The JSON fields are chancery's
// gold schema (notes/sentence-schema.md).
type Record struct {
	ID         string      `json:"id"`
	Phenomenon string      `json:"phenomenon,omitempty"`
	Published  string      `json:"published,omitempty"`
	Text       string      `json:"text"`
	Events     []GoldEvent `json:"events"`
	Not        []GoldEvent `json:"not,omitempty"`
	Note       string      `json:"note,omitempty"`
	// Skip marks a record that is read but not scored (PETRARCH
	// sentence="false", TABARI option records, deactivated expectations).
	Skip bool `json:"skip,omitempty"`
	// Category groups records in the report: the phenomenon, PETRARCH's
	// category attribute, the TABARI id prefix or the PLOVER type.
	Category string `json:"-"`
	Suite    string `json:"-"`
	File     string `json:"-"`
	Line     int    `json:"-"`
}

// GoldEvent is an expected (or, in Not, forbidden) event. An empty Source
// or Target matches any actor; "---ROLE" matches any country with ROLE.
type GoldEvent struct {
	Code     string         `json:"code,omitempty"`
	Source   string         `json:"source"`
	Target   string         `json:"target"`
	Date     string         `json:"date,omitempty"`
	Modality event.Modality `json:"modality,omitempty"`
	// Plover is the PLOVER type where the gold gives no CAMEO code.
	Plover string `json:"plover,omitempty"`
	// Root is the CAMEO root where the gold gives no full code but a root
	// is clear (PLOVER types that map to one root).
	Root string `json:"root,omitempty"`
}

// Asserted reports whether the gold event counts as an event of the record.
func (g GoldEvent) Asserted() bool { return g.Modality == "" || g.Modality == event.Asserted }

func (g GoldEvent) String() string {
	code := g.Code
	if code == "" {
		code = g.Plover
		if g.Root != "" {
			code += "/" + g.Root
		}
	}
	s := fmt.Sprintf("%s %s→%s", code, orAny(g.Source), orAny(g.Target))
	if !g.Asserted() {
		s += " " + string(g.Modality)
	}
	return s
}

func orAny(s string) string {
	if s == "" {
		return "*"
	}
	return s
}

// ReadJSONL reads chancery's gold JSONL: one record per line, blank lines
// skipped. name is used in error messages and Record.File.
func ReadJSONL(r io.Reader, name string) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var rec Record
		if err := json.Unmarshal(line, &rec); err != nil {
			return nil, fmt.Errorf("eval: reading %s:%d: %w", name, n, err)
		}
		rec.Suite, rec.File, rec.Line = SuiteChancery, name, n
		rec.Category = rec.Phenomenon
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", name, err)
	}
	return out, nil
}

// ReadFile reads a gold file in any of the supported formats, detected
// from its content (see Detect).
func ReadFile(path string) ([]Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: reading gold: %w", err)
	}
	return Read(b, path)
}

// Read parses gold data named name in the format Detect finds.
func Read(b []byte, name string) ([]Record, error) {
	base := filepath.Base(name)
	switch f := Detect(b, name); f {
	case SuiteChancery:
		return ReadJSONL(bytes.NewReader(b), base)
	case SuitePetrarch:
		return ReadPetrarch(bytes.NewReader(b), base)
	case SuiteTabari:
		return ReadTabari(bytes.NewReader(b), base)
	case SuitePlover:
		return ReadPlover(bytes.NewReader(b), base)
	default:
		return nil, fmt.Errorf("eval: %s: unknown gold format (want chancery JSONL, PETRARCH XML, TABARI Validate.text or PLOVER GSR JSON)", name)
	}
}

// Detect names the format of gold data from its first non-blank byte:
// '[' is a PLOVER GSR JSON array, '{' chancery JSONL, '<' PETRARCH
// validation XML; otherwise a line "YYMMDD ID" (6 to 9 digits, blanks, an
// id) before any other text marks TABARI records, where '#' comment lines
// may come first. The extension (.jsonl, .json, .xml, .text) only decides
// an empty file. It returns "" when nothing fits.
func Detect(b []byte, name string) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) == 0 {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".jsonl":
			return SuiteChancery
		case ".json":
			return SuitePlover
		case ".xml":
			return SuitePetrarch
		case ".text":
			return SuiteTabari
		}
		return ""
	}
	switch t[0] {
	case '[':
		return SuitePlover
	case '{':
		return SuiteChancery
	case '<':
		return SuitePetrarch
	}
	for _, line := range strings.Split(string(t), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if _, _, ok := tabariHeader(line); ok {
			return SuiteTabari
		}
		return ""
	}
	return ""
}
