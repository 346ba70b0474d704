package peer

import (
	"strings"

	"github.com/chancery/chancery/dict"
)

// readAgents reads a PETRARCH or TABARI agent file: "TERM {PLURAL} [~ROLE]"
// lines and "!MARK! = A, B" substitution sets used as "WORD!MARK!".
func readAgents(d *dict.Dict, st *Stats, file string, ls []line) {
	marks := map[string][]string{}
	for _, l := range ls {
		t := l.text
		if strings.Contains(t, "!") && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			name, list, _ := strings.Cut(t, "=")
			name = strings.Trim(strings.TrimSpace(name), "!")
			for _, it := range strings.Split(list, ",") {
				if it = strings.TrimSpace(it); it != "" {
					marks[name] = append(marks[name], it)
				}
			}
			continue
		}
		term, codes := splitCodes(t)
		if len(codes) == 0 {
			st.warn(file, l.n, "agent %q has no [code]", t)
			continue
		}
		code := strings.ToUpper(strings.Join(strings.Fields(codes[0]), ""))
		role := strings.TrimPrefix(code, "~")
		if role == code {
			role = strings.TrimSuffix(code, "~")
			if role != code {
				// X~ puts the agent code before the actor's (NGO~ → NGOUSA);
				// chancery appends roles, so the role is kept in front of nothing
				st.unmapped("agent code written before the actor (X~)", 1)
			} else {
				st.unmapped("agent code without ~", 1)
			}
		}
		if !isActorCode(role) {
			st.warn(file, l.n, "bad agent code %q", codes[0])
			continue
		}
		var plurals []string
		noPlural := false
		if a := strings.IndexByte(term, '{'); a >= 0 {
			b := strings.IndexByte(term, '}')
			if b < a {
				st.warn(file, l.n, "missing '}' in %q", t)
				continue
			}
			if p := agentTerm(term[a+1 : b]); p != "" {
				plurals = append(plurals, p)
			} else {
				noPlural = true
			}
			term = term[:a]
		}
		terms := []string{agentTerm(term)}
		if i := strings.IndexByte(term, '!'); i >= 0 {
			j := strings.IndexByte(term[i+1:], '!')
			if j < 0 || marks[term[i+1:i+1+j]] == nil {
				st.warn(file, l.n, "undefined substitution marker in %q", t)
				continue
			}
			terms = terms[:0]
			for _, sub := range marks[term[i+1:i+1+j]] {
				terms = append(terms, agentTerm(term[:i]+sub+term[i+2+j:]))
			}
			noPlural = true // substitutions are complete forms
		}
		if terms[0] == "" {
			st.warn(file, l.n, "agent without a term")
			continue
		}
		if noPlural {
			// chancery always generates the regular plural
			st.unmapped("agent with plural suppressed ({} or !MARK!)", 1)
		}
		d.Agents = append(d.Agents, &dict.Agent{Role: role, Terms: terms, Plurals: plurals,
			Src: src(file), Pos: dict.Pos{File: file, Line: l.n}})
		st.Agents++
	}
}

// agentTerm lower-cases a term and turns underscores into spaces.
func agentTerm(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " "))
}
