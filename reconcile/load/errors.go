package load

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
)

// Errors that classify bad input. They are wrapped in an *Error that says
// which file and where; test with errors.Is.
var (
	ErrNotFound    = errors.New("no such file or directory")
	ErrEmpty       = errors.New("file is empty")
	ErrBinary      = errors.New("file looks binary (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("file is larger than the limit")
	ErrUnsupported = errors.New("unsupported file type")
	ErrNoFiles     = errors.New("no supported files (.txt, .md, .html, .htm, .json, .jsonl)")
	ErrNoText      = errors.New("no article text")
	ErrSyntax      = errors.New("syntax error")
	ErrLoop        = errors.New("symbolic link loop")
	ErrPermission  = fs.ErrPermission // "permission denied"; errors.Is(err, fs.ErrPermission) holds too
	ErrEncoding    = errors.New("invalid text encoding")
)

// classified is an error whose message is its own but which still matches a
// sentinel with errors.Is: "article body is empty" is an ErrEmpty.
type classified struct {
	msg string
	err error
}

func (e *classified) Error() string { return e.msg }
func (e *classified) Unwrap() error { return e.err }

// errorf returns an error with the formatted message that errors.Is
// matches to sentinel. Arguments may wrap further errors with %w.
func errorf(sentinel error, format string, args ...any) error {
	return &classified{msg: fmt.Errorf(format, args...).Error(), err: sentinel}
}

// Error is a problem with one input file, at a position when there is one.
// The message is kept apart from the position, as in go/scanner.
type Error struct {
	Path   string // file as given by the user
	Line   int    // line counted from 1; 0 when the problem is the whole file
	Column int    // column in runes counted from 1; 0 when unknown
	Err    error  // what is wrong
}

// Error returns "path:line:col: message", leaving out what is unknown.
func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %v", e.Path, e.Line, e.Column, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of input errors. Sort orders it by path and position.
type ErrorList []*Error

// Add appends err to the list: an *Error as it is, an ErrorList flattened,
// anything else as an *Error for path.
func (l *ErrorList) Add(path string, err error) {
	var list ErrorList
	var e *Error
	switch {
	case err == nil:
	case errors.As(err, &list):
		*l = append(*l, list...)
	case errors.As(err, &e):
		*l = append(*l, e)
	default:
		*l = append(*l, &Error{Path: path, Err: err})
	}
}

// Sort sorts the list by path, line and column; errors at the same place
// keep their order.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

// Unwrap returns the errors of the list, so that errors.Is and errors.As
// look into each.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

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
