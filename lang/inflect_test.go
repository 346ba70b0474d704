package lang

import "testing"

func TestInflections(t *testing.T) {
	tests := []struct {
		base string
		want []string // must all be present
		not  []string // must be absent
	}{
		{"ban", []string{"ban", "bans", "banned", "banning"}, []string{"baned"}},
		{"stop", []string{"stops", "stopped", "stopping"}, nil},
		{"visit", []string{"visits", "visited", "visiting"}, []string{"visitted"}},
		{"open", []string{"opens", "opened", "opening"}, []string{"openned"}},
		{"commit", []string{"commits", "committed", "committing"}, nil},
		{"readmit", []string{"readmits", "readmitted", "readmitting"}, []string{"readmited"}},
		{"resubmit", []string{"resubmitted"}, []string{"resubmited"}},
		{"reckon", []string{"reckoned"}, []string{"reckonned"}},
		{"reopen", []string{"reopened"}, []string{"reopenned"}},
		{"recognize", []string{"recognizes", "recognized", "recognizing"}, []string{"recognizeing"}},
		{"see", []string{"sees", "saw", "seen", "seeing"}, []string{"seed"}},
		{"agree", []string{"agrees", "agreed", "agreeing"}, []string{"agreing"}},
		{"seize", []string{"seizes", "seized", "seizing"}, nil},
		{"wage", []string{"wages", "waged", "waging"}, nil},
		{"meet", []string{"meets", "met", "meeting"}, []string{"meeted"}},
		{"hold", []string{"holds", "held", "holding"}, nil},
		{"lead", []string{"leads", "led", "leading"}, nil},
		{"give", []string{"gives", "gave", "given", "giving"}, nil},
		{"take", []string{"takes", "took", "taken", "taking"}, nil},
		{"break", []string{"breaks", "broke", "broken", "breaking"}, nil},
		{"send", []string{"sent"}, []string{"sended"}},
		{"sell", []string{"sold"}, nil},
		{"fight", []string{"fought"}, nil},
		{"shoot", []string{"shot"}, nil},
		{"strike", []string{"struck", "striking"}, nil},
		{"freeze", []string{"froze", "frozen", "freezing"}, nil},
		{"withdraw", []string{"withdraws", "withdrew", "withdrawn", "withdrawing"}, nil},
		{"overthrow", []string{"overthrew", "overthrown", "overthrowing"}, nil},
		{"overrun", []string{"overran", "overrunning"}, nil},
		{"rebuild", []string{"rebuilt", "rebuilds"}, nil},
		{"become", []string{"became", "becoming"}, nil},
		{"begin", []string{"began", "begun", "beginning"}, nil},
		{"bring", []string{"brought"}, nil},
		{"buy", []string{"buys", "bought", "buying"}, nil},
		{"build", []string{"built"}, nil},
		{"relay", []string{"relayed"}, []string{"relaid"}},
		{"veto", []string{"vetoes", "vetoed", "vetoing"}, nil},
		{"ally", []string{"allies", "allied", "allying", "ally's", "allies'"}, nil},
		{"deny", []string{"denies", "denied", "denying"}, nil},
		{"die", []string{"dies", "died", "dying"}, nil},
		{"be", []string{"is", "was", "were", "been", "being"}, nil},
		{"have", []string{"has", "had", "having"}, nil},
		{"do", []string{"does", "did", "done", "doing"}, nil},
		{"go", []string{"goes", "went", "gone", "going"}, nil},
		{"quit", []string{"quitting"}, nil},
		{"equip", []string{"equipped", "equipping"}, nil},
		{"travel", []string{"traveled", "travelled", "traveling", "travelling"}, nil},
		{"panic", []string{"panicked", "panicking"}, nil},
		{"sanction", []string{"sanctions", "sanctioned", "sanctioning", "sanction's"}, nil},
		{"crisis", []string{"crises", "crisis's"}, []string{"crisised"}},
		{"spokesman", []string{"spokesmen"}, []string{"spokesmans"}},
		{"human", []string{"humans"}, nil},
		{"embargo", []string{"embargoes", "embargos", "embargoed"}, nil},
		{"tax", []string{"taxes", "taxed", "taxing"}, []string{"taxxed"}},
		{"push", []string{"pushes", "pushed"}, nil},
		{"play", []string{"plays", "played", "playing"}, nil},
		{"aircraft", []string{"aircraft"}, []string{"aircrafts"}},
		{"person", []string{"people", "persons"}, nil},
		{"security council", []string{"security council", "security councils"}, nil},
	}
	for _, tc := range tests {
		got := Inflections(tc.base)
		if len(got) == 0 || got[0] != tc.base {
			t.Errorf("Inflections(%q) = %q: base not first", tc.base, got)
			continue
		}
		seen := map[string]bool{}
		for _, f := range got {
			if seen[f] {
				t.Errorf("Inflections(%q): duplicate %q", tc.base, f)
			}
			seen[f] = true
		}
		for _, w := range tc.want {
			if !seen[w] {
				t.Errorf("Inflections(%q) = %q: missing %q", tc.base, got, w)
			}
		}
		for _, w := range tc.not {
			if seen[w] {
				t.Errorf("Inflections(%q) = %q: has %q", tc.base, got, w)
			}
		}
	}
	if Inflections("") != nil {
		t.Error("empty base")
	}
}

func TestIrregularTable(t *testing.T) {
	verbs, parts := irregularOnce()
	if len(verbs) < 180 {
		t.Errorf("only %d irregular verbs", len(verbs))
	}
	for _, p := range []string{"held", "taken", "given", "withdrawn"} {
		if _, ok := parts[p]; !ok {
			t.Errorf("participle %q missing", p)
		}
	}
}

func TestParticipleGerund(t *testing.T) {
	for w, want := range map[string]bool{
		"held": true, "taken": true, "seized": true, "banned": true, "withdrawn": true,
		"need": false, "hundred": false, "shed": true, "met": true, "meet": false,
	} {
		if got := IsPastParticiple(w); got != want {
			t.Errorf("IsPastParticiple(%q) = %v", w, got)
		}
	}
	for w, want := range map[string]bool{
		"saying": true, "attacking": true, "being": true, "during": false, "thing": false,
		"king": false, "morning": false, "including": false, "bring": false, "ing": false,
	} {
		if got := IsGerund(w); got != want {
			t.Errorf("IsGerund(%q) = %v", w, got)
		}
	}
}
