package report

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// jsonEnc appends the contract's list elements as encoding/json's
// Marshal followed by Indent with a two-space indent writes them, byte for
// byte, without either: at 100,000 articles the report is half a
// gigabyte, and marshalling by reflection and indenting in a second pass
// took a tenth of a run. TestJSONStreamsLikeEncoder and FuzzJSONString
// hold it to encoding/json.
type jsonEnc struct {
	b      []byte
	prefix string // starts every line after the first
	depth  int
	empty  bool // nothing written yet in the innermost object or array
	err    error
}

// jsonElement is a list element jsonEnc writes.
type jsonElement interface {
	appendJSON(e *jsonEnc)
}

func (e *jsonEnc) open(c byte) {
	e.b = append(e.b, c)
	e.depth++
	e.empty = true
}

func (e *jsonEnc) close(c byte) {
	e.depth--
	if !e.empty {
		e.newline()
	}
	e.b = append(e.b, c)
	e.empty = false
}

func (e *jsonEnc) newline() {
	e.b = append(e.b, '\n')
	e.b = append(e.b, e.prefix...)
	for range e.depth {
		e.b = append(e.b, "  "...)
	}
}

// next starts an element of the innermost object or array.
func (e *jsonEnc) next() {
	if !e.empty {
		e.b = append(e.b, ',')
	}
	e.empty = false
	e.newline()
}

func (e *jsonEnc) key(k string) {
	e.next()
	e.b = appendJSONString(e.b, k)
	e.b = append(e.b, ':', ' ')
}

func (e *jsonEnc) str(k, v string) {
	e.key(k)
	e.b = appendJSONString(e.b, v)
}

func (e *jsonEnc) int(k string, v int) {
	e.key(k)
	e.b = strconv.AppendInt(e.b, int64(v), 10)
}

func (e *jsonEnc) float(k string, v float64) {
	e.key(k)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		if e.err == nil {
			e.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(v, 'g', -1, 64))
		}
		return
	}
	e.b = appendJSONFloat(e.b, v)
}

// strings writes a list of strings; nil is null, as encoding/json has it.
func (e *jsonEnc) strings(k string, vs []string) {
	e.key(k)
	if vs == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.open('[')
	for _, v := range vs {
		e.next()
		e.b = appendJSONString(e.b, v)
	}
	e.close(']')
}

// claims writes a list of claims; nil is null.
func (e *jsonEnc) claims(k string, cs []JSONClaim) {
	e.key(k)
	if cs == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.open('[')
	for i := range cs {
		e.next()
		cs[i].appendJSON(e)
	}
	e.close(']')
}

func (s JSONSource) appendJSON(e *jsonEnc) {
	e.open('{')
	e.str("path", s.Path)
	e.str("title", s.Title)
	e.int("claims", s.Claims)
	e.close('}')
}

func (en JSONEntity) appendJSON(e *jsonEnc) {
	e.open('{')
	e.str("name", en.Name)
	e.str("kind", en.Kind)
	e.strings("aliases", en.Aliases)
	e.int("mentions", en.Mentions)
	e.close('}')
}

func (c JSONClaim) appendJSON(e *jsonEnc) {
	e.open('{')
	e.str("source", c.Source)
	e.int("line", c.Line)
	e.int("column", c.Column)
	e.int("offset", c.Offset)
	e.int("end", c.End)
	e.str("section", c.Section)
	e.str("quote", c.Quote)
	e.str("sentence", c.Sentence)
	e.str("value", c.Value)
	e.str("said_by", c.SaidBy)
	e.close('}')
}

func (d JSONDiscrepancy) appendJSON(e *jsonEnc) {
	e.open('{')
	e.str("fingerprint", d.Fingerprint)
	e.str("kind", d.Kind)
	e.str("severity", d.Severity)
	e.float("confidence", d.Confidence)
	e.strings("reasons", d.Reasons)
	e.str("subject", d.Subject)
	e.str("measure", d.Measure)
	e.str("message", d.Message)
	e.str("explanation", d.Explanation)
	e.claims("claims", d.Claims)
	if len(d.Support) > 0 { // omitempty
		e.key("support")
		e.open('[')
		for _, n := range d.Support {
			e.next()
			e.b = strconv.AppendInt(e.b, int64(n), 10)
		}
		e.close(']')
	}
	e.close('}')
}

func (a JSONAgreement) appendJSON(e *jsonEnc) {
	e.open('{')
	e.str("subject", a.Subject)
	e.str("measure", a.Measure)
	e.str("value", a.Value)
	e.int("sources", a.Sources)
	e.claims("claims", a.Claims)
	e.close('}')
}

func (n JSONNearMiss) appendJSON(e *jsonEnc) {
	e.open('{')
	e.float("similarity", n.Similarity)
	e.str("reason", n.Reason)
	e.claims("claims", n.Claims)
	e.close('}')
}

func (p JSONProblem) appendJSON(e *jsonEnc) {
	e.open('{')
	e.str("path", p.Path)
	e.str("message", p.Message)
	e.close('}')
}

// appendJSONFloat appends a finite f as encoding/json writes a float64.
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString appends s quoted as encoding/json quotes a string: with
// <, > and & escaped for HTML, invalid UTF-8 as U+FFFD, and U+2028 and
// U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
