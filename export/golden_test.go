package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// writeAll runs the fixture through every writer.
func writeAll(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	var ev, evh, mn, pl, cs bytes.Buffer
	gw, gh := NewGDELTEventWriter(&ev, Options{}), NewGDELTEventWriter(&evh, Options{Header: true})
	mw, pw := NewGDELTMentionWriter(&mn, Options{Header: true}), NewPloverWriter(&pl)
	for _, e := range fixture() {
		for _, w := range []interface{ Write(Event) error }{gw, gh, mw, pw} {
			if err := w.Write(e); err != nil {
				t.Fatal(err)
			}
		}
	}
	cw := NewCSVWriter(&cs)
	for _, m := range fixtureMentions() {
		if err := cw.Write(m); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []interface{ Flush() error }{gw, gh, mw, pw, cw} {
		if err := f.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	out["events.tsv"], out["events-header.tsv"], out["mentions.tsv"] = ev.Bytes(), evh.Bytes(), mn.Bytes()
	out["events.plover.jsonl"], out["mentions.csv"] = pl.Bytes(), cs.Bytes()
	return out
}

func TestGolden(t *testing.T) {
	for name, got := range writeAll(t) {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./export -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the golden file; got:\n%s", name, got)
		}
	}
}
