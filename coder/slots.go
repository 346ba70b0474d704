package coder

import (
	"strings"

	"github.com/chancery/chancery/lang"
)

// sentenceState is the working memory for one sentence; its slices are
// reused from sentence to sentence.
type sentenceState struct {
	c       *Coder
	art     *articleState
	text    string
	toks    []lang.Token
	lemmas  [][]int32
	clause  []int
	ms      []mention
	tokMent []int // mention index covering each token, or -1
	explain bool
}

// usable reports whether mention i can fill a slot.
func (s *sentenceState) usable(i int) bool { return s.usableAs(i, false) }

// usableAs also accepts a place when placeOK (a visit's or an attack's target).
func (s *sentenceState) usableAs(i int, placeOK bool) bool {
	m := &s.ms[i]
	if m.place {
		return placeOK
	}
	if m.kind == kPronoun || (m.kind == kAgent && m.country == "") {
		return m.ref != nil
	}
	if m.ambiguous && !s.art.supports(s.c, m.country) && !s.localSupport(i) {
		return false
	}
	return true
}

// localSupport licenses an ambiguous state name that stands alone (no
// name word next to it: "Michael Jordan", "Georgia Tech", "Atlanta,
// Georgia") in a sentence that names another state: "Jordan recalled its
// ambassador to Israel".
func (s *sentenceState) localSupport(i int) bool {
	m := &s.ms[i]
	if m.start > 0 {
		p := &s.toks[m.start-1]
		if p.Cap && p.Kind == lang.Word || p.Text == "," && m.start > 1 && s.cityBefore(m.start-2) {
			return false
		}
	}
	if m.end < len(s.toks) && (s.toks[m.end].Cap && s.toks[m.end].Kind == lang.Word || geoNouns[s.toks[m.end].Lower]) {
		return false // "Georgia Tech", "the Niger river"
	}
	for k := range s.ms {
		o := &s.ms[k]
		if k != i && !o.ambiguous && len(o.country) == 3 && o.country != m.country && o.kind != kPronoun {
			return true
		}
	}
	return false
}

// geoNouns after a name make it a place of another kind.
var geoNouns = map[string]bool{"river": true, "valley": true, "delta": true, "basin": true, "state": true,
	"county": true, "region": true, "province": true, "coast": true, "lake": true, "bulldogs": true}

// cityBefore reports a place mention ending at token j.
func (s *sentenceState) cityBefore(j int) bool {
	for k := range s.ms {
		if s.ms[k].end == j+1 && s.ms[k].place {
			return true
		}
	}
	return false
}

// mentionAfter finds the first usable mention starting within gap tokens
// after from (skipping determiners and modifiers, not crossing a barrier).
func (s *sentenceState) mentionAfter(from, gap int) int { return s.mentionAfterAs(from, gap, false) }

func (s *sentenceState) mentionAfterAs(from, gap int, placeOK bool) int {
	for j := from; j < len(s.toks) && j <= from+gap; j++ {
		if s.toks[j].Lower == "what" {
			return -1 // "struck what New Delhi called a camp": the speaker is no target
		}
		if mi := s.tokMent[j]; mi >= 0 && s.ms[mi].start == j {
			if s.usableAs(mi, placeOK) {
				return mi
			}
			return -1
		}
		if barrier(&s.toks[j]) || s.verbLike(j) {
			return -1
		}
	}
	return -1
}

// verbLike reports a token that heads some pattern in a verb form: a
// slot's gap may hold determiners and modifiers, not another verb ("help
// strengthen X" is not "help X").
func (s *sentenceState) verbLike(j int) bool {
	w := s.toks[j].Lower
	for _, id := range s.lemmas[j] {
		if len(s.c.patterns[id]) > 0 && (s.c.forms.lemmas[id] == w || !lang.IsGerund(w) && w != s.c.forms.lemmas[id]+"s") {
			return true
		}
	}
	return false
}

// mentionBefore finds the nearest usable mention ending right before i.
func (s *sentenceState) mentionBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if mi := s.tokMent[j]; mi >= 0 && s.usable(mi) {
			return mi
		}
	}
	return -1
}

// listEnd is the token after the last mention coordinated with mention i.
func (s *sentenceState) listEnd(i int) int {
	end := s.ms[i].end
	for k := i + 1; k < len(s.ms) && s.ms[k].list == s.ms[i].list; k++ {
		end = s.ms[k].end
	}
	return end
}

// byAgent finds "by X" within a few tokens after the pattern.
func (s *sentenceState) byAgent(from int) int {
	for j := from; j < len(s.toks) && j <= from+4; j++ {
		if s.toks[j].Lower == "by" {
			return s.mentionAfter(j+1, 3)
		}
		if barrier(&s.toks[j]) {
			return -1
		}
	}
	return -1
}

// byAgentIn finds the by-agent of a passive: right after the head ("was
// attacked by Iran with missiles") or after the pattern's words.
func (s *sentenceState) byAgentIn(h, end int) int {
	if h < len(s.toks) && s.toks[h].Lower == "by" {
		if a := s.mentionAfter(h+1, 3); a >= 0 {
			return a
		}
	}
	return s.byAgent(end)
}

