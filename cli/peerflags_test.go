package cli

import "testing"

func TestPeerFlagsValidate(t *testing.T) {
	tests := []struct {
		p  peerFlags
		ok bool
	}{
		{peerFlags{format: "chancery"}, true},
		{peerFlags{format: "petrarch", verbs: multiFlag{"x"}}, true},
		{peerFlags{format: "tabari"}, true},
		{peerFlags{format: "keds"}, false},
		{peerFlags{format: "chancery", actors: multiFlag{"x"}}, false},
	}
	for _, tc := range tests {
		if err := tc.p.validate(); (err == nil) != tc.ok {
			t.Errorf("%+v: err %v", tc.p, err)
		}
	}
}

func TestPeerFlagsLoad(t *testing.T) {
	p := peerFlags{format: "petrarch", verbs: multiFlag{"../dict/peer/testdata/p2.verbs.txt"},
		actors: multiFlag{"../dict/peer/testdata/fixture.actors.txt"}}
	d, err := p.load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Cues) == 0 || len(d.Verbs) == 0 || len(d.Countries) != 1 || len(d.People) != 0 {
		t.Errorf("cues %d verbs %d countries %d people %d", len(d.Cues), len(d.Verbs), len(d.Countries), len(d.People))
	}
	if _, err := p.load([]string{"extra.txt"}); err == nil {
		t.Error("--dict with a peer format: no error")
	}
}
