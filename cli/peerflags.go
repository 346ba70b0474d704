package cli

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/dict/peer"
)

// peerFlags selects PETRARCH or TABARI dictionaries instead of chancery's.
type peerFlags struct {
	format                         string
	actors, verbs, agents, discard multiFlag
}

func (p *peerFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.format, "dict-format", "chancery", "dictionary format: chancery, petrarch (PETRARCH-2) or tabari (PETRARCH-1/TABARI); a verb file's layout is detected from its content")
	fs.Var(&p.actors, "actors", "peer actor dictionary `FILE` (repeatable; with --dict-format petrarch|tabari)")
	fs.Var(&p.verbs, "verbs", "peer verb dictionary `FILE` (repeatable)")
	fs.Var(&p.agents, "agents", "peer agent dictionary `FILE` (repeatable)")
	fs.Var(&p.discard, "discards", "peer discard list `FILE` (repeatable; read and counted, not yet used by the coder)")
}

func (p *peerFlags) active() bool { return p.format == "petrarch" || p.format == "tabari" }

// load returns only the peer dictionaries plus chancery's modality cues
// (peers have none); --dict files in chancery's format are not mixed in.
func (p *peerFlags) load(extra []string) (*dict.Dict, error) {
	if len(extra) > 0 {
		return nil, fmt.Errorf("cli: --dict cannot be combined with --dict-format %s", p.format)
	}
	d, st, err := peer.Load(context.Background(), peer.Options{Actors: p.actors, Verbs: p.verbs,
		Agents: p.agents, Discards: p.discard, Format: p.format})
	if err != nil {
		return nil, err
	}
	if st.WarningCount > 0 {
		fmt.Fprintf(os.Stderr, "chancery: peer dictionaries: %d line problems (first: %v)\n", st.WarningCount, st.Warnings[0])
	}
	def, err := dict.Default()
	if err != nil {
		return nil, err
	}
	d.Cues = def.Cues
	return d, nil
}

// validate rejects an unknown --dict-format and peer files without it.
func (p *peerFlags) validate() error {
	switch p.format {
	case "chancery":
		if len(p.actors)+len(p.verbs)+len(p.agents)+len(p.discard) > 0 {
			return fmt.Errorf("cli: --actors, --verbs, --agents and --discards need --dict-format petrarch or tabari")
		}
	case "petrarch", "tabari":
	default:
		return fmt.Errorf("cli: unknown --dict-format %q (want chancery, petrarch or tabari)", p.format)
	}
	return nil
}
