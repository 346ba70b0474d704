package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/source"
	"github.com/chancery/chancery/store"
	_ "github.com/chancery/chancery/store/all" // the SQLite and PostgreSQL backends
)

const ingestUsage = `usage: chancery ingest [flags] PATH...

Codes articles and stores them, their mentions and the merged events in the
record (default ./chancery.db; --db postgres://… for PostgreSQL). Inputs are
those of 'chancery code': text, HTML, JSONL, RSS/Atom feeds, WARC archives,
.gz, folders (recursively) and "-" for standard input.

Ingest is idempotent and resumable: an article already stored (same URL or
same text) is not stored again, an updated version of a URL replaces the old
one, near-duplicates (wire copies) are linked and not double counted, and
each article is committed whole or not at all — re-running an interrupted
ingest finishes the job without duplicating anything.`

const defaultDB = "chancery.db"

func dbFlag(fs interface {
	StringVar(*string, string, string, string)
}, p *string) {
	fs.StringVar(p, "db", defaultDB, "the record: a SQLite file path, sqlite://PATH or postgres://USER:PASS@HOST/DB")
}

func runIngest(ctx context.Context, env Env, args []string) error {
	var (
		db    string
		src   source.Options
		dicts dictFlags
	)
	fs := newFlags(env, "ingest", ingestUsage)
	dbFlag(fs, &db)
	sourceFlags(fs, &src, "")
	dicts.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: ingest needs a PATH (or - for standard input)", ErrUsage)
	}
	c, err := dicts.coder()
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("ingest: opening the record: %w", err)
	}
	defer st.Close()
	p := newProgress(env.Stderr, isTerminal(env.Stderr))
	err = ingest(ctx, st, c, paths, env.Stdin, src, p)
	p.done()
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	return nil
}

// coded is an article with its events, on its way to the store.
type coded struct {
	a   event.Article
	evs []event.Event
}

// ingest reads, codes (on every core) and stores (one writer) articles.
func ingest(ctx context.Context, st store.Store, c *coder.Coder, paths []string, stdin io.Reader, opt source.Options, p *progress) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	articles := make(chan event.Article, 64)
	results := make(chan coded, 64)
	var readErr error
	go func() {
		defer close(articles)
		readErr = source.Walk(ctx, paths, stdin, opt, func(a event.Article) error {
			select {
			case articles <- a:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, p.inputError)
	}()
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range articles {
				// every modality is kept: the record shows what was denied
				// or conditional too, and events count only asserted ones
				res := c.Code(a, coder.Options{All: true})
				select {
				case results <- coded{a, res.Events}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	var putErr error
	for r := range results {
		if putErr != nil {
			continue // drain, so the workers can stop
		}
		res, err := st.PutArticle(ctx, r.a, r.evs)
		if err != nil {
			if errors.Is(err, store.ErrInvalid) {
				p.inputError(fmt.Errorf("%s: not stored: %w", r.a.Origin, err))
				continue
			}
			putErr = fmt.Errorf("storing %s: %w", r.a.Origin, err)
			cancel()
			continue
		}
		p.stored(res, len(r.evs))
	}
	if putErr != nil {
		return putErr
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return readErr
	}
	return ctx.Err()
}

// progress shows ingest on a terminal (a line redrawn a few times a
// second) and prints a summary line otherwise.
type progress struct {
	w        io.Writer
	tty      bool
	start    time.Time
	last     time.Time
	mu       sync.Mutex
	articles int
	counts   map[store.Status]int
	mentions int
	errors   int
}

func newProgress(w io.Writer, tty bool) *progress {
	now := time.Now()
	return &progress{w: w, tty: tty, start: now, counts: map[store.Status]int{}}
}

func (p *progress) inputError(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.errors++
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintln(p.w, "chancery:", err)
}

func (p *progress) stored(r store.PutResult, mentions int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.articles++
	p.counts[r.Status]++
	p.mentions += r.Mentions
	if p.tty && time.Since(p.last) > 200*time.Millisecond {
		p.last = time.Now()
		fmt.Fprintf(p.w, "\r\033[K%s", p.line())
	}
}

func (p *progress) line() string {
	secs := time.Since(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.articles) / secs
	}
	return fmt.Sprintf("%d articles (%.0f/s): %d new, %d updated, %d unchanged, %d duplicates, %d near-duplicates; %d mentions; %d errors",
		p.articles, rate, p.counts[store.Inserted], p.counts[store.Updated], p.counts[store.Unchanged],
		p.counts[store.Duplicate], p.counts[store.NearDuplicate], p.mentions, p.errors)
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintln(p.w, "ingest:", p.line(), "in", time.Since(p.start).Round(time.Millisecond))
}
