package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/reconcile-news/reconcile/internal/par"
	"github.com/reconcile-news/reconcile/model"
)

// JSONReport is the version 1 JSON contract, as written by WriteJSON and read
// by ReadJSON. Lists are never null; NearMisses and Problems are left out
// when empty.
type JSONReport struct {
	Version       int               `json:"version"`
	Sources       []JSONSource      `json:"sources"`
	Entities      []JSONEntity      `json:"entities"`
	Discrepancies []JSONDiscrepancy `json:"discrepancies"`
	Agreements    []JSONAgreement   `json:"agreements"`
	NearMisses    []JSONNearMiss    `json:"near_misses,omitempty"`
	Problems      []JSONProblem     `json:"problems,omitempty"`
}

// JSONSource is one source read.
type JSONSource struct {
	Path   string `json:"path"`
	Title  string `json:"title"`
	Claims int    `json:"claims"`
}

// JSONEntity is one entity named in the sources.
type JSONEntity struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"` // person, place, org or other
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
}

// JSONDiscrepancy is one finding. Claims[0] is the primary location.
type JSONDiscrepancy struct {
	Fingerprint string      `json:"fingerprint"`
	Kind        string      `json:"kind"`
	Severity    string      `json:"severity"` // high, medium or low
	Confidence  float64     `json:"confidence"`
	Reasons     []string    `json:"reasons"`
	Subject     string      `json:"subject"`
	Measure     string      `json:"measure"`
	Message     string      `json:"message"`
	Explanation string      `json:"explanation"`
	Claims      []JSONClaim `json:"claims"`
	// Support gives, for each claim of a pair, how many sources state its
	// value; left out for findings that are not a pair.
	Support []int `json:"support,omitempty"`
}

// JSONClaim is one claim with its place in its source.
type JSONClaim struct {
	Source   string `json:"source"` // path as given by the user
	Line     int    `json:"line"`   // from 1
	Column   int    `json:"column"` // in runes, from 1
	Offset   int    `json:"offset"` // byte offset of the quote, from 0
	End      int    `json:"end"`    // byte offset just after the quote
	Section  string `json:"section"`
	Quote    string `json:"quote"`
	Sentence string `json:"sentence"`
	Value    string `json:"value"`
	SaidBy   string `json:"said_by"`
}

// JSONAgreement is a value several sources state consistently.
type JSONAgreement struct {
	Subject string      `json:"subject"`
	Measure string      `json:"measure"`
	Value   string      `json:"value"`
	Sources int         `json:"sources"`
	Claims  []JSONClaim `json:"claims"`
}

// JSONNearMiss is a pair of claims that looked alike but was not flagged.
type JSONNearMiss struct {
	Similarity float64     `json:"similarity"`
	Reason     string      `json:"reason"`
	Claims     []JSONClaim `json:"claims"`
}

// JSONProblem is an input that could not be read.
type JSONProblem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// NewJSONReport converts r to the JSON contract.
func NewJSONReport(r *model.Report) *JSONReport {
	out := &JSONReport{
		Version:       model.ReportVersion,
		Sources:       make([]JSONSource, 0, len(r.Sources)),
		Entities:      make([]JSONEntity, 0, len(r.Entities)),
		Discrepancies: make([]JSONDiscrepancy, 0, len(r.Discrepancies)),
		Agreements:    make([]JSONAgreement, 0, len(r.Agreements)),
	}
	for _, s := range r.Sources {
		out.Sources = append(out.Sources, JSONSource{Path: s.Path, Title: s.Title, Claims: s.Claims})
	}
	for _, e := range r.Entities {
		out.Entities = append(out.Entities, JSONEntity{
			Name: e.Name, Kind: e.Kind.String(), Aliases: nonNil(e.Aliases), Mentions: e.Mentions,
		})
	}
	for i := range r.Discrepancies {
		out.Discrepancies = append(out.Discrepancies, jsonDiscrepancy(&r.Discrepancies[i]))
	}
	for i := range r.Agreements {
		out.Agreements = append(out.Agreements, jsonAgreement(&r.Agreements[i]))
	}
	for i := range r.NearMisses {
		out.NearMisses = append(out.NearMisses, jsonNearMiss(&r.NearMisses[i]))
	}
	for _, p := range r.Problems {
		out.Problems = append(out.Problems, JSONProblem{Path: p.Path, Message: p.Message})
	}
	return out
}

func jsonDiscrepancy(d *model.Discrepancy) JSONDiscrepancy {
	return JSONDiscrepancy{
		Fingerprint: d.Fingerprint,
		Kind:        string(d.Kind),
		Severity:    d.Severity.String(),
		Confidence:  d.Confidence,
		Reasons:     nonNil(d.Reasons),
		Subject:     d.Subject,
		Measure:     d.Measure,
		Message:     d.Message,
		Explanation: d.Explanation,
		Claims:      jsonClaims(d.Claims),
		Support:     d.Support,
	}
}

func jsonAgreement(a *model.Agreement) JSONAgreement {
	return JSONAgreement{Subject: a.Subject, Measure: a.Measure, Value: a.Value, Sources: a.Sources, Claims: jsonClaims(a.Claims)}
}

func jsonNearMiss(n *model.NearMiss) JSONNearMiss {
	return JSONNearMiss{Similarity: n.Similarity, Reason: n.Reason, Claims: jsonClaims(n.Claims[:])}
}

func jsonClaims(cs []*model.Claim) []JSONClaim {
	out := make([]JSONClaim, 0, len(cs))
	for _, c := range cs {
		out = append(out, jsonClaim(c))
	}
	return out
}

