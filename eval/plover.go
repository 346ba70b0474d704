package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type ploverActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

type ploverRecord struct {
	ID       string          `json:"id"`
	Date     string          `json:"date"`
	Event    string          `json:"event"`
	Text     string          `json:"text"`
	Source   json.RawMessage `json:"source"`
	Target   json.RawMessage `json:"target"`
	Comment  string          `json:"comment"`
	TextInfo json.RawMessage `json:"textInfo"` // {"markup": …}, sometimes a bare string
}

// ploverTypes maps the GSR's PLOVER 0.5 types to the types chancery's
// CAMEO table carries (PLOVER 2021).
var ploverTypes = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// ploverRoots gives the CAMEO root of a GSR (0.5) type where it is clear:
// the GSR sentences come from the CAMEO manual's section of that root.
// ASSAULT and FIGHT share 18–20 and get none.
var ploverRoots = map[string]string{
	"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
	"RETREAT": "08", "INVESTIGATE": "09", "DEMAND": "10", "DISAPPROVE": "11", "REJECT": "12",
	"THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
}

// ploverCountries fixes the GSR's few non-ISO country codes.
var ploverCountries = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

// ReadPlover reads the PLOVER gold standard records (a JSON array; the
// DOCUMENT record is dropped). Events are scored on PLOVER type and the
// actors' countries; see MAPPINGS.md.
func ReadPlover(r io.Reader, name string) ([]Record, error) {
	var in []ploverRecord
	if err := json.NewDecoder(r).Decode(&in); err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", name, err)
	}
	var out []Record
	for i, p := range in {
		if p.Event == "DOCUMENT" || p.Event == "" {
			continue
		}
		src, err := ploverActors(p.Source)
		if err != nil {
			return nil, fmt.Errorf("eval: reading %s: record %s: source: %w", name, p.ID, err)
		}
		tgt, err := ploverActors(p.Target)
		if err != nil {
			return nil, fmt.Errorf("eval: reading %s: record %s: target: %w", name, p.ID, err)
		}
		typ := p.Event
		if t, ok := ploverTypes[typ]; ok {
			typ = t
		}
		rec := Record{ID: p.ID, Published: p.Date, Text: squash(p.Text), Note: p.Comment, Category: p.Event,
			Suite: SuitePlover, File: name, Line: i + 1}
		reciprocal := strings.Contains(string(p.TextInfo), "SRC/TAR")
		for _, d := range ploverDyads(src, tgt, reciprocal) {
			rec.Events = append(rec.Events, GoldEvent{Source: d[0], Target: d[1], Plover: typ, Root: ploverRoots[p.Event]})
		}
		out = append(out, rec)
	}
	return out, nil
}

// ploverActors reads an actor list; null, "" and [] are no actors.
func ploverActors(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" || raw[0] == '"' {
		return nil, nil
	}
	var as []ploverActor
	if err := json.Unmarshal(raw, &as); err != nil {
		return nil, err
	}
	var out []string
	for _, a := range as {
		c := strings.ToUpper(strings.TrimSpace(a.Code))
		if m, ok := ploverCountries[c]; ok {
			c = m
		}
		out = append(out, c)
	}
	return out, nil
}

// ploverDyads pairs sources with targets (one event per pair, as
// CONVENTIONS.md §1 says for conjunctions). Reciprocal sources with no
// target pair with each other; a missing side is a wildcard.
func ploverDyads(src, tgt []string, reciprocal bool) [][2]string {
	self := len(tgt) == 0 && reciprocal && len(src) > 1
	if self {
		tgt = src
	}
	if len(src) == 0 {
		src = []string{""}
	}
	if len(tgt) == 0 {
		tgt = []string{""}
	}
	seen := map[[2]string]bool{}
	var out [][2]string
	for i, s := range src {
		for j, t := range tgt {
			d := [2]string{s, t}
			if (self && i == j) || seen[d] {
				continue
			}
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}
