// Command chancery reads the news and codes what states and armed groups do
// to each other. All of it lives in package cli; main only wires signals.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/chancery/chancery/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, cli.ErrUsage):
		if err != cli.ErrUsage { // the bare sentinel follows a usage text already printed
			fmt.Fprintln(os.Stderr, "chancery:", err)
		}
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "chancery:", err)
		os.Exit(1)
	}
}
