package load

// HTML input.
//
// A page's main content is found with go-readability (a port of Firefox's
// Reader View), which also gives the title, the byline, the site name and
// the publication time from the page's metadata. The content is then
// written out as text in the Markdown subset the text splitter reads: the
// title as "# Title", the byline as "By ...", headings as "## Key
// Takeaways", paragraphs separated by blank lines, list items as "- item"
// lines, table rows as lines with cells separated by " | ". Scripts,
// styles, forms, media and hidden elements never reach the text.
//
// The Document's Text is that extracted text, not the HTML source: byte
// offsets, lines and columns all refer to it. Nothing is ever fetched:
// the page is parsed from its bytes alone and links, images and scripts it
// names are left alone.

import (
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/reconcile-news/reconcile/model"
)

const (
	// maxHTMLDepth is how deep elements may nest before what is below is
	// flattened into its text; it keeps pathological pages linear.
	maxHTMLDepth = 256
	// maxHTMLElements is the number of elements above which readability is
	// not tried and the whole body is read.
	maxHTMLElements = 200_000
)

func parseHTML(l *Loader, path, text string) ([]*Document, error) {
	root, err := html.Parse(strings.NewReader(limitDepth(strings.TrimPrefix(text, "\uFEFF"), maxHTMLDepth)))
	if err != nil {
		return nil, &Error{Path: path, Err: errorf(ErrSyntax, "%v: %v", ErrSyntax, err)}
	}
	flatten(root, maxHTMLDepth)

	src := model.Source{Path: path}
	var body, title, byline string
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	if art, err := p.ParseDocument(root, nil); err == nil && art.Node != nil {
		body = renderText(art.Node, false)
		title = clean(art.Title())
		byline = clean(art.Byline())
		src.Outlet = clean(art.SiteName())
		if t, err := art.PublishedTime(); err == nil {
			src.Published = t
		}
	}
	if strings.TrimSpace(body) == "" {
		body = renderText(root, true)
		if title == "" {
			title = clean(pageTitle(root))
		}
	}
	if strings.TrimSpace(body) == "" {
		return nil, &Error{Path: path, Err: errorf(ErrNoText, "%v: the page has no readable text", ErrNoText)}
	}

	var b strings.Builder
	if title != "" && !strings.HasPrefix(body, "# "+title) {
		b.WriteString("# " + title + "\n\n")
	}
	if byline != "" && !strings.Contains(body, byline) {
		if !strings.HasPrefix(strings.ToLower(byline), "by ") {
			b.WriteString("By ")
		}
		b.WriteString(byline + "\n\n")
	}
	b.WriteString(body)
	d := structure(l.Lexicon, src, b.String(), true)
	if title != "" {
		d.Source.Title = title
	}
	return []*Document{d}, nil
}

// clean collapses white space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// pageTitle returns the text of the <title> element.
func pageTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Title {
		return textOf(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := pageTitle(c); t != "" {
			return t
		}
	}
	return ""
}

// textOf returns the text below n, without scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// limitDepth drops the tags of elements that would nest deeper than limit,
// keeping their text. The HTML parser takes time in proportion to the depth
// of the open elements for every tag, which makes deep pages quadratic; this
// pass keeps the depth bounded at the cost of a second scan. Depth is
// counted on a stack that knows which elements close themselves (void
// elements, a <p> or <li> followed by another) but not every rule of HTML,
// so on ordinary pages it only errs on the deep side.
func limitDepth(page string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	b.Grow(len(page))
	type open struct {
		a    atom.Atom
		name string // for elements atom does not know
	}
	var stack []open
	dropped := map[string]int{} // tags dropped and not yet closed, by name
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			e := open{a: atom.Lookup(name)}
			if e.a == 0 {
				e.name = string(name)
			}
			if void[e.a] {
				break
			}
			if k := len(stack) - 1; k >= 0 && (stack[k].a == e.a && selfClosing[e.a] || stack[k].a == atom.P && closesP[e.a]) {
				stack = stack[:k]
			}
			if len(stack) >= limit && !rawText[e.a] {
				dropped[string(name)]++
				continue
			}
			if len(stack) < limit {
				stack = append(stack, e)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			e := open{a: atom.Lookup(name)}
			if e.a == 0 {
				e.name = string(name)
			}
			i := len(stack) - 1
			for i >= 0 && stack[i] != e {
				i--
			}
			if i >= 0 {
				stack = stack[:i]
			} else if dropped[string(name)] > 0 {
				dropped[string(name)]--
				continue
			}
		}
		b.Write(raw)
	}
	return b.String()
}

// void elements have no content and no end tag.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// rawText elements hold text that is not markup; their tags are never
// dropped, lest a script become text.
var rawText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

// closesP elements end an open <p>.
var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true,
	atom.Ul: true,
}

// selfClosing elements end when another of their kind starts.
var selfClosing = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Option: true,
}

