package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"
	"unicode/utf8"

	"github.com/nlnwa/gowarc/v3"
	"golang.org/x/net/html/charset"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/extract"
)

// Tally counts the WARC records Read passed over without an error: they
// are normal in any crawl. It is not safe for concurrent Reads.
type Tally struct {
	Records  int // WARC records read
	Articles int // responses that became articles
	NotOK    int // responses with a status outside 2xx
	NotHTML  int // responses whose payload is not HTML or plain text
	Other    int // requests, metadata, revisits and other record types
}

// readWARC streams a WARC file (gzip already undone by Read, whether per
// record or whole file): each HTML or text response is an article named
// "name@offset", the record's offset in the uncompressed stream. gowarc
// keeps one record block at a time, in memory up to the size cap and in a
// temporary file beyond it.
func readWARC(ctx context.Context, name string, br *bufio.Reader, opt Options, fn func(event.Article) error, onErr func(error)) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithBufferMaxMemBytes(opt.max()+64<<10),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	if err != nil {
		onErr(fmt.Errorf("source: %s: %w: %v", name, ErrBadWARC, err))
		return nil
	}
	defer wr.Close()
	tally := opt.Tally
	if tally == nil {
		tally = &Tally{}
	}
	last := int64(-1)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if err == io.EOF && rec.WarcRecord == nil {
			return nil
		}
		origin := fmt.Sprintf("%s@%d", name, rec.Offset)
		if err != nil {
			_ = rec.Close()
			what := "unreadable record"
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				what = "truncated record"
			}
			onErr(fmt.Errorf("source: %s: offset %d: %w: %s: %v", name, rec.Offset, ErrBadWARC, what, err))
			if rec.Offset <= last || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				return nil // nothing left to resync on
			}
			last = rec.Offset
			continue
		}
		last = rec.Offset
		tally.Records++
		if skipped := junk(rec.Validation); skipped != "" {
			onErr(fmt.Errorf("source: %s: %w: %s; the record is read", origin, ErrBadWARC, skipped))
		}
		a, ok, err := warcArticle(ctx, rec, opt.max(), tally)
		_ = rec.Close()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			onErr(fmt.Errorf("source: %s: %w", origin, err))
			continue
		}
		if !ok {
			continue
		}
		tally.Articles++
		if err := deliver(a, origin, opt, fn, onErr); err != nil {
			return err
		}
	}
}

// warcArticle extracts the article of one record; ok is false for records
// that are quietly skipped (and counted).
func warcArticle(ctx context.Context, rec gowarc.Record, limit int64, tally *Tally) (a event.Article, ok bool, err error) {
	if err := truncated(rec.Validation); err != nil {
		return a, false, fmt.Errorf("%w: truncated record: %v", ErrBadWARC, err)
	}
	r := rec.WarcRecord
	if r.Type() != gowarc.Response && r.Type() != gowarc.Resource {
		tally.Other++
		return a, false, nil
	}
	h := r.WarcHeader()
	target := strings.Trim(h.Get(gowarc.WarcTargetURI), "<> ")
	var payload io.Reader
	var ctype string
	switch b := r.Block().(type) {
	case gowarc.HttpResponseBlock:
		code, hdr := b.HttpStatusCode(), b.HttpHeader()
		if code < 200 || code > 299 || hdr == nil {
			tally.NotOK++
			return a, false, nil
		}
		if payload, err = b.PayloadBytes(); err != nil {
			return a, false, fmt.Errorf("%w: reading payload: %v", ErrBadWARC, err)
		}
		ctype = hdr.Get("Content-Type")
		chunked := strings.Contains(strings.ToLower(rawHeader(b.ProtocolHeaderBytes(), "transfer-encoding")), "chunked")
		if payload, err = decodePayload(payload, hdr, chunked); err != nil {
			tally.NotHTML++
			return a, false, nil
		}
	case gowarc.HttpRequestBlock:
		tally.Other++
		return a, false, nil
	default:
		if r.Type() != gowarc.Resource {
			tally.Other++
			return a, false, nil
		}
		if payload, err = b.RawBytes(); err != nil {
			return a, false, fmt.Errorf("%w: reading payload: %v", ErrBadWARC, err)
		}
		ctype = h.Get(gowarc.ContentType)
	}
	mt, params, _ := mime.ParseMediaType(ctype)
	if !textualType(mt) {
		tally.NotHTML++
		return a, false, nil
	}
	page, err := io.ReadAll(io.LimitReader(payload, limit+1))
	if err != nil {
		return a, false, fmt.Errorf("%w: reading payload: %v", ErrBadWARC, err)
	}
	if int64(len(page)) > limit {
		return a, false, fmt.Errorf("%w (payload over %d bytes)", ErrTooLarge, limit)
	}
	f := payloadFormat(mt, page)
	if f != HTML && f != Text {
		tally.NotHTML++
		return a, false, nil
	}
	page = toUTF8(page, params["charset"])
	if f == HTML {
		a, err = extract.HTML(ctx, page, target)
	} else {
		a, err = extract.Text(ctx, page)
	}
	if err != nil {
		return a, false, err
	}
	a.URL = target
	if a.Published == "" {
		if t, err := r.WarcHeader().GetTime(gowarc.WarcDate); err == nil {
			a.Published = t.Format("2006-01-02")
		}
	}
	return a, true, nil
}

