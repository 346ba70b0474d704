package coder

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/extract"
	"github.com/chancery/chancery/internal/testenv"
)

var (
	defaultOnce  sync.Once
	defaultCoder *Coder
	defaultErr   error
)

// testCoder is the coder with the embedded dictionaries, built once.
func testCoder(t testing.TB) *Coder {
	t.Helper()
	defaultOnce.Do(func() {
		d, err := dict.Default()
		if err != nil {
			defaultErr = err
			return
		}
		defaultCoder, defaultErr = New(d)
	})
	if defaultErr != nil {
		t.Fatal(defaultErr)
	}
	return defaultCoder
}

// want describes an expected event: code (or code prefix when it ends in
// "x"), country of source and target, date and modality.
type want struct {
	code, src, tgt, date string
	mod                  event.Modality
}

func (w want) matches(e event.Event) bool {
	code := strings.TrimSuffix(w.code, "x")
	if !strings.HasPrefix(e.Code, code) || (!strings.HasSuffix(w.code, "x") && e.Code != w.code) {
		return false
	}
	if e.Source.Country != w.src || e.Target.Country != w.tgt || e.Modality != w.mod {
		return false
	}
	return w.date == "" || e.Date == w.date
}

// TestSeedArticle is the first user story (issue 2): the pasted page of
// ../shared/examples/seed-article.txt, published 2025-07-04.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(testenv.Shared(t, "examples/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.Text(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	a.Published = "2025-07-04"
	a.ID = "seed"
	for _, chrome := range []string{"Voz media", "Published by", "OSZAR", "President of RussiaAlexander"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("page chrome %q left in the text", chrome)
		}
	}
	if strings.HasSuffix(strings.TrimSpace(a.Text), "tracking") {
		t.Error(`trailing "tracking" left in the text`)
	}
	res := testCoder(t).Code(a, Options{All: true})
	evs := res.Events
	must := []struct {
		what string
		w    want
	}{
		{"Russia recognizes Afghanistan", want{"054", "RUS", "AFG", "2025-07-03", event.Asserted}},
		{"Afghanistan praises Russia", want{"051", "AFG", "RUS", "", event.Asserted}},
		{"Russia intends to cooperate with Afghanistan", want{"03x", "RUS", "AFG", "", event.Asserted}},
		{"US sanctions Afghanistan", want{"163", "USA", "AFG", "2021-08", event.Asserted}},
	}
	for _, m := range must {
		if !anyMatch(evs, m.w) {
			t.Errorf("missing: %s %+v", m.what, m.w)
		}
	}
	if !anyMatch(evs, want{"072", "RUS", "VEN", "", event.Asserted}) && !anyMatch(evs, want{"062", "RUS", "VEN", "", event.Asserted}) {
		t.Error("missing: Russia (Rosoboronexport) military aid or cooperation to Venezuela (072/062)")
	}
	for _, e := range evs {
		if e.Modality != event.Asserted {
			continue
		}
		switch {
		case e.Root == "05" && e.Code == "054" && e.Source.Country != "RUS":
			t.Errorf("recognition by %s coded as asserted: %q", e.Source.Code, e.Sentence.Text)
		case strings.Contains(e.Sentence.Text, "unless"), strings.Contains(e.Sentence.Text, "failed to achieve"):
			t.Errorf("event %s %s→%s coded as fact from %q", e.Code, e.Source.Code, e.Target.Code, e.Sentence.Text)
		}
	}
	for _, e := range evs {
		if got := a.Text[e.Trigger.Span[0]:e.Trigger.Span[1]]; got != e.Trigger.Text {
			t.Errorf("trigger span %v gives %q, want %q", e.Trigger.Span, got, e.Trigger.Text)
		}
		if got := a.Text[e.Source.Span[0]:e.Source.Span[1]]; got != e.Source.Text {
			t.Errorf("source span %v gives %q, want %q", e.Source.Span, got, e.Source.Text)
		}
		if got := a.Text[e.Sentence.Span[0]:e.Sentence.Span[1]]; got != e.Sentence.Text {
			t.Errorf("sentence span %v gives %q", e.Sentence.Span, got)
		}
	}
	if t.Failed() {
		for _, e := range evs {
			t.Logf("%s %s %s→%s %s %q", e.Date, e.Code, e.Source.Code, e.Target.Code, e.Modality, e.Trigger.Text)
		}
	}
}

func anyMatch(evs []event.Event, w want) bool {
	for _, e := range evs {
		if w.matches(e) {
			return true
		}
	}
	return false
}
