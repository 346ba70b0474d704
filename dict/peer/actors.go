package peer

import (
	"strings"
	"time"

	"github.com/chancery/chancery/dict"
)

// actor is one peer actor entry: a name, its synonyms and its codes.
type actor struct {
	pos   int
	names []string
	codes []rcode
}

// rcode is an actor code, optionally restricted to a date range.
type rcode struct {
	code  string // "" for a null code (---)
	dated bool
	r     dict.Range
}

// readActors reads a PETRARCH or TABARI actor file. An entry is a name line
// with optional [CODE] blocks, then "+SYNONYM" lines and "[CODE DATES]"
// lines. Entries with dated codes become Groups with one Role per
// restriction; plain entries become Countries (three-letter codes, so that
// agents combine with them as PETRARCH does) or Orgs.
func readActors(d *dict.Dict, st *Stats, file string, ls []line) {
	var cur *actor
	flush := func() {
		if cur != nil {
			addActor(d, st, file, cur)
		}
		cur = nil
	}
	section := ""
	for _, l := range ls {
		t := l.text
		if inSection(st, &section, t) {
			continue
		}
		if strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">") && !strings.HasPrefix(t, "</") {
			flush()
			section = strings.Trim(t, "<>")
			continue
		}
		name, codes := splitCodes(t)
		switch {
		case strings.HasPrefix(t, "["):
			if cur == nil {
				st.warn(file, l.n, "code %s outside an actor entry", t)
				continue
			}
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				st.warn(file, l.n, "synonym %s outside an actor entry", t)
				continue
			}
			cur.names = append(cur.names, actorName(name[1:]))
		default:
			flush()
			cur = &actor{pos: l.n, names: []string{actorName(name)}}
		}
		for _, c := range codes {
			rc, ok := parseRCode(st, file, l.n, c)
			if ok {
				cur.codes = append(cur.codes, rc)
			}
		}
	}
	flush()
}

// splitCodes splits "NAME [A] [B x-y]" into the name and bracket contents.
func splitCodes(t string) (string, []string) {
	i := strings.IndexByte(t, '[')
	if i < 0 {
		return t, nil
	}
	name, rest := t[:i], t[i:]
	var codes []string
	for {
		a := strings.IndexByte(rest, '[')
		if a < 0 {
			break
		}
		b := strings.IndexByte(rest[a:], ']')
		if b < 0 {
			codes = append(codes, rest[a+1:])
			break
		}
		codes = append(codes, rest[a+1:a+b])
		rest = rest[a+b+1:]
	}
	return name, codes
}

// actorName turns FIRST_LAST_ into "FIRST LAST".
func actorName(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " ")
}

// parseRCode reads "CODE", "CODE <YYMMDD", "CODE >YYYYMMDD" or
// "CODE FROM-TO" (PETRARCH/TABARI: two-digit years 00-30 are 20YY).
func parseRCode(st *Stats, file string, n int, s string) (rcode, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		st.warn(file, n, "empty code []")
		return rcode{}, false
	}
	code := strings.ToUpper(f[0])
	if i := strings.IndexByte(code, '/'); i > 0 {
		st.unmapped("actor with several codes A/B (first kept)", 1)
		code = code[:i]
	}
	if !isActorCode(code) {
		if code != "---" && code != "###" && code != "+++" {
			st.warn(file, n, "bad actor code %q", f[0])
			return rcode{}, false
		}
		code = "" // a null code: the actor is not coded (in that period)
	}
	rc := rcode{code: code}
	spec := strings.Join(f[1:], "")
	if spec == "" {
		return rc, true
	}
	rc.dated = true
	var err error
	switch {
	case spec[0] == '<':
		rc.r.To, err = peerDate(spec[1:], -1)
	case spec[0] == '>':
		rc.r.From, err = peerDate(spec[1:], +1)
	case strings.Contains(spec, "-"):
		a, b, _ := strings.Cut(spec, "-")
		if rc.r.From, err = peerDate(a, 0); err == nil {
			rc.r.To, err = peerDate(b, 0)
		}
	default:
		err = errBadDate
	}
	if err != nil {
		st.warn(file, n, "bad date restriction %q", s)
		return rcode{}, false
	}
	return rc, true
}

func isActorCode(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

type dateError struct{}

func (dateError) Error() string { return "bad date" }

var errBadDate = dateError{}

// peerDate reads YYMMDD or YYYYMMDD as YYYY-MM-DD, shifted by days (a "<"
// restriction ends the day before, a ">" one starts the day after).
func peerDate(s string, days int) (string, error) {
	switch len(s) {
	case 6:
		yy := s[:2]
		if yy <= "30" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "", errBadDate
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return "", errBadDate
	}
	return t.AddDate(0, 0, days).Format("2006-01-02"), nil
}

func addActor(d *dict.Dict, st *Stats, file string, a *actor) {
	names := make([]dict.Name, 0, len(a.names))
	seen := map[string]bool{}
	for _, n := range a.names {
		k := strings.ToLower(n)
		if n != "" && !seen[k] {
			seen[k] = true
			names = append(names, dict.Name{Text: n})
		}
	}
	pos := dict.Pos{File: file, Line: a.pos}
	if len(names) == 0 {
		st.warn(file, a.pos, "actor without a name")
		return
	}
	var plain []string
	var roles []dict.Role
	for _, c := range a.codes {
		if c.dated {
			roles = append(roles, dict.Role{Code: c.code, Range: c.r})
		} else if c.code != "" {
			plain = append(plain, c.code)
		}
	}
	if len(plain) > 1 {
		st.unmapped("actor with several undated codes (first kept)", 1)
	}
	switch {
	case len(roles) > 0:
		g := &dict.Group{Names: names, Roles: roles, Src: src(file), Pos: pos}
		if len(plain) > 0 {
			g.Code = plain[0] // used outside every dated range
		}
		d.Groups = append(d.Groups, g)
	case len(plain) == 0:
		if len(a.codes) == 0 {
			st.warn(file, a.pos, "actor %q has no code", a.names[0])
		} else {
			st.unmapped("actor with only a null code (---)", 1)
		}
		return
	case len(plain[0]) == 3:
		d.Countries = append(d.Countries, &dict.Country{Code: plain[0], Status: "other", Names: names, Src: src(file), Pos: pos})
	default:
		d.Orgs = append(d.Orgs, &dict.Org{Code: plain[0], Names: names, Src: src(file), Pos: pos})
	}
	st.Actors++
}

// inSection skips the lines of a TABARI <SECTION> chancery does not read,
// counting them, until its closing tag.
func inSection(st *Stats, section *string, t string) bool {
	if *section == "" {
		return false
	}
	if strings.EqualFold(t, "</"+*section+">") {
		*section = ""
	} else {
		st.unmapped("TABARI <"+*section+"> entries", 1)
	}
	return true
}
