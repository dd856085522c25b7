package report

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/reconcile-news/reconcile/model"
)

// SARIF 2.1.0, written through its own tagged structs: only the properties
// reconcile fills, in a fixed order.

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// FingerprintKey is the key of reconcile's fingerprint in a SARIF
	// result's partialFingerprints.
	FingerprintKey = "reconcile/v1"
	toolName       = "reconcile"
	toolURI        = "https://github.com/reconcile-news/reconcile"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	HelpURI              string            `json:"helpUri"`
	DefaultConfiguration sarifRuleDefaults `json:"defaultConfiguration"`
}

type sarifRuleDefaults struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Properties          *sarifProperties  `json:"properties,omitempty"`
}

type sarifProperties struct {
	Severity    string   `json:"severity"`
	Confidence  float64  `json:"confidence"`
	Subject     string   `json:"subject"`
	Measure     string   `json:"measure"`
	Explanation string   `json:"explanation,omitempty"`
	Reasons     []string `json:"reasons,omitempty"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

// kindRule describes a kind of finding for SARIF rules.
type kindRule struct {
	name     string         // PascalCase name
	short    string         // one line
	full     string         // a few sentences
	severity model.Severity // the level a finding of this kind usually has
}

var kindRules = map[model.Kind]kindRule{
	model.SummaryVsBody: {"SummaryVsBody", "A headline or summary contradicts its own article's body.",
		"A value stated in a headline or summary block is contradicted by the body of the same article.", model.High},
	model.QuantityMismatch: {"QuantityMismatch", "Sources give incompatible figures for the same count or amount.",
		"Two sources give figures for the same thing, measured the same way in the same context, whose ranges cannot overlap.", model.Medium},
	model.DateMismatch: {"DateMismatch", "Sources date the same event differently.",
		"Two sources place the same event on different dates, or give horizons that cannot both hold.", model.Medium},
	model.RoleConflict: {"RoleConflict", "A person is given mutually exclusive titles or states.",
		"A person is described with roles that cannot hold at the same time, such as a former and a sitting president.", model.Medium},
	model.PartsExceedWhole: {"PartsExceedWhole", "Parts of a total add up to more than the total.",
		"Figures stated as parts of a whole add up to more than the whole they belong to.", model.Medium},
	model.UpdatedFigure: {"UpdatedFigure", "A figure was later revised.",
		"A figure was stated and later revised (\"rose to\"); shown so readers use the newer figure, not an error.", model.Low},
}

// sarifLevel maps a severity to a SARIF result level.
func sarifLevel(s model.Severity) string {
	switch s {
	case model.High:
		return "error"
	case model.Medium:
		return "warning"
	case model.Low:
		return "note"
	}
	return "none"
}

// sarifURI turns a path as given into a relative or file: URI reference.
func sarifURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) || strings.HasPrefix(p, "/") {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive path
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	// url.URL adds "./" when the first segment has a colon, which would
	// otherwise read as a scheme.
	return (&url.URL{Path: p}).String()
}

func sarifLoc(c *model.Claim, id *int, msg string) sarifLocation {
	loc := sarifLocation{ID: id, PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(c.Span.Source)}}}
	if c.Span.Start.IsValid() {
		reg := &sarifRegion{StartLine: int(c.Span.Start.Line), StartColumn: int(c.Span.Start.Column)}
		if c.Span.End.IsValid() {
			reg.EndLine, reg.EndColumn = int(c.Span.End.Line), int(c.Span.End.Column)
		}
		if c.Quote != "" {
			reg.Snippet = &sarifText{Text: c.Quote}
		}
		loc.PhysicalLocation.Region = reg
	}
	if msg != "" {
		loc.Message = &sarifText{Text: msg}
	}
	return loc
}

// WriteSARIF writes r as a SARIF 2.1.0 log with one run. Each discrepancy is
// a result whose rule id is its kind and whose level follows its severity
// (high: error, medium: warning, low: note); its first claim is the location
// and the others are related locations. Columns count Unicode code points, as
// the run declares. The fingerprint is under partialFingerprints[FingerprintKey].
func WriteSARIF(w io.Writer, r *model.Report, opts Options) error {
	if err := check(r, opts); err != nil {
		return err
	}
	kinds := model.Kinds()
	for _, d := range r.Discrepancies {
		if !slices.Contains(kinds, d.Kind) {
			kinds = append(kinds, d.Kind)
		}
	}
	ruleIndex := map[model.Kind]int{}
	rules := make([]sarifRule, 0, len(kinds))
	for i, k := range kinds {
		ruleIndex[k] = i
		kr, ok := kindRules[k]
		if !ok {
			kr = kindRule{name: string(k), short: string(k), full: string(k), severity: model.Medium}
		}
		rules = append(rules, sarifRule{
			ID: string(k), Name: kr.name,
			ShortDescription:     sarifText{kr.short},
			FullDescription:      sarifText{kr.full},
			HelpURI:              kindURL(opts, k),
			DefaultConfiguration: sarifRuleDefaults{Level: sarifLevel(kr.severity)},
		})
	}
	results := make([]sarifResult, 0, len(r.Discrepancies))
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		res := sarifResult{
			RuleID:    string(d.Kind),
			RuleIndex: ruleIndex[d.Kind],
			Level:     sarifLevel(d.Severity),
			Message:   sarifText{Text: valid(d.Message)},
			Locations: []sarifLocation{},
			Properties: &sarifProperties{
				Severity: d.Severity.String(), Confidence: d.Confidence,
				Subject: d.Subject, Measure: d.Measure, Explanation: d.Explanation, Reasons: d.Reasons,
			},
		}
		for j := range d.Claims {
			c := d.Claims[j]
			if j == 0 {
				res.Locations = append(res.Locations, sarifLoc(c, nil, ""))
				continue
			}
			id := j
			res.RelatedLocations = append(res.RelatedLocations, sarifLoc(c, &id, claimLabel(c)))
		}
		if d.Fingerprint != "" {
			res.PartialFingerprints = map[string]string{FingerprintKey: d.Fingerprint}
		}
		results = append(results, res)
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name: toolName, Version: opts.ToolVersion, InformationURI: toolURI, Rules: rules,
			}},
			ColumnKind: "unicodeCodePoints",
			Results:    results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// claimLabel describes a related claim in one line: its value and who said it.
func claimLabel(c *model.Claim) string {
	s := c.Value.String()
	if s == "" {
		s = c.Quote
	}
	if c.SaidBy != "" {
		s += " (" + c.SaidBy + ")"
	}
	return s
}
