package store

import (
	"fmt"
	"strings"
	"time"
)

// Partial dates are strings of the precision the text supports: "2021",
// "2021-08" or "2021-08-15"; "" is undated.

// checkDate reports whether d is a valid partial date or "".
func checkDate(d string) error {
	layout := ""
	switch len(d) {
	case 0:
		return nil
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	default:
		return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
	}
	if _, err := time.Parse(layout, d); err != nil {
		return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
	}
	return nil
}

// precision names how precise a partial date is.
func precision(d string) string {
	switch len(d) {
	case 4:
		return "year"
	case 7:
		return "month"
	case 10:
		return "day"
	}
	return ""
}

// contains reports whether partial date a contains b: equal, or a is a
// coarser period that b falls in ("2021-08" contains "2021-08-15").
func contains(a, b string) bool {
	return a != "" && strings.HasPrefix(b, a) && (len(b) == len(a) || b[len(a)] == '-')
}

// year is a partial date's year: the partition events are merged within.
func year(d string) string {
	if len(d) < 4 {
		return ""
	}
	return d[:4]
}
