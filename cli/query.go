package cli

import (
	"context"
	"fmt"
	"slices"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/export"
	"github.com/chancery/chancery/store"
)

const queryUsage = `usage: chancery query [--db URL] [filters] [--format F]

Selects mentions from the record and prints or exports them.

filters: --from/--to DATE, --actor X (source or target), --source X,
--target X, --country C, --code 05 (a code or prefix), --root R, --quad Q,
--modality M, --text "words" (every word must occur, any case), --limit N,
--all (also negated and hypothetical mentions, and those retracted or marked
wrong). A country code matches every actor code of that country.

formats:
  table          readable (default on a terminal)
  jsonl          the event record of 'chancery code', with event_id (default otherwise)
  csv            one row per mention, with a header
  gdelt          GDELT 2.0 event table: 61 columns in order, then chancery's; one row per event
  gdelt-mentions GDELT 2.0 mentions table: 16 columns, then chancery's; one row per mention
  plover         PLOVER JSONL, one object per event
  --header writes column names on the GDELT tables (GDELT's own files have none).`

func runQuery(ctx context.Context, env Env, args []string) error {
	var (
		db, format string
		f          store.Filter
		all        bool
		modality   string
		header     bool
	)
	fs := newFlags(env, "query", queryUsage)
	dbFlag(fs, &db)
	fs.StringVar(&f.From, "from", "", "on or after this `date`")
	fs.StringVar(&f.To, "to", "", "on or before this `date`")
	fs.StringVar(&f.Actor, "actor", "", "source or target actor or country")
	fs.StringVar(&f.Source, "source", "", "source actor or country")
	fs.StringVar(&f.Target, "target", "", "target actor or country")
	fs.StringVar(&f.Country, "country", "", "source or target country code")
	fs.StringVar(&f.Code, "code", "", "event code or prefix")
	fs.StringVar(&f.Root, "root", "", "root code")
	fs.IntVar(&f.Quad, "quad", 0, "QuadClass 1–4")
	fs.StringVar(&modality, "modality", "", "asserted, negated or hypothetical")
	fs.StringVar(&f.Text, "text", "", "words that must all occur in the sentence")
	fs.IntVar(&f.Limit, "limit", 0, "at most this many rows")
	fs.BoolVar(&all, "all", false, "every modality, and retracted or wrong mentions too")
	fs.StringVar(&format, "format", "", "table, jsonl, csv, gdelt, gdelt-mentions or plover")
	fs.BoolVar(&header, "header", false, "column names on the GDELT tables")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case modality != "":
		f.Modality = event.Modality(modality)
	case !all:
		f.Modality = event.Asserted
	}
	f.IncludeRetracted = all
	if format == "" {
		format = "jsonl"
		if isTerminal(env.Stdout) {
			format = "table"
		}
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return fmt.Errorf("query: opening the record: %w", err)
	}
	defer st.Close()
	ms, err := storedMentions(ctx, st, f)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	opt := export.Options{Header: header}
	switch format {
	case "table", "jsonl", "tsv":
		w, err := newEventWriter(format, env.Stdout)
		if err != nil {
			return err
		}
		if err := w.write(ms); err != nil {
			return err
		}
		return w.flush()
	case "csv":
		w := export.NewCSVWriter(env.Stdout)
		for _, m := range ms {
			if err := w.Write(m); err != nil {
				return err
			}
		}
		return w.Flush()
	case "gdelt", "plover":
		evs := export.Group(slices.Values(assertedOnly(ms)))
		var write func(export.Event) error
		var flush func() error
		if format == "gdelt" {
			w := export.NewGDELTEventWriter(env.Stdout, opt)
			write, flush = w.Write, w.Flush
		} else {
			w := export.NewPloverWriter(env.Stdout)
			write, flush = w.Write, w.Flush
		}
		for _, e := range evs {
			if err := write(e); err != nil {
				return err
			}
		}
		return flush()
	case "gdelt-mentions":
		w := export.NewGDELTMentionWriter(env.Stdout, opt)
		for _, e := range export.Group(slices.Values(assertedOnly(ms))) {
			if err := w.Write(e); err != nil {
				return err
			}
		}
		return w.Flush()
	}
	return fmt.Errorf("%w: unknown format %q", ErrUsage, format)
}

// assertedOnly keeps the mentions that form events.
func assertedOnly(ms []event.Event) []event.Event {
	out := ms[:0:0]
	for _, m := range ms {
		if m.Modality == event.Asserted && m.EventID != "" {
			out = append(out, m)
		}
	}
	return out
}
