package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/extract"
)

// DefaultMaxArticleBytes caps one article (a file, or a JSONL line) at 5 MiB:
// far above any news article, low enough that a stray binary or a whole
// site dump on one line is refused instead of loaded.
const DefaultMaxArticleBytes = 5 << 20

// sniffBytes is how much of an input Detect sees.
const sniffBytes = 8 << 10

// Errors reported through onErr; match them with errors.Is.
var (
	ErrEmpty      = errors.New("empty input")
	ErrBinary     = errors.New("not text, HTML, JSONL, a feed or WARC")
	ErrTooLarge   = errors.New("article larger than the size cap; skipped")
	ErrNotEnglish = errors.New("article is not in English; skipped")
	ErrBadRecord  = errors.New("bad JSONL record; skipped")
	ErrBadFeed    = errors.New("bad feed")
	ErrBadItem    = errors.New("bad feed item; skipped")
	ErrBadWARC    = errors.New("bad WARC record")
)

// Options tune reading.
type Options struct {
	// MaxArticleBytes caps one article: a Text or HTML file, or one JSONL
	// line. Zero or less means DefaultMaxArticleBytes.
	MaxArticleBytes int64
	// Published is the date (YYYY-MM-DD) given to articles that state none.
	Published string
	// Tally, when set, counts the WARC records skipped without an error.
	Tally *Tally
}

func (o Options) max() int64 {
	if o.MaxArticleBytes <= 0 {
		return DefaultMaxArticleBytes
	}
	return o.MaxArticleBytes
}

// Read reads one input and calls fn for each article in it. Text and HTML
// inputs are one article; JSONL is one article per line, feeds one per
// item and WARC one per HTML response, all streamed. Gzip is undone
// transparently. Problems with the input or one of its records go to
// onErr, named by "name:line" (JSONL), "name#item" (feeds), "name@offset"
// (WARC) or "name: offset N", and reading goes on; Read returns only fn's
// error, a cancelled context's, or nil.
func Read(ctx context.Context, name string, r io.Reader, opt Options, fn func(event.Article) error, onErr func(error)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			onErr(fmt.Errorf("source: %s: gzip: %w", name, err))
			return nil
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) && len(head) == 0 {
		// A short head with an error (a cut gzip) is still read: the
		// format's reader keeps what comes before the break and reports it.
		onErr(fmt.Errorf("source: %s: reading: %w", name, err))
		return nil
	}
	if len(bytes.TrimSpace(head)) == 0 {
		onErr(fmt.Errorf("source: %s: %w", name, ErrEmpty))
		return nil
	}
	switch f := Detect(head); f {
	case JSONL:
		return readJSONL(ctx, name, br, opt, fn, onErr)
	case Text, HTML:
		return readOne(ctx, name, br, f, opt, fn, onErr)
	case Feed:
		return readFeed(ctx, name, br, opt, fn, onErr)
	case WARC:
		return readWARC(ctx, name, br, opt, fn, onErr)
	default:
		why := "binary data or an unsupported format"
		if bytes.HasPrefix(bytes.TrimSpace(head), []byte("<?xml")) {
			why = "XML that is not an RSS or Atom feed"
		}
		onErr(fmt.Errorf("source: %s: %w (%s)", name, ErrBinary, why))
		return nil
	}
}

// readOne reads a whole Text or HTML input, up to the size cap.
func readOne(ctx context.Context, name string, r io.Reader, f Format, opt Options, fn func(event.Article) error, onErr func(error)) error {
	limit := opt.max()
	page, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		onErr(fmt.Errorf("source: %s: offset %d: reading: %w", name, len(page), err))
		return nil
	}
	if int64(len(page)) > limit {
		onErr(fmt.Errorf("source: %s: %w (%d bytes)", name, ErrTooLarge, limit))
		return nil
	}
	var a event.Article
	if f == HTML {
		a, err = extract.HTML(ctx, page, "")
	} else {
		a, err = extract.Text(ctx, page)
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		onErr(fmt.Errorf("source: %s: %w", name, err))
		return nil
	}
	return deliver(a, name, opt, fn, onErr)
}

// deliver finishes an article (ID, origin, default date), skips what is not
// English, and hands the rest to fn.
func deliver(a event.Article, origin string, opt Options, fn func(event.Article) error, onErr func(error)) error {
	a.Origin = origin
	if a.ID == "" {
		a.ID = articleID(a)
	}
	if a.Published == "" {
		a.Published = opt.Published
	}
	if a.Language != "" && a.Language != "en" {
		onErr(fmt.Errorf("source: %s: %w (language %q)", origin, ErrNotEnglish, a.Language))
		return nil
	}
	return fn(a)
}

// articleID is a stable hash: of the URL when there is one, else of the text.
func articleID(a event.Article) string {
	key := a.URL
	if key == "" {
		key = a.Text
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:16]
}
