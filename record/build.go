package record

import (
	"cmp"
	"iter"
	"slices"
	"time"

	"github.com/chancery/chancery/event"
)

// happening is one act (the mentions of one event) as it bears on one
// kind of relation between one pair.
type happening struct {
	step
	a, b     string // sides: directed order, or sorted for undirected kinds
	date     Date
	key      time.Time      // First for open, Last for ease and end
	mentions []*event.Event // shared between the kinds one mention bears on
}

// collect keeps the asserted mentions the query covers and merges them
// into happenings. It also returns the last day of the latest date seen.
func collect(mentions iter.Seq[event.Event], q Query) ([]*happening, time.Time) {
	var latest time.Time
	byKey := map[string]*happening{}
	var hs []*happening
	seen := map[string]bool{}
	for e := range mentions {
		if e.Modality != event.Asserted {
			continue
		}
		steps := classify(e)
		if len(steps) == 0 {
			continue
		}
		if e.ID != "" {
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
		}
		d := parseOrZero(e.Date)
		if d.IsZero() {
			continue
		}
		if d.Last().After(latest) {
			latest = d.Last()
		}
		ep := &e
		for _, s := range steps {
			if q.Kind != "" && s.kind != q.Kind {
				continue
			}
			forward := matches(q.Source, e.Source) && matches(q.Target, e.Target)
			backward := matches(q.Source, e.Target) && matches(q.Target, e.Source)
			if !forward && !(backward && (q.Either || !s.kind.Directed())) {
				continue
			}
			a, b := parties(e)
			if !s.kind.Directed() && b < a {
				a, b = b, a
			}
			id := e.EventID
			if id == "" {
				id = "m:" + e.ID
			}
			k := string(s.kind) + "\x00" + a + "\x00" + b + "\x00" + s.reason + "\x00" + id
			h := byKey[k]
			if h == nil {
				h = &happening{step: s, a: a, b: b}
				byKey[k] = h
				hs = append(hs, h)
			}
			h.mentions = append(h.mentions, ep)
			if h.date.IsZero() || d.Precision > h.date.Precision ||
				(d.Precision == h.date.Precision && d.First().Before(h.date.First())) {
				h.date = d
			}
		}
	}
	for _, h := range hs {
		h.key = h.date.First()
		if h.act != open {
			h.key = h.date.Last()
		}
	}
	return hs, latest
}

// groupPairs splits happenings by kind and pair, each group in time order.
func groupPairs(hs []*happening) [][]*happening {
	idx := map[string]int{}
	var groups [][]*happening
	for _, h := range hs {
		k := string(h.kind) + "\x00" + h.a + "\x00" + h.b
		i, ok := idx[k]
		if !ok {
			i = len(groups)
			idx[k] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], h)
	}
	for _, g := range groups {
		slices.SortStableFunc(g, func(x, y *happening) int {
			ex, ey := x.mentions[0], y.mentions[0]
			return cmp.Or(
				x.key.Compare(y.key),
				cmp.Compare(ex.Article.Published, ey.Article.Published),
				cmp.Compare(ex.Article.ID, ey.Article.ID),
				cmp.Compare(ex.Sentence.Index, ey.Sentence.Index),
				cmp.Compare(x.act, y.act))
		})
	}
	return groups
}

const conflictGap = 365 * 24 * time.Hour

// item is a happening as evidence, with the day it takes effect.
type item struct {
	key time.Time
	h   *happening
}

type transition struct {
	key   time.Time
	date  Date
	state string
}

// period is one stretch of a relation over the whole evidence; at cuts it
// down to what holds as of a date.
type period struct {
	kind      Kind
	a, b      string
	since     Date
	startKey  time.Time
	trans     []transition
	ev        []item
	end       Date
	endKey    time.Time
	endState  string
	endReason string
	endEv     []item
	lastViol  Date
}

var startState = map[Kind]string{
	Recognition: "recognized", DiplomaticRelations: "established", Sanctions: "active",
	Designation: "designated", ArmedConflict: "active", Agreement: "signed", MilitaryAid: "series",
}

var endState = map[Kind]string{
	Recognition: "withdrawn", DiplomaticRelations: "broken", Sanctions: "lifted",
	Designation: "removed", ArmedConflict: "ended",
}

func newPeriod(h *happening) *period {
	return &period{kind: h.kind, a: h.a, b: h.b, since: h.date, startKey: h.date.First(),
		ev: []item{{h.key, h}}, lastViol: h.date}
}

func (p *period) close(key time.Time, d Date, state, reason string, h *happening) {
	p.end, p.endKey, p.endState, p.endReason = d, key, state, reason
	if h != nil {
		p.endEv = append(p.endEv, item{h.key, h})
	}
}

// closeByGap ends an armed conflict a year after its last violent date.
func (p *period) closeByGap() {
	p.close(p.lastViol.Last().Add(conflictGap+24*time.Hour), p.lastViol, "ended",
		"no violent event for 365 days", nil)
}

