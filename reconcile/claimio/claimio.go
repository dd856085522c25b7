package claimio

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
)

// Claim is the JSON form of one model.Claim.
type Claim struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"`   // quantity, date or role
	Source       string   `json:"source"` // path of the article
	Line         int      `json:"line"`   // of the quote's first byte, from 1
	Column       int      `json:"column"` // in runes, from 1
	Offset       int      `json:"offset"` // byte offset of the quote, from 0
	End          int      `json:"end"`    // byte offset just after the quote
	EndLine      int      `json:"end_line,omitempty"`
	EndColumn    int      `json:"end_column,omitempty"`
	Section      string   `json:"section"` // headline, summary, body or ""
	Quote        string   `json:"quote"`
	Sentence     string   `json:"sentence"`
	SentenceSpan *Span    `json:"sentence_span,omitempty"`
	Value        Value    `json:"value"`
	Subject      string   `json:"subject"`
	Measure      string   `json:"measure"`
	Role         *Role    `json:"role,omitempty"`
	Actor        string   `json:"actor,omitempty"`
	Target       string   `json:"target,omitempty"`
	Origin       string   `json:"origin,omitempty"`
	Place        string   `json:"place,omitempty"`
	Period       string   `json:"period,omitempty"`
	Version      string   `json:"version,omitempty"`
	SaidBy       string   `json:"said_by,omitempty"`
	Parent       string   `json:"parent,omitempty"`
	Entities     []string `json:"entities"`
	Context      []string `json:"context"`
}

// Span is a byte range with its derived line and column positions.
type Span struct {
	Offset    int `json:"offset"`
	End       int `json:"end"`
	Line      int `json:"line"`
	Column    int `json:"column"`
	EndLine   int `json:"end_line"`
	EndColumn int `json:"end_column"`
}

// Role is the JSON form of model.RoleInfo.
type Role struct {
	Title  string `json:"title"`
	Status string `json:"status,omitempty"`
	Of     string `json:"of,omitempty"`
}

// Value is the JSON form of model.Value. Lo is null for -Inf, Hi for +Inf.
type Value struct {
	Kind     string   `json:"kind"`
	Unit     string   `json:"unit,omitempty"`
	Lo       *float64 `json:"lo"`
	Hi       *float64 `json:"hi"`
	LoOpen   bool     `json:"lo_open,omitempty"`
	HiOpen   bool     `json:"hi_open,omitempty"`
	Nominal  float64  `json:"nominal"`
	Hedge    string   `json:"hedge,omitempty"`
	Date     *Date    `json:"date,omitempty"`
	Resolved bool     `json:"resolved,omitempty"`
	Text     string   `json:"text"`
}

// Date is the JSON form of model.DateParts, whose fields are laid out for
// size rather than in this order.
type Date struct {
	Year     int    `json:"year,omitempty"`
	Month    int    `json:"month,omitempty"`   // 1-12
	Day      int    `json:"day,omitempty"`     // 1-31
	Weekday  int    `json:"weekday,omitempty"` // 1 = Monday ... 7 = Sunday
	Relative string `json:"relative,omitempty"`
	Horizon  bool   `json:"horizon,omitempty"`
}

// toModel converts d back, checking that each field lies in its range.
func (d *Date) toModel() (model.DateParts, error) {
	for _, f := range [...]struct {
		name    string
		v, most int
	}{{"year", d.Year, math.MaxInt32}, {"month", d.Month, 12}, {"day", d.Day, 31}, {"weekday", d.Weekday, 7}} {
		if f.v < 0 || f.v > f.most {
			return model.DateParts{}, fmt.Errorf("date: %s %d is out of range [0, %d]", f.name, f.v, f.most)
		}
	}
	return model.DateParts{
		Year: int32(d.Year), Month: int8(d.Month), Day: int8(d.Day), Weekday: int8(d.Weekday),
		Relative: d.Relative, Horizon: d.Horizon,
	}, nil
}

