package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/examples"
	"github.com/chancery/chancery/source"
)

const extractUsage = `usage: chancery extract [flags] [FILE|DIR|-]...

Prints each extracted article (id, url, title, byline, published date,
language, text, paragraph spans) as one JSON object per line: the text that
event spans point into. With no argument, the bundled example articles.`

func runExtract(ctx context.Context, env Env, args []string) error {
	var opt source.Options
	fs := newFlags(env, "extract", extractUsage)
	sourceFlags(fs, &opt, "")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	each := func(a event.Article) error { return enc.Encode(a) }
	onErr := func(err error) { fmt.Fprintln(env.Stderr, "chancery:", err) }
	if len(paths) == 0 {
		err = examples.Walk(ctx, opt, each, onErr)
	} else {
		err = source.Walk(ctx, paths, env.Stdin, opt, each, onErr)
	}
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	return nil
}
