package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/source"
)

// dictFlags selects the dictionaries: the embedded default plus any files
// the user adds in chancery's own format.
type dictFlags struct {
	extra multiFlag
	peer  peerFlags // --dict-format petrarch|tabari: peer dictionaries instead
}

// sourceFlags registers the input options every reading command shares
// into o; note prefixes their help ("with --unknowns: ").
func sourceFlags(fs *flag.FlagSet, o *source.Options, note string) {
	fs.StringVar(&o.Published, "published", "", note+"published date `YYYY-MM-DD` for input that has none")
	fs.Int64Var(&o.MaxArticleBytes, "max-article-bytes", source.DefaultMaxArticleBytes, note+"skip (and report) an article larger than this")
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func (d *dictFlags) register(fs *flag.FlagSet) {
	fs.Var(&d.extra, "dict", "add a dictionary `FILE` in chancery's format (repeatable)")
	d.peer.register(fs)
}

// load returns the default dictionaries with the user's files merged in.
func (d *dictFlags) load() (*dict.Dict, error) {
	if err := d.peer.validate(); err != nil {
		return nil, err
	}
	if d.peer.active() {
		return d.peer.load(d.extra)
	}
	base, err := dict.Default()
	if err != nil {
		return nil, err
	}
	for _, f := range d.extra {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading dictionary: %w", err)
		}
		one, err := dict.Parse(f, b)
		if err != nil {
			return nil, err
		}
		if errs := dict.Check(one); len(errs) > 0 {
			return nil, errors.Join(errs...)
		}
		base.Merge(one)
	}
	return base, nil
}

func (d *dictFlags) coder() (*coder.Coder, error) {
	dd, err := d.load()
	if err != nil {
		return nil, err
	}
	return coder.New(dd)
}
