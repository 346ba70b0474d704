package source

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// The feed splitter cuts a feed into its items without holding the feed: it
// tokenizes the XML once, keeps only the bytes of the item being read, and
// hands each item to gofeed wrapped in its ancestors' start tags (which
// carry the namespace declarations). gofeed alone builds the whole feed in
// memory and loses every item when the XML breaks halfway.

// maxFeedDepth bounds element nesting: real feeds are a few levels deep.
const maxFeedDepth = 64

// maxAncestorTag bounds the start tag kept for each ancestor of an item.
const maxAncestorTag = 64 << 10

var (
	errTokenTooLarge = errors.New("an XML token larger than the size cap")
	errTooDeep       = errors.New("elements nested too deep")
)

// recorder feeds the XML decoder byte by byte (so the decoder's offsets are
// ours) and keeps the bytes from the start of the current token or item.
type recorder struct {
	r       *bufio.Reader
	off     int64  // bytes handed out so far
	buf     []byte // bytes from bufOff on
	bufOff  int64
	keep    bool  // inside an item: do not trim buf
	over    bool  // the current item outgrew the cap; buf stopped growing
	tokOff  int64 // where the current token starts
	limit   int64
	readErr error
}

func (rc *recorder) ReadByte() (byte, error) {
	if rc.off-rc.tokOff > rc.limit {
		return 0, errTokenTooLarge
	}
	b, err := rc.r.ReadByte()
	if err != nil {
		if err != io.EOF {
			rc.readErr = err
		}
		return 0, err
	}
	if b < 0x20 && b != '\t' && b != '\n' && b != '\r' {
		b = ' ' // stray control bytes are common in feeds and fatal to encoding/xml
	}
	rc.off++
	if !rc.over {
		if rc.keep && int64(len(rc.buf)) > rc.limit {
			rc.over, rc.buf = true, rc.buf[:0]
		} else {
			rc.buf = append(rc.buf, b)
		}
	}
	return b, nil
}

func (rc *recorder) Read(p []byte) (int, error) {
	for i := range p {
		b, err := rc.ReadByte()
		if err != nil {
			return i, err
		}
		p[i] = b
	}
	return len(p), nil
}

// span returns the recorded bytes between two input offsets.
func (rc *recorder) span(from, to int64) []byte {
	if rc.over || from < rc.bufOff || to-rc.bufOff > int64(len(rc.buf)) || from > to {
		return nil
	}
	return rc.buf[from-rc.bufOff : to-rc.bufOff]
}

// trim drops the recorded bytes before off.
func (rc *recorder) trim(off int64) {
	if off <= rc.bufOff {
		return
	}
	n := min(int(off-rc.bufOff), len(rc.buf))
	rc.buf = rc.buf[:copy(rc.buf, rc.buf[n:])]
	rc.bufOff = off
}

// openTag is an element the splitter is inside.
type openTag struct {
	name string // as written, with its prefix
	raw  []byte // the start tag as written
}

// feedSplitter yields a feed's items one at a time.
type feedSplitter struct {
	rc    *recorder
	dec   *xml.Decoder
	stack []openTag
	root  string // local name of the root element
	items int    // items started so far
}

func newFeedSplitter(br *bufio.Reader, limit int64) *feedSplitter {
	rc := &recorder{r: bufio.NewReaderSize(utf8Reader(br), 64<<10), limit: limit}
	dec := xml.NewDecoder(rc)
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	// The input is UTF-8 already: utf8Reader transcoded it.
	dec.CharsetReader = func(string, io.Reader) (io.Reader, error) { return rc, nil }
	return &feedSplitter{rc: rc, dec: dec}
}

var xmlEncodingRE = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// utf8Reader transcodes a feed to UTF-8: a BOM decides, else the XML
// declaration's encoding, else UTF-8. Invalid bytes become U+FFFD instead
// of stopping the XML decoder.
func utf8Reader(br *bufio.Reader) io.Reader {
	head, _ := br.Peek(1024)
	fallback := unicode.UTF8.NewDecoder()
	if m := xmlEncodingRE.FindSubmatch(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})); m != nil {
		if enc, name := charset.Lookup(string(m[1])); enc != nil && name != "utf-8" && name != "utf-16le" && name != "utf-16be" {
			fallback = enc.NewDecoder()
		}
	}
	return transform.NewReader(br, unicode.BOMOverride(fallback))
}

// next returns the next item as a standalone document (the item inside its
// ancestors' tags) and its 1-based index. At the end of the feed it returns
// io.EOF. After an error the splitter is done: XML cannot be resynced.
// An item over the size cap is returned as (nil, n, ErrTooLarge) and the
// splitter goes on.
func (s *feedSplitter) next() ([]byte, int, error) {
	rc := s.rc
	inItem := -1 // stack depth of the item element, when in one
	var itemStart int64
	for {
		start := s.dec.InputOffset()
		rc.tokOff = start
		if inItem < 0 {
			rc.trim(start)
		}
		tok, err := s.dec.RawToken()
		if err != nil {
			if err == io.EOF && inItem >= 0 {
				err = io.ErrUnexpectedEOF
			}
			if err == io.EOF && s.root == "" {
				err = errors.New("no root element")
			}
			if rc.readErr != nil {
				err = rc.readErr
			}
			return nil, s.items, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := qname(t.Name)
			if len(s.stack) == 0 && s.root == "" {
				s.root = t.Name.Local
				if !isFeedRoot(s.root) {
					return nil, 0, fmt.Errorf("not an RSS or Atom feed (root element <%s>)", name)
				}
			}
			if len(s.stack) >= maxFeedDepth {
				return nil, s.items, errTooDeep
			}
			if inItem < 0 && len(s.stack) > 0 && (t.Name.Local == "item" || t.Name.Local == "entry") {
				s.items++
				inItem, itemStart = len(s.stack), start
				rc.keep, rc.over = true, false
			}
			var raw []byte
			if inItem < 0 {
				// Ancestors keep their tags for the namespaces they declare;
				// a huge one keeps its bare name, so the stack stays small.
				if raw = rc.span(start, s.dec.InputOffset()); len(raw) > maxAncestorTag {
					raw = []byte("<" + name + ">")
				}
				raw = bytes.Clone(raw)
			}
			s.stack = append(s.stack, openTag{name: name, raw: raw})
		case xml.EndElement:
			// Pop to the matching start tag; an end tag that matches none is
			// ignored, as a browser would.
			name := qname(t.Name)
			i := len(s.stack) - 1
			for i >= 0 && s.stack[i].name != name {
				i--
			}
			if i < 0 {
				continue
			}
			s.stack = s.stack[:i]
			if inItem >= 0 && i <= inItem {
				over := rc.over
				item := rc.span(itemStart, s.dec.InputOffset())
				rc.keep, rc.over = false, false
				if over {
					rc.buf, rc.bufOff = rc.buf[:0], rc.off
					return nil, s.items, ErrTooLarge
				}
				return s.wrap(item, s.stack[:i]), s.items, nil
			}
		}
	}
}

// wrap puts an item inside its ancestors' start and end tags.
func (s *feedSplitter) wrap(item []byte, anc []openTag) []byte {
	var b bytes.Buffer
	for _, t := range anc {
		b.Write(t.raw)
	}
	b.Write(item)
	for i := len(anc) - 1; i >= 0; i-- {
		b.WriteString("</" + anc[i].name + ">")
	}
	return b.Bytes()
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

func isFeedRoot(local string) bool {
	return local == "rss" || local == "feed" || local == "RDF"
}
