package when

import (
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

// show formats an expression as Text|Kind|Past|Future[|End] for table tests.
func show(e Expr) string {
	s := e.Text + "|" + e.Kind + "|" + e.Past.String() + "|" + e.Future.String()
	if e.Range {
		s += "|" + e.End.String()
	}
	return s
}

func TestFind(t *testing.T) {
	const fri = "2025-07-04" // a Friday
	tests := []struct {
		pub  string
		text string
		want []string
	}{
		// absolute dates
		{fri, "The deal was signed on July 3, 2025.", []string{"on July 3, 2025|absolute|2025-07-03|2025-07-03"}},
		{fri, "It was signed 3 July 2025 in Moscow.", []string{"3 July 2025|absolute|2025-07-03|2025-07-03"}},
		{fri, "It was signed July 3 2025.", []string{"July 3 2025|absolute|2025-07-03|2025-07-03"}},
		{fri, "They met on July 3.", []string{"on July 3|absolute|2025-07-03|2026-07-03"}},
		{fri, "They meet July 10.", []string{"July 10|absolute|2024-07-10|2025-07-10"}},
		{fri, "They met July 4.", []string{"July 4|absolute|2025-07-04|2026-07-04"}},
		{fri, "Filed 2025-07-03 by the court.", []string{"2025-07-03|absolute|2025-07-03|2025-07-03"}},
		{fri, "Stamped 2025-07-03T10:00Z.", []string{"2025-07-03|absolute|2025-07-03|2025-07-03"}},
		{fri, "Filed 07/03/2025 by the court.", []string{"07/03/2025|absolute|2025-07-03|2025-07-03"}},
		{fri, "Filed 25/12/2024 in Kabul.", []string{"25/12/2024|absolute|2024-12-25|2024-12-25"}},
		{fri, "Since August 2021, the Taliban rule.", []string{"Since August 2021|month|2021-08|2021-08"}},
		{fri, "They took Kabul in August 2021.", []string{"in August 2021|month|2021-08|2021-08"}},
		{fri, "Soviet troops entered in December 1979.", []string{"in December 1979|month|1979-12|1979-12"}},
		{fri, "The war began in 2003.", []string{"in 2003|year|2003|2003"}},
		{fri, "Relations froze since 2021.", []string{"since 2021|year|2021|2021"}},
		{fri, "Emissions fall by 2030.", []string{"by 2030|year|2030|2030"}},
		{fri, "During the 1990s the group grew.", []string{"During the 1990s|decade|1990|1990"}},
		{fri, "In the early 2000s it split.", []string{"In the early 2000s|decade|2000|2000"}},
		{fri, "Prices rose in the 1980’s.", []string{"in the 1980’s|decade|1980|1980"}},
		{fri, "Talks stalled in mid-2020.", []string{"in mid-2020|year|2020|2020"}},
		{fri, "Talks resumed early 2021.", []string{"early 2021|year|2021|2021"}},
		{fri, "Talks resumed in late 2022 and mid-April.", []string{"in late 2022|year|2022|2022", "mid-April|month|2025-04|2026-04"}},
		{fri, "the September 11, 2001 attacks", []string{"September 11, 2001|absolute|2001-09-11|2001-09-11"}},
		{fri, "Sept. 11 changed things; Jan. 5, 2024 too.", []string{"Sept. 11|absolute|2024-09-11|2025-09-11", "Jan. 5, 2024|absolute|2024-01-05|2024-01-05"}},
		{fri, "on the 3rd of July 2025", []string{"3rd of July 2025|absolute|2025-07-03|2025-07-03"}},
		{fri, "on Thursday, July 3, 2025, Russia", []string{"on Thursday, July 3, 2025|absolute|2025-07-03|2025-07-03"}},
		{fri, "Independence Day is July 4, 1776.", []string{"July 4, 1776|absolute|1776-07-04|1776-07-04"}},
		// weekdays
		{fri, "On Thursday, Russia accepted the credentials.", []string{"On Thursday|weekday|2025-07-03|2025-07-10"}},
		{fri, "Russia said Thursday it would.", []string{"Thursday|weekday|2025-07-03|2025-07-10"}},
		{fri, "The vote was on Friday.", []string{"on Friday|weekday|2025-07-04|2025-07-11"}},
		{fri, "He spoke last Friday.", []string{"last Friday|weekday|2025-06-27|2025-06-27"}},
		{fri, "He spoke last Thursday.", []string{"last Thursday|weekday|2025-07-03|2025-07-03"}},
		{fri, "He speaks next Thursday.", []string{"next Thursday|weekday|2025-07-10|2025-07-10"}},
		{fri, "He speaks this Friday.", []string{"this Friday|weekday|2025-07-04|2025-07-04"}},
		{fri, "He spoke this Monday.", []string{"this Monday|weekday|2025-06-30|2025-07-07"}},
		{fri, "Thursday’s summit ended.", []string{"Thursday|weekday|2025-07-03|2025-07-10"}},
		{"2025-01-01", "On Sunday, troops moved.", []string{"On Sunday|weekday|2024-12-29|2025-01-05"}},
		// relative days
		{fri, "He said today that", []string{"today|relative|2025-07-04|2025-07-04"}},
		{fri, "Yesterday, the ministry said", []string{"Yesterday|relative|2025-07-03|2025-07-03"}},
		{fri, "It will vote tomorrow.", []string{"tomorrow|relative|2025-07-05|2025-07-05"}},
		{"2025-01-01", "Shelling last night killed two.", []string{"last night|relative|2024-12-31|2024-12-31"}},
		{fri, "This morning the talks began.", []string{"This morning|relative|2025-07-04|2025-07-04"}},
		{fri, "It said earlier today that", []string{"earlier today|relative|2025-07-04|2025-07-04"}},
		{fri, "The day before, envoys met.", []string{"The day before|relative|2025-07-03|2025-07-03"}},
		{fri, "the day before yesterday", []string{"the day before yesterday|relative|2025-07-02|2025-07-02"}},
		{fri, "the day before the vote", nil},
		// relative months and years
		{fri, "Talks began last April.", []string{"last April|month|2025-04|2025-04"}},
		{"2025-03-10", "Talks began last April.", []string{"last April|month|2024-04|2024-04"}},
		{"2025-04-10", "Talks began last April.", []string{"last April|month|2024-04|2024-04"}},
		{"2025-01-10", "Talks began last December.", []string{"last December|month|2024-12|2024-12"}},
		{"2025-01-10", "Talks began in December.", []string{"in December|month|2024-12|2025-12"}},
		{"2025-12-10", "Talks end next January.", []string{"next January|month|2026-01|2026-01"}},
		{fri, "Talks end this April.", []string{"this April|month|2025-04|2025-04"}},
		{fri, "Talks resume next April.", []string{"next April|month|2026-04|2026-04"}},
		{fri, "They met in April.", []string{"in April|month|2025-04|2026-04"}},
		{fri, "They meet in July.", []string{"in July|month|2025-07|2026-07"}},
		{fri, "April was calm.", []string{"April|month|2025-04|2026-04"}},
		{fri, "They met in May, not last March.", []string{"in May|month|2025-05|2026-05", "last March|month|2025-03|2025-03"}},
		{fri, "Prices rose last month.", []string{"last month|relative|2025-06|2025-06"}},
		{"2025-01-10", "Prices rose last month.", []string{"last month|relative|2024-12|2024-12"}},
		{fri, "It happened earlier this month.", []string{"earlier this month|relative|2025-07|2025-07"}},
		{fri, "It happens next month.", []string{"next month|relative|2025-08|2025-08"}},
		{fri, "It happened last year.", []string{"last year|relative|2024|2024"}},
		{fri, "It happens later this year.", []string{"later this year|relative|2025|2025"}},
		{"2025-12-30", "It happens next year.", []string{"next year|relative|2026|2026"}},
		{"2025-07-03", "It happened last week.", []string{"last week|relative|2025-06|2025-06"}},
		{fri, "It happens this week.", []string{"this week|relative|2025-07|2025-07"}},
		{"2025-07-28", "It happens next week.", []string{"next week|relative|2025-08|2025-08"}},
		{fri, "It happened late last year.", []string{"late last year|relative|2024|2024"}},
		// durations ago
		{fri, "It began three years ago.", []string{"three years ago|duration-ago|2022|2022"}},
		{fri, "It began 3 years ago.", []string{"3 years ago|duration-ago|2022|2022"}},
		{fri, "It began two months ago.", []string{"two months ago|duration-ago|2025-05|2025-05"}},
		{"2025-01-10", "It began two months ago.", []string{"two months ago|duration-ago|2024-11|2024-11"}},
		{fri, "It began a week ago.", []string{"a week ago|duration-ago|2025-06|2025-06"}},
		{fri, "It began a decade ago.", []string{"a decade ago|duration-ago|2015|2015"}},
		{fri, "It began five days ago.", []string{"five days ago|duration-ago|2025-06-29|2025-06-29"}},
		{fri, "It began a year ago.", []string{"a year ago|duration-ago|2024|2024"}},
		{fri, "It began an hour ago.", nil},
		{fri, "It began a couple of years ago.", []string{"a couple of years ago|duration-ago|2023|2023"}},
		{fri, "It began twenty-five years ago.", []string{"twenty-five years ago|duration-ago|2000|2000"}},
		{fri, "It began several years ago.", nil},
		// ranges
		{fri, "The Taliban ruled from 1996 to 2001.", []string{"from 1996 to 2001|range|1996|1996|2001"}},
		{fri, "between 2001 and 2021 the US fought", []string{"between 2001 and 2021|range|2001|2001|2021"}},
		{fri, "the 1996-2001 regime", []string{"1996-2001|range|1996|1996|2001"}},
		{fri, "the 1996–2001 regime", []string{"1996–2001|range|1996|1996|2001"}},
		{fri, "the 2019-20 season", []string{"2019-20|range|2019|2019|2020"}},
		{fri, "from March to May 2024 talks", []string{"from March to May 2024|range|2024-03|2024-03|2024-05"}},
		{fri, "from November to February 2024", []string{"from November to February 2024|range|2023-11|2023-11|2024-02"}},
		{fri, "from July 3 to 5, 2024", []string{"from July 3 to 5, 2024|range|2024-07-03|2024-07-03|2024-07-05"}},
		{fri, "from 2019 through 2021", []string{"from 2019 through 2021|range|2019|2019|2021"}},
		{fri, "from 2021 to 1996", []string{"from 2021|year|2021|2021", "1996|year|1996|1996"}},
		{fri, "between Russia and China", nil},
		// not dates
		{fri, "Russia may recognize the Taliban.", nil},
		{fri, "May I ask? March on, protesters march.", nil},
		{fri, "They sent 70 million dollars and 7.62mm rounds.", nil},
		{fri, "They used AK-103 rifles and 1,000 troops.", nil},
		{fri, "It cost $2000 or 3.5 per cent, €2020 more.", nil},
		{fri, "The ship carried 2000 troops and 1950 people.", nil},
		{fri, "Numbers 1234 and 2500 and 1799 are not years.", nil},
		{fri, "Resolution 2231 and No. 1973 apply.", nil},
		{fri, "At 1800 GMT the strike began.", nil},
		{fri, "The F16 and G2020 flew; a 2000-year-old site.", nil},
		{fri, "In March 10 people died.", []string{"In March|month|2025-03|2026-03"}},
		{fri, "Jan Kowalski arrived.", nil},
		{fri, "the last time, this is next", nil},
		// no published date: only what names its year
		{"", "On Friday, in 2003, July 3, last year, August 2021, the 1990s", []string{"in 2003|year|2003|2003", "August 2021|month|2021-08|2021-08", "the 1990s|decade|1990|1990"}},
		{"", "from March to May 2024", []string{"from March to May 2024|range|2024-03|2024-03|2024-05"}},
		// several in one sentence
		{fri, "On Thursday, Russia, which cut ties in August 2021, said it would act by 2030.", []string{
			"On Thursday|weekday|2025-07-03|2025-07-10", "in August 2021|month|2021-08|2021-08", "by 2030|year|2030|2030"}},
	}
	for _, tt := range tests {
		var pub Date
		if tt.pub != "" {
			var err error
			if pub, err = Parse(tt.pub); err != nil {
				t.Fatal(err)
			}
		}
		got := Find(tt.text, event.Span{0, len(tt.text)}, pub)
		var gs []string
		for _, e := range got {
			gs = append(gs, show(e))
			if tt.text[e.Span[0]:e.Span[1]] != e.Text {
				t.Errorf("%q: span %v is %q, Text %q", tt.text, e.Span, tt.text[e.Span[0]:e.Span[1]], e.Text)
			}
		}
		if strings.Join(gs, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("pub %s %q:\n got %q\nwant %q", tt.pub, tt.text, gs, tt.want)
		}
	}
}

func TestFindSpans(t *testing.T) {
	pub := Date{2025, 7, 4}
	text := "« Le président », a dit M. Müller — “On Thursday” in Kraków; later: since 2021."
	lo := strings.Index(text, "dit")
	got := Find(text, event.Span{lo, len(text)}, pub)
	want := []struct {
		text string
		at   int
	}{{"On Thursday", strings.Index(text, "On Thursday")}, {"since 2021", strings.Index(text, "since 2021")}}
	if len(got) != len(want) {
		t.Fatalf("got %d expressions %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		sp := event.Span{w.at, w.at + len(w.text)}
		if got[i].Span != sp || got[i].Text != w.text || text[sp[0]:sp[1]] != w.text {
			t.Errorf("expr %d: got %q at %v, want %q at %v", i, got[i].Text, got[i].Span, w.text, sp)
		}
	}
	// The scan stays inside the span: a date cut by its end is not read whole.
	cut := "They met in August 2021."
	end := strings.Index(cut, " 2021")
	if g := Find(cut, event.Span{0, end}, pub); len(g) != 1 || g[0].Text != "in August" {
		t.Errorf("cut span: got %+v", g)
	}
	// Out-of-range spans are clamped, not a panic.
	if g := Find(cut, event.Span{-5, 1000}, pub); len(g) != 1 || g[0].Text != "in August 2021" {
		t.Errorf("clamped span: got %+v", g)
	}
	if g := Find(cut, event.Span{10, 3}, pub); len(g) != 0 {
		t.Errorf("inverted span: got %+v", g)
	}
}

func TestAppendFindNoAlloc(t *testing.T) {
	text := "On Thursday, Russia, which cut ties in August 2021 and from 1996 to 2001, said three years ago it would act by 2030."
	dst := make([]Expr, 0, 16)
	pub := Date{2025, 7, 4}
	n := testing.AllocsPerRun(100, func() {
		dst = AppendFind(dst[:0], text, event.Span{0, len(text)}, pub)
	})
	if n != 0 {
		t.Errorf("AppendFind allocates %.1f times per call", n)
	}
	if len(dst) != 5 {
		t.Errorf("got %d expressions, want 5", len(dst))
	}
}

func TestResolve(t *testing.T) {
	e := Expr{Past: Date{2025, 7, 3}, Future: Date{2025, 7, 10}}
	if e.Resolve(Past) != e.Past || e.Resolve(Present) != e.Past || e.Resolve(Future) != e.Future {
		t.Errorf("Resolve picks the wrong reading")
	}
}
