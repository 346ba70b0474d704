package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthRE = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	isoDateRE = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[^\d]|$)`)
	mdyRE     = regexp.MustCompile(`(?i)\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRE     = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `,?\s+(\d{4})\b`)
)

// findDate returns the first calendar date stated in s as YYYY-MM-DD, or "".
// Only unambiguous forms are read: ISO dates and dates with a month name.
func findDate(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	type hit struct {
		at      int
		y, m, d int
	}
	var best *hit
	try := func(at, y, m, d int) {
		if best == nil || at < best.at {
			best = &hit{at, y, m, d}
		}
	}
	if m := isoDateRE.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := mdyRE.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[6]:m[7]]), int(months[strings.ToLower(s[m[2]:m[3]])]), atoi(s[m[4]:m[5]]))
	}
	if m := dmyRE.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[6]:m[7]]), int(months[strings.ToLower(s[m[4]:m[5]])]), atoi(s[m[2]:m[3]]))
	}
	if best == nil || best.y < 1900 || best.y > 2200 || best.m < 1 || best.m > 12 || best.d < 1 {
		return ""
	}
	t := time.Date(best.y, time.Month(best.m), best.d, 0, 0, 0, 0, time.UTC)
	if t.Day() != best.d { // 31 April and the like
		return ""
	}
	return t.Format("2006-01-02")
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
