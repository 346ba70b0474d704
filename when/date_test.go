package when

import "testing"

func TestDateStringParse(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{2025, 0, 0}, "2025"},
		{Date{2025, 7, 0}, "2025-07"},
		{Date{2025, 7, 3}, "2025-07-03"},
		{Date{1979, 12, 27}, "1979-12-27"},
		{Date{}, ""},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
		if tt.d.IsZero() {
			continue
		}
		back, err := Parse(tt.want)
		if err != nil || back != tt.d {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.want, back, err, tt.d)
		}
	}
	if !(Date{}).IsZero() || (Date{Year: 1}).IsZero() {
		t.Error("IsZero is wrong")
	}
}

func TestParseErrors(t *testing.T) {
	for _, s := range []string{"", "25", "0000", "2025-7", "2025-13", "2025-00", "2025-02-29",
		"2025-04-31", "2025/07/03", "2025-07-03 ", "2025-07-3x", "July 2025", "２０２５", "-2025"} {
		if d, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", s, d)
		}
	}
	if _, err := Parse("2024-02-29"); err != nil {
		t.Errorf("leap day: %v", err)
	}
}

func TestBefore(t *testing.T) {
	tests := []struct {
		a, b Date
		want bool
	}{
		{Date{2024, 0, 0}, Date{2025, 0, 0}, true},
		{Date{2025, 0, 0}, Date{2025, 3, 0}, true}, // 2025 is 2025-01-01
		{Date{2025, 1, 0}, Date{2025, 0, 0}, false},
		{Date{2025, 0, 0}, Date{2025, 1, 0}, false},
		{Date{2025, 7, 0}, Date{2025, 7, 3}, true}, // 2025-07 is 2025-07-01
		{Date{2025, 7, 0}, Date{2025, 7, 1}, false},
		{Date{2025, 7, 1}, Date{2025, 7, 0}, false},
		{Date{2025, 7, 3}, Date{2025, 7, 0}, false},
		{Date{2025, 7, 3}, Date{2025, 7, 4}, true},
		{Date{2025, 12, 31}, Date{2026, 0, 0}, true},
	}
	for _, tt := range tests {
		if got := tt.a.Before(tt.b); got != tt.want {
			t.Errorf("%v.Before(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestArithmetic(t *testing.T) {
	if got := shiftMonth(2025, 1, -2); got != (Date{2024, 11, 0}) {
		t.Errorf("shiftMonth back = %v", got)
	}
	if got := shiftMonth(2025, 11, 3); got != (Date{2026, 2, 0}) {
		t.Errorf("shiftMonth forward = %v", got)
	}
	if got := addDays(2024, 3, 1, -1); got != (Date{2024, 2, 29}) {
		t.Errorf("addDays = %v", got)
	}
	sc := scanner{}
	sc.setPub(Date{2025, 3, 1})
	if got := sc.dayOnOrBefore(2, 29); got != (Date{2024, 2, 29}) {
		t.Errorf("Feb 29 on or before 2025-03-01 = %v", got)
	}
	if got := sc.dayAfter(2, 29); got != (Date{2028, 2, 29}) {
		t.Errorf("Feb 29 after 2025-03-01 = %v", got)
	}
}

func TestKeywordTable(t *testing.T) {
	if len(words) > kwSize/2 {
		t.Fatalf("%d keywords overfill the %d-slot table", len(words), kwSize)
	}
	for k, w := range words {
		if got, ok := lookup([]byte(k)); !ok || got != w {
			t.Errorf("lookup(%q) = %v, %v", k, got, ok)
		}
	}
	if _, ok := lookup([]byte("kremlin")); ok {
		t.Error("lookup found a word that is not a keyword")
	}
}
