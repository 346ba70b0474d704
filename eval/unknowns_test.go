package eval

import (
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

func TestUnknowns(t *testing.T) {
	u := NewUnknowns(defaultCoder(t))
	text := "The Zorblatt Liberation Front attacked Mali on Monday. Officials said so.\n\n" +
		"France quibbled with Germany. The Zorblatt Liberation Front attacked Chad."
	u.Add(event.Article{ID: "a", Published: "2024-01-10", Text: text})
	actors, verbs := u.Top(5)
	if len(actors) == 0 || actors[0].Phrase != "Zorblatt Liberation Front" || actors[0].Count != 2 {
		t.Errorf("actors = %+v, want Zorblatt Liberation Front ×2 first", actors)
	}
	for _, a := range actors {
		if a.Phrase == "Officials" || a.Phrase == "Monday" || a.Phrase == "Mali" {
			t.Errorf("%q is not an unknown actor phrase", a.Phrase)
		}
	}
	found := false
	for _, v := range verbs {
		found = found || strings.HasPrefix(v.Phrase, "quibbled")
	}
	if !found {
		t.Errorf("verbs = %+v, want quibbled (with) among them", verbs)
	}
	var b strings.Builder
	if err := u.WriteText(&b, 3); err != nil || !strings.Contains(b.String(), "Zorblatt") {
		t.Errorf("text (%v):\n%s", err, b.String())
	}
}
