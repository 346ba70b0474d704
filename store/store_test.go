package store

import (
	"testing"

	"github.com/chancery/chancery/when"
)

func TestDates(t *testing.T) {
	tests := []struct {
		a, b       string
		compatible bool
	}{
		{"2021-08-15", "2021-08-15", true},
		{"2021-08", "2021-08-15", true},
		{"2021-08-15", "2021", true},
		{"2021-08-15", "2021-08-16", false},
		{"2021-08", "2021-09-01", false},
		{"2021-1", "2021-10", false}, // not a date, and not a prefix match
		{"", "2021", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := contains(tt.a, tt.b) || contains(tt.b, tt.a); got != tt.compatible {
			t.Errorf("%q and %q compatible = %v", tt.a, tt.b, got)
		}
	}
	ends := map[string]string{"2021": "2021-12-31", "2024-02": "2024-02-29", "2021-02": "2021-02-28", "2021-08-15": "2021-08-15"}
	for in, want := range ends {
		if got := when.LastDay(in); got != want {
			t.Errorf("when.LastDay(%q) = %q, want %q", in, got, want)
		}
	}
	for _, bad := range []string{"2021-13", "21-08-01", "2021/08/01", "2021-02-30"} {
		if checkDate(bad) == nil {
			t.Errorf("checkDate(%q) accepted", bad)
		}
	}
}

func TestMergeRule(t *testing.T) {
	k := partKey{"RUS", "UKR", "111", "2021"}
	row := func(id, date string) partRow {
		return partRow{MentionID: id, Date: date, Qualifies: true, Cluster: id, Domain: "x", Ingested: "2021-09-01T00:00:00.000000Z"}
	}
	rows := []partRow{row("y", "2021"), row("m", "2021-08"), row("d2", "2021-08-20"), row("d1", "2021-08-15"),
		row("n", ""), {MentionID: "q", Date: "2021-08-15"}}
	got := map[string]int{}
	for _, e := range merge(k, rows) {
		got[e.Date] = e.NumMentions
	}
	want := map[string]int{"2021-08-15": 3, "2021-08-20": 1, "": 1}
	if len(got) != len(want) {
		t.Fatalf("merge = %v, want %v", got, want)
	}
	for d, n := range want {
		if got[d] != n {
			t.Errorf("event %q has %d mentions, want %d (all: %v)", d, got[d], n, got)
		}
	}
}

func TestSchemeAndDomain(t *testing.T) {
	schemes := map[string]string{"": "sqlite", "x.db": "sqlite", "sqlite://x.db": "sqlite",
		"postgres://u@h/db": "postgres", "postgresql://h/db": "postgres", "mysql://h": "mysql"}
	for in, want := range schemes {
		if got := Scheme(in); got != want {
			t.Errorf("Scheme(%q) = %q, want %q", in, got, want)
		}
	}
	domains := map[string]string{"https://www.BBC.co.uk/news/1": "bbc.co.uk", "http://x.example:8080/a": "x.example", "": "", "not a url": ""}
	for in, want := range domains {
		if got := Domain(in); got != want {
			t.Errorf("Domain(%q) = %q, want %q", in, got, want)
		}
	}
}
