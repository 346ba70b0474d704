package coder

import (
	"strings"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// maxHistory bounds how far back pronouns and role nouns look.
const maxHistory = 12

// resolveRefs points pronouns and lone role nouns ("the ministry") at the
// latest fitting actor: earlier in this sentence, else earlier sentences.
func (s *sentenceState) resolveRefs(st *articleState) {
	defer s.articleCountry(st)
	defer s.placeCountry()
	defer s.soleCountry()
	defer s.expandThey(st)
	for i := range s.ms {
		m := &s.ms[i]
		switch {
		case m.kind == kPronoun && anaphors[m.name] != "":
			if m.start == 0 || s.toks[m.start-1].Lower != "the" {
				continue // "a group", "the first country" are no references
			}
			sort := anaphors[m.name]
			m.ref = s.latest(st, i, func(r *mention) bool { return sortOf(r) == sort })
		case m.kind == kPronoun && (m.name == "him" || m.name == "them"):
			// an object pronoun refers to the nearest fitting actor before it
			// ("expelled six British diplomats, accusing them of spying")
			human := m.name == "him"
			for k := i - 1; k >= 0 && m.ref == nil; k-- {
				if r := &s.ms[k]; referable(r) && r.human() == human {
					cp := *r
					m.ref = &cp
				}
			}
			if m.ref == nil {
				m.ref = s.latest(st, i, func(r *mention) bool { return r.human() == human })
			}
		case m.kind == kPronoun:
			human := m.name == "he" || m.name == "she" || m.name == "him"
			m.ref = s.latest(st, i, func(r *mention) bool { return r.human() == human })
		case m.kind == kAgent && m.country == "" && i > 0 && s.ms[i-1].list == m.list && s.ms[i-1].country != "" && s.ms[i-1].code == "":
			// "Brazil's Congress, Supreme Court and presidential palace": the
			// list shares its country
			m.country = s.ms[i-1].country
		case m.kind == kAgent && m.country == "" && s.locatedIn(i) != "":
			// "the Defense Ministry in Damascus": the place's country; but "its
			// embassy in Tehran" is another state's
			if host := s.locatedIn(i); !foreignMissions[s.toks[m.end-1].Lower] {
				m.country, m.inferred = host, true
			} else if c := s.missionOwner(i, host); c != "" {
				m.country, m.inferred = c, true
			}
		case m.kind == kAgent && m.country == "":
			// "Russia, whose forces invaded …": the antecedent's role
			if m.start > 0 && s.toks[m.start-1].Lower == "whose" && i > 0 && referable(&s.ms[i-1]) && s.ms[i-1].country != "" {
				cp := s.ms[i-1]
				cp.role, cp.kind, cp.person, cp.group, cp.ref, cp.code = m.role, kAgent, nil, nil, nil, ""
				m.ref = &cp
				continue
			}
			// "Moscow rejected reports that its troops …": a possessive
			// pronoun gives its role noun the country of an actor earlier in
			// the same sentence (never a later one: "the withdrawal of its
			// troops, the United States froze …" stays unresolved)
			if m.start > 0 && possPronouns[s.toks[m.start-1].Lower] {
				// the sentence's subject first ("Saudi Arabia broke off
				// relations with Iran after protesters stormed its embassy")
				for k := 0; k < i; k++ {
					if r := &s.ms[k]; referable(r) && r.country != "" && len(r.country) == 3 && r.code == "" && !s.prepositional(k) {
						cp := *r
						cp.role, cp.kind, cp.person, cp.group, cp.ref = m.role, kAgent, nil, nil, nil
						m.ref = &cp
						break
					}
				}
				continue
			}
			// only a definite role noun refers back ("the ministry said");
			// "maintain ambassadors" do not
			if m.start > 0 && s.toks[m.start-1].Lower != "the" {
				continue
			}
			role := m.role
			// "the company" is the latest company; "the ministry" the latest state's
			m.ref = s.latest(st, i, func(r *mention) bool {
				c := r.codeOn(st.art.Published)
				return len(c) >= 6 && strings.HasSuffix(c, role)
			})
			if m.ref == nil {
				if r := s.latest(st, i, func(r *mention) bool { return r.country != "" && len(r.country) == 3 && r.code == "" }); r != nil {
					cp := *r
					cp.role, cp.kind, cp.person, cp.group, cp.ref = role, kAgent, nil, nil, nil
					m.ref = &cp
				}
			}
		}
	}
}

// placeCountry gives role nouns still without a country ("protesters
// marched in Dhaka", "Prime Minister Sheikh Hasina") the country of the
// sentence's places, when they name just one.
func (s *sentenceState) placeCountry() {
	country := ""
	for i := range s.ms {
		// a capital used as a place, or a state named as a location ("in
		// northeastern Nigeria")
		if p := &s.ms[i]; p.place || p.kind == kCountry && p.start > 0 {
			if !p.place && !locPreps[s.toks[prevNonAdj(s.toks, p.start)].Lower] {
				continue
			}
			switch s.toks[prevNonAdj(s.toks, p.start)].Lower {
			case "in", "at", "across", "near", "outside", "inside", "around":
			default:
				continue // "the ambassador to Moscow" is no Russian
			}
			if country != "" && country != p.country {
				return
			}
			country = p.country
		}
	}
	if country == "" {
		return
	}
	for i := range s.ms {
		// a titled official is not of the place the news came from ("a report
		// monitored in London said Foreign Minister Halefolu …")
		if m := &s.ms[i]; m.kind == kAgent && m.country == "" && m.ref == nil && !m.titled {
			if foreignMissions[s.toks[m.end-1].Lower] {
				// "its embassy in Tehran" is another state's: the nearest
				// state named before "its", if any
				if c := s.missionOwner(i, country); c != "" {
					m.country, m.inferred = c, true
				}
				continue
			}
			m.country, m.inferred = country, true
		}
	}
}

// foreignMissions are role nouns that stand in a country for another one.
var foreignMissions = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true}

