package storetest

import (
	"context"
	"testing"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/store"
)

// Opener returns a new, empty store for one test; the backend's test
// closes and removes it in t.Cleanup.
type Opener func(t testing.TB) store.Store

// Run runs the conformance suite against a backend.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"PutAndRead", testPutAndRead},
		{"Idempotent", testIdempotent},
		{"UpdateReplaces", testUpdateReplaces},
		{"DuplicateText", testDuplicateText},
		{"NearDuplicate", testNearDuplicate},
		{"MergeMonthAndDay", testMergeMonthAndDay},
		{"MergeOrderFree", func(t *testing.T, s store.Store) { testMergeOrderFree(t, s, open(t)) }},
		{"Counts", testCounts},
		{"RetractArticle", testRetractArticle},
		{"RetractSource", testRetractSource},
		{"MarkMention", testMarkMention},
		{"TextSearch", testTextSearch},
		{"Filters", testFilters},
		{"EventFilters", testEventFilters},
		{"Recode", testRecode},
		{"ResumableIngest", testResumable},
		{"ConcurrentPuts", testConcurrentPuts},
		{"BadInput", testBadInput},
		{"FailureLeavesNothing", testFailureLeavesNothing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// put stores an article and checks the status.
func put(t *testing.T, s store.Store, a event.Article, ms []event.Event, want store.Status) store.PutResult {
	t.Helper()
	res, err := s.PutArticle(context.Background(), a, ms)
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	if res.Status != want {
		t.Fatalf("PutArticle(%s) = %+v, want status %s", a.ID, res, want)
	}
	return res
}

func ments(t *testing.T, s store.Store, f store.Filter) []store.Mention {
	t.Helper()
	var out []store.Mention
	if err := s.Mentions(context.Background(), f, func(m store.Mention) error { out = append(out, m); return nil }); err != nil {
		t.Fatalf("Mentions(%+v): %v", f, err)
	}
	return out
}

func evs(t *testing.T, s store.Store, f store.Filter) []store.Event {
	t.Helper()
	var out []store.Event
	if err := s.Events(context.Background(), f, func(e store.Event) error { out = append(out, e); return nil }); err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return out
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func wantStats(t *testing.T, s store.Store, want store.Stats) {
	t.Helper()
	if got := stats(t, s); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
}

// byCode finds the one event of a code and date.
func byCode(t *testing.T, es []store.Event, code, date string) store.Event {
	t.Helper()
	for _, e := range es {
		if e.Code == code && e.Date == date {
			return e
		}
	}
	t.Fatalf("no event %s on %s among %+v", code, date, es)
	return store.Event{}
}

func counts(e store.Event) [3]int { return [3]int{e.NumMentions, e.NumArticles, e.NumSources} }

func testPutAndRead(t *testing.T, s store.Store) {
	a, ms := kyiv()
	res := put(t, s, a, ms, store.Inserted)
	if res.ArticleID != "a1" || res.Mentions != 3 || res.NearDupOf != "" {
		t.Errorf("PutArticle = %+v", res)
	}
	got := ments(t, s, store.Filter{})
	if len(got) != 3 {
		t.Fatalf("got %d mentions, want 3", len(got))
	}
	byID := map[string]store.Mention{}
	for _, m := range got {
		byID[m.ID] = m
	}
	for _, w := range ms {
		g, ok := byID[w.ID]
		if !ok {
			t.Fatalf("mention %s missing", w.ID)
		}
		if (g.EventID != "") != (w.Modality == event.Asserted) {
			t.Errorf("mention %s (%s) has event id %q", w.ID, w.Modality, g.EventID)
		}
		g.EventID = ""
		if !equalEvent(g.Event, w) {
			t.Errorf("mention round trip:\n got %+v\nwant %+v", g.Event, w)
		}
	}
	es := evs(t, s, store.Filter{})
	if len(es) != 2 {
		t.Fatalf("got %d events, want 2 (the hypothetical forms none): %+v", len(es), es)
	}
	e := byCode(t, es, "111", "2021-08-15")
	if e.Source != "RUS" || e.Target != "UKR" || e.SourceCountry != "RUS" || e.Precision != "day" ||
		e.Root != "11" || e.Quad != 3 || e.FirstSeen.IsZero() || counts(e) != [3]int{1, 1, 1} {
		t.Errorf("event = %+v", e)
	}
	wantStats(t, s, store.Stats{Articles: 1, Mentions: 3, Events: 2})
}

// equalEvent compares the fields the store keeps.
func equalEvent(a, b event.Event) bool {
	cue := func(c *event.Cue) event.Cue {
		if c == nil {
			return event.Cue{}
		}
		return *c
	}
	if cue(a.ModalityCue) != cue(b.ModalityCue) || cue(a.DateCue) != cue(b.DateCue) {
		return false
	}
	a.ModalityCue, b.ModalityCue, a.DateCue, b.DateCue = nil, nil, nil, nil
	return a == b
}

func testIdempotent(t *testing.T, s store.Store) {
	a, ms := kyiv()
	put(t, s, a, ms, store.Inserted)
	before := evs(t, s, store.Filter{})
	for i := 0; i < 2; i++ {
		res := put(t, s, a, ms, store.Unchanged)
		if res.ArticleID != "a1" {
			t.Errorf("unchanged put names %q", res.ArticleID)
		}
	}
	wantStats(t, s, store.Stats{Articles: 1, Mentions: 3, Events: 2})
	after := evs(t, s, store.Filter{})
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("event changed by a repeated put:\n%+v\n%+v", before[i], after[i])
		}
	}
}

