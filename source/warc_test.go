package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chancery/chancery/event"

	"github.com/nlnwa/gowarc/v3"
)

// warcRec is one record for the generated test archives.
type warcRec struct {
	typ   gowarc.RecordType
	uri   string
	date  string // WARC-Date
	ctype string // the WARC Content-Type
	block string // HTTP message or resource content
}

// buildWARC writes records with gowarc's record builder and marshaler; with
// perRecordGzip each record is its own gzip member, as in a .warc.gz.
func buildWARC(t testing.TB, recs []warcRec, perRecordGzip bool) []byte {
	t.Helper()
	var out bytes.Buffer
	m := gowarc.NewMarshaler()
	for _, r := range recs {
		b := gowarc.NewRecordBuilder(r.typ, gowarc.WithAddMissingContentLength(true),
			gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingDigest(true))
		if _, err := b.WriteString(r.block); err != nil {
			t.Fatal(err)
		}
		b.AddWarcHeader(gowarc.WarcDate, r.date)
		if r.uri != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, r.uri)
		}
		b.AddWarcHeader(gowarc.ContentType, r.ctype)
		rec, _, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		var w bytes.Buffer
		if _, _, err := m.Marshal(&w, rec, 0); err != nil {
			t.Fatal(err)
		}
		_ = rec.Close()
		if perRecordGzip {
			zw := gzip.NewWriter(&out)
			_, _ = zw.Write(w.Bytes())
			_ = zw.Close()
		} else {
			out.Write(w.Bytes())
		}
	}
	return out.Bytes()
}

const httpResp = "application/http; msgtype=response"