func bound(x float64) *float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return nil
	}
	return &x
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// FromModel converts c to its JSON form.
func FromModel(c *model.Claim) Claim {
	out := Claim{
		ID:        c.ID,
		Kind:      c.Kind.String(),
		Source:    c.Span.Source,
		Line:      int(c.Span.Start.Line),
		Column:    int(c.Span.Start.Column),
		Offset:    int(c.Span.Start.Offset),
		End:       int(c.Span.End.Offset),
		EndLine:   int(c.Span.End.Line),
		EndColumn: int(c.Span.End.Column),
		Section:   c.Section.String(),
		Quote:     c.Quote,
		Sentence:  c.Text,
		Value: Value{
			Kind:     c.Value.Kind.String(),
			Unit:     c.Value.Unit,
			Lo:       bound(c.Value.Lo),
			Hi:       bound(c.Value.Hi),
			LoOpen:   c.Value.LoOpen,
			HiOpen:   c.Value.HiOpen,
			Nominal:  c.Value.Nominal,
			Hedge:    c.Value.Hedge,
			Resolved: c.Value.Resolved,
			Text:     c.Value.Text,
		},
		Subject:  c.Subject,
		Measure:  c.Measure,
		Actor:    c.Actor,
		Target:   c.Target,
		Origin:   c.Origin,
		Place:    c.Place,
		Period:   c.Period,
		Version:  c.Version,
		SaidBy:   c.SaidBy,
		Parent:   c.Parent,
		Entities: orEmpty(c.Entities),
		Context:  orEmpty(c.Context.List()),
	}
	if !c.Sentence.IsZero() {
		s := c.Sentence
		out.SentenceSpan = &Span{
			Offset: int(s.Start.Offset), End: int(s.End.Offset), Line: int(s.Start.Line), Column: int(s.Start.Column),
			EndLine: int(s.End.Line), EndColumn: int(s.End.Column),
		}
	}
	if !c.Value.Date.IsZero() {
		d := c.Value.Date
		out.Value.Date = &Date{
			Year: int(d.Year), Month: int(d.Month), Day: int(d.Day), Weekday: int(d.Weekday),
			Relative: d.Relative, Horizon: d.Horizon,
		}
	}
	if r := c.Role(); r != (model.RoleInfo{}) {
		out.Role = &Role{Title: r.Title, Status: r.Status, Of: r.Of}
	}
	if math.IsNaN(c.Value.Nominal) || math.IsInf(c.Value.Nominal, 0) {
		out.Value.Nominal = 0 // JSON cannot hold it; the bounds say it
	}
	return out
}

