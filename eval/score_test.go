package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

// ev makes a coded event the way the coder fills the fields eval reads.
func ev(code, src, tgt string, mod event.Modality) event.Event {
	e := event.Event{Code: code, Source: event.Actor{Code: src}, Target: event.Actor{Code: tgt}, Modality: mod}
	if c, ok := event.Lookup(code); ok {
		e.Plover.Type = c.Plover
	}
	return e
}

const a, n, h = event.Asserted, event.Negated, event.Hypothetical

// want is TP, FP, FN at a level; nil when the level must not apply.
type want *[3]int

func w(tp, fp, fn int) want { return &[3]int{tp, fp, fn} }

func TestScoreRecord(t *testing.T) {
	tests := []struct {
		name                      string
		rec                       Record
		coded                     []event.Event
		exact, root, full, plover want
		right                     bool
		forbidden                 int
	}{
		{
			name: "country levels forgive the role, full does not",
			rec:  Record{Events: []GoldEvent{{Code: "051", Source: "BRA", Target: "CHL"}, {Code: "043", Source: "BRAGOV", Target: "ARG"}}},
			coded: []event.Event{ev("051", "BRAGOV", "CHL", a), ev("043", "BRAGOV", "ARG", a), ev("190", "BRA", "ARG", a),
				ev("054", "BRA", "CHL", n)},
			exact: w(2, 1, 0), root: w(2, 1, 0), full: w(1, 2, 1), plover: w(2, 1, 0),
		},
		{
			name:  "an asserted event the gold negates is a forbidden false alarm",
			rec:   Record{Events: []GoldEvent{{Code: "054", Source: "PER", Target: "BOLGOV", Modality: n}}, Not: []GoldEvent{{Code: "054", Source: "BOL", Target: "PER"}}},
			coded: []event.Event{ev("054", "PER", "BOLGOV", a), ev("054", "BOLGOV", "PER", a)},
			exact: w(0, 2, 0), root: w(0, 2, 0), full: w(0, 2, 0), plover: w(0, 2, 0), forbidden: 2,
		},
		{
			name:  "duplicates count once and non-asserted coded events not at all",
			rec:   Record{Events: []GoldEvent{{Code: "042", Source: "AAA", Target: "BBB"}}},
			coded: []event.Event{ev("042", "AAA", "BBB", a), ev("042", "AAA", "BBB", a), ev("042", "BBB", "AAA", h)},
			exact: w(1, 0, 0), root: w(1, 0, 0), full: w(1, 0, 0), plover: w(1, 0, 0), right: true,
		},
		{
			name:  "an extra event makes the record wrong",
			rec:   Record{Events: []GoldEvent{{Code: "042", Source: "AAA", Target: "BBB"}}},
			coded: []event.Event{ev("042", "AAA", "BBB", a), ev("051", "AAA", "BBB", a)},
			exact: w(1, 1, 0), root: w(1, 1, 0), full: w(1, 1, 0), plover: w(1, 1, 0),
		},
		{
			name:  "no events expected, none coded",
			rec:   Record{Events: []GoldEvent{}},
			exact: w(0, 0, 0), root: w(0, 0, 0), full: w(0, 0, 0), plover: w(0, 0, 0), right: true,
		},
		{
			name:  "PLOVER gold: type and root only, missing target is a wildcard",
			rec:   Record{Events: []GoldEvent{{Plover: "REQUEST", Root: "10", Source: "JPN"}}},
			coded: []event.Event{ev("1041", "JPNGOV", "AAA", a)},
			root:  w(1, 0, 0), plover: w(1, 0, 0), right: true,
		},
		{
			name:  "unknown-country agent matches any country, and its role at full",
			rec:   Record{Events: []GoldEvent{{Code: "036", Source: "---GOV", Target: "BBB"}}},
			coded: []event.Event{ev("036", "AAAMIL", "BBB", a)},
			exact: w(1, 0, 0), root: w(1, 0, 0), full: w(0, 1, 1), plover: w(1, 0, 0),
		},
		{
			name:  "root 01 has no PLOVER type: the record is not scored at that level",
			rec:   Record{Events: []GoldEvent{{Code: "010", Source: "AAA", Target: "BBB"}}},
			coded: []event.Event{ev("010", "AAA", "BBB", a)},
			exact: w(1, 0, 0), root: w(1, 0, 0), full: w(1, 0, 0), right: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, lw := range []struct {
				l Level
				w want
			}{{Exact, tt.exact}, {Root, tt.root}, {Full, tt.full}, {Plover, tt.plover}} {
				if got := applies(lw.l, &tt.rec); got != (lw.w != nil) {
					t.Errorf("%s applies = %v", lw.l, got)
					continue
				}
				if lw.w == nil {
					continue
				}
				rs := scoreRecord(lw.l, &tt.rec, tt.coded)
				if got := [3]int{len(rs.tp), len(rs.fp), len(rs.fn)}; got != *lw.w {
					t.Errorf("%s: TP/FP/FN = %v, want %v (fp %v, fn %v)", lw.l, got, *lw.w, strs(rs.fp), strs(rs.fn))
				}
				if lw.l == Exact && rs.nForbid != tt.forbidden {
					t.Errorf("forbidden = %d, want %d", rs.nForbid, tt.forbidden)
				}
			}
			if got := recordRight(&tt.rec, tt.coded); got != tt.right {
				t.Errorf("exactly right = %v, want %v", got, tt.right)
			}
		})
	}
}

