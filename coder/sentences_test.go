package coder

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

var update = flag.Bool("update", false, "rewrite testdata/known-failures.txt from this run")

// Case is one test sentence (coder/testdata/sentences/*.jsonl), written
// before the patterns that code it.
type Case struct {
	ID         string      `json:"id"`
	Phenomenon string      `json:"phenomenon"`
	Published  string      `json:"published"`
	Text       string      `json:"text"`
	Events     []GoldEvent `json:"events"`
	Not        []GoldEvent `json:"not"`
	Note       string      `json:"note"`
	file       string
	line       int
}

// GoldEvent is an expected (or forbidden) event.
type GoldEvent struct {
	Code     string         `json:"code"`
	Source   string         `json:"source"`
	Target   string         `json:"target"`
	Date     string         `json:"date"`
	Modality event.Modality `json:"modality"`
}

func (g GoldEvent) String() string {
	m := g.Modality
	if m == "" {
		m = event.Asserted
	}
	s := fmt.Sprintf("%s %s→%s %s", g.Code, g.Source, g.Target, m)
	if g.Date != "" {
		s += " " + g.Date
	}
	return s
}

func readCases(t *testing.T, pattern string) []Case {
	t.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Fatalf("no test sentences at %s", pattern)
	}
	var out []Case
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 1; sc.Scan(); n++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var c Case
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s:%d: %v", f, n, err)
			}
			c.file, c.line = filepath.Base(f), n
			out = append(out, c)
		}
		fh.Close()
	}
	return out
}

// check codes one case and lists what differs from the gold: expected
// events missing (code, full actor codes, date, modality) and asserted
// events that the case forbids or does not expect.
func check(c *Coder, tc Case) []string {
	a := event.Article{ID: tc.ID, Published: tc.Published, Text: tc.Text,
		Paragraphs: lang.Paragraphs(tc.Text)}
	got := c.Code(a, Options{All: true}).Events
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
	c := testCoder(t)
	cases := readCases(t, "testdata/sentences/*.jsonl")
	known := readKnown(t, "testdata/known-failures.txt")
	fails := map[string]string{}
	perFile := map[string][2]int{}
	for _, tc := range cases {
		d := check(c, tc)
		pf := perFile[tc.file]
		pf[1]++
		if len(d) == 0 {
			pf[0]++
		} else {
			fails[tc.ID] = strings.Join(d, "; ")
		}
		perFile[tc.file] = pf
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
			t.Errorf("%s:%d %s regressed: %s\n  %s", tc.file, tc.line, tc.ID, d, tc.Text)
		case !failing && listed:
			t.Errorf("%s:%d %s now passes: take it off known-failures.txt (go test ./coder -run TestSentences -update)", tc.file, tc.line, tc.ID)
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
