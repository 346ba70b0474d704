package dict

import (
	"fmt"
	"strings"
)

// ElemKind is what one element of a verb pattern stands for.
type ElemKind uint8

// Pattern elements.
const (
	Word   ElemKind = iota // one word (or alternatives), any inflection
	Source                 // $
	Target                 // +
	Gap                    // * : a longer stretch of any words
	Joint                  // % : a joint subject ("A and B"): events between its members
)

// Elem is one element of a pattern.
type Elem struct {
	Kind     ElemKind
	Words    []string // lower-cased alternatives, for Word
	Optional bool     // (word)
	Head     bool     // =word: the pattern's head, when it is not the first word
}

// Pattern is a parsed verb pattern.
type Pattern struct {
	Text  string
	Elems []Elem
	Pos   Pos
}

// Head is the index of the pattern's head: the word marked =word, else the
// first required word; -1 when there is none.
func (p Pattern) Head() int {
	for i, e := range p.Elems {
		if e.Kind == Word && e.Head {
			return i
		}
	}
	for i, e := range p.Elems {
		if e.Kind == Word && !e.Optional {
			return i
		}
	}
	return -1
}

// Words counts the pattern's required words; longer patterns are preferred.
func (p Pattern) Words() int {
	n := 0
	for _, e := range p.Elems {
		if e.Kind == Word && !e.Optional {
			n++
		}
	}
	return n
}

// Has reports whether the pattern has an element of kind k.
func (p Pattern) Has(k ElemKind) bool {
	for _, e := range p.Elems {
		if e.Kind == k {
			return true
		}
	}
	return false
}

// ParsePattern parses the text of a pattern (FORMAT.md, `verb`).
func ParsePattern(s string) (Pattern, error) {
	p := Pattern{Text: s}
	for _, f := range strings.Fields(s) {
		switch f {
		case "$":
			p.Elems = append(p.Elems, Elem{Kind: Source})
			continue
		case "+":
			p.Elems = append(p.Elems, Elem{Kind: Target})
			continue
		case "*":
			p.Elems = append(p.Elems, Elem{Kind: Gap})
			continue
		case "%":
			p.Elems = append(p.Elems, Elem{Kind: Joint})
			continue
		}
		e := Elem{Kind: Word}
		if strings.HasPrefix(f, "=") && len(f) > 1 {
			e.Head, f = true, f[1:]
		}
		if strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") {
			e.Optional = true
			f = f[1 : len(f)-1]
		}
		if strings.ContainsAny(f, "()$+*%=") {
			return p, fmt.Errorf("pattern %q: bad element %q", s, f)
		}
		for _, w := range strings.Split(f, "|") {
			if w == "" {
				return p, fmt.Errorf("pattern %q: empty alternative in %q", s, f)
			}
			e.Words = append(e.Words, strings.ToLower(w))
		}
		p.Elems = append(p.Elems, e)
	}
	if p.Head() < 0 {
		return p, fmt.Errorf("pattern %q has no required word", s)
	}
	var slots [2]int
	for _, e := range p.Elems {
		switch e.Kind {
		case Source, Joint:
			slots[0]++
		case Target:
			slots[1]++
		}
	}
	if slots[0] > 1 || slots[1] > 1 {
		return p, fmt.Errorf("pattern %q: a slot appears twice", s)
	}
	return p, nil
}
