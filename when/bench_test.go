package when

import (
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

// benchText is invented wire copy: a mix of sentences with and without dates.
const benchText = `On Thursday, the foreign ministry in Moscow said it had accepted the credentials of a new ambassador from Kabul.
The move makes Russia the first country to formally recognise the government that took power in August 2021.
Officials in Islamabad and Tashkent said they were studying the decision and would respond next week.
The Taliban ruled most of the country from 1996 to 2001, when a US-led coalition drove them from the capital.
Between 2001 and 2021 more than 2,000 American soldiers died in the conflict, according to figures released last year.
A spokesman said talks on trade and transit had begun last April and would continue in September.
Russia may recognize other governments in the region, the spokesman added, without giving details.
Protesters gathered outside the embassy on Friday morning, holding banners and chanting slogans.
Three years ago the same ministry had described the group as a terrorist organisation.
The designation was lifted in April, and the group was removed from the list of banned organisations.
Analysts said the decision reflected Moscow's interest in security along its southern flank.
China, Pakistan and Uzbekistan maintain ambassadors in Kabul but have stopped short of formal recognition.
The United Nations Security Council Resolution 2231 was not mentioned in the statement released on July 3, 2025.
Trade between the two countries rose by 30 percent in 2024, reaching about $1 billion, the ministry said.
The envoy, who arrived in Moscow a week ago, met deputy foreign minister officials on Wednesday.
In the 1990s Moscow backed the Northern Alliance, which fought the Taliban until late 2001.
A senior official said the government expected more countries to follow by 2030.
The Kremlin did not comment on the recognition when asked by reporters earlier today.
Since 2021 the Taliban have sought recognition from neighbours, with limited success.
The foreign minister said the embassy would reopen fully next month after renovation work.
Some 70 million people live in areas affected by drought, aid groups said, citing 7.62mm rounds found near the border.
Militants armed with AK-103 rifles attacked a checkpoint two days ago, killing four guards.
Officials said the attack was the deadliest since mid-2020, when a bombing killed dozens.
The agreement, first proposed in December 1979 by a very different government, was never implemented.
Ministers will meet again on Tuesday to discuss energy supplies and rail links through the region.
The statement said cooperation had improved steadily over the past decade.
Diplomats said the recognition could change the balance of influence in Central Asia within a few years.
A committee was formed in early 2021 to review the list of designated organisations.
The review concluded this month, and its findings were sent to the president on Monday.
Observers noted that the announcement came a decade ago to the day after a similar visit by a Chinese delegation.`

func benchSentences() []string {
	return strings.Split(benchText, "\n")
}

func BenchmarkFind(b *testing.B) {
	sents := benchSentences()
	pub := Date{2025, 7, 4}
	dst := make([]Expr, 0, 16)
	bytes := 0
	for _, s := range sents {
		bytes += len(s)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			dst = AppendFind(dst[:0], s, event.Span{0, len(s)}, pub)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sents)), "ns/sentence")
}

func TestBenchText(t *testing.T) {
	// The benchmark text is a smoke test too: every sentence but the plain
	// ones yields the dates a reader would mark.
	n := 0
	for _, s := range benchSentences() {
		n += len(Find(s, event.Span{0, len(s)}, Date{2025, 7, 4}))
	}
	if n < 25 {
		t.Errorf("found %d expressions in the benchmark text, want at least 25", n)
	}
}
