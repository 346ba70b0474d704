package coder

import (
	"strings"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/lang"
)

// mention is one actor phrase in a sentence, assembled from lexicon hits:
// "Afghan Foreign Minister Amir Khan Muttaqi" is one mention.
type mention struct {
	start, end int    // token indexes, half-open
	country    string // country part (RUS, IGO …); "" until resolved
	role       string // agent role appended to a bare country (GOV, MIL …)
	code       string // fixed code (orgs), "" when derived
	name       string
	group      *dict.Group
	person     *dict.Person
	kind       entryKind // the head kind
	prep       string    // preposition governing the phrase, if any
	list       int       // mentions with the same list id are coordinated
	place      bool      // a capital used as a place: never an actor
	ref        *mention  // for pronouns and lone role nouns: what they refer to
	ambiguous  bool
	sent       int            // the sentence it was found in (for the article's history)
	titled     bool           // a title with a name ("President William Ruto")
	alts       []*dict.Person // other people the name may mean
	inferred   bool           // the country was inferred (place, article, sentence), not written
}

// codeOn returns the actor code of the mention on a date.
func (m *mention) codeOn(date string) string {
	if m.place {
		return m.country // a place stands for its country, not its government
	}
	if m.ref != nil {
		r := m.ref.codeOn(date)
		if m.kind == kAgent && m.role != "" && len(r) >= 3 && r[:3] == m.country && len(m.ref.code) == 0 {
			return r[:3] + m.role
		}
		return r
	}
	if m.person != nil {
		p := m.personOn(date)
		c := p.CodeOn(midpoint(date))
		if m.role != "" && (c == "" || strings.HasSuffix(c, "ELI")) {
			// out of the dictionary's offices but titled in the text
			// ("Chancellor Gordon Brown"): the title's role
			switch {
			case m.country != "":
				return m.country + m.role
			case p.Elite != "":
				return p.Elite + m.role
			}
		}
		switch {
		case m.group != nil && (c == "" || strings.HasSuffix(c, "ELI")):
			// out of office but named with a party or group: "Hamas leader
			// Yahya Sinwar", "Christian Democrat leader Friedrich Merz" in 2022
			if g := m.group.CodeOn(midpoint(date)); g != "" {
				return g
			}
			return c
		case c != "":
			return c
		case m.code != "":
			return m.code
		case m.country != "":
			return m.country + m.role
		}
		return ""
	}
	if m.group != nil {
		c := m.group.CodeOn(midpoint(date))
		if m.country != "" && len(c) == 6 && c[:3] != m.country && len(m.country) == 3 && c[:3] != "IMG" {
			// a party name several states share, owned by the possessive
			return m.country + c[3:]
		}
		return c
	}
	if m.code != "" {
		return m.code
	}
	return m.country + m.role
}

// personOn is the person a name means on a date: among namesakes, the
// one in office then ("George Bush" in 1987).
func (m *mention) personOn(date string) *dict.Person {
	p := m.person
	for _, a := range m.alts {
		if c := p.CodeOn(midpoint(date)); c == "" || strings.HasSuffix(c, "ELI") {
			if ac := a.CodeOn(midpoint(date)); ac != "" && !strings.HasSuffix(ac, "ELI") {
				p = a
			}
		}
	}
	return p
}

// midpoint reads a partial date as the middle of its period, so that the
// role covering most of the period wins ("2021-08" → 2021-08-16).
func midpoint(d string) string {
	switch len(d) {
	case 4:
		return d + "-07-02"
	case 7:
		return d + "-16"
	}
	return d
}

// governing prepositions that make a capital a place ("ambassador to Moscow").
var placePreps = map[string]bool{"to": true, "in": true, "at": true, "from": true, "near": true,
	"into": true, "outside": true, "inside": true, "around": true, "across": true, "via": true,
	"through": true, "toward": true, "towards": true, "within": true, "of": true, "on": true}

// example introducers: "countries like China" — what follows is not a
// prepositional object.
var exampleWords = map[string]bool{"like": true, "including": true, "as": true}

// calendarWords are capitalised words that follow a role noun without
// being a name ("officials Monday said").
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true}

// agentPreps link a role noun to its country after it.
var agentPreps = map[string]bool{"of": true, "for": true, "from": true, "in": true}

// nameParts are capitalised words that make a country name or adjective
// after them part of another proper name.
var nameParts = map[string]bool{"New": true, "Latin": true, "Central": true, "Upper": true,
	"Lower": true, "Greater": true, "Baja": true, "Anglo": true, "North": true, "South": true,
	"East": true, "West": true}

