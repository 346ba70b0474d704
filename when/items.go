package when

// item matches one date expression (no leading preposition) at token t.
func (sc *scanner) item(t tok, fl iflag) (item, bool) {
	switch t.k {
	case tNum:
		return sc.numItem(t, fl)
	case tWord:
		switch t.w {
		case wMonth:
			return sc.month(t, fl)
		case wWeekday:
			return sc.weekday(t)
		case wLast, wThis, wNext:
			return sc.lastThisNext(t)
		case wEarlier:
			return sc.earlierLater(t)
		case wEarly:
			return sc.earlyMidLate(t)
		case wThe:
			return sc.the(t)
		case wToday, wTonight:
			return sc.rel(t.s, t.e, kRelative, sc.pubDay(0)), true
		case wYesterday:
			return sc.rel(t.s, t.e, kRelative, sc.pubDay(-1)), true
		case wTomorrow:
			return sc.rel(t.s, t.e, kRelative, sc.pubDay(1)), true
		case wNumber, wA:
			return sc.ago(t)
		}
	}
	return item{}, false
}

// rel is a relative item with one reading.
func (sc *scanner) rel(s, e int, kind string, d Date) item {
	return item{s: s, e: e, kind: kind, past: d, fut: d, rel: true}
}

// abs is an item that names its year.
func abs(s, e int, kind string, d Date) item {
	return item{s: s, e: e, kind: kind, past: d, fut: d}
}

// yearTok reports whether t is a plain four-digit year in [lo, hi].
func yearTok(t tok, lo, hi int, fl iflag) bool {
	bad := fComplex | fOrd | fDecade | fGlued | fMoney | fHyph
	if fl&iHyph != 0 {
		bad &^= fHyph
	}
	return t.k == tNum && t.nd == 4 && t.f&bad == 0 && t.v >= lo && t.v <= hi
}

// counted reports whether the token after e makes a number a quantity:
// "2000 troops", "1990 %", "2000-year-old".
func (sc *scanner) counted(e int) bool {
	n := sc.next(e)
	if n.k == tWord && n.w == wCount {
		return true
	}
	if isPunct(n, '%') {
		return true
	}
	if isPunct(n, '-') && n.s == e {
		ok, _ := sc.letterAt(n.e)
		return ok
	}
	return false
}

// dayTok reports whether t can be a day of the month.
func dayTok(t tok) bool {
	return t.k == tNum && t.nd <= 2 && t.f&^fOrd == 0 && t.v >= 1 && t.v <= 31
}

// numItem matches expressions that start with a number.
func (sc *scanner) numItem(t tok, fl iflag) (item, bool) {
	if t.f&(fComplex|fGlued|fMoney) != 0 || (t.f&fHyph != 0 && fl&iHyph == 0) {
		return item{}, false
	}
	if t.f&fDecade != 0 {
		if t.v >= 1800 && t.v <= 2090 {
			return abs(t.s, t.e, kDecade, Date{Year: t.v}), true
		}
		return item{}, false
	}
	if t.nd == 4 {
		if it, ok := sc.iso(t); ok {
			return it, true
		}
		if !yearTok(t, 1800, 2100, fl) || fl&iBlocked != 0 {
			return item{}, false
		}
		if it, ok := sc.yearRange(t); ok {
			return it, true
		}
		if sc.counted(t.e) {
			return item{}, false
		}
		return abs(t.s, t.e, kYear, Date{Year: t.v}), true
	}
	if t.nd > 3 || t.v < 1 {
		return item{}, false
	}
	if it, ok := sc.slash(t); ok {
		return it, true
	}
	if dayTok(t) {
		n := sc.next(t.e)
		if n.k == tWord && n.w == wOf {
			n = sc.next(n.e)
		}
		if n.k == tWord && n.w == wMonth && n.f&fCap != 0 {
			if it, ok := sc.monthDay(t.s, n, t.v); ok {
				return it, true
			}
		}
	}
	if t.f&fOrd == 0 {
		return sc.ago(t)
	}
	return item{}, false
}

// iso matches 2025-07-03 at a four-digit token.
func (sc *scanner) iso(t tok) (item, bool) {
	i := t.e
	if i+6 > sc.hi || sc.s[i] != '-' || sc.s[i+3] != '-' {
		return item{}, false
	}
	m, ok1 := digits(sc.s, i+1, 2)
	d, ok2 := digits(sc.s, i+4, 2)
	e := i + 6
	timeOfDay := e+1 < sc.hi && sc.s[e] == 'T' && isDigit(sc.s[e+1]) // 2025-07-03T10:00
	if !ok1 || !ok2 || !valid(t.v, m, d) || t.v < 1000 || (sc.alnumAt(e) && !timeOfDay) {
		return item{}, false
	}
	return abs(t.s, e, kAbsolute, Date{t.v, m, d}), true
}

