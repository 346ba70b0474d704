package peer

import (
	"slices"
	"strings"

	"github.com/chancery/chancery/dict"
)

// convert turns the file's blocks into chancery verbs, one dict.Verb per
// code per file.
func (vf *verbFile) convert(d *dict.Dict, st *Stats) {
	verbs := map[string]*dict.Verb{}
	seen := map[string]bool{} // code + sign + text: drops duplicate patterns
	verbOf := func(code string, n int) *dict.Verb {
		v := verbs[code]
		if v == nil {
			v = &dict.Verb{Code: code, Src: src(vf.name), Pos: dict.Pos{File: vf.name, Line: n}}
			verbs[code] = v
			d.Verbs = append(d.Verbs, v)
		}
		return v
	}
	add := func(code string, neg bool, ps []dict.Pattern) int {
		v := verbOf(code, ps[0].Pos.Line)
		added := 0
		for _, p := range ps {
			k := code + "\x00" + p.Text
			if neg {
				k = "!" + k
			}
			if seen[k] {
				continue
			}
			seen[k] = true
			added++
			if neg {
				v.NoPatterns = append(v.NoPatterns, p)
			} else {
				v.Patterns = append(v.Patterns, p)
			}
		}
		return added
	}
	for _, b := range vf.blocks {
		// a null-code pattern says "not an event" for every coded verb here
		var bases []string
		for _, v := range b.verbs {
			for _, c := range []string{b.code, v.code} {
				if c, k := parseCode(&Stats{}, c); usable(k) && !slices.Contains(bases, c) {
					bases = append(bases, c)
				}
			}
		}
		// the verb alone codes the verb's own code, or the block's
		for _, v := range b.verbs {
			code := v.code
			if code == "" {
				code = b.code
			}
			c, kind := parseCode(st, code)
			if !usable(kind) {
				continue
			}
			ps := vf.build(st, b.n, []slot{verbSlot([]pverb{v})})
			if len(ps) > 0 {
				st.Patterns += add(c, false, ps)
			}
		}
		if len(b.verbs) == 0 && len(b.pats) > 0 {
			st.warn(vf.name, b.n, "verb block without verbs")
			st.PatternLines += len(b.pats)
			st.DroppedPatterns += len(b.pats)
			continue
		}
		vs := verbSlot(b.verbs)
		for _, pl := range b.pats {
			st.PatternLines++
			code, kind := parseCode(st, pl.code)
			codes, neg := []string{code}, false
			switch {
			case kind == codeNull && len(bases) > 0:
				codes, neg = bases, true
			case !usable(kind):
				st.DroppedPatterns++
				continue
			}
			slots, err := vf.tokenize(pl.body, vs)
			if err != nil {
				st.warn(vf.name, pl.n, "%v", err)
				st.DroppedPatterns++
				continue
			}
			ps := vf.build(st, pl.n, slots)
			if len(ps) == 0 {
				st.warn(vf.name, pl.n, "pattern has no word")
				st.DroppedPatterns++
				continue
			}
			n := 0
			for _, c := range codes {
				n += add(c, neg, ps)
			}
			if neg {
				st.NoPatterns += n
			} else {
				st.Patterns += n
			}
		}
	}
}

// verbSlot is the alternatives that stand for "*": every verb with its
// irregular forms (regular inflections come from chancery's matcher).
func verbSlot(vs []pverb) slot {
	var s slot
	for _, v := range vs {
		s = append(s, v.seq)
		if len(v.seq) == 1 {
			s = append(s, v.forms...)
		}
	}
	return s
}

// maxVariants bounds the patterns one peer line may expand into.
const maxVariants = 256

// build expands slots into chancery patterns: single-word alternatives
// share one element (a|b|c); each phrase alternative makes a variant.
func (vf *verbFile) build(st *Stats, n int, slots []slot) []dict.Pattern {
	variants := [][]dict.Elem{nil}
	capped := false
	for _, s := range slots {
		choices := vf.choices(st, s)
		if len(choices) == 0 {
			continue
		}
		var next [][]dict.Elem
		for _, v := range variants {
			for _, c := range choices {
				if len(next) >= maxVariants {
					capped = true
					break
				}
				nv := append([]dict.Elem(nil), v...)
				if vf.gapAt(s) && len(nv) > 0 && nv[len(nv)-1].Kind == dict.Word && c[0].Kind == dict.Word {
					nv = append(nv, dict.Elem{Kind: dict.Gap})
				}
				next = append(next, append(nv, c...))
			}
		}
		variants = next
	}
	if capped {
		st.unmapped("pattern expansions capped at 256 variants", 1)
		st.warn(vf.name, n, "pattern expands into more than %d variants; the rest dropped", maxVariants)
	}
	var out []dict.Pattern
	for _, es := range variants {
		es = tidy(st, es)
		p := dict.Pattern{Text: render(es), Elems: es, Pos: dict.Pos{File: vf.name, Line: n}}
		if p.Head() >= 0 {
			out = append(out, p)
		}
	}
	return out
}

