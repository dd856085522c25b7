package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

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
			Name: e.Name, Kind: e.Kind.String(), Aliases: nonNil(e.Aliases), Mentions: len(e.Mentions),
		})
	}
	for _, d := range r.Discrepancies {
		out.Discrepancies = append(out.Discrepancies, JSONDiscrepancy{
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
		})
	}
	for _, a := range r.Agreements {
		out.Agreements = append(out.Agreements, JSONAgreement{
			Subject: a.Subject, Measure: a.Measure, Value: a.Value, Sources: a.Sources, Claims: jsonClaims(a.Claims),
		})
	}
	for _, n := range r.NearMisses {
		out.NearMisses = append(out.NearMisses, JSONNearMiss{
			Similarity: n.Similarity, Reason: n.Reason, Claims: jsonClaims(n.Claims[:]),
		})
	}
	for _, p := range r.Problems {
		out.Problems = append(out.Problems, JSONProblem{Path: p.Path, Message: p.Message})
	}
	return out
}

func jsonClaims(cs []model.Claim) []JSONClaim {
	out := make([]JSONClaim, 0, len(cs))
	for _, c := range cs {
		out = append(out, JSONClaim{
			Source:   c.Span.Source,
			Line:     c.Span.Start.Line,
			Column:   c.Span.Start.Column,
			Offset:   c.Span.Start.Offset,
			End:      c.Span.End.Offset,
			Section:  c.Section.String(),
			Quote:    c.Quote,
			Sentence: c.Text,
			Value:    c.Value.String(),
			SaidBy:   c.SaidBy,
		})
	}
	return out
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
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(NewJSONReport(r))
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
