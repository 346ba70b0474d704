package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph-level piece of text found in a DOM tree.
type block struct {
	Text    string
	Heading bool // h1–h6: a headline or subhead, not a sentence
	Caption bool // figcaption: a photo caption, chrome for coding
	Pre     bool
}

// breaking lists the elements that end one paragraph and start the next.
var breaking = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Nav: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Figure: true, atom.Figcaption: true, atom.Br: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

// skipped lists elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
	atom.Title: true,
}

// blocks walks n and returns its paragraph-level texts, whitespace collapsed,
// empty ones dropped. Heading and caption blocks are flagged, not dropped, so
// that callers decide.
func blocks(n *html.Node) []block {
	w := walker{}
	w.walk(n, block{})
	w.flush()
	return w.out
}

type walker struct {
	out  []block
	buf  strings.Builder
	kind block
}

func (w *walker) flush() {
	t := w.buf.String()
	w.buf.Reset()
	if !w.kind.Pre {
		t = strings.Join(strings.Fields(t), " ")
	} else {
		t = strings.Trim(t, "\n")
	}
	if strings.TrimSpace(t) == "" {
		return
	}
	b := w.kind
	b.Text = t
	w.out = append(w.out, b)
}

func (w *walker) walk(n *html.Node, kind block) {
	switch n.Type {
	case html.TextNode:
		w.kind = kind
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			kind.Heading = true
		case atom.Figcaption:
			kind.Caption = true
		case atom.Pre:
			kind.Pre = true
		case atom.Img:
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	brk := n.Type == html.ElementNode && breaking[n.DataAtom]
	if brk {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, kind)
	}
	if brk {
		w.flush()
	}
}