// flatten replaces the children of every element nested limit deep by
// their text, so that no later pass sees a deeper tree.
func flatten(root *html.Node, limit int) {
	type item struct {
		n     *html.Node
		depth int
	}
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth >= limit && it.n.FirstChild != nil {
			t := textOf(it.n)
			for it.n.FirstChild != nil {
				it.n.RemoveChild(it.n.FirstChild)
			}
			it.n.AppendChild(&html.Node{Type: html.TextNode, Data: t})
			continue
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
}

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Title: true, atom.Meta: true, atom.Link: true, atom.Svg: true, atom.Math: true, atom.Canvas: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true,
	atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Img: true,
	atom.Picture: true, atom.Source: true, atom.Track: true, atom.Map: true, atom.Dialog: true,
}

// furniture elements are left out when the whole page is read because
// readability found no main content.
var furniture = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Menu: true,
}

// paragraphs are block elements whose content stands apart.
var paragraphs = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Blockquote: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Address: true, atom.Dt: true,
	atom.Dd: true, atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Hr: true,
	atom.Center: true, atom.Caption: true, atom.Aside: true,
	atom.Nav: true, atom.Form: true, atom.Body: true, atom.Html: true,
}

var headingLevel = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

// renderText writes the text of the tree below n with paragraph breaks,
// heading marks and list bullets. whole is set when n is the whole page
// rather than readability's content, and leaves out page furniture.
func renderText(n *html.Node, whole bool) string {
	var w textWriter
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			w.text(n.Data, pre)
			return
		case html.ElementNode:
		case html.DocumentNode:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, pre)
			}
			return
		default:
			return
		}
		a := n.DataAtom
		if skipped[a] || hidden(n) || (whole && furniture[a]) {
			return
		}
		children := func() {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, pre || a == atom.Pre)
			}
		}
		switch {
		case headingLevel[a] > 0:
			w.breakLines(2)
			w.prefix = strings.Repeat("#", headingLevel[a]) + " "
			w.heading = true
			children()
			w.heading = false
			w.prefix = ""
			w.breakLines(2)
		case a == atom.Li:
			w.breakLines(1)
			w.prefix = "- "
			children()
			w.prefix = ""
			w.breakLines(1)
		case a == atom.Br:
			if w.heading {
				w.space = true
			} else {
				w.breakLines(1)
			}
		case a == atom.Tr:
			w.breakLines(1)
			w.cell = false
			children()
			w.breakLines(1)
		case a == atom.Td || a == atom.Th:
			if w.cell {
				w.sep = " | "
			}
			w.cell = true
			children()
		case a == atom.Ul || a == atom.Ol || a == atom.Dl:
			gap := 2
			if w.lists > 0 {
				gap = 1 // a list inside a list item goes on item by item
			}
			w.breakLines(gap)
			w.lists++
			children()
			w.lists--
			w.breakLines(gap)
		case a == atom.Pre:
			w.breakLines(2)
			children()
			w.breakLines(2)
		case paragraphs[a]:
			w.breakLines(2)
			children()
			w.breakLines(2)
		default:
			children()
		}
	}
	walk(n, false)
	return w.b.String()
}

// hidden reports whether an element is hidden from readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// textWriter builds text from words, collapsing white space and writing
// line breaks only between words.
type textWriter struct {
	b       strings.Builder
	lines   int    // line breaks wanted before the next word
	space   bool   // a space is wanted before the next word
	prefix  string // written at the start of the next line: "- ", "## "
	sep     string // written before the next word on this line: " | "
	heading bool   // inside a heading, which stays on one line
	cell    bool   // a table cell was written in this row
	lists   int    // depth of lists
}

func (w *textWriter) breakLines(n int) {
	if w.b.Len() > 0 {
		w.lines = max(w.lines, n)
	}
	w.sep = ""
}

// start writes what is owed before the next word.
func (w *textWriter) start() {
	switch {
	case w.lines > 0:
		for range w.lines {
			w.b.WriteByte('\n')
		}
		w.lines = 0
		w.b.WriteString(w.prefix)
		w.prefix = strings.TrimLeft(w.prefix, "-# ") // a list item's second line has no bullet
	case w.b.Len() == 0:
		w.b.WriteString(w.prefix)
		w.prefix = strings.TrimLeft(w.prefix, "-# ")
	case w.sep != "":
		w.b.WriteString(w.sep)
	case w.space:
		w.b.WriteByte(' ')
	}
	w.sep = ""
	w.space = false
}

func (w *textWriter) text(s string, pre bool) {
	if pre && !w.heading {
		for i, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
			if i > 0 {
				w.breakLines(1)
			}
			if strings.TrimSpace(line) == "" {
				continue
			}
			w.start()
			w.b.WriteString(strings.TrimRight(line, " \t\r"))
		}
		return
	}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !isHTMLSpace(s[j]) {
			j++
		}
		if j > i {
			word := s[i:j]
			if strings.TrimSpace(word) != "" { // a word of non-breaking spaces
				w.start()
				w.b.WriteString(word)
			} else {
				w.space = true
			}
		}
		for j < len(s) && isHTMLSpace(s[j]) {
			w.space = true
			j++
		}
		i = j
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
