package corpus

import (
	"errors"
	"fmt"
)

// Errors that classify a corpus that cannot be used. They are wrapped in an
// *Error that names the file; test with errors.Is.
var (
	ErrNotCorpus   = errors.New("not a reconcile corpus")
	ErrNewer       = errors.New("written by a newer version of reconcile")
	ErrCorrupt     = errors.New("corrupt corpus")
	ErrMissing     = errors.New("segment file is missing")
	ErrInvalidData = errors.New("invalid article")
)

// Error is a problem with one file of a corpus, at a record when one is known.
// The message is kept apart from the location, as in go/scanner.
type Error struct {
	Path   string // the file: the corpus directory, MANIFEST or a segment
	Record int    // record counted from 1 within a segment; 0 when not known
	Offset int64  // byte offset of the record from the start of the file; valid when Record > 0
	Err    error  // what is wrong; wraps one of the Err values of this package
}

// Error returns "path: record N (offset K): message", leaving out what is unknown.
func (e *Error) Error() string {
	if e.Record > 0 {
		return fmt.Sprintf("%s: record %d (offset %d): %v", e.Path, e.Record, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// corrupt returns an *Error for path saying what is wrong, wrapping ErrCorrupt.
func corrupt(path string, format string, args ...any) *Error {
	return &Error{Path: path, Err: fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))}
}
