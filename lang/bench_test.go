package lang

import (
	"strings"
	"testing"

	"github.com/chancery/chancery/event"
)

// benchText is invented wire-style copy (written for these benchmarks) with
// the features that cost time: abbreviations, quotes, numbers, accents.
const benchText = `KABUL (Wire) — Russia on Thursday became the first country to formally recognize the Taliban government, a step that Afghan officials called “historic” and that Western diplomats said could complicate efforts to press the group on women’s rights.

The Russian Foreign Ministry said in a statement that it had accepted the credentials of Afghanistan’s new ambassador, Gul Hassan Hassan, at a ceremony in Moscow. “We believe that official recognition will give impetus to the development of productive bilateral cooperation,” the ministry said.

Afghan Foreign Minister Amir Khan Muttaqi welcomed the decision. He told reporters in Kabul that other countries would follow Russia’s example, although he did not name them. The U.S. State Department declined to comment, and a spokesman for the U.N. mission in Kabul said the world body’s position had not changed.

Moscow removed the Taliban from its list of banned terrorist organizations in April, after a Supreme Court ruling. Relations have warmed since 2021: Russian companies signed deals worth about $1.3 billion last year, and Lt. Gen. Igor Petrov visited the Bagram air base in Sept. 2024, according to state media.

Analysts in Washington were skeptical. “This is a symbolic gesture more than a strategic shift,” said Dr. Ana Martínez, a fellow at a U.S.-based think tank. She noted that China, Pakistan and Uzbekistan maintain ambassadors in Kabul but have stopped short of recognition. Trade between the two countries rose 12.5 percent, to 1,200 tonnes of wheat a month, she said.

The decision came days after Iran’s president called for closer ties with the Taliban and Beijing hosted talks on a rail corridor. Meanwhile, the European Union said it had no plans to change its stance... The Taliban, who seized power in August 2021, have barred girls from school beyond the sixth grade — a policy that the U.N. Security Council has condemned repeatedly.

In a separate development, Pakistani forces killed 7 militants near the border on Wednesday, the army said. It did not say whether the fighters belonged to the Pakistani Taliban (TTP), which Islamabad accuses Kabul of sheltering — a charge the Taliban deny. Officials in Peshawar said the clashes lasted until 3 p.m. and that a curfew remained in force.
`

func benchCorpus() string { return strings.Repeat(benchText, 4) }

func BenchmarkSentences(b *testing.B) {
	text := benchCorpus()
	n := len(Sentences(text, event.Span{0, len(text)}))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []event.Span
	for b.Loop() {
		dst = AppendSentences(dst[:0], text, event.Span{0, len(text)})
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkTokenize(b *testing.B) {
	text := benchCorpus()
	sents := Sentences(text, event.Span{0, len(text)})
	n := 0
	for _, s := range sents {
		n += len(Tokenize(text, s))
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var toks []Token
	for b.Loop() {
		for _, s := range sents {
			toks = AppendTokens(toks[:0], text, s)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkClauses(b *testing.B) {
	text := benchCorpus()
	toks := Tokenize(text, event.Span{0, len(text)})
	b.ReportAllocs()
	var ids []int
	for b.Loop() {
		ids = Clauses(toks, ids)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestBenchTextSplits(t *testing.T) {
	text := benchText
	sents := spanTexts(t, text, Sentences(text, event.Span{0, len(text)}))
	if len(sents) != 18 {
		t.Errorf("%d sentences:\n%s", len(sents), strings.Join(sents, "\n"))
	}
	for _, s := range Sentences(text, event.Span{0, len(text)}) {
		checkTokens(t, text, Tokenize(text, s))
	}
}