func testUpdateReplaces(t *testing.T, s store.Store) {
	a, ms := kyiv()
	put(t, s, a, ms, store.Inserted)
	b := article("a1", a.URL, "2021-08-16", sRusFriday, filler(9, 300))
	bms := mentions(b, M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021-08-20"})
	put(t, s, b, bms, store.Updated)
	got := ments(t, s, store.Filter{})
	if len(got) != 1 || got[0].ID != bms[0].ID || got[0].Date != "2021-08-20" {
		t.Errorf("after update, mentions = %+v", got)
	}
	es := evs(t, s, store.Filter{})
	if len(es) != 1 || es[0].Date != "2021-08-20" {
		t.Errorf("after update, events = %+v", es)
	}
	wantStats(t, s, store.Stats{Articles: 1, Mentions: 1, Events: 1})
	var texts []string
	if err := s.ArticlesForRecode(context.Background(), timeZero, func(a event.Article) error {
		texts = append(texts, a.Text)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(texts) != 1 || texts[0] != b.Text {
		t.Errorf("stored text is not the new one")
	}
}

func testDuplicateText(t *testing.T, s store.Store) {
	a, ms := kyiv()
	put(t, s, a, ms, store.Inserted)
	c := a
	c.ID, c.URL = "a1-mirror", "https://mirror.example.com/x"
	cms := mentions(c, M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021-08-15"})
	res := put(t, s, c, cms, store.Duplicate)
	if res.ArticleID != "a1" || res.Mentions != 0 {
		t.Errorf("duplicate put = %+v, want the original a1", res)
	}
	wantStats(t, s, store.Stats{Articles: 1, Mentions: 3, Events: 2})
	if e := byCode(t, evs(t, s, store.Filter{}), "111", "2021-08-15"); counts(e) != [3]int{1, 1, 1} {
		t.Errorf("duplicate counted: %+v", e)
	}
}

func testNearDuplicate(t *testing.T, s store.Store) {
	a, ms := kyiv()
	put(t, s, a, ms, store.Inserted)
	c, cms := kyivCopy("a1-copy", "https://syndicate.example.com/a1")
	res := put(t, s, c, cms, store.NearDuplicate)
	if res.NearDupOf != "a1" {
		t.Errorf("near duplicate linked to %q, want a1", res.NearDupOf)
	}
	// A copy of the copy links to the original.
	c2, c2ms := kyivCopy("a1-copy2", "https://third.example.com/a1")
	c2.Text += " Copyright."
	if res := put(t, s, c2, c2ms, store.NearDuplicate); res.NearDupOf != "a1" {
		t.Errorf("copy of a copy linked to %q, want a1", res.NearDupOf)
	}
	e := byCode(t, evs(t, s, store.Filter{}), "111", "2021-08-15")
	if counts(e) != [3]int{3, 1, 1} {
		t.Errorf("near-duplicates double counted: mentions, articles, sources = %v, want [3 1 1]", counts(e))
	}
	// An independent report from another domain does count.
	b, bms := monthly()
	put(t, s, b, bms, store.Inserted)
	e = byCode(t, evs(t, s, store.Filter{}), "111", "2021-08-15")
	if counts(e) != [3]int{4, 2, 2} {
		t.Errorf("independent report: counts = %v, want [4 2 2]", counts(e))
	}
	wantStats(t, s, store.Stats{Articles: 4, NearDuplicates: 2, Mentions: 9, Events: 3})
}