// missionOwner finds the state a mission ("its embassy in Tehran")
// belongs to: after "its" or "their", the nearest state named before it
// that is not the host.
func (s *sentenceState) missionOwner(i int, host string) string {
	m := &s.ms[i]
	if m.start == 0 || (s.toks[m.start-1].Lower != "its" && s.toks[m.start-1].Lower != "their") {
		return ""
	}
	for k := i - 1; k >= 0; k-- {
		o := &s.ms[k]
		if !o.place && (o.kind == kCountry || o.kind == kAdj || o.kind == kCapital) && len(o.country) == 3 && o.country != host {
			return o.country
		}
	}
	return ""
}

// articleCountry gives role nouns still without a country ("MPs voted",
// "the ministry said") the country the article is about: one named at least
// twice and in at least three in five of the article's state mentions so far.
func (s *sentenceState) articleCountry(st *articleState) {
	best, n, total := "", 0, 0
	for c, k := range st.countries {
		total += k
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	if n < 2 || 5*n < 3*total {
		return
	}
	for i := range s.ms {
		if m := &s.ms[i]; m.kind == kAgent && m.country == "" && m.ref == nil {
			m.country, m.inferred = best, true
		}
	}
}

// soleCountry gives a titled official without a country ("Planning
// Minister Tran Xuan Gia said Vietnam …") the sentence's only state.
func (s *sentenceState) soleCountry() {
	country := ""
	for i := range s.ms {
		m := &s.ms[i]
		c := m.country
		if m.titled && c == "" || len(c) != 3 || c == "IGO" || c == "NGO" || c == "IMG" || c == "MNC" {
			continue
		}
		if country != "" && country != c {
			return
		}
		country = c
	}
	for i := range s.ms {
		if m := &s.ms[i]; m.titled && m.country == "" && m.ref == nil {
			m.country, m.inferred = country, true
		}
	}
}

// expandThey makes "they"/"them" stand for the joint subject of the
// sentence before ("Finland and Sweden applied … They thanked Biden"): the
// pronoun becomes one mention per member, coordinated.
func (s *sentenceState) expandThey(st *articleState) {
	var members []mention
	for k := len(st.history) - 1; k >= 0; k-- {
		h := st.history[k]
		if h.sent < st.sentIdx-1 {
			break
		}
		var list []mention
		for j := k; j >= 0 && st.history[j].sent == h.sent; j-- {
			if st.history[j].list == h.list {
				list = append([]mention{st.history[j]}, list...)
			}
		}
		if len(list) >= 2 {
			members = list
		}
		k -= len(list) - 1
	}
	if len(members) < 2 {
		return
	}
	out := make([]mention, 0, len(s.ms)+len(members))
	for _, m := range s.ms {
		if m.kind != kPronoun || m.name != "they" && m.name != "them" {
			out = append(out, m)
			continue
		}
		for k := range members {
			v := m
			r := members[k]
			v.ref = &r
			out = append(out, v)
		}
	}
	s.ms = out
}

// locatedIn is the country of a place right after mention i ("… in
// Damascus", "… in northern Syria"), or "".
func (s *sentenceState) locatedIn(i int) string {
	if i+1 >= len(s.ms) {
		return ""
	}
	m, n := &s.ms[i], &s.ms[i+1]
	if m.end >= len(s.toks) || !locPreps[s.toks[m.end].Lower] || n.start > m.end+3 {
		return ""
	}
	if n.place || n.kind == kCountry {
		return n.country
	}
	return ""
}

// locPreps introduce a location.
var locPreps = map[string]bool{"in": true, "at": true, "across": true, "near": true, "outside": true,
	"inside": true, "around": true}

// prevNonAdj is the token before i, skipping determiners and lower-case
// modifiers ("in northeastern Nigeria").
func prevNonAdj(toks []lang.Token, i int) int {
	k := i - 1
	for k > 0 && (lang.IsDeterminer(toks[k].Lower) || toks[k].Kind == lang.Word && !toks[k].Cap && !lang.IsPreposition(toks[k].Lower) && k >= i-2) {
		k--
	}
	if k < 0 {
		return 0
	}
	return k
}

// latest finds what a reference before mention i points at: the left-most
// fitting mention of the nearest sentence that has one (this sentence
// first), since a sentence's subject is its most salient actor ("Putin
// praised Xi. He also thanked India." → Putin).
func (s *sentenceState) latest(st *articleState, i int, fits func(*mention) bool) *mention {
	for k := 0; k < i; k++ {
		r := &s.ms[k]
		if referable(r) && !s.prepositional(k) && fits(r) {
			cp := *r
			return &cp
		}
	}
	for k := len(st.history) - 1; k >= 0; k-- {
		if !fits(&st.history[k]) {
			continue
		}
		// walk back to the left-most fitting mention of that sentence
		best := k
		for j := k - 1; j >= 0 && st.history[j].sent == st.history[k].sent; j-- {
			if fits(&st.history[j]) {
				best = j
			}
		}
		cp := st.history[best]
		return &cp
	}
	return nil
}

// sortOf says what kind of actor a mention is, for "the group", "the
// country", "the organisation".
func sortOf(r *mention) string {
	switch {
	case r.group != nil:
		return "group"
	case r.kind == kOrg:
		return "org"
	case r.kind == kCountry || r.kind == kCapital:
		return "state"
	}
	return ""
}

// human: a person, or a titled official ("Kenyan President William Ruto").
func (m *mention) human() bool {
	return m.person != nil || m.kind == kAgent && m.titled
}

func referable(r *mention) bool {
	return !r.place && r.kind != kPronoun && !(r.kind == kAgent && r.country == "") && !(r.kind == kAdj && r.role == "")
}

// remember keeps this sentence's actors for later references.
func (s *sentenceState) remember(st *articleState) {
	for i := range s.ms {
		m := s.ms[i]
		if m.place || !s.usable(i) {
			continue
		}
		if s.prepositional(i) {
			continue // objects of prepositions are rarely referred back to
		}
		if m.ref != nil {
			m = *m.ref
		}
		m.sent = st.sentIdx
		st.history = append(st.history, m)
	}
	if st.countries == nil {
		st.countries = map[string]int{}
	}
	for i := range s.ms {
		if c := s.ms[i].country; len(c) == 3 && c != "IGO" && c != "NGO" && c != "IMG" && c != "MNC" && s.ms[i].ref == nil {
			st.countries[c]++
		}
	}
	if n := len(st.history); n > maxHistory {
		st.history = append(st.history[:0], st.history[n-maxHistory:]...)
	}
}

// supports reports whether the article supports an ambiguous country
// name; the article is scanned once, and only if such a name occurs.
func (st *articleState) supports(c *Coder, code string) bool {
	if st.supported == nil {
		st.supported = c.support(st.art.Text)
	}
	return st.supported[code]
}

// support finds the countries an article mentions unambiguously (by
// adjective, capital, demonym or an unambiguous name), which licenses their
// ambiguous names ("Georgia" with "Tbilisi" or "Georgian" nearby).
func (c *Coder) support(text string) map[string]bool {
	sup := map[string]bool{}
	toks := lang.Tokenize(text, event.Span{0, len(text)})
	for i := 0; i < len(toks); {
		e := c.lex.longest(toks, i)
		if e == nil {
			i++
			continue
		}
		switch e.kind {
		case kAdj, kCapital, kDemonym:
			sup[e.code] = true
		case kCountry:
			if !e.ambiguous {
				sup[e.code] = true
			} else if i+len(e.words) < len(toks) && toks[i+len(e.words)].Lower == "'s" {
				sup[e.code] = true // "Georgia's government"
			}
		}
		i += len(e.words)
	}
	return sup
}

// possPronouns give a role noun the country of an earlier actor.
var possPronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true}
