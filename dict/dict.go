// Package dict reads chancery's dictionaries: the plain-text format of
// FORMAT.md, the embedded default dictionaries in data/, and checks on them.
package dict

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/chancery/chancery/when"
)

//go:embed data/*.txt
var embedded embed.FS

// Name is a name or term and whether it matches only in the case written.
type Name struct {
	Text string
	Case bool // match case-sensitively (acronyms such as "US", "WHO")
}

// Range is an inclusive date range; an empty end is open. Dates are
// YYYY, YYYY-MM or YYYY-MM-DD.
type Range struct{ From, To string }

// Contains reports whether date (any precision) falls in the range. A
// partial date is read as its first day: "2021" is 2021-01-01.
func (r Range) Contains(date string) bool {
	d := when.FirstDay(date)
	if r.From != "" && d < when.FirstDay(r.From) {
		return false
	}
	if r.To != "" && d > when.LastDay(r.To) {
		return false
	}
	return true
}

// Overlaps reports whether two ranges share a day.
func (r Range) Overlaps(o Range) bool {
	lo1, hi1 := when.FirstDay(r.From), when.LastDay(r.To)
	lo2, hi2 := when.FirstDay(o.From), when.LastDay(o.To)
	if r.From == "" {
		lo1 = "0000"
	}
	if o.From == "" {
		lo2 = "0000"
	}
	if r.To == "" {
		hi1 = "9999"
	}
	if o.To == "" {
		hi2 = "9999"
	}
	return lo1 <= hi2 && lo2 <= hi1
}

func (r Range) String() string { return r.From + ".." + r.To }

// Pos is where an entry was read.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Country is a state, territory or historic state.
type Country struct {
	Code      string
	Status    string
	Names     []Name
	Adjs      []Name
	Demonyms  []Name
	Capitals  []string
	Seats     []string
	Ambiguous bool
	// AmbiguousNames are the names that need support when the entry as a
	// whole does not ("Congo" for COD, while "DR Congo" is clear).
	AmbiguousNames []string
	Src            string
	Pos            Pos
}

// Cities lists cities and towns of one country: places only, never actors;
// a city is the target of a visit or an attack ("shelled Kharkiv" → UKR).
type Cities struct {
	Country string
	Names   []Name
	Src     string
	Pos     Pos
}

// Org is an international organisation, NGO, company or media outlet.
type Org struct {
	Code  string
	Type  string
	Names []Name
	Src   string
	Pos   Pos
}

// Role is an actor code in force during a date range.
type Role struct {
	Code string
	Range
}

// Group is a non-state group whose role may change over time.
type Group struct {
	Code  string
	Names []Name
	Roles []Role
	Src   string
	Pos   Pos
}

// CodeOn returns the group's actor code on a date ("" date: the latest role).
func (g *Group) CodeOn(date string) string {
	if len(g.Roles) == 0 {
		return g.Code
	}
	if date == "" {
		return g.Roles[len(g.Roles)-1].Code
	}
	for _, r := range g.Roles {
		if r.Contains(date) {
			return r.Code
		}
	}
	return g.Code
}

// Office is one term of office.
type Office struct {
	Country string
	Office  string
	Range
	Code string // actor code; Country+"GOV" unless given
	Pos  Pos
}

// Person is a person with offices held over time.
type Person struct {
	Name    string
	Aliases []Name
	Offices []Office
	Elite   string // country code when the person is an elite outside office
	Src     string
	Pos     Pos
}

// CodeOn returns the person's actor code on a date, or "" when the person
// held no office then and is not an elite.
func (p *Person) CodeOn(date string) string {
	for _, o := range p.Offices {
		if o.Contains(date) {
			return o.Code
		}
	}
	if p.Elite != "" {
		return p.Elite + "ELI"
	}
	if date == "" && len(p.Offices) > 0 {
		// an undated text: which office is unknown, the person's country
		// is not ("Jack McConnell" in an undated BBC story is a British
		// elite); an organisation's officer keeps the organisation's code
		o := p.Offices[len(p.Offices)-1]
		if len(o.Country) == 3 {
			return o.Country + "ELI"
		}
		return o.Code
	}
	return ""
}

// Agent is a set of role nouns for one role code.
type Agent struct {
	Role    string
	Terms   []string
	Plurals []string
	Src     string
	Pos     Pos
}

// Verb holds the patterns of one event code.
type Verb struct {
	Code       string
	Patterns   []Pattern
	NoPatterns []Pattern
	Src        string
	Pos        Pos
}

// Uncovered is an event code the coder does not code, with the reason.
type Uncovered struct {
	Code string
	Why  string
	Src  string
	Pos  Pos
}

// Cue lists the modality cue phrases of one kind.
type Cue struct {
	Kind  string // negated | hypothetical
	Terms []string
	Src   string
	Pos   Pos
}

// Dict is a set of dictionaries.
type Dict struct {
	Countries []*Country
	Cities    []*Cities
	Orgs      []*Org
	Groups    []*Group
	People    []*Person
	Agents    []*Agent
	Verbs     []*Verb
	Uncovered []*Uncovered
	Cues      []*Cue
	Files     []string
	hash      []byte
}

// Hash identifies the dictionaries' content (hex, 16 characters).
func (d *Dict) Hash() string {
	if len(d.hash) == 0 {
		return ""
	}
	return hex.EncodeToString(d.hash)[:16]
}

// Merge adds o's entries to d (user dictionaries on top of the default).
func (d *Dict) Merge(o *Dict) {
	d.Countries = append(d.Countries, o.Countries...)
	d.Cities = append(d.Cities, o.Cities...)
	d.Orgs = append(d.Orgs, o.Orgs...)
	d.Groups = append(d.Groups, o.Groups...)
	d.People = append(d.People, o.People...)
	d.Agents = append(d.Agents, o.Agents...)
	d.Verbs = append(d.Verbs, o.Verbs...)
	d.Uncovered = append(d.Uncovered, o.Uncovered...)
	d.Cues = append(d.Cues, o.Cues...)
	d.Files = append(d.Files, o.Files...)
	h := sha256.New()
	h.Write(d.hash)
	h.Write(o.hash)
	d.hash = h.Sum(nil)
}

// Default returns the embedded dictionaries.
func Default() (*Dict, error) { return LoadFS(embedded, "data") }

// LoadFS reads every *.txt file in dir of fsys, in name order.
func LoadFS(fsys fs.FS, dir string) (*Dict, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("dict: reading %s: %w", dir, err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	d := &Dict{}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, path.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("dict: reading %s: %w", n, err)
		}
		one, err := Parse(n, b)
		if err != nil {
			return nil, err
		}
		d.Merge(one)
	}
	return d, nil
}
