package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// Unknowns gathers, over a corpus, what the dictionaries miss, as TABARI's
// unknown-word lists did: capitalised phrases next to a verb that no
// dictionary entry covers, and the verbs of sentences with two or more
// actors where no pattern fired.
type Unknowns struct {
	c         *coder.Coder
	actors    map[string]*Tally
	verbs     map[string]*Tally
	articles  int
	sentences int
	toks      []lang.Token
	// Errors lists articles the coder failed on (they are left out).
	Errors []string
}

// Tally is one unknown phrase with its count and a sentence it came from.
type Tally struct {
	Phrase  string `json:"phrase"`
	Count   int    `json:"count"`
	Example string `json:"example"`
}

// NewUnknowns starts an empty tally for a coder's dictionaries.
func NewUnknowns(c *coder.Coder) *Unknowns {
	return &Unknowns{c: c, actors: map[string]*Tally{}, verbs: map[string]*Tally{}}
}

// Add reads one article.
func (u *Unknowns) Add(a event.Article) {
	u.articles++
	evs, msg := codeSafely(u.c, a, coder.Options{All: true})
	if msg != "" {
		u.Errors = append(u.Errors, a.ID+": "+msg)
		return
	}
	coded := map[int]bool{}
	for _, e := range evs {
		coded[e.Sentence.Index] = true
	}
	paras := a.Paragraphs
	if len(paras) == 0 {
		paras = lang.Paragraphs(a.Text)
	}
	idx := 0 // sentence index as the coder counts them
	for _, p := range paras {
		for _, sp := range lang.Sentences(a.Text, p) {
			u.sentences++
			u.toks = lang.AppendTokens(u.toks[:0], a.Text, sp)
			u.sentence(a.Text[sp[0]:sp[1]], u.toks, coded[idx])
			idx++
		}
	}
}

// known marks each token: -1 unknown, else the index of its known phrase.
func (u *Unknowns) sentence(text string, toks []lang.Token, coded bool) {
	known := u.c.KnownPhrases(toks)
	owner := make([]int, len(toks))
	for i := range owner {
		owner[i] = -1
	}
	for k, kp := range known {
		for i, t := range toks {
			if t.Span[0] >= kp.Span[0] && t.Span[1] <= kp.Span[1] {
				owner[i] = k
			}
		}
	}
	for i := 0; i < len(toks); {
		j := capRun(toks, owner, i)
		if j == i {
			i++
			continue
		}
		if ph := phrase(toks, i, j); ph != "" && nearVerb(toks, i, j) {
			count(u.actors, ph, text)
		}
		i = j
	}
	if coded {
		return
	}
	var actors []int // token index just past each known actor phrase, in order
	for i := 0; i < len(toks); i++ {
		if k := owner[i]; k >= 0 && known[k].Actor && (i+1 == len(toks) || owner[i+1] != k) {
			actors = append(actors, i+1)
		}
	}
	if len(actors) < 2 {
		return
	}
	for n := 0; n+1 < len(actors); n++ {
		if v := verbAfter(toks, owner, actors[n]); v != "" {
			count(u.verbs, v, text)
			return
		}
	}
}

// capRun returns the end of a run of unknown capitalised words starting at
// i ("Ministry of Foreign Affairs"), or i when there is none.
func capRun(toks []lang.Token, owner []int, i int) int {
	isCap := func(k int) bool { return k < len(toks) && owner[k] < 0 && toks[k].Kind == lang.Word && toks[k].Cap }
	if !isCap(i) {
		return i
	}
	j := i + 1
	for {
		switch {
		case isCap(j):
			j++
		case j+1 < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "for") && isCap(j+1):
			j += 2
		default:
			return j
		}
	}
}

// phrase is the run's text without leading function words and dates, or
// "" when nothing is left or only a lone sentence-initial word.
func phrase(toks []lang.Token, i, j int) string {
	start := i
	for i < j && (closedClass(toks[i].Lower) || calendar[toks[i].Lower]) {
		i++
	}
	for j > i && calendar[toks[j-1].Lower] {
		j--
	}
	if i >= j || (start == 0 && j-i == 1) {
		return ""
	}
	w := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		w = append(w, t.Text)
	}
	return strings.Join(w, " ")
}

