package dict

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

func loadDefault(t *testing.T) *Dict {
	t.Helper()
	d, err := Default()
	if err != nil {
		t.Fatalf("embedded dictionaries do not parse:\n%v", err)
	}
	return d
}

func TestDefaultParsesAndChecks(t *testing.T) {
	d := loadDefault(t)
	for _, err := range Check(d) {
		t.Error(err)
	}
}

// TestFloors enforces the coverage the issue asks for: every UN member and
// observer with name, adjective and capital; every entry with a source.
func TestFloors(t *testing.T) {
	d := loadDefault(t)
	members, observers := 0, 0
	for _, c := range d.Countries {
		switch c.Status {
		case "un-member":
			members++
		case "observer":
			observers++
		default:
			continue
		}
		if len(c.Names) == 0 || len(c.Adjs) == 0 || len(c.Capitals) == 0 {
			t.Errorf("%s %s: needs a name, an adjective and a capital", c.Pos, c.Code)
		}
	}
	if members != 193 || observers != 2 {
		t.Errorf("UN members %d (want 193), observers %d (want 2)", members, observers)
	}
	for _, g := range d.Groups {
		if g.Src == "" {
			t.Errorf("%s: no src", g.Pos)
		}
	}
	taliban := false
	for _, g := range d.Groups {
		for _, n := range g.Names {
			if n.Text == "Taliban" {
				taliban = true
				if got := g.CodeOn("2021-08-14"); got != "AFGINS" {
					t.Errorf("Taliban on 2021-08-14 = %s, want AFGINS", got)
				}
				if got := g.CodeOn("2021-08-15"); got != "AFGGOV" {
					t.Errorf("Taliban on 2021-08-15 = %s, want AFGGOV", got)
				}
			}
		}
	}
	if !taliban {
		t.Error("no Taliban group")
	}
	// office holders: G20 plus the states the issue names, 2000–2026
	need := strings.Fields("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA AFG IRN ISR UKR VEN PRK PAK SYR")
	held := map[string]map[string]bool{}
	for _, p := range d.People {
		for _, o := range p.Offices {
			if held[o.Country] == nil {
				held[o.Country] = map[string]bool{}
			}
			held[o.Country][o.Office] = true
		}
	}
	for _, c := range need {
		for _, off := range []string{"head_of_state", "head_of_government", "foreign_minister", "defence_minister"} {
			if c == "GBR" && off == "head_of_state" || c == "AUS" && off == "head_of_state" || c == "CAN" && off == "head_of_state" {
				if !held[c][off] && off != "head_of_state" {
					t.Errorf("%s has no %s", c, off)
				}
				continue
			}
			if !held[c][off] {
				t.Errorf("%s has no %s", c, off)
			}
		}
	}
}

// TestCountryCodesAreISO checks country codes against Debian's iso-codes
// data; historic and CAMEO special codes are listed.
func TestCountryCodesAreISO(t *testing.T) {
	const path = "/usr/share/iso-codes/json/iso_3166-1.json"
	b, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s missing (install Debian's iso-codes): %v", path, err)
		}
		t.Skipf("%s missing (apt-get install iso-codes): %v", path, err)
	}
	var iso struct {
		Entries []struct {
			Alpha3 string `json:"alpha_3"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &iso); err != nil {
		t.Fatal(err)
	}
	valid := map[string]bool{"XKX": true, "USR": true, "YUG": true, "CSK": true, "DDR": true}
	for _, e := range iso.Entries {
		valid[e.Alpha3] = true
	}
	for _, c := range loadDefault(t).Countries {
		if !valid[c.Code] {
			t.Errorf("%s: %s is not an ISO 3166-1 alpha-3 code", c.Pos, c.Code)
		}
	}
}

// TestEveryCodeCovered: each CAMEO event code has patterns or a reason.
func TestEveryCodeCovered(t *testing.T) {
	d := loadDefault(t)
	has := map[string]bool{}
	for _, v := range d.Verbs {
		if len(v.Patterns) > 0 {
			has[v.Code] = true
		}
	}
	for _, u := range d.Uncovered {
		has[u.Code] = true
	}
	for _, c := range event.EventCodes() {
		if !has[c] {
			t.Errorf("CAMEO code %s has no pattern and is not listed as uncovered", c)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"no src", "country RUS\n  name Russia\n", "x.txt:1: country entry has no src"},
		{"bad kind", "nation RUS\n  src a\n", `x.txt:1: unknown entry kind "nation"`},
		{"attr outside", "  name Russia\n", `x.txt:1: attribute "name Russia" outside an entry`},
		{"bad date", "group TAL\n  role AFGGOV 2021-13-01..\n  src a\n", `x.txt:2: bad date "2021-13-01"`},
		{"reversed range", "group TAL\n  role AFGGOV 2022..2021\n  src a\n", "ends before it starts"},
		{"bad pattern", "verb 054\n  pattern $ +\n  src a\n", "x.txt:2: pattern \"$ +\" has no required word"},
		{"bad office", "person A B\n  office RUS king 2000..\n  src a\n", `x.txt:2: unknown office "king"`},
		{"invalid utf8", "country RUS\n  name \xff\n", "x.txt:2: invalid UTF-8"},
		{"unknown attr", "org IGOUNO\n  colour blue\n  src a\n", `x.txt:2: unknown attribute "colour"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.txt", []byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *dict.Error", err)
			}
		})
	}
}

