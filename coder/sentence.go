package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
	"github.com/chancery/chancery/when"
)

// codeSentence codes one sentence.
func (c *Coder) codeSentence(s *sentenceState, st *articleState, sent event.Sentence, exprs []when.Expr, opt Options) ([]event.Event, SentenceExplain) {
	ex := SentenceExplain{Index: sent.Index, Text: sent.Text}
	s.toks = lang.AppendTokens(s.toks[:0], s.text, sent.Span)
	if len(s.toks) == 0 {
		return nil, ex
	}
	s.lemmas = s.lemmas[:0]
	for _, t := range s.toks {
		s.lemmas = append(s.lemmas, c.forms.ids[t.Lower])
	}
	s.clause = lang.Clauses(s.toks, s.clause[:0])
	if st.surnames == nil {
		st.surnames = surnames{}
	}
	s.ms = c.findMentions(s.toks, s.ms, st.surnames)
	s.link()
	s.resolveRefs(st)
	s.tokMent = s.tokMent[:0]
	for range s.toks {
		s.tokMent = append(s.tokMent, -1)
	}
	for i, m := range s.ms {
		for j := m.start; j < m.end; j++ {
			if s.tokMent[j] < 0 { // "they" expanded into several: the first stands for them
				s.tokMent[j] = i
			}
		}
	}
	if opt.Explain {
		ex.Actors = s.explainActors(st)
	}

	matches := s.matches(opt.Explain, &ex)
	var evs []event.Event
	var srcs, tgts []int
	seen := map[string]bool{}
	for _, m := range matches {
		srcs = s.listMembers(m.src, srcs)
		tgts = s.listMembers(m.tgt, tgts)
		pairs := s.pairs(m, srcs, tgts, opt.Literal)
		mod, cue := s.modality(m)
		if mod == event.Asserted && !opt.Literal {
			m, mod, cue = s.futureAct(m)
		}
		if mod == event.Asserted {
			if g := complementOf(matches, m, s.toks); g != nil {
				// "urged Iran to release …", "denounced the decision to send
				// tanks": what an appeal, demand, threat or complaint is about
				// has not happened
				mod, cue = event.Hypothetical, &event.Cue{Text: s.toks[g.head].Text, Span: s.toks[g.head].Span}
			}
		}
		date, basis, dcue := s.date(st, m, exprs)
		for _, pr := range pairs {
			ev := s.build(st, sent, m, pr[0], pr[1], date, basis, dcue, mod, cue)
			if ev.Source.Code == "" || ev.Target.Code == "" {
				ex.add(opt.Explain, "drop %s at %q: an actor has no code on %s", m.p.code, s.toks[m.head].Text, date)
				continue
			}
			if why := pointless(ev); why != "" {
				ex.add(opt.Explain, "drop %s %s→%s at %q: %s", m.p.code, ev.Source.Code, ev.Target.Code, s.toks[m.head].Text, why)
				continue
			}
			if ev.Source.Code == ev.Target.Code {
				ex.add(opt.Explain, "drop %s at %q: source and target are both %s", m.p.code, s.toks[m.head].Text, ev.Source.Code)
				continue
			}
			key := ev.Code + "|" + ev.Source.Code + "|" + ev.Target.Code + "|" + string(ev.Modality)
			if seen[key] {
				continue
			}
			seen[key] = true
			if mod != event.Asserted && !opt.All {
				ex.add(opt.Explain, "keep %s %s→%s as %s (cue %q), hidden without --all", ev.Code, ev.Source.Code, ev.Target.Code, mod, cue.Text)
				continue
			}
			ex.add(opt.Explain, "keep %s %s→%s %s, %s date %s (%s)", ev.Code, ev.Source.Code, ev.Target.Code, mod, basis, date, m.p.rule)
			evs = append(evs, ev)
			if v, ok := visitOf(ev, s.c.forms.lemmas[s.headLemma(m)], opt.Literal); ok && !seen[v.Code+"|"+v.Source.Code+"|"+v.Target.Code+"|"+string(v.Modality)] {
				seen[v.Code+"|"+v.Source.Code+"|"+v.Target.Code+"|"+string(v.Modality)] = true
				evs = append(evs, v)
			}
		}
	}
	s.remember(st)
	return dropReports(evs), ex
}

