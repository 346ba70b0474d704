package event

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:embed cameo.tsv
var cameoTSV string

// Code describes one CAMEO event code (or a chancery extension code).
type Code struct {
	Code      string
	Name      string
	Goldstein float64
	Plover    string
	// CAMEO is the nearest CAMEO code: the code itself for CAMEO codes, the
	// mapped code for extensions.
	CAMEO string
}

// Root is the two-digit root code.
func (c Code) Root() string { return c.Code[:2] }

// Quad is GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation,
// 3 verbal conflict, 4 material conflict.
func (c Code) Quad() int { return QuadClass(c.Root()) }

// Extension reports whether the code is a chancery extension, not CAMEO.
func (c Code) Extension() bool { return c.CAMEO != c.Code }

// extensions maps chancery's own codes to their nearest CAMEO code
// (CONVENTIONS.md §3). The trailing 9 is unused by CAMEO in both families.
var extensions = map[string]string{
	"1729": "172", // designate as terrorist / put on a sanctions list
	"0819": "081", // remove from such a list
}

var codes = mustParseCodes(cameoTSV)

func mustParseCodes(tsv string) map[string]Code {
	m, err := parseCodes(tsv)
	if err != nil {
		panic(err) // the table is embedded: a bad row is a build defect
	}
	return m
}

func parseCodes(tsv string) (map[string]Code, error) {
	m := make(map[string]Code, 320)
	for i, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("event: cameo.tsv:%d: want 4 fields, got %d", i+1, len(f))
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("event: cameo.tsv:%d: goldstein: %w", i+1, err)
		}
		c := Code{Code: f[0], Name: f[1], Goldstein: g, Plover: f[3], CAMEO: f[0]}
		if near, ok := extensions[f[0]]; ok {
			c.CAMEO = near
		}
		m[f[0]] = c
	}
	return m, nil
}

// Lookup returns the description of a code ("054", "1729"). Root codes
// ("05") are found too.
func Lookup(code string) (Code, bool) {
	c, ok := codes[code]
	return c, ok
}

// EventCodes lists every event code (three or four digits, CAMEO and
// extensions), sorted.
func EventCodes() []string {
	out := make([]string, 0, len(codes))
	for k := range codes {
		if len(k) >= 3 {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// QuadClass maps a root code to GDELT's QuadClass.
func QuadClass(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}
