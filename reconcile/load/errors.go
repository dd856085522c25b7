package load

import (
	"errors"
	"fmt"
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
)

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

// ErrorList is a list of input errors, sorted by path and position.
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
