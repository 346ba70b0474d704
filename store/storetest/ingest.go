package storetest

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/store"
)

// An interrupted ingest run again finishes without duplicates: each
// article is its own transaction and puts are idempotent.
func testResumable(t *testing.T, s store.Store) {
	docs := batch(20, 300, 3)
	for _, d := range docs[:9] {
		put(t, s, d.A, d.Ms, store.Inserted)
	}
	half := stats(t, s)
	// The "crash": the tenth put is cancelled midway.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutArticle(ctx, docs[9].A, docs[9].Ms); err == nil {
		t.Fatal("a cancelled put succeeded")
	}
	if got := stats(t, s); got != half {
		t.Errorf("a cancelled put left traces: %+v, want %+v", got, half)
	}
	for i, d := range docs {
		want := store.Inserted
		if i < 9 {
			want = store.Unchanged
		}
		put(t, s, d.A, d.Ms, want)
	}
	once := stats(t, s)
	if once.Articles != 20 || once.Mentions != 60 {
		t.Errorf("after resuming: %+v, want 20 articles and 60 mentions", once)
	}
	for _, d := range docs {
		put(t, s, d.A, d.Ms, store.Unchanged)
	}
	if got := stats(t, s); got != once {
		t.Errorf("a third run changed the record: %+v, want %+v", got, once)
	}
}

func testBadInput(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, ms := kyiv()
	put(t, s, a, ms, store.Inserted)
	before := stats(t, s)
	b := article("a1", a.URL, "2021-08-16", sRusFriday, filler(8, 300))
	good := mentions(b, M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021-08-20"})[0]
	tests := []struct {
		name string
		mod  func(*event.Event)
	}{
		{"no id", func(e *event.Event) { e.ID = "" }},
		{"code", func(e *event.Event) { e.Code = "11" }},
		{"numeric code", func(e *event.Event) { e.Code, e.Root = "1a1", "1a" }},
		{"root", func(e *event.Event) { e.Root = "12" }},
		{"modality", func(e *event.Event) { e.Modality = "probably" }},
		{"date", func(e *event.Event) { e.Date = "20 August 2021" }},
		{"date value", func(e *event.Event) { e.Date = "2021-13-01" }},
		{"span", func(e *event.Event) { e.Trigger.Span = event.Span{5, len(b.Text) + 1} }},
		{"reversed span", func(e *event.Event) { e.Source.Span = event.Span{9, 3} }},
		{"actor", func(e *event.Event) { e.Source.Code = "rus" }},
		{"no actors", func(e *event.Event) { e.Source.Code, e.Target.Code = "", "" }},
		{"confidence", func(e *event.Event) { e.Confidence = 2 }},
		{"goldstein", func(e *event.Event) { e.Goldstein = 11 }},
		{"other article", func(e *event.Event) { e.Article.ID = "zz" }},
	}
	for _, tt := range tests {
		m := good
		tt.mod(&m)
		_, err := s.PutArticle(ctx, b, []event.Event{good, m})
		if !errors.Is(err, store.ErrInvalid) || !strings.Contains(err.Error(), "article a1") {
			t.Errorf("%s: err = %v, want ErrInvalid naming article a1", tt.name, err)
		}
	}
	if _, err := s.PutArticle(ctx, b, []event.Event{good, good}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("repeated mention id: err = %v", err)
	}
	noID := b
	noID.ID = ""
	if _, err := s.PutArticle(ctx, noID, nil); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("article without id: err = %v", err)
	}
	if got := stats(t, s); got != before {
		t.Errorf("bad input changed the record: %+v, want %+v", got, before)
	}
	if n := len(ments(t, s, store.Filter{Article: "a1"})); n != 3 {
		t.Errorf("the stored article lost mentions: %d left", n)
	}
}

// A put that fails after writing part of an article leaves nothing of it.
func testFailureLeavesNothing(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, ms := kyiv()
	put(t, s, a, ms, store.Inserted)
	same := func(before store.Stats, beforeEvents []store.Event) {
		t.Helper()
		if got := stats(t, s); got != before {
			t.Errorf("a failed put left traces: %+v, want %+v", got, before)
		}
		got := evs(t, s, store.Filter{})
		if len(got) != len(beforeEvents) {
			t.Fatalf("events %+v, want %+v", got, beforeEvents)
		}
		for i := range got {
			if got[i] != beforeEvents[i] {
				t.Errorf("event changed:\n%+v\n%+v", got[i], beforeEvents[i])
			}
		}
	}
	before, beforeEvents := stats(t, s), evs(t, s, store.Filter{})
	// Its second mention reuses a stored mention's id: the insert fails
	// after the article row and the first mention are written.
	b, bms := friday()
	clash := bms[0]
	clash.ID = ms[0].ID
	if _, err := s.PutArticle(ctx, b, []event.Event{bms[0], clash}); err == nil {
		t.Fatal("a clashing put succeeded")
	}
	same(before, beforeEvents)
	if n := len(ments(t, s, store.Filter{Article: "c3", IncludeRetracted: true})); n != 0 {
		t.Errorf("the failed article left %d mentions", n)
	}
	// The same for an update of a stored article: the old one survives.
	put(t, s, b, bms, store.Inserted)
	before, beforeEvents = stats(t, s), evs(t, s, store.Filter{})
	u := article("a1", a.URL, "2021-08-16", sRusYear, filler(8, 300))
	ums := mentions(u, M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021"})
	ums[0].ID = bms[0].ID
	if _, err := s.PutArticle(ctx, u, ums); err == nil {
		t.Fatal("a clashing update succeeded")
	}
	same(before, beforeEvents)
	if n := len(ments(t, s, store.Filter{Text: "Belgorod"})); n != 1 {
		t.Errorf("the original article's mention is gone: %d", n)
	}
}

// Writers racing over the same articles (two ingests of one feed) store
// each article once and merge its mentions once.
func testConcurrentPuts(t *testing.T, s store.Store) {
	docs := batch(24, 200, 3)
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(docs))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := range docs {
				d := docs[(i+w*5)%len(docs)]
				if _, err := s.PutArticle(context.Background(), d.A, d.Ms); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	ref := batch(24, 200, 3)
	events := 0
	seen := map[string]bool{}
	for _, d := range ref {
		for _, m := range d.Ms {
			k := m.Source.Code + m.Target.Code + m.Code + m.Date
			if !seen[k] {
				seen[k], events = true, events+1
			}
		}
	}
	wantStats(t, s, store.Stats{Articles: 24, Mentions: 72, Events: events})
	total := 0
	for _, e := range evs(t, s, store.Filter{}) {
		total += e.NumMentions
	}
	if total != 72 {
		t.Errorf("events count %d mentions, want 72", total)
	}
}
