package eval

import (
	"os"
	"regexp"
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
		// 284 sentences, 359 <EventCoding> events of which 7 name no actor
		// ("###" discards, quoted text phrases); 10 records skipped.
		{"data/peers/petrarch2/PETR.UnitTest.records.xml", 284, 274, 352},
		// 481 record headers (472 before FINAL-01); option records,
		// deactivated ones and those after FINAL-01 are skipped.
		{"data/peers/tabari/Validate.text", 481, 444, 524},
		// 322 coded sentences (the DOCUMENT record dropped), one event per
		// source-target pair.
		{"data/gold/plover_gsr/PLOVER_GSR_CAMEO.txt", 322, 322, 356},
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

// The PETRARCH file holds 359 gold events as the guide says; the reader
// keeps 352 (MAPPINGS.md).
func TestPetrarchRawEvents(t *testing.T) {
	b, err := os.ReadFile(testenv.Shared(t, "data/peers/petrarch2/PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`<EventCoding[^>]*eventcode=`).FindAll(b, -1)); n != 359 {
		t.Errorf("eventcode attributes = %d, want 359", n)
	}
}
