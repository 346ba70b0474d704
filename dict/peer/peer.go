// Package peer reads the dictionaries of PETRARCH-2, PETRARCH-1 and TABARI
// (actors, agents, verbs, discards) into chancery's in-memory dictionary, so
// that chancery's coder can run on a peer's vocabulary. What does not map
// onto chancery's model is counted in Stats.Unmapped; see README.md.
package peer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/chancery/chancery/dict"
)

// Options names the peer files to read.
type Options struct {
	Actors, Verbs, Agents, Discards []string // file paths
	// Format is "petrarch" (PETRARCH-2 verbs) or "tabari" (PETRARCH-1 or
	// TABARI verbs). It is a hint only: each verb file's layout is
	// detected from its content (see README.md); "" means detect.
	Format string
}

// Stats counts what was read and what could not be mapped.
type Stats struct {
	Actors, Agents, Patterns, DroppedPatterns, Synsets int
	// PatternLines is the number of peer pattern lines read; one line may
	// expand into several chancery patterns (synsets with phrases).
	PatternLines int
	// NoPatterns are null-code (---) peer patterns kept as chancery
	// nopatterns under the verb's own code.
	NoPatterns int
	Discards   int
	Unmapped   map[string]int // feature → count
	// VerbFormats is the layout detected per verb file: petrarch2,
	// petrarch1 or tabari.
	VerbFormats map[string]string
	// Warnings holds the first per-line problems (each a *dict.Error);
	// WarningCount counts them all.
	Warnings     []error
	WarningCount int
}

// Set is a loaded peer dictionary with what chancery cannot use yet.
type Set struct {
	Dict     *dict.Dict
	Discards []string // phrases; a leading "+" marks a story-level discard
	Stats    Stats
}

const maxWarnings = 100

func (s *Stats) unmapped(feature string, n int) {
	if n == 0 {
		return
	}
	if s.Unmapped == nil {
		s.Unmapped = map[string]int{}
	}
	s.Unmapped[feature] += n
}

func (s *Stats) warn(file string, line int, format string, args ...any) {
	s.WarningCount++
	if len(s.Warnings) < maxWarnings {
		s.Warnings = append(s.Warnings, &dict.Error{Pos: dict.Pos{File: file, Line: line}, Msg: fmt.Sprintf(format, args...)})
	}
}

// Load reads the peer files and returns chancery dictionaries. Per-line
// problems are counted in Stats; only unreadable files are errors.
func Load(ctx context.Context, opt Options) (*dict.Dict, Stats, error) {
	s, err := LoadSet(ctx, opt)
	if err != nil {
		return nil, Stats{}, err
	}
	return s.Dict, s.Stats, nil
}

// LoadSet is Load that also returns the discard phrases.
func LoadSet(ctx context.Context, opt Options) (*Set, error) {
	switch opt.Format {
	case "", "petrarch", "tabari":
	default:
		return nil, fmt.Errorf("peer: unknown format %q (want petrarch or tabari)", opt.Format)
	}
	set := &Set{Dict: &dict.Dict{}}
	hash := sha256.New()
	st := &set.Stats
	steps := []struct {
		files []string
		read  func(name string, ls []line)
	}{
		{opt.Actors, func(n string, ls []line) { readActors(set.Dict, st, n, ls) }},
		{opt.Agents, func(n string, ls []line) { readAgents(set.Dict, st, n, ls) }},
		{opt.Verbs, func(n string, ls []line) { readVerbs(set.Dict, st, n, ls, opt.Format) }},
		{opt.Discards, func(n string, ls []line) { set.Discards = append(set.Discards, readDiscards(ls)...) }},
	}
	for _, step := range steps {
		for _, f := range step.files {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("peer: %w", err)
			}
			ls, sum, err := readFile(f)
			if err != nil {
				return nil, err
			}
			hash.Write(sum[:])
			set.Dict.Files = append(set.Dict.Files, f)
			step.read(f, ls)
		}
	}
	// a comment-only chancery file carries the content hash into Dict.Hash
	carrier, err := dict.Parse("peer", []byte("# peer "+opt.Format+" "+hex.EncodeToString(hash.Sum(nil))+"\n"))
	if err != nil {
		return nil, fmt.Errorf("peer: hashing: %w", err)
	}
	files := set.Dict.Files
	set.Dict.Merge(carrier)
	set.Dict.Files = files
	st.Discards = len(set.Discards)
	st.unmapped("discard phrases (coder has no discard list)", st.Discards)
	return set, nil
}

// line is one non-empty peer line with comments removed.
type line struct {
	n    int
	text string // trimmed
}

// readFile reads a peer file; bytes that are not UTF-8 are read as Latin-1.
func readFile(path string) ([]line, [32]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, [32]byte{}, fmt.Errorf("peer: reading dictionary: %w", err)
	}
	s := string(b)
	if !utf8.ValidString(s) {
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		s = string(rs)
	}
	return cleanLines(s), sha256.Sum256(b), nil
}

// cleanLines drops XML comments (also across lines), lines starting with
// "#" or "<!", and "#" or ";" comments outside [...] (so codes like [###]
// survive).
func cleanLines(s string) []line {
	var out []line
	inXML := false
	for i, raw := range strings.Split(s, "\n") {
		t := strings.TrimRight(raw, "\r")
		if inXML {
			end := strings.Index(t, "-->")
			if end < 0 {
				continue
			}
			inXML = false
			t = t[end+3:]
		}
		for {
			a := strings.Index(t, "<!--")
			if a < 0 {
				break
			}
			b := strings.Index(t[a:], "-->")
			if b < 0 {
				t, inXML = t[:a], true
				break
			}
			t = t[:a] + t[a+b+3:]
		}
		if strings.HasPrefix(strings.TrimSpace(t), "<!") {
			continue
		}
		t = strings.TrimSpace(stripComment(t))
		if t != "" {
			out = append(out, line{n: i + 1, text: t})
		}
	}
	return out
}

func stripComment(s string) string {
	depth := 0
	for i, r := range s {
		switch r {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#', ';':
			if depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// readDiscards returns the discard phrases, "+" kept for story level.
func readDiscards(ls []line) []string {
	var out []string
	for _, l := range ls {
		t := strings.Join(strings.Fields(strings.ReplaceAll(l.text, "_", " ")), " ")
		if t != "" && t != "+" {
			out = append(out, t)
		}
	}
	return out
}

// src names the file an entry came from.
func src(file string) string { return "peer dictionary " + filepath.Base(file) }

// String summarises the stats in a few lines, unmapped features sorted.
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "actors %d, agents %d, pattern lines %d → patterns %d (nopatterns %d), dropped %d, synsets %d, discards %d, warnings %d\n",
		s.Actors, s.Agents, s.PatternLines, s.Patterns, s.NoPatterns, s.DroppedPatterns, s.Synsets, s.Discards, s.WarningCount)
	keys := make([]string, 0, len(s.Unmapped))
	for k := range s.Unmapped {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  unmapped %-55s %d\n", k, s.Unmapped[k])
	}
	return b.String()
}