// findMentions assembles actor mentions from the sentence's tokens.
// surnames maps the last names of people an article has named in full to
// them: news calls "Gordon Brown" "Mr Brown" or "Brown" afterwards.
type surnames map[string]*entry

func (c *Coder) findMentions(toks []lang.Token, dst []mention, sn surnames) []mention {
	dst = dst[:0]
	for i := 0; i < len(toks); {
		e := c.lex.longest(toks, i)
		if sn != nil && toks[i].Cap && toks[i].Kind == lang.Word {
			// a last name means the person the article named in full, before
			// any namesake the dictionary knows by that name alone ("Jack
			// McConnell … Mr McConnell" is not Mitch McConnell)
			if p := sn[toks[i].Lower]; p != nil && (e == nil || e.kind == kPerson && len(e.words) == 1 && e.person != p.person) {
				e = p
			}
		}
		if e == nil {
			i++
			continue
		}
		if e.kind == kPerson && len(e.words) >= 2 && sn != nil {
			if last := e.words[len(e.words)-1]; len(last) > 2 {
				sn[last] = &entry{words: []string{last}, kind: kPerson, name: e.name, person: e.person}
			}
		}
		if (e.kind == kCountry || e.kind == kAdj) && i > 0 && nameParts[toks[i-1].Text] {
			// part of a longer proper name: "Latin American", "New Mexico"
			i += len(e.words)
			continue
		}
		m := mention{start: i, end: i + len(e.words), kind: e.kind, name: e.name, ambiguous: e.ambiguous}
		switch e.kind {
		case kCountry, kDemonym:
			m.country = e.code
		case kAdj:
			m.country = e.code
		case kCapital:
			m.country, m.role = e.code, "GOV"
		case kCity:
			m.country, m.place = e.code, true
		case kOrg:
			m.code = e.code
			m.country = e.code[:3]
		case kGroup:
			m.group = e.group
		case kPerson:
			m.person, m.alts = e.person, e.alts
		case kAgent:
			m.role = e.code
		}
		i = m.end
		dst = append(dst, m)
	}
	return c.fold(toks, dst)
}

// fold merges adjacent lexicon hits into actor phrases and drops hits that
// are not actors on their own.
func (c *Coder) fold(toks []lang.Token, ms []mention) []mention {
	shareHeads(toks, ms)
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		// possessive after a country/org/group/person: "Russia's"
		poss := m.end < len(toks) && toks[m.end].Lower == "'s"
		for j := i + 1; j < len(ms); j++ {
			n := ms[j]
			gap := n.start - m.end
			if poss {
				gap--
			}
			if gap < 0 || gap > 3 || !modifiersOnly(toks, m.end, n.start, poss) {
				break
			}
			merged, ok := merge(m, n, gap, poss)
			if !ok {
				break
			}
			m = merged
			i = j
			poss = m.end < len(toks) && toks[m.end].Lower == "'s"
		}
		if m.kind == kAgent && (m.country != "" || toks[m.start].Cap) && m.end < len(toks) && toks[m.end].Cap &&
			toks[m.end].Kind == lang.Word && !calendarWords[toks[m.end].Lower] && (i+1 >= len(ms) || ms[i+1].start > m.end) {
			// a title before a name the dictionaries do not hold: "Palestinian
			// President Mahmoud Abbas", "Ousted President Askar Akayev" is one actor
			end := properEnd(toks, m.end)
			if i+1 < len(ms) && ms[i+1].start < end {
				end = ms[i+1].start
			}
			m.end, m.titled = end, true
		}
		// "the government of Afghanistan", "soldiers from Gondor",
		// "activists in Arnor"
		if m.kind == kAgent && m.country == "" && i+1 < len(ms) {
			n := ms[i+1]
			p := toks[m.end].Lower
			// "from" and "in" name the country only of a subject ("Soldiers
			// from Gondor cordoned …"); after a verb they are places
			// ("withdrew its troops from Afghanistan")
			atStart := m.start == 0 || m.start == 1 && lang.IsDeterminer(toks[0].Lower)
			if n.start == m.end+1 && agentPreps[p] && (p == "of" || p == "for" || atStart) &&
				(n.kind == kCountry || n.kind == kAdj || n.kind == kCapital && p != "of") {
				m.country, m.end, m.name = n.country, n.end, n.name
				i++
			}
		}
		if m.kind == kAdj && m.role == "" {
			// a lone adjective stands for its country before a proper noun
			// ("Afghan Central Bank") or a common noun ("Iranian targets",
			// "the South Korean warship"): the bare country code
			if m.end >= len(toks) || toks[m.end].Kind != lang.Word || !contentWord(toks[m.end].Lower) {
				continue
			}
			if toks[m.end].Cap {
				m.end = properEnd(toks, m.end)
			} else {
				m.end++
				if m.end < len(toks) && toks[m.end].Cap && toks[m.end].Kind == lang.Word {
					m.end = properEnd(toks, m.end) // "warship Cheonan"
				}
			}
			if i+1 < len(ms) && ms[i+1].start < m.end {
				m.end = ms[i+1].start // the proper noun is itself an actor: keep both
				if m.end == m.start+1 {
					continue
				}
			}
		}
		if m.kind == kCapital && m.start > 0 && placePreps[toks[prevContent(toks, m.start)].Lower] {
			m.place = true
		}
		if m.kind == kCapital && m.end < len(toks) && toks[m.end].Kind == lang.Word && !toks[m.end].Cap &&
			contentWord(toks[m.end].Lower) && len(c.forms.ids[toks[m.end].Lower]) == 0 {
			m.place = true // "a London news conference", "the Kabul airport"
		}
		if m.kind == kCapital && m.end < len(toks) && (toks[m.end].Lower == "state" || toks[m.end].Lower == "county") {
			continue // "Washington state", "Washington County": no capital at all
		}
		out = append(out, m)
	}
	return out
}

