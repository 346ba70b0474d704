// Package coder turns an article's sentences into CAMEO events: it finds
// actors from the dictionaries, matches verb patterns with source and
// target slots, decides modality from cue phrases and resolves dates. It is
// a pure function of the article and the dictionaries: no I/O, no globals.
package coder

import (
	"errors"
	"fmt"
	"sync"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
	"github.com/chancery/chancery/when"
)

// Version is the coder's version, recorded on every event.
const Version = "0.1.0"

// Coder codes articles with one set of dictionaries. It is safe for
// concurrent use: all per-article state lives in Code's frame.
type Coder struct {
	dict     *dict.Dict
	lex      *lexicon
	patterns map[int32][]*cpattern
	forms    *forms
	cues     *cueSet
	hash     string
	pool     sync.Pool // *sentenceState, reused across articles
}

// New compiles the dictionaries.
func New(d *dict.Dict) (*Coder, error) {
	c := &Coder{dict: d, lex: buildLexicon(d), hash: d.Hash()}
	var errs []error
	c.patterns, c.forms, errs = compilePatterns(d)
	if len(errs) > 0 {
		return nil, fmt.Errorf("coder: compiling patterns: %w", errors.Join(errs...))
	}
	c.cues = buildCues(d)
	c.pool.New = func() any { return new(sentenceState) }
	return c, nil
}

// Options change what Code returns.
type Options struct {
	All     bool // also return non-asserted events
	Explain bool // fill Result.Explain
	// Literal codes what the dictionary's patterns say and no more: every
	// event one way (no paired codes) and future acts with their own code
	// (no intent mapping) — the conventions of PETRARCH and TABARI, whose
	// suites are scored this way (CONVENTIONS.md §3 are chancery's).
	Literal bool
}

// Result is what coding one article gives.
type Result struct {
	Events  []event.Event
	Explain []SentenceExplain
}

// articleState carries what spans sentences: coreference and dates.
type articleState struct {
	art       *event.Article
	pub       when.Date
	supported map[string]bool // countries with unambiguous support; computed on first need
	history   []mention       // resolvable mentions so far, latest last
	paraIdx   int
	paraDate  *when.Expr // the latest date of the paragraph so far
	prevDate  *when.Expr // the latest date of the paragraph before
	sentIdx   int
	surnames  surnames       // people named in full so far, by last name
	countries map[string]int // states named so far, for role nouns without one
}

// Code codes one article.
func (c *Coder) Code(a event.Article, opt Options) Result {
	var res Result
	pub, _ := when.Parse(a.Published)
	st := &articleState{art: &a, pub: pub}
	paras := a.Paragraphs
	if len(paras) == 0 {
		paras = lang.Paragraphs(a.Text)
	}
	s := c.pool.Get().(*sentenceState)
	defer c.pool.Put(s)
	s.c, s.art, s.text, s.explain = c, st, a.Text, opt.Explain
	idx := 0
	var exprs []when.Expr
	for pi, p := range paras {
		if st.paraDate != nil {
			st.prevDate = st.paraDate
		}
		st.paraIdx, st.paraDate = pi, nil
		for _, sp := range lang.Sentences(a.Text, p) {
			sent := event.Sentence{Index: idx, Text: a.Text[sp[0]:sp[1]], Span: sp, Paragraph: pi}
			st.sentIdx = idx
			idx++
			exprs = when.AppendFind(exprs[:0], a.Text, sp, pub)
			evs, ex := c.codeSentence(s, st, sent, exprs, opt)
			res.Events = append(res.Events, evs...)
			if opt.Explain {
				res.Explain = append(res.Explain, ex)
			}
			for k := len(exprs) - 1; k >= 0; k-- {
				// a date naming another event ("the September 11, 2001
				// attacks") does not date its clause, but it does set the
				// time the paragraph speaks of
				if !exprs[k].Past.IsZero() {
					e := exprs[k]
					st.paraDate = &e
					break
				}
			}
		}
	}
	return res
}

// DictHash identifies the dictionaries the coder was built from.
func (c *Coder) DictHash() string { return c.hash }

// Default builds a coder with the embedded dictionaries.
func Default() (*Coder, error) {
	d, err := dict.Default()
	if err != nil {
		return nil, err
	}
	return New(d)
}
