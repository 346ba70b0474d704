package source

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/chancery/chancery/event"
)

// StdinName is the name stdin's articles and errors carry.
const StdinName = "stdin"

// Walk reads each argument in order: "-" is stdin, a folder is read
// recursively in lexical order (hidden files and folders skipped), anything
// else is a file. A missing or unreadable path goes to onErr and the walk
// goes on; Walk returns only fn's error or a cancelled context's.
func Walk(ctx context.Context, args []string, stdin io.Reader, opt Options, fn func(event.Article) error, onErr func(error)) error {
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		if arg == "-" {
			if stdin == nil {
				onErr(fmt.Errorf("source: %s: no standard input", StdinName))
				continue
			}
			if err := Read(ctx, StdinName, stdin, opt, fn, onErr); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			onErr(fmt.Errorf("source: %w", err))
			continue
		}
		if !info.IsDir() {
			if err := readFile(ctx, arg, opt, fn, onErr); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				onErr(fmt.Errorf("source: %w", err))
				return nil
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			return readFile(ctx, path, opt, fn, onErr)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func readFile(ctx context.Context, path string, opt Options, fn func(event.Article) error, onErr func(error)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		onErr(fmt.Errorf("source: %w", err))
		return nil
	}
	defer f.Close()
	return Read(ctx, path, f, opt, fn, onErr)
}
