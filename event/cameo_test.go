package event

import "testing"

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		name      string
		goldstein float64
		quad      int
		plover    string
		cameo     string
	}{
		{"054", "Grant diplomatic recognition", 6.0, 1, "SUPPORT", "054"},
		{"163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE", "163"},
		{"0871", "Declare truce, ceasefire", 9.0, 2, "RETREAT", "0871"},
		{"195", "Employ aerial weapons", -10.0, 4, "ASSAULT", "195"},
		{"1729", "", -5.0, 4, "COERCE", "172"},
		{"0819", "", 5.0, 2, "CONCEDE", "081"},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if !ok {
			t.Fatalf("%s not found", tt.code)
		}
		if tt.name != "" && c.Name != tt.name {
			t.Errorf("%s name %q, want %q", tt.code, c.Name, tt.name)
		}
		if c.Goldstein != tt.goldstein || c.Quad() != tt.quad || c.Plover != tt.plover || c.CAMEO != tt.cameo {
			t.Errorf("%s = %+v (quad %d), want goldstein %v quad %d plover %s cameo %s", tt.code, c, c.Quad(), tt.goldstein, tt.quad, tt.plover, tt.cameo)
		}
	}
	if _, ok := Lookup("999"); ok {
		t.Error("999 is no CAMEO code")
	}
}

func TestEventCodes(t *testing.T) {
	codes := EventCodes()
	if len(codes) < 290 {
		t.Fatalf("%d event codes, want the ~290 of CAMEO plus extensions", len(codes))
	}
	for _, c := range codes {
		if len(c) < 3 || len(c) > 4 {
			t.Errorf("event code %q", c)
		}
	}
	// 1721 and 0861 are CAMEO's own codes, not chancery's extensions
	for _, c := range []string{"1721", "0861"} {
		if x, _ := Lookup(c); x.Extension() {
			t.Errorf("%s must keep its CAMEO meaning", c)
		}
	}
}
