package extract

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chancery/chancery/event"
)

// ErrNoText is returned when a page holds no article text.
var ErrNoText = errors.New("no article text found")

// Text cleans pasted plain text (a page as a user copies it from a browser):
// it keeps the sentences, drops the page chrome around them, and reads the
// title, byline and publication date where the text states them.
func Text(ctx context.Context, raw []byte) (event.Article, error) {
	if err := ctx.Err(); err != nil {
		return event.Article{}, fmt.Errorf("extract: %w", err)
	}
	b, _, err := decodeText(raw)
	if err != nil {
		return event.Article{}, err
	}
	a := filter(units(string(b)))
	if a.Text == "" {
		return a, fmt.Errorf("extract: %w", ErrNoText)
	}
	a.Language = Language(a.Text)
	return a, nil
}

// units splits text into lines, joining the lines of hard-wrapped
// paragraphs back together.
func units(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []string
	for _, blk := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(blk, "\n") {
			if l = cleanLine(l); l != "" {
				lines = append(lines, l)
			}
		}
		out = append(out, joinWrapped(lines)...)
	}
	return out
}

// joinWrapped rejoins hard-wrapped lines: a block of three or more lines of
// similar width is one paragraph; elsewhere a line continues the previous
// one only when it starts in lower case after an unfinished sentence.
func joinWrapped(lines []string) []string {
	if len(lines) >= 3 {
		wrapped := true
		for _, l := range lines[:len(lines)-1] {
			if n := utf8.RuneCountInString(l); n < 40 || n > 100 {
				wrapped = false
			}
		}
		if wrapped {
			return []string{strings.Join(lines, " ")}
		}
	}
	var out []string
	var group []string // lines of the paragraph being rejoined
	for _, l := range lines {
		r, _ := utf8.DecodeRuneInString(l)
		if n := len(group); n > 0 && unicode.IsLower(r) && !endsSentence(group[n-1]) && words(group[n-1]) >= 4 {
			group = append(group, l)
			continue
		}
		if len(group) > 0 {
			out = append(out, strings.Join(group, " "))
		}
		group = append(group[:0], l)
	}
	if len(group) > 0 {
		out = append(out, strings.Join(group, " "))
	}
	return out
}

// navRE spots breadcrumbs and menus: "Home › World", "News | Politics".
var navRE = regexp.MustCompile(`(?:\s[›»|>/•·]\s|^home\b)`)

var functionWords = map[string]bool{"the": true, "of": true, "to": true, "in": true, "for": true,
	"on": true, "and": true, "a": true, "an": true, "as": true, "at": true, "with": true, "from": true,
	"is": true, "are": true, "by": true, "after": true, "over": true, "its": true, "be": true}

// isMenu reports whether a line is a row of menu labels: capitalised words
// with no function word between them, or a breadcrumb.
func isMenu(s string) bool {
	if navRE.MatchString(strings.ToLower(s)) {
		return true
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if functionWords[strings.ToLower(w)] || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// findTitle picks the title among the lines before the first body
// sentence: the first headline of five words or more, else of three.
func findTitle(us []string) int {
	end := len(us)
	for i, u := range us {
		if isSentence(u) && !isChrome(u) && !isHeadline(u, 5) {
			end = i
			break
		}
	}
	for _, min := range []int{5, 3} {
		for i := 0; i < end; i++ {
			if isHeadline(us[i], min) && !isMenu(us[i]) {
				return i
			}
		}
	}
	return -1
}

// filter runs the chrome filter over the units of a pasted page.
func filter(us []string) event.Article {
	var a event.Article
	ti := findTitle(us)
	if ti >= 0 {
		a.Title = us[ti]
	}
	var (
		paras   []string
		dropped []string // short lines dropped, to spot doubled captions
		seen    = map[string]bool{}
		used    = map[int]bool{ti: true}
		bareDay string
	)
	for i, u := range us {
		if used[i] {
			continue
		}
		if m := bylineRE.FindStringSubmatch(u); m != nil && words(u) <= 15 && !isSentence(u) {
			if a.Byline == "" {
				a.Byline = cleanByline(m[1])
			}
			if d := findDate(u); d != "" && a.Published == "" {
				a.Published = d
			}
			continue
		}
		if bareByRE.MatchString(u) {
			// A copy often puts the name before "Published by", or after it.
			if i > 0 && isName(us[i-1]) {
				a.Byline = orKeep(a.Byline, us[i-1])
			} else if i+1 < len(us) && isName(us[i+1]) {
				a.Byline = orKeep(a.Byline, us[i+1])
				used[i+1] = true
			}
			continue
		}
		if d := findDate(u); d != "" && !isSentence(u) || d != "" && dateLineRE.MatchString(u) && words(u) <= 10 {
			if dateLineRE.MatchString(u) && a.Published == "" {
				a.Published = d
			} else if len(paras) == 0 && bareDay == "" {
				bareDay = d
			}
			continue
		}
		if !isSentence(u) || isChrome(u) || seen[u] || doubled(u, dropped) {
			if words(u) >= 2 && !isSentence(u) {
				dropped = append(dropped, u)
			}
			continue
		}
		seen[u] = true
		paras = append(paras, u)
	}
	if a.Published == "" {
		a.Published = bareDay
	}
	assemble(&a, paras)
	return a
}

// doubled reports whether u repeats a dropped caption with a credit glued
// on ("Vladimir Putin, President of RussiaJohn Doe / AFP.").
func doubled(u string, dropped []string) bool {
	if len(dropped) > 16 { // captions sit next to their copies
		dropped = dropped[len(dropped)-16:]
	}
	for _, d := range dropped {
		if len(u) > len(d) && strings.HasPrefix(u, d) && words(u) <= words(d)+8 {
			return true
		}
	}
	return false
}

func orKeep(have, s string) string {
	if have != "" {
		return have
	}
	return s
}

// Plain turns already-clean text (a corpus record's text field) into an
// article without the chrome filter: every line is kept, hard-wrapped lines
// are rejoined and whitespace is normalised.
func Plain(ctx context.Context, text string) (event.Article, error) {
	if err := ctx.Err(); err != nil {
		return event.Article{}, fmt.Errorf("extract: %w", err)
	}
	var a event.Article
	assemble(&a, units(text))
	if a.Text == "" {
		return a, fmt.Errorf("extract: %w", ErrNoText)
	}
	a.Language = Language(a.Text)
	return a, nil
}
