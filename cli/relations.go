package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/record"
	"github.com/chancery/chancery/store"
)

const relationsUsage = `usage: chancery relations [--db URL] [--as-of DATE] [--kind K] [--source X] [--target Y] [--history] [--format table|json]

Answers questions of state from the record: which relations hold as of a
date — diplomatic recognition, diplomatic relations, sanctions (active,
eased or lifted), designations on terrorist and sanctions lists, armed
conflict, agreements, military aid — each with since when (with the date's
precision) and the sentences that say so. A country code (AFG) matches every
actor code of that country (AFGGOV, AFGINS). A month-precise date starts a
relation on its first day and ends one on its last day; an as-of date of a
month or year means its last day.

kinds: ` + "recognition, diplomatic-relations, sanctions, designation, armed-conflict, agreement, military-aid"

const timelineUsage = `usage: chancery timeline [--db URL] (--dyad A-B | --source X --target Y) [--all] [--format table|jsonl]

Lists the events between two actors in date order: --dyad RUS-AFG gives both
directions, --source/--target one. A country code matches all actor codes of
that country. --all adds negated and hypothetical mentions.`

// storedMentions loads the mentions that count (asserted, not retracted,
// not marked wrong) matching f.
func storedMentions(ctx context.Context, st store.Store, f store.Filter) ([]event.Event, error) {
	var out []event.Event
	err := st.Mentions(ctx, f, func(m store.Mention) error {
		out = append(out, m.Event)
		return nil
	})
	return out, err
}

func runRelations(ctx context.Context, env Env, args []string) error {
	var db, asOf, kind, src, tgt, format string
	var history bool
	fs := newFlags(env, "relations", relationsUsage)
	dbFlag(fs, &db)
	fs.StringVar(&asOf, "as-of", "", "the `date` (YYYY-MM-DD, YYYY-MM or YYYY); default: the latest date in the record")
	fs.StringVar(&kind, "kind", "", "only this kind of relation")
	fs.StringVar(&src, "source", "", "only relations from this actor or country")
	fs.StringVar(&tgt, "target", "", "only relations towards this actor or country")
	fs.BoolVar(&history, "history", false, "also list relations that ended before the date")
	fs.StringVar(&format, "format", "table", "table or json")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	k, err := record.ParseKind(kind)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUsage, err)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("relations: opening the record: %w", err)
	}
	defer st.Close()
	ms, err := storedMentions(ctx, st, store.Filter{Modality: event.Asserted})
	if err != nil {
		return fmt.Errorf("relations: %w", err)
	}
	rels, err := record.Relations(slices.Values(ms), record.Query{AsOf: asOf, Kind: k, Source: src, Target: tgt, History: history})
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUsage, err)
	}
	switch format {
	case "json":
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if rels == nil {
			rels = []record.Relation{}
		}
		return enc.Encode(rels)
	case "table":
	default:
		return fmt.Errorf("%w: unknown format %q (want table or json)", ErrUsage, format)
	}
	if len(rels) == 0 {
		fmt.Fprintln(env.Stdout, "no relation holds for that question")
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tSOURCE\tTARGET\tSTATE\tSINCE\tUNTIL\tEVIDENCE")
	for _, r := range rels {
		ev := ""
		if len(r.Evidence) > 0 {
			ev = trunc(r.Evidence[0].Sentence, 80)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Kind, name(r.Source, r.SourceName), name(r.Target, r.TargetName),
			r.State, r.SinceText(), r.UntilText(), ev)
	}
	return tw.Flush()
}

func name(code, n string) string {
	if n == "" {
		return code
	}
	return n + " (" + code + ")"
}

func runTimeline(ctx context.Context, env Env, args []string) error {
	var db, dyad, src, tgt, format string
	var all bool
	fs := newFlags(env, "timeline", timelineUsage)
	dbFlag(fs, &db)
	fs.StringVar(&dyad, "dyad", "", "two actors or countries `A-B`, both directions")
	fs.StringVar(&src, "source", "", "one direction: from this actor or country")
	fs.StringVar(&tgt, "target", "", "one direction: towards this actor or country")
	fs.BoolVar(&all, "all", false, "also negated and hypothetical mentions")
	fs.StringVar(&format, "format", "table", "table or jsonl")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	d, directed := record.Dyad{A: src, B: tgt}, true
	if dyad != "" {
		a, b, ok := strings.Cut(dyad, "-")
		if !ok || a == "" || b == "" {
			return fmt.Errorf("%w: --dyad wants A-B, e.g. RUS-AFG", ErrUsage)
		}
		d, directed = record.Dyad{A: a, B: b}, false
	} else if src == "" && tgt == "" {
		return fmt.Errorf("%w: timeline needs --dyad A-B or --source/--target", ErrUsage)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("timeline: opening the record: %w", err)
	}
	defer st.Close()
	f := store.Filter{}
	if !all {
		f.Modality = event.Asserted
	}
	ms, err := storedMentions(ctx, st, f)
	if err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	evs := record.Timeline(slices.Values(ms), d, directed)
	out, err := newEventWriter(map[string]string{"table": "table", "jsonl": "jsonl"}[format], env.Stdout)
	if err != nil {
		return err
	}
	if err := out.write(evs); err != nil {
		return err
	}
	return out.flush()
}
