package when

import (
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a token.
type tkind uint8

const (
	tEOF tkind = iota
	tWord
	tNum
	tPunct
)

// wclass is what a known word can do in a date expression.
type wclass uint8

const (
	wNone wclass = iota
	wMonth
	wWeekday
	wNumber // one … ninety
	wA      // a, an
	wCouple
	wOf
	wIn
	wOn
	wSince
	wBy
	wDuring
	wUntil // until, till, through
	wBefore
	wAfter
	wFrom
	wBetween
	wTo
	wAnd
	wLast
	wThis
	wNext
	wEarlier // earlier, later
	wEarly   // early, mid, late
	wThe
	wToday
	wTonight
	wYesterday
	wTomorrow
	wNight
	wPartOfDay // morning, afternoon, evening
	wDay
	wWeek
	wMonthUnit
	wYear
	wDecade
	wAgo
	wBlock // a word after which a number is a label, not a year
	wCount // a noun a number counts, so the number is not a year
)

// tflag qualifies a token.
type tflag uint16

const (
	fCap     tflag = 1 << iota // word starts with an upper-case letter
	fAbbr                      // month abbreviation that may take a period
	fComplex                   // number with , or . groups: 1,000 or 7.62
	fOrd                       // number with an ordinal suffix: 3rd
	fDecade                    // four-digit number with an s: 1990s
	fGlued                     // number touching letters: F16, 7mm
	fHyph                      // number after a hyphen after a letter or digit: AK-103
	fMoney                     // number after a currency sign: $2000
)

// tok is one token of the text: a word, a number or one punctuation rune.
type tok struct {
	s, e int
	k    tkind
	w    wclass
	f    tflag
	v    int // month 1–12, weekday 0–6, number value (-1 when too long), or punctuation rune
	nd   int // digit count of a number
}

type wentry struct {
	c wclass
	v int8
	f tflag
}

// maxKey is the longest word looked up; longer words are never keywords.
const maxKey = 14

// words maps lower-case keywords to their entries; built once by init into
// kw, an open-addressing table probed without hashing through the runtime
// (the lookup is most of the scanner's time).
var words = map[string]wentry{}

const kwSize = 1024 // power of two, well above twice the number of words

var kw [kwSize]struct {
	key string
	w   wentry
}

// fnv is FNV-1a over lower-case bytes.
func fnv(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// lookup finds lower-case word b in kw.
func lookup(b []byte) (wentry, bool) {
	for i := fnv(b) & (kwSize - 1); ; i = (i + 1) & (kwSize - 1) {
		e := &kw[i]
		if e.key == "" {
			return wentry{}, false
		}
		if e.key == string(b) {
			return e.w, true
		}
	}
}

func init() {
	defer func() {
		// TestKeywordTable keeps len(words) under kwSize/2, so probing ends.
		for k, w := range words {
			i := fnv([]byte(k)) & (kwSize - 1)
			for kw[i].key != "" {
				i = (i + 1) & (kwSize - 1)
			}
			kw[i].key, kw[i].w = k, w
		}
	}()

	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, m := range months {
		words[m] = wentry{c: wMonth, v: int8(i + 1)}
		if len(m) > 3 {
			words[m[:3]] = wentry{c: wMonth, v: int8(i + 1), f: fAbbr}
		}
	}
	words["sept"] = wentry{c: wMonth, v: 9, f: fAbbr}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		words[d] = wentry{c: wWeekday, v: int8(i)}
	}
	words["tues"] = wentry{c: wWeekday, v: 2}
	words["weds"] = wentry{c: wWeekday, v: 3}
	words["thurs"] = wentry{c: wWeekday, v: 4}
	nums := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty"}
	for i, n := range nums {
		words[n] = wentry{c: wNumber, v: int8(i + 1)}
	}
	for i, n := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		words[n] = wentry{c: wNumber, v: int8(30 + 10*i)}
	}
	for c, ws := range map[wclass][]string{
		wA: {"a", "an"}, wCouple: {"couple"}, wOf: {"of"},
		wIn: {"in"}, wOn: {"on"}, wSince: {"since"}, wBy: {"by"},
		wDuring: {"during", "throughout"}, wUntil: {"until", "till", "through"},
		wBefore: {"before"}, wAfter: {"after"}, wFrom: {"from"}, wBetween: {"between"},
		wTo: {"to"}, wAnd: {"and"}, wLast: {"last"}, wThis: {"this"}, wNext: {"next"},
		wEarlier: {"earlier", "later"}, wEarly: {"early", "mid", "late"}, wThe: {"the"},
		wToday: {"today"}, wTonight: {"tonight"}, wYesterday: {"yesterday"},
		wTomorrow: {"tomorrow"}, wNight: {"night"},
		wPartOfDay: {"morning", "afternoon", "evening"},
		wDay:       {"day", "days"}, wWeek: {"week", "weeks"}, wMonthUnit: {"month", "months"},
		wYear: {"year", "years"}, wDecade: {"decade", "decades"}, wAgo: {"ago"},
		wBlock: {"resolution", "resolutions", "no", "nos", "number", "flight", "article",
			"articles", "chapter", "section", "route", "page", "paragraph", "code", "model",
			"unit", "decree", "law", "bill", "item", "room", "platform", "highway", "channel",
			"batch", "squad", "grade", "version", "type", "class", "order", "file", "rule",
			"point", "exit", "gate", "bus", "brigade", "regiment", "division", "battalion",
			"vision", "agenda"},
		wCount: {"people", "persons", "troops", "soldiers", "civilians", "fighters",
			"militants", "refugees", "migrants", "prisoners", "detainees", "members", "men",
			"women", "children", "students", "workers", "residents", "deaths", "dead",
			"casualties", "cases", "votes", "seats", "units", "tons", "tonnes", "barrels",
			"km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "dollars",
			"euros", "rubles", "roubles", "yuan", "pounds", "kg", "homes", "houses",
			"buildings", "vehicles", "tanks", "missiles", "drones", "rockets", "shells",
			"jobs", "times", "hectares", "acres", "delegates", "officers", "police",
			"policemen", "hostages", "protesters", "demonstrators", "employees", "staff",
			"participants", "copies", "pages", "words", "tourists", "visitors", "pilgrims",
			"families", "households", "villages", "sites", "flights", "aircraft", "ships",
			"vessels", "trucks", "arrests", "attacks", "strikes", "incidents", "million",
			"billion", "thousand", "hundred", "percent", "per", "mw", "mm", "cm", "kilograms",
			"rounds", "pieces", "others", "signatures", "doses", "patients", "gmt", "utc",
			"hours", "hrs", "local"},
	} {
		for _, w := range ws {
			words[w] = wentry{c: c}
		}
	}
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// next returns the first token that starts at or after byte i of the
// scanned span; past its end it returns a tEOF token.
func (sc *scanner) next(i int) tok {
	s, hi := sc.s, sc.hi
	for i < hi {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			case isLetter(c):
				return sc.word(i)
			case isDigit(c):
				return sc.number(i)
			}
			return tok{s: i, e: i + 1, k: tPunct, v: int(c)}
		}
		r, size := utf8.DecodeRuneInString(s[i:hi])
		switch {
		case r == utf8.RuneError:
			return tok{s: i, e: i + size, k: tPunct, v: -1}
		case unicode.IsSpace(r):
			i += size
			continue
		case unicode.IsLetter(r):
			return sc.word(i)
		}
		return tok{s: i, e: i + size, k: tPunct, v: int(r)}
	}
	return tok{s: hi, e: hi, k: tEOF}
}

