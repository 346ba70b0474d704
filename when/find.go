package when

import "github.com/chancery/chancery/event"

// Expr is one temporal expression found in text.
//
// Kind names the form of the expression; Past and Future carry its
// precision:
//   - "absolute": a calendar day ("July 3, 2025", "3 July", "2025-07-03",
//     "07/03/2025", "Thursday, July 3");
//   - "month": a named month ("August 2021", "in April", "last April");
//   - "year": a year ("in 2003", "since 2021", "mid-2020");
//   - "decade": "the 1990s" (Past is the decade's first year, 1990);
//   - "weekday": "on Thursday", "last Thursday", "next Thursday";
//   - "relative": today, yesterday, last night, last week, this month, next year …;
//   - "duration-ago": "three years ago", "a week ago";
//   - "range": "from 1996 to 2001", "between 2001 and 2021", "1996–2001".
//
// A leading preposition (in, on, since, by, during, throughout, until, till,
// through, before, after, from) is part of the span so that the coder can
// tell "since 2021" from "in 2021" by Text.
type Expr struct {
	Span   event.Span // absolute byte offsets into the text
	Text   string
	Past   Date // resolved reading in past tense (also used for present tense)
	Future Date // resolved reading in future tense
	Range  bool // Past/Future give the start, End the end
	End    Date
	Kind   string
}

// Resolve returns the reading of e for tense t.
func (e Expr) Resolve(t Tense) Date {
	if t == Future {
		return e.Future
	}
	return e.Past
}

// Expression kinds.
const (
	kAbsolute = "absolute"
	kMonth    = "month"
	kYear     = "year"
	kDecade   = "decade"
	kWeekday  = "weekday"
	kRelative = "relative"
	kAgo      = "duration-ago"
	kRange    = "range"
)

// Find scans text[span] and returns the expressions in text order, resolved
// against pub, the published date. pub must be a valid day-precise date for
// relative expressions (weekdays, "yesterday", "last April", "July 3" without
// a year, "three years ago" …) to be returned; otherwise only expressions that
// name their year are. Spans are clamped to the text.
//
// Resolution rules (CONVENTIONS.md §5):
//   - weekdays: "Thursday", "on Thursday": Past is the Thursday on or before
//     pub (pub itself when pub is a Thursday), Future the first one after pub;
//     "last Thursday" is strictly before pub in both readings, "next Thursday"
//     strictly after; "this Thursday" is on or before pub (Past) or on or after
//     it (Future);
//   - "July 3" without a year: the latest July 3 on or before pub (Past), the
//     first after pub (Future);
//   - "last April": the latest April strictly before pub's month; "next April"
//     the first strictly after it; "this April" the April of pub's year;
//     "in April" or a bare "April": the latest April on or before pub's month
//     (Past), the first strictly after it (Future);
//   - today, tonight, this morning, earlier today: pub; yesterday, last night,
//     the day before: pub−1; the day before yesterday: pub−2; tomorrow, the
//     day after: pub+1;
//   - last/this/next week: the month of pub−7d / pub / pub+7d (month
//     precision, as the codebook asks); last/this/next month and year likewise
//     at month and year precision;
//   - N days ago: pub−N days (day precision); N weeks ago: the month of
//     pub−7N days (month precision); N months ago: month precision; N years
//     and decades ago: year precision;
//   - "07/03/2025" is read in US order (July 3) unless the first number
//     exceeds 12, then as day/month;
//   - ranges: Past/Future are the start, End the end read in past tense; a
//     start without a year takes the end's ("from March to May 2024").
//
// May and March, and the abbreviations (Jan, Sept …), are read as months
// only with a day or year or after in, last, this, next, early, mid, late,
// since, by, until, from, between, during, before, after: "Russia may
// recognize" and "protesters march" are not dates.
func Find(text string, span event.Span, pub Date) []Expr {
	return AppendFind(nil, text, span, pub)
}

// AppendFind is Find appending to dst; it allocates only to grow dst.
func AppendFind(dst []Expr, text string, span event.Span, pub Date) []Expr {
	lo, hi := span[0], span[1]
	lo = min(max(lo, 0), len(text))
	hi = min(max(hi, lo), len(text))
	sc := scanner{s: text, lo: lo, hi: hi}
	sc.setPub(pub)
	blocked := false
	for i := lo; i < hi; {
		t := sc.next(i)
		if t.k == tEOF {
			break
		}
		it, ok := sc.top(t, blocked)
		if ok && it.e > t.s {
			if !it.rel || sc.pubOK {
				dst = append(dst, Expr{
					Span:   event.Span{it.s, it.e},
					Text:   text[it.s:it.e],
					Past:   it.past,
					Future: it.fut,
					Range:  it.rng,
					End:    it.end,
					Kind:   it.kind,
				})
			}
			i, blocked = it.e, false
			continue
		}
		blocked = (t.k == tWord && t.w == wBlock) || (blocked && isPunct(t, '.')) // "No. 1973"
		i = t.e
	}
	return dst
}

