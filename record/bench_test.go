package record

import (
	"fmt"
	"slices"
	"testing"

	"github.com/chancery/chancery/event"
)

// benchMentions is n mentions over 50 country pairs and the codes the
// kinds read, spread over ten years.
func benchMentions(n int) []event.Event {
	codes := []string{"054", "161", "163", "085", "1729", "0819", "190", "0871", "057", "072", "042", "010"}
	out := make([]event.Event, n)
	for i := range out {
		spec := fmt.Sprintf("%04d-%02d-%02d C%02d>T%02dGOV %s severed | They severed ties.", 2015+i%10, 1+i%12, 1+i%28,
			i%7, i%50, codes[i%len(codes)])
		out[i] = mention(i, spec)
	}
	return out
}

func BenchmarkRelations(b *testing.B) {
	ms := benchMentions(100_000)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Relations(slices.Values(ms), Query{AsOf: "2020-06-30", History: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTimeline(b *testing.B) {
	ms := benchMentions(100_000)
	b.ResetTimer()
	for b.Loop() {
		Timeline(slices.Values(ms), Dyad{"C01", "T"}, false)
	}
}
