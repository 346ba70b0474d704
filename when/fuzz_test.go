package when

import (
	"testing"

	"github.com/chancery/chancery/event"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On Thursday, Russia said in August 2021 that from 1996 to 2001 …",
		"Sept. 11, 2001 and 07/03/2025 and 2025-07-03 and the 1990’s",
		"mid-2020 early 2021 a couple of weeks ago twenty-five years ago",
		"\xff\xfeMay 5\x80 2025-07-0", "from July 3 to 5, 2024", "1996–97 $2000 AK-103",
		"12/13/2024 99/99/9999 9999-99-99 the day before yesterday",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, lo, hi int) {
		for _, pub := range []Date{{2025, 7, 4}, {}, {2024, 2, 29}} {
			got := Find(s, event.Span{lo, hi}, pub)
			prev := 0
			for _, e := range got {
				a, b := e.Span[0], e.Span[1]
				if a < 0 || b > len(s) || a >= b || a < prev {
					t.Fatalf("bad span %v after %d in %q", e.Span, prev, s)
				}
				if lo > a || (hi >= 0 && b > hi) {
					t.Fatalf("span %v outside [%d,%d)", e.Span, lo, hi)
				}
				if s[a:b] != e.Text {
					t.Fatalf("span %v is %q, Text %q", e.Span, s[a:b], e.Text)
				}
				if e.Past.IsZero() || e.Kind == "" {
					t.Fatalf("unresolved %+v", e)
				}
				prev = b
			}
		}
	})
}
