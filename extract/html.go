package extract

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/chancery/chancery/event"
)

// HTML extracts the article from an HTML page. The page is transcoded to
// UTF-8 first; readeck's go-readability (a port of Mozilla's Readability)
// finds the body, title and byline. It was chosen over go-trafilatura on
// Mozilla's test pages (see TestCompareLibraries): higher token F1, better
// titles and bylines, twice the speed and far fewer dependencies.
// Headings and captions are dropped from Text: they are not sentences.
func HTML(ctx context.Context, page []byte, pageURL string) (event.Article, error) {
	if err := ctx.Err(); err != nil {
		return event.Article{}, fmt.Errorf("extract: %w", err)
	}
	page, _, err := decodeHTML(page)
	if err != nil {
		return event.Article{}, err
	}
	u, err := url.Parse(pageURL)
	if err != nil || pageURL == "" {
		u = nil
	}
	p := readability.NewParser()
	ra, err := p.Parse(bytes.NewReader(page), u)
	if err != nil {
		return event.Article{}, fmt.Errorf("extract: parsing HTML: %w", err)
	}
	a := event.Article{URL: pageURL}
	if ra.Node == nil {
		return a, fmt.Errorf("extract: %w", ErrNoText)
	}
	a.Title = cleanLine(ra.Title())
	a.Byline = cleanByline(cleanLine(ra.Byline()))
	if t, err := ra.PublishedTime(); err == nil && t.Year() > 1900 {
		a.Published = t.Format("2006-01-02")
	}
	a.Text, a.Paragraphs = "", nil
	assemble(&a, htmlParagraphs(blocks(ra.Node), &a))
	if a.Text == "" {
		return a, fmt.Errorf("extract: %w", ErrNoText)
	}
	a.Language = Language(a.Text)
	if a.Language == "" {
		a.Language = strings.ToLower(strings.SplitN(ra.Language(), "-", 2)[0])
	}
	return a, nil
}

// htmlParagraphs keeps the sentence-like blocks of an extracted body. The
// chrome rules of Text apply, but loosely: a block from the DOM is one
// paragraph by construction, so short sentences are kept.
func htmlParagraphs(bs []block, a *event.Article) []string {
	var out []string
	seen := map[string]bool{}
	for _, b := range bs {
		t := cleanLine(b.Text)
		switch {
		case b.Heading || b.Caption || t == "" || seen[t]:
			continue
		case strings.EqualFold(t, a.Title), a.Byline != "" && strings.EqualFold(t, a.Byline):
			continue
		}
		if m := bylineRE.FindStringSubmatch(t); m != nil && words(t) <= 15 && !isSentence(t) {
			if a.Byline == "" {
				a.Byline = cleanByline(m[1])
			}
			continue
		}
		if d := findDate(t); d != "" && !isSentence(t) {
			if a.Published == "" {
				a.Published = d
			}
			continue
		}
		if isChrome(t) || !endsSentence(t) && words(t) < 8 {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}
