package load

import (
	"math/bits"
	"strings"
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
//
// Text is what was read, and every offset and position refers to it:
//
//   - .txt and .md: the file itself, decoded to UTF-8 (a UTF-16 file is
//     counted in its decoded form; a UTF-8 byte-order mark is kept);
//   - .html and .htm: the text extracted from the page's main content, not
//     the HTML source. The title, a "By ..." line and the content follow
//     each other as paragraphs; list items are lines starting "- ". Line and
//     column count lines and runes of that text;
//   - .json: the article's title, a blank line and its body as decoded from
//     the JSON strings; line and column count within that text;
//   - .jsonl: as .json, for the article on one line. Source.Path is then
//     "file.jsonl:N" with N the line of the file the article came from, so
//     "file.jsonl:7:3:12" is line 3, column 12 of the text of the article on
//     line 7.
type Document struct {
	Source    model.Source
	Text      string // the article text; byte offsets refer to it
	Blocks    []Block
	Sentences []Sentence

	lines []int // byte offset of the start of each line
	// runes[k] is the number of runes in Text[:k*runeStep]; nil when the
	// text is ASCII and a column is a byte count.
	runes []int
	// lineRunes[k] is the number of runes before line k; nil with runes.
	lineRunes []int
}

// runeStep is the spacing in bytes of the rune count checkpoints, so that a
// column on a very long line costs at most runeStep bytes of counting.
const runeStep = 64

// newDocument prepares a document for text and computes its line table.
func newDocument(src model.Source, text string) *Document {
	d := &Document{Source: src, Text: text}
	d.Source.Size = len(text)
	// Room for a line per line end, counted in bulk: at most one per "\n"
	// and one per "\r".
	d.lines = make([]int, 1, 1+strings.Count(text, "\n")+strings.Count(text, "\r"))
	// A line ends at "\n", "\r\n" or a lone "\r". Without a "\r" in the
	// text, each line is one IndexByte away.
	for i := 0; i < len(text); {
		j := lineEnd(text[i:])
		if j < 0 {
			break
		}
		i += j + 1
		if text[i-1] == '\r' && i < len(text) && text[i] == '\n' {
			i++
		}
		d.lines = append(d.lines, i)
	}
	if !isASCII(text) {
		// runes[k] counts the rune starts in Text[:k*runeStep]: a block's
		// bytes that are not continuation bytes.
		d.runes = make([]int, 0, len(text)/runeStep+1)
		n := 0
		for i := 0; i < len(text); i += runeStep {
			d.runes = append(d.runes, n)
			block := text[i:min(i+runeStep, len(text))]
			n += len(block) - continuations(block)
		}
		d.lineRunes = make([]int, len(d.lines))
		for k, start := range d.lines {
			d.lineRunes[k] = d.runesBefore(start)
		}
	}
	return d
}

// lineEnd returns the index of the first "\r" or "\n" of s, or -1.
func lineEnd(s string) int {
	n := strings.IndexByte(s, '\n')
	if n < 0 {
		return strings.IndexByte(s, '\r')
	}
	if r := strings.IndexByte(s[:n], '\r'); r >= 0 {
		return r
	}
	return n
}

// isASCII reports whether s holds only ASCII bytes, eight at a time.
func isASCII(s string) bool {
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runesBefore returns the number of runes that start in Text[:off].
func (d *Document) runesBefore(off int) int {
	if d.runes == nil {
		return off
	}
	k := off / runeStep
	if k >= len(d.runes) {
		k = len(d.runes) - 1
	}
	i := k * runeStep
	return d.runes[k] + (off - i) - continuations(d.Text[i:off])
}

// continuations counts the UTF-8 continuation bytes (10xxxxxx) of s,
// eight bytes at a time.
func continuations(s string) int {
	n := 0
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		// A byte is a continuation when its top bit is set and the next
		// bit is clear: shifting left by one brings each byte's second bit
		// under its top bit.
		n += bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			n++
		}
	}
	return n
}

// Pos returns the position of byte offset off: line counted from 1, column
// in runes counted from 1. A byte-order mark at the start of the text is not
// counted as a column. It takes O(log lines) time, whatever the line length.
func (d *Document) Pos(off int) model.Pos {
	off = max(0, min(off, len(d.Text)))
	return d.posOnLine(off, d.lineOf(off, 0, len(d.lines)))
}

// lineOf returns the index of the last line that starts at or before off,
// which is known to be one of lines [lo, hi).
func (d *Document) lineOf(off, lo, hi int) int {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if d.lines[mid] > off {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo - 1
}

// posOnLine returns the position of offset off, which lies on line (an
// index into d.lines).
func (d *Document) posOnLine(off, line int) model.Pos {
	start := d.lines[line]
	startRunes := 0
	switch {
	case start == 0 && len(d.Text) >= 3 && d.Text[:3] == "\uFEFF":
		start = min(3, off)
		startRunes = d.runesBefore(start)
	case d.lineRunes != nil:
		startRunes = d.lineRunes[line]
	default:
		startRunes = d.runesBefore(start)
	}
	return model.Pos{Offset: int32(off), Line: int32(line + 1), Column: int32(d.runesBefore(off) - startRunes + 1)}
}

// Span returns the span of bytes [start, end) of the document.
func (d *Document) Span(start, end int) model.Span {
	return model.Span{Source: d.Source.Path, Start: d.Pos(start), End: d.Pos(end)}
}

// A Cursor turns byte offsets of one document into positions, as
// Document.Pos does. It remembers the line of the last offset it was
// given, so that offsets near each other, or in increasing order, as a
// reader of the text gives them, cost no search of the line table. A
// Cursor is not safe for concurrent use; the zero Cursor is not usable.
type Cursor struct {
	d    *Document
	line int // the line of the last offset: an index into d.lines
}

// Cursor returns a cursor for the offsets of d, starting at its first line.
func (d *Document) Cursor() Cursor { return Cursor{d: d} }

// Pos returns the position of byte offset off, as Document.Pos does.
func (c *Cursor) Pos(off int) model.Pos {
	d := c.d
	off = max(0, min(off, len(d.Text)))
	line := c.line
	switch {
	case d.lines[line] > off: // before the line: search the lines above
		line = d.lineOf(off, 0, line)
	case line+1 < len(d.lines) && d.lines[line+1] <= off: // after it
		if line+2 < len(d.lines) && d.lines[line+2] > off {
			line++ // the next line, where a reader goes on
		} else {
			line = d.lineOf(off, line+1, len(d.lines))
		}
	}
	c.line = line
	return d.posOnLine(off, line)
}

// Span returns the span of bytes [start, end) of the document, as
// Document.Span does.
func (c *Cursor) Span(start, end int) model.Span {
	return model.Span{Source: c.d.Source.Path, Start: c.Pos(start), End: c.Pos(end)}
}

// Lines returns the number of lines in the document.
func (d *Document) Lines() int { return len(d.lines) }
