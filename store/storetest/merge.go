package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/store"
)

var timeZero time.Time

// The merge rule: a month or year joins the earliest compatible more
// precise event; different days are different events.
func testMergeMonthAndDay(t *testing.T, s store.Store) {
	for _, f := range []func() (event.Article, []event.Event){kyiv, monthly, friday, yearly} {
		a, ms := f()
		put(t, s, a, ms, store.Inserted)
	}
	es := evs(t, s, store.Filter{Code: "111"})
	if len(es) != 2 {
		t.Fatalf("got %d criticism events, want 2 (Aug 15 with the month and year reports, Aug 20): %+v", len(es), es)
	}
	if e := byCode(t, es, "111", "2021-08-15"); counts(e) != [3]int{3, 3, 2} {
		t.Errorf("Aug 15 event: counts %v, want [3 3 2] (day, month and year reports; two domains)", counts(e))
	}
	if e := byCode(t, es, "111", "2021-08-20"); counts(e) != [3]int{1, 1, 1} {
		t.Errorf("Aug 20 event: counts %v, want [1 1 1]", counts(e))
	}
	// The month report's mention carries the day event's id.
	for _, m := range ments(t, s, store.Filter{Article: "b2", Code: "111"}) {
		if want := byCode(t, es, "111", "2021-08-15").ID; m.EventID != want {
			t.Errorf("month mention in event %q, want %q", m.EventID, want)
		}
	}
	// Without any day report, the month stands alone and the year joins it.
	for _, id := range []string{"a1", "c3"} {
		if err := s.RetractArticle(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	es = evs(t, s, store.Filter{Code: "111"})
	if len(es) != 1 || es[0].Date != "2021-08" || es[0].Precision != "month" || es[0].NumMentions != 2 {
		t.Errorf("month and year alone: events %+v, want one 2021-08 event of 2 mentions", es)
	}
}

// The events depend on what is stored, not on the order it arrived in.
func testMergeOrderFree(t *testing.T, s1, s2 store.Store) {
	fs := []func() (event.Article, []event.Event){kyiv, monthly, friday, yearly}
	for _, f := range fs {
		a, ms := f()
		put(t, s1, a, ms, store.Inserted)
	}
	for i := len(fs) - 1; i >= 0; i-- {
		a, ms := fs[i]()
		put(t, s2, a, ms, store.Inserted)
	}
	e1, e2 := evs(t, s1, store.Filter{}), evs(t, s2, store.Filter{})
	if len(e1) != len(e2) {
		t.Fatalf("%d events one way, %d the other", len(e1), len(e2))
	}
	for i := range e1 {
		e1[i].FirstSeen, e2[i].FirstSeen = timeZero, timeZero
		if e1[i] != e2[i] {
			t.Errorf("order matters:\n%+v\n%+v", e1[i], e2[i])
		}
	}
}

func testCounts(t *testing.T, s store.Store) {
	// Three reports of one meeting: two from one domain, one from another;
	// plus a different code and a different target on the same day.
	texts := []struct{ id, url, sent string }{
		{"m1", "https://one.example/m1", "Afghan officials met Pakistani diplomats in Islamabad on Wednesday to discuss trade."},
		{"m2", "https://one.example/m2", "In Islamabad, Afghan officials met Pakistani diplomats on Wednesday about refugees."},
		{"m3", "https://two.example/m3", "Afghan officials met Pakistani diplomats in Islamabad on Wednesday, the ministry said."},
	}
	for i, x := range texts {
		a := article(x.id, x.url, "2021-09-02", x.sent, filler(uint64(20+i), 300))
		put(t, s, a, mentions(a, M{Src: "Afghan officials", Trigger: "met", Tgt: "Pakistani diplomats", SrcCode: "AFGGOV", TgtCode: "PAKGOV", Code: "040", Date: "2021-09-01"}), store.Inserted)
	}
	a := article("m4", "https://two.example/m4", "2021-09-02", "Afghan officials praised Pakistani diplomats and met Iranian envoys on Wednesday.", filler(30, 300))
	put(t, s, a, mentions(a,
		M{Src: "Afghan officials", Trigger: "praised", Tgt: "Pakistani diplomats", SrcCode: "AFGGOV", TgtCode: "PAKGOV", Code: "051", Date: "2021-09-01"},
		M{Src: "Afghan officials", Trigger: "met", Tgt: "Iranian envoys", SrcCode: "AFGGOV", TgtCode: "IRNGOV", Code: "040", Date: "2021-09-01"},
	), store.Inserted)
	es := evs(t, s, store.Filter{})
	if len(es) != 3 {
		t.Fatalf("got %d events, want 3: %+v", len(es), es)
	}
	for _, e := range es {
		want := [3]int{1, 1, 1}
		if e.Code == "040" && e.Target == "PAKGOV" {
			want = [3]int{3, 3, 2}
		}
		if counts(e) != want {
			t.Errorf("event %s→%s %s: counts %v, want %v", e.Source, e.Target, e.Code, counts(e), want)
		}
	}
}

func testRetractArticle(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, f := range []func() (event.Article, []event.Event){kyiv, monthly} {
		a, ms := f()
		put(t, s, a, ms, store.Inserted)
	}
	if err := s.RetractArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	es := evs(t, s, store.Filter{})
	if e := byCode(t, es, "111", "2021-08"); counts(e) != [3]int{1, 1, 1} {
		t.Errorf("after retraction the month report stands alone: %+v", e)
	}
	for _, e := range es {
		if e.Code == "051" {
			t.Errorf("event with no remaining mention still listed: %+v", e)
		}
	}
	if n := len(ments(t, s, store.Filter{Article: "a1"})); n != 0 {
		t.Errorf("retracted mentions listed by default: %d", n)
	}
	all := ments(t, s, store.Filter{Article: "a1", IncludeRetracted: true})
	if len(all) != 3 || !all[0].Retracted || all[0].EventID != "" {
		t.Errorf("retracted mentions with IncludeRetracted: %+v", all)
	}
	wantStats(t, s, store.Stats{Articles: 1, Retracted: 1, Mentions: 2, Events: 2})
	if err := s.RetractArticle(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("retract unknown article: err = %v, want ErrNotFound", err)
	}
}

func testRetractSource(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, f := range []func() (event.Article, []event.Event){kyiv, monthly, yearly} {
		a, ms := f()
		put(t, s, a, ms, store.Inserted)
	}
	n, err := s.RetractSource(ctx, "news.example.org")
	if err != nil || n != 2 {
		t.Fatalf("RetractSource = %d, %v; want 2 articles", n, err)
	}
	if e := byCode(t, evs(t, s, store.Filter{}), "111", "2021-08-15"); counts(e) != [3]int{1, 1, 1} {
		t.Errorf("after retracting the source: %+v", e)
	}
	// Later articles of the domain arrive retracted.
	a := article("e5", "https://news.example.org/e5", "2021-08-22", sRusFriday, filler(5, 300))
	put(t, s, a, mentions(a, M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021-08-20"}), store.Inserted)
	wantStats(t, s, store.Stats{Articles: 1, Retracted: 3, Mentions: 3, Events: 2})
}

func testMarkMention(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, ms := kyiv()
	put(t, s, a, ms, store.Inserted)
	b, bms := monthly()
	put(t, s, b, bms, store.Inserted)
	if err := s.MarkMention(ctx, ms[0].ID, true); err != nil {
		t.Fatal(err)
	}
	es := evs(t, s, store.Filter{Code: "111"})
	if len(es) != 1 || es[0].Date != "2021-08" || counts(es[0]) != [3]int{1, 1, 1} {
		t.Errorf("after marking the day mention wrong: %+v", es)
	}
	if err := s.MarkMention(ctx, bms[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if es := evs(t, s, store.Filter{Code: "111"}); len(es) != 0 {
		t.Errorf("events with only wrong mentions: %+v", es)
	}
	if got := ments(t, s, store.Filter{Code: "111", IncludeRetracted: true}); len(got) != 2 || !got[0].Wrong {
		t.Errorf("wrong mentions with IncludeRetracted: %+v", got)
	}
	if err := s.MarkMention(ctx, ms[0].ID, false); err != nil {
		t.Fatal(err)
	}
	if es := evs(t, s, store.Filter{Code: "111"}); len(es) != 1 || es[0].Date != "2021-08-15" {
		t.Errorf("after unmarking: %+v", es)
	}
	if err := s.MarkMention(ctx, "nope", true); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("mark unknown mention: err = %v, want ErrNotFound", err)
	}
}