func near(x, y float64) bool { return math.Abs(x-y) < 1e-9 }

func TestScore(t *testing.T) {
	outs := []Outcome{
		{Record: Record{ID: "r1", File: "f", Category: "c1", Events: []GoldEvent{{Code: "051", Source: "BRA", Target: "CHL"}, {Code: "043", Source: "BRAGOV", Target: "ARG"}}},
			Coded: []event.Event{ev("051", "BRAGOV", "CHL", a), ev("043", "BRAGOV", "ARG", a), ev("190", "BRA", "ARG", a)}},
		{Record: Record{ID: "r2", File: "f", Category: "c1", Events: []GoldEvent{{Code: "112", Source: "CCC", Target: "DDD"}}},
			Coded: []event.Event{ev("120", "CCC", "DDD", a)}},
		{Record: Record{ID: "r3", File: "g", Category: "c2", Events: []GoldEvent{{Code: "042", Source: "AAA", Target: "BBB"}}},
			Coded: []event.Event{ev("042", "AAA", "BBB", a)}},
		{Record: Record{ID: "r4", File: "g", Skip: true, Events: []GoldEvent{{Code: "042", Source: "AAA", Target: "BBB"}}},
			Coded: []event.Event{ev("190", "AAA", "BBB", a)}},
	}
	rep := Score(outs, 1)
	if rep.Records != 4 || rep.Skipped != 1 || rep.Scored != 3 || rep.ExactlyRight != 1 || !near(rep.ExactlyRightShare, 1.0/3) {
		t.Errorf("records/skipped/scored/right = %d/%d/%d/%d", rep.Records, rep.Skipped, rep.Scored, rep.ExactlyRight)
	}
	tests := []struct {
		l          Level
		tp, fp, fn int
		p, r, f1   float64
	}{
		{Exact, 3, 2, 1, 0.6, 0.75, 2 * 0.6 * 0.75 / 1.35},
		{Root, 3, 2, 1, 0.6, 0.75, 2 * 0.6 * 0.75 / 1.35},
		{Full, 2, 3, 2, 0.4, 0.5, 2 * 0.4 * 0.5 / 0.9},
		{Plover, 3, 2, 1, 0.6, 0.75, 2 * 0.6 * 0.75 / 1.35},
	}
	for _, tt := range tests {
		s, ok := rep.Level(tt.l)
		if !ok || s.TP != tt.tp || s.FP != tt.fp || s.FN != tt.fn || !near(s.Precision, tt.p) || !near(s.Recall, tt.r) || !near(s.F1, tt.f1) {
			t.Errorf("%s = %+v, want TP %d FP %d FN %d P %.3f R %.3f F1 %.3f", tt.l, s.Counts, tt.tp, tt.fp, tt.fn, tt.p, tt.r, tt.f1)
		}
	}
	ex, _ := rep.Level(Exact)
	if c := ex.ByRoot["11"]; c == nil || c.FN != 1 || c.Recall != 0 {
		t.Errorf("root 11 at exact = %+v, want one miss", c)
	}
	var got []string
	for _, c := range rep.Confusion {
		got = append(got, c.Gold+">"+c.Coded+":"+string(rune('0'+c.N)))
	}
	if s := strings.Join(got, " "); s != "04>04:2 05>05:1 11>12:1" {
		t.Errorf("confusion = %s", s)
	}
	if len(rep.Misses) != 1 || len(rep.FalseAlarms) != 1 {
		t.Errorf("top 1: %d misses, %d false alarms", len(rep.Misses), len(rep.FalseAlarms))
	}
	if len(rep.Files) != 2 || rep.Files[1].Name != "g" || rep.Files[1].ExactlyRight != 1 || rep.Files[1].Records != 1 {
		t.Errorf("files = %+v", rep.Files)
	}
	if len(rep.Categories) != 2 || rep.Categories[0].Name != ":c1" || rep.Categories[0].TP != 2 {
		t.Errorf("categories = %+v", rep.Categories)
	}
	var b strings.Builder
	if err := WriteText(&b, rep); err != nil || !strings.Contains(b.String(), "exactly right 1/3") {
		t.Errorf("text report (%v):\n%s", err, b.String())
	}
	b.Reset()
	if err := WriteJSON(&b, rep); err != nil || !strings.Contains(b.String(), `"exactly_right": 1`) {
		t.Errorf("json report (%v):\n%s", err, b.String())
	}
}

func TestCountsEmpty(t *testing.T) {
	var c Counts
	c.finish()
	if c.Precision != 1 || c.Recall != 1 || c.F1 != 1 {
		t.Errorf("nothing to find and nothing found = %+v, want all 1", c)
	}
}
