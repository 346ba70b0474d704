// Package event holds chancery's domain types: articles, sentences, actors,
// events, spans, modality, and the CAMEO/PLOVER reference tables. It imports
// nothing else of the project so that every stage can share it.
package event

// Span is a half-open byte range [Start, End) into an article's extracted
// UTF-8 text. It marshals as a two-element JSON array.
type Span [2]int

// Start is the first byte of the span.
func (s Span) Start() int { return s[0] }

// End is one past the last byte of the span.
func (s Span) End() int { return s[1] }

// Len is the span's length in bytes.
func (s Span) Len() int { return s[1] - s[0] }

// Article is one news article after extraction: the text that every span
// points into.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Byline    string `json:"byline,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD when known
	Language  string `json:"language,omitempty"`
	Text      string `json:"text"`
	// Paragraphs are the spans of the text's paragraphs, in order; dates may
	// be resolved from a paragraph when a sentence has none.
	Paragraphs []Span `json:"paragraphs,omitempty"`
	// Origin says where the article came from (file name and position) for
	// error messages; it is not part of the record.
	Origin string `json:"-"`
}

// Sentence is one sentence of an article.
type Sentence struct {
	Index     int    `json:"index"`
	Text      string `json:"text"`
	Span      Span   `json:"span"`
	Paragraph int    `json:"-"`
}

// Modality says whether the text asserts an event happened.
type Modality string

// The closed list of modalities (GUIDE §2).
const (
	Asserted     Modality = "asserted"
	Negated      Modality = "negated"
	Hypothetical Modality = "hypothetical"
)

// Actor is one side of an event as found in the text.
type Actor struct {
	Code    string `json:"code"`    // CAMEO actor code, e.g. RUSGOV
	Country string `json:"country"` // first three letters: ISO alpha-3, IGO, NGO …
	Name    string `json:"name"`    // canonical name from the dictionary
	Text    string `json:"text"`    // the words in the article
	Span    Span   `json:"span"`
}

// Cue is a piece of text that decided something about an event.
type Cue struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Plover is the PLOVER event type (and mode, where one applies) of a code.
type Plover struct {
	Type string `json:"type"`
	Mode string `json:"mode"`
}

// SentenceRef places an event in its article.
type SentenceRef struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
	Span  Span   `json:"span"`
}

// ArticleRef names the article an event came from.
type ArticleRef struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}

// CoderRef records which coder and dictionaries produced an event.
type CoderRef struct {
	Version      string `json:"version"`
	Dictionaries string `json:"dictionaries"`
}

// Event is one coded event mention: the record contract of GUIDE §2.
type Event struct {
	ID          string      `json:"id"`
	EventID     string      `json:"event_id,omitempty"`
	Date        string      `json:"date"`
	DateBasis   string      `json:"date_basis"` // "text" or "published"
	Source      Actor       `json:"source"`
	Target      Actor       `json:"target"`
	Code        string      `json:"code"`
	Root        string      `json:"root"`
	Quad        int         `json:"quad"`
	Goldstein   float64     `json:"goldstein"`
	Plover      Plover      `json:"plover"`
	Modality    Modality    `json:"modality"`
	ModalityCue *Cue        `json:"modality_cue,omitempty"`
	Trigger     Cue         `json:"trigger"`
	Sentence    SentenceRef `json:"sentence"`
	Article     ArticleRef  `json:"article"`
	Rule        string      `json:"rule"`
	Coder       CoderRef    `json:"coder"`
	Confidence  float64     `json:"confidence"`
	// DateCue is the text the date was read from, when it came from the text.
	DateCue *Cue `json:"date_cue,omitempty"`
	// CAMEO is the nearest CAMEO code for extension codes (e.g. designations);
	// equal to Code for plain CAMEO codes.
	CAMEO string `json:"cameo"`
}