// ToModel converts c back, checking what it must hold: a known kind, a
// source, a quote, and numbers that fit their model fields (model.DateParts
// keeps a month in a byte, model.Pos an offset or a line in an int32). The
// error names the field but no position.
func (c *Claim) ToModel() (model.Claim, error) {
	kind, err := model.ParseClaimKind(c.Kind)
	if err != nil {
		return model.Claim{}, &fieldError{"kind", err}
	}
	if strings.TrimSpace(c.Source) == "" {
		return model.Claim{}, &fieldError{"source", errors.New("missing source")}
	}
	if c.Quote == "" {
		return model.Claim{}, &fieldError{"quote", errors.New("missing quote")}
	}
	var sec model.Section
	if c.Section != "" {
		if sec, err = model.ParseSection(c.Section); err != nil {
			return model.Claim{}, &fieldError{"section", err}
		}
	}
	var vk model.ValueKind
	if c.Value.Kind != "" {
		if vk, err = model.ParseValueKind(c.Value.Kind); err != nil {
			return model.Claim{}, &fieldError{"value", err}
		}
	}
	if c.Offset < 0 || c.End < c.Offset {
		return model.Claim{}, &fieldError{"offset", fmt.Errorf("bad byte range [%d, %d)", c.Offset, c.End)}
	}
	if !fitsPos(c.End) {
		return model.Claim{}, &fieldError{"offset", errOffsetRange}
	}
	if c.Line < 0 || c.Column < 0 {
		return model.Claim{}, &fieldError{"line", fmt.Errorf("bad position %d:%d", c.Line, c.Column)}
	}
	if !fitsPos(c.Line, c.Column, c.EndLine, c.EndColumn) {
		return model.Claim{}, &fieldError{"line", errPosRange}
	}
	if s := c.SentenceSpan; s != nil && !fitsPos(s.Line, s.Column, s.EndLine, s.EndColumn) {
		return model.Claim{}, &fieldError{"sentence_span", errPosRange}
	}
	if s := c.SentenceSpan; s != nil && !fitsPos(s.Offset, s.End) {
		return model.Claim{}, &fieldError{"sentence_span", errOffsetRange}
	}
	lo, hi := math.Inf(-1), math.Inf(1)
	if c.Value.Lo != nil {
		lo = *c.Value.Lo
	}
	if c.Value.Hi != nil {
		hi = *c.Value.Hi
	}
	if lo > hi {
		return model.Claim{}, &fieldError{"value", fmt.Errorf("lo %v is above hi %v", lo, hi)}
	}
	out := model.Claim{
		ID:   c.ID,
		Kind: kind,
		Span: model.Span{
			Source: c.Source,
			Start:  model.Pos{Offset: int32(c.Offset), Line: int32(c.Line), Column: int32(c.Column)},
			End:    model.Pos{Offset: int32(c.End), Line: int32(c.EndLine), Column: int32(c.EndColumn)},
		},
		Quote:   c.Quote,
		Text:    c.Sentence,
		Section: sec,
		Subject: c.Subject,
		Measure: c.Measure,
		Value: model.Value{
			Kind: vk, Unit: c.Value.Unit, Lo: lo, Hi: hi, LoOpen: c.Value.LoOpen, HiOpen: c.Value.HiOpen,
			Nominal: c.Value.Nominal, Hedge: c.Value.Hedge, Resolved: c.Value.Resolved, Text: c.Value.Text,
		},
		Actor: c.Actor, Target: c.Target, Origin: c.Origin, Place: c.Place, Period: c.Period,
		Version: c.Version, SaidBy: c.SaidBy, Parent: c.Parent,
		Entities: c.Entities, Context: model.MakeWords(c.Context...),
	}
	if len(out.Entities) == 0 {
		out.Entities = nil
	}
	if c.Value.Date != nil {
		if out.Value.Date, err = c.Value.Date.toModel(); err != nil {
			return model.Claim{}, &fieldError{"value", err}
		}
	}
	if c.Role != nil {
		out.SetRole(model.RoleInfo{Title: c.Role.Title, Status: c.Role.Status, Of: c.Role.Of})
	}
	if s := c.SentenceSpan; s != nil {
		out.Sentence = model.Range{
			Start: model.Pos{Offset: int32(s.Offset), Line: int32(s.Line), Column: int32(s.Column)},
			End:   model.Pos{Offset: int32(s.End), Line: int32(s.EndLine), Column: int32(s.EndColumn)},
		}
	}
	return out, nil
}

// errPosRange says that a line or column does not fit model.Pos.
var errPosRange = fmt.Errorf("line or column out of range [%d, %d]", math.MinInt32, math.MaxInt32)

// errOffsetRange says that a byte offset does not fit model.Pos.
var errOffsetRange = fmt.Errorf("byte offset out of range [%d, %d]", math.MinInt32, math.MaxInt32)

// fitsPos reports whether offsets, lines and columns ns all fit model.Pos's int32.
func fitsPos(ns ...int) bool {
	for _, n := range ns {
		if n < math.MinInt32 || n > math.MaxInt32 {
			return false
		}
	}
	return true
}

// fieldError is a validation error about one field of a claim.
type fieldError struct {
	field string
	err   error
}

