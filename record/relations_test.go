package record

import (
	"slices"
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

const flagshipSentence = "On Thursday, Russia became the first country to officially recognize the Taliban government of Afghanistan."

// The desk officer's question: who recognizes Afghanistan as of a date?
func TestFlagshipRecognition(t *testing.T) {
	ms := mentions("2025-07-03 RUS>AFGGOV 054 recognize | " + flagshipSentence)
	rs, err := Relations(slices.Values(ms), Query{AsOf: "2025-07-04", Kind: Recognition, Target: "AFG"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 {
		t.Fatalf("got %d relations, want 1: %+v", len(rs), rs)
	}
	r := rs[0]
	if r.Source != "RUS" || r.Target != "AFG" || r.Since != "2025-07-03" || r.SincePrecision != "day" ||
		r.State != "recognized" || r.SourceName != "name:RUS" || r.SinceText() != "2025-07-03" {
		t.Errorf("relation = %+v", r)
	}
	if len(r.Evidence) != 1 || r.Evidence[0].Sentence != flagshipSentence || r.Evidence[0].Code != "054" ||
		r.Evidence[0].MentionID != "m1" || r.Evidence[0].EventID != "e1" || r.Evidence[0].Trigger != "recognize" {
		t.Errorf("evidence = %+v", r.Evidence)
	}
	if !slices.Equal(r.TargetCodes, []string{"AFGGOV"}) {
		t.Errorf("target codes = %v", r.TargetCodes)
	}
	rs, err = Relations(slices.Values(ms), Query{AsOf: "2025-07-02", Kind: Recognition, Target: "AFG"})
	if err != nil || len(rs) != 0 {
		t.Errorf("as of 2025-07-02: got %v, %v; want nothing", rs, err)
	}
}

func TestRelations(t *testing.T) {
	recog := "2025-07-03 RUS>AFGGOV 054 recognize"
	tests := []struct {
		name string
		ms   []string
		q    Query
		want []string
	}{
		{"same day counts", []string{recog}, Query{AsOf: "2025-07-03", Target: "AFG"},
			[]string{"recognition RUS>AFG recognized since=2025-07-03 n=1/1/0", "diplomatic-relations RUS>AFG established since=2025-07-03 n=1/1/0"}},
		{"oriented by query", []string{recog}, Query{AsOf: "2025-07-03", Source: "AFG", Either: true},
			[]string{"recognition RUS>AFG recognized since=2025-07-03 n=1/1/0", "diplomatic-relations AFG>RUS established since=2025-07-03 n=1/1/0"}},
		{"month start is its first day", []string{"2025-07 RUS>AFG 054 recognized"}, Query{AsOf: "2025-07-01", Kind: Recognition},
			[]string{"recognition RUS>AFG recognized since=2025-07 n=1/1/0"}},
		{"month start not before its month", []string{"2025-07 RUS>AFG 054 recognized"}, Query{AsOf: "2025-06-30", Kind: Recognition}, []string{}},
		{"year start", []string{"2003 RUS>AFG 054 recognized"}, Query{AsOf: "2003-01-01", Kind: Recognition},
			[]string{"recognition RUS>AFG recognized since=2003 n=1/1/0"}},
		{"year start not before", []string{"2003 RUS>AFG 054 recognized"}, Query{AsOf: "2002-12-31", Kind: Recognition}, []string{}},
		{"partial as-of is its last day", []string{"2025-07-31 RUS>AFG 054 recognized"}, Query{AsOf: "2025-07", Kind: Recognition},
			[]string{"recognition RUS>AFG recognized since=2025-07-31 n=1/1/0"}},
		{"month end still in force before its last day",
			[]string{"2020-01-10 RUS>AFG 054 recognized", "2025-07 RUSGOV>AFGGOV 161 broke off | Moscow broke off diplomatic relations with Kabul."},
			Query{AsOf: "2025-07-30", Kind: Recognition}, []string{"recognition RUS>AFG recognized since=2020-01-10 n=1/1/0"}},
		{"month end takes effect on its last day",
			[]string{"2020-01-10 RUS>AFG 054 recognized", "2025-07 RUSGOV>AFGGOV 161 broke off | Moscow broke off diplomatic relations with Kabul."},
			Query{AsOf: "2025-07-31", Kind: Recognition}, []string{}},
		{"ended relation in history",
			[]string{"2020-01-10 RUS>AFG 054 recognized", "2025-07 RUSGOV>AFGGOV 161 broke off | Moscow broke off diplomatic relations with Kabul."},
			Query{AsOf: "2025-08-01", Kind: Recognition, History: true},
			[]string{"recognition RUS>AFG withdrawn since=2020-01-10 until=2025-07 (diplomatic relations broken) n=1/1/1"}},
		{"expelling a diplomat does not end recognition",
			[]string{"2020-01-10 RUS>AFG 054 recognized", "2021-03-01 RUS>AFGGOV 166 expelled | Russia expelled an Afghan diplomat.",
				"2021-04-01 RUS>AFGGOV 161 downgraded | Russia downgraded diplomatic relations with Kabul."},
			Query{AsOf: "2022", Kind: Recognition}, []string{"recognition RUS>AFG recognized since=2020-01-10 n=1/1/0"}},
		{"cut ties ends", []string{"2020-01-10 RUS>AFG 054 recognized", "2021-03-01 RUS>AFGGOV 161 cut | Russia cut ties with Kabul."},
			Query{AsOf: "2022", Kind: Recognition, History: true},
			[]string{"recognition RUS>AFG withdrawn since=2020-01-10 until=2021-03-01 (diplomatic relations broken) n=1/1/1"}},
		{"explicit withdrawal of recognition",
			[]string{"2020-01-10 RUS>AFG 054 recognized", "2021-03-01 RUS>AFGGOV 160 withdrew | Russia withdrew its recognition of the government."},
			Query{AsOf: "2022", Kind: Recognition, History: true},
			[]string{"recognition RUS>AFG withdrawn since=2020-01-10 until=2021-03-01 (recognition withdrawn) n=1/1/1"}},
		{"the other side's break does not end my recognition",
			[]string{"2020-01-10 RUS>AFG 054 recognized", "2021-03-01 AFG>RUS 161 severed | Kabul severed ties with Moscow."},
			Query{AsOf: "2022", Kind: Recognition, Source: "RUS"}, []string{"recognition RUS>AFG recognized since=2020-01-10 n=1/1/0"}},
		{"re-recognition", []string{"2001 TWN>SEN 054 recognized", "2005-10-25 SEN>TWN 161 severed | Senegal severed ties.",
			"2005-10-25 TWN>SEN 161 severed | Taiwan severed ties with Senegal.", "2010-02-01 TWN>SEN 054 recognized"},
			Query{AsOf: "2012", Kind: Recognition, Source: "TWN"}, []string{"recognition TWN>SEN recognized since=2010-02-01 n=1/1/0"}},
		{"re-recognition history", []string{"2001 TWN>SEN 054 recognized",
			"2005-10-25 TWN>SEN 161 severed | Taiwan severed ties with Senegal.", "2010-02-01 TWN>SEN 054 recognized"},
			Query{AsOf: "2012", Kind: Recognition, Source: "TWN", History: true},
			[]string{"recognition TWN>SEN withdrawn since=2001 until=2005-10-25 (diplomatic relations broken) n=1/1/1",
				"recognition TWN>SEN recognized since=2010-02-01 n=1/1/0"}},
		{"diplomatic relations are undirected",
			[]string{"2020 AFG>RUS 054 established | Kabul and Moscow established relations.", "2022-05-01 RUS>AFG 161 severed | Moscow severed ties."},
			Query{AsOf: "2021", Kind: DiplomaticRelations, Source: "RUS", Target: "AFG"},
			[]string{"diplomatic-relations RUS>AFG established since=2020 n=1/1/0"}},
		{"diplomatic relations broken by either side",
			[]string{"2020 AFG>RUS 054 established | Kabul and Moscow established relations.", "2022-05-01 RUS>AFG 161 severed | Moscow severed ties."},
			Query{AsOf: "2023", Kind: DiplomaticRelations, Source: "AFG", History: true},
			[]string{"diplomatic-relations AFG>RUS broken since=2020 until=2022-05-01 (diplomatic relations broken) n=1/1/1"}},
		{"recognition is directed", []string{"2020 AFG>RUS 054 recognized"}, Query{Kind: Recognition, Source: "RUS", Target: "AFG"}, []string{}},
		{"either direction on request", []string{"2020 AFG>RUS 054 recognized"}, Query{Kind: Recognition, Source: "RUS", Target: "AFG", Either: true},
			[]string{"recognition AFG>RUS recognized since=2020 n=1/1/0"}},
		{"negated and hypothetical do not count", []string{"2020 AFG>RUS 054 recognized"}, Query{Kind: Recognition}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentions(tt.ms...)
			if tt.name == "negated and hypothetical do not count" {
				ms[0].Modality = event.Negated
				ms = append(ms, mention(9, "2020 AFG>RUS 054 recognized"))
				ms[1].Modality = event.Hypothetical
			}
			got := run(t, ms, tt.q)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
