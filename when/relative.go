package when

// lastThisNext matches last/this/next + month, weekday, week, month, year,
// and "last night", "this morning".
func (sc *scanner) lastThisNext(t tok) (item, bool) {
	n := sc.next(t.e)
	if n.k != tWord {
		return item{}, false
	}
	w := t.w
	it := item{s: t.s, e: n.e, rel: true, kind: kRelative}
	switch n.w {
	case wMonth:
		if n.f&fCap == 0 {
			return item{}, false
		}
		it.kind = kMonth
		switch w {
		case wLast:
			it.past = sc.monthBefore(n.v)
		case wThis:
			it.past = Date{Year: sc.y, Month: n.v}
		default:
			it.past = sc.monthAfter(n.v)
		}
		it.fut = it.past
		return it, true
	case wWeekday:
		if n.f&fCap == 0 {
			return item{}, false
		}
		it.kind = kWeekday
		switch w {
		case wLast:
			it.past = sc.weekdayBack(n.v, true)
			it.fut = it.past
		case wThis:
			it.past, it.fut = sc.weekdayBack(n.v, false), sc.weekdayFwd(n.v, false)
		default:
			it.past = sc.weekdayFwd(n.v, true)
			it.fut = it.past
		}
		return it, true
	case wWeek:
		it.past = monthOf(sc.y, sc.m, sc.d, 7*dir(w))
	case wMonthUnit:
		it.past = shiftMonth(sc.y, sc.m, dir(w))
	case wYear:
		it.past = Date{Year: sc.y + dir(w)}
	case wNight:
		if w != wLast {
			return item{}, false
		}
		it.past = sc.pubDay(-1)
	case wPartOfDay:
		if w != wThis {
			return item{}, false
		}
		it.past = sc.pubDay(0)
	default:
		return item{}, false
	}
	it.fut = it.past
	return it, true
}

// dir is -1, 0 or 1 for last, this and next.
func dir(w wclass) int {
	switch w {
	case wLast:
		return -1
	case wNext:
		return 1
	}
	return 0
}

// earlierLater matches "earlier today", "later this month" …
func (sc *scanner) earlierLater(t tok) (item, bool) {
	n := sc.next(t.e)
	if n.k != tWord {
		return item{}, false
	}
	switch n.w {
	case wToday:
		return sc.rel(t.s, n.e, kRelative, sc.pubDay(0)), true
	case wThis:
		u := sc.next(n.e)
		if u.k == tWord && (u.w == wWeek || u.w == wMonthUnit || u.w == wYear) {
			it, ok := sc.lastThisNext(n)
			it.s = t.s
			return it, ok
		}
	}
	return item{}, false
}

// earlyMidLate matches early/mid/late + a year, month, decade or relative
// date: "mid-2020", "early April", "late last year", "the early 1990s".
func (sc *scanner) earlyMidLate(t tok) (item, bool) {
	n := sc.next(t.e)
	if isPunct(n, '-') && n.s == t.e {
		n = sc.next(n.e)
	}
	it, ok := sc.item(n, iBare|iHyph)
	if !ok || it.kind == kAgo || it.rng {
		return item{}, false
	}
	it.s = t.s
	return it, true
}

// the matches "the 1990s", "the early 2000s", "the day before [yesterday]",
// "the day after [tomorrow]".
func (sc *scanner) the(t tok) (item, bool) {
	n := sc.next(t.e)
	switch {
	case n.k == tNum && n.f&fDecade != 0:
		it, ok := sc.numItem(n, 0)
		it.s = t.s
		return it, ok
	case n.k == tWord && n.w == wEarly:
		it, ok := sc.earlyMidLate(n)
		if ok && it.kind == kDecade {
			it.s = t.s
			return it, true
		}
	case n.k == tWord && n.w == wDay:
		if n.e-n.s != 3 {
			return item{}, false
		}
		b := sc.next(n.e)
		if b.k != tWord || (b.w != wBefore && b.w != wAfter) {
			return item{}, false
		}
		k, e := 1, b.e
		if b.w == wBefore {
			k = -1
		}
		if x := sc.next(b.e); x.k == tWord && (x.w == wYesterday && k < 0 || x.w == wTomorrow && k > 0) {
			k, e = 2*k, x.e
		} else if x.k == tWord || x.k == tNum {
			return item{}, false // "the day before the vote" is dated by the vote
		}
		return sc.rel(t.s, e, kRelative, sc.pubDay(k)), true
	}
	return item{}, false
}

