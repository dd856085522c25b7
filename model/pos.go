package model

import "fmt"

// Pos is a position in a source text. The byte offset is the truth; line and
// column are derived from it for people.
//
// Every claim holds four, so all three fields are int32 (a Pos is 12 bytes,
// not 24): package load reads no file of more than math.MaxInt32 bytes, and
// a document's text is no longer than its file, so its offsets, lines and
// columns all fit.
type Pos struct {
	Offset int32 // byte offset from the start of the text, counting from 0
	Line   int32 // line number, counting from 1; 0 means unknown
	Column int32 // column in runes (Unicode code points), counting from 1
}

// IsValid reports whether the position has a line number.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Span is the half-open byte range [Start.Offset, End.Offset) of one source.
type Span struct {
	Source string // path of the source as given by the user
	Start  Pos    // first byte of the span
	End    Pos    // first byte after the span
}

// String returns the canonical "path:line:col" form of the span's start,
// or "path" when the start position is unknown.
func (s Span) String() string {
	if !s.Start.IsValid() {
		return s.Source
	}
	return fmt.Sprintf("%s:%d:%d", s.Source, s.Start.Line, s.Start.Column)
}

// Range returns the byte range of s, without its source.
func (s Span) Range() Range { return Range{Start: s.Start, End: s.End} }

// Len returns the length of the span in bytes.
func (s Span) Len() int { return int(s.End.Offset) - int(s.Start.Offset) }

// Contains reports whether o lies inside s (same source, byte range within).
func (s Span) Contains(o Span) bool {
	return s.Source == o.Source && s.Start.Offset <= o.Start.Offset && o.End.Offset <= s.End.Offset
}

// Range is the half-open byte range [Start.Offset, End.Offset) of a source
// the context names: a claim's Sentence lies in the source of its Span. It is
// a Span without the string header (24 bytes, not 40), for ranges whose
// source is known. The zero Range means no range.
type Range struct {
	Start Pos // first byte of the range
	End   Pos // first byte after the range
}

// IsZero reports whether r is the zero Range.
func (r Range) IsZero() bool { return r == Range{} }

// In returns the span of r in source.
func (r Range) In(source string) Span { return Span{Source: source, Start: r.Start, End: r.End} }
