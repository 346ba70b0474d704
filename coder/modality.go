package coder

import (
	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
	"github.com/chancery/chancery/when"
	"strings"
)

// cueSet holds the modality cue phrases, bucketed by first word.
type cueSet struct {
	byFirst map[string][]cuePhrase
}

type cuePhrase struct {
	words []string
	mod   event.Modality
}

func buildCues(d *dict.Dict) *cueSet {
	cs := &cueSet{byFirst: map[string][]cuePhrase{}}
	for _, c := range d.Cues {
		mod := event.Hypothetical
		if c.Kind == "negated" {
			mod = event.Negated
		}
		for _, t := range c.Terms {
			words, _ := tokenWords(t)
			if len(words) > 0 {
				cs.byFirst[words[0]] = append(cs.byFirst[words[0]], cuePhrase{words, mod})
			}
		}
	}
	return cs
}

// at returns the longest cue starting at token i, if any, and the index of
// its last token. Between a cue's words a date or adverb may stand
// ("refused on Monday to", "had so far failed to"): up to three tokens
// that are no barrier.
func (cs *cueSet) at(toks []lang.Token, i int) (cuePhrase, int, bool) {
	var best cuePhrase
	bestLast, found := -1, false
	if i > 0 && toks[i].Cap && toks[i].Lower == "may" {
		return best, -1, false // "Theresa May" is no modal; "U.S. Would Not" is
	}
	for _, c := range cs.byFirst[toks[i].Lower] {
		if found && len(c.words) <= len(best.words) {
			continue
		}
		j, ok := i, true
		for k := 1; k < len(c.words) && ok; k++ {
			ok = false
			for g := j + 1; g < len(toks) && g <= j+4; g++ {
				if toks[g].Lower == c.words[k] {
					j, ok = g, true
					break
				}
				if barrier(&toks[g]) {
					break
				}
			}
		}
		if ok {
			best, bestLast, found = c, j, true
		}
	}
	return best, bestLast, found
}

// modality reads the cues of the head's own clause, from the clause's
// start to the end of the pattern (CONVENTIONS.md §4: a cue governs its own
// clause only). A cue that is part of the pattern itself ("threatened to"
// in a threat pattern) does not count. The first cue found decides;
// negation inside a hypothetical clause stays hypothetical.
func (s *sentenceState) modality(m match) (event.Modality, *event.Cue) {
	cl := s.clause[m.head]
	from := m.head
	for from > 0 && s.clause[from-1] == cl {
		from--
	}
	mod := event.Asserted
	var cue *event.Cue
	if last := len(s.toks) - 1; s.toks[last].Text == "?" {
		// a question asserts nothing (CONVENTIONS.md §4)
		q := s.toks[last].Span
		return event.Hypothetical, &event.Cue{Text: "?", Span: event.Span{q[0], q[1]}}
	}
	for i := from; i < m.end; i++ {
		if i >= m.start && i < m.end && s.inPattern(m, i) {
			continue
		}
		c, last, ok := s.c.cues.at(s.toks, i)
		if !ok {
			continue
		}
		if last >= m.start && i <= m.head && s.inPattern(m, last) {
			continue
		}
		if mod == event.Asserted || (mod == event.Negated && c.mod == event.Hypothetical) {
			mod = c.mod
			sp := event.Span{s.toks[i].Span[0], s.toks[last].Span[1]}
			cue = &event.Cue{Text: s.text[sp[0]:sp[1]], Span: sp}
		}
		i = last
	}
	if mod == event.Asserted {
		// "when he visits Beijing": a present-tense time clause speaks of
		// the future
		if c := s.futureTimeClause(m); c != nil {
			return event.Hypothetical, c
		}
		// "wants Turkey to close …", "promising to sign …": an act wanted,
		// planned or promised has not happened (a pattern that spells the
		// verb out, an intent 03x, codes the statement instead)
		if c := s.irrealisBefore(m); c != nil {
			return event.Hypothetical, c
		}
	}
	if mod != event.Hypothetical && m.p.code[:2] != "13" {
		// a condition after the clause ("will not recognize … unless …")
		// makes the event conditional; a threat codes the threat itself
		if c := s.conditionAfter(m); c != nil {
			return event.Hypothetical, c
		}
	}
	return mod, cue
}