// shareHeads gives conjoined adjectives the noun of the last one: "U.S.
// and British forces" is USAMIL and GBRMIL, "French and Egyptian warships"
// France and Egypt.
func shareHeads(toks []lang.Token, ms []mention) {
	stateLike := func(k entryKind) bool { return k == kAdj || k == kCountry }
	for i := 0; i+1 < len(ms); i++ {
		if !stateLike(ms[i].kind) {
			continue
		}
		j := i
		for j+1 < len(ms) && stateLike(ms[j+1].kind) && linkWords(toks[ms[j].end:ms[j+1].start]) {
			j++
		}
		if j+1 < len(ms) && ms[j+1].kind == kGroup && linkWords(toks[ms[j].end:ms[j+1].start]) &&
			j+2 < len(ms) && ms[j+2].kind == kAgent && ms[j+2].start == ms[j+1].end {
			// "U.S. and Taliban negotiators": the group's noun is the state's too
			for k := i; k <= j; k++ {
				ms[k].kind, ms[k].role = kAgent, ms[j+2].role
			}
			i = j
			continue
		}
		if j == i {
			continue
		}
		last := ms[j]
		role, bare := "", false
		// a state's name shares a noun only right after it and in a list with
		// "and"/"or" ("Iranian and U.S. negotiators"), never across a comma
		// alone ("… to Ukraine, U.S. officials said") or a verb ("Turkey,
		// Qatar and Iran keep diplomats")
		maxGap := 2
		if last.kind == kCountry || !conjoined(toks, ms[i:j+1]) {
			maxGap = 0
		}
		if j+1 < len(ms) && ms[j+1].kind == kAgent && ms[j+1].start-last.end <= maxGap && modifiersOnly(toks, last.end, ms[j+1].start, false) &&
			conjoined(toks, ms[i:j+1]) {
			role = ms[j+1].role
		} else if last.kind == kAdj && last.end < len(toks) && toks[last.end].Kind == lang.Word && contentWord(toks[last.end].Lower) {
			bare = true
		}
		for k := i; k < j; k++ {
			switch {
			case role != "":
				ms[k].kind, ms[k].role = kAgent, role
			case bare:
				ms[k].kind = kCountry
			}
		}
		i = j
	}
}

// conjoined reports an "and" or "or" between the mentions of a run.
func conjoined(toks []lang.Token, run []mention) bool {
	for k := 1; k < len(run); k++ {
		for _, t := range toks[run[k-1].end:run[k].start] {
			if t.Lower == "and" || t.Lower == "or" {
				return true
			}
		}
	}
	return false
}

// linkWords: only "and", "or" and commas.
func linkWords(ts []lang.Token) bool {
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if t.Lower != "and" && t.Lower != "or" && t.Lower != "," {
			return false
		}
	}
	return true
}

