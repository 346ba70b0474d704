package coder

import (
	"strings"
	"testing"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/lang"
)

// mechanismVerbs is a small fixed verb dictionary, so that these tests pin
// the coder's mechanisms (slots, passives, lists, references, modality,
// dates) independently of how the real patterns evolve.
const mechanismVerbs = `
verb 054
  pattern $ recognize +
  nopattern accept credentials
  src test
verb 051
  pattern $ praise +
  pattern $ thank +
  src test
verb 043
  pattern $ meet +
  pattern $ hold talks with +
  src test
verb 163
  pattern $ impose sanctions on +
  src test
verb 173
  pattern $ arrest +
  src test
cue negated
  term not
  term n't
  term failed to
  term refused to
  src test
cue hypothetical
  term unless
  term would
  term potential
  src test
`

func mechanismCoder(t *testing.T) *Coder {
	t.Helper()
	base, err := dict.Default()
	if err != nil {
		t.Fatal(err)
	}
	verbs, err := dict.Parse("mechanism.txt", []byte(mechanismVerbs))
	if err != nil {
		t.Fatal(err)
	}
	d := &dict.Dict{Countries: base.Countries, Orgs: base.Orgs, Groups: base.Groups, People: base.People, Agents: base.Agents}
	d.Merge(verbs)
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

type got struct{ code, src, tgt, date, mod string }

func codeText(c *Coder, text, pub string) []got {
	a := event.Article{ID: "t", Published: pub, Text: text, Paragraphs: lang.Paragraphs(text)}
	var out []got
	for _, e := range c.Code(a, Options{All: true}).Events {
		out = append(out, got{e.Code, e.Source.Code, e.Target.Code, e.Date, string(e.Modality)})
	}
	return out
}

func TestMechanisms(t *testing.T) {
	c := mechanismCoder(t)
	tests := []struct {
		name, pub, text string
		want            []got
	}{
		{"active", "2008-02-21", "On Wednesday, Germany recognized Kosovo.",
			[]got{{"054", "DEU", "XKX", "2008-02-20", "asserted"}}},
		{"passive", "2008-02-21", "Kosovo was recognized by Germany on Wednesday.",
			[]got{{"054", "DEU", "XKX", "2008-02-20", "asserted"}}},
		{"passive without agent codes nothing", "2008-02-21", "Kosovo was recognized on Wednesday.", nil},
		{"conjoined sources", "2008-02-21", "France, Britain and Italy recognized Kosovo.",
			[]got{{"054", "FRA", "XKX", "2008-02-21", "asserted"}, {"054", "GBR", "XKX", "2008-02-21", "asserted"}, {"054", "ITA", "XKX", "2008-02-21", "asserted"}}},
		{"joint subject meets both ways", "2023-03-11", "China and Russia held talks in Beijing.",
			[]got{{"043", "CHN", "RUS", "2023-03-11", "asserted"}, {"043", "RUS", "CHN", "2023-03-11", "asserted"}}},
		{"apposition and possessive", "2025-07-04", "Afghan Foreign Minister Amir Khan Muttaqi praised Russia’s decision.",
			[]got{{"051", "AFGGOV", "RUS", "2025-07-04", "asserted"}}},
		{"capital as actor", "2024-05-10", "Moscow praised Beijing.",
			[]got{{"051", "RUSGOV", "CHNGOV", "2024-05-10", "asserted"}}},
		{"capital as place", "2024-05-10", "The ambassador to Moscow praised France.", nil},
		{"pronoun refers to the subject", "2024-05-10", "Putin praised Xi Jinping on Monday. He also thanked India.",
			[]got{{"051", "RUSGOV", "CHNGOV", "2024-05-06", "asserted"}, {"051", "RUSGOV", "IND", "2024-05-06", "asserted"}}}, // dated from the paragraph
		{"negated", "2024-05-10", "Japan did not recognize Taiwan.",
			[]got{{"054", "JPN", "TWN", "2024-05-10", "negated"}}},
		{"failed to", "2024-05-10", "Japan failed to recognize Taiwan.",
			[]got{{"054", "JPN", "TWN", "2024-05-10", "negated"}}},
		{"condition", "2024-05-10", "Japan would recognize Taiwan.",
			[]got{{"054", "JPN", "TWN", "2024-05-10", "hypothetical"}}},
		{"cue scoped to its clause", "2024-05-10", "Japan recognized Taiwan, which China would not do.",
			[]got{{"054", "JPN", "TWN", "2024-05-10", "asserted"}}},
		{"Taliban role changes", "2025-07-04", "In 2003, Russia imposed sanctions on the Taliban. In August 2022, Pakistan recognized the Taliban.",
			[]got{{"163", "RUS", "AFGINS", "2003", "asserted"}, {"054", "PAK", "AFGGOV", "2022-08", "asserted"}}},
		{"credentials are no recognition", "2025-07-04", "Russia accepted the credentials of Afghanistan's ambassador.", nil},
		{"reported speech codes the embedded event", "2024-05-10", "The Kremlin said Ukrainian police arrested Russian journalists.",
			[]got{{"173", "UKRCOP", "RUSMED", "2024-05-10", "asserted"}}},
		{"ambiguous name without support", "2024-05-10", "Jordan praised the coach.", nil},
		{"ambiguous name with support", "2024-05-10", "Jordan praised Egypt. Amman has long backed Cairo.",
			[]got{{"051", "JOR", "EGY", "2024-05-10", "asserted"}}},
		{"month-precise date", "2021-09-01", "In August 2021, the United States imposed sanctions on the Taliban leadership.",
			[]got{{"163", "USA", "AFGGOV", "2021-08", "asserted"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := codeText(c, tt.text, tt.pub)
			if len(g) != len(tt.want) {
				t.Fatalf("%q\n got %v\nwant %v", tt.text, g, tt.want)
			}
			for i := range g {
				if g[i] != tt.want[i] {
					t.Errorf("%q\n got %v\nwant %v", tt.text, g, tt.want)
					break
				}
			}
		})
	}
}

// TestSpans: every span of every event points at the words it names, in
// text with curly quotes and accents before the event.
func TestSpans(t *testing.T) {
	c := mechanismCoder(t)
	text := "“We will not bow,” said Nicolás Maduro’s aide in Caracas — café owners cheered.\n\n" +
		"On Monday, Venezuela’s government praised Russia’s “courageous step” in São Paulo."
	a := event.Article{ID: "spans", Published: "2025-07-08", Text: text, Paragraphs: lang.Paragraphs(text)}
	evs := c.Code(a, Options{All: true}).Events
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	for _, e := range evs {
		for _, sp := range []struct {
			name string
			span event.Span
			want string
		}{
			{"trigger", e.Trigger.Span, e.Trigger.Text},
			{"source", e.Source.Span, e.Source.Text},
			{"target", e.Target.Span, e.Target.Text},
			{"sentence", e.Sentence.Span, e.Sentence.Text},
		} {
			if got := text[sp.span[0]:sp.span[1]]; got != sp.want {
				t.Errorf("%s span %v = %q, want %q", sp.name, sp.span, got, sp.want)
			}
		}
		if e.Trigger.Text != "praised" || !strings.HasPrefix(e.Source.Text, "Venezuela") {
			t.Errorf("unexpected event %+v", e)
		}
	}
}

// TestNamesakes: one name, two people; the one in office on the event's
// date is meant.
func TestNamesakes(t *testing.T) {
	base, err := dict.Default()
	if err != nil {
		t.Fatal(err)
	}
	extra, err := dict.Parse("namesakes.txt", []byte(`
person Alpha Testman
  alias Testman
  office FRA head_of_state 1980..1990
  src test
person Beta Testman
  alias Testman
  office DEU head_of_government 2010..2020
  src test
`))
	if err != nil {
		t.Fatal(err)
	}
	verbs, err := dict.Parse("mechanism.txt", []byte(mechanismVerbs))
	if err != nil {
		t.Fatal(err)
	}
	d := &dict.Dict{Countries: base.Countries, Orgs: base.Orgs, Groups: base.Groups, Agents: base.Agents}
	d.Merge(extra)
	d.Merge(verbs)
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ pub, want string }{{"1985-05-10", "FRAGOV"}, {"2015-05-10", "DEUGOV"}} {
		g := codeText(c, "Testman praised Japan.", tt.pub)
		if len(g) != 1 || g[0].src != tt.want {
			t.Errorf("published %s: %v, want source %s", tt.pub, g, tt.want)
		}
	}
}
