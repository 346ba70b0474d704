package storetest

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/chancery/chancery/event"
)

// vocab is background wording for filler paragraphs: real articles are
// hundreds of words long, and near-duplicate detection needs that length.
var vocab = strings.Fields(`the minister said talks would continue next week while officials in the
capital described the meeting as useful and the opposition demanded a vote on the budget before the
summer recess analysts expected prices to rise as the harvest failed in the south where farmers
blamed the drought and a lack of credit the central bank kept rates unchanged citing inflation and
the weak currency refugees crossed the river at night aid agencies asked donors for more money the
court adjourned the trial until march the governor promised new roads schools and clinics for the
province local newspapers reported protests outside the parliament building police made several
arrests but released most of them later the army said it had secured the highway diplomats from the
region gathered for a conference on water rights and shipping lanes`)

// filler is n words of background, different for each seed.
func filler(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, seed*7919+1))
	var b strings.Builder
	for i := 0; i < n; i++ {
		w := vocab[r.IntN(len(vocab))]
		if i%15 == 0 {
			if i > 0 {
				b.WriteString(". ")
			}
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteString(".")
	return b.String()
}

// The stories below are written for these tests; the codes follow CAMEO.
const (
	sRusCriticizes = "Russia criticized Ukraine on Sunday over the shelling of border villages near Belgorod, officials said."
	sRusSanctions  = "Moscow may impose new sanctions on Kyiv if the attacks continue, the foreign ministry warned."
	sDeuPraises    = "The German chancellor praised the Ukrainian president for his restraint during the crisis."
	sRusAugust     = "Earlier in August, Russia criticized Ukraine sharply, accusing its army of provoking clashes along the line."
	sAfgMeets      = "Afghanistan's new rulers met Pakistani diplomats in Islamabad to discuss trade routes and refugees."
	sRusFriday     = "Russia criticized Ukraine again on Friday after a drone fell on a fuel depot in the Kursk region."
	sRusYear       = "Throughout the year Russia criticized Ukraine in speeches at the United Nations and elsewhere."
)

// kyiv is a day-dated report with an asserted, a hypothetical and a
// second asserted mention.
func kyiv() (event.Article, []event.Event) {
	a := article("a1", "https://www.kyivpost.example/a1", "2021-08-16", sRusCriticizes, sRusSanctions, sDeuPraises, filler(1, 400))
	return a, mentions(a,
		M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021-08-15"},
		M{Src: "Moscow", Trigger: "impose", Tgt: "Kyiv", SrcCode: "RUSGOV", TgtCode: "UKRGOV", Code: "163", Date: "2021-08-15", Modality: event.Hypothetical},
		M{Src: "German chancellor", Trigger: "praised", Tgt: "Ukrainian president", SrcCode: "DEUGOV", TgtCode: "UKRGOV", Code: "051", Date: "2021-08-15"},
	)
}

// monthly reports the same criticism with only a month, and a meeting.
func monthly() (event.Article, []event.Event) {
	a := article("b2", "https://news.example.org/b2", "2021-09-02", sRusAugust, sAfgMeets, filler(2, 400))
	return a, mentions(a,
		M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021-08"},
		M{Src: "Afghanistan", Trigger: "met", Tgt: "Pakistani diplomats", SrcCode: "AFGGOV", TgtCode: "PAKGOV", Code: "040", Date: "2021-09-01"},
	)
}

// friday reports a later, separate criticism.
func friday() (event.Article, []event.Event) {
	a := article("c3", "https://wire.example.net/c3", "2021-08-21", sRusFriday, filler(3, 400))
	return a, mentions(a, M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021-08-20"})
}

// yearly dates the criticism by year only.
func yearly() (event.Article, []event.Event) {
	a := article("d4", "https://news.example.org/d4", "2021-12-30", sRusYear, filler(4, 400))
	return a, mentions(a, M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021"})
}

// kyivCopy is a syndicated copy of kyiv with one word changed and a
// credit line added, under another URL and id.
func kyivCopy(id, url string) (event.Article, []event.Event) {
	a := article(id, url, "2021-08-16", strings.Replace(sRusCriticizes, "officials said", "officials stated", 1),
		sRusSanctions, sDeuPraises, filler(1, 400)+" Republished with permission.")
	return a, mentions(a,
		M{Src: "Russia", Trigger: "criticized", Tgt: "Ukraine", SrcCode: "RUS", TgtCode: "UKR", Code: "111", Date: "2021-08-15"},
		M{Src: "German chancellor", Trigger: "praised", Tgt: "Ukrainian president", SrcCode: "DEUGOV", TgtCode: "UKRGOV", Code: "051", Date: "2021-08-15"},
	)
}

// batch is n distinct articles of about words words, each with k mentions.
func batch(n, words, k int) []struct {
	A  event.Article
	Ms []event.Event
} {
	actors := []string{"RUS", "UKR", "USA", "CHN", "AFG", "PAK", "DEU", "FRA", "IRN", "ISR"}
	out := make([]struct {
		A  event.Article
		Ms []event.Event
	}, n)
	for i := range out {
		src, tgt := actors[i%len(actors)], actors[(i/len(actors)+i+1)%len(actors)]
		if src == tgt {
			tgt = "IGO"
		}
		sents := []string{}
		var ds []M
		for j := 0; j < k; j++ {
			trig := "warned" + string(rune('a'+j))
			sents = append(sents, src+" officials "+trig+" "+tgt+" about the border.")
			day := 1 + (i+j)%28
			ds = append(ds, M{Src: src, Trigger: trig, Tgt: tgt, SrcCode: src + "GOV", TgtCode: tgt,
				Code: []string{"111", "130", "040", "051", "172"}[j%5], Date: "2024-03-" + two(day)})
		}
		sents = append(sents, filler(uint64(1000+i), words))
		a := article("bench"+itoa(i), "https://site"+itoa(i%7)+".example/"+itoa(i), "2024-03-30", sents...)
		out[i].A, out[i].Ms = a, mentions(a, ds...)
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

func two(i int) string { return fmt.Sprintf("%02d", i) }
