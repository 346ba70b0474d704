package eval

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/dict/peer"
	"github.com/chancery/chancery/internal/testenv"
)

// floors are the committed lower bounds of the regression gate
// (floors.json): the measured value minus 0.02, rounded down.
type floors struct {
	TestExactF1          float64 `json:"test_exact_f1"`
	PetrarchExactlyRight float64 `json:"petrarch_exactly_right"`
	TabariExactlyRight   float64 `json:"tabari_exactly_right"`
}

func readFloors(t *testing.T) floors {
	t.Helper()
	b, err := os.ReadFile("floors.json")
	if err != nil {
		t.Fatal(err)
	}
	var fl floors
	if err := json.Unmarshal(b, &fl); err != nil {
		t.Fatalf("floors.json: %v", err)
	}
	return fl
}

func defaultCoder(t *testing.T) *coder.Coder {
	t.Helper()
	c, err := coder.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestGate fails when the coder's exact-level F1 on the held-out gold set
// drops below the committed floor. Raise the floor in floors.json when the
// coder gets better.
func TestGate(t *testing.T) {
	path := filepath.Join("gold", "test.jsonl")
	if _, err := os.Stat(path); err != nil {
		testenv.Missing(t, "gold set "+path)
	}
	fl := readFloors(t)
	if fl.TestExactF1 <= 0 {
		t.Fatal("floors.json: want a positive test_exact_f1")
	}
	recs, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rep := Score(Code(defaultCoder(t), recs), 0)
	for _, e := range rep.Errors {
		t.Logf("coder error: %s", e)
	}
	ex, _ := rep.Level(Exact)
	t.Logf("%s: %d records, exact P %.3f R %.3f F1 %.3f (floor %.2f); exactly right %d/%d",
		path, rep.Scored, ex.Precision, ex.Recall, ex.F1, fl.TestExactF1, rep.ExactlyRight, rep.Scored)
	if ex.F1 < fl.TestExactF1 {
		t.Errorf("exact F1 %.4f on %s is below the floor %.2f in floors.json: a regression", ex.F1, path, fl.TestExactF1)
	}
}

// TestPeerGate scores the PETRARCH unit-test records and the TABARI
// validation suite with each suite's own dictionaries (read through
// dict/peer) and fails when the share of records exactly right drops below
// the floors in floors.json.
func TestPeerGate(t *testing.T) {
	fl := readFloors(t)
	tests := []struct {
		name, format, gold string
		actors, verbs      string
		agents, discards   string
		floor              float64
	}{
		{"petrarch", "petrarch", "data/peers/petrarch2/PETR.UnitTest.records.xml",
			"data/peers/petrarch2/PETR.Validate.actors.txt", "data/peers/petrarch2/PETR.Validate.verbs.txt",
			"data/peers/petrarch2/PETR.Validate.agents.txt", "data/peers/petrarch2/PETR.Validate.discards.txt",
			fl.PetrarchExactlyRight},
		// the files Validate.project names (it loads no discard file)
		{"tabari", "tabari", "data/peers/tabari/Validate.text",
			"data/peers/tabari/TABARI.Demo.actors", "data/peers/tabari/TABARI.Demo.verbs",
			"data/peers/tabari/Validate.agents", "", fl.TabariExactlyRight},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.floor <= 0 {
				t.Fatalf("floors.json: want a positive %s_exactly_right", tc.name)
			}
			opt := peer.Options{Format: tc.format,
				Actors: []string{testenv.Shared(t, tc.actors)}, Verbs: []string{testenv.Shared(t, tc.verbs)},
				Agents: []string{testenv.Shared(t, tc.agents)}}
			if tc.discards != "" {
				opt.Discards = []string{testenv.Shared(t, tc.discards)}
			}
			gold := testenv.Shared(t, tc.gold)
			set, err := peer.LoadSet(context.Background(), opt)
			if err != nil {
				t.Fatal(err)
			}
			c, err := coder.New(set.Dict)
			if err != nil {
				t.Fatal(err)
			}
			recs, err := ReadFile(gold)
			if err != nil {
				t.Fatal(err)
			}
			rep := Score(Code(c, recs), 0)
			for _, e := range rep.Errors {
				t.Logf("coder error: %s", e)
			}
			t.Logf("%s: exactly right %d/%d = %.3f (floor %.2f)", tc.gold, rep.ExactlyRight, rep.Scored,
				rep.ExactlyRightShare, tc.floor)
			for _, g := range rep.Categories {
				t.Logf("  %-20s %3d/%3d exactly right; TP %d FP %d FN %d", g.Name, g.ExactlyRight, g.Records, g.TP, g.FP, g.FN)
			}
			if rep.ExactlyRightShare < tc.floor {
				t.Errorf("%s: %.4f exactly right is below the floor %.2f in floors.json: a regression",
					tc.gold, rep.ExactlyRightShare, tc.floor)
			}
		})
	}
}
