package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

const (
	sent1 = "Kenya and Ethiopia reopened the Moyale border crossing on Friday, the Kenyan interior ministry said."
	sent2 = "Traders had complained for months about delays at the post on the road between Nairobi and Addis Ababa."
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Format
	}{
		{"jsonl", `{"id":"1","text":"x"}` + "\n", JSONL},
		{"jsonl after space and BOM", "\xEF\xBB\xBF \n{\"text\":\"x\"}", JSONL},
		{"doctype", "<!DOCTYPE html><html><body><p>x</p></body></html>", HTML},
		{"fragment", "<p>One paragraph.</p>", HTML},
		{"html after junk", "\n\n  <HTML><BODY>x", HTML},
		{"text", sent1 + "\n\n" + sent2, Text},
		{"latin-1 text", "Caf\xe9 owners in the city said on Monday.", Text},
		{"utf-16 html", "\xFF\xFE<\x00h\x00t\x00m\x00l\x00>\x00", HTML},
		{"utf-16 text", "\xFF\xFEA\x00b\x00c\x00", Text},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Unknown},
		{"random high bytes", "\xde\xad\xbe\xef\xca\xfe\xba\xbe\xff\xfe\xfd\xfc", Unknown},
		{"rss feed", `<?xml version="1.0"?><rss><channel></channel></rss>`, Feed},
		{"empty", "", Unknown},
		{"blank", " \n\t", Unknown},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: Detect = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// collect runs Read and returns the articles and the reported errors.
func collect(t *testing.T, in []byte, opt Options) ([]event.Article, []error) {
	t.Helper()
	var arts []event.Article
	var errs []error
	err := Read(context.Background(), "in.x", bytes.NewReader(in), opt,
		func(a event.Article) error { arts = append(arts, a); return nil },
		func(err error) { errs = append(errs, err) })
	if err != nil {
		t.Fatalf("Read returned %v", err)
	}
	return arts, errs
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, _ = w.Write([]byte(s))
	_ = w.Close()
	return b.Bytes()
}

func TestRead(t *testing.T) {
	jsonl := `{"id":"a1","url":"https://example.org/a","title":"T","published":"2025-07-04T10:00:00Z","text":"` + sent1 + `"}
not json at all
{"id":"a3","text":"bad utf8 ` + "\xff" + ` here"}

{"id":"a5","title":"no body"}
{"url":"https://example.org/b","html":"<html><body><article><p>` + sent1 + `</p><p>` + sent2 + `</p></article></body></html>"}
{"text":"La frontière entre le Kenya et l'Éthiopie a été rouverte vendredi, a annoncé le ministère de l'intérieur du Kenya."}
{"text":"` + sent2 + `","published":"yesterday"}`
	tests := []struct {
		name     string
		in       []byte
		opt      Options
		wantArts []string // Origin of each article
		wantErrs []string // substrings of each reported error, in order
	}{
		{"jsonl with bad lines", []byte(jsonl), Options{Published: "2025-01-01"},
			[]string{"in.x:1", "in.x:6", "in.x:8"},
			[]string{"in.x:2: bad JSONL record", "in.x:3: bad JSONL record; skipped: invalid UTF-8 at byte 28", "in.x:5: bad JSONL record; skipped: no \"text\" or \"html\"", "in.x:7: article is not in English", "in.x:8: published \"yesterday\" is not a date"}},
		{"gzipped jsonl", gz(jsonl), Options{}, []string{"in.x:1", "in.x:6", "in.x:8"}, []string{":2:", ":3:", ":5:", ":7:", ":8:"}},
		{"oversize line skipped", []byte(`{"text":"` + strings.Repeat("word ", 100) + `"}` + "\n" + `{"text":"` + sent1 + `"}`), Options{MaxArticleBytes: 200},
			[]string{"in.x:2"}, []string{"in.x:1: article larger than the size cap"}},
		{"text file", []byte("Example News\n\n" + sent1 + "\n\n" + sent2 + "\n\nShare\n"), Options{}, []string{"in.x"}, nil},
		{"html file", []byte("<html><body><p>" + sent1 + "</p><p>" + sent2 + "</p></body></html>"), Options{}, []string{"in.x"}, nil},
		{"oversize file", []byte(sent1 + sent2), Options{MaxArticleBytes: 100}, nil, []string{"in.x: article larger than the size cap"}},
		{"empty", nil, Options{}, nil, []string{"in.x: empty input"}},
		{"blank", []byte("\n \n"), Options{}, nil, []string{"in.x: empty input"}},
		{"garbage", []byte("\x00\x01\x02\x03\xff\xfe\xfd binary"), Options{}, nil, []string{"in.x: not text, HTML, JSONL"}},
		{"html without text", []byte("<html><head><script>x()</script></head><body><div id=app></div></body></html>"), Options{}, nil, []string{"in.x: extract: no article text found"}},
		{"broken gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 0x01}, Options{}, nil, []string{"in.x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := collect(t, tt.in, tt.opt)
			var origins []string
			for _, a := range arts {
				origins = append(origins, a.Origin)
				if len(a.ID) != 16 && a.ID != "a1" {
					t.Errorf("%s: id %q", a.Origin, a.ID)
				}
			}
			if strings.Join(origins, ",") != strings.Join(tt.wantArts, ",") {
				t.Errorf("articles from %v, want %v", origins, tt.wantArts)
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors %v, want %d", errs, len(tt.wantErrs))
			}
			for i, e := range errs {
				if !strings.Contains(e.Error(), tt.wantErrs[i]) {
					t.Errorf("error %d = %q, want it to contain %q", i, e, tt.wantErrs[i])
				}
			}
		})
	}
}

