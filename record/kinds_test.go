package record

import (
	"slices"
	"strings"
	"testing"
)

func TestRelationKinds(t *testing.T) {
	sanctions := []string{
		"2018-05-08 USAGOV>IRN 163 reimposed | Washington reimposed sanctions on Iran.",
		"2020-03 USA>IRNGOV 085 eased | The United States eased sanctions on Tehran.",
		"2023-01-15 USA>IRN 085 lifted | The United States lifted all remaining sanctions on Iran.",
	}
	designation := []string{
		"2003 RUS>AFGINS 1729 designated | Russia designated the Taliban a terrorist organisation.",
		"2025-04 RUSJUD>AFGGOV 0819 removed | Russia's Supreme Court removed the Taliban from its list of banned organisations.",
	}
	war := []string{
		"2022-02-24 RUSMIL>UKR 190 attacked | Russian troops attacked Ukraine.",
		"2022-03 UKRMIL>RUSMIL 190 fought | Ukrainian forces fought Russian troops.",
		"2023-01-01 RUS>UKR 0871 ceasefire | The two sides declared a ceasefire.",
		"2023-06-01 RUSMIL>UKRMIL 190 shelled | Russian forces shelled Ukrainian positions.",
	}
	gap := []string{"2010-05-01 SDNMIL>SSD 190 fought", "2012-01-01 SSD>SDN 193 fought"}
	tests := []struct {
		name string
		ms   []string
		q    Query
		want []string
	}{
		{"sanctions active", sanctions, Query{AsOf: "2019", Kind: Sanctions},
			[]string{"sanctions USA>IRN active since=2018-05-08 n=1/1/0"}},
		{"easing by month counts from its last day", sanctions, Query{AsOf: "2020-03-15", Kind: Sanctions},
			[]string{"sanctions USA>IRN active since=2018-05-08 n=1/1/0"}},
		{"sanctions eased", sanctions, Query{AsOf: "2020-04-01", Kind: Sanctions},
			[]string{"sanctions USA>IRN eased since=2018-05-08 state_since=2020-03 n=2/2/0"}},
		{"sanctions lifted", sanctions, Query{AsOf: "2023-01-15", Kind: Sanctions}, []string{}},
		{"sanctions lifted in history", sanctions, Query{AsOf: "2024", Kind: Sanctions, History: true},
			[]string{"sanctions USA>IRN lifted since=2018-05-08 until=2023-01-15 (sanctions lifted) n=2/2/1"}},
		{"partially lifted is eased", []string{sanctions[0], "2020-03-02 USA>IRN 085 lifted | The US partially lifted sanctions."},
			Query{Kind: Sanctions}, []string{"sanctions USA>IRN eased since=2018-05-08 state_since=2020-03-02 n=2/2/0"}},
		{"re-imposed after easing", append(slices.Clone(sanctions[:2]), "2021-01-01 USA>IRN 163 imposed | The US imposed new sanctions."),
			Query{Kind: Sanctions}, []string{"sanctions USA>IRN active since=2018-05-08 state_since=2021-01-01 n=3/3/0"}},
		{"lone lifting opens nothing", sanctions[2:], Query{Kind: Sanctions, History: true}, []string{}},
		{"designated", designation, Query{AsOf: "2010", Kind: Designation, Target: "AFG"},
			[]string{"designation RUS>AFG designated since=2003 n=1/1/0"}},
		{"designated until the last day of the removal month", designation, Query{AsOf: "2025-04-29", Kind: Designation, Target: "AFG"},
			[]string{"designation RUS>AFG designated since=2003 n=1/1/0"}},
		{"removed", designation, Query{AsOf: "2025-04-30", Kind: Designation, Target: "AFG"}, []string{}},
		{"removed in history", designation, Query{AsOf: "2025-07-04", Kind: Designation, Target: "AFG", History: true},
			[]string{"designation RUS>AFG removed since=2003 until=2025-04 (removed from the list) n=1/1/1"}},
		{"designation by role code", designation, Query{AsOf: "2010", Kind: Designation, Target: "AFGINS"},
			[]string{"designation RUS>AFG designated since=2003 n=1/1/0"}},
		{"designation not by other role code", designation, Query{AsOf: "2010", Kind: Designation, Target: "AFGGOV"}, []string{}},
		{"armed conflict open", war, Query{AsOf: "2022-06", Kind: ArmedConflict, Source: "UKR"},
			[]string{"armed-conflict UKR>RUS active since=2022-02-24 n=2/2/0"}},
		{"ceasefire ends it", war, Query{AsOf: "2023-02", Kind: ArmedConflict}, []string{}},
		{"violence after ceasefire reopens", war, Query{AsOf: "2023-06-02", Kind: ArmedConflict, Source: "RUS"},
			[]string{"armed-conflict RUS>UKR active since=2023-06-01 n=1/1/0"}},
		{"armed conflict history", war, Query{AsOf: "2023-06-02", Kind: ArmedConflict, Source: "RUS", History: true},
			[]string{"armed-conflict RUS>UKR ceasefire since=2022-02-24 until=2023-01-01 (ceasefire) n=2/2/1",
				"armed-conflict RUS>UKR active since=2023-06-01 n=1/1/0"}},
		{"365 days without violence: still open", gap, Query{AsOf: "2011-05-01", Kind: ArmedConflict},
			[]string{"armed-conflict SDN>SSD active since=2010-05-01 n=1/1/0"}},
		{"366 days without violence: over", gap, Query{AsOf: "2011-05-02", Kind: ArmedConflict}, []string{}},
		{"gap splits periods", gap, Query{AsOf: "2012-06", Kind: ArmedConflict, History: true},
			[]string{"armed-conflict SDN>SSD ended since=2010-05-01 until=2010-05-01 (no violent event for 365 days) n=1/1/0",
				"armed-conflict SDN>SSD active since=2012-01-01 n=1/1/0"}},
		{"domestic conflict keeps role codes", []string{"2005 AFGGOV>AFGINS 190 fought", "2005 AFGMIL>AFGINS 190 fought"},
			Query{AsOf: "2005-12-31", Kind: ArmedConflict, Target: "AFGINS"},
			[]string{"armed-conflict AFGGOV>AFGINS active since=2005 n=1/1/0", "armed-conflict AFGMIL>AFGINS active since=2005 n=1/1/0"}},
		{"agreements stay in force", []string{"2024-05-01 RUS>AFGGOV 057@x signed", "2024-05-01 AFGGOV>RUS 057@y signed", "2025-01 RUS>AFG 057 signed"},
			Query{AsOf: "2030", Kind: Agreement, Source: "RUS"},
			[]string{"agreement RUS>AFG signed since=2024-05-01 n=2/2/0", "agreement RUS>AFG signed since=2025-01 n=1/1/0"}},
		{"military aid series", []string{"2022-03-01 USA>UKR 072@a sent", "2022-03-01 USAGOV>UKR 072@a sent", "2022-05 USA>UKRMIL 072 supplied",
			"2023-01-10 USA>UKR 072 delivered"}, Query{Kind: MilitaryAid},
			[]string{"military-aid USA>UKR series since=2022-03-01 last=2023-01-10 n=3/4/0"}},
		{"military aid as of", []string{"2022-03-01 USA>UKR 072 sent", "2022-05 USA>UKRMIL 072 supplied", "2023-01-10 USA>UKR 072 delivered"},
			Query{AsOf: "2022-06", Kind: MilitaryAid}, []string{"military-aid USA>UKR series since=2022-03-01 last=2022-05 n=2/2/0"}},
		{"international organisations stay apart", []string{"2020 IGOUNO>AFG 163 imposed", "2021 IGOEEC>AFG 163 imposed"},
			Query{Kind: Sanctions, Source: "IGO"},
			[]string{"sanctions IGOUNO>AFG active since=2020 n=1/1/0", "sanctions IGOEEC>AFG active since=2021 n=1/1/0"}},
		{"one event, many mentions, best date", []string{"2025-07 RUS>AFG 054@r recognized", "2025-07-03 RUSGOV>AFGGOV 054@r recognized"},
			Query{AsOf: "2025-07-04", Kind: Recognition}, []string{"recognition RUS>AFG recognized since=2025-07-03 n=1/2/0"}},
		{"later precise start refines a partial one", []string{"2025-07 RUS>AFG 054 recognized", "2025-07-03 RUSGOV>AFGGOV 054 recognized"},
			Query{AsOf: "2025-07-02", Kind: Recognition}, []string{}},
		{"empty as-of is the latest date", []string{"2020 RUS>AFG 054 recognized", "2021-06-01 RUS>AFG 161 severed | Russia severed ties."},
			Query{Kind: Recognition}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, mentions(tt.ms...), tt.q)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestRelationsBadQuery(t *testing.T) {
	for _, q := range []Query{{AsOf: "2025-13"}, {AsOf: "July"}, {Kind: "friendship"}} {
		if _, err := Relations(slices.Values(mentions("2020 RUS>AFG 054 x")), q); err == nil || !strings.HasPrefix(err.Error(), "record: ") {
			t.Errorf("Relations(%+v) error = %v, want a record: error", q, err)
		}
	}
}

func TestMonthPrecisionText(t *testing.T) {
	rs, err := Relations(slices.Values(mentions("2025-07 RUS>AFG 054 recognized", "2026 RUS>AFG 160 withdrew | Russia withdrew recognition.")),
		Query{AsOf: "2027", Kind: Recognition, History: true})
	if err != nil || len(rs) != 1 {
		t.Fatalf("got %v, %v", rs, err)
	}
	if got := rs[0].SinceText(); got != "2025-07 (month precision)" {
		t.Errorf("SinceText = %q", got)
	}
	if got := rs[0].UntilText(); got != "2026 (year precision)" {
		t.Errorf("UntilText = %q", got)
	}
}
