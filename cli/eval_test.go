package cli

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	gold := filepath.Join("..", "eval", "testdata", "mini.jsonl")
	out, stderr, err := run(t, "", "eval", gold)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	for _, want := range []string{"3 records, 2 scored, 1 skipped", "exact", "root", "full", "plover"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	out, stderr, err = run(t, "", "eval", "--format", "json", "--top", "1", gold)
	if err != nil {
		t.Fatalf("eval json: %v\n%s", err, stderr)
	}
	var rep struct {
		Records int `json:"records"`
		Levels  []struct {
			Level string  `json:"level"`
			F1    float64 `json:"f1"`
		} `json:"levels"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.Records != 3 || len(rep.Levels) != 4 {
		t.Errorf("json report (%v): %s", err, out)
	}
}

func TestEvalUnknowns(t *testing.T) {
	out, stderr, err := run(t, "France quibbled with Germany. The Zorblatt Front attacked Mali.", "eval", "--unknowns", "--published", "2024-01-10", "-")
	if err != nil {
		t.Fatalf("eval --unknowns: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "Zorblatt Front") || !strings.Contains(out, "quibbled") {
		t.Errorf("unknowns:\n%s", out)
	}
}

func TestEvalUsage(t *testing.T) {
	for _, args := range [][]string{{"eval"}, {"eval", "--format", "xml", "x"}} {
		if _, _, err := run(t, "", args...); !errors.Is(err, ErrUsage) {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
	if _, _, err := run(t, "", "eval", filepath.Join(t.TempDir(), "missing.jsonl")); err == nil {
		t.Error("a missing gold file must be an error")
	}
}