func (e *fieldError) Error() string { return e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

// Writer writes claims as JSON Lines.
type Writer struct {
	enc *json.Encoder
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &Writer{enc: enc}
}

// Write writes one claim as one line.
func (w *Writer) Write(c *model.Claim) error {
	j := FromModel(c)
	return w.enc.Encode(&j)
}

// Error is a problem at one line of a claims file, as "path:line:col: msg".
type Error struct {
	Path   string
	Line   int // from 1
	Column int // in runes, from 1
	Err    error
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.Path, e.Line, e.Column, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is the list of problems of a claims file, in line order.
type ErrorList []*Error

// Error returns the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil when the list is empty, else the list itself.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// MaxLine is the longest line Read accepts, in bytes.
const MaxLine = 16 << 20

// maxErrors is how many problems Read collects before it stops.
const maxErrors = 20

// Read reads claims as JSON Lines from r; path names the input in errors.
// Blank lines are skipped. Every line must be one JSON object with known
// fields, a known kind, a source and a quote, and a unique id; a claim
// without an id is given "path:line". Problems are returned as an
// ErrorList of *Error with the line and column.
func Read(path string, r io.Reader) ([]model.Claim, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine)
	var (
		out  []model.Claim
		errs ErrorList
		ids  = map[string]int{}
	)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Bytes()
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\ufeff"))
		}
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		c, err := decodeLine(text)
		if err != nil {
			errs = append(errs, &Error{Path: path, Line: line, Column: column(text, err), Err: err})
			if len(errs) >= maxErrors {
				break
			}
			continue
		}
		if c.ID == "" {
			c.ID = fmt.Sprintf("%s:%d", path, line)
		}
		if first, dup := ids[c.ID]; dup {
			errs = append(errs, &Error{Path: path, Line: line, Column: fieldColumn(text, "id"), Err: fmt.Errorf("duplicate id %q (first on line %d)", c.ID, first)})
			continue
		}
		ids[c.ID] = line
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %d bytes", MaxLine)
		}
		errs = append(errs, &Error{Path: path, Line: line + 1, Column: 1, Err: err})
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// decodeLine decodes one JSON object; its errors are *json.SyntaxError,
// *json.UnmarshalTypeError, *fieldError or plain.
func decodeLine(text []byte) (model.Claim, error) {
	if !utf8.Valid(text) {
		return model.Claim{}, errors.New("invalid UTF-8")
	}
	// Unmarshal first for its syntax errors, which carry an offset even
	// at the end of the line and catch trailing data.
	var raw json.RawMessage
	if err := json.Unmarshal(text, &raw); err != nil {
		return model.Claim{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	var j Claim
	if err := dec.Decode(&j); err != nil {
		return model.Claim{}, jsonError(err)
	}
	return j.ToModel()
}

// jsonError rewords the decoder's errors without the "json: " prefix.
func jsonError(err error) error {
	if strings.HasPrefix(err.Error(), "json: unknown field ") {
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return &fieldError{name, fmt.Errorf("unknown field %q", name)}
	}
	return err
}

// column returns the column of err within the line, in runes from 1.
func column(text []byte, err error) int {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var fe *fieldError
	off := -1
	switch {
	case errors.As(err, &se):
		off = int(se.Offset) - 1
		if int(se.Offset) >= len(text) {
			off = len(text) // the input ended too soon: point just past it
		}
	case errors.As(err, &te):
		off = int(te.Offset) - 1
	case errors.As(err, &fe):
		return fieldColumn(text, fe.field)
	}
	if off < 0 {
		return 1
	}
	off = min(off, len(text))
	return utf8.RuneCount(text[:off]) + 1
}

// fieldColumn returns the column of the key "name" in text, or 1.
func fieldColumn(text []byte, name string) int {
	i := bytes.Index(text, []byte(`"`+name+`"`))
	if i < 0 {
		return 1
	}
	return utf8.RuneCount(text[:i]) + 1
}
