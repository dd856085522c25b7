// Package yamlerr gives the errors of reconcile's YAML files (configuration,
// baselines) one shape: the file, the line when known, and the message.
package yamlerr

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// Error is a problem in a YAML file, at a line when one is known.
type Error struct {
	Path string
	Line int // from 1; 0 when unknown
	Msg  string
}

// Error returns "path:line: message", or "path: message" without a line.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// Encoding returns an *Error when data starts with a UTF-16 byte-order mark,
// and nil otherwise. reconcile's YAML files are UTF-8: the decoder would
// read UTF-16 too, but count its lines in text the user's file does not
// show byte for byte, and a line separator inside it ends a line.
func Encoding(path string, data []byte) error {
	if len(data) >= 2 && (data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff) {
		return &Error{Path: path, Line: 1, Msg: "UTF-16 text; save the file as UTF-8"}
	}
	return nil
}

var yamlLine = regexp.MustCompile(`(?s)^(?:yaml: )?line (\d+): (.*)$`)

// FromDecoder turns an error of the YAML decoder into *Error values for
// path, one per problem it reports, joined with errors.Join.
func FromDecoder(path string, err error) error {
	msgs := []string{err.Error()}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	errs := make([]error, 0, len(msgs))
	for _, m := range msgs {
		e := &Error{Path: path, Msg: strings.TrimPrefix(m, "yaml: ")}
		if sub := yamlLine.FindStringSubmatch(m); sub != nil {
			e.Line, _ = strconv.Atoi(sub[1])
			e.Msg = sub[2]
		}
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}
