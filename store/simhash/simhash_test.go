package simhash

import (
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	base := strings.Repeat("The foreign minister met his counterpart in the capital on Tuesday to discuss the border. ", 4) +
		"Both sides agreed to continue talks next month, officials said, after a long day of meetings."
	tests := []struct {
		name  string
		other string
		near  bool
	}{
		{"same", base, true},
		{"case and punctuation", strings.ToUpper(base) + "!!", true},
		{"one word changed", strings.Replace(base, "next month", "next week", 1), true},
		{"different story", "Rebels shelled the northern town overnight, killing three soldiers and wounding many civilians, the army said in a statement on Friday.", false},
	}
	a, _ := Sum(base)
	for _, tt := range tests {
		b, _ := Sum(tt.other)
		d := Distance(a, b)
		if (d <= 3) != tt.near {
			t.Errorf("%s: distance %d, want near=%v", tt.name, d, tt.near)
		}
	}
}

func TestBands(t *testing.T) {
	x := uint64(0x1234_5678_9abc_def0)
	b := Bands(x)
	if b != [4]int64{0xdef0, 0x9abc, 0x5678, 0x1234} {
		t.Errorf("Bands = %x", b)
	}
	y := x ^ 1 ^ 1<<20 ^ 1<<40 // three bits off, in three bands
	if Bands(y)[3] != b[3] {
		t.Error("an untouched band should agree")
	}
}
