package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/event"
)

const dictUsage = `usage: chancery dict stats
       chancery dict lookup NAME [--date YYYY-MM-DD]
       chancery dict check FILE...

stats   counts the entries of the dictionaries in use and the CAMEO codes covered
lookup  shows what a name codes as on a date (default: today)
check   reports problems in dictionary files as FILE:LINE: message`

func runDict(ctx context.Context, env Env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, dictUsage)
		return ErrUsage
	}
	switch args[0] {
	case "stats":
		return dictStats(env, args[1:])
	case "lookup":
		return dictLookup(env, args[1:])
	case "check":
		return dictCheck(env, args[1:])
	}
	fmt.Fprintln(env.Stderr, dictUsage)
	return fmt.Errorf("%w: unknown dict command %q", ErrUsage, args[0])
}

func dictStats(env Env, args []string) error {
	var df dictFlags
	fs := newFlags(env, "dict stats", dictUsage)
	df.register(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	d, err := df.load()
	if err != nil {
		return err
	}
	patterns := 0
	covered := map[string]bool{}
	for _, v := range d.Verbs {
		patterns += len(v.Patterns)
		if len(v.Patterns) > 0 {
			covered[v.Code] = true
		}
	}
	uncovered := map[string]bool{}
	for _, u := range d.Uncovered {
		uncovered[u.Code] = true
	}
	var missing []string
	all := event.EventCodes()
	for _, c := range all {
		if !covered[c] && !uncovered[c] {
			missing = append(missing, c)
		}
	}
	offices := 0
	for _, p := range d.People {
		offices += len(p.Offices)
	}
	w := env.Stdout
	fmt.Fprintf(w, "dictionaries  %s (%d files)\n", d.Hash(), len(d.Files))
	fmt.Fprintf(w, "countries     %d\n", len(d.Countries))
	cities := 0
	for _, c := range d.Cities {
		cities += len(c.Names)
	}
	fmt.Fprintf(w, "cities        %d names\n", cities)
	fmt.Fprintf(w, "orgs          %d\n", len(d.Orgs))
	fmt.Fprintf(w, "groups        %d\n", len(d.Groups))
	fmt.Fprintf(w, "people        %d (%d terms of office)\n", len(d.People), offices)
	fmt.Fprintf(w, "agents        %d roles\n", len(d.Agents))
	fmt.Fprintf(w, "verb patterns %d for %d codes; %d codes listed uncovered; %d of %d event codes neither\n",
		patterns, len(covered), len(uncovered), len(missing), len(all))
	if len(missing) > 0 {
		fmt.Fprintf(w, "missing       %s\n", strings.Join(missing, " "))
	}
	return nil
}

func dictLookup(env Env, args []string) error {
	var df dictFlags
	var date string
	fs := newFlags(env, "dict lookup", dictUsage)
	fs.StringVar(&date, "date", "", "the date `YYYY-MM-DD` to code the name on")
	df.register(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return fmt.Errorf("%w: dict lookup needs a NAME", ErrUsage)
	}
	name := strings.Join(pos, " ")
	d, err := df.load()
	if err != nil {
		return err
	}
	hits := dict.Lookup(d, name, date)
	if len(hits) == 0 {
		return fmt.Errorf("dict lookup: %q is in no dictionary", name)
	}
	for _, h := range hits {
		fmt.Fprintf(env.Stdout, "%-10s %-8s %s  (%s)\n", h.Code, h.Kind, h.Detail, h.Pos)
	}
	return nil
}

func dictCheck(env Env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: dict check needs FILE", ErrUsage)
	}
	bad := 0
	for _, f := range args {
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("dict check: %w", err)
		}
		d, err := dict.Parse(f, b)
		var errs []error
		if err != nil {
			errs = unjoin(err)
		} else {
			errs = dict.Check(d)
		}
		for _, e := range errs {
			fmt.Fprintln(env.Stdout, e)
		}
		bad += len(errs)
	}
	if bad > 0 {
		return fmt.Errorf("dict check: %d problems", bad)
	}
	fmt.Fprintf(env.Stdout, "ok: %d files\n", len(args))
	return nil
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	var e *dict.Error
	if errors.As(err, &e) {
		return []error{e}
	}
	return []error{err}
}
