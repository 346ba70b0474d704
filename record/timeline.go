package record

import (
	"cmp"
	"iter"
	"slices"

	"github.com/chancery/chancery/event"
)

// Dyad names two sides by actor code; a country code covers every actor
// code of that country, and an empty side covers everyone.
type Dyad struct {
	A, B string
}

// Timeline returns the mentions between the dyad's sides, A → B and,
// unless directed, B → A, sorted by date (a partial date sorts at its first
// day, before the days it contains), then article (published date, id),
// then sentence and position. It keeps every mention it is given: which
// modalities to show is the caller's choice.
func Timeline(mentions iter.Seq[event.Event], d Dyad, directed bool) []event.Event {
	type keyed struct {
		date Date
		e    event.Event
	}
	var ks []*keyed // pointers: an Event is too large to swap while sorting
	for e := range mentions {
		forward := matches(d.A, e.Source) && matches(d.B, e.Target)
		backward := !directed && matches(d.A, e.Target) && matches(d.B, e.Source)
		if forward || backward {
			ks = append(ks, &keyed{parseOrZero(e.Date), e})
		}
	}
	slices.SortStableFunc(ks, func(kx, ky *keyed) int {
		x, y := &kx.e, &ky.e
		return cmp.Or(
			kx.date.First().Compare(ky.date.First()),
			cmp.Compare(kx.date.Precision, ky.date.Precision),
			cmp.Compare(x.Article.Published, y.Article.Published),
			cmp.Compare(x.Article.ID, y.Article.ID),
			cmp.Compare(x.Sentence.Index, y.Sentence.Index),
			cmp.Compare(x.Trigger.Span.Start(), y.Trigger.Span.Start()),
			cmp.Compare(x.ID, y.ID))
	})
	out := make([]event.Event, len(ks))
	for i, k := range ks {
		out[i] = k.e
	}
	return out
}
