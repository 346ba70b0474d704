package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/chancery/chancery/lang"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/extract"
)

// record is one JSONL line. Text is taken as clean article text; HTML goes
// through the extractor.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// readJSONL streams records one line at a time: memory stays bounded by the
// size cap whatever the size of the file.
func readJSONL(ctx context.Context, name string, br *bufio.Reader, opt Options, fn func(event.Article) error, onErr func(error)) error {
	limit := opt.max()
	var line []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var tooLong bool
		var err error
		line, tooLong, err = readLine(br, line[:0], limit)
		if err != nil && err != io.EOF {
			onErr(fmt.Errorf("source: %s:%d: reading: %w", name, n, err))
			return nil
		}
		origin := fmt.Sprintf("%s:%d", name, n)
		switch {
		case tooLong:
			onErr(fmt.Errorf("source: %s: %w (line over %d bytes)", origin, ErrTooLarge, limit))
		case len(bytes.TrimSpace(line)) > 0:
			if ferr := readRecord(ctx, origin, line, opt, fn, onErr); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine appends one line (without its newline) to buf. A line longer
// than limit is drained, not kept, and reported with tooLong.
func readLine(br *bufio.Reader, buf []byte, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > limit+1 { // +1: the newline itself
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF && len(buf) == 0 && !tooLong && len(chunk) == 0 {
			return buf, false, io.EOF
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

// readRecord decodes and extracts one JSONL record.
func readRecord(ctx context.Context, origin string, line []byte, opt Options, fn func(event.Article) error, onErr func(error)) error {
	if !utf8.Valid(line) {
		onErr(fmt.Errorf("source: %s: %w: invalid UTF-8 at byte %d of the line", origin, ErrBadRecord, lang.FirstInvalidUTF8(line)))
		return nil
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		onErr(fmt.Errorf("source: %s: %w: %v", origin, ErrBadRecord, err))
		return nil
	}
	var a event.Article
	var err error
	switch {
	case strings.TrimSpace(rec.HTML) != "":
		a, err = extract.HTML(ctx, []byte(rec.HTML), rec.URL)
	case strings.TrimSpace(rec.Text) != "":
		a, err = extract.Plain(ctx, rec.Text)
	default:
		onErr(fmt.Errorf("source: %s: %w: no \"text\" or \"html\" field", origin, ErrBadRecord))
		return nil
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		onErr(fmt.Errorf("source: %s: %w", origin, err))
		return nil
	}
	a.ID, a.URL = rec.ID, rec.URL
	if rec.Title != "" {
		a.Title = rec.Title
	}
	if rec.Published != "" {
		if d, ok := normDate(rec.Published); ok {
			a.Published = d
		} else {
			onErr(fmt.Errorf("source: %s: published %q is not a date; ignored", origin, rec.Published))
		}
	}
	return deliver(a, origin, opt, fn, onErr)
}

// dateLayouts are the published-date forms seen in corpus dumps.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "20060102", "2006-01", "2006",
}

// normDate turns a record's published field into YYYY-MM-DD (or YYYY-MM,
// YYYY when that is all it says).
func normDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		switch l {
		case "2006-01":
			return t.Format("2006-01"), true
		case "2006":
			return t.Format("2006"), true
		}
		return t.Format("2006-01-02"), true
	}
	return "", false
}