func sampleRecords() []warcRec {
	page := func(body string) string {
		return "<!DOCTYPE html><html><head><title>T</title></head><body><article>" + body + "</article></body></html>"
	}
	return []warcRec{
		{gowarc.Warcinfo, "", "2025-09-01T10:00:00Z", "application/warc-fields", "software: test\r\n"},
		{gowarc.Request, "https://a.example.org/1", "2025-09-01T10:00:01Z", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: a.example.org\r\n\r\n"},
		{gowarc.Response, "https://a.example.org/1", "2025-09-01T10:00:02Z", httpResp,
			"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page("<p>"+sent1+"</p><p>"+sent2+"</p>")},
		{gowarc.Response, "https://a.example.org/dated", "2025-09-01T10:00:02Z", httpResp,
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\"></head><body><article><p>" + sent2 + "</p></article></body></html>"},
		{gowarc.Revisit, "https://a.example.org/1", "2025-09-02T10:00:00Z", httpResp, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"},
		{gowarc.Response, "https://a.example.org/brotli", "2025-09-01T10:00:03Z", httpResp,
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\x1b\x03\x00"},
		{gowarc.Response, "https://a.example.org/missing", "2025-09-01T10:00:03Z", httpResp,
			"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n" + page("<p>Not found.</p>")},
		{gowarc.Response, "https://a.example.org/logo.png", "2025-09-01T10:00:04Z", httpResp,
			"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\x00\x00"},
		{gowarc.Response, "https://a.example.org/latin", "2025-09-01T10:00:05Z", httpResp,
			"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n" + page("<p>The caf\xe9 owners in Nairobi said on Monday that the new tax would close many shops.</p><p>"+sent2+"</p>")},
		{gowarc.Response, "https://a.example.org/chunked", "2025-09-01T10:00:06Z", httpResp,
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunk(gzipString(page("<p>"+sent2+"</p><p>"+sent1+"</p>")))},
		{gowarc.Resource, "https://a.example.org/notes.txt", "2025-09-01T10:00:07Z", "text/plain",
			sent1 + "\n\n" + sent2 + "\n"},
	}
}

func gzipString(s string) string { return string(gz(s)) }

// chunk encodes s with HTTP chunked transfer coding in two chunks.
func chunk(s string) string {
	h := len(s) / 2
	return fmtHex(h) + "\r\n" + s[:h] + "\r\n" + fmtHex(len(s)-h) + "\r\n" + s[h:] + "\r\n0\r\n\r\n"
}

func fmtHex(n int) string { return strconv.FormatInt(int64(n), 16) }

// nth is the offset of the nth record (from 1) of an uncompressed WARC.
func nth(warc []byte, n int) int {
	off := 0
	for i := 1; i < n; i++ {
		j := bytes.Index(warc[off+1:], []byte("WARC/1.1\r\n"))
		if j < 0 {
			return len(warc)
		}
		off += j + 1
	}
	return off
}

var update = flag.Bool("update", false, "rewrite the generated WARC files in testdata")

// sampleArts are the articles of sampleRecords, by URL and date.
var sampleArts = []string{
	"https://a.example.org/1 2025-09-01",
	"https://a.example.org/dated 2024-03-05", // the page's own date wins
	"https://a.example.org/latin 2025-09-01",
	"https://a.example.org/chunked 2025-09-01",
	"https://a.example.org/notes.txt 2025-09-01",
}

func TestReadWARC(t *testing.T) {
	plain := buildWARC(t, sampleRecords(), false)
	perRecord := buildWARC(t, sampleRecords(), true)
	tests := []struct {
		name     string
		in       []byte
		wantArts int
		wantErrs []string
		tally    Tally
	}{
		{"plain", plain, 5, nil, Tally{Records: 11, Articles: 5, NotOK: 1, NotHTML: 2, Other: 3}},
		{"per-record gzip", perRecord, 5, nil, Tally{Records: 11, Articles: 5, NotOK: 1, NotHTML: 2, Other: 3}},
		{"whole-file gzip", gz(string(plain)), 5, nil, Tally{Records: 11, Articles: 5, NotOK: 1, NotHTML: 2, Other: 3}},
		{"truncated last record", cut(plain, 10), 4, []string{"in@", ": bad WARC record: truncated record: content length mismatch"}, Tally{Records: 11, Articles: 4, NotOK: 1, NotHTML: 2, Other: 3}},
		{"truncated gzip member", cut(perRecord, 60), 4, []string{"in: offset ", ": bad WARC record: truncated record"}, Tally{Records: 10, Articles: 4, NotOK: 1, NotHTML: 2, Other: 3}},
		{"cut in a header", plain[:nth(plain, 6)+30], 2, []string{"in@", "truncated record"}, Tally{Records: 6, Articles: 2, Other: 3}},
		{"junk between records", append(append(bytes.Clone(plain[:nth(plain, 6)]), "junk junk\r\n"...), plain[nth(plain, 6):]...), 5, []string{"in@", "record was found 11 bytes after expected offset"}, Tally{Records: 11, Articles: 5, NotOK: 1, NotHTML: 2, Other: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tally Tally
			arts, errs := readBytes(t, "in", tt.in, Options{Tally: &tally, Published: "2000-01-01"})
			if len(arts) != tt.wantArts {
				t.Errorf("%d articles, want %d", len(arts), tt.wantArts)
			}
			for _, a := range arts {
				if !strings.HasPrefix(a.Origin, "in@") || a.Text == "" || a.URL == "" {
					t.Errorf("article %+v", a)
				}
			}
			if len(errs) != min(len(tt.wantErrs), 1) {
				t.Fatalf("errors %v, want %d", errs, min(len(tt.wantErrs), 1))
			}
			for _, w := range tt.wantErrs {
				if !strings.Contains(errs[0].Error(), w) || !errors.Is(errs[0], ErrBadWARC) {
					t.Errorf("error %q, want it to contain %q", errs[0], w)
				}
			}
			if tt.tally != (Tally{}) && tally != tt.tally {
				t.Errorf("tally %+v, want %+v", tally, tt.tally)
			}
		})
	}
}

// TestReadWARCFields checks URLs, dates, charsets and decoding.
func TestReadWARCFields(t *testing.T) {
	arts, errs := readBytes(t, "in", buildWARC(t, sampleRecords(), true), Options{Published: "2000-01-01"})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.URL+" "+a.Published)
	}
	if strings.Join(got, "\n") != strings.Join(sampleArts, "\n") {
		t.Errorf("articles\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(sampleArts, "\n"))
	}
	if len(arts) == len(sampleArts) {
		if !strings.HasPrefix(arts[2].Text, "The café owners") {
			t.Errorf("latin-1 page read as %q", arts[2].Text)
		}
		if arts[3].Text != sent2+"\n\n"+sent1 {
			t.Errorf("chunked gzip page read as %q", arts[3].Text)
		}
		if arts[0].ID != articleID(event.Article{URL: "https://a.example.org/1"}) {
			t.Errorf("id %q", arts[0].ID)
		}
	}
}

// TestWARCFixtures keeps the generated archives in testdata readable;
// -update rewrites them.
func TestWARCFixtures(t *testing.T) {
	files := map[string][]byte{
		"sample.warc":       buildWARC(t, sampleRecords(), false),
		"sample.warc.gz":    buildWARC(t, sampleRecords(), true),
		"truncated.warc.gz": cut(buildWARC(t, sampleRecords(), true), 60),
	}
	for name, b := range files {
		if *update {
			if err := os.WriteFile(filepath.Join("testdata", name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		arts, errs := readPath(t, name, Options{})
		want, wantErrs := len(sampleArts), 0
		if strings.HasPrefix(name, "truncated") {
			want, wantErrs = len(sampleArts)-1, 1
		}
		if len(arts) != want || len(errs) != wantErrs {
			t.Errorf("%s: %d articles, errors %v", name, len(arts), errs)
		}
	}
}

// TestReadWARCStream checks that a .warc.gz streams: records are read as
// they arrive, and a large non-HTML record is skipped, not kept.
func TestReadWARCStream(t *testing.T) {
	recs := sampleRecords()
	big := warcRec{gowarc.Response, "https://a.example.org/video", "2025-09-01T10:00:00Z", httpResp,
		"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n" + strings.Repeat("\x00\x01video", 1<<20)}
	one := buildWARC(t, recs, true)
	bigRec := buildWARC(t, []warcRec{big}, true)
	const copies = 300
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < copies; i++ {
			if i == copies/2 {
				_, _ = pw.Write(bigRec)
			}
			if _, err := pw.Write(one); err != nil {
				return
			}
		}
		_ = pw.Close()
	}()
	var tally Tally
	n, bad := 0, 0
	start := time.Now()
	err := Read(context.Background(), "stream", pr, Options{Tally: &tally},
		func(event.Article) error { n++; return nil }, func(e error) { bad++; t.Log(e) })
	if err != nil || n != copies*len(sampleArts) || bad != 0 || tally.NotHTML != copies*2+1 || tally.Records != copies*11+1 {
		t.Errorf("err %v, %d articles, %d errors, tally %+v", err, n, bad, tally)
	}
	t.Logf("%d records (%d MiB gzip) in %v", tally.Records, (copies*len(one)+len(bigRec))>>20, time.Since(start))
}

// FuzzReadWARC checks that no archive panics Read or yields an empty article.
func FuzzReadWARC(f *testing.F) {
	plain := buildWARC(f, sampleRecords(), false)
	f.Add(plain)
	f.Add(buildWARC(f, sampleRecords()[:4], true))
	f.Add(cut(plain, 10))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n"))
	f.Fuzz(func(t *testing.T, in []byte) { fuzzRead(t, in, 1<<16) })
}