// forceCode: codes whose acts are done by armed forces (posture, violence,
// peacekeeping, retreat); a withdrawal (166) stays the state's decision.
func forceCode(code string) bool {
	switch code[:2] {
	case "15", "18", "19", "20":
		return true
	}
	return code == "074" || code == "0874"
}

// forcesIn is the role (MIL, COP) of a role noun inside the match that
// names the source's own forces ("troops", "its forces"), or "".
func (s *sentenceState) forcesIn(m match, country string) string {
	for k := range s.ms {
		r := &s.ms[k]
		if r.start < m.start || r.start >= m.end || r.kind != kAgent || r.role != "MIL" && r.role != "COP" {
			continue
		}
		if r.country == "" || r.country == country {
			return r.role
		}
	}
	return ""
}

// visitOf: hosting a visit (043 by "host", "welcome", "receive") means the
// guest visited (042, the other way); CONVENTIONS.md §3, paired codes.
func visitOf(ev event.Event, head string, literal bool) (event.Event, bool) {
	switch head {
	case "host", "welcome", "receive", "greet":
	default:
		return ev, false
	}
	if literal || ev.Code != "043" {
		return ev, false
	}
	c, ok := event.Lookup("042")
	if !ok {
		return ev, false
	}
	v := ev
	v.Source, v.Target = ev.Target, ev.Source
	v.Code, v.Root, v.CAMEO, v.Goldstein, v.Quad = c.Code, c.Root(), c.CAMEO, c.Goldstein, c.Quad()
	v.Plover = event.Plover{Type: c.Plover}
	v.Rule = ev.Rule + " (the guest's visit)"
	h := sha256.Sum256([]byte(ev.ID + "|visit"))
	v.ID = hex.EncodeToString(h[:8])
	return v, true
}

// pointless names events that are no interaction between political
// actors: a statement to the press, or a state's organ acting on its own
// country outside the domestic roots (protest, coercion, violence).
func pointless(ev event.Event) string {
	if ev.Root == "01" && strings.HasSuffix(ev.Target.Code, "MED") {
		return "a statement to the media"
	}
	if ev.Source.Country == ev.Target.Country && (len(ev.Source.Code) == 3 || len(ev.Target.Code) == 3) && !domestic(ev.Code) {
		return "an actor and its own country"
	}
	return ""
}

// complementOf returns the verbal act (appeal 02, demand 10, disapprove
// 11, reject 12, threaten 13) whose complement match m is: m's head follows
// "to" (or "against"/"from" + -ing) within eight tokens after the act.
func complementOf(ms []match, m match, toks []lang.Token) *match {
	if m.head == 0 {
		return nil
	}
	switch toks[m.head-1].Lower {
	case "to":
	case "against", "from": // "warned the U.S. against selling arms"
		if !lang.IsGerund(toks[m.head].Lower) {
			return nil
		}
	default:
		return nil
	}
	for i := range ms {
		a := &ms[i]
		switch a.p.code[:2] {
		case "02", "10", "11", "12", "13":
		default:
			continue
		}
		if a.head < m.head && m.head-a.end <= 8 {
			for k := a.head + 1; k < m.head; k++ {
				if t := toks[k].Text; t == ";" || t == ":" {
					return nil
				}
			}
			return a
		}
	}
	return nil
}

// dropReports removes a 01x report when the sentence codes the reported
// event itself (CONVENTIONS.md §3, reported speech).
func dropReports(evs []event.Event) []event.Event {
	if len(evs) < 2 {
		return evs
	}
	other := false
	for _, e := range evs {
		if e.Root != "01" {
			other = true
		}
	}
	if !other {
		return evs
	}
	out := evs[:0]
	for _, e := range evs {
		if e.Code != "010" {
			out = append(out, e)
		}
	}
	return out
}