// subjectPreps are prepositions after which a phrase is never the subject.
var subjectPreps = map[string]bool{"of": true, "to": true, "in": true, "at": true, "from": true,
	"with": true, "against": true, "by": true, "for": true, "on": true, "over": true, "about": true,
	"into": true, "toward": true, "towards": true, "between": true, "among": true, "after": true,
	"before": true, "during": true, "since": true, "under": true, "through": true, "across": true,
	"near": true, "within": true, "without": true, "despite": true, "following": true, "amid": true,
	"behind": true, "via": true, "than": true, "per": true}

// subject finds the source of a verb at h whose pattern region starts at
// start: the nearest usable, non-prepositional mention before it in the
// same clause, else in earlier clauses of the sentence. crossed says the
// second.
func (s *sentenceState) subject(start, h int) (int, bool) {
	if a := s.antecedent(h); a >= 0 {
		return a, false
	}
	best, object := -1, -1
	for i := range s.ms {
		m := &s.ms[i]
		if m.end > start {
			break
		}
		if !s.usable(i) {
			continue
		}
		if s.prepositional(i) && !s.clauseSubject(i, start) {
			continue
		}
		if s.object(i) {
			object = i
			continue
		}
		if s.clause[m.start] != s.clause[h] && s.relativeClause(m.start) {
			continue // "The Gambia, whose justice minister led …, filed": embedded
		}
		best = i
	}
	if best < 0 {
		best = object // "… accused Russia and expelled" has no better candidate
	}
	if best < 0 {
		return -1, false
	}
	// the first member of a coordinated list stands for the list
	for best > 0 && s.ms[best-1].list == s.ms[best].list {
		best--
	}
	return best, s.clause[s.ms[best].start] != s.clause[h]
}

// relativeClause reports whether token i sits in a relative clause.
func (s *sentenceState) relativeClause(i int) bool {
	j := i
	for j > 0 && s.clause[j-1] == s.clause[i] {
		j--
	}
	switch s.toks[j].Lower {
	case "who", "whose", "which", "whom", "where":
		return true
	}
	return false
}

// antecedent: in a subject relative clause ("Russia, which invaded …",
// "the court, who …") the subject is the phrase the pronoun follows.
func (s *sentenceState) antecedent(h int) int {
	j := h - 1
	for j >= 0 && s.clause[j] == s.clause[h] {
		j--
	}
	first := j + 1 // the clause's first token
	switch s.toks[first].Lower {
	case "which", "who":
	default:
		return -1
	}
	for k := first + 1; k < h; k++ {
		if s.tokMent[k] >= 0 {
			return -1 // "which the EU imposed": an object relative
		}
	}
	end := first
	if end > 0 && s.toks[end-1].Text == "," {
		end--
	}
	if end == 0 || s.tokMent[end-1] < 0 || !s.usable(s.tokMent[end-1]) {
		return -1
	}
	return s.listStart(s.tokMent[end-1])
}

// clauseSubject: a mention after a subordinator that doubles as a
// preposition ("after Israeli jets struck …") right before the verb is the
// subject of that clause.
func (s *sentenceState) clauseSubject(i, start int) bool {
	k := s.listStart(i)
	if k == 0 {
		return false
	}
	switch s.toks[s.prevNonDet(s.ms[k].start)].Lower {
	case "after", "before", "since", "until", "as", "while", "when", "because", "once":
	default:
		return false
	}
	nouns := 0
	for j := s.listEnd(i); j < start; j++ {
		w := s.toks[j].Lower
		if lang.IsAuxiliary(w) || strings.HasSuffix(w, "ly") || w == "also" || w == "not" || w == "n't" {
			continue
		}
		// "after a Serbian army jet shot down …": a noun or two of the phrase
		if nouns < 2 && s.toks[j].Kind == lang.Word && !s.toks[j].Cap && contentWord(w) && !s.verbLike(j) {
			nouns++
			continue
		}
		return false
	}
	return true
}

// object: a mention right after a verb ("accused Russia") is its object,
// never the subject of a later coordinated verb. Reporting verbs take
// clauses ("said Ukraine attacked"), not objects.
func (s *sentenceState) object(i int) bool {
	st := s.ms[s.listStart(i)].start
	if st == 0 {
		return false
	}
	k := s.prevNonDet(st)
	if k == st || lang.IsReportingVerb(s.toks[k].Lower) {
		return false
	}
	return s.verbLike(k) && !s.nominal(k)
}

func (s *sentenceState) listStart(i int) int {
	for i > 0 && s.ms[i-1].list == s.ms[i].list {
		i--
	}
	return i
}

// prevNonDet is the index of the token before i, skipping determiners;
// i itself when nothing precedes.
func (s *sentenceState) prevNonDet(i int) int {
	k := i - 1
	for k > 0 && lang.IsDeterminer(s.toks[k].Lower) {
		k--
	}
	if k < 0 {
		return i
	}
	return k
}