// scanner holds the text, the scanned span and the published date.
type scanner struct {
	s      string
	lo, hi int
	pubOK  bool
	y, m   int // published year and month
	d, wd  int // published day and weekday (Sunday = 0)
}

// setPub records pub; an invalid pub is replaced by a placeholder so that
// resolution never fails, and relative results are then dropped.
func (sc *scanner) setPub(p Date) {
	sc.pubOK = p.Year > 0 && valid(p.Year, p.Month, p.Day)
	if !sc.pubOK {
		p = Date{2000, 1, 1}
	}
	sc.y, sc.m, sc.d = p.Year, p.Month, p.Day
	sc.wd = weekdayOf(p.Year, p.Month, p.Day)
}

// item is a matched expression before it becomes an Expr.
type item struct {
	s, e      int
	kind      string
	past, fut Date
	end       Date
	rng       bool
	rel       bool // resolved from the published date
	ym, yd    int  // month and day of a named date without a year
}

// iflag says what the context of an item allows.
type iflag uint8

const (
	iBare    iflag = 1 << iota // a bare month name after a cue word
	iHyph                      // a number after "mid-"
	iBlocked                   // the previous word labels numbers ("Resolution 2231")
)

// top matches an expression starting at token t.
func (sc *scanner) top(t tok, blocked bool) (item, bool) {
	if t.k == tWord {
		switch t.w {
		case wIn, wOn, wSince, wBy, wDuring, wUntil, wBefore, wAfter:
			it, ok := sc.item(sc.next(t.e), iBare)
			if ok && it.kind != kAgo {
				it.s = t.s
				return it, true
			}
			return item{}, false
		case wFrom, wBetween:
			return sc.span(t)
		}
	}
	var fl iflag
	if blocked {
		fl = iBlocked
	}
	return sc.item(t, fl)
}

// span matches "from A to B", "between A and B", or A alone.
func (sc *scanner) span(t tok) (item, bool) {
	a, ok := sc.item(sc.next(t.e), iBare)
	if !ok || a.kind == kAgo {
		return item{}, false
	}
	c := sc.next(a.e)
	conn := c.k == tWord && c.w == wAnd
	if t.w == wFrom {
		conn = (c.k == tWord && (c.w == wTo || c.w == wUntil)) || isDash(c)
	}
	if conn && !a.rng {
		bt := sc.next(c.e)
		b, ok := sc.item(bt, iBare)
		if !ok && a.kind == kAbsolute && dayTok(bt) && bt.v > a.past.Day {
			b, ok = sc.sameMonth(&a, bt)
		}
		if ok && !b.rng && b.kind != kAgo {
			if r, ok := joinRange(a, b); ok {
				r.s = t.s
				return r, true
			}
		}
	}
	if t.w == wFrom {
		a.s = t.s
	}
	return a, true
}

// joinRange makes the range a–b; a start without a year takes b's.
func joinRange(a, b item) (item, bool) {
	if a.ym != 0 && b.past.Year != 0 {
		a.past = inherit(a.ym, a.yd, b.past)
		a.fut = inherit(a.ym, a.yd, b.fut)
		a.rel = b.rel
	}
	if b.past.Before(a.past) {
		return item{}, false
	}
	return item{s: a.s, e: b.e, kind: kRange, past: a.past, fut: a.fut, end: b.past,
		rng: true, rel: a.rel || b.rel}, true
}

// inherit dates month m (day d, or 0) in the year of end, or the year before
// when m-d falls after end.
func inherit(m, d int, end Date) Date {
	y := end.Year
	if end.Month != 0 && (m > end.Month || (m == end.Month && end.Day != 0 && d > end.Day)) {
		y--
	}
	if d != 0 && !valid(y, m, d) {
		return Date{y, m, 0}
	}
	return Date{y, m, d}
}

// sameMonth reads day token bt as the end of a range in a's month: "from
// July 3 to 5[, 2025]"; a year after the day also dates a.
func (sc *scanner) sameMonth(a *item, bt tok) (item, bool) {
	b := item{s: bt.s, e: bt.e, kind: kAbsolute, rel: a.rel}
	c := sc.next(bt.e)
	if isPunct(c, ',') {
		c = sc.next(c.e)
	}
	if a.ym != 0 && yearTok(c, 1000, 2999, 0) && valid(c.v, a.ym, a.yd) {
		a.past = Date{c.v, a.ym, a.yd}
		a.fut, a.rel, a.ym, b.rel, b.e = a.past, false, 0, false, c.e
	}
	if !valid(a.past.Year, a.past.Month, bt.v) {
		return item{}, false
	}
	b.past = Date{a.past.Year, a.past.Month, bt.v}
	b.fut = Date{a.fut.Year, a.fut.Month, bt.v}
	if !valid(b.fut.Year, b.fut.Month, bt.v) {
		b.fut = b.past
	}
	return b, true
}

func isDash(t tok) bool {
	return t.k == tPunct && (t.v == '-' || t.v == 0x2013 || t.v == 0x2014)
}

func isPunct(t tok, r rune) bool { return t.k == tPunct && t.v == int(r) }
