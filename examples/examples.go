// Package examples holds the example articles bundled with chancery, written
// by this project about real public events, so that `chancery code` shows
// what it does on a fresh machine with no input at hand.
package examples

import (
	"bytes"
	"context"
	"embed"
	"io/fs"
	"sort"

	"github.com/chancery/chancery/event"
	"github.com/chancery/chancery/source"
)

//go:embed articles
var files embed.FS

// Names lists the bundled example files.
func Names() []string {
	var out []string
	_ = fs.WalkDir(files, "articles", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// Walk reads every bundled example as source.Read would read a file.
func Walk(ctx context.Context, opt source.Options, fn func(event.Article) error, onErr func(error)) error {
	for _, n := range Names() {
		b, err := files.ReadFile(n)
		if err != nil {
			return err
		}
		if err := source.Read(ctx, n, bytes.NewReader(b), opt, fn, onErr); err != nil {
			return err
		}
	}
	return nil
}