// prepositional reports whether a mention is governed by a preposition
// ("the credentials of Afghanistan's ambassador").
func (s *sentenceState) prepositional(i int) bool {
	// a coordinated mention takes the preposition of its list's first member
	for i > 0 && s.ms[i-1].list == s.ms[i].list {
		i--
	}
	st := s.ms[i].start
	if st == 0 {
		return false
	}
	k := st - 1
	for k > 0 && (lang.IsDeterminer(s.toks[k].Lower) || s.toks[k].Lower == "'s") {
		k--
	}
	w := s.toks[k].Lower
	if exampleWords[w] {
		return false
	}
	if w == "of" && k > 0 && collective[s.toks[k-1].Lower] {
		return false // "Thousands of Egyptians demonstrated"
	}
	return subjectPreps[w]
}

// collectiveOf reports a mention inside "thousands of …", "supporters of …".
func (s *sentenceState) collectiveOf(i int) bool {
	st := s.ms[i].start
	return st >= 2 && s.toks[st-1].Lower == "of" && collective[s.toks[st-2].Lower]
}

// collective nouns whose "of" phrase is the real subject.
var collective = map[string]bool{"thousands": true, "hundreds": true, "millions": true, "dozens": true,
	"tens": true, "scores": true, "supporters": true, "members": true, "groups": true, "crowds": true,
	"many": true, "some": true, "most": true, "all": true, "both": true, "each": true, "delegation": true,
	"contingent": true, "units": true, "troops": true, "forces": true, "leaders": true}

// reciprocal: "A and B met" has no target; each is the other's.
func (s *sentenceState) reciprocal(m match) bool {
	if !(reciprocalCode(m.p.code) || m.p.joint) || m.src < 0 {
		return false
	}
	n := 0
	for k := m.src; k < len(s.ms) && s.ms[k].list == s.ms[m.src].list; k++ {
		n++
	}
	return n >= 2
}

// reciprocalCodes: codes whose joint subject ("India and Pakistan agreed to
// a ceasefire", "A and B met", "X and Y severed ties") reads both ways
// when no target is given (CONVENTIONS.md §3, paired codes). Prefixes.
var reciprocalPrefixes = []string{"019", "03", "04", "050", "052", "054", "055", "056", "057",
	"06", "0871", "087", "0841", "160", "161", "164", "190", "193"}

func reciprocalCode(code string) bool {
	for _, p := range reciprocalPrefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// listMembers returns the usable mentions coordinated with mention i.
func (s *sentenceState) listMembers(i int, dst []int) []int {
	dst = dst[:0]
	if i < 0 {
		return dst
	}
	placeOK := s.ms[i].place
	for k := i; k < len(s.ms) && s.ms[k].list == s.ms[i].list; k++ {
		if s.usableAs(k, placeOK) {
			dst = append(dst, k)
		}
	}
	return dst
}

// link gives coordinated mentions one list id: mentions separated only by
// commas, "and", "or", "as well as" and determiners.
func (s *sentenceState) link() {
	s.appositions()
	for i := range s.ms {
		s.ms[i].list = i
	}
	// a chain linked only by commas is an apposition or two clauses
	// ("…from Afghanistan, the United States froze"), not a list: a list
	// needs a conjunction somewhere in its chain.
	for i := 1; i < len(s.ms); {
		j, conj := i, false
		for j < len(s.ms) && s.ms[j-1].end <= s.ms[j].start {
			ok, c := coordinated(s.toks[s.ms[j-1].end:s.ms[j].start])
			if !ok {
				break
			}
			conj = conj || c
			j++
		}
		if conj {
			for k := i; k < j; k++ {
				s.ms[k].list = s.ms[i-1].list
			}
		}
		i = j + 1
	}
}

// appositions folds "his Israeli counterpart, Ariel Sharon," into one
// actor: two phrases of one country separated by a comma only, the second
// more specific (a named person or a fuller code), become the second.
func (s *sentenceState) appositions() {
	pub := s.art.art.Published
	out := s.ms[:0]
	for i := 0; i < len(s.ms); i++ {
		m := s.ms[i]
		if i+1 < len(s.ms) {
			n := s.ms[i+1]
			if n.start == m.end+1 && s.toks[m.end].Text == "," && m.kind != kPronoun && n.kind != kPronoun &&
				!m.place && !n.place {
				cm, cn := m.codeOn(pub), n.codeOn(pub)
				if len(cm) >= 3 && len(cn) >= 3 && cm[:3] == cn[:3] && len(cn) >= len(cm) {
					n.start = m.start
					out = append(out, n)
					i++
					continue
				}
			}
		}
		out = append(out, m)
	}
	s.ms = out
}

// coordinated reports whether the tokens between two mentions link them,
// and whether a conjunction does.
func coordinated(between []lang.Token) (ok, conj bool) {
	if len(between) == 0 {
		return false, false
	}
	link := false
	for k := 0; k < len(between); k++ {
		w := between[k].Lower
		switch {
		case w == ",":
			link = true
		case w == "and" || w == "or" || w == "&":
			link, conj = true, true
		case w == "as" && k+2 < len(between) && between[k+1].Lower == "well" && between[k+2].Lower == "as":
			link, conj = true, true
			k += 2
		case lang.IsDeterminer(w):
		default:
			return false, false
		}
	}
	return link, conj
}
