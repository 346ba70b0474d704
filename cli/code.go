package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/examples"
	"github.com/chancery/chancery/source"
)

const codeUsage = `usage: chancery code [flags] [FILE|DIR|-]...

Codes news articles into CAMEO events, each with its evidence. Input is
detected from content: plain text (a page as pasted), HTML, or JSONL of
articles {"id","url","title","published","text"|"html"}; .gz is read
transparently. Folders are read recursively; "-" is standard input. With no
argument, chancery codes its bundled example articles.

An article larger than --max-article-bytes (default 5 MiB) is reported with
its file and skipped.`

type codeFlags struct {
	src     source.Options
	format  string
	all     bool
	explain bool
	dicts   dictFlags
}

func runCode(ctx context.Context, env Env, args []string) error {
	var f codeFlags
	fs := newFlags(env, "code", codeUsage)
	fs.StringVar(&f.format, "format", "", "output: jsonl, table or tsv (default: table on a terminal, jsonl otherwise)")
	fs.BoolVar(&f.all, "all", false, "also print negated and hypothetical events, with their modality")
	fs.BoolVar(&f.explain, "explain", false, "show per sentence the actors, patterns tried and why each candidate was kept or dropped")
	sourceFlags(fs, &f.src, "")
	f.dicts.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if f.format == "" {
		f.format = "jsonl"
		if isTerminal(env.Stdout) {
			f.format = "table"
		}
	}
	out, err := newEventWriter(f.format, env.Stdout)
	if err != nil {
		return err
	}
	c, err := f.dicts.coder()
	if err != nil {
		return err
	}
	opt := f.src
	copt := coder.Options{All: f.all, Explain: f.explain}
	var nErr int
	onErr := func(err error) {
		nErr++
		fmt.Fprintln(env.Stderr, "chancery:", err)
	}
	each := func(a event.Article) error {
		res := c.Code(a, copt)
		if f.explain {
			if err := out.flush(); err != nil {
				return err
			}
			writeExplain(out.bw, a, res)
		}
		return out.write(res.Events)
	}
	if len(paths) == 0 {
		err = examples.Walk(ctx, opt, each, onErr)
	} else {
		err = source.Walk(ctx, paths, env.Stdin, opt, each, onErr)
	}
	if ferr := out.flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("code: %w", err)
	}
	if nErr > 0 {
		slog.Debug("inputs reported", "errors", nErr)
	}
	return nil
}

// eventWriter prints events in one of the output formats.
type eventWriter struct {
	format string
	bw     *bufio.Writer
	tw     *tabwriter.Writer
	enc    *json.Encoder
	header bool
}

func newEventWriter(format string, w io.Writer) (*eventWriter, error) {
	ew := &eventWriter{format: format, bw: bufio.NewWriter(w)}
	switch format {
	case "jsonl":
		ew.enc = json.NewEncoder(ew.bw)
		ew.enc.SetEscapeHTML(false)
	case "table":
		ew.tw = tabwriter.NewWriter(ew.bw, 0, 4, 2, ' ', 0)
	case "tsv":
	default:
		return nil, fmt.Errorf("%w: unknown format %q (want jsonl, table or tsv)", ErrUsage, format)
	}
	return ew, nil
}

var tsvColumns = []string{"id", "date", "date_basis", "source", "source_name", "code", "name", "target",
	"target_name", "modality", "quad", "goldstein", "trigger", "sentence", "article"}

func (w *eventWriter) write(evs []event.Event) error {
	for _, e := range evs {
		switch w.format {
		case "jsonl":
			if err := w.enc.Encode(e); err != nil {
				return err
			}
		case "tsv":
			if !w.header {
				fmt.Fprintln(w.bw, strings.Join(tsvColumns, "\t"))
				w.header = true
			}
			name := ""
			if c, ok := event.Lookup(e.Code); ok {
				name = c.Name
			}
			row := []string{e.ID, e.Date, e.DateBasis, e.Source.Code, e.Source.Name, e.Code, name, e.Target.Code,
				e.Target.Name, string(e.Modality), strconv.Itoa(e.Quad), strconv.FormatFloat(e.Goldstein, 'f', 1, 64),
				e.Trigger.Text, e.Sentence.Text, e.Article.ID}
			for i := range row {
				row[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(row[i])
			}
			fmt.Fprintln(w.bw, strings.Join(row, "\t"))
		case "table":
			if !w.header {
				fmt.Fprintln(w.tw, "DATE\tSOURCE\tCODE\tEVENT\tTARGET\tMODALITY\tEVIDENCE")
				w.header = true
			}
			name := ""
			if c, ok := event.Lookup(e.Code); ok {
				name = c.Name
			}
			fmt.Fprintf(w.tw, "%s\t%s (%s)\t%s\t%s\t%s (%s)\t%s\t%s\n", e.Date, e.Source.Name, e.Source.Code, e.Code,
				trunc(name, 32), e.Target.Name, e.Target.Code, e.Modality, trunc(evidence(e), 70))
		}
	}
	return nil
}

// evidence shows the sentence around the trigger.
func evidence(e event.Event) string {
	s := e.Sentence.Text
	a, b := e.Trigger.Span[0]-e.Sentence.Span[0], e.Trigger.Span[1]-e.Sentence.Span[0]
	if a < 0 || b > len(s) || a > b {
		return s
	}
	return s[:a] + "[" + s[a:b] + "]" + s[b:]
}

func (w *eventWriter) flush() error {
	if w.tw != nil {
		if err := w.tw.Flush(); err != nil {
			return err
		}
	}
	return w.bw.Flush()
}

func writeExplain(w io.Writer, a event.Article, res coder.Result) {
	fmt.Fprintf(w, "# article %s %s (published %s)\n", a.ID, a.Title, a.Published)
	for _, s := range res.Explain {
		fmt.Fprintf(w, "## sentence %d: %s\n", s.Index, s.Text)
		for _, x := range s.Actors {
			fmt.Fprintf(w, "   actor   %s\n", x)
		}
		for _, x := range s.Steps {
			fmt.Fprintf(w, "   %s\n", x)
		}
	}
}
