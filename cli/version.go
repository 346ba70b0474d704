package cli

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/chancery/chancery/coder"
	"github.com/chancery/chancery/dict"
)

// Version is chancery's release; the build's VCS revision is added when known.
const Version = "0.1.0"

func runVersion(_ context.Context, env Env, _ []string) error {
	d, err := dict.Default()
	if err != nil {
		return err
	}
	rev := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " (" + s.Value[:12] + ")"
			}
		}
	}
	fmt.Fprintf(env.Stdout, "chancery %s%s\ncoder %s\ndictionaries %s\n", Version, rev, coder.Version, d.Hash())
	return nil
}
