package load

import (
	"sort"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
)

// BlockKind classifies a block of an article.
type BlockKind uint8

// The kinds of block. Only headline, summary and body blocks are read for claims.
const (
	BlockBody        BlockKind = iota // running text
	BlockHeadline                     // the article's title
	BlockSummary                      // a summary item: a Key Takeaways bullet, a dek
	BlockHeading                      // a heading inside the article, or the heading of a summary block
	BlockCaption                      // an image caption
	BlockBoilerplate                  // page furniture: bylines, bios, comment forms, related links
)

var blockKindNames = [...]string{"body", "headline", "summary", "heading", "caption", "boilerplate"}

// String returns the block kind's name.
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "block?"
}

// Section returns the model section of a block kind, or SectionUnknown for
// blocks that are not read for claims.
func (k BlockKind) Section() model.Section {
	switch k {
	case BlockHeadline:
		return model.Headline
	case BlockSummary:
		return model.Summary
	case BlockBody:
		return model.Body
	}
	return model.SectionUnknown
}

// Block is a unit of an article's layout: a paragraph, a bullet, a heading.
// Start and End are byte offsets into Document.Text of the block's content,
// without bullet markers and surrounding space.
type Block struct {
	Kind       BlockKind
	Start, End int
	Bullet     bool // the block was a list item
}

// Sentence is one sentence of a readable block.
type Sentence struct {
	Start, End int           // byte offsets into Document.Text
	Section    model.Section // section of the block it belongs to
	Block      int           // index into Document.Blocks
}

// Document is one article ready for extraction: its text, its layout and its
// sentences, with a line table to turn byte offsets into positions.
type Document struct {
	Source    model.Source
	Text      string // the article text; byte offsets refer to it
	Blocks    []Block
	Sentences []Sentence

	lines []int // byte offset of the start of each line
	// base is added to positions' line numbers: a document read from line 7
	// of a JSON Lines file has base 6.
	base int
}

// newDocument prepares a document for text and computes its line table.
func newDocument(src model.Source, text string) *Document {
	d := &Document{Source: src, Text: text}
	d.Source.Size = len(text)
	d.lines = append(d.lines, 0)
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			d.lines = append(d.lines, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			d.lines = append(d.lines, i+1)
		}
	}
	return d
}

// Pos returns the position of byte offset off: line counted from 1, column
// in runes counted from 1. A byte-order mark at the start of the text is not
// counted as a column.
func (d *Document) Pos(off int) model.Pos {
	off = max(0, min(off, len(d.Text)))
	line := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }) - 1
	start := d.lines[line]
	if start == 0 && len(d.Text) >= 3 && d.Text[:3] == "\uFEFF" {
		start = min(3, off)
	}
	return model.Pos{Offset: off, Line: line + 1 + d.base, Column: utf8.RuneCountInString(d.Text[start:off]) + 1}
}

// Span returns the span of bytes [start, end) of the document.
func (d *Document) Span(start, end int) model.Span {
	return model.Span{Source: d.Source.Path, Start: d.Pos(start), End: d.Pos(end)}
}

// Lines returns the number of lines in the document.
func (d *Document) Lines() int { return len(d.lines) }
