package coder_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/eval"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// newCoder is the coder with the embedded dictionaries.
func newCoder(t testing.TB) *coder.Coder {
	t.Helper()
	c, err := coder.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var update = flag.Bool("update", false, "rewrite testdata/known-failures.txt from this run")

// readCases reads the test sentences (coder/testdata/sentences/*.jsonl,
// chancery's gold schema, read by package eval), written before the
// patterns that code them.
func readCases(t testing.TB, pattern string) []eval.Record {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Fatalf("no test sentences at %s", pattern)
	}
	var out []eval.Record
	for _, f := range files {
		recs, err := eval.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := range recs {
			recs[i].File = filepath.Base(f)
		}
		out = append(out, recs...)
	}
	return out
}

// check codes one case and lists what differs from the gold: expected
// events missing (code, full actor codes, date, modality) and asserted
// events that the case forbids or does not expect.
func check(c *coder.Coder, tc eval.Record) []string {
	a := event.Article{ID: tc.ID, Published: tc.Published, Text: tc.Text,
		Paragraphs: lang.Paragraphs(tc.Text)}
	got := c.Code(a, coder.Options{All: true}).Events
	var diffs []string
	used := make([]bool, len(got))
	for _, w := range tc.Events {
		mod := w.Modality
		if mod == "" {
			mod = event.Asserted
		}
		found := false
		for i, e := range got {
			if !used[i] && e.Code == w.Code && e.Source.Code == w.Source && e.Target.Code == w.Target &&
				e.Modality == mod && (w.Date == "" || e.Date == w.Date) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			diffs = append(diffs, "missing "+w.String())
		}
	}
	for i, e := range got {
		if used[i] || e.Modality != event.Asserted {
			continue
		}
		diffs = append(diffs, fmt.Sprintf("extra %s %s→%s %s %s", e.Code, e.Source.Code, e.Target.Code, e.Modality, e.Date))
	}
	return diffs
}

// TestSentences runs every test sentence. A sentence that fails must be
// listed in testdata/known-failures.txt (with what differs); a listed one
// that now passes must be taken off the list. So no regression goes
// unnoticed, and the list shows what the coder cannot do yet.
func TestSentences(t *testing.T) {
	c := newCoder(t)
	cases := readCases(t, "testdata/sentences/*.jsonl")
	known := readKnown(t, "testdata/known-failures.txt")
	fails := map[string]string{}
	perFile := map[string][2]int{}
	for _, tc := range cases {
		d := check(c, tc)
		pf := perFile[tc.File]
		pf[1]++
		if len(d) == 0 {
			pf[0]++
		} else {
			fails[tc.ID] = strings.Join(d, "; ")
		}
		perFile[tc.File] = pf
	}
	files := make([]string, 0, len(perFile))
	for f := range perFile {
		files = append(files, f)
	}
	sort.Strings(files)
	total, pass := 0, 0
	for _, f := range files {
		t.Logf("%-22s %3d/%3d", f, perFile[f][0], perFile[f][1])
		pass += perFile[f][0]
		total += perFile[f][1]
	}
	t.Logf("all %d/%d sentences pass (%.1f%%)", pass, total, 100*float64(pass)/float64(total))
	if *update {
		writeKnown(t, "testdata/known-failures.txt", fails)
		return
	}
	for _, tc := range cases {
		d, failing := fails[tc.ID]
		_, listed := known[tc.ID]
		switch {
		case failing && !listed:
			t.Errorf("%s:%d %s regressed: %s\n  %s", tc.File, tc.Line, tc.ID, d, tc.Text)
		case !failing && listed:
			t.Errorf("%s:%d %s now passes: take it off known-failures.txt (go test ./coder -run TestSentences -update)", tc.File, tc.Line, tc.ID)
		}
	}
}

func readKnown(t *testing.T, path string) map[string]string {
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		id, why, _ := strings.Cut(line, "\t")
		m[id] = why
	}
	return m
}

func writeKnown(t *testing.T, path string, fails map[string]string) {
	ids := make([]string, 0, len(fails))
	for id := range fails {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	b.WriteString("# Test sentences the coder does not yet code right, with what differs.\n")
	b.WriteString("# Written by: go test ./coder -run TestSentences -update\n")
	for _, id := range ids {
		fmt.Fprintf(&b, "%s\t%s\n", id, fails[id])
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
