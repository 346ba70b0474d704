package record

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

// actor builds an actor from a code; the name is the code's country.
func actor(c string) event.Actor {
	return event.Actor{Code: c, Country: c[:3], Name: "name:" + c, Text: c}
}

// mention is a shorthand: "date src>tgt code trigger | sentence"; the
// sentence defaults to the trigger. Mentions get ids m1, m2 … and, unless
// given with an "@EVT" suffix on the code, their own event id.
func mention(n int, spec string) event.Event {
	head, sentence, _ := strings.Cut(spec, " | ")
	f := strings.SplitN(head, " ", 4)
	src, tgt, _ := strings.Cut(f[1], ">")
	code, evt, _ := strings.Cut(f[2], "@")
	if evt == "" {
		evt = fmt.Sprintf("e%d", n)
	}
	trigger := ""
	if len(f) > 3 {
		trigger = f[3]
	}
	if sentence == "" {
		sentence = trigger
	}
	return event.Event{
		ID: fmt.Sprintf("m%d", n), EventID: evt, Date: f[0], DateBasis: "text",
		Source: actor(src), Target: actor(tgt), Code: code, Modality: event.Asserted,
		Trigger:  event.Cue{Text: trigger},
		Sentence: event.SentenceRef{Index: n, Text: sentence},
		Article:  event.ArticleRef{ID: fmt.Sprintf("a%d", n), URL: fmt.Sprintf("https://news.example/%d", n), Published: f[0]},
	}
}

func mentions(specs ...string) []event.Event {
	out := make([]event.Event, len(specs))
	for i, s := range specs {
		out[i] = mention(i+1, s)
	}
	return out
}

// summary is a relation on one line, for table tests.
func summary(r Relation) string {
	s := fmt.Sprintf("%s %s>%s %s since=%s", r.Kind, r.Source, r.Target, r.State, r.Since)
	if r.StateSince != "" {
		s += " state_since=" + r.StateSince
	}
	if r.Until != "" {
		s += fmt.Sprintf(" until=%s (%s)", r.Until, r.EndReason)
	}
	if r.Last != "" {
		s += " last=" + r.Last
	}
	return s + fmt.Sprintf(" n=%d/%d/%d", r.Count, len(r.Evidence), len(r.EndEvidence))
}

func run(t *testing.T, ms []event.Event, q Query) []string {
	t.Helper()
	rs, err := Relations(slices.Values(ms), q)
	if err != nil {
		t.Fatalf("Relations(%+v): %v", q, err)
	}
	out := []string{}
	for _, r := range rs {
		out = append(out, summary(r))
	}
	return out
}