func TestOverlappingTerms(t *testing.T) {
	src := `person A
  office XYZ head_of_state 2000-01-01..2005-06-30
  src a
person B
  office XYZ head_of_state 2005-06-01..
  src a
person C
  office XYZ head_of_state 1990..1999
  src a
`
	d, err := Parse("o.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	errs := overlappingTerms(d)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "o.txt:5: XYZ head_of_state: term of B") {
		t.Fatalf("got %v", errs)
	}
}

func TestAdverbHead(t *testing.T) {
	tests := []struct {
		pattern string
		bad     bool
	}{
		{"$ formally recognize +", true},
		{"$ publicly * flog|whip +", true},
		{"$ formally =recognize +", false},
		{"$ supply * arms to +", false},
		{"$ rally against +", false},
		{"$ recognize +", false},
	}
	for _, tt := range tests {
		t.Run(tt.pattern, func(t *testing.T) {
			d, err := Parse("a.txt", []byte("verb 054\n  pattern "+tt.pattern+"\n  src a\n"))
			if err != nil {
				t.Fatal(err)
			}
			errs := Check(d)
			if got := len(errs) > 0; got != tt.bad {
				t.Fatalf("Check = %v, want an error: %v", errs, tt.bad)
			}
			if tt.bad && !strings.Contains(errs[0].Error(), "a.txt:2: ") {
				t.Fatalf("error %v does not name the line", errs[0])
			}
		})
	}
}

func TestRange(t *testing.T) {
	r := Range{From: "2021-08-15"}
	tests := []struct {
		date string
		want bool
	}{
		{"2021-08-14", false}, {"2021-08-15", true}, {"2025", true}, {"2021-08", false},
	}
	for _, tt := range tests {
		if got := r.Contains(tt.date); got != tt.want {
			t.Errorf("%v.Contains(%s) = %v", r, tt.date, got)
		}
	}
	if !(Range{To: "2008"}).Contains("2008-12-31") {
		t.Error("a year end includes its last day")
	}
}

func TestLookup(t *testing.T) {
	d := loadDefault(t)
	hits := Lookup(d, "Taliban", "2025-07-04")
	if len(hits) == 0 || hits[0].Code != "AFGGOV" {
		t.Fatalf("Taliban on 2025-07-04: %+v", hits)
	}
	hits = Lookup(d, "Taliban", "2003-01-01")
	if len(hits) == 0 || hits[0].Code != "AFGINS" {
		t.Fatalf("Taliban in 2003: %+v", hits)
	}
}

func TestPersonCodeOn(t *testing.T) {
	src := `person Jack McConnell
  office GBR other 2001-11-22..2007-05-16 GBRGOV
  src a
person Kofi Annan
  office IGOUNO other 1997-01-01..2006-12-31 IGOUNO
  src a
person Tony Blair
  office GBR head_of_government 1997-05-02..2007-06-27
  elite GBR
  src a
`
	d, err := Parse("p.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		who  int
		date string
		want string
	}{
		{0, "2005-03-07", "GBRGOV"},
		{0, "2010-01-01", ""},       // out of office, no elite: no code
		{0, "", "GBRELI"},           // undated text: the country's elite
		{1, "", "IGOUNO"},           // an organisation's officer keeps its code
		{2, "2010-01-01", "GBRELI"}, // out of office with an elite
		{2, "", "GBRELI"},
	}
	for _, tt := range tests {
		if got := d.People[tt.who].CodeOn(tt.date); got != tt.want {
			t.Errorf("%s on %q = %q, want %q", d.People[tt.who].Name, tt.date, got, tt.want)
		}
	}
}
