package source

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

// readPath runs Read on a testdata file.
func readPath(t *testing.T, path string, opt Options) ([]event.Article, []error) {
	t.Helper()
	in, err := os.ReadFile(filepath.Join("testdata", path))
	if err != nil {
		t.Fatal(err)
	}
	return readBytes(t, path, in, opt)
}

func readBytes(t testing.TB, name string, in []byte, opt Options) ([]event.Article, []error) {
	t.Helper()
	var arts []event.Article
	var errs []error
	err := Read(context.Background(), name, bytes.NewReader(in), opt,
		func(a event.Article) error { arts = append(arts, a); return nil },
		func(err error) { errs = append(errs, err) })
	if err != nil {
		t.Fatalf("Read returned %v", err)
	}
	return arts, errs
}

func TestDetectFeedWARC(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Format
	}{
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel><item><description><![CDATA[<p>x</p>]]></description></item></channel></rss>`, Feed},
		{"rss with stylesheet and comment", "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?>\n<!-- c -->\n<rss>", Feed},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>`, Feed},
		{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, Feed},
		{"doctype with entities", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\"><!ENTITY c \"&a;&a;\">]><rss>", Feed},
		{"xml not a feed", `<?xml version="1.0"?><catalog><title>x</title></catalog>`, Unknown},
		{"xhtml", `<?xml version="1.0"?><!DOCTYPE html><html><body><p>x</p></body></html>`, HTML},
		{"warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n\x00\x01", WARC},
		{"warc 1.0", "WARC/1.0\r\n", WARC},
		{"text about WARC", "WARC files are archives.", Text},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: Detect = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// billionLaughs is the entity bomb: encoding/xml never expands declared
// entities, so it must read as a small feed.
func billionLaughs() []byte {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n")
	prev := "lol"
	for i := 1; i <= 9; i++ {
		name := "lol" + string(rune('0'+i))
		b.WriteString("<!ENTITY " + name + " \"" + strings.Repeat("&"+prev+";", 10) + "\">\n")
		prev = name
	}
	b.WriteString("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title><description>" + sent1 + " &lol9;</description></item></channel></rss>")
	return []byte(b.String())
}

func item(title, body string) string {
	return "<item><title>" + title + "</title><link>https://f.example.org/" + title + "</link><description>" + body + "</description></item>\n"
}

func rss(items ...string) []byte {
	return []byte("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>F</title>\n" + strings.Join(items, "") + "</channel></rss>\n")
}

func utf16le(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s { // ASCII test text only
		b = append(b, byte(r), 0)
	}
	return b
}

func cut(b []byte, n int) []byte { return b[:len(b)-n] }

func TestReadFeed(t *testing.T) {
	file := func(p string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", p))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	manyCats := "<item><title>big</title><description>" + sent2 + "</description>" + strings.Repeat("<category>news</category>", 200) + "</item>\n"
	tests := []struct {
		name     string
		in       []byte
		opt      Options
		wantArts []string // Origin of each article
		wantErrs []string // substrings of each reported error, in order
	}{
		{"rss 2.0", file("rss2.xml"), Options{}, []string{"in#1", "in#2", "in#3"}, []string{"in#4: bad feed item; skipped: no content or description"}},
		{"atom", file("atom.xml"), Options{}, []string{"in#1", "in#2"}, nil},
		{"gzipped rss", gz(string(file("rss2.xml"))), Options{}, []string{"in#1", "in#2", "in#3"}, []string{"in#4"}},
		{"malformed keeps items before", file("malformed.xml"), Options{}, []string{"in#1", "in#2"},
			[]string{"in: bad feed at item 3 (byte 606): XML syntax error on line 18: unexpected EOF in CDATA section; the rest of the feed is skipped"}},
		{"not a feed", file("notfeed.xml"), Options{}, nil, []string{"in: not text, HTML, JSONL, a feed or WARC (XML that is not an RSS or Atom feed)"}},
		{"billion laughs", billionLaughs(), Options{}, []string{"in#1"}, nil},
		{"no items", rss(), Options{}, nil, []string{"in: bad feed: no items"}},
		{"rss root that holds no feed", []byte("<rss><html><body><p>" + sent1 + "</p></body></html></rss>"), Options{}, nil, []string{"in: bad feed: no items"}},
		{"cut inside an item", cut(rss(item("a", sent1), "<item><title>b</title><description>"+sent2), 30), Options{}, []string{"in#1"}, []string{"in: bad feed at item 2"}},
		{"item over the cap is skipped", rss(item("a", sent1), manyCats, item("c", sent2)), Options{MaxArticleBytes: 2000},
			[]string{"in#1", "in#3"}, []string{"in#2: article larger than the size cap; skipped (item over 2000 bytes)"}},
		{"token over the cap ends the feed", rss(item("a", sent1), item("b", strings.Repeat("word ", 1000)), item("c", sent2)), Options{MaxArticleBytes: 2000},
			[]string{"in#1"}, []string{"in: bad feed at item 2", "an XML token larger than the size cap"}},
		{"too deep", rss(item("a", sent1), strings.Repeat("<x>", 100)), Options{}, []string{"in#1"}, []string{"elements nested too deep"}},
		{"windows-1252", []byte("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel>" + item("cafe", "The caf\xe9 owners in Nairobi said on Monday that the new tax would close many shops.") + "</channel></rss>"),
			Options{}, []string{"in#1"}, nil},
		{"utf-16", utf16le(string(rss(item("a", sent1)))), Options{}, []string{"in#1"}, nil},
		{"atom xhtml content", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>X</title><link href="https://x.example.org/1"/><updated>2025-05-05T00:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>` + sent1 + `</p></div></content></entry></feed>`), Options{}, []string{"in#1"}, nil},
		{"stray bytes", rss(item("a", "Police \x01arrested two men \xff in the port city on Monday, a spokesman said.")), Options{}, []string{"in#1"}, nil},
		{"rdf", []byte(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>R</title></channel><item rdf:about="https://r.example.org/1"><title>One</title><link>https://r.example.org/1</link><dc:date>2025-06-01T10:00:00Z</dc:date><description>` + sent1 + `</description></item></rdf:RDF>`),
			Options{}, []string{"in#1"}, nil},
		{"non-english item", rss(item("fr", "La frontière entre le Kenya et l'Éthiopie a été rouverte vendredi, a annoncé le ministère de l'intérieur du Kenya."), item("en", sent1)),
			Options{}, []string{"in#2"}, []string{"in#1: article is not in English"}},
		{"unclosed tags inside an item", rss("<item><title>a</title><description>"+sent1+"</description><foo><bar></item>", item("b", sent2)), Options{}, []string{"in#1", "in#2"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := readBytes(t, "in", tt.in, tt.opt)
			var origins []string
			for _, a := range arts {
				origins = append(origins, a.Origin)
				if a.ID == "" || a.Text == "" {
					t.Errorf("%s: empty id or text", a.Origin)
				}
			}
			if strings.Join(origins, ",") != strings.Join(tt.wantArts, ",") {
				t.Errorf("articles from %v, want %v", origins, tt.wantArts)
			}
			if len(errs) != len(tt.wantErrs) && !(len(tt.wantErrs) == 2 && len(errs) == 1) {
				t.Fatalf("errors %v, want %d", errs, len(tt.wantErrs))
			}
			for i, want := range tt.wantErrs {
				if e := errs[min(i, len(errs)-1)]; !strings.Contains(e.Error(), want) {
					t.Errorf("error %q, want it to contain %q", e, want)
				}
			}
		})
	}
}

