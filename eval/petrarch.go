package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// petrSentence is one <Sentence> of the PETRARCH validation XML. The
// <Parse> tree is not read: chancery codes the text.
type petrSentence struct {
	Date     string       `xml:"date,attr"`
	ID       string       `xml:"id,attr"`
	Category string       `xml:"category,attr"`
	Sentence string       `xml:"sentence,attr"`
	Valid    string       `xml:"valid,attr"`
	Codings  []petrCoding `xml:"EventCoding"`
	Text     string       `xml:"Text"`
}

type petrCoding struct {
	Source   string `xml:"sourcecode,attr"`
	Target   string `xml:"targetcode,attr"`
	Code     string `xml:"eventcode,attr"`
	NoEvents string `xml:"noevents,attr"`
	Error    string `xml:"error,attr"`
}

// ReadPetrarch reads PETRARCH validation records (<Sentence date id
// category sentence|valid> with <EventCoding> and <Text>), mapped to
// chancery's conventions as MAPPINGS.md says.
func ReadPetrarch(r io.Reader, name string) ([]Record, error) {
	d := xml.NewDecoder(r)
	var out []Record
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("eval: reading %s: %w", name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		line, _ := d.InputPos()
		var s petrSentence
		if err := d.DecodeElement(&s, &se); err != nil {
			return nil, fmt.Errorf("eval: reading %s:%d: %w", name, line, err)
		}
		out = append(out, petrRecord(s, name, line))
	}
}

func petrRecord(s petrSentence, name string, line int) Record {
	rec := Record{ID: strings.TrimSpace(s.ID), Category: strings.TrimSpace(s.Category), Suite: SuitePetrarch,
		File: name, Line: line, Published: ymd(strings.TrimSpace(s.Date)), Text: squash(s.Text),
		Events: []GoldEvent{}}
	if strings.EqualFold(s.Sentence, "false") || strings.EqualFold(s.Valid, "false") {
		rec.Skip, rec.Note = true, "marked false"
	}
	dropped := 0
	for _, c := range s.Codings {
		switch {
		case strings.EqualFold(c.NoEvents, "true"):
			continue
		case c.Error == "storydiscard" || c.Error == "sentencediscard":
			rec.Note = "discard: no events"
			continue
		case c.Error != "":
			rec.Skip, rec.Note = true, "input error test: "+c.Error
			continue
		}
		src, tgt := strings.TrimSpace(c.Source), strings.TrimSpace(c.Target)
		if src == "###" || tgt == "###" {
			rec.Note = "discarded actor: no events"
			continue
		}
		if strings.HasPrefix(src, `"`) || strings.HasPrefix(tgt, `"`) {
			dropped++ // an unmatched text phrase, not an actor
			continue
		}
		rec.Events = append(rec.Events, GoldEvent{Code: strings.TrimSpace(c.Code),
			Source: peerActor(src), Target: peerActor(tgt)})
	}
	if dropped > 0 && len(rec.Events) == 0 {
		rec.Skip, rec.Note = true, "only text-coded actors"
	}
	return rec
}

// peerActor maps a PETRARCH/TABARI actor code to chancery's form: agents
// beyond the first are dropped (ITHGOVPRS → ITHGOV), an unknown country
// "---" stays as a wildcard country and TABARI's converted agent "~MOS"
// becomes "---MOS" (an agent with no country).
func peerActor(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	if strings.HasPrefix(c, "~") {
		c = "---" + c[1:]
	}
	if c == "---" || c == "" {
		return ""
	}
	if len(c) > 6 {
		c = c[:6]
	}
	return c
}

// ymd turns YYYYMMDD or YYMMDD into YYYY-MM-DD; anything else gives "".
func ymd(s string) string {
	if !allDigits(s) {
		return ""
	}
	switch len(s) {
	case 8:
		return s[:4] + "-" + s[4:6] + "-" + s[6:]
	case 6:
		century := "19"
		if s[:2] < "50" {
			century = "20"
		}
		return century + s[:2] + "-" + s[2:4] + "-" + s[4:]
	}
	return ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// squash folds the hard line breaks of peer records into single spaces.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