// letterAt reports whether a letter starts at byte i, with its size.
func (sc *scanner) letterAt(i int) (bool, int) {
	if i >= sc.hi {
		return false, 0
	}
	c := sc.s[i]
	if c < utf8.RuneSelf {
		return isLetter(c), 1
	}
	r, size := utf8.DecodeRuneInString(sc.s[i:sc.hi])
	return unicode.IsLetter(r) || unicode.IsMark(r), size
}

// word scans a run of letters from i and classifies it.
func (sc *scanner) word(i int) tok {
	j, ascii := i, true
	for j < sc.hi {
		c := sc.s[j]
		if c < utf8.RuneSelf {
			if !isLetter(c) {
				break
			}
			j++
			continue
		}
		ok, size := sc.letterAt(j)
		if !ok {
			break
		}
		ascii = false
		j += size
	}
	t := tok{s: i, e: j, k: tWord}
	if c := sc.s[i]; c >= 'A' && c <= 'Z' {
		t.f = fCap
	}
	if !ascii || j-i > maxKey {
		return t
	}
	var b [maxKey]byte
	for k := i; k < j; k++ {
		b[k-i] = sc.s[k] | 0x20
	}
	if w, ok := lookup(b[:j-i]); ok {
		t.w, t.v, t.f = w.c, int(w.v), t.f|w.f
	}
	return t
}

