package peer

import (
	"strings"

	"github.com/chancery/chancery/dict"
	"github.com/chancery/chancery/event"
)

// pverb is one verb of a block or TABARI entry.
type pverb struct {
	seq   alt   // the verb's words (several for a compound verb)
	forms []alt // irregular forms given in {...}
	code  string
}

// patLine is one "- PATTERN [CODE]" line.
type patLine struct {
	n          int
	body, code string
}

// block is a PETRARCH verb block ("--- MEANING [CODE] ---") or a TABARI
// verb entry ("VERB [CODE]"); its patterns apply to all its verbs.
type block struct {
	n     int
	code  string
	verbs []pverb
	pats  []patLine
}

// verbFile is a verb file read into blocks and synsets.
type verbFile struct {
	name    string
	format  string // petrarch2, petrarch1, tabari
	tabari  bool   // TABARI words are stems unless they end in "_"
	blocks  []*block
	synsets map[string][]string // key without "&" and trailing "_"
}

// readVerbs reads a verb file. The layout is detected from the content:
// "--- … [code] ---" block headers mean PETRARCH (2 when patterns use
// PETRARCH-2's (…) or {…} phrase marks, else 1); otherwise TABARI.
func readVerbs(d *dict.Dict, st *Stats, file string, ls []line, hint string) {
	vf := &verbFile{name: file, synsets: map[string][]string{}}
	vf.format = detectVerbFormat(ls)
	vf.tabari = vf.format == "tabari"
	if st.VerbFormats == nil {
		st.VerbFormats = map[string]string{}
	}
	st.VerbFormats[file] = vf.format
	if hint == "petrarch" && vf.format != "petrarch2" || hint == "tabari" && vf.format == "petrarch2" {
		st.unmapped("verb files whose content overrode --dict-format", 1)
	}
	vf.parse(st, ls)
	st.Synsets += len(vf.synsets)
	vf.convert(d, st)
}

func detectVerbFormat(ls []line) string {
	blocks, p2 := false, false
	for _, l := range ls {
		t := l.text
		if strings.HasPrefix(t, "---") && strings.HasSuffix(t, "---") && strings.Contains(t, "[") {
			blocks = true
		}
		if strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "--") {
			if strings.Contains(t, "(") || strings.Contains(t, "{") && !strings.Contains(t, "|") {
				p2 = true
			}
		}
	}
	switch {
	case blocks && p2:
		return "petrarch2"
	case blocks:
		return "petrarch1"
	}
	return "tabari"
}

func (vf *verbFile) parse(st *Stats, ls []line) {
	var cur *block
	synset := ""  // the synset whose "+" members follow
	section := "" // a TABARI <SECTION> other than <SYNSETS>
	for _, l := range ls {
		t := l.text
		if inSection(st, &section, t) {
			continue
		}
		switch {
		case strings.HasPrefix(t, "<"):
			tag := strings.ToUpper(strings.Trim(t, "<>/ "))
			if tag != "SYNSETS" && !strings.HasPrefix(t, "</") {
				section = strings.Trim(t, "<>")
			}
			synset = ""
		case strings.HasPrefix(t, "---"):
			_, codes := splitCodes(t)
			cur = &block{n: l.n}
			if len(codes) > 0 {
				cur.code = strings.TrimSpace(codes[0])
			}
			vf.blocks = append(vf.blocks, cur)
			synset = ""
		case strings.HasPrefix(t, "&"):
			synset = synKey(strings.Fields(t)[0])
			if _, ok := vf.synsets[synset]; ok {
				st.warn(vf.name, l.n, "synset &%s defined again", synset)
			}
			vf.synsets[synset] = vf.synsets[synset][:0:0]
		case strings.HasPrefix(t, "+") && synset != "":
			vf.synsets[synset] = append(vf.synsets[synset], strings.TrimSpace(t[1:]))
		case strings.HasPrefix(t, "-"):
			synset = ""
			body, codes := splitLast(t[1:])
			if cur == nil {
				st.warn(vf.name, l.n, "pattern outside a verb entry")
				continue
			}
			if codes == "" {
				st.warn(vf.name, l.n, "pattern without [code]")
				st.PatternLines++
				st.DroppedPatterns++
				continue
			}
			cur.pats = append(cur.pats, patLine{n: l.n, body: body, code: codes})
		case strings.HasPrefix(t, "~"):
			st.unmapped("PETRARCH-2 verb transformations (~)", 1)
		case strings.HasPrefix(t, "{"):
			if cur == nil || len(cur.verbs) == 0 {
				st.warn(vf.name, l.n, "verb forms outside a verb entry")
				continue
			}
			v := &cur.verbs[len(cur.verbs)-1]
			v.forms = append(v.forms, vf.formsOf(t)...)
		default:
			synset = ""
			v, ok := vf.verbLine(t)
			if !ok {
				st.warn(vf.name, l.n, "cannot read verb line %q", t)
				continue
			}
			if vf.tabari {
				cur = &block{n: l.n, code: v.code}
				vf.blocks = append(vf.blocks, cur)
			} else if cur == nil {
				st.warn(vf.name, l.n, "verb outside a --- block")
				continue
			}
			cur.verbs = append(cur.verbs, v)
		}
	}
}

