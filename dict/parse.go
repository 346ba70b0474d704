package dict

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/chancery/chancery/lang"
	"github.com/chancery/chancery/when"
	"strings"
	"unicode/utf8"
)

// Error is a problem at a place in a dictionary file.
type Error struct {
	Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// maxErrors bounds the list a broken file produces.
const maxErrors = 50

// Parse reads one dictionary file. All problems found are returned joined,
// each as an *Error naming file and line.
func Parse(name string, src []byte) (*Dict, error) {
	p := &parser{d: &Dict{Files: []string{name}}, file: name}
	sum := sha256.Sum256(src)
	p.d.hash = sum[:]
	if !utf8.Valid(src) {
		line := 1 + strings.Count(string(src[:lang.FirstInvalidUTF8(src)]), "\n")
		return nil, &Error{Pos{name, line}, "invalid UTF-8"}
	}
	for i, raw := range strings.Split(string(src), "\n") {
		p.line = i + 1
		p.parseLine(raw)
		if len(p.errs) >= maxErrors {
			break
		}
	}
	p.finish()
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return p.d, nil
}

type parser struct {
	d    *Dict
	file string
	line int
	errs []error
	// the entry being filled and a function that takes its attributes
	attr   func(key, val string)
	srcOf  *string
	start  Pos
	kind   string
	seenSr bool
}

func (p *parser) errorf(format string, args ...any) {
	p.errs = append(p.errs, &Error{Pos{p.file, p.line}, fmt.Sprintf(format, args...)})
}

func stripComment(s string) string {
	if strings.HasPrefix(s, "#") {
		return ""
	}
	if i := strings.Index(s, " #"); i >= 0 {
		return s[:i]
	}
	return s
}

func (p *parser) parseLine(raw string) {
	raw = strings.TrimRight(raw, "\r")
	indented := strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t")
	s := strings.TrimSpace(stripComment(strings.TrimLeft(raw, " \t")))
	if !indented {
		s = strings.TrimSpace(stripComment(raw))
	}
	if s == "" {
		return
	}
	if indented {
		if p.attr == nil {
			p.errorf("attribute %q outside an entry", s)
			return
		}
		key, val, _ := strings.Cut(s, " ")
		val = strings.TrimSpace(val)
		if key == "src" {
			if val == "" {
				p.errorf("empty src")
			}
			*p.srcOf = val
			p.seenSr = true
			return
		}
		p.attr(key, val)
		return
	}
	p.finish()
	kind, rest, _ := strings.Cut(s, " ")
	rest = strings.TrimSpace(rest)
	if rest == "" {
		p.errorf("%s entry without a key", kind)
		return
	}
	p.start = Pos{p.file, p.line}
	p.kind = kind
	p.seenSr = false
	switch kind {
	case "country":
		p.country(rest)
	case "city":
		p.cities(rest)
	case "org":
		p.org(rest)
	case "group":
		p.group(rest)
	case "person":
		p.person(rest)
	case "agent":
		p.agent(rest)
	case "verb":
		p.verb(rest)
	case "uncovered":
		p.uncovered(rest)
	case "cue":
		p.cue(rest)
	default:
		p.errorf("unknown entry kind %q", kind)
		p.attr = nil
	}
}

// finish closes the current entry, checking what every entry needs.
func (p *parser) finish() {
	if p.attr != nil && !p.seenSr {
		p.errs = append(p.errs, &Error{p.start, p.kind + " entry has no src"})
	}
	p.attr = nil
}

// name parses a name with an optional "=case" marker.
func parseName(val string) Name {
	if t, ok := strings.CutSuffix(val, "=case"); ok {
		return Name{Text: strings.TrimSpace(t), Case: true}
	}
	return Name{Text: val}
}

func (p *parser) need(key, val string) bool {
	if val == "" {
		p.errorf("%s needs a value", key)
		return false
	}
	return true
}

// only sets the entry's one attribute: any other key is an error, and the
// value must not be empty.
func (p *parser) only(key string, set func(v string)) {
	p.attr = func(k, v string) {
		if k != key {
			p.unknown(k)
			return
		}
		if p.need(k, v) {
			set(v)
		}
	}
}

func (p *parser) unknown(key string) { p.errorf("unknown attribute %q for %s", key, p.kind) }

func isCode(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func (p *parser) country(code string) {
	if !isCode(code, 3, 3) {
		p.errorf("country code %q is not three capital letters", code)
	}
	c := &Country{Code: code, Pos: p.start}
	p.d.Countries = append(p.d.Countries, c)
	p.srcOf = &c.Src
	p.attr = func(k, v string) {
		switch k {
		case "status":
			switch v {
			case "un-member", "observer", "territory", "other":
				c.Status = v
			default:
				p.errorf("unknown status %q", v)
			}
		case "name", "short":
			if p.need(k, v) {
				c.Names = append(c.Names, parseName(v))
			}
		case "adj":
			if p.need(k, v) {
				c.Adjs = append(c.Adjs, parseName(v))
			}
		case "demonym":
			if p.need(k, v) {
				c.Demonyms = append(c.Demonyms, parseName(v))
			}
		case "capital":
			if p.need(k, v) {
				c.Capitals = append(c.Capitals, v)
			}
		case "seat":
			if p.need(k, v) {
				c.Seats = append(c.Seats, v)
			}
		case "ambiguous":
			if v == "" {
				c.Ambiguous = true // every name of the entry
			} else {
				c.AmbiguousNames = append(c.AmbiguousNames, v)
			}
		default:
			p.unknown(k)
		}
	}
}

func (p *parser) cities(code string) {
	if !isCode(code, 3, 3) {
		p.errorf("city country %q is not three capital letters", code)
	}
	c := &Cities{Country: code, Pos: p.start}
	p.d.Cities = append(p.d.Cities, c)
	p.srcOf = &c.Src
	p.only("name", func(v string) { c.Names = append(c.Names, parseName(v)) })
}

func (p *parser) org(code string) {
	if !isCode(code, 3, 15) {
		p.errorf("org code %q is not capital letters", code)
	}
	o := &Org{Code: code, Pos: p.start}
	p.d.Orgs = append(p.d.Orgs, o)
	p.srcOf = &o.Src
	p.attr = func(k, v string) {
		switch k {
		case "name":
			if p.need(k, v) {
				o.Names = append(o.Names, parseName(v))
			}
		case "type":
			o.Type = v
		default:
			p.unknown(k)
		}
	}
}

func (p *parser) group(code string) {
	if !isCode(code, 3, 15) {
		p.errorf("group code %q is not capital letters", code)
	}
	g := &Group{Code: code, Pos: p.start}
	p.d.Groups = append(p.d.Groups, g)
	p.srcOf = &g.Src
	p.attr = func(k, v string) {
		switch k {
		case "name":
			if p.need(k, v) {
				g.Names = append(g.Names, parseName(v))
			}
		case "role":
			f := strings.Fields(v)
			if len(f) != 2 || !isCode(f[0], 3, 15) {
				p.errorf("role wants CODE RANGE, got %q", v)
				return
			}
			r, ok := p.parseRange(f[1])
			if ok {
				g.Roles = append(g.Roles, Role{Code: f[0], Range: r})
			}
		default:
			p.unknown(k)
		}
	}
}

func (p *parser) person(name string) {
	pr := &Person{Name: name, Pos: p.start}
	p.d.People = append(p.d.People, pr)
	p.srcOf = &pr.Src
	p.attr = func(k, v string) {
		switch k {
		case "alias":
			if p.need(k, v) {
				pr.Aliases = append(pr.Aliases, parseName(v))
			}
		case "office":
			p.office(pr, v)
		case "elite":
			if !isCode(v, 3, 3) {
				p.errorf("elite wants a country code, got %q", v)
			}
			pr.Elite = v
		default:
			p.unknown(k)
		}
	}
}

var offices = map[string]bool{"head_of_state": true, "head_of_government": true,
	"foreign_minister": true, "defence_minister": true, "other": true}

func (p *parser) office(pr *Person, v string) {
	f := strings.Fields(v)
	if len(f) < 3 || len(f) > 4 {
		p.errorf("office wants COUNTRY OFFICE RANGE [CODE], got %q", v)
		return
	}
	if !isCode(f[0], 3, 15) {
		p.errorf("office country %q is not a code", f[0])
		return
	}
	if !offices[f[1]] {
		p.errorf("unknown office %q", f[1])
		return
	}
	r, ok := p.parseRange(f[2])
	if !ok {
		return
	}
	o := Office{Country: f[0], Office: f[1], Range: r, Code: f[0] + "GOV", Pos: Pos{p.file, p.line}}
	if len(f[0]) > 3 {
		o.Code = f[0] // an organisation's own code (IGOUNO)
	}
	if len(f) == 4 {
		o.Code = f[3]
	}
	pr.Offices = append(pr.Offices, o)
}

func (p *parser) parseRange(s string) (Range, bool) {
	from, to, ok := strings.Cut(s, "..")
	if !ok {
		p.errorf("range %q lacks '..'", s)
		return Range{}, false
	}
	for _, d := range []string{from, to} {
		if d != "" && !validDate(d) {
			p.errorf("bad date %q in range %q", d, s)
			return Range{}, false
		}
	}
	if from != "" && to != "" && when.FirstDay(from) > when.LastDay(to) {
		p.errorf("range %q ends before it starts", s)
		return Range{}, false
	}
	return Range{From: from, To: to}, true
}

// validDate accepts YYYY, YYYY-MM, YYYY-MM-DD with plausible numbers.
func validDate(d string) bool {
	if len(d) != 4 && len(d) != 7 && len(d) != 10 {
		return false
	}
	for i, r := range d {
		if i == 4 || i == 7 {
			if r != '-' {
				return false
			}
		} else if r < '0' || r > '9' {
			return false
		}
	}
	if len(d) >= 7 {
		if m := d[5:7]; m < "01" || m > "12" {
			return false
		}
	}
	if len(d) == 10 {
		if dd := d[8:10]; dd < "01" || dd > "31" {
			return false
		}
	}
	return true
}

func (p *parser) agent(role string) {
	if !isCode(role, 3, 3) {
		p.errorf("agent role %q is not a three-letter code", role)
	}
	a := &Agent{Role: role, Pos: p.start}
	p.d.Agents = append(p.d.Agents, a)
	p.srcOf = &a.Src
	p.attr = func(k, v string) {
		switch k {
		case "term":
			if p.need(k, v) {
				a.Terms = append(a.Terms, v)
			}
		case "plural":
			if p.need(k, v) {
				a.Plurals = append(a.Plurals, v)
			}
		default:
			p.unknown(k)
		}
	}
}

func (p *parser) verb(code string) {
	if !isCode(code, 3, 4) {
		p.errorf("verb code %q is not a CAMEO code", code)
	}
	v := &Verb{Code: code, Pos: p.start}
	p.d.Verbs = append(p.d.Verbs, v)
	p.srcOf = &v.Src
	p.attr = func(k, val string) {
		switch k {
		case "pattern", "nopattern":
			pat, err := ParsePattern(val)
			if err != nil {
				p.errorf("%v", err)
				return
			}
			pat.Pos = Pos{p.file, p.line}
			if k == "pattern" {
				v.Patterns = append(v.Patterns, pat)
			} else {
				v.NoPatterns = append(v.NoPatterns, pat)
			}
		default:
			p.unknown(k)
		}
	}
}

func (p *parser) uncovered(code string) {
	u := &Uncovered{Code: code, Pos: p.start}
	p.d.Uncovered = append(p.d.Uncovered, u)
	p.srcOf = &u.Src
	p.only("why", func(v string) { u.Why = v })
}

func (p *parser) cue(kind string) {
	if kind != "negated" && kind != "hypothetical" {
		p.errorf("cue kind %q is neither negated nor hypothetical", kind)
	}
	c := &Cue{Kind: kind, Pos: p.start}
	p.d.Cues = append(p.d.Cues, c)
	p.srcOf = &c.Src
	p.only("term", func(v string) { c.Terms = append(c.Terms, v) })
}
