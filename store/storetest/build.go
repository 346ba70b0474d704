// Package storetest is the conformance suite every store backend runs:
// Run for behaviour, BenchmarkPutArticle for speed. Its articles and
// mentions are built by hand, so that the suite does not depend on the
// coder.
package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/chancery/chancery/event"
)

// article builds an article whose paragraphs are the given sentences.
func article(id, url, published string, sentences ...string) event.Article {
	a := event.Article{ID: id, URL: url, Title: "Title of " + id, Published: published, Language: "en"}
	for i, s := range sentences {
		if i > 0 {
			a.Text += "\n\n"
		}
		a.Paragraphs = append(a.Paragraphs, event.Span{len(a.Text), len(a.Text) + len(s)})
		a.Text += s
	}
	return a
}

// M describes a mention by the words of the text it rests on.
type M struct {
	Src, Trigger, Tgt string // words in one sentence (Trigger locates it)
	SrcCode, TgtCode  string
	Code, Date        string
	Modality          event.Modality // asserted when empty
}

// mentions builds the event records of an article from descriptions.
func mentions(a event.Article, ms ...M) []event.Event {
	out := make([]event.Event, 0, len(ms))
	for _, m := range ms {
		out = append(out, mention(a, m))
	}
	return out
}

func mention(a event.Article, m M) event.Event {
	ti := strings.Index(a.Text, m.Trigger)
	sent := event.SentenceRef{}
	for i, p := range a.Paragraphs {
		if ti >= p.Start() && ti < p.End() {
			sent = event.SentenceRef{Index: i, Text: a.Text[p.Start():p.End()], Span: p}
		}
	}
	actor := func(word, code string) event.Actor {
		at := strings.Index(sent.Text, word)
		if word == "" || at < 0 {
			return event.Actor{Code: code, Country: country(code), Name: word}
		}
		s := sent.Span.Start() + at
		return event.Actor{Code: code, Country: country(code), Name: word, Text: word, Span: event.Span{s, s + len(word)}}
	}
	mod := m.Modality
	if mod == "" {
		mod = event.Asserted
	}
	root := m.Code[:2]
	e := event.Event{
		Date: m.Date, DateBasis: "text",
		Source: actor(m.Src, m.SrcCode), Target: actor(m.Tgt, m.TgtCode),
		Code: m.Code, Root: root, Quad: quad(root), Goldstein: -2,
		Plover:   event.Plover{Type: "ACCUSE"},
		Modality: mod,
		Trigger:  event.Cue{Text: m.Trigger, Span: event.Span{ti, ti + len(m.Trigger)}},
		Sentence: sent,
		Article:  event.ArticleRef{ID: a.ID, URL: a.URL, Title: a.Title, Published: a.Published},
		Rule:     "test " + m.Code, Coder: event.CoderRef{Version: "test-1", Dictionaries: "dict-1"},
		Confidence: 0.8, CAMEO: m.Code,
	}
	if mod != event.Asserted {
		e.ModalityCue = &event.Cue{Text: m.Trigger, Span: e.Trigger.Span}
	}
	if m.Date != "" {
		e.DateCue = &event.Cue{Text: m.Trigger, Span: e.Trigger.Span}
	}
	h := sha256.Sum256([]byte(a.ID + "|" + strconv.Itoa(sent.Index) + "|" + strconv.Itoa(ti) + "|" + m.SrcCode + "|" + m.TgtCode + "|" + m.Code))
	e.ID = hex.EncodeToString(h[:8])
	return e
}

func country(code string) string {
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

// quad follows CAMEO's four classes of roots.
func quad(root string) int {
	n, _ := strconv.Atoi(root)
	switch {
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13:
		return 3
	}
	return 4
}
