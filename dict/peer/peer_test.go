package peer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/chancery/chancery/dict"
)

func load(t *testing.T, opt Options) (*Set, *dict.Dict) {
	t.Helper()
	s, err := LoadSet(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	return s, s.Dict
}

// patterns lists "code: text" (nopatterns as "code! text") in order.
func patterns(d *dict.Dict) []string {
	var out []string
	for _, v := range d.Verbs {
		for _, p := range v.Patterns {
			out = append(out, v.Code+": "+p.Text)
		}
		for _, p := range v.NoPatterns {
			out = append(out, v.Code+"! "+p.Text)
		}
	}
	return out
}

func TestVerbFormats(t *testing.T) {
	tests := []struct {
		file, format string
		want         []string // patterns that must be produced
		absent       []string // patterns that must not be
		unmapped     []string
		warn         string
	}{
		{"p2.verbs.txt", "petrarch2",
			[]string{
				"070: donate",
				"071: lend|lent|lending|lends|donate ferry|canoe",
				"071: pass on ferry|canoe",
				"071: lend|lent|lending|lends|donate river barge",
				"071: lend|lent|lending|lends|donate money to +",
				"042: $ lend|lent|lending|lends|donate with",
				"070! lend|lent|lending|lends|donate nothing",
				"130: warn",
				"111: warn stern rebuke +",
			},
			[]string{"173: lend|lent|lending|lends|donate before judge"},
			[]string{"reverse-only code [:X] (target→source event)", "paired code [X:Y]: reverse event Y dropped",
				"code unknown to chancery's event table (kept as the dictionary's own)", "PETRARCH-2 verb transformations (~)", "^ skip-noun-phrase read as a gap (*)"},
			"undefined synset &NOSUCHSET"},
		{"p1.verbs.txt", "petrarch1",
			// a blank lets other words stand between pattern words (*), "_"
			// joins consecutive ones; % is chancery's joint source
			[]string{"010: greet", "051: greet * friendly welcome", "051: greet * warm and kind welcome",
				"051: said would * greet", "040: % greet", "046: greet $ with + and"},
			[]string{"051: greet friendly welcome", "051: said * would * greet"},
			[]string{"slot ($ or +) given twice (second dropped)"}, ""},
		{"demo.verbs", "tabari",
			[]string{"051: prais|praise", "051: prais|praise * warm|hearty * effort|efforte", "057: prais|praise * schooner|schoonere|sloop * crew",
				"051: + was|were * prais|praise * by $", "1041: recall * envoy"},
			nil,
			[]string{"TABARI <TIME> entries", "TABARI stem (prefix match) approximated by word + \"e\""}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			s, d := load(t, Options{Verbs: []string{"testdata/" + tc.file}})
			if got := s.Stats.VerbFormats["testdata/"+tc.file]; got != tc.format {
				t.Errorf("format %q, want %q", got, tc.format)
			}
			got := strings.Join(patterns(d), "\n")
			for _, w := range tc.want {
				if !strings.Contains("\n"+got+"\n", "\n"+w+"\n") {
					t.Errorf("missing %q in\n%s", w, got)
				}
			}
			for _, w := range tc.absent {
				if strings.Contains(got, w) {
					t.Errorf("unexpected %q", w)
				}
			}
			for _, u := range tc.unmapped {
				if s.Stats.Unmapped[u] == 0 {
					t.Errorf("unmapped %q not counted: %v", u, s.Stats.Unmapped)
				}
			}
			if tc.warn != "" && !hasWarning(s.Stats, tc.warn) {
				t.Errorf("no warning %q in %v", tc.warn, s.Stats.Warnings)
			}
			for _, v := range d.Verbs {
				for _, p := range v.Patterns {
					if p.Pos.Line == 0 || p.Head() < 0 {
						t.Errorf("pattern %q: pos %v head %d", p.Text, p.Pos, p.Head())
					}
				}
			}
		})
	}
}