// futureTimeClause finds a clause opened by "when", "once", "before",
// "until" or "after" whose head is in the present tense.
func (s *sentenceState) futureTimeClause(m match) *event.Cue {
	cl := s.clause[m.head]
	i := m.head
	for i > 0 && s.clause[i-1] == cl {
		i--
	}
	switch s.toks[i].Lower {
	case "when", "once", "before", "until", "after", "whenever":
	default:
		return nil
	}
	w := s.toks[m.head].Lower
	if lang.IsPastParticiple(w) {
		return nil // "when they held talks": past ("held" is no base form)
	}
	for _, id := range s.lemmas[m.head] {
		if l := s.c.forms.lemmas[id]; w == l || w == l+"s" || w == l+"es" {
			return &event.Cue{Text: s.toks[i].Text, Span: s.toks[i].Span}
		}
	}
	return nil
}

// alleged marks an act that is only alleged ("accused of killing").
var alleged = map[string]bool{"accused": true, "accuses": true, "accusing": true, "suspected": true,
	"charged": true, "alleged": true, "blamed": true, "blaming": true, "blames": true}

// irrealis verbs take an infinitive that has not happened (yet).
var irrealis = map[string]bool{}

func init() {
	for _, v := range []string{"want", "hope", "plan", "intend", "seek", "try", "promise", "pledge",
		"vow", "offer", "ask", "urge", "expect", "prepare", "aim", "wish", "propose", "consider",
		"attempt", "prefer", "need", "push", "press", "encourage", "invite", "allow", "permit"} {
		for _, f := range lang.Inflections(v) {
			irrealis[f] = true
		}
	}
	irrealis["sought"] = true
}

// irrealisBefore finds "VERB (object) to HEAD" with an irrealis verb,
// outside the pattern.
func (s *sentenceState) irrealisBefore(m match) *event.Cue {
	if m.head >= 2 && lang.IsGerund(s.toks[m.head].Lower) {
		switch s.toks[m.head-1].Lower {
		case "of", "for", "with":
			// "soldiers accused of killing civilians": an allegation
			if k := m.head - 2; alleged[s.toks[k].Lower] {
				return &event.Cue{Text: s.toks[k].Text, Span: s.toks[k].Span}
			}
		}
	}
	if m.p.code[:2] == "03" || m.head < 2 || s.toks[m.head-1].Lower != "to" {
		return nil
	}
	for k := m.head - 2; k >= 0 && k >= m.head-6; k-- {
		if barrier(&s.toks[k]) {
			return nil
		}
		if irrealis[s.toks[k].Lower] && !s.inPattern(m, k) {
			return &event.Cue{Text: s.toks[k].Text, Span: s.toks[k].Span}
		}
	}
	return nil
}

// conditionAfter finds an "unless"/"if" clause right after the match's
// clause, in the same sentence.
func (s *sentenceState) conditionAfter(m match) *event.Cue {
	cl := s.clause[m.head]
	for i := m.end; i < len(s.toks); i++ {
		if s.clause[i] == cl {
			continue
		}
		if s.clause[i] != cl+1 {
			return nil
		}
		w := s.toks[i].Lower
		if w == "," || w == "and" {
			continue
		}
		if w == "unless" || w == "if" {
			return &event.Cue{Text: s.toks[i].Text, Span: s.toks[i].Span}
		}
		return nil
	}
	return nil
}

// inPattern reports whether token i is one of the match's pattern words.
func (s *sentenceState) inPattern(m match, i int) bool {
	if i == m.head {
		return true
	}
	for _, e := range m.p.elems {
		if e.kind == dict.Word && s.is(i, e.lemmas) {
			return true
		}
	}
	return false
}

// future reports a future-tense marker before the head in its clause.
func (s *sentenceState) future(m match) bool {
	cl := s.clause[m.head]
	for i := m.head - 1; i >= 0 && s.clause[i] == cl; i-- {
		switch s.toks[i].Lower {
		case "will", "'ll", "shall", "next":
			return true
		}
	}
	return false
}

// intentOf maps a cooperative act to the intent CAMEO codes for its
// announcement ("Turkey will allow refugees to return" is 035x, not 08x):
// the statement is the event (CONVENTIONS.md §3).
var intentOf = map[string]string{
	"04": "036", "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "037", "046": "036",
	"05": "032", "050": "032", "051": "032", "052": "032", "053": "032", "054": "032", "055": "032", "056": "032", "057": "030",
	"06": "031", "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"07": "033", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
	"08": "035", "080": "035", "081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354",
	"086": "0355", "087": "0356",
}