// number scans digits from i, with thousands or decimal groups, an ordinal
// or decade suffix, and notes what touches it.
func (sc *scanner) number(i int) tok {
	s, hi := sc.s, sc.hi
	t := tok{s: i, k: tNum}
	j, v := i, 0
	for {
		for j < hi && isDigit(s[j]) {
			if v >= 0 && t.nd < 9 {
				v = v*10 + int(s[j]-'0')
			} else {
				v = -1
			}
			t.nd++
			j++
		}
		if j+1 < hi && (s[j] == ',' || s[j] == '.') && isDigit(s[j+1]) {
			t.f |= fComplex
			j++
			continue
		}
		break
	}
	t.v = v
	if t.f&fComplex != 0 {
		t.v = -1
	}
	if ok, _ := sc.letterAt(j); ok {
		k := j
		for k < hi && isLetter(s[k]) {
			k++
		}
		more, _ := sc.letterAt(k)
		suf := s[j:k]
		switch {
		case !more && k-j == 2 && t.nd <= 2 && isOrdinal(suf):
			t.f |= fOrd
		case !more && (suf == "s" || suf == "S") && t.nd == 4 && v%10 == 0:
			t.f |= fDecade
		default:
			t.f |= fGlued
		}
		j = k
		for j < hi {
			ok, size := sc.letterAt(j)
			if !ok {
				break
			}
			j += size
		}
	} else if t.nd == 4 && v%10 == 0 && t.f&fComplex == 0 {
		// 1990's, 1990’s
		k := j
		if k < hi && s[k] == '\'' {
			k++
		} else if k+2 < hi && s[k] == 0xE2 && s[k+1] == 0x80 && s[k+2] == 0x99 {
			k += 3
		}
		if k > j && k < hi && (s[k] == 's' || s[k] == 'S') {
			if more, _ := sc.letterAt(k + 1); !more {
				t.f |= fDecade
				j = k + 1
			}
		}
	}
	t.e = j
	if i > sc.lo {
		p := s[i-1]
		switch {
		case p < utf8.RuneSelf && isLetter(p):
			t.f |= fGlued
		case p == '$' || p == '#':
			t.f |= fMoney
		case p == '-' && i-1 > sc.lo && (isLetter(s[i-2]) || isDigit(s[i-2])):
			t.f |= fHyph
		case p >= utf8.RuneSelf:
			r, _ := utf8.DecodeLastRuneInString(s[sc.lo:i])
			if unicode.IsLetter(r) {
				t.f |= fGlued
			} else if unicode.Is(unicode.Sc, r) {
				t.f |= fMoney
			}
		}
	}
	return t
}

func isOrdinal(s string) bool {
	a, b := s[0]|0x20, s[1]|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}
