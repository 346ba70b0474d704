// Package when finds temporal expressions in news text and resolves them
// against the article's published date, following CONVENTIONS.md §5.
//
// The scanner is hand-written and allocation-free (AppendFind) because it
// runs on every sentence the coder sees.
package when

import (
	"fmt"
	"time"
)

// Date is a calendar date with the precision the text supports:
// Month==0 → year precision, Day==0 → month precision.
type Date struct{ Year, Month, Day int }

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// String formats d as "2025", "2025-07" or "2025-07-03" by its precision.
// The zero Date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	var b [10]byte
	n := put(b[:], d.Year, 4)
	if d.Month == 0 {
		return string(b[:n])
	}
	b[n] = '-'
	n += 1 + put(b[n+1:], d.Month, 2)
	if d.Day == 0 {
		return string(b[:n])
	}
	b[n] = '-'
	n += 1 + put(b[n+1:], d.Day, 2)
	return string(b[:n])
}

// put writes v zero-padded to width digits and returns width.
func put(b []byte, v, width int) int {
	for i := width - 1; i >= 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return width
}

// Parse reads "YYYY", "YYYY-MM" or "YYYY-MM-DD", the forms String writes.
func Parse(s string) (Date, error) {
	var d Date
	var ok bool
	switch len(s) {
	case 4:
		d.Year, ok = digits(s, 0, 4)
	case 7:
		if s[4] == '-' {
			d.Year, ok = digits(s, 0, 4)
			if ok {
				d.Month, ok = digits(s, 5, 2)
			}
		}
	case 10:
		if s[4] == '-' && s[7] == '-' {
			d.Year, ok = digits(s, 0, 4)
			if ok {
				d.Month, ok = digits(s, 5, 2)
			}
			if ok {
				d.Day, ok = digits(s, 8, 2)
			}
		}
	}
	if !ok {
		return Date{}, fmt.Errorf("when: parse date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if d.Year == 0 || (len(s) >= 7 && (d.Month < 1 || d.Month > 12)) ||
		(len(s) == 10 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month))) {
		return Date{}, fmt.Errorf("when: parse date %q: out of range", s)
	}
	return d, nil
}

// digits reads exactly n ASCII digits of s from i.
func digits(s string, i, n int) (int, bool) {
	if i < 0 || i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// Before reports whether d is earlier than o. A date missing its month or
// day is compared by its first month or day: 2025 and 2025-07 stand for
// 2025-01-01 and 2025-07-01, so 2025-07 is before 2025-07-03 and neither of
// 2025-07 and 2025-07-01 is before the other.
func (d Date) Before(o Date) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	dm, om := max(d.Month, 1), max(o.Month, 1)
	if dm != om {
		return dm < om
	}
	return max(d.Day, 1) < max(o.Day, 1)
}

// Tense selects which reading of an expression applies: weekdays, bare
// months and "next …" resolve differently in the past and the future.
type Tense uint8

// The tenses; Present reads like Past.
const (
	Past Tense = iota
	Present
	Future
)

// daysIn is the number of days of month m (1–12) in year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// valid reports whether y-m-d is a real day.
func valid(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// addDays is the day n days after y-m-d (n may be negative).
func addDays(y, m, d, n int) Date {
	t := time.Date(y, time.Month(m), d+n, 12, 0, 0, 0, time.UTC)
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// monthOf is addDays at month precision.
func monthOf(y, m, d, n int) Date {
	r := addDays(y, m, d, n)
	r.Day = 0
	return r
}

// shiftMonth is the month n months after y-m, at month precision.
func shiftMonth(y, m, n int) Date {
	t := y*12 + m - 1 + n
	yy := t / 12
	if t < 0 && t%12 != 0 {
		yy--
	}
	return Date{yy, t - yy*12 + 1, 0}
}

// weekdayOf is the day of the week of y-m-d, Sunday = 0.
func weekdayOf(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Weekday())
}

// FirstDay is the first day of a partial date string as YYYY-MM-DD:
// "2021" → "2021-01-01", "2021-08" → "2021-08-01"; other strings are
// returned as they are.
func FirstDay(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// LastDay is the last day of a partial date string as YYYY-MM-DD:
// "2021" → "2021-12-31", "2024-02" → "2024-02-29".
func LastDay(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return d + "-31"
		}
		return t.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return d
}