// TestReadFeedFields checks what an item gives its article.
func TestReadFeedFields(t *testing.T) {
	type want struct{ title, url, published, byline, text string }
	tests := []struct {
		file string
		want []want
	}{
		{"rss2.xml", []want{
			// The date as written (Fri 4 Jul, -0500), not its UTC day.
			{"Port talks resume & unions agree", "https://news.example.org/2025/07/port-talks", "2025-07-04", "",
				"Dock workers and the port authority resumed talks in Mombasa on Thursday, a union spokesman said.\n\nThe two sides met for six hours and agreed to meet again next week, according to a statement from the port authority."},
			{"Border crossing reopens", "https://news.example.org/2025/07/border", "2025-07-03", "",
				"Officials reopened the northern border crossing on Wednesday after a two-week closure, the interior ministry said."},
			{"Minister visits flood zone", "https://news.example.org/2025/07/floods", "2025-07-02", "",
				"The agriculture minister toured flooded farms in the river valley on Tuesday and promised emergency aid to growers."},
		}},
		{"atom.xml", []want{
			{"Court rejects appeal", "https://desk.example.net/court-appeal", "2025-08-01", "Desk Staff",
				"The supreme court rejected an appeal by the opposition party on Friday, ending a dispute over the March election.\n\nParty leaders said they would accept the ruling."},
			{"Trade delegation arrives", "https://desk.example.net/trade-delegation", "2025-07-30", "",
				"A trade delegation from the coastal republic arrived in the capital on Wednesday for three days of talks on tariffs."},
		}},
	}
	for _, tt := range tests {
		arts, _ := readPath(t, tt.file, Options{Published: "2000-01-01"})
		if len(arts) != len(tt.want) {
			t.Fatalf("%s: %d articles, want %d", tt.file, len(arts), len(tt.want))
		}
		for i, w := range tt.want {
			a := arts[i]
			got := want{a.Title, a.URL, a.Published, a.Byline, a.Text}
			if got != w {
				t.Errorf("%s: article %d\n got %+v\nwant %+v", tt.file, i+1, got, w)
			}
			if a.ID != articleID(event.Article{URL: a.URL}) || len(a.Paragraphs) == 0 {
				t.Errorf("%s: article %d: id %q, %d paragraphs", tt.file, i+1, a.ID, len(a.Paragraphs))
			}
		}
	}
}

func TestReadFeedStops(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	in := rss(item("a", sent1), item("b", sent2))
	err := Read(context.Background(), "x", bytes.NewReader(in), Options{},
		func(event.Article) error { calls++; return stop }, func(error) {})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err %v after %d calls", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Read(ctx, "x", bytes.NewReader(in), Options{}, func(event.Article) error { return nil }, func(error) {}); err == nil {
		t.Error("want the context's error")
	}
}

// TestReadFeedLarge checks that a feed far larger than the cap streams.
func TestReadFeedLarge(t *testing.T) {
	in := rss(strings.Repeat(item("a", sent1)+item("b", sent2), 2000))
	n, bad := 0, 0
	err := Read(context.Background(), "big", bytes.NewReader(in), Options{MaxArticleBytes: 4096},
		func(event.Article) error { n++; return nil }, func(error) { bad++ })
	if err != nil || n != 4000 || bad != 0 {
		t.Errorf("err %v, %d articles, %d errors (feed of %d bytes)", err, n, bad, len(in))
	}
}

// FuzzReadFeed checks that no feed panics Read or yields an empty article.
func FuzzReadFeed(f *testing.F) {
	for _, p := range []string{"rss2.xml", "atom.xml", "malformed.xml", "notfeed.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(billionLaughs())
	f.Add(rss(item("a", sent1), "<item><title>b</title><description>"+sent2))
	f.Fuzz(func(t *testing.T, in []byte) { fuzzRead(t, in, 1<<14) })
}