func TestReadFields(t *testing.T) {
	in := `{"id":"a1","url":"https://example.org/a","title":"T","published":"2025-07-04T10:00:00+09:00","text":"` + sent1 + `\n\n` + sent2 + `"}
{"text":"` + sent1 + `"}
{"url":"https://example.org/a","text":"` + sent2 + `"}`
	arts, errs := collect(t, []byte(in), Options{Published: "2025-01-02"})
	if len(errs) != 0 || len(arts) != 3 {
		t.Fatalf("arts %d, errs %v", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "a1" || a.Title != "T" || a.Published != "2025-07-04" || a.Text != sent1+"\n\n"+sent2 || len(a.Paragraphs) != 2 {
		t.Errorf("first article: %+v", a)
	}
	if arts[1].Published != "2025-01-02" || arts[1].ID != articleID(event.Article{Text: sent1}) {
		t.Errorf("second article: published %q id %q", arts[1].Published, arts[1].ID)
	}
	if arts[2].ID != articleID(event.Article{URL: "https://example.org/a"}) {
		t.Errorf("id of an article with a URL is not the URL's hash")
	}
}

// TestReadStopsOnCallbackError checks that fn's error ends the read.
func TestReadStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	in := strings.Repeat(`{"text":"`+sent1+`"}`+"\n", 5)
	calls := 0
	err := Read(context.Background(), "x", strings.NewReader(in), Options{},
		func(event.Article) error { calls++; return stop }, func(error) {})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err %v after %d calls", err, calls)
	}
}

// TestReadLongStream checks that a JSONL stream far larger than the cap
// with one giant line is read line by line.
func TestReadLongStream(t *testing.T) {
	line := `{"text":"` + sent1 + `"}` + "\n"
	giant := `{"text":"` + strings.Repeat("x", 3<<20) + `"}` + "\n"
	r := io.MultiReader(strings.NewReader(strings.Repeat(line, 1000)), strings.NewReader(giant), strings.NewReader(strings.Repeat(line, 1000)))
	n, bad := 0, 0
	err := Read(context.Background(), "big", r, Options{MaxArticleBytes: 1 << 20},
		func(event.Article) error { n++; return nil }, func(error) { bad++ })
	if err != nil || n != 2000 || bad != 1 {
		t.Errorf("err %v, %d articles, %d errors", err, n, bad)
	}
}
