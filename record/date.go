package record

import (
	"fmt"
	"strconv"
	"time"
)

// Precision is how much of a date the text supports.
type Precision int

// Precisions, coarsest first.
const (
	NoDate Precision = iota
	Year
	Month
	Day
)

func (p Precision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	}
	return "none"
}

// Date is an event date as chancery records it: "YYYY", "YYYY-MM" or
// "YYYY-MM-DD". A partial date stands for a range of days; First and Last
// are its ends. The zero Date has no precision.
type Date struct {
	Y, M, D   int
	Precision Precision
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD".
func ParseDate(s string) (Date, error) {
	bad := func() (Date, error) {
		return Date{}, fmt.Errorf("record: parse date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	num := func(s string) (int, bool) {
		for _, r := range s {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	var d Date
	var ok bool
	switch len(s) {
	case 4, 7, 10:
	default:
		return bad()
	}
	if d.Y, ok = num(s[:4]); !ok {
		return bad()
	}
	d.Precision = Year
	if len(s) >= 7 {
		if s[4] != '-' {
			return bad()
		}
		if d.M, ok = num(s[5:7]); !ok || d.M < 1 || d.M > 12 {
			return bad()
		}
		d.Precision = Month
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return bad()
		}
		if d.D, ok = num(s[8:10]); !ok || d.D < 1 || d.D > daysIn(d.Y, d.M) {
			return bad()
		}
		d.Precision = Day
	}
	return d, nil
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == NoDate }

// First is the first day the date can stand for: a start dated "2025-07"
// counts from 2025-07-01.
func (d Date) First() time.Time {
	switch d.Precision {
	case Year:
		return time.Date(d.Y, 1, 1, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(d.Y, time.Month(d.M), 1, 0, 0, 0, 0, time.UTC)
	case Day:
		return time.Date(d.Y, time.Month(d.M), d.D, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// Last is the last day the date can stand for: an end dated "2025-07"
// takes effect on 2025-07-31.
func (d Date) Last() time.Time {
	switch d.Precision {
	case Year:
		return time.Date(d.Y, 12, 31, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(d.Y, time.Month(d.M), daysIn(d.Y, d.M), 0, 0, 0, 0, time.UTC)
	case Day:
		return d.First()
	}
	return time.Time{}
}

// Contains reports whether o lies inside d's range of days.
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return !o.First().Before(d.First()) && !o.Last().After(d.Last())
}

// String writes the date at its precision.
func (d Date) String() string {
	switch d.Precision {
	case Year:
		return fmt.Sprintf("%04d", d.Y)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Y, d.M)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
	}
	return ""
}

// Text is the date for people: partial dates say their precision,
// "2025-07 (month precision)".
func (d Date) Text() string {
	if d.Precision == Year || d.Precision == Month {
		return d.String() + " (" + d.Precision.String() + " precision)"
	}
	return d.String()
}

// parseOrZero reads a mention's date; an unreadable date is unknown.
func parseOrZero(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		return Date{}
	}
	return d
}