// slash matches 07/03/2025 (US order; day first when the first part > 12).
func (sc *scanner) slash(t tok) (item, bool) {
	s, i := sc.s, t.e
	if t.nd > 2 || i >= sc.hi || s[i] != '/' {
		return item{}, false
	}
	i++
	j := i
	for j < sc.hi && j-i < 3 && isDigit(s[j]) {
		j++
	}
	b, ok := digits(s, i, j-i)
	if !ok || j-i == 0 || j-i > 2 || j >= sc.hi || s[j] != '/' {
		return item{}, false
	}
	y, ok := digits(s, j+1, 4)
	e := j + 5
	if !ok || e > sc.hi || sc.alnumAt(e) || y < 1000 {
		return item{}, false
	}
	m, d := t.v, b
	if m > 12 && d <= 12 {
		m, d = d, m
	}
	if !valid(y, m, d) {
		return item{}, false
	}
	return abs(t.s, e, kAbsolute, Date{y, m, d}), true
}

func (sc *scanner) alnumAt(i int) bool {
	if i >= sc.hi {
		return false
	}
	if isDigit(sc.s[i]) {
		return true
	}
	ok, _ := sc.letterAt(i)
	return ok
}

// yearRange matches 1996-2001, 1996–2001 and 2019-20 at a year token.
func (sc *scanner) yearRange(t tok) (item, bool) {
	c := sc.next(t.e)
	if !isDash(c) {
		return item{}, false
	}
	b := sc.next(c.e)
	if b.k != tNum || b.f&(fComplex|fGlued|fMoney|fOrd|fDecade) != 0 {
		return item{}, false
	}
	end := -1
	switch b.nd {
	case 4:
		end = b.v
	case 2:
		end = t.v - t.v%100 + b.v
		if end <= t.v {
			end += 100
		}
	}
	if end <= t.v || end > 2100 || sc.counted(b.e) {
		return item{}, false
	}
	return item{s: t.s, e: b.e, kind: kRange, past: Date{Year: t.v}, fut: Date{Year: t.v},
		end: Date{Year: end}, rng: true}, true
}

// month matches "July 3, 2025", "July 3", "August 2021" and, where allowed,
// a bare "April".
func (sc *scanner) month(t tok, fl iflag) (item, bool) {
	if t.f&fCap == 0 {
		return item{}, false
	}
	e := t.e
	n := sc.next(e)
	if t.f&fAbbr != 0 && isPunct(n, '.') && n.s == e {
		e = n.e
		n = sc.next(e)
	}
	if it, ok := sc.monthDay(t.s, t, 0); ok {
		return it, true
	}
	if yearTok(n, 1000, 2999, 0) && !sc.counted(n.e) {
		return abs(t.s, n.e, kMonth, Date{Year: n.v, Month: t.v}), true
	}
	if fl&iBare == 0 && (t.v == 5 || t.v == 3 || t.f&fAbbr != 0) {
		return item{}, false
	}
	it := item{s: t.s, e: t.e, kind: kMonth, rel: true, ym: t.v, // a period after a bare month ends the sentence
		past: sc.monthOnOrBefore(t.v), fut: sc.monthAfter(t.v)}
	return it, true
}

// monthDay matches a day with month token mt, "July 3[, 2025]" when day is
// 0 (the day follows the month) or "3 July[ 2025]" when day is given.
func (sc *scanner) monthDay(s int, mt tok, day int) (item, bool) {
	m := mt.v
	e := mt.e
	n := sc.next(e)
	if mt.f&fAbbr != 0 && isPunct(n, '.') && n.s == e {
		e = n.e
		n = sc.next(e)
	}
	if day == 0 {
		if !dayTok(n) || sc.counted(n.e) {
			return item{}, false
		}
		day, e = n.v, n.e
		n = sc.next(e)
		if isPunct(n, ',') {
			// "September 11, 2001 attacks": after the comma a year is a year.
			if y := sc.next(n.e); yearTok(y, 1000, 2999, 0) && valid(y.v, m, day) {
				return abs(s, y.e, kAbsolute, Date{y.v, m, day}), true
			}
		}
	}
	if yearTok(n, 1000, 2999, 0) && !sc.counted(n.e) && valid(n.v, m, day) {
		return abs(s, n.e, kAbsolute, Date{n.v, m, day}), true
	}
	if !valid(2000, m, day) {
		return item{}, false
	}
	return item{s: s, e: e, kind: kAbsolute, rel: true, ym: m, yd: day,
		past: sc.dayOnOrBefore(m, day), fut: sc.dayAfter(m, day)}, true
}

// weekday matches "Thursday" and "Thursday, July 3[, 2025]".
func (sc *scanner) weekday(t tok) (item, bool) {
	if t.f&fCap == 0 {
		return item{}, false
	}
	n := sc.next(t.e)
	if isPunct(n, ',') {
		n = sc.next(n.e)
	}
	if n.k == tWord && n.w == wMonth && n.f&fCap != 0 {
		if it, ok := sc.monthDay(t.s, n, 0); ok {
			return it, true
		}
	}
	if dayTok(n) {
		if it, ok := sc.numItem(n, 0); ok && it.kind == kAbsolute {
			it.s = t.s
			return it, true
		}
	}
	return item{s: t.s, e: t.e, kind: kWeekday, rel: true,
		past: sc.weekdayBack(t.v, false), fut: sc.weekdayFwd(t.v, true)}, true
}