// splitLast splits "BODY [CODE] rest" at the last bracket pair.
func splitLast(s string) (body, code string) {
	a := strings.LastIndexByte(s, '[')
	if a < 0 {
		return s, ""
	}
	b := strings.IndexByte(s[a:], ']')
	if b < 0 {
		return s[:a], strings.TrimSpace(s[a+1:])
	}
	return s[:a], strings.TrimSpace(s[a+1 : a+b])
}

func synKey(s string) string {
	return strings.ToUpper(strings.TrimRight(strings.TrimPrefix(s, "&"), "_"))
}

// verbLine reads "VERB {FORMS} [CODE]", "+CALL_OFF {…}", "RE_+ARREST" or a
// TABARI "VERB WORDS [CODE]".
func (vf *verbFile) verbLine(t string) (pverb, bool) {
	var v pverb
	body, code := splitLast(t)
	if strings.Contains(t, "[") {
		v.code = code
	}
	if a := strings.IndexByte(body, '{'); a >= 0 {
		v.forms = vf.formsOf(body[a:])
		body = body[:a]
	}
	body = strings.ReplaceAll(body, "+", "")
	if !vf.tabari {
		// PETRARCH verbs are one token; other words are stray text
		f := strings.Fields(body)
		if len(f) == 0 {
			return v, false
		}
		body = f[0]
	}
	v.seq = splitWords(body, vf.tabari)
	return v, len(v.seq) > 0
}

// formsOf reads the irregular forms in "{A B C}".
func (vf *verbFile) formsOf(s string) []alt {
	s = strings.Trim(strings.TrimSpace(s), "{}")
	if b := strings.IndexByte(s, '}'); b >= 0 {
		s = s[:b]
	}
	var out []alt
	for _, f := range strings.Fields(strings.ReplaceAll(s, "+", "")) {
		if a := splitWords(f, false); len(a) > 0 {
			out = append(out, a)
		}
	}
	return out
}

// codeKind classifies a peer event code.
type codeKind int

const (
	codeKnown codeKind = iota
	codeNull
	codeUnknown
	codeBad
	codeReverse
)

// usable: a code the coder can emit (CAMEO's, or the dictionary's own).
func usable(k codeKind) bool { return k == codeKnown || k == codeUnknown }

// parseCode reads "042", "042:043" (an event and its reverse, target to
// source), ":173" (only the reverse) and "---" (no event).
func parseCode(st *Stats, s string) (string, codeKind) {
	s = strings.TrimSpace(s)
	primary, reverse, paired := strings.Cut(s, ":")
	primary, reverse = strings.TrimSpace(primary), strings.TrimSpace(reverse)
	if paired && primary == "" {
		st.unmapped("reverse-only code [:X] (target→source event)", 1)
		return "", codeReverse
	}
	if paired && reverse != "" && reverse != "---" {
		st.unmapped("paired code [X:Y]: reverse event Y dropped", 1)
	}
	if primary == "---" || primary == "" {
		return "", codeNull
	}
	if primary[0] < '0' || primary[0] > '9' || len(primary) < 2 {
		st.unmapped("code that is not a number (dropped)", 1)
		return "", codeBad
	}
	if _, ok := event.Lookup(primary); !ok {
		// the suite's own codes (PETRARCH's test codes 903, 174K …) are kept
		// as the dictionary's: the coder codes them as given
		st.unmapped("code unknown to chancery's event table (kept as the dictionary's own)", 1)
		return primary, codeUnknown
	}
	return primary, codeKnown
}