// ago matches "three years ago", "3 days ago", "a decade ago", "a couple of
// weeks ago", "twenty-five years ago".
func (sc *scanner) ago(t tok) (item, bool) {
	n := 0
	u := sc.next(t.e)
	switch {
	case t.k == tNum:
		if t.f != 0 || t.nd > 3 || t.v < 1 {
			return item{}, false
		}
		n = t.v
	case t.w == wNumber:
		n = t.v
		if n >= 20 && isPunct(u, '-') && u.s == t.e {
			if x := sc.next(u.e); x.k == tWord && x.w == wNumber && x.v < 10 {
				n += x.v
				u = sc.next(x.e)
			}
		}
	case t.w == wA:
		n = 1
		if u.k == tWord && u.w == wCouple {
			if o := sc.next(u.e); o.k == tWord && o.w == wOf {
				n = 2
				u = sc.next(o.e)
			} else {
				return item{}, false
			}
		}
	default:
		return item{}, false
	}
	if u.k != tWord {
		return item{}, false
	}
	a := sc.next(u.e)
	if a.k != tWord || a.w != wAgo {
		return item{}, false
	}
	var d Date
	switch u.w {
	case wDay:
		d = sc.pubDay(-n)
	case wWeek:
		d = monthOf(sc.y, sc.m, sc.d, -7*n)
	case wMonthUnit:
		d = shiftMonth(sc.y, sc.m, -n)
	case wYear:
		d = Date{Year: sc.y - n}
	case wDecade:
		d = Date{Year: sc.y - 10*n}
	default:
		return item{}, false
	}
	return sc.rel(t.s, a.e, kAgo, d), true
}

// pubDay is the published date plus n days.
func (sc *scanner) pubDay(n int) Date { return addDays(sc.y, sc.m, sc.d, n) }

// monthOnOrBefore is the latest month m on or before the published month.
func (sc *scanner) monthOnOrBefore(m int) Date {
	if m > sc.m {
		return Date{Year: sc.y - 1, Month: m}
	}
	return Date{Year: sc.y, Month: m}
}

// monthBefore is the latest month m strictly before the published month.
func (sc *scanner) monthBefore(m int) Date {
	if m >= sc.m {
		return Date{Year: sc.y - 1, Month: m}
	}
	return Date{Year: sc.y, Month: m}
}

// monthAfter is the first month m strictly after the published month.
func (sc *scanner) monthAfter(m int) Date {
	if m <= sc.m {
		return Date{Year: sc.y + 1, Month: m}
	}
	return Date{Year: sc.y, Month: m}
}

// dayOnOrBefore is the latest m-d on or before the published date.
func (sc *scanner) dayOnOrBefore(m, d int) Date {
	y := sc.y
	if m > sc.m || (m == sc.m && d > sc.d) {
		y--
	}
	for i := 0; i < 8 && !valid(y, m, d); i++ {
		y--
	}
	return Date{y, m, d}
}

// dayAfter is the first m-d strictly after the published date.
func (sc *scanner) dayAfter(m, d int) Date {
	y := sc.y
	if m < sc.m || (m == sc.m && d <= sc.d) {
		y++
	}
	for i := 0; i < 8 && !valid(y, m, d); i++ {
		y++
	}
	return Date{y, m, d}
}

// weekdayBack is weekday w on or before (strictly before) the published date.
func (sc *scanner) weekdayBack(w int, strict bool) Date {
	k := (sc.wd - w + 7) % 7
	if strict && k == 0 {
		k = 7
	}
	return sc.pubDay(-k)
}

// weekdayFwd is weekday w on or after (strictly after) the published date.
func (sc *scanner) weekdayFwd(w int, strict bool) Date {
	k := (w - sc.wd + 7) % 7
	if strict && k == 0 {
		k = 7
	}
	return sc.pubDay(k)
}
