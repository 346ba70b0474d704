package export

import (
	"time"

	"github.com/chancery/chancery/event"
)

// fixture is a small record written for these tests: four events, one of
// them reported twice, with a partial date, an extension code, an
// international actor and text that needs quoting.
func fixture() []Event {
	coder := event.CoderRef{Version: "0.1.0", Dictionaries: "d41d8c"}
	recognize := "On Thursday, Russia became the first country to formally recognize the Taliban government."
	m1 := event.Event{
		ID: "m-001", EventID: "1001", Date: "2025-07-03", DateBasis: "text",
		Source: event.Actor{Code: "RUS", Country: "RUS", Name: "Russia", Text: "Russia", Span: event.Span{13, 19}},
		Target: event.Actor{Code: "AFGGOV", Country: "AFG", Name: "Afghanistan", Text: "the Taliban government", Span: event.Span{69, 91}},
		Code:   "054", Root: "05", Quad: 1, Goldstein: 6, Plover: event.Plover{Type: "SUPPORT"},
		Modality: event.Asserted, Trigger: event.Cue{Text: "recognize", Span: event.Span{59, 68}},
		Sentence: event.SentenceRef{Index: 0, Text: recognize, Span: event.Span{0, 92}},
		Article:  event.ArticleRef{ID: "art-1", URL: "https://www.example-news.org/world/1", Title: "Russia recognizes", Published: "2025-07-04"},
		Rule:     "054:recognize", Coder: coder, Confidence: 0.9, CAMEO: "054",
		DateCue: &event.Cue{Text: "On Thursday", Span: event.Span{0, 11}},
	}
	m2 := m1
	m2.ID, m2.Sentence.Index = "m-002", 4
	m2.Article = event.ArticleRef{ID: "art-2", URL: "https://wire.example.com/a/2", Published: "2025-07-05"}
	m2.Source.Text, m2.Target.Text = "Moscow", "they"
	m3 := event.Event{
		ID: "m-003", EventID: "1002", Date: "2025-04", DateBasis: "text",
		Source: event.Actor{Code: "RUSJUD", Country: "RUS", Name: "Russian Supreme Court", Text: "Russia's Supreme Court", Span: event.Span{0, 22}},
		Target: event.Actor{Code: "AFGGOV", Country: "AFG", Name: "Taliban", Text: "the Taliban", Span: event.Span{31, 42}},
		Code:   "0819", Root: "08", Quad: 2, Goldstein: 5, Plover: event.Plover{Type: "CONCEDE"},
		Modality: event.Asserted, Trigger: event.Cue{Text: "removed", Span: event.Span{23, 30}},
		Sentence: event.SentenceRef{Index: 6, Text: "Russia's Supreme Court removed the Taliban from its list of banned groups in April.", Span: event.Span{300, 383}},
		Article:  m1.Article, Rule: "0819:remove-from-list", Coder: coder, Confidence: 0.8, CAMEO: "081",
	}
	m4 := event.Event{
		ID: "m-004", EventID: "1003", Date: "2003", DateBasis: "text",
		Source: event.Actor{Code: "IGOUNO", Country: "IGO", Name: "United Nations", Text: "the UN", Span: event.Span{5, 11}},
		Target: event.Actor{Code: "AFGINS", Country: "AFG", Name: "Taliban", Text: "the Taliban", Span: event.Span{30, 41}},
		Code:   "1729", Root: "17", Quad: 4, Goldstein: -5, Plover: event.Plover{Type: "COERCE"},
		Modality: event.Hypothetical, ModalityCue: &event.Cue{Text: "may", Span: event.Span{12, 15}},
		Trigger:  event.Cue{Text: "list", Span: event.Span{16, 20}},
		Sentence: event.SentenceRef{Index: 2, Text: "\"In 2003 the UN may list the Taliban,\"\tsaid diplomats\nin New York.", Span: event.Span{0, 66}},
		Article:  event.ArticleRef{ID: "notes-7", Published: "2003-05-01"},
		Rule:     "1729:list", Coder: coder, Confidence: 0.55,
	}
	added := time.Date(2025, 7, 5, 12, 15, 0, 0, time.UTC)
	return []Event{
		{ID: "1001", Mentions: []event.Event{m1, m2}, Added: added},
		{ID: "1002", Mentions: []event.Event{m3}, Added: added},
		{ID: "1003", Mentions: []event.Event{m4}},
	}
}

// fixtureMentions is the fixture's mentions in order.
func fixtureMentions() []event.Event {
	var out []event.Event
	for _, e := range fixture() {
		out = append(out, e.Mentions...)
	}
	return out
}