// modifiersOnly reports whether toks[from:to] are words that may stand
// inside an actor phrase: determiners, adjectives, capitalised words.
func modifiersOnly(toks []lang.Token, from, to int, poss bool) bool {
	if poss {
		from++
	}
	for k := from; k < to; k++ {
		t := toks[k]
		if t.Kind != lang.Word || lang.IsPreposition(t.Lower) || lang.IsConjunction(t.Lower) ||
			lang.IsAuxiliary(t.Lower) || lang.IsSubordinator(t.Lower) || lang.IsReportingVerb(t.Lower) {
			return false
		}
		// an unknown proper name ends the phrase ("President Mahmoud Abbas
		// handed UN …"), and so does a past-tense verb ("handed")
		if t.Cap || strings.HasSuffix(t.Lower, "ed") && !strings.ContainsRune(t.Lower, '-') {
			return false
		}
	}
	return true
}

// merge folds the next hit n into the phrase m, if they form one actor.
// A country name joins a role noun only through a possessive or directly
// ("Russia's ambassador"), since without a tagger the words between could
// be a verb ("Russia accepted the ambassador").
func merge(m, n mention, gap int, poss bool) (mention, bool) {
	if m.kind == kCountry && !poss && gap > 0 {
		return m, false
	}
	if (n.kind == kPerson || n.kind == kAgent) && m.kind == kAgent && gap > 0 {
		return m, false
	}
	if n.kind == kAgent && (m.kind == kGroup || m.kind == kOrg || m.kind == kPerson) && gap > 0 {
		return m, false // "Taliban arrested women protesters" is two actors
	}
	switch {
	case n.kind == kAgent && m.role == "" && (m.kind == kAdj || m.kind == kCountry || m.kind == kCapital || m.kind == kDemonym):
		// "Russian troops", "Russia's ambassador", "Moscow's envoy"
		m.role, m.kind, m.end = n.role, kAgent, n.end
		if m.country == "" {
			return m, false
		}
		return m, true
	case n.kind == kAgent && (m.kind == kGroup || m.kind == kOrg || m.kind == kPerson):
		// "Taliban leadership", "UN envoy"
		m.end = n.end
		return m, true
	case n.kind == kAgent && m.kind == kAgent:
		// "foreign minister spokesman": keep the first role
		m.end = n.end
		return m, true
	case n.kind == kPerson && (m.kind == kAgent || m.kind == kAdj || m.kind == kCountry || m.kind == kGroup || m.kind == kOrg):
		// "Afghan Foreign Minister Amir Khan Muttaqi", "President Putin",
		// "Tory leader Michael Howard", "UN Secretary-General Ban Ki-moon"
		n.start = m.start
		if n.country == "" {
			n.country, n.role = m.country, m.role
		}
		if m.kind == kGroup || m.kind == kOrg {
			n.group, n.code = m.group, m.code // the person's own office wins (codeOn)
		}
		return n, true
	case n.kind == kOrg && (m.kind == kAgent || m.kind == kAdj && n.code[:3] == m.country):
		// "The Russian state-owned technology company Rostec"
		n.start = m.start
		return n, true
	case n.kind == kOrg && n.code[:3] != m.country && (m.kind == kAdj || m.kind == kCountry):
		// "Turkey's NATO allies": two actors, the state is not the alliance's
		return m, false
	case (n.kind == kGroup || n.kind == kOrg) && (m.kind == kAdj || m.kind == kCountry && (poss || gap == 0)):
		// "the Afghan Taliban", "Yemen's Houthi movement", "Iran's Revolutionary
		// Guards"; "Sweden's Social Democrats" keeps Sweden (codeOn)
		n.start, n.country = m.start, m.country
		return n, true
	}
	return m, false
}

// contentWord: not a closed-class word.
func contentWord(w string) bool {
	return !lang.IsPreposition(w) && !lang.IsConjunction(w) && !lang.IsAuxiliary(w) &&
		!lang.IsSubordinator(w) && !lang.IsDeterminer(w) && !lang.IsPronoun(w) && w != "'s"
}

// properEnd extends a proper-noun run ("Central Bank").
func properEnd(toks []lang.Token, i int) int {
	for i < len(toks) && toks[i].Kind == lang.Word && toks[i].Cap {
		i++
	}
	return i
}

// prevContent is the index of the token before i, skipping determiners.
func prevContent(toks []lang.Token, i int) int {
	k := i - 1
	for k > 0 && lang.IsDeterminer(toks[k].Lower) {
		k--
	}
	if k < 0 {
		return 0
	}
	return k
}
