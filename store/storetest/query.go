package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/store"
)

// loadAll stores the four criticism stories.
func loadAll(t *testing.T, s store.Store) {
	for _, f := range []func() (event.Article, []event.Event){kyiv, monthly, friday, yearly} {
		a, ms := f()
		put(t, s, a, ms, store.Inserted)
	}
}

func triggers(ms []store.Mention) string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Article.ID+":"+m.Trigger.Text)
	}
	return strings.Join(out, " ")
}

func testTextSearch(t *testing.T, s store.Store) {
	loadAll(t, s)
	tests := []struct {
		text, want string
	}{
		{"drone", "c3:criticized"},
		{"DRONE Kursk", "c3:criticized"},      // any case, all words
		{"kursk drone", "c3:criticized"},      // any order
		{"drone Belgorod", ""},                // all words must match
		{"Ukrainian restraint", "a1:praised"}, //
		{"sanctions", "a1:impose"},            // non-asserted mentions too
		{"Afghanistan's rulers", "b2:met"},    // punctuation splits words
		{"shelling", "a1:criticized"},
		{"shell", ""}, // whole words
	}
	for _, tt := range tests {
		if got := triggers(ments(t, s, store.Filter{Text: tt.text})); got != tt.want {
			t.Errorf("Text %q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	es := evs(t, s, store.Filter{Text: "drone"})
	if len(es) != 1 || es[0].Date != "2021-08-20" {
		t.Errorf("events with text drone: %+v", es)
	}
}

func testFilters(t *testing.T, s store.Store) {
	loadAll(t, s)
	tests := []struct {
		name string
		f    store.Filter
		want string
	}{
		{"all, by date", store.Filter{}, "d4:criticized b2:criticized a1:criticized a1:impose a1:praised c3:criticized b2:met"},
		{"actor country", store.Filter{Actor: "UKR"}, "d4:criticized b2:criticized a1:criticized a1:impose a1:praised c3:criticized"},
		{"actor code", store.Filter{Actor: "UKRGOV"}, "a1:impose a1:praised"},
		{"actor prefix", store.Filter{Actor: "AFG"}, "b2:met"},
		{"source", store.Filter{Source: "DEU"}, "a1:praised"},
		{"target", store.Filter{Target: "PAK"}, "b2:met"},
		{"country", store.Filter{Country: "DEU"}, "a1:praised"},
		{"code prefix", store.Filter{Code: "16"}, "a1:impose"},
		{"root", store.Filter{Root: "05"}, "a1:praised"},
		{"quad", store.Filter{Quad: 1}, "a1:praised b2:met"},
		{"modality", store.Filter{Modality: event.Hypothetical}, "a1:impose"},
		{"from day", store.Filter{From: "2021-08-16"}, "c3:criticized b2:met"},
		{"from month", store.Filter{From: "2021-08"}, "b2:criticized a1:criticized a1:impose a1:praised c3:criticized b2:met"},
		{"to month", store.Filter{To: "2021-08"}, "d4:criticized b2:criticized a1:criticized a1:impose a1:praised c3:criticized"},
		{"to day", store.Filter{To: "2021-08-14"}, "d4:criticized b2:criticized"},
		{"from to", store.Filter{From: "2021-08-15", To: "2021-08-15"}, "a1:criticized a1:impose a1:praised"},
		{"article", store.Filter{Article: "b2"}, "b2:criticized b2:met"},
		{"limit", store.Filter{Limit: 2}, "d4:criticized b2:criticized"},
		{"offset", store.Filter{Offset: 5, Limit: 1}, "c3:criticized"},
		{"offset only", store.Filter{Offset: 6}, "b2:met"},
		{"nothing", store.Filter{Actor: "CHN"}, ""},
	}
	for _, tt := range tests {
		if got := triggers(ments(t, s, tt.f)); got != tt.want {
			t.Errorf("%s: got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	e := byCode(t, evs(t, s, store.Filter{}), "111", "2021-08-15")
	if got := triggers(ments(t, s, store.Filter{EventID: e.ID})); got != "d4:criticized b2:criticized a1:criticized" {
		t.Errorf("mentions of event %s: %q", e.ID, got)
	}
	for _, bad := range []store.Filter{{From: "August"}, {Actor: "rus%"}} {
		err := s.Mentions(context.Background(), bad, func(store.Mention) error { return nil })
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("filter %+v: err = %v, want ErrInvalid", bad, err)
		}
	}
	// The callback's error stops the stream and comes back.
	stop := errors.New("stop")
	n := 0
	err := s.Mentions(context.Background(), store.Filter{}, func(store.Mention) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("callback error: err = %v after %d calls", err, n)
	}
}

func testEventFilters(t *testing.T, s store.Store) {
	loadAll(t, s)
	key := func(es []store.Event) string {
		var out []string
		for _, e := range es {
			out = append(out, fmt.Sprintf("%s:%s>%s@%s", e.Code, e.Source, e.Target, e.Date))
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		name string
		f    store.Filter
		want string
	}{
		{"all", store.Filter{}, "051:DEUGOV>UKRGOV@2021-08-15 111:RUS>UKR@2021-08-15 111:RUS>UKR@2021-08-20 040:AFGGOV>PAKGOV@2021-09-01"},
		{"actor", store.Filter{Actor: "DEU"}, "051:DEUGOV>UKRGOV@2021-08-15"},
		{"source", store.Filter{Source: "AFGGOV"}, "040:AFGGOV>PAKGOV@2021-09-01"},
		{"target country", store.Filter{Target: "UKR", Code: "05"}, "051:DEUGOV>UKRGOV@2021-08-15"},
		{"root quad", store.Filter{Root: "11", Quad: 3, From: "2021-08-16"}, "111:RUS>UKR@2021-08-20"},
		{"to", store.Filter{To: "2021-08-19", Country: "RUS"}, "111:RUS>UKR@2021-08-15"},
		{"article", store.Filter{Article: "b2"}, "111:RUS>UKR@2021-08-15 040:AFGGOV>PAKGOV@2021-09-01"},
		{"not asserted", store.Filter{Modality: event.Negated}, ""},
		{"page", store.Filter{Limit: 1, Offset: 1}, "111:RUS>UKR@2021-08-15"},
	}
	for _, tt := range tests {
		if got := key(evs(t, s, tt.f)); got != tt.want {
			t.Errorf("%s: got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func testRecode(t *testing.T, s store.Store) {
	ctx := context.Background()
	loadAll(t, s)
	var got []event.Article
	if err := s.ArticlesForRecode(ctx, time.Time{}, func(a event.Article) error { got = append(got, a); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("ArticlesForRecode gave %d articles, want 4", len(got))
	}
	a, _ := kyiv()
	for _, g := range got {
		if g.ID == "a1" && (g.Text != a.Text || len(g.Paragraphs) != 4 || g.Paragraphs[1] != a.Paragraphs[1] || g.Published != a.Published) {
			t.Errorf("recode article a1 differs: %+v", g)
		}
	}
	// Recode a1 with a new coder: the criticism is now a threat.
	re := mentions(a, M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "130", Date: "2021-08-15"})
	re[0].Coder = event.CoderRef{Version: "test-2", Dictionaries: "dict-2"}
	if err := s.ReplaceMentions(ctx, "a1", re); err != nil {
		t.Fatal(err)
	}
	ms := ments(t, s, store.Filter{Article: "a1"})
	if len(ms) != 1 || ms[0].Code != "130" || ms[0].Coder.Version != "test-2" || ms[0].Coder.Dictionaries != "dict-2" || ms[0].EventID == "" {
		t.Errorf("after recode: %+v", ms)
	}
	es := evs(t, s, store.Filter{Code: "111"})
	if len(es) != 1 || es[0].Date != "2021-08-20" || es[0].NumMentions != 3 {
		t.Errorf("after recode the month and year reports join the remaining day: %+v", es)
	}
	if err := s.ReplaceMentions(ctx, "nope", nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("replace mentions of unknown article: err = %v", err)
	}
	future := time.Now().Add(time.Hour)
	n := 0
	if err := s.ArticlesForRecode(ctx, future, func(event.Article) error { n++; return nil }); err != nil || n != 0 {
		t.Errorf("ArticlesForRecode(future) = %d, %v", n, err)
	}
}
