package eval

import (
	"testing"

	"github.com/chancery/chancery/internal/testenv"
)

// countEvents counts records, scored records and gold events (all
// modalities, in every record, skipped or not).
func countEvents(recs []Record) (scored, events int) {
	for _, r := range recs {
		if !r.Skip {
			scored++
		}
		events += len(r.Events)
	}
	return scored, events
}

// The real peer files: the counts are those the readers document in
// MAPPINGS.md; a change means a reader or the file changed.
func TestSharedFiles(t *testing.T) {
	tests := []struct {
		path                    string
		records, scored, events int
	}{
		{"data/peers/petrarch2/PETR.UnitTest.records.xml", 284, -1, -1},
		{"data/peers/tabari/Validate.text", -1, -1, -1},
		{"data/gold/plover_gsr/PLOVER_GSR_CAMEO.txt", 322, 322, -1},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p := testenv.Shared(t, tt.path)
			recs, err := ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			scored, events := countEvents(recs)
			notes := map[string]int{}
			for _, r := range recs {
				notes[r.Note]++
			}
			t.Logf("%d records, %d scored, %d events; notes %v", len(recs), scored, events, notes)
			if tt.records >= 0 && len(recs) != tt.records {
				t.Errorf("records = %d, want %d", len(recs), tt.records)
			}
			if tt.scored >= 0 && scored != tt.scored {
				t.Errorf("scored = %d, want %d", scored, tt.scored)
			}
			if tt.events >= 0 && events != tt.events {
				t.Errorf("events = %d, want %d", events, tt.events)
			}
		})
	}
}

func TestTabariIDs(t *testing.T) {
	recs, _ := ReadFile(testenv.Shared(t, "data/peers/tabari/Validate.text"))
	for _, r := range recs {
		t.Log(r.Line, r.ID)
	}
}
