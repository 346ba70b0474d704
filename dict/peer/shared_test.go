package peer

import (
	"context"
	"testing"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/internal/testenv"
)

// TestSharedFiles loads the real peer dictionaries (read-only shared data)
// and checks plausible counts; the coder must accept every result.
func TestSharedFiles(t *testing.T) {
	tests := []struct {
		kind, file string
		min        int // actors, agents or patterns at least
		maxDrop    float64
		format     string
	}{
		{"verbs", "data/peers/petrarch2/CAMEO.2.0.txt", 15000, 0.05, "petrarch2"},
		{"verbs", "data/peers/petrarch2/PETR.Validate.verbs.txt", 400, 0.25, "petrarch1"},
		{"verbs", "data/peers/tabari/TABARI.Demo.verbs", 400, 0.25, "tabari"},
		{"verbs", "data/peers/tabari/CAMEO.091003.master.verbs", 14000, 0.05, "tabari"},
		{"actors", "data/peers/petrarch2/Phoenix.Countries.actors.txt", 15000, 0, ""},
		{"actors", "data/peers/petrarch2/Phoenix.International.actors.txt", 3000, 0, ""},
		{"actors", "data/peers/petrarch2/Phoenix.MilNonState.actors.txt", 500, 0, ""},
		{"actors", "data/peers/petrarch2/PETR.Validate.actors.txt", 100, 0, ""},
		{"actors", "data/peers/tabari/TABARI.Demo.actors", 100, 0, ""},
		{"agents", "data/peers/petrarch2/Phoenix.agents.txt", 2000, 0, ""},
		{"agents", "data/peers/petrarch2/PETR.Validate.agents.txt", 80, 0, ""},
		{"agents", "data/peers/tabari/Validate.agents", 80, 0, ""},
		{"discards", "data/peers/petrarch2/Phoenix.discards.txt", 400, 0, ""},
		{"discards", "data/peers/petrarch2/PETR.Validate.discards.txt", 5, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := testenv.Shared(t, tc.file)
			var opt Options
			switch tc.kind {
			case "verbs":
				opt.Verbs = []string{path}
			case "actors":
				opt.Actors = []string{path}
			case "agents":
				opt.Agents = []string{path}
			case "discards":
				opt.Discards = []string{path}
			}
			s, err := LoadSet(context.Background(), opt)
			if err != nil {
				t.Fatal(err)
			}
			st := s.Stats
			got := map[string]int{"verbs": st.Patterns, "actors": st.Actors, "agents": st.Agents, "discards": st.Discards}[tc.kind]
			if got < tc.min {
				t.Errorf("%s: %d, want at least %d", tc.kind, got, tc.min)
			}
			if tc.kind == "verbs" {
				if f := st.VerbFormats[path]; f != tc.format {
					t.Errorf("format %q, want %q", f, tc.format)
				}
				if drop := float64(st.DroppedPatterns) / float64(st.PatternLines); drop > tc.maxDrop {
					t.Errorf("dropped %d of %d pattern lines", st.DroppedPatterns, st.PatternLines)
				}
			}
			if _, err := coder.New(s.Dict); err != nil {
				t.Errorf("coder rejects the converted dictionary: %v", err)
			}
			t.Logf("%s\n%s", tc.file, st)
		})
	}
}
