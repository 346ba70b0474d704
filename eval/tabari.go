package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadTabari reads TABARI validation records (Validate.text): a header
// line "YYMMDD  ID", the text, then a comment /* … */ whose {…} blocks say
// what must be coded: "{ SRC / TGT / CODE } [YYMMDD]" an event, "{+++}",
// "{---}" or "{###}" no event, "-{…}" a deactivated expectation and
// "{ OPTION: … }" (or "{ SET: … }" …) a command to TABARI. Mapping rules
// are in MAPPINGS.md.
func ReadTabari(r io.Reader, name string) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var (
		out     []Record
		cur     *Record
		text    strings.Builder
		comment strings.Builder
		inCmt   bool
		blank   bool // the previous line was blank
	)
	final := false // past FINAL-01, "the end of the standard validation records"
	finish := func() {
		if cur == nil {
			return
		}
		cur.Text = squash(text.String())
		tabariExpect(cur, comment.String())
		if final {
			cur.Skip, cur.Note = true, "after FINAL-01 (non-standard record)"
		}
		final = final || strings.HasPrefix(cur.ID, "FINAL-")
		out = append(out, *cur)
		cur, inCmt = nil, false
		text.Reset()
		comment.Reset()
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.ToValidUTF8(sc.Text(), "\uFFFD")
		prevBlank := blank
		blank = strings.TrimSpace(line) == ""
		if _, _, ok := tabariHeader(line); inCmt && ok && prevBlank {
			finish() // two records leave their comment unclosed: a header after a blank line ends it
		}
		if inCmt {
			if before, _, ok := strings.Cut(line, "*/"); ok {
				comment.WriteString(before)
				finish()
				continue
			}
			comment.WriteString(line + "\n")
			continue
		}
		if date, id, ok := tabariHeader(line); ok {
			finish()
			cur = &Record{ID: id, Published: ymd(date), Suite: SuiteTabari, File: name, Line: n,
				Category: tabariCategory(id), Events: []GoldEvent{}}
			continue
		}
		if cur == nil || strings.HasPrefix(line, "#") {
			continue
		}
		if before, after, ok := strings.Cut(line, "/*"); ok {
			text.WriteString(before + " ")
			inCmt = true
			if body, _, closed := strings.Cut(after, "*/"); closed {
				comment.WriteString(body)
				finish()
			} else {
				comment.WriteString(after + "\n")
			}
			continue
		}
		text.WriteString(line + " ")
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", name, err)
	}
	finish()
	return out, nil
}

// tabariHeader splits a record header "YYMMDD  ID …" (6 to 9 digits, then
// an id with at least one letter).
func tabariHeader(line string) (date, id string, ok bool) {
	f := strings.Fields(line)
	if len(f) < 2 || len(f[0]) < 6 || len(f[0]) > 9 || !allDigits(f[0]) || !strings.HasPrefix(line, f[0]) {
		return "", "", false
	}
	rest := strings.Join(f[1:], " ")
	if !strings.ContainsAny(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") && !allDigits(f[1]) {
		return "", "", false
	}
	return f[0], rest, true
}

// tabariCategory is the id's prefix: "SYNSET-19a" → "SYNSET".
func tabariCategory(id string) string {
	for _, f := range strings.Fields(id) {
		if strings.ContainsAny(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			p, _, _ := strings.Cut(f, "-")
			return strings.ToUpper(p)
		}
	}
	return "MISC"
}

// tabariExpect reads the {…} blocks of a record's comment.
func tabariExpect(rec *Record, cmt string) {
	var active, off, marks, cmds int
	for {
		i := strings.IndexByte(cmt, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(cmt[i:], '}')
		if j < 0 {
			j = len(cmt) - i // an unclosed "{ OPTION: … */"
		}
		body := strings.TrimSpace(cmt[i+1 : i+j])
		// "-{" deactivates: a lone dash opening its (literal "\n") line.
		prev := strings.TrimRight(cmt[:i], " \t")
		deactivated := prev == "-" || strings.HasSuffix(prev, `\n-`) || strings.HasSuffix(prev, "\n-")
		cmt = cmt[min(i+j+1, len(cmt)):]
		switch {
		case body == "":
			// "{}" in prose
		case body == "+++" || body == "---" || body == "###":
			marks++
		case isCommand(body):
			cmds++
		case deactivated:
			off++
		default:
			p := strings.Split(body, "/")
			if len(p) != 3 {
				off++
				continue
			}
			active++
			rec.Events = append(rec.Events, GoldEvent{Source: peerActor(p[0]), Target: peerActor(p[1]),
				Code: strings.TrimSpace(p[2]), Date: eventDate(cmt)})
		}
	}
	switch {
	case cmds > 0:
		rec.Skip, rec.Note = true, "option record"
	case active == 0 && off > 0:
		rec.Skip, rec.Note = true, "deactivated expectation"
	case active == 0 && marks == 0:
		rec.Skip, rec.Note = true, "no expectation"
	}
}

// isCommand tells a TABARI command ("OPTION: SET: …", "SET: …") from an
// event block.
func isCommand(body string) bool {
	w, _, ok := strings.Cut(body, ":")
	return ok && w != "" && !strings.Contains(w, "/") && strings.ToUpper(w) == w && !strings.ContainsAny(w, " 0123456789")
}

// eventDate reads a YYMMDD date right after an event block, on its line.
func eventDate(rest string) string {
	line, _, _ := strings.Cut(rest, "\n")
	f := strings.Fields(line)
	if len(f) > 0 && len(f[0]) == 6 && allDigits(f[0]) {
		return ymd(f[0])
	}
	return ""
}