// build runs one pair's happenings, in time order, through the kind's
// rules and returns its periods.
func build(hs []*happening) []*period {
	var ps []*period
	var cur *period
	for _, h := range hs {
		if h.kind == ArmedConflict && cur != nil && !h.key.Before(cur.lastViol.Last().Add(conflictGap+24*time.Hour)) {
			cur.closeByGap()
			cur = nil
		}
		switch {
		case h.kind == Agreement:
			i := slices.IndexFunc(ps, func(p *period) bool { return p.since == h.date })
			if i < 0 {
				ps = append(ps, newPeriod(h))
			} else {
				ps[i].ev = append(ps[i].ev, item{h.key, h})
			}
		case h.kind == MilitaryAid:
			if cur == nil {
				cur = newPeriod(h)
				ps = append(ps, cur)
			} else {
				cur.ev = append(cur.ev, item{h.key, h})
			}
		case h.act == open && cur == nil:
			cur = newPeriod(h)
			ps = append(ps, cur)
		case h.act == open:
			cur.ev = append(cur.ev, item{h.key, h})
			if h.kind == Sanctions && len(cur.trans) > 0 && cur.trans[len(cur.trans)-1].state != "active" {
				cur.trans = append(cur.trans, transition{h.key, h.date, "active"})
			}
			if h.kind == ArmedConflict && h.date.Last().After(cur.lastViol.Last()) {
				cur.lastViol = h.date
			}
			refinable := h.kind == Recognition || h.kind == DiplomaticRelations || h.kind == Designation
			if refinable && len(cur.trans) == 0 && h.date.Precision > cur.since.Precision && cur.since.Contains(h.date) {
				cur.since, cur.startKey = h.date, h.date.First()
			}
		case cur == nil:
			// An end or easing with nothing open: more evidence of the last end.
			if n := len(ps); n > 0 && !ps[n-1].endKey.IsZero() && h.act == end {
				ps[n-1].endEv = append(ps[n-1].endEv, item{h.key, h})
			}
		case h.act == ease:
			cur.ev = append(cur.ev, item{h.key, h})
			cur.trans = append(cur.trans, transition{h.key, h.date, "eased"})
		default: // end
			state := endState[h.kind]
			if h.kind == ArmedConflict {
				state = "ceasefire"
			}
			cur.close(h.key, h.date, state, h.reason, h)
			cur = nil
		}
	}
	if cur != nil && cur.kind == ArmedConflict {
		cur.closeByGap()
	}
	return ps
}

// at is the period as of t: ok is false when it had not started, or had
// ended and history is off.
func (p *period) at(t time.Time, history bool) (Relation, bool) {
	if p.startKey.After(t) {
		return Relation{}, false
	}
	ended := !p.endKey.IsZero() && !t.Before(p.endKey)
	if ended && !history {
		return Relation{}, false
	}
	r := Relation{Kind: p.kind, Source: p.a, Target: p.b, State: startState[p.kind],
		Since: p.since.String(), SincePrecision: p.since.Precision.String()}
	for _, tr := range p.trans {
		if !tr.key.After(t) {
			r.State, r.StateSince = tr.state, tr.date.String()
		}
	}
	var last Date
	for _, it := range p.ev {
		if it.key.After(t) {
			continue
		}
		r.Count++
		if it.h.date.Last().After(last.Last()) {
			last = it.h.date
		}
		r.Evidence = append(r.Evidence, p.evidence(&r, it.h)...)
	}
	if p.kind == MilitaryAid {
		r.Last = last.String()
	}
	if ended {
		r.State, r.Until, r.UntilPrecision, r.EndReason = p.endState, p.end.String(), p.end.Precision.String(), p.endReason
		r.StateSince = ""
		for _, it := range p.endEv {
			if !it.key.After(t) {
				r.EndEvidence = append(r.EndEvidence, p.evidence(&r, it.h)...)
			}
		}
	}
	return r, true
}

// evidence turns a happening's mentions into Evidence and notes the
// actor codes and names each side was seen under.
func (p *period) evidence(r *Relation, h *happening) []Evidence {
	out := make([]Evidence, 0, len(h.mentions))
	for _, e := range h.mentions {
		e := *e
		src, tgt := e.Source, e.Target
		if a, _ := parties(e); a != p.a {
			src, tgt = tgt, src
		}
		r.SourceCodes = addCode(r.SourceCodes, code(src))
		r.TargetCodes = addCode(r.TargetCodes, code(tgt))
		r.SourceName = pickName(r.SourceName, src, p.a)
		r.TargetName = pickName(r.TargetName, tgt, p.b)
		out = append(out, Evidence{MentionID: e.ID, EventID: e.EventID, Date: e.Date, Code: e.Code,
			Source: code(e.Source), Target: code(e.Target), Sentence: e.Sentence.Text, Trigger: e.Trigger.Text,
			ArticleID: e.Article.ID, URL: e.Article.URL, Published: e.Article.Published})
	}
	return out
}

func addCode(codes []string, c string) []string {
	i, found := slices.BinarySearch(codes, c)
	if found {
		return codes
	}
	return slices.Insert(codes, i, c)
}

// pickName prefers the name of the actor that is the side itself (Russia
// over a Russian minister).
func pickName(cur string, a event.Actor, side string) string {
	if a.Name == "" {
		return cur
	}
	if cur == "" || code(a) == side {
		return a.Name
	}
	return cur
}
