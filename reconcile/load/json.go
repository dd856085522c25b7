package load

// JSON and JSON Lines input.
//
// A .json file holds one article object:
//
//	{"title": "...", "body": "...", "url": "...", "published": "2025-03-03", "outlet": "..."}
//
// The text is read from "body", else "text", else "content"; the outlet from
// "outlet", else "source" (a string, or an object with a "name"). Other
// fields are ignored. "published" is RFC 3339, a date (2025-03-03) or any
// form a dateline takes ("March 3, 2025").
//
// A .jsonl file holds one such object per line; blank lines are skipped.
// Each article becomes a Document whose Source.Path is "file.jsonl:N", N
// the line it was on, counted from 1.
//
// The Document's Text is the title, a blank line and the body (the body
// alone when it already starts with the title), as decoded from the JSON
// strings; positions count lines and runes of that text, not of the file.
// Errors in the file itself (syntax, a field of the wrong type) give the
// line and column of the file.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/reconcile-news/reconcile/model"
)

// article is the JSON form of one article.
type article struct {
	Title     string          `json:"title"`
	Headline  string          `json:"headline"`
	Body      *string         `json:"body"`
	Text      *string         `json:"text"`
	Content   *string         `json:"content"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Outlet    string          `json:"outlet"`
	Source    json.RawMessage `json:"source"`
}

func parseJSON(l *Loader, path, text string) ([]*Document, error) {
	raw := strings.TrimPrefix(text, "\uFEFF")
	bom := len(text) - len(raw)
	dec := json.NewDecoder(strings.NewReader(raw))
	var a article
	if err := dec.Decode(&a); err != nil {
		return nil, jsonError(path, text, bom, err)
	}
	if off := int(dec.InputOffset()); strings.TrimSpace(raw[off:]) != "" {
		rest := off + len(raw[off:]) - len(strings.TrimLeft(raw[off:], " \t\r\n"))
		return nil, posError(path, text, bom+rest, errorf(ErrSyntax, "%v: more than one JSON value (use .jsonl for one article per line)", ErrSyntax))
	}
	d, err := a.document(l, model.Source{Path: path})
	var fe *fieldError
	if errors.As(err, &fe) {
		return nil, fieldPosError(path, text, bom, err)
	} else if err != nil {
		return nil, &Error{Path: path, Err: err} // the whole file
	}
	return []*Document{d}, nil
}

func parseJSONL(l *Loader, path, text string) ([]*Document, error) {
	var docs []*Document
	var errs ErrorList
	for n, rest := 1, text; rest != ""; n++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimSuffix(line, "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		var a article
		dec := json.NewDecoder(strings.NewReader(line))
		err := dec.Decode(&a)
		if err == nil {
			if off := int(dec.InputOffset()); strings.TrimSpace(line[off:]) != "" {
				off += len(line[off:]) - len(strings.TrimLeft(line[off:], " \t"))
				err = errorf(ErrSyntax, "%v: more than one JSON value on the line", ErrSyntax)
				errs = append(errs, withPos(&Error{Path: path, Err: err}, n, line, off))
				continue
			}
		}
		if err != nil {
			e := jsonError(path, line, 0, err)
			if e.Line == 0 {
				e.Line, e.Column = 1, 1 // an error with no offset: the line itself
			}
			e.Line += n - 1
			errs = append(errs, e)
			continue
		}
		src := model.Source{Path: fmt.Sprintf("%s:%d", path, n)}
		d, err := a.document(l, src)
		if err != nil {
			e := fieldPosError(path, line, 0, err)
			e.Line += n - 1
			errs = append(errs, e)
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		return nil, &Error{Path: path, Err: ErrEmpty}
	}
	return docs, errs.Err()
}

// document lays out the article.
func (a *article) document(l *Loader, src model.Source) (*Document, error) {
	var body *string
	field := ""
	for _, f := range []struct {
		name string
		s    *string
	}{{"body", a.Body}, {"text", a.Text}, {"content", a.Content}} {
		if f.s != nil {
			body, field = f.s, f.name
			break
		}
	}
	if body == nil {
		return nil, errorf(ErrNoText, "%v: the article has no \"body\", \"text\" or \"content\" field", ErrNoText)
	}
	if strings.TrimSpace(*body) == "" {
		return nil, &fieldError{field, errorf(ErrEmpty, "article %s is empty", field)}
	}
	src.URL = a.URL
	src.Outlet = a.Outlet
	if src.Outlet == "" && len(a.Source) > 0 {
		var s string
		var o struct {
			Name string `json:"name"`
		}
		if json.Unmarshal(a.Source, &s) == nil {
			src.Outlet = s
		} else if json.Unmarshal(a.Source, &o) == nil {
			src.Outlet = o.Name
		}
	}
	if a.Published != "" {
		t, err := parseTime(a.Published)
		if err != nil {
			return nil, &fieldError{"published", err}
		}
		src.Published = t
	}
	title := strings.TrimSpace(a.Title)
	if title == "" {
		title = strings.TrimSpace(a.Headline)
	}
	text := strings.TrimSpace(*body)
	if title != "" && !strings.HasPrefix(text, title) {
		text = title + "\n\n" + text
	}
	d := structure(l.Lexicon, src, text, false)
	if title != "" {
		d.Source.Title = title
	}
	return d, nil
}

// fieldError is a problem with the value of one field of an article.
type fieldError struct {
	field string // the JSON key
	err   error
}

func (e *fieldError) Error() string { return e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

// fieldPosError returns err, a problem with the article in text after skip
// bytes, at the key of the field it is about, or at the start of the object
// when it is about no one field.
func fieldPosError(path, text string, skip int, err error) *Error {
	off := len(text[skip:]) - len(strings.TrimLeft(text[skip:], " \t\r\n"))
	var fe *fieldError
	if errors.As(err, &fe) {
		err = fe.err
		if k := keyOffset(text[skip:], fe.field); k >= 0 {
			off = k
		}
	}
	return posError(path, text, skip+off, err)
}

// keyOffset returns the byte offset in text, which holds one JSON object,
// of the last top-level key named key (the one encoding/json uses), or -1.
func keyOffset(text, key string) int {
	dec := json.NewDecoder(strings.NewReader(text))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return -1
	}
	found := -1
	for dec.More() {
		before := int(dec.InputOffset()) // just after '{' or the previous value
		t, err := dec.Token()
		if err != nil {
			return found
		}
		if k, _ := t.(string); k == key {
			found = before + strings.IndexByte(text[before:], '"')
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return found
		}
	}
	return found
}

// parseTime reads a publication time: RFC 3339, a date, or a dateline.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, n := parseDateline(s); !t.IsZero() && n == len(s) {
		return t, nil
	}
	return time.Time{}, errorf(ErrSyntax, "cannot read published time %q (want RFC 3339, 2006-01-02 or \"January 2, 2006\")", s)
}

// jsonError turns an error from encoding/json into an *Error at its line
// and column in text; skip is the number of bytes before the JSON value.
func jsonError(path, text string, skip int, err error) *Error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off := int(syn.Offset)
		if off < len(text)-skip {
			off-- // Offset counts the bad byte
		}
		return posError(path, text, skip+off, errorf(ErrSyntax, "%v: %v", ErrSyntax, syn))
	case errors.As(err, &typ):
		off := skip + valueStart(text[skip:], int(typ.Offset), typ.Value)
		if typ.Field == "" {
			return posError(path, text, off, errorf(ErrSyntax, "%v: want an article object, not a JSON %s", ErrSyntax, typ.Value))
		}
		return posError(path, text, off, errorf(ErrSyntax, "%v: field %q must be a %s, not a JSON %s", ErrSyntax, typ.Field, typ.Type, typ.Value))
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return posError(path, text, len(text), errorf(ErrSyntax, "%v: unexpected end of JSON", ErrSyntax))
	}
	return &Error{Path: path, Err: errorf(ErrSyntax, "%v: %v", ErrSyntax, err)}
}

// valueStart returns the offset of the start of the JSON value of the given
// kind that encoding/json reports at off: after the value for literals and
// strings, after the opening bracket for objects and arrays.
func valueStart(text string, off int, kind string) int {
	off = max(0, min(off, len(text)))
	switch kind {
	case "object", "array":
		return max(0, off-1)
	case "string":
		// Back from the closing quote to the opening one, skipping escaped quotes.
		for i := off - 2; i >= 0; i-- {
			if text[i] != '"' {
				continue
			}
			n := 0
			for j := i - 1; j >= 0 && text[j] == '\\'; j-- {
				n++
			}
			if n%2 == 0 {
				return i
			}
		}
		return off
	}
	i := off
	for i > 0 && strings.IndexByte(" \t\r\n:,[{", text[i-1]) < 0 {
		i--
	}
	return i
}

// posError returns err at byte offset off of text.
func posError(path, text string, off int, err error) *Error {
	return withPos(&Error{Path: path, Err: err}, 1, text, off)
}

// withPos sets e's line and column to those of byte off of text, which
// starts at line first of the file.
func withPos(e *Error, first int, text string, off int) *Error {
	off = max(0, min(off, len(text)))
	p := newDocument(model.Source{}, text).Pos(off)
	e.Line, e.Column = int(p.Line)+first-1, int(p.Column)
	return e
}