// pairs lists (source, target) mention pairs of a match: the product of
// coordinated lists, or both directions for a joint subject.
func (s *sentenceState) pairs(m match, srcs, tgts []int, oneWay bool) [][2]int {
	var out [][2]int
	isTgt := func(i int) bool {
		for _, t := range tgts {
			if t == i {
				return true
			}
		}
		return false
	}
	// every participant with every other, except two targets: "X met U.S.,
	// Japanese and Canadian ministers" pairs X with each, not them together
	all := func(ps []int) [][2]int {
		for _, a := range ps {
			for _, b := range ps {
				if a != b && !(isTgt(a) && isTgt(b)) {
					out = append(out, [2]int{a, b})
				}
			}
		}
		return out
	}
	if m.tgt < 0 && len(srcs) >= 2 && !impliedTarget(m.p.code) {
		return all(srcs)
	}
	if m.tgt >= 0 && s.ms[m.tgt].place && len(srcs) >= 2 && reciprocalCode(m.p.code) {
		return all(srcs) // "Azerbaijan and Armenia fought wars over Karabakh": each other
	}
	if m.tgt < 0 {
		for _, a := range srcs {
			out = append(out, [2]int{a, -1}) // the implied government
		}
		return out
	}
	if !oneWay && m.tgt >= 0 && (symmetricCodes[m.p.code] || m.p.code == "043" && s.c.forms.lemmas[s.headLemma(m)] == "meet") {
		// a meeting, talks, a signed agreement are mutual: every participant
		// to every other (CONVENTIONS.md §3, paired codes)
		return all(append(append([]int(nil), srcs...), tgts...))
	}
	for _, a := range srcs {
		for _, b := range tgts {
			if a != b {
				out = append(out, [2]int{a, b})
			}
		}
	}
	return out
}

// symmetricCodes are mutual by nature: coded in both directions.
// 043 is "host a visit": mutual only when the verb is "meet".
// 061/063/064 ("shared intelligence with", "gave recordings to") are one-way.
var symmetricCodes = map[string]bool{"019": true, "040": true, "041": true, "044": true,
	"046": true, "057": true, "060": true, "062": true, "0871": true}

// headLemma is the lemma id by which the match's head word matched.
func (s *sentenceState) headLemma(m match) int32 {
	for _, id := range s.lemmas[m.head] {
		for _, l := range m.p.elems[m.p.head].lemmas {
			if id == l {
				return id
			}
		}
	}
	return s.lemmas[m.head][0]
}

