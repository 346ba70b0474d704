package record

import (
	"slices"
	"testing"

	"github.com/chancery/chancery/event"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, first, last, text string
		ok                    bool
	}{
		{"2025-07-03", "2025-07-03", "2025-07-03", "2025-07-03", true},
		{"2025-07", "2025-07-01", "2025-07-31", "2025-07 (month precision)", true},
		{"2024-02", "2024-02-01", "2024-02-29", "2024-02 (month precision)", true},
		{"2003", "2003-01-01", "2003-12-31", "2003 (year precision)", true},
		{"2025-02-29", "", "", "", false},
		{"2025-13", "", "", "", false},
		{"2025-7-3", "", "", "", false},
		{"25", "", "", "", false},
		{"", "", "", "", false},
		{"20250703", "", "", "", false},
		{"+025", "", "", "", false},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if !tt.ok {
			continue
		}
		if got := d.First().Format("2006-01-02"); got != tt.first {
			t.Errorf("%q First = %s, want %s", tt.in, got, tt.first)
		}
		if got := d.Last().Format("2006-01-02"); got != tt.last {
			t.Errorf("%q Last = %s, want %s", tt.in, got, tt.last)
		}
		if d.Text() != tt.text || d.String() != tt.in {
			t.Errorf("%q Text = %q String = %q", tt.in, d.Text(), d.String())
		}
	}
}

func TestContains(t *testing.T) {
	m, _ := ParseDate("2025-07")
	for in, want := range map[string]bool{"2025-07-03": true, "2025-07": true, "2025-08-01": false, "2025": false} {
		d, _ := ParseDate(in)
		if m.Contains(d) != want {
			t.Errorf("2025-07 contains %s = %v", in, !want)
		}
	}
}

func TestClassifyWording(t *testing.T) {
	tests := []struct {
		spec string
		want []step
	}{
		{"2025 RUS>AFG 161 severed | Russia severed diplomatic ties.", []step{{Recognition, end, "diplomatic relations broken"}, {DiplomaticRelations, end, "diplomatic relations broken"}}},
		{"2025 RUS>AFG 161 recalled | Russia recalled its ambassador for consultations.", nil},
		{"2025 RUS>AFG 161 several | Several diplomats were reassigned.", nil},
		{"2025 RUS>AFG 1663 expelled | Russia expelled aid agencies.", nil},
		{"2025 RUS>AFG 166 derecognized | Russia derecognized the government.", []step{{Recognition, end, "recognition withdrawn"}}},
		{"2025 USA>IRN 085 relaxed | Washington relaxed the embargo.", []step{{Sanctions, ease, "sanctions eased"}}},
		{"2025 USA>IRN 085 removed | Washington removed the embargo.", []step{{Sanctions, end, "sanctions lifted"}}},
		{"2025 USA>IRN 085 eased | Washington eased sanctions and lifted a visa ban.", []step{{Sanctions, ease, "sanctions eased"}}},
		{"2025 USA>IRN 085 | Washington waived some sanctions.", []step{{Sanctions, ease, "sanctions eased"}}},
		{"2025 RUS>UKR 1823 killed", []step{{ArmedConflict, open, ""}}},
		{"2025 RUS>UKR 0871 truce", []step{{ArmedConflict, end, "ceasefire"}}},
		{"2025 RUS>UKR 172 sanctioned", nil},
	}
	for _, tt := range tests {
		if got := classify(mention(1, tt.spec)); !slices.Equal(got, tt.want) {
			t.Errorf("classify(%q) = %v, want %v", tt.spec, got, tt.want)
		}
	}
}

func TestParseKind(t *testing.T) {
	for _, k := range Kinds() {
		if got, err := ParseKind(string(k)); err != nil || got != k {
			t.Errorf("ParseKind(%q) = %q, %v", k, got, err)
		}
	}
	if _, err := ParseKind("alliance"); err == nil {
		t.Error("ParseKind(alliance) succeeded")
	}
}

func TestTimeline(t *testing.T) {
	ms := mentions(
		"2025-07-03 RUS>AFGGOV 054 recognized",
		"2025-07 AFGGOV>RUS 051 welcomed",
		"2003 RUS>AFGINS 1729 designated",
		"2025-07-03 CHN>AFGGOV 042 visited",
		"2025-07-01 RUSGOV>AFG 043 met",
		"2025-07-03 RUS>PAK 042 visited",
	)
	ms[0].Sentence.Index, ms[0].Article.ID = 5, "same"
	ms[4].Date, ms[4].Sentence.Index, ms[4].Article.ID = "2025-07-03", 2, "same"
	ids := func(es []event.Event) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	tests := []struct {
		d        Dyad
		directed bool
		want     []string
	}{
		{Dyad{"RUS", "AFG"}, false, []string{"m3", "m2", "m5", "m1"}},
		{Dyad{"RUS", "AFG"}, true, []string{"m3", "m5", "m1"}},
		{Dyad{"AFG", "RUS"}, true, []string{"m2"}},
		{Dyad{"RUS", "AFGGOV"}, true, []string{"m1"}},
		{Dyad{"", "AFGGOV"}, true, []string{"m4", "m1"}},
		{Dyad{"RUS", ""}, true, []string{"m3", "m5", "m6", "m1"}},
	}
	for _, tt := range tests {
		if got := ids(Timeline(slices.Values(ms), tt.d, tt.directed)); !slices.Equal(got, tt.want) {
			t.Errorf("Timeline(%v, directed=%v) = %v, want %v", tt.d, tt.directed, got, tt.want)
		}
	}
}