func hasWarning(st Stats, sub string) bool {
	for _, w := range st.Warnings {
		var de *dict.Error
		if errors.As(w, &de) && strings.Contains(de.Error(), sub) {
			return true
		}
	}
	return false
}

func TestActors(t *testing.T) {
	s, d := load(t, Options{Actors: []string{"testdata/fixture.actors.txt"}})
	if len(d.Countries) != 1 || d.Countries[0].Code != "RUR" || len(d.Countries[0].Names) != 3 ||
		d.Countries[0].Names[2].Text != "STRELSAU" {
		t.Fatalf("countries: %+v", d.Countries)
	}
	// BAD_DATES lost its only dated code, so it is a plain actor
	if len(d.Orgs) != 2 || d.Orgs[0].Code != "NGOWDG" || d.Orgs[0].Names[0].Text != "WIDGET GUILD" ||
		d.Orgs[1].Code != "RURGOV" {
		t.Fatalf("orgs: %+v %+v", d.Orgs[0], d.Orgs[1])
	}
	if len(d.Groups) != 1 {
		t.Fatalf("groups: %+v", d.Groups)
	}
	g := d.Groups[0]
	tests := []struct{ date, want string }{
		{"2001-06-01", "RURGOV"},
		{"2004-01-01", "RURELI"},
		{"2003-12-31", "RURGOV"},
		{"1998-12-31", "RURREB"},
		{"1999-01-01", "RURGOV"},
	}
	for _, tc := range tests {
		if got := g.CodeOn(tc.date); got != tc.want {
			t.Errorf("CodeOn(%s) = %q, want %q", tc.date, got, tc.want)
		}
	}
	if s.Stats.Actors != 4 || !hasWarning(s.Stats, "bad date restriction") || !hasWarning(s.Stats, "has no code") {
		t.Errorf("stats %+v", s.Stats)
	}
	if s.Stats.Unmapped["actor with only a null code (---)"] != 1 {
		t.Errorf("null code not counted: %v", s.Stats.Unmapped)
	}
}

func TestAgentsAndDiscards(t *testing.T) {
	s, d := load(t, Options{Agents: []string{"testdata/fixture.agents.txt"}, Discards: []string{"testdata/fixture.discards.txt"}})
	got := map[string]string{}
	for _, a := range d.Agents {
		got[a.Role] += strings.Join(a.Terms, ",") + "/" + strings.Join(a.Plurals, ",") + ";"
	}
	want := map[string]string{
		"LHK": "lighthouse keeper/;",
		"TRN": "ferryhand,ferryhands/;",
		"AGR": "shepherd/;goose herd/geese herds;",
		"NGO": "charity board/;",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("agent %s = %q, want %q", k, got[k], v)
		}
	}
	if !hasWarning(s.Stats, "has no [code]") {
		t.Errorf("missing warning: %v", s.Stats.Warnings)
	}
	if strings.Join(s.Discards, "|") != "CROQUET FINAL|+GARDEN SHOW" || s.Stats.Discards != 2 {
		t.Errorf("discards %q", s.Discards)
	}
}

func TestErrors(t *testing.T) {
	if _, _, err := Load(context.Background(), Options{Verbs: []string{"testdata/none.txt"}}); err == nil {
		t.Error("missing file: no error")
	}
	if _, _, err := Load(context.Background(), Options{Format: "keds"}); err == nil {
		t.Error("bad format: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Load(ctx, Options{Agents: []string{"testdata/fixture.agents.txt"}}); err == nil {
		t.Error("cancelled: no error")
	}
}

func TestHash(t *testing.T) {
	_, a := load(t, Options{Agents: []string{"testdata/fixture.agents.txt"}})
	_, b := load(t, Options{Agents: []string{"testdata/fixture.actors.txt"}})
	if a.Hash() == "" || a.Hash() == b.Hash() || len(a.Files) != 1 {
		t.Errorf("hash %q %q files %v", a.Hash(), b.Hash(), a.Files)
	}
}