// build makes the event record.
func (s *sentenceState) build(st *articleState, sent event.Sentence, m match, si, ti int, date, basis string, dcue *event.Cue, mod event.Modality, cue *event.Cue) event.Event {
	trig := event.Span{s.toks[m.head].Span[0], s.toks[m.head].Span[1]}
	ev := event.Event{
		Date:      date,
		DateBasis: basis,
		DateCue:   dcue,
		Source:    s.actor(si, date),

		Code:      m.p.code,
		Root:      m.p.code[:2],
		Quad:      m.p.info.Quad(),
		Goldstein: m.p.info.Goldstein,
		Plover:    event.Plover{Type: m.p.info.Plover},
		Modality:  mod,
		Trigger:   event.Cue{Text: s.text[trig[0]:trig[1]], Span: trig},
		Sentence:  event.SentenceRef{Index: sent.Index, Text: sent.Text, Span: sent.Span},
		Article:   event.ArticleRef{ID: st.art.ID, URL: st.art.URL, Title: st.art.Title, Published: st.art.Published},
		Rule:      m.p.rule,
		Coder:     event.CoderRef{Version: Version, Dictionaries: s.c.hash},
		CAMEO:     m.p.info.CAMEO,
	}
	if len(ev.Source.Code) == 3 && forceCode(ev.Code) {
		// "Russia massed troops on the border": the forces it moves act
		if r := s.forcesIn(m, ev.Source.Country); r != "" {
			ev.Source.Code += r
		}
	}
	if ev.Root == "14" && len(ev.Source.Code) == 3 && (s.ms[si].kind == kDemonym || s.collectiveOf(si)) {
		// "Georgians rallied", "Supporters of Bolsonaro stormed": people, CVL
		ev.Source.Code += "CVL"
	}
	if ti >= 0 {
		ev.Target = s.actor(ti, date)
	} else if c := ev.Source.Country; len(c) == 3 && c != "IGO" && c != "NGO" && c != "IMG" {
		role := impliedRole(ev.Code)
		ev.Target = event.Actor{Code: c + role, Country: c, Name: map[string]string{"GOV": "government", "CVL": "population"}[role] + " (implied)"}
	}
	if mod != event.Asserted {
		ev.ModalityCue = cue
	}
	tm := mention{}
	if ti >= 0 {
		tm = s.ms[ti]
	}
	ev.Confidence = confidence(m, s.ms[si], tm, basis)
	h := sha256.Sum256([]byte(st.art.ID + "|" + strconv.Itoa(sent.Index) + "|" + strconv.Itoa(trig[0]) +
		"|" + ev.Source.Code + "|" + ev.Target.Code + "|" + ev.Code))
	ev.ID = hex.EncodeToString(h[:8])
	return ev
}

// actor renders mention i as the record's actor on a date.
func (s *sentenceState) actor(i int, date string) event.Actor {
	m := &s.ms[i]
	code := m.codeOn(date)
	sp := event.Span{s.toks[m.start].Span[0], s.toks[m.end-1].Span[1]}
	name := m.refName()
	if m.ref == nil && m.person != nil && len(m.alts) > 0 {
		name = m.personOn(date).Name
	}
	a := event.Actor{Code: code, Name: name, Text: s.text[sp[0]:sp[1]], Span: sp}
	if len(code) >= 3 {
		a.Country = code[:3]
	}
	return a
}

func (m *mention) refName() string {
	if m.ref != nil {
		return m.ref.refName()
	}
	return m.name
}

// confidence is a rough score of how sure the coder is; it goes down with
// each inference the coder had to make.
func confidence(m match, src, tgt mention, basis string) float64 {
	c := 0.6 + 0.08*float64(min(m.p.words, 3))
	if m.passive {
		c -= 0.05
	}
	if m.crossed {
		c -= 0.1
	}
	if src.ref != nil || tgt.ref != nil {
		c -= 0.15
	}
	if basis == "published" {
		c -= 0.05
	}
	return float64(int(max(0.1, min(c, 0.95))*100)) / 100
}

// SentenceExplain tells, for one sentence, what the coder saw and did.
type SentenceExplain struct {
	Index  int      `json:"index"`
	Text   string   `json:"text"`
	Actors []string `json:"actors"`
	Steps  []string `json:"steps"`
}

func (e *SentenceExplain) add(on bool, format string, args ...any) {
	if on {
		e.Steps = append(e.Steps, fmt.Sprintf(format, args...))
	}
}

func (s *sentenceState) explainActors(st *articleState) []string {
	var out []string
	pub := st.art.Published
	for i := range s.ms {
		m := &s.ms[i]
		sp := event.Span{s.toks[m.start].Span[0], s.toks[m.end-1].Span[1]}
		note := ""
		switch {
		case m.place:
			note = " (place, not an actor)"
		case !s.usable(i):
			note = " (unresolved or unsupported)"
		case s.prepositional(i):
			note = " (after a preposition: never a subject)"
		}
		out = append(out, fmt.Sprintf("%q %s %s list=%d%s", s.text[sp[0]:sp[1]], m.kind, m.codeOn(pub), m.list, note))
	}
	return out
}