// futureAct reads a future act ("will visit", "will attack"): a cooperative
// one is coded as the intent it announces, any other as hypothetical (it
// has not happened). Threats and patterns that spell out "will" themselves
// keep their code.
func (s *sentenceState) futureAct(m match) (match, event.Modality, *event.Cue) {
	aux := s.futureAux(m)
	if aux < 0 || m.p.code[:2] == "03" || m.p.code[:2] == "13" {
		return m, event.Asserted, nil
	}
	cue := &event.Cue{Text: s.toks[aux].Text, Span: s.toks[aux].Span}
	nc, ok := intentOf[m.p.code]
	if !ok && len(m.p.code) == 4 {
		nc, ok = intentOf[m.p.code[:3]]
	}
	if !ok {
		nc, ok = intentOf[m.p.code[:2]]
	}
	if !ok {
		return m, event.Hypothetical, cue
	}
	info, found := event.Lookup(nc)
	if !found {
		return m, event.Asserted, nil
	}
	p := *m.p
	p.code, p.info = nc, info
	m.p = &p
	return m, event.Asserted, nil
}

// futureAux is the index of a future auxiliary ("will", "'ll", "shall")
// governing the head in its clause, or -1; one that is a pattern word does
// not count.
func (s *sentenceState) futureAux(m match) int {
	cl := s.clause[m.head]
	for i := m.head - 1; i >= 0 && i >= m.head-4 && s.clause[i] == cl; i-- {
		switch s.toks[i].Lower {
		case "will", "'ll", "shall":
			if s.inPattern(m, i) {
				return -1
			}
			return i
		}
		if s.tokMent[i] >= 0 || barrier(&s.toks[i]) {
			return -1
		}
	}
	return -1
}

// date resolves the event's date from its clause, then its sentence, then
// the paragraph so far, then the published date (CONVENTIONS.md §5).
func (s *sentenceState) date(st *articleState, m match, exprs []when.Expr) (string, string, *event.Cue) {
	fut := s.future(m)
	pick := func(e *when.Expr) (string, string, *event.Cue) {
		d := e.Past
		// the event's tense reads an expression of its own clause only:
		// in "X will not …, the ministry said on Wednesday" the Wednesday
		// is the report's, in the past
		if t := s.tokenAt(e.Span[0]); fut && t >= 0 && t < len(s.clause) && s.clause[t] == s.clause[m.head] {
			d = e.Future
		}
		return d.String(), "text", &event.Cue{Text: e.Text, Span: e.Span}
	}
	best, bestDist := -1, 1<<30
	for i := range exprs {
		t := s.tokenAt(exprs[i].Span[0])
		if t < 0 || exprs[i].Past.IsZero() || adjectival(s.text, exprs[i]) || deadline(exprs[i].Text) {
			continue
		}
		dist := abs(t - m.head)
		if s.clause[t] != s.clause[m.head] {
			dist += 1000 // another clause of the sentence: only when the own clause has none
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		return pick(&exprs[best])
	}
	if st.paraDate != nil {
		return pick(st.paraDate)
	}
	// "During its first rule, …" opening a paragraph refers back to the
	// period the paragraph before dated
	if st.prevDate != nil && backRef[s.toks[0].Lower] {
		return pick(st.prevDate)
	}
	return st.art.Published, "published", nil
}

// deadline: "until 2028", "by 2030" bound an act in time, they do not date it.
func deadline(text string) bool {
	w, _, _ := strings.Cut(strings.ToLower(text), " ")
	switch w {
	case "until", "till", "by", "through", "before":
		return true
	}
	return false
}

// backRef are sentence openers that refer back to a time already given.
var backRef = map[string]bool{"during": true, "then": true, "later": true, "afterwards": true,
	"meanwhile": true, "subsequently": true, "following": true}

// adjectival reports a date used to name another event ("the September
// 11, 2001 attacks", "the 2003 invasion"): it does not date the clause.
func adjectival(text string, e when.Expr) bool {
	if after := text[e.Span[1]:]; strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") {
		return true // "Tuesday's missile barrage"
	}
	before := strings.TrimRight(text[:e.Span[0]], " ")
	if !strings.HasSuffix(strings.ToLower(before), "the") && !strings.HasSuffix(before, "its") && !strings.HasSuffix(before, "their") {
		return false
	}
	after := strings.TrimLeft(text[e.Span[1]:], " ")
	if after == "" {
		return false
	}
	r := after[0]
	return r >= 'a' && r <= 'z' && !strings.HasPrefix(after, "to ") && !strings.HasPrefix(after, "and ")
}

// tokenAt is the index of the token starting at or containing byte off.
func (s *sentenceState) tokenAt(off int) int {
	for i, t := range s.toks {
		if t.Span[1] > off {
			return i
		}
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
