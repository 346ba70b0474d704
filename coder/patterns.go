package coder

import (
	"strings"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// celem is a compiled pattern element: words become lemma ids.
type celem struct {
	kind     dict.ElemKind
	lemmas   []int32
	optional bool
}

// cpattern is a compiled verb pattern.
type cpattern struct {
	code     string
	info     event.Code
	elems    []celem
	head     int
	words    int
	text     string
	rule     string
	negative bool
	joint    bool // matches only a joint subject ("A and B met")
}

// forms maps every surface form of every pattern word to its lemma ids.
// A form can belong to two bases ("left": leave, left), hence a slice.
type forms struct {
	ids    map[string][]int32
	lemmas []string
}

func (f *forms) id(base string) int32 {
	// the base's own id is the one its bare form maps to first
	for _, id := range f.ids[base] {
		if f.lemmas[id] == base {
			return id
		}
	}
	id := int32(len(f.lemmas))
	f.lemmas = append(f.lemmas, base)
	for _, form := range lang.Inflections(base) {
		f.ids[form] = appendUnique(f.ids[form], id)
	}
	f.ids[base] = appendUnique(f.ids[base], id)
	return id
}

func appendUnique(s []int32, v int32) []int32 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// compilePatterns builds the head index of all verb patterns.
func compilePatterns(d *dict.Dict) (map[int32][]*cpattern, *forms, []error) {
	f := &forms{ids: make(map[string][]int32, 8192)}
	idx := make(map[int32][]*cpattern, 2048)
	var errs []error
	for _, v := range d.Verbs {
		info, ok := event.Lookup(v.Code)
		if !ok {
			// a code of the dictionary's own (a peer suite's test codes):
			// coded as given, with no CAMEO name or scale
			if len(v.Code) < 2 {
				errs = append(errs, &dict.Error{Pos: v.Pos, Msg: "bad code " + v.Code})
				continue
			}
			info = event.Code{Code: v.Code, Name: "(dictionary's own code)", CAMEO: v.Code}
		}
		add := func(p dict.Pattern, negative, joint bool) {
			cp := &cpattern{code: v.Code, info: info, head: p.Head(), words: p.Words(), text: p.Text,
				rule: p.Pos.String(), negative: negative, joint: joint}
			for _, e := range p.Elems {
				ce := celem{kind: e.Kind, optional: e.Optional}
				if e.Kind == dict.Joint {
					ce.kind, cp.joint = dict.Source, true
				}
				for _, w := range e.Words {
					// multi-part words such as "n't" keep their own form
					ce.lemmas = append(ce.lemmas, f.id(strings.ToLower(w)))
				}
				cp.elems = append(cp.elems, ce)
			}
			for _, h := range cp.elems[cp.head].lemmas {
				idx[h] = append(idx[h], cp)
			}
		}
		for _, p := range v.Patterns {
			add(p, false, false)
			if j, ok := jointVariant(p, v.Code); ok {
				add(j, false, true)
			}
		}
		for _, p := range v.NoPatterns {
			add(p, true, false)
		}
	}
	return idx, f, errs
}

// jointVariant makes "A and B held talks" match "$ hold talks with +": for
// the paired codes, the pattern without its final "with +" (or "to +",
// "and +"), which only matches a joint subject of two or more actors.
func jointVariant(p dict.Pattern, code string) (dict.Pattern, bool) {
	n := len(p.Elems)
	if !reciprocalCode(code) || n < 3 || p.Elems[n-1].Kind != dict.Target || p.Elems[n-2].Kind != dict.Word {
		return p, false
	}
	switch p.Elems[n-2].Words[0] {
	case "with", "to", "and":
	default:
		return p, false
	}
	if p.Head() >= n-2 {
		return p, false
	}
	j := p
	j.Elems = append([]dict.Elem(nil), p.Elems[:n-2]...)
	j.Text = p.Text + " (joint subject)"
	return j, true
}

// match is one pattern matched in a sentence.
type match struct {
	p          *cpattern
	start, end int // token region covered by the pattern's words
	head       int // head token
	src, tgt   int // mention indexes, -1 when not found
	passive    bool
	crossed    bool // the source was found outside the head's clause
	noAgent    bool // a passive that found no by-agent
	why        string
}

// barrier tokens end a gap between two pattern words.
func barrier(t *lang.Token) bool {
	switch t.Kind {
	case lang.Dash:
		return true
	case lang.Punct:
		return t.Text != "(" && t.Text != ")"
	}
	return false
}

// matchAt tries pattern p with its head at token h.
func (s *sentenceState) matchAt(p *cpattern, h int) (match, bool) {
	m, ok := s.matchVoice(p, h, !p.negative && s.passive(h) && hasBefore(p, dict.Source))
	if !ok && m.passive && m.noAgent && p.head+1 < len(p.elems) && p.elems[p.head+1].kind == dict.Word {
		// "were engaged in talks with …" is an adjectival passive: read it
		// as active when no by-agent is found
		return s.matchVoice(p, h, false)
	}
	return m, ok
}

func (s *sentenceState) matchVoice(p *cpattern, h int, passive bool) (match, bool) {
	m := match{p: p, start: h, end: h + 1, head: h, src: -1, tgt: -1, passive: passive}
	placeOK := placeTargets(p.code)
	lastSlot := -1
	cur := h + 1
	gapLimit := 3
	needTgtFromSubject := false
	// back is where a passive's object phrase, found before the head,
	// continues ("sanctions on Iran were lifted by …"): -1 until one is found
	back := -1
	for k := p.head + 1; k < len(p.elems); k++ {
		e := p.elems[k]
		switch e.kind {
		case dict.Gap:
			gapLimit = 8
			continue
		case dict.Word:
			var j int
			if k == p.head+1 && gapLimit == 3 && !p.negative && s.particle(e) {
				// a phrasal verb keeps its particle close: "called for",
				// "called on Monday for", not "called it a model for"
				j = s.findParticle(e.lemmas, cur)
			} else {
				j = s.findWord(e.lemmas, cur, gapLimit)
			}
			if j < 0 && !m.passive && k == p.head+1 && s.objectRelative(e.lemmas, h) {
				// "the sanctions that the EU imposed on …": the object stands
				// before its relative clause; the region stays at the head
				gapLimit = 3
				continue
			}
			if j < 0 && m.passive && back >= 0 {
				if b := s.findWord(e.lemmas, back, gapLimit); b >= 0 && b < h {
					back = b + 1
					gapLimit = 3
					continue
				}
			}
			if j < 0 && m.passive {
				j = s.findWordBack(e.lemmas, m.start)
				if j >= 0 {
					m.start = min(m.start, j)
					back = j + 1
					gapLimit = 3
					continue
				}
			}
			if j < 0 && lastSlot >= 0 && s.inMention(lastSlot, e.lemmas) {
				// "expelled Afghan diplomats": the role noun is inside the actor
				gapLimit = 3
				continue
			}
			if j < 0 {
				if e.optional {
					continue
				}
				if s.explain {
					m.why = "word " + s.c.forms.lemmas[e.lemmas[0]] + " not found"
				}
				return m, false
			}
			cur = j + 1
			m.end = cur
			lastSlot = -1
		case dict.Target, dict.Source:
			if p.negative {
				continue
			}
			if e.kind == dict.Target && m.passive && k == p.head+1 {
				needTgtFromSubject = true
				continue
			}
			mi := -1
			if back >= 0 && e.kind == dict.Target {
				// "relations with Taipei were severed by Kiribati"
				if b := s.mentionAfterAs(back, gapLimit+1, placeOK); b >= 0 && s.ms[b].end <= h {
					m.tgt, back = b, s.listEnd(b)
					lastSlot = b
					gapLimit = 3
					continue
				}
			}
			mi = s.mentionAfterAs(cur, gapLimit+1, placeOK && e.kind == dict.Target)
			if mi < 0 {
				if s.explain {
					m.why = "no actor in the " + slotName(e.kind) + " slot"
				}
				return m, false
			}
			if e.kind == dict.Target {
				m.tgt = mi
			} else {
				m.src = mi
			}
			cur = s.listEnd(mi)
			m.end = max(m.end, cur)
			lastSlot = mi
		}
		gapLimit = 3
	}
	// elements before the head, right to left
	left := h - 1
	for k := p.head - 1; k >= 0; k-- {
		e := p.elems[k]
		switch e.kind {
		case dict.Word:
			j := s.findWordBack(e.lemmas, left+1)
			if j < 0 {
				if e.optional {
					continue
				}
				if s.explain {
					m.why = "word " + s.c.forms.lemmas[e.lemmas[0]] + " not found before the head"
				}
				return m, false
			}
			left = j - 1
			m.start = j
		case dict.Target:
			if p.negative {
				continue
			}
			if mi := s.mentionBefore(m.start); mi >= 0 {
				m.tgt = mi
			}
		}
	}
	if p.negative {
		return m, true
	}
	if m.passive {
		m.src = s.byAgentIn(h+1, m.end)
		if m.src < 0 {
			m.why, m.noAgent = "passive without a by-agent", true
			return m, false
		}
		if needTgtFromSubject || m.tgt < 0 {
			m.tgt, _ = s.subject(m.start, h)
		}
	} else {
		if m.src < 0 {
			m.src, m.crossed = s.subject(m.start, h)
		}
		// a report ("X said Y …") has no target but its addressee ("told
		// Y", "said to Y"): the embedded subject is not one
		if m.tgt < 0 && !p.has(dict.Target) && !p.joint && !lang.IsReportingVerb(s.toks[h].Lower) {
			// the first actor after the pattern, else one inside it ("allowed
			// that Mordor is …")
			// A pattern with a gap ("$ rally * against * decision") holds its
			// object inside ("against the government's decision").
			if p.has(dict.Gap) && m.end > h+1 {
				m.tgt = s.objectAfter(h+1, placeOK)
				if m.tgt >= 0 && (s.ms[m.tgt].start >= m.end || !domestic(p.code) && s.sameCountry(m.src, m.tgt)) {
					m.tgt = -1 // outside, or the source's own ("put Russia's forces on alert")
				}
			}
			if m.tgt < 0 {
				m.tgt = s.objectAfter(m.end, placeOK)
			}
			if m.tgt < 0 && m.end > h+1 {
				m.tgt = s.objectAfter(h+1, placeOK)
			}
		}
	}
	if m.src < 0 {
		m.why = "no source"
		return m, false
	}
	if p.joint && !s.reciprocal(m) {
		m.why = "needs a joint subject"
		return m, false
	}
	if m.tgt < 0 && !s.reciprocal(m) && !impliedTarget(p.code) {
		m.why = "no target"
		return m, false
	}
	return m, true
}

// objectRelative finds "WORD that|which …" before head h, the word being one
// of lemmas, with the relative clause running up to the head.
func (s *sentenceState) objectRelative(lemmas []int32, h int) bool {
	for j := h - 2; j >= 0 && j >= h-16; j-- {
		w := s.toks[j+1].Lower
		if (w == "that" || w == "which") && s.is(j, lemmas) {
			return true
		}
		if t := &s.toks[j]; t.Kind == lang.Dash || t.Text == ";" || t.Text == ":" || t.Text == "." {
			return false
		}
	}
	return false
}

// objectAfter is the general target rule for a pattern without a target
// slot: the first actor after it in the same clause, up to twelve tokens on
// ("welcomed a resumption of formal diplomatic ties with Osgiliath").
func (s *sentenceState) objectAfter(from int, placeOK bool) int {
	if from >= len(s.toks) {
		return -1
	}
	cl := s.clause[from-1]
	for j := from; j < len(s.toks) && j <= from+12 && s.clause[j] == cl; j++ {
		if mi := s.tokMent[j]; mi >= 0 && s.ms[mi].start == j {
			if s.usableAs(mi, placeOK) {
				return mi
			}
			return -1
		}
		if barrier(&s.toks[j]) || s.verbLike(j) && j > from+1 {
			return -1
		}
	}
	return -1
}

// sameCountry reports two mentions of one country (on the published date).
func (s *sentenceState) sameCountry(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	ca, cb := s.ms[a].codeOn(s.art.art.Published), s.ms[b].codeOn(s.art.art.Published)
	return len(ca) >= 3 && len(cb) >= 3 && ca[:3] == cb[:3]
}

// domestic roots act on one's own country as often as on others: protest,
// coercion, violence.
func domestic(code string) bool {
	switch code[:2] {
	case "14", "17", "18", "19", "20":
		return true
	}
	return false
}

// impliedTarget: some acts without a named target are on the actor's own
// country: protests (14x) are against its government; restrictions,
// curfews, states of emergency (172x) and their easing (081x), and violent
// repression (175) fall on its people (CAMEO codes both with the same
// country on each side).
func impliedTarget(code string) bool {
	return code[:2] == "14" || impliedRole(code) != ""
}

// impliedRole is the role of an implied target: GOV for protests, CVL for
// measures on the population; "" when there is none.
func impliedRole(code string) string {
	switch {
	case code[:2] == "14":
		return "GOV"
	case strings.HasPrefix(code, "172") && code != "1729", strings.HasPrefix(code, "081") && code != "0819", code == "175":
		return "CVL"
	}
	return ""
}

// placeTargets: codes whose target may be a place ("visited Kyiv",
// "struck targets in Kyiv"): visits, violence against a country, and
// claims or denials of responsibility for it ("claimed responsibility for
// a drone attack on Tel Aviv").
func placeTargets(code string) bool {
	return code == "042" || code == "015" || code == "016" || code == "0863" || code == "073" || code[:2] == "18" || code[:2] == "19" || code[:2] == "20"
}

// inMention reports whether a word of lemmas is inside mention i.
func (s *sentenceState) inMention(i int, lemmas []int32) bool {
	for j := s.ms[i].start; j < s.ms[i].end; j++ {
		if s.is(j, lemmas) {
			return true
		}
	}
	return false
}

func slotName(k dict.ElemKind) string {
	if k == dict.Source {
		return "source"
	}
	return "target"
}

func hasBefore(p *cpattern, k dict.ElemKind) bool {
	for i := 0; i < p.head; i++ {
		if p.elems[i].kind == k {
			return true
		}
	}
	return !p.has(k) // no slot at all: the general rule treats it as a subject
}

func (p *cpattern) has(k dict.ElemKind) bool {
	for _, e := range p.elems {
		if e.kind == k {
			return true
		}
	}
	return false
}

// findWord finds a token with one of the lemmas at from..from+gap, not
// crossing a barrier.
func (s *sentenceState) findWord(lemmas []int32, from, gap int) int {
	for j := from; j < len(s.toks) && j <= from+gap; j++ {
		if s.is(j, lemmas) {
			return j
		}
		if barrier(&s.toks[j]) {
			return -1
		}
	}
	return -1
}

// particle reports a pattern word that is a preposition or adverb particle.
func (s *sentenceState) particle(e celem) bool {
	for _, id := range e.lemmas {
		w := s.c.forms.lemmas[id]
		if !lang.IsPreposition(w) && !particles[w] {
			return false
		}
	}
	return true
}

// timeWords may stand between a verb and its particle ("met last night with").
var timeWords = map[string]bool{"on": true, "today": true, "yesterday": true, "tonight": true, "again": true,
	"also": true, "last": true, "night": true, "week": true, "weekend": true, "morning": true,
	"afternoon": true, "evening": true, "here": true, "there": true, "this": true}

var particles = map[string]bool{"up": true, "down": true, "out": true, "off": true, "back": true,
	"away": true, "over": true, "in": true, "on": true}

// findParticle finds a particle right after from, past adverbs and a
// time phrase only ("called again on Monday for").
func (s *sentenceState) findParticle(lemmas []int32, from int) int {
	for j := from; j < len(s.toks) && j <= from+3; j++ {
		if s.is(j, lemmas) {
			return j
		}
		w := s.toks[j].Lower
		if !adverbs[w] && !strings.HasSuffix(w, "ly") && !calendarWords[w] && !timeWords[w] {
			return -1
		}
	}
	return -1
}

// findWordBack looks left of before, up to four tokens.
func (s *sentenceState) findWordBack(lemmas []int32, before int) int {
	for j := before - 1; j >= 0 && j >= before-4; j-- {
		if s.is(j, lemmas) {
			return j
		}
		if barrier(&s.toks[j]) {
			return -1
		}
	}
	return -1
}

func (s *sentenceState) is(j int, lemmas []int32) bool {
	for _, id := range s.lemmas[j] {
		for _, l := range lemmas {
			if id == l {
				return true
			}
		}
	}
	return false
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "being": true, "'s": true, "'re": true, "get": true, "got": true, "gets": true}

// reducedRelative: "a deal brokered by China", "talks in Doha mediated by
// Qatar" — a participle after a noun, followed by "by" and an actor.
func (s *sentenceState) reducedRelative(h int) bool {
	if h == 0 || h+2 >= len(s.toks) || s.toks[h+1].Lower != "by" || !strings.HasSuffix(s.toks[h].Lower, "ed") {
		return false
	}
	if s.tokMent[h+2] < 0 && !(h+3 < len(s.toks) && lang.IsDeterminer(s.toks[h+2].Lower) && s.tokMent[h+3] >= 0) {
		return false
	}
	switch w := s.toks[h-1].Lower; {
	case w == "has", w == "have", w == "had", w == "'ve", beForms[w]:
		return false // a perfect, or a full passive ("was killed by")
	}
	return true
}

// passive reports a be-form right before the head (adverbs allowed) and a
// head that is not a gerund.
func (s *sentenceState) passive(h int) bool {
	if strings.HasSuffix(s.toks[h].Lower, "ing") {
		return false
	}
	if s.reducedRelative(h) {
		return true
	}
	if !lang.IsPastParticiple(s.toks[h].Lower) {
		return false // "is expected", not "is recognize"
	}
	for j := h - 1; j >= 0 && j >= h-3; j-- {
		w := s.toks[j].Lower
		if beForms[w] {
			return true
		}
		if s.toks[j].Kind != lang.Word || !strings.HasSuffix(w, "ly") && w != "not" && w != "also" && w != "formally" {
			return false
		}
	}
	return false
}
