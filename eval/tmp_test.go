package eval

import (
	"testing"

	"github.com/chancery/chancery/internal/testenv"
)

func TestTmpList(t *testing.T) {
	recs, _ := ReadFile(testenv.Shared(t, "data/peers/tabari/Validate.text"))
	for _, r := range recs {
		if r.Note == "no expectation" || r.Note == "deactivated expectation" || r.Note == "option record" {
			t.Log(r.Line, r.ID, r.Note, len(r.Events))
		}
	}
	for _, r := range recs[:12] {
		t.Logf("%+v", r)
	}
}
