package eval

import (
	"fmt"
	"sort"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// Outcome is one gold record with the events the coder gave for it.
type Outcome struct {
	Record Record
	Coded  []event.Event
	// Err says the coder failed on the record (it panicked); the record is
	// scored as if nothing was coded.
	Err string
}

// Code runs the coder (all modalities) on every record not skipped.
func Code(c *coder.Coder, recs []Record) []Outcome {
	out := make([]Outcome, len(recs))
	for i, r := range recs {
		out[i].Record = r
		if !r.Skip {
			a := event.Article{ID: r.ID, Published: r.Published, Text: r.Text, Paragraphs: lang.Paragraphs(r.Text)}
			// the peer suites code each event one way: chancery's paired
			// codes (CONVENTIONS.md §3) are off for them (MAPPINGS.md)
			opt := coder.Options{All: true, Literal: r.Suite == SuitePetrarch || r.Suite == SuiteTabari}
			out[i].Coded, out[i].Err = codeSafely(c, a, opt)
		}
	}
	return out
}

// codeSafely codes an article with all modalities; a coder panic is
// reported for the article rather than ending the whole evaluation.
func codeSafely(c *coder.Coder, a event.Article, opt coder.Options) (evs []event.Event, msg string) {
	defer func() {
		if p := recover(); p != nil {
			evs, msg = nil, fmt.Sprintf("coder panicked: %v", p)
		}
	}()
	return c.Code(a, opt).Events, ""
}

// Counts are true positives, false positives (false alarms) and false
// negatives (misses) with the measures derived from them.
type Counts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (c *Counts) add(tp, fp, fn int) { c.TP += tp; c.FP += fp; c.FN += fn }

// finish computes P, R and F1. With nothing to find and nothing found,
// all three are 1.
func (c *Counts) finish() {
	c.Precision, c.Recall = 1, 1
	if c.TP+c.FP > 0 {
		c.Precision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.Recall = float64(c.TP) / float64(c.TP+c.FN)
	}
	c.F1 = 0
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

// LevelScore is the score at one level over the records it applies to.
type LevelScore struct {
	Level   Level `json:"level"`
	Records int   `json:"records"`
	Counts
	// Forbidden counts false alarms that the gold lists as must-not-code.
	Forbidden int `json:"forbidden"`
	// ByRoot splits the counts by gold (or, for false alarms, coded) root
	// code; at the plover level by PLOVER type.
	ByRoot map[string]*Counts `json:"by_root"`
}

// GroupScore scores a file or a category at each record's main level
// (exact where the gold gives codes, else plover, else root).
type GroupScore struct {
	Name         string `json:"name"`
	Records      int    `json:"records"`
	ExactlyRight int    `json:"exactly_right"`
	Counts
}

// Confusion is one cell of the root confusion: gold root vs coded root for
// events of the same country dyad.
type Confusion struct {
	Gold  string `json:"gold"`
	Coded string `json:"coded"`
	N     int    `json:"n"`
}

// Example is a record with misses or false alarms.
type Example struct {
	ID       string   `json:"id"`
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Category string   `json:"category,omitempty"`
	Level    Level    `json:"level"`
	Text     string   `json:"text"`
	Events   []string `json:"events"` // the missed or falsely coded events
	Coded    []string `json:"coded"`  // everything coded as asserted
	Gold     []string `json:"gold"`
	nForbid  int
}

// Report is the result of scoring a set of outcomes.
type Report struct {
	Records           int           `json:"records"`
	Skipped           int           `json:"skipped"`
	Scored            int           `json:"scored"`
	ExactlyRight      int           `json:"exactly_right"`
	ExactlyRightShare float64       `json:"exactly_right_share"`
	Levels            []LevelScore  `json:"levels"`
	Files             []GroupScore  `json:"files"`
	Categories        []GroupScore  `json:"categories"`
	Confusion         []Confusion   `json:"confusion"`
	Errors            []string      `json:"errors,omitempty"` // "file:line id: what failed"
	Misses            []Example     `json:"misses"`
	FalseAlarms       []Example     `json:"false_alarms"`
	levelIndex        map[Level]int // position in Levels
}

// Level returns the score at a level; ok is false when no record could be
// scored at it.
func (r *Report) Level(l Level) (LevelScore, bool) {
	for _, s := range r.Levels {
		if s.Level == l {
			return s, s.Records > 0
		}
	}
	return LevelScore{}, false
}

// mainLevel is the level a record is reported at.
func mainLevel(rec *Record) Level {
	for _, l := range []Level{Exact, Plover, Root} {
		if applies(l, rec) {
			return l
		}
	}
	return Exact
}

// Score scores outcomes; top caps the misses and false alarms listed
// (0 lists none).
func Score(outs []Outcome, top int) *Report {
	rep := &Report{levelIndex: map[Level]int{}}
	for _, l := range Levels {
		rep.levelIndex[l] = len(rep.Levels)
		rep.Levels = append(rep.Levels, LevelScore{Level: l, ByRoot: map[string]*Counts{}})
	}
	files, cats := map[string]*GroupScore{}, map[string]*GroupScore{}
	var fileOrder, catOrder []string
	conf := map[[2]string]int{}
	for i := range outs {
		o := &outs[i]
		rec := &o.Record
		rep.Records++
		if rec.Skip {
			rep.Skipped++
			continue
		}
		rep.Scored++
		if o.Err != "" {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s:%d %s: %s", rec.File, rec.Line, rec.ID, o.Err))
		}
		for _, l := range Levels {
			if !applies(l, rec) {
				continue
			}
			rs := scoreRecord(l, rec, o.Coded)
			ls := &rep.Levels[rep.levelIndex[l]]
			ls.Records++
			ls.add(len(rs.tp), len(rs.fp), len(rs.fn))
			ls.Forbidden += rs.nForbid
			tally(l, ls.ByRoot, rs)
			for _, p := range rs.pairs {
				conf[p]++
			}
		}
		right := recordRight(rec, o.Coded)
		if right {
			rep.ExactlyRight++
		}
		ml := mainLevel(rec)
		rs := scoreRecord(ml, rec, o.Coded)
		for _, g := range []struct {
			m     map[string]*GroupScore
			order *[]string
			name  string
		}{{files, &fileOrder, rec.File}, {cats, &catOrder, rec.Suite + ":" + rec.Category}} {
			gs, ok := g.m[g.name]
			if !ok {
				gs = &GroupScore{Name: g.name}
				g.m[g.name] = gs
				*g.order = append(*g.order, g.name)
			}
			gs.Records++
			gs.add(len(rs.tp), len(rs.fp), len(rs.fn))
			if right {
				gs.ExactlyRight++
			}
		}
		ex := Example{ID: rec.ID, File: rec.File, Line: rec.Line, Category: rec.Category, Level: ml, Text: rec.Text,
			Coded: strs(rs.coded), Gold: goldStrs(rec)}
		if len(rs.fn) > 0 {
			m := ex
			m.Events = strs(rs.fn)
			rep.Misses = append(rep.Misses, m)
		}
		if len(rs.fp) > 0 {
			f := ex
			f.Events, f.nForbid = strs(rs.fp), rs.nForbid
			rep.FalseAlarms = append(rep.FalseAlarms, f)
		}
	}
	for i := range rep.Levels {
		rep.Levels[i].finish()
		for _, c := range rep.Levels[i].ByRoot {
			c.finish()
		}
	}
	if rep.Scored > 0 {
		rep.ExactlyRightShare = float64(rep.ExactlyRight) / float64(rep.Scored)
	}
	rep.Files = collect(files, fileOrder)
	sort.Strings(catOrder)
	rep.Categories = collect(cats, catOrder)
	for k, n := range conf {
		rep.Confusion = append(rep.Confusion, Confusion{Gold: k[0], Coded: k[1], N: n})
	}
	sort.Slice(rep.Confusion, func(i, j int) bool {
		a, b := rep.Confusion[i], rep.Confusion[j]
		if a.Gold != b.Gold {
			return a.Gold < b.Gold
		}
		return a.Coded < b.Coded
	})
	sort.SliceStable(rep.Misses, func(i, j int) bool { return len(rep.Misses[i].Events) > len(rep.Misses[j].Events) })
	sort.SliceStable(rep.FalseAlarms, func(i, j int) bool {
		a, b := rep.FalseAlarms[i], rep.FalseAlarms[j]
		if a.nForbid != b.nForbid {
			return a.nForbid > b.nForbid
		}
		return len(a.Events) > len(b.Events)
	})
	rep.Misses = capN(rep.Misses, top)
	rep.FalseAlarms = capN(rep.FalseAlarms, top)
	return rep
}

// recordRight reports whether a record is exactly right: at the full
// level (or, where the gold gives no codes, the record's main level) the
// coded set equals the gold set.
func recordRight(rec *Record, coded []event.Event) bool {
	l := Full
	if !applies(Full, rec) {
		l = mainLevel(rec)
	}
	return scoreRecord(l, rec, coded).complete
}

func tally(l Level, by map[string]*Counts, rs recScore) {
	get := func(class string) *Counts {
		g := group(l, class)
		c, ok := by[g]
		if !ok {
			c = &Counts{}
			by[g] = c
		}
		return c
	}
	for _, it := range rs.tp {
		get(it.class).add(1, 0, 0)
	}
	for _, it := range rs.fn {
		get(it.class).add(0, 0, 1)
	}
	for _, it := range rs.fp {
		get(it.class).add(0, 1, 0)
	}
}

func collect(m map[string]*GroupScore, order []string) []GroupScore {
	out := make([]GroupScore, 0, len(order))
	for _, k := range order {
		g := m[k]
		g.finish()
		out = append(out, *g)
	}
	return out
}

func strs(its []item) []string {
	out := make([]string, 0, len(its))
	for _, it := range its {
		out = append(out, it.String())
	}
	return out
}

func goldStrs(rec *Record) []string {
	out := make([]string, 0, len(rec.Events))
	for _, g := range rec.Events {
		out = append(out, g.String())
	}
	for _, g := range rec.Not {
		out = append(out, "not "+g.String())
	}
	return out
}

func capN(xs []Example, n int) []Example {
	if n < 0 {
		n = 0
	}
	if len(xs) > n {
		xs = xs[:n]
	}
	return xs
}
