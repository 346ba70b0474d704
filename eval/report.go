package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/chancery/chancery/event"
)

// WriteJSON writes the report as one indented JSON object.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("eval: writing report: %w", err)
	}
	return nil
}

// WriteText writes the report for people to read.
func WriteText(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(bw, "%d records, %d scored, %d skipped; exactly right %d/%d (%.1f%%)\n\n",
		r.Records, r.Scored, r.Skipped, r.ExactlyRight, r.Scored, 100*r.ExactlyRightShare)
	for _, e := range r.Errors {
		fmt.Fprintf(bw, "error: %s\n", e)
	}
	if len(r.Errors) > 0 {
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(tw, "level\trecords\tTP\tFP\tFN\tforbidden\tprecision\trecall\tF1\t")
	for _, l := range r.Levels {
		if l.Records == 0 {
			fmt.Fprintf(tw, "%s\t0\t\t\t\t\t\t\tn/a\t\n", l.Level)
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\n", l.Level, l.Records, l.TP, l.FP, l.FN, l.Forbidden, prf(l.Counts))
	}
	flush(tw)
	groupTable(bw, "per file (main level: exact, or plover where the gold has no codes)", r.Files)
	for _, l := range r.Levels {
		if l.Records == 0 || l.Level == Full {
			continue
		}
		fmt.Fprintf(bw, "\nper %s at the %s level\n", map[bool]string{true: "PLOVER type", false: "root"}[l.Level == Plover], l.Level)
		tw = tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "class\tname\tTP\tFP\tFN\tprecision\trecall\tF1")
		for _, k := range sortedKeys(l.ByRoot) {
			c := l.ByRoot[k]
			name := ""
			if ec, ok := event.Lookup(k); ok && l.Level != Plover {
				name = strings.ToLower(ec.Name)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\n", k, trunc(name, 30), c.TP, c.FP, c.FN, prf(*c))
		}
		flush(tw)
	}
	groupTable(bw, "per category", r.Categories)
	writeConfusion(bw, r.Confusion)
	writeExamples(bw, "worst misses", "missed", r.Misses)
	writeExamples(bw, "worst false alarms", "false", r.FalseAlarms)
	return bw.Flush()
}

func prf(c Counts) string {
	return fmt.Sprintf("%.3f\t%.3f\t%.3f\t", c.Precision, c.Recall, c.F1)
}

func groupTable(w io.Writer, title string, gs []GroupScore) {
	if len(gs) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", title)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "name\trecords\texactly right\tTP\tFP\tFN\tprecision\trecall\tF1")
	for _, g := range gs {
		fmt.Fprintf(tw, "%s\t%d\t%d (%.0f%%)\t%d\t%d\t%d\t%s\n", g.Name, g.Records, g.ExactlyRight,
			100*float64(g.ExactlyRight)/float64(max(g.Records, 1)), g.TP, g.FP, g.FN, prf(g.Counts))
	}
	flush(tw)
}

func writeConfusion(w io.Writer, cs []Confusion) {
	if len(cs) == 0 {
		return
	}
	diag, total := 0, 0
	var off []Confusion
	for _, c := range cs {
		total += c.N
		if c.Gold == c.Coded {
			diag += c.N
		} else {
			off = append(off, c)
		}
	}
	fmt.Fprintf(w, "\nroot confusion (dyad-matched events): %d/%d on the same root\n", diag, total)
	sort.SliceStable(off, func(i, j int) bool { return off[i].N > off[j].N })
	for _, c := range off {
		fmt.Fprintf(w, "  gold %s coded as %s: %d\n", c.Gold, c.Coded, c.N)
	}
}

func writeExamples(w io.Writer, title, verb string, xs []Example) {
	if len(xs) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s (top %d)\n", title, len(xs))
	for _, x := range xs {
		fmt.Fprintf(w, "- %s:%d %s [%s, %s level]\n    %s\n", x.File, x.Line, x.ID, x.Category, x.Level, trunc(x.Text, 240))
		fmt.Fprintf(w, "    %s: %s\n", verb, strings.Join(x.Events, "; "))
		if verb == "missed" {
			fmt.Fprintf(w, "    coded: %s\n", orNone(x.Coded))
		} else {
			fmt.Fprintf(w, "    gold: %s\n", orNone(x.Gold))
		}
	}
}

func orNone(xs []string) string {
	if len(xs) == 0 {
		return "(none)"
	}
	return strings.Join(xs, "; ")
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func trunc(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func flush(tw *tabwriter.Writer) { _ = tw.Flush() }
