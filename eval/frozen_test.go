package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testSplitSHA256 freezes the test split of the gold set: tune on dev only.
// A change to gold/test.jsonl must be deliberate (a new split, a new hash).
const testSplitSHA256 = "c88b8e8e270e3962cfa4bfaa49f92f2f61ff57e4434b5b18ea71ed4b533011d5"

func TestTestSplitFrozen(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("gold", "test.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != testSplitSHA256 {
		t.Fatalf("gold/test.jsonl changed: sha256 %s, frozen %s", got, testSplitSHA256)
	}
}

// TestSplitsDisjoint: the test split shares no sentence with the dev split
// or with the coder's unit-test sentences (which were written for tuning).
func TestSplitsDisjoint(t *testing.T) {
	test, err := ReadFile(filepath.Join("gold", "test.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, r := range test {
		for _, s := range splitSentences(r.Text) {
			seen[s] = r.ID
		}
	}
	others, _ := filepath.Glob(filepath.Join("..", "coder", "testdata", "sentences", "*.jsonl"))
	others = append(others, filepath.Join("gold", "dev.jsonl"))
	for _, f := range others {
		recs, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			for _, s := range splitSentences(r.Text) {
				if id, ok := seen[s]; ok {
					t.Errorf("%s %s repeats a sentence of test record %s: %q", f, r.ID, id, s)
				}
			}
		}
	}
}

func splitSentences(text string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '?' || r == '!' }) {
		if s = strings.Join(strings.Fields(s), " "); len(s) > 20 {
			out = append(out, s)
		}
	}
	return out
}