// choices lists the element sequences a slot may become.
func (vf *verbFile) choices(st *Stats, s slot) [][]dict.Elem {
	var words []string
	var out [][]dict.Elem
	verb := false
	for _, a := range s {
		if len(a) == 1 && !special(a[0].w) {
			words = append(words, vf.forms(st, a[0])...)
			verb = verb || a[0].verb
			continue
		}
		var es []dict.Elem
		for k, t := range a {
			e, ok := vf.elem(st, t)
			if !ok {
				continue
			}
			e.Head = k == 0 && t.verb && e.Kind == dict.Word
			if k > 0 && vf.gapAt(slot{a[k:]}) && len(es) > 0 && es[len(es)-1].Kind == dict.Word && e.Kind == dict.Word {
				es = append(es, dict.Elem{Kind: dict.Gap})
			}
			es = append(es, e)
		}
		if len(es) > 0 || len(a) == 1 {
			out = append(out, es)
		}
	}
	if len(words) > 0 {
		out = append([][]dict.Elem{{{Kind: dict.Word, Words: dedup(words), Head: verb}}}, out...)
	}
	return out
}

func special(w string) bool {
	switch w {
	case "$", "+", "^", "%", "*":
		return true
	}
	return false
}

// gapAt reports whether other words may stand before slot s: in TABARI and
// PETRARCH-1 a blank between pattern words allows intervening words ("_"
// joins consecutive ones), which chancery writes as a "*" gap. PETRARCH-2
// matches phrases of a parse, so its blanks stay plain.
func (vf *verbFile) gapAt(s slot) bool {
	if vf.format == "petrarch2" {
		return false
	}
	for _, a := range s {
		if len(a) > 0 && a[0].blank {
			return true
		}
	}
	return false
}

// elem maps one token; ok is false for tokens chancery has no element for.
func (vf *verbFile) elem(st *Stats, t wtok) (dict.Elem, bool) {
	switch t.w {
	case "$":
		return dict.Elem{Kind: dict.Source}, true
	case "+":
		return dict.Elem{Kind: dict.Target}, true
	case "^":
		st.unmapped("^ skip-noun-phrase read as a gap (*)", 1)
		return dict.Elem{Kind: dict.Gap}, true
	case "%":
		return dict.Elem{Kind: dict.Joint}, true
	case "*":
		return dict.Elem{Kind: dict.Gap}, true
	}
	ws := vf.forms(st, t)
	if len(ws) == 0 {
		return dict.Elem{}, false
	}
	return dict.Elem{Kind: dict.Word, Words: ws}, true
}

// forms cleans a word; a TABARI stem (no closing "_") also gets its "-e"
// form, since chancery matches inflections of whole words, not prefixes.
func (vf *verbFile) forms(st *Stats, t wtok) []string {
	w := cleanWord(t.w)
	if w == "" {
		return nil
	}
	if strings.ContainsRune(t.w, '~') {
		st.unmapped("TABARI ~ word marker (ignored)", 1)
	}
	if !t.stem || len(w) < 4 {
		return []string{w}
	}
	st.unmapped("TABARI stem (prefix match) approximated by word + \"e\"", 1)
	if last := w[len(w)-1]; strings.IndexByte("aeiouy'", last) >= 0 {
		return []string{w}
	}
	return []string{w, w + "e"}
}

// cleanWord lower-cases a word and trims marks that are not part of it.
func cleanWord(w string) string {
	w = strings.ToLower(w)
	return strings.TrimFunc(w, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 || r == '\'')
	})
}

func dedup(ws []string) []string {
	seen := map[string]bool{}
	out := ws[:0:0]
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// tidy merges adjacent gaps, drops a slot given twice and leading or
// trailing gaps (they constrain nothing).
func tidy(st *Stats, es []dict.Elem) []dict.Elem {
	out := es[:0:0]
	var src, tgt bool
	for _, e := range es {
		switch e.Kind {
		case dict.Gap:
			if len(out) == 0 || out[len(out)-1].Kind == dict.Gap {
				continue
			}
		case dict.Source, dict.Joint:
			if src {
				st.unmapped("slot ($ or +) given twice (second dropped)", 1)
				continue
			}
			src = true
		case dict.Target:
			if tgt {
				st.unmapped("slot ($ or +) given twice (second dropped)", 1)
				continue
			}
			tgt = true
		}
		out = append(out, e)
	}
	for len(out) > 0 && out[len(out)-1].Kind == dict.Gap {
		out = out[:len(out)-1]
	}
	return out
}

// render writes elements in FORMAT.md's pattern syntax.
func render(es []dict.Elem) string {
	parts := make([]string, 0, len(es))
	for _, e := range es {
		switch e.Kind {
		case dict.Source:
			parts = append(parts, "$")
		case dict.Joint:
			parts = append(parts, "%")
		case dict.Target:
			parts = append(parts, "+")
		case dict.Gap:
			parts = append(parts, "*")
		default:
			parts = append(parts, strings.Join(e.Words, "|"))
		}
	}
	return strings.Join(parts, " ")
}