func jsonClaim(c *model.Claim) JSONClaim {
	return JSONClaim{
		Source:   c.Span.Source,
		Line:     int(c.Span.Start.Line),
		Column:   int(c.Span.Start.Column),
		Offset:   int(c.Span.Start.Offset),
		End:      int(c.Span.End.Offset),
		Section:  c.Section.String(),
		Quote:    c.Quote,
		Sentence: c.Text,
		Value:    c.Value.String(),
		SaidBy:   c.SaidBy,
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// WriteJSON writes r as the version 1 JSON contract (see JSONReport),
// indented by two spaces. Invalid UTF-8 in any text comes out as U+FFFD.
func WriteJSON(w io.Writer, r *model.Report, opts Options) error {
	if err := check(r, opts); err != nil {
		return err
	}
	jw := &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
	jw.raw("{\n  \"version\": ")
	jw.value(model.ReportVersion)
	jw.list("sources", len(r.Sources), false, func(i int) jsonElement {
		s := &r.Sources[i]
		return JSONSource{Path: s.Path, Title: s.Title, Claims: s.Claims}
	})
	jw.list("entities", len(r.Entities), false, func(i int) jsonElement {
		e := &r.Entities[i]
		return JSONEntity{Name: e.Name, Kind: e.Kind.String(), Aliases: nonNil(e.Aliases), Mentions: e.Mentions}
	})
	jw.list("discrepancies", len(r.Discrepancies), false, func(i int) jsonElement { return jsonDiscrepancy(&r.Discrepancies[i]) })
	jw.list("agreements", len(r.Agreements), false, func(i int) jsonElement { return jsonAgreement(&r.Agreements[i]) })
	jw.list("near_misses", len(r.NearMisses), true, func(i int) jsonElement { return jsonNearMiss(&r.NearMisses[i]) })
	jw.list("problems", len(r.Problems), true, func(i int) jsonElement {
		return JSONProblem{Path: r.Problems[i].Path, Message: r.Problems[i].Message}
	})
	jw.raw("\n}\n")
	if jw.err != nil {
		return jw.err
	}
	return jw.w.Flush()
}

// jsonWriter writes a report the way encoding/json's Encoder with a
// two-space indent writes the whole JSONReport, one element at a time: a
// report of 100,000 findings is never held twice in memory, as the
// contract's structs and again as encoded bytes.
type jsonWriter struct {
	w   *bufio.Writer
	out bytes.Buffer // one element, indented
	err error
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.w.WriteString(s)
	}
}

// valueAt writes v indented, its lines after the first starting with
// prefix.
func (jw *jsonWriter) valueAt(v any, prefix string) {
	if jw.err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		jw.err = err
		return
	}
	jw.out.Reset()
	if err := json.Indent(&jw.out, b, prefix, "  "); err != nil {
		jw.err = err
		return
	}
	_, jw.err = jw.w.Write(jw.out.Bytes())
}

// value writes a field's value at the top level.
func (jw *jsonWriter) value(v any) { jw.valueAt(v, "  ") }

// list writes the field name with n elements from elem, or nothing when
// the list is empty and omitEmpty is set.
func (jw *jsonWriter) list(name string, n int, omitEmpty bool, elem func(int) jsonElement) {
	if n == 0 {
		if !omitEmpty {
			jw.raw(",\n  \"" + name + "\": []")
		}
		return
	}
	jw.raw(",\n  \"" + name + "\": [")
	// Elements are encoded a batch at a time on every CPU, each into a
	// buffer of its own, and written in order.
	workers := min(runtime.GOMAXPROCS(0), 8)
	bufs := make([]bytes.Buffer, min(n, jsonBatch))
	errs := make([]error, len(bufs))
	for start := 0; start < n && jw.err == nil; start += jsonBatch {
		m := min(jsonBatch, n-start)
		par.ForEach(m, workers, func(_, i int) {
			bufs[i].Reset()
			errs[i] = encodeElement(&bufs[i], elem(start+i), "    ")
		})
		for i := range m {
			if errs[i] != nil {
				jw.err = errs[i]
				return
			}
			if start+i > 0 {
				jw.raw(",")
			}
			jw.raw("\n    ")
			if jw.err == nil {
				_, jw.err = jw.w.Write(bufs[i].Bytes())
			}
		}
	}
	jw.raw("\n  ]")
}

// jsonBatch is how many list elements are encoded before they are written.
const jsonBatch = 512

// encodeElement writes a list element to buf as encoding/json's Marshal
// and Indent with a two-space indent write it, its lines after the first
// starting with prefix.
func encodeElement(buf *bytes.Buffer, el jsonElement, prefix string) error {
	e := jsonEnc{b: buf.AvailableBuffer(), prefix: prefix}
	el.appendJSON(&e)
	if e.err != nil {
		return e.err
	}
	buf.Write(e.b)
	return nil
}

// ReadJSON reads a report written by WriteJSON. It rejects any version other
// than 1 and ignores fields it does not know, which later releases may add
// to version 1.
func ReadJSON(r io.Reader) (*JSONReport, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read json report: %w", err)
	}
	var probe struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("read json report: %w", err)
	}
	switch {
	case probe.Version == nil:
		return nil, errors.New("read json report: no version field; not a reconcile report")
	case *probe.Version != model.ReportVersion:
		return nil, fmt.Errorf("read json report: unsupported version %d (this reader understands version %d)", *probe.Version, model.ReportVersion)
	}
	var out JSONReport
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("read json report: %w", err)
	}
	return &out, nil
}