// nearVerb approximates "subject or object of a verb" without a parser: a
// lower-case content word right after the phrase, or before it across at
// most two function words.
func nearVerb(toks []lang.Token, i, j int) bool {
	if j < len(toks) && content(toks[j]) {
		return true
	}
	for k, skipped := i-1, 0; k >= 0 && skipped <= 2; k-- {
		if content(toks[k]) {
			return true
		}
		if toks[k].Kind != lang.Word || !closedClass(toks[k].Lower) {
			return false
		}
		skipped++
	}
	return false
}

// verbAfter finds the first content word after an actor phrase, before
// the next known phrase, with a following preposition ("called on").
func verbAfter(toks []lang.Token, owner []int, from int) string {
	for k := from; k < len(toks) && owner[k] < 0; k++ {
		t := toks[k]
		if t.Kind == lang.Punct && t.Text != "," {
			return ""
		}
		if !content(t) || strings.HasSuffix(t.Lower, "ly") || lang.IsReportingVerb(t.Lower) || fillers[t.Lower] {
			continue
		}
		v := t.Lower
		if k+1 < len(toks) && toks[k+1].Kind == lang.Word && lang.IsPreposition(toks[k+1].Lower) {
			v += " " + toks[k+1].Lower
		}
		return v
	}
	return ""
}

func content(t lang.Token) bool {
	return t.Kind == lang.Word && !t.Cap && !closedClass(t.Lower)
}

func closedClass(w string) bool {
	return lang.IsDeterminer(w) || lang.IsPreposition(w) || lang.IsPronoun(w) || lang.IsConjunction(w) ||
		lang.IsAuxiliary(w) || lang.IsSubordinator(w) || lang.IsNegation(w)
}

var calendar, fillers = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields("monday tuesday wednesday thursday friday saturday sunday january february " +
		"march april may june july august september october november december mr mrs ms dr") {
		calendar[w] = true
	}
	// adverbs and place words that sit before the verb but are not one
	for _, w := range strings.Fields("also still now then there here already again just even only yet soon once ever") {
		fillers[w] = true
	}
}

func count(m map[string]*Tally, ph, example string) {
	t, ok := m[ph]
	if !ok {
		t = &Tally{Phrase: ph, Example: strings.Join(strings.Fields(example), " ")}
		m[ph] = t
	}
	t.Count++
}

// Top returns the n most frequent unknown actor phrases and verbs.
func (u *Unknowns) Top(n int) (actors, verbs []Tally) {
	return top(u.actors, n), top(u.verbs, n)
}

func top(m map[string]*Tally, n int) []Tally {
	out := make([]Tally, 0, len(m))
	for _, t := range m {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Phrase < out[j].Phrase
	})
	if len(out) > n {
		out = out[:max(n, 0)]
	}
	return out
}

// WriteJSON writes the top n of each list as one JSON object.
func (u *Unknowns) WriteJSON(w io.Writer, n int) error {
	a, v := u.Top(n)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(map[string]any{"articles": u.articles, "sentences": u.sentences, "actors": a, "verbs": v,
		"errors": u.Errors})
	if err != nil {
		return fmt.Errorf("eval: writing unknowns: %w", err)
	}
	return nil
}

// WriteText writes the top n of each list as tables.
func (u *Unknowns) WriteText(w io.Writer, n int) error {
	a, v := u.Top(n)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%d articles, %d sentences\n", u.articles, u.sentences)
	for _, e := range u.Errors {
		fmt.Fprintf(bw, "error: %s\n", e)
	}
	for _, sec := range []struct {
		title string
		ts    []Tally
		all   int
	}{{"unknown actor phrases", a, len(u.actors)}, {"uncoded verbs (sentences with 2+ actors and no event)", v, len(u.verbs)}} {
		fmt.Fprintf(bw, "\n%s: top %d of %d\n", sec.title, len(sec.ts), sec.all)
		tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "count\tphrase\texample")
		for _, t := range sec.ts {
			fmt.Fprintf(tw, "%d\t%s\t%s\n", t.Count, t.Phrase, trunc(t.Example, 120))
		}
		flush(tw)
	}
	return bw.Flush()
}
