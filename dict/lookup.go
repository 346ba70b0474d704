package dict

import (
	"fmt"
	"strings"
	"time"
)

// Hit is one dictionary entry that a name matches.
type Hit struct {
	Code   string
	Kind   string
	Detail string
	Pos    Pos
}

func fold(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "’", "'"))
}

func nameIs(n Name, q string) bool {
	if n.Case {
		return n.Text == q
	}
	return fold(n.Text) == fold(q)
}

// Lookup finds the entries a name matches and the code each gives on date
// (YYYY-MM-DD; empty means today).
func Lookup(d *Dict, name, date string) []Hit {
	if date == "" {
		date = time.Now().UTC().Format("2006-01-02")
	}
	var hits []Hit
	anyOf := func(ns []Name) bool {
		for _, n := range ns {
			if nameIs(n, name) {
				return true
			}
		}
		return false
	}
	for _, c := range d.Countries {
		switch {
		case anyOf(c.Names):
			detail := "state"
			if c.Ambiguous {
				detail += " (ambiguous: coded only with supporting context)"
			}
			hits = append(hits, Hit{c.Code, "country", detail, c.Pos})
		case anyOf(c.Adjs), anyOf(c.Demonyms):
			hits = append(hits, Hit{c.Code, "adjective", "with a role noun: " + c.Code + "GOV, " + c.Code + "MIL …", c.Pos})
		case containsFold(c.Capitals, name), containsFold(c.Seats, name):
			hits = append(hits, Hit{c.Code + "GOV", "capital", "the government when an actor; a place after to/in/at/from", c.Pos})
		}
	}
	for _, c := range d.Cities {
		if anyOf(c.Names) {
			hits = append(hits, Hit{c.Country, "city", "a place: the target of a visit or an attack, never an actor", c.Pos})
		}
	}
	for _, o := range d.Orgs {
		if anyOf(o.Names) {
			hits = append(hits, Hit{o.Code, "org", o.Type, o.Pos})
		}
	}
	for _, g := range d.Groups {
		if anyOf(g.Names) {
			var roles []string
			for _, r := range g.Roles {
				roles = append(roles, r.Code+" "+r.Range.String())
			}
			hits = append(hits, Hit{g.CodeOn(date), "group", "on " + date + "; roles: " + strings.Join(roles, ", "), g.Pos})
		}
	}
	for _, p := range d.People {
		if fold(p.Name) == fold(name) || anyOf(p.Aliases) {
			code := p.CodeOn(date)
			detail := fmt.Sprintf("%s on %s", p.Name, date)
			for _, o := range p.Offices {
				if o.Contains(date) {
					detail += fmt.Sprintf(": %s %s %s", o.Country, o.Office, o.Range)
				}
			}
			if code == "" {
				code = "-"
				detail += ": no office then"
			}
			hits = append(hits, Hit{code, "person", detail, p.Pos})
		}
	}
	for _, a := range d.Agents {
		if containsFold(a.Terms, name) || containsFold(a.Plurals, name) {
			hits = append(hits, Hit{"···" + a.Role, "agent", "role noun: country + " + a.Role, a.Pos})
		}
	}
	return hits
}

func containsFold(list []string, q string) bool {
	for _, s := range list {
		if fold(s) == fold(q) {
			return true
		}
	}
	return false
}
