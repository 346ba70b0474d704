// Package cli is chancery's command line: one file per verb, all reached
// through Run so that tests drive the real program without a process.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Env is what a verb may touch: its arguments and the standard streams.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

type verb struct {
	summary string
	usage   string
	run     func(ctx context.Context, env Env, args []string) error
}

var verbs map[string]verb

func init() {
	verbs = map[string]verb{
		"code":      {"code articles into events", codeUsage, runCode},
		"extract":   {"print the extracted article (title, byline, date, text) as JSON", extractUsage, runExtract},
		"dict":      {"inspect dictionaries: stats, lookup NAME --date D, check FILE", dictUsage, runDict},
		"eval":      {"score the coder against gold records; --unknowns lists what the dictionaries miss", evalUsage, runEval},
		"version":   {"print the version of chancery, its coder and dictionaries", "usage: chancery version", runVersion},
		"help":      {"show help for a verb", "usage: chancery help [VERB]", runHelp},
		"ingest":    {"code articles and store them in the record (SQLite or PostgreSQL)", ingestUsage, runIngest},
		"recode":    {"code the stored articles again after a dictionary or coder change", recodeUsage, runRecode},
		"retract":   {"retract an article or a whole source from the record", retractUsage, runRetract},
		"mark":      {"mark a stored mention as wrongly coded", markUsage, runMark},
		"relations": {"who stands where with whom as of a date, with evidence", relationsUsage, runRelations},
		"timeline":  {"the events between two actors in date order", timelineUsage, runTimeline},
		"query":     {"select mentions; export GDELT, PLOVER or CSV", queryUsage, runQuery},
	}
}

// ErrUsage marks a command line that could not be understood; main exits 2.
var ErrUsage = errors.New("usage")

// Run runs chancery with args (without the program name).
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	env := Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if len(args) == 0 {
		printOverview(stderr)
		return ErrUsage
	}
	name := args[0]
	if name == "-h" || name == "--help" {
		name = "help"
	}
	v, ok := verbs[name]
	if !ok {
		printOverview(stderr)
		return fmt.Errorf("%w: unknown verb %q", ErrUsage, name)
	}
	return v.run(ctx, env, args[1:])
}

func printOverview(w io.Writer) {
	fmt.Fprintln(w, "chancery reads the news and codes what states and armed groups do to each other (CAMEO events).")
	fmt.Fprintln(w, "\nusage: chancery VERB [flags] [args]\n\nverbs:")
	names := make([]string, 0, len(verbs))
	for n := range verbs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, verbs[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'chancery help VERB' for a verb's flags.")
}

func runHelp(_ context.Context, env Env, args []string) error {
	if len(args) == 0 {
		printOverview(env.Stdout)
		return nil
	}
	v, ok := verbs[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown verb %q", ErrUsage, args[0])
	}
	fmt.Fprintln(env.Stdout, v.usage)
	return nil
}

// newFlags makes a flag set that prints the verb's usage to stderr.
func newFlags(env Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags that may come before or after the positional args.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", ErrUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func trunc(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
