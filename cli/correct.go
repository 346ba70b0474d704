package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/store"
)

const recodeUsage = `usage: chancery recode [--db URL] [--since YYYY-MM-DD] [dictionary flags]

Codes the stored articles again — after a dictionary or coder change — and
replaces their mentions; events and relations follow. --since limits it to
articles ingested on or after a date.`

const retractUsage = `usage: chancery retract [--db URL] (--article ID | --source DOMAIN)

Retracts an article, or every article of a source domain (now and later).
Retracted articles are kept and flagged; their mentions no longer count in
events, relations, timelines and exports.`

const markUsage = `usage: chancery mark [--db URL] [--ok] MENTION_ID

Marks a mention as wrongly coded: it is kept, flagged and excluded from
events, relations and exports. --ok takes the mark back.`

func runRecode(ctx context.Context, env Env, args []string) error {
	var db, since string
	var dicts dictFlags
	fs := newFlags(env, "recode", recodeUsage)
	dbFlag(fs, &db)
	fs.StringVar(&since, "since", "", "only articles ingested on or after this `date`")
	dicts.register(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	var from time.Time
	if since != "" {
		t, err := time.Parse("2006-01-02", since)
		if err != nil {
			return fmt.Errorf("%w: --since wants YYYY-MM-DD: %v", ErrUsage, err)
		}
		from = t
	}
	c, err := dicts.coder()
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("recode: opening the record: %w", err)
	}
	defer st.Close()
	// collect first: replacing while the stream is open would hold a
	// reader against the writer on SQLite
	var arts []event.Article
	if err := st.ArticlesForRecode(ctx, from, func(a event.Article) error {
		arts = append(arts, a)
		return nil
	}); err != nil {
		return fmt.Errorf("recode: %w", err)
	}
	n := 0
	for _, a := range arts {
		evs := c.Code(a, coder.Options{All: true}).Events
		if err := st.ReplaceMentions(ctx, a.ID, evs); err != nil {
			return fmt.Errorf("recode: article %s: %w", a.ID, err)
		}
		n += len(evs)
	}
	fmt.Fprintf(env.Stderr, "recode: %d articles, %d mentions (coder %s, dictionaries %s)\n", len(arts), n, coder.Version, c.DictHash())
	return nil
}

func runRetract(ctx context.Context, env Env, args []string) error {
	var db, article, domain string
	fs := newFlags(env, "retract", retractUsage)
	dbFlag(fs, &db)
	fs.StringVar(&article, "article", "", "the article `ID` to retract")
	fs.StringVar(&domain, "source", "", "retract every article of this `domain`")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if (article == "") == (domain == "") {
		return fmt.Errorf("%w: retract needs --article ID or --source DOMAIN", ErrUsage)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("retract: opening the record: %w", err)
	}
	defer st.Close()
	if article != "" {
		if err := st.RetractArticle(ctx, article); err != nil {
			return fmt.Errorf("retract: %w", err)
		}
		fmt.Fprintf(env.Stdout, "retracted article %s\n", article)
		return nil
	}
	n, err := st.RetractSource(ctx, domain)
	if err != nil {
		return fmt.Errorf("retract: %w", err)
	}
	fmt.Fprintf(env.Stdout, "retracted %d articles of %s (and any later ones)\n", n, domain)
	return nil
}

func runMark(ctx context.Context, env Env, args []string) error {
	var db string
	var ok bool
	fs := newFlags(env, "mark", markUsage)
	dbFlag(fs, &db)
	fs.BoolVar(&ok, "ok", false, "take the mark back: the mention counts again")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: mark needs one MENTION_ID", ErrUsage)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("mark: opening the record: %w", err)
	}
	defer st.Close()
	if err := st.MarkMention(ctx, pos[0], !ok); err != nil {
		return fmt.Errorf("mark: %w", err)
	}
	state := "wrong"
	if ok {
		state = "ok"
	}
	fmt.Fprintf(env.Stdout, "mention %s marked %s\n", pos[0], state)
	return nil
}
