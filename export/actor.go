package export

import "strings"

// gdeltActor is a CAMEO actor code split into GDELT's actor columns.
type gdeltActor struct {
	Code, Country, KnownGroup, Ethnic string
	Religion                          [2]string
	Type                              [3]string
}

// Role codes (CAMEO manual, table of generic roles, plus the
// international classes) and the short religion codes.
var (
	roleCodes = set("COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI " +
		"LAB LEG MED REF MOD RAD PTY IGO NGO IMG MNC")
	religionCodes = set("ATH BAH BUD CHR CON HIN JAN JEW MOS SHN SIK TAO ABR ADR EAR INR IRR ITR NRM")
	intlCodes     = set("IGO NGO IMG MNC")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// splitActor reads a CAMEO actor code three letters at a time: a leading
// state code is the country (AFGGOV → AFG, GOV); a leading IGO/NGO/IMG/MNC
// is the first type and the code after it the known group (IGOUNO → IGO,
// UNO); later role codes fill the three type columns, religion codes the
// two religion columns, and any other code the known group, then the
// ethnic column.
func splitActor(code string) gdeltActor {
	a := gdeltActor{Code: strings.ToUpper(code)}
	var segs []string
	for c := a.Code; len(c) >= 3; c = c[3:] {
		segs = append(segs, c[:3])
	}
	nt, nr := 0, 0
	for i, s := range segs {
		switch {
		case i == 0 && !roleCodes[s] && !religionCodes[s]:
			a.Country = s
		case i == 1 && intlCodes[segs[0]] && !roleCodes[s] && !religionCodes[s]:
			a.KnownGroup = s
		case roleCodes[s] && nt < 3:
			a.Type[nt] = s
			nt++
		case religionCodes[s] && nr < 2:
			a.Religion[nr] = s
			nr++
		case a.KnownGroup == "":
			a.KnownGroup = s
		case a.Ethnic == "":
			a.Ethnic = s
		}
	}
	return a
}

// fields are the ten GDELT actor columns after the name (Code, Name,
// CountryCode … Type3Code), with the name given.
func (a gdeltActor) fields(name string) []string {
	return []string{a.Code, name, a.Country, a.KnownGroup, a.Ethnic, a.Religion[0], a.Religion[1],
		a.Type[0], a.Type[1], a.Type[2]}
}
