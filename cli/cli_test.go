package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// contractFields are the event record fields of GUIDE §2 that users'
// scripts rely on.
var contractFields = []string{"id", "date", "date_basis", "source", "target", "code", "root", "quad",
	"goldstein", "plover", "modality", "trigger", "sentence", "article", "rule", "coder", "confidence"}

func TestCodeExamples(t *testing.T) {
	out, stderr, err := run(t, "", "code")
	if err != nil {
		t.Fatalf("code: %v\n%s", err, stderr)
	}
	lines := 0
	articles := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lines++
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v", lines, err)
		}
		for _, f := range contractFields {
			if _, ok := m[f]; !ok {
				t.Errorf("line %d lacks contract field %q", lines, f)
			}
		}
		if _, ok := m["code"].(string); !ok {
			t.Errorf("code is not a string: %v", m["code"])
		}
		if m["modality"] != "asserted" {
			t.Errorf("without --all only asserted events are written, got %v", m["modality"])
		}
		articles[m["article"].(map[string]any)["id"].(string)] = true
	}
	if len(articles) < 3 {
		t.Errorf("events from %d example articles, want at least 3:\n%s", len(articles), out)
	}
}

func TestCodeFormats(t *testing.T) {
	text := "On Wednesday, Germany recognized Kosovo. Serbia recalled its ambassador from Germany.\n"
	for _, tt := range []struct{ format, want string }{
		{"table", "DATE"},
		{"tsv", "id\tdate\tdate_basis"},
		{"jsonl", `"code":`},
	} {
		out, stderr, err := run(t, text, "code", "--format", tt.format, "--published", "2008-02-21", "-")
		if err != nil {
			t.Fatalf("%s: %v %s", tt.format, err, stderr)
		}
		if !strings.Contains(out, tt.want) {
			t.Errorf("%s output lacks %q:\n%s", tt.format, tt.want, out)
		}
	}
	if _, _, err := run(t, "", "code", "--format", "xml", "-"); !errors.Is(err, ErrUsage) {
		t.Errorf("unknown format: err = %v, want usage error", err)
	}
}

func TestCodeExplain(t *testing.T) {
	out, _, err := run(t, "Russia recognized Kosovo on Tuesday.\n", "code", "--explain", "--published", "2024-05-10", "-")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"## sentence 0", "actor", "Russia"} {
		if !strings.Contains(out, w) {
			t.Errorf("--explain output lacks %q:\n%s", w, out)
		}
	}
}

// TestBadInput: every kind of bad input gets a clear error naming the
// file, or no events; never a panic, and good files still code.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.txt":    {},
		"garbage.bin":  {0x00, 0xff, 0xfe, 0x13, 0x37, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47},
		"badutf8.txt":  []byte("Russia recognized Kosovo \xff\xfe on Tuesday.\n"),
		"notext.html":  []byte("<html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>"),
		"broken.jsonl": []byte("{\"id\":\"a\",\"published\":\"2024-05-10\",\"text\":\"Russia recognized Kosovo on Tuesday.\"}\n{not json\n"),
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, err := run(t, "", "code", "--format", "jsonl", dir)
	if err != nil {
		t.Fatalf("bad files must be reported, not stop the run: %v", err)
	}
	for _, n := range []string{"empty.txt", "garbage.bin", "notext.html", "broken.jsonl:2"} {
		if !strings.Contains(stderr, n) {
			t.Errorf("stderr does not name %s:\n%s", n, stderr)
		}
	}
	if !strings.Contains(out, `"article":{"id":"a"`) {
		t.Errorf("the good JSONL line was not coded:\n%s", out)
	}
}

func TestExtract(t *testing.T) {
	out, stderr, err := run(t, "Some Site\n\nRussia recognizes Kosovo\n\nMoscow, Tuesday. Russia recognized Kosovo, its foreign ministry said in a statement on Tuesday.\n",
		"extract", "-")
	if err != nil {
		t.Fatalf("%v %s", err, stderr)
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("extract output is not one JSON object: %v\n%s", err, out)
	}
	if !strings.Contains(a["text"].(string), "Russia recognized Kosovo") {
		t.Errorf("text: %v", a["text"])
	}
}

func TestDict(t *testing.T) {
	out, _, err := run(t, "", "dict", "stats")
	if err != nil || !strings.Contains(out, "countries") {
		t.Fatalf("dict stats: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "dict", "lookup", "Taliban", "--date", "2025-07-04")
	if err != nil || !strings.Contains(out, "AFGGOV") {
		t.Fatalf("dict lookup Taliban: %v\n%s", err, out)
	}
	out, _, err = run(t, "", "dict", "lookup", "Taliban", "--date", "2003-06-01")
	if err != nil || !strings.Contains(out, "AFGINS") {
		t.Fatalf("dict lookup Taliban in 2003: %v\n%s", err, out)
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("country RUS\n  name Russia\n  src x\nverb 054\n  pattern $ +\n  src x\n"), 0o644)
	out, _, err = run(t, "", "dict", "check", bad)
	if err == nil || !strings.Contains(out, "bad.txt:5:") {
		t.Fatalf("dict check must name file:line; err=%v out=%s", err, out)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, v := range []string{"code", "extract", "dict", "version", "help"} {
		out, _, err := run(t, "", "help", v)
		if err != nil || !strings.Contains(out, "usage: chancery") {
			t.Errorf("help %s: %v %q", v, err, out)
		}
	}
	out, _, err := run(t, "", "version")
	if err != nil || !strings.Contains(out, "dictionaries") {
		t.Errorf("version: %v %q", err, out)
	}
	if _, _, err := run(t, "", "frobnicate"); !errors.Is(err, ErrUsage) {
		t.Errorf("unknown verb: %v", err)
	}
}
