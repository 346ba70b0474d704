// Package store is chancery's record: articles, their event mentions and the
// events that merge mentions of the same happening. One Store interface, one
// SQL implementation shared by the backends (store/sqlite, store/postgres),
// which differ only in driver, migrations and a small Dialect.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/chancery/chancery/event"
)

// Store is the record. Every method takes a context; none logs.
type Store interface {
	// PutArticle stores an article and its coded mentions in one
	// transaction: the article whole or not at all. It is idempotent.
	PutArticle(ctx context.Context, a event.Article, mentions []event.Event) (PutResult, error)
	// ReplaceMentions swaps an article's mentions for a recoded set.
	ReplaceMentions(ctx context.Context, articleID string, mentions []event.Event) error
	// ArticlesForRecode streams non-retracted articles ingested at or after
	// since (zero: all), oldest first.
	ArticlesForRecode(ctx context.Context, since time.Time, fn func(event.Article) error) error

	// Mentions streams the mentions that pass f, by date.
	Mentions(ctx context.Context, f Filter, fn func(Mention) error) error
	// Events streams the merged events that pass f, by date.
	Events(ctx context.Context, f Filter, fn func(Event) error) error

	// RetractArticle flags an article; its mentions stop counting.
	RetractArticle(ctx context.Context, id string) error
	// RetractSource flags every article of a domain, now and later, and
	// returns how many articles it flagged now.
	RetractSource(ctx context.Context, domain string) (int, error)
	// MarkMention flags (or unflags) a mention as wrongly coded.
	MarkMention(ctx context.Context, mentionID string, wrong bool) error

	// Stats counts what the record holds.
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Status says what PutArticle did.
type Status string

// The outcomes of PutArticle.
const (
	Inserted      Status = "inserted"       // a new article
	NearDuplicate Status = "near-duplicate" // new, linked to the article it nearly copies
	Updated       Status = "updated"        // same URL, new text: the old article was replaced
	Unchanged     Status = "unchanged"      // same URL (or id) and same text: nothing done
	Duplicate     Status = "duplicate"      // same text as another article: not stored again
)

// PutResult reports one PutArticle.
type PutResult struct {
	Status    Status `json:"status"`
	ArticleID string `json:"article_id"` // the stored article (the original for a duplicate)
	// NearDupOf is the original a near-duplicate is linked to.
	NearDupOf string `json:"near_dup_of,omitempty"`
	Mentions  int    `json:"mentions"` // mentions written
}

// Mention is a stored mention: the event record plus its corrections.
type Mention struct {
	event.Event
	Wrong     bool `json:"wrong,omitempty"`
	Retracted bool `json:"retracted,omitempty"`
}

// Event is a happening that one or more asserted mentions report.
type Event struct {
	ID            string    `json:"event_id"`
	Date          string    `json:"date"`      // the most precise date its mentions agree on
	Precision     string    `json:"precision"` // day, month, year, or "" when undated
	Code          string    `json:"code"`
	Root          string    `json:"root"`
	Quad          int       `json:"quad"`
	Goldstein     float64   `json:"goldstein"`
	Source        string    `json:"source"`
	Target        string    `json:"target"`
	SourceCountry string    `json:"source_country"`
	TargetCountry string    `json:"target_country"`
	NumMentions   int       `json:"num_mentions"`
	NumSources    int       `json:"num_sources"`  // distinct source domains
	NumArticles   int       `json:"num_articles"` // distinct articles, near-duplicates counted once
	FirstSeen     time.Time `json:"first_seen"`
}

// Filter selects mentions or events. Zero fields select everything.
type Filter struct {
	// From and To are dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive. A row's
	// partial date compares by its start: "2021-08" is 2021-08-01. To covers
	// its whole period: To "2021-08" includes 2021-08-31.
	From, To string
	// Actor matches the source or target code by prefix; a three-letter
	// country also matches every actor whose country it is.
	Actor          string
	Source, Target string // like Actor, for one side
	Country        string // source or target country, exactly
	Code           string // event code prefix: "05" matches 050–057
	Root           string
	Quad           int
	Modality       event.Modality // mentions only; events are all asserted
	Text           string         // every word must occur in the sentence, any case
	Article        string         // one article's id
	EventID        string         // the mentions of one event
	// IncludeRetracted also returns mentions of retracted articles and
	// mentions marked wrong. Events always count only what remains.
	IncludeRetracted bool
	Limit, Offset    int
}

// Stats counts the record.
type Stats struct {
	Articles       int `json:"articles"` // not retracted, near-duplicates included
	NearDuplicates int `json:"near_duplicates"`
	Retracted      int `json:"retracted"`
	Mentions       int `json:"mentions"` // of non-retracted articles
	Events         int `json:"events"`
}

// Errors callers can test with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid input")
)