// truncated finds, among gowarc's warnings, the ones that mean the record
// ended before its Content-Length.
func truncated(validation []error) error {
	for _, v := range validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) && cl.Actual < cl.Expected {
			return v
		}
		if strings.Contains(v.Error(), "unexpected end of record") || strings.Contains(v.Error(), "too few bytes in end of record") {
			return v
		}
	}
	return nil
}

// textualType reports whether a media type may hold a page, before reading it.
func textualType(mt string) bool {
	switch mt {
	case "", "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream":
		return true
	}
	return false
}

// junk finds gowarc's warning that it skipped bytes to find a record.
func junk(validation []error) string {
	for _, v := range validation {
		if strings.Contains(v.Error(), "bytes after expected offset") {
			return v.Error()
		}
	}
	return ""
}

// payloadFormat says whether a payload is an HTML page or plain text: by
// its declared media type, sniffed when none is given.
func payloadFormat(mt string, page []byte) Format {
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return HTML
	case mt == "text/plain":
		return Text
	case mt == "" || mt == "application/octet-stream":
		if f := Detect(page[:min(len(page), sniffBytes)]); f == HTML || f == Text {
			return f
		}
	}
	return Unknown
}

// decodePayload undoes what crawlers often store as received: chunked
// transfer coding and gzip or deflate content coding. Other codings are
// refused (the payload is then skipped as not HTML).
func decodePayload(p io.Reader, hdr *http.Header, chunked bool) (io.Reader, error) {
	br := bufio.NewReader(p)
	if chunked && chunkedStart(br) {
		br = bufio.NewReader(httputil.NewChunkedReader(br))
	}
	switch enc := strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding"))); enc {
	case "", "identity", "none", "utf-8":
		return br, nil
	case "gzip", "x-gzip":
		if m, _ := br.Peek(2); len(m) < 2 || m[0] != 0x1f || m[1] != 0x8b {
			return br, nil // already decoded by the crawler; header kept
		}
		return gzip.NewReader(br)
	case "deflate":
		return flate.NewReader(br), nil
	default:
		return nil, fmt.Errorf("content encoding %q", enc)
	}
}

// rawHeader finds a header in the raw HTTP header block: the parsed header
// has lost Transfer-Encoding to net/http.
func rawHeader(block []byte, key string) string {
	for _, line := range strings.Split(string(block), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), key) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// chunkedStart reports whether a payload starts like chunked coding (a hex
// size line): some archives store it decoded but keep the header.
func chunkedStart(br *bufio.Reader) bool {
	head, _ := br.Peek(20)
	i := bytes.IndexByte(head, '\n')
	if i <= 0 {
		return false
	}
	line := bytes.TrimRight(head[:i], "\r")
	if j := bytes.IndexByte(line, ';'); j >= 0 {
		line = line[:j]
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return false
	}
	for _, c := range line {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// toUTF8 transcodes a payload by the charset of its HTTP Content-Type, which
// outranks the page's own meta tag. A page that claims a single-byte
// charset but is valid UTF-8 is left alone: servers often mislabel.
func toUTF8(page []byte, label string) []byte {
	if label == "" {
		return page
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" || utf8.Valid(page) && !strings.HasPrefix(name, "utf-16") {
		return page
	}
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return page
	}
	return out
}
