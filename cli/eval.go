package cli

import (
	"context"
	"fmt"

	"github.com/chancery/chancery/eval"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/source"
)

const evalUsage = `usage: chancery eval [flags] GOLD...
       chancery eval --unknowns [flags] CORPUS...

Scores the coder against gold records and prints precision, recall and F1 at
four levels: exact (CAMEO code + source and target country, the first three
letters of the actor codes), root (root code + countries), full (code + full
actor codes) and plover (PLOVER type + countries); per root code, per file
and per category; the root confusion of dyad-matched events; the share of
records exactly right (the full-level set of events equals the gold's); and
the worst misses and false alarms with their sentences.

Only asserted events count. Gold events marked negated or hypothetical, and
a record's "not" list, must not be coded as asserted: doing so is a false
alarm (counted as "forbidden").

GOLD files are read by content: '[' starts a PLOVER GSR JSON array, '{'
chancery's gold JSONL, '<' PETRARCH validation XML, and "YYMMDD ID" record
headers TABARI's Validate.text. How the peer suites map to chancery's
conventions is in eval/MAPPINGS.md.

With --unknowns, reads articles (like 'chancery code') and lists the most
frequent capitalised phrases the dictionaries do not know and the verbs of
sentences with two or more actors where no pattern fired.`

type evalFlags struct {
	format   string
	top      int
	unknowns bool
	src      source.Options
	dicts    dictFlags
}

func runEval(ctx context.Context, env Env, args []string) error {
	var f evalFlags
	fs := newFlags(env, "eval", evalUsage)
	fs.StringVar(&f.format, "format", "text", "output: text or json")
	fs.IntVar(&f.top, "top", 10, "list the `N` worst misses and false alarms (or N unknowns)")
	fs.BoolVar(&f.unknowns, "unknowns", false, "list unknown actor phrases and uncoded verbs of a corpus")
	sourceFlags(fs, &f.src, "with --unknowns: ")
	f.dicts.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if f.format != "text" && f.format != "json" {
		return fmt.Errorf("%w: unknown format %q (want text or json)", ErrUsage, f.format)
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: eval needs at least one file", ErrUsage)
	}
	c, err := f.dicts.coder()
	if err != nil {
		return err
	}
	if f.unknowns {
		u := eval.NewUnknowns(c)
		opt := f.src
		onErr := func(err error) { fmt.Fprintln(env.Stderr, "chancery:", err) }
		each := func(a event.Article) error { u.Add(a); return nil }
		if err := source.Walk(ctx, paths, env.Stdin, opt, each, onErr); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		if f.format == "json" {
			return u.WriteJSON(env.Stdout, f.top)
		}
		return u.WriteText(env.Stdout, f.top)
	}
	var recs []eval.Record
	for _, p := range paths {
		rs, err := eval.ReadFile(p)
		if err != nil {
			return err
		}
		recs = append(recs, rs...)
	}
	rep := eval.Score(eval.Code(c, recs), f.top)
	if f.format == "json" {
		return eval.WriteJSON(env.Stdout, rep)
	}
	return eval.WriteText(env.Stdout, rep)
}
