package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/extract"
)

// readFeed streams an RSS or Atom feed: each item is an article, named
// "name#N" (N counts items from 1). A broken item is reported and skipped;
// broken XML ends the feed, keeping the items before it.
func readFeed(ctx context.Context, name string, br *bufio.Reader, opt Options, fn func(event.Article) error, onErr func(error)) error {
	sp := newFeedSplitter(br, opt.max())
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, n, err := sp.next()
		origin := fmt.Sprintf("%s#%d", name, n)
		switch {
		case err == io.EOF:
			if n == 0 {
				onErr(fmt.Errorf("source: %s: %w: no items", name, ErrBadFeed))
			}
			return nil
		case errors.Is(err, ErrTooLarge):
			onErr(fmt.Errorf("source: %s: %w (item over %d bytes)", origin, ErrTooLarge, opt.max()))
			continue
		case err != nil && n == 0:
			onErr(fmt.Errorf("source: %s: %w: %v", name, ErrBadFeed, err))
			return nil
		case err != nil:
			onErr(fmt.Errorf("source: %s: %w at item %d (byte %d): %v; the rest of the feed is skipped", name, ErrBadFeed, n, sp.dec.InputOffset(), err))
			return nil
		}
		a, err := feedItem(ctx, doc)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			onErr(fmt.Errorf("source: %s: %w", origin, err))
			continue
		}
		if err := deliver(a, origin, opt, fn, onErr); err != nil {
			return err
		}
	}
}

// feedItem turns one item, wrapped as a one-item feed, into an article:
// content:encoded (or Atom content) when there is one, else the description
// or summary, however short.
func feedItem(ctx context.Context, doc []byte) (event.Article, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(doc))
	if err != nil {
		return event.Article{}, fmt.Errorf("%w: %v", ErrBadItem, err)
	}
	if len(f.Items) == 0 {
		return event.Article{}, fmt.Errorf("%w: not an item", ErrBadItem)
	}
	it := f.Items[0]
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	if strings.TrimSpace(body) == "" {
		return event.Article{}, fmt.Errorf("%w: no content or description", ErrBadItem)
	}
	var a event.Article
	if htmlTagRE.MatchString(body) {
		a, err = fragment(ctx, body, it.Link)
	} else {
		a, err = extract.Plain(ctx, html.UnescapeString(body))
	}
	if err != nil {
		return a, err
	}
	a.URL = strings.TrimSpace(it.Link)
	if t := plainLine(it.Title); t != "" {
		a.Title = t
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil && it.Authors[0].Name != "" {
		a.Byline = plainLine(it.Authors[0].Name)
	}
	if d := itemDate(it); d != "" {
		a.Published = d
	}
	return a, nil
}

// htmlTagRE spots markup in a description: feeds mix escaped HTML and
// plain text in the same fields.
var htmlTagRE = regexp.MustCompile(`(?i)</?(p|br|div|a|b|i|em|strong|span|img|ul|ol|li|h[1-6]|blockquote|figure|table|section|article)\b[^>]*>`)

// fragment extracts an HTML fragment as a page. Readability can drop a
// fragment too short to look like an article; the fragment's own text is
// then kept, paragraph by paragraph, as the item's whole content.
func fragment(ctx context.Context, body, link string) (event.Article, error) {
	page := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article>" + body + "</article></body></html>"
	a, err := extract.HTML(ctx, []byte(page), link)
	if err == nil || !errors.Is(err, extract.ErrNoText) {
		return a, err
	}
	return extract.Plain(ctx, fragmentText(body))
}

// blockTags end a paragraph in fragmentText.
var blockTags = map[string]bool{"p": true, "br": true, "div": true, "li": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "section": true, "article": true}

// fragmentText flattens an HTML fragment to paragraphs separated by blank
// lines, dropping scripts and styles.
func fragmentText(body string) string {
	z := html.NewTokenizer(strings.NewReader(body))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			tn, _ := z.TagName()
			t := string(tn)
			if t == "script" || t == "style" {
				if z.Token().Type == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if blockTags[t] {
				b.WriteString("\n\n")
			}
		}
	}
}

// plainLine turns a title that may hold markup or entities into one line.
func plainLine(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = fragmentText(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// itemDate is the item's publication date as written (its own time zone,
// which gofeed's parsed time loses to UTC), else gofeed's parse of it, else
// the update date.
func itemDate(it *gofeed.Item) string {
	for _, s := range []string{it.Published, dcDate(it)} {
		s = strings.TrimSpace(s)
		for _, l := range feedDateLayouts {
			if t, err := time.Parse(l, s); err == nil {
				return t.Format("2006-01-02")
			}
		}
		if d, ok := normDate(s); ok {
			return d
		}
	}
	if it.PublishedParsed != nil && it.PublishedParsed.Year() > 1900 {
		return it.PublishedParsed.Format("2006-01-02")
	}
	if it.UpdatedParsed != nil && it.UpdatedParsed.Year() > 1900 {
		return it.UpdatedParsed.Format("2006-01-02")
	}
	return ""
}

// feedDateLayouts are RFC 822 dates as feeds write them, day unpadded.
var feedDateLayouts = []string{"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700", "2 Jan 2006 15:04:05 -0700"}

func dcDate(it *gofeed.Item) string {
	if it.DublinCoreExt != nil && len(it.DublinCoreExt.Date) > 0 {
		return it.DublinCoreExt.Date[0]
	}
	return ""
}
