package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./reconcile/report -update to create it")
	assert.Equal(t, string(want), string(got), "output differs from %s; rerun with -update and review the diff", path)
}

// claim builds a claim whose sentence starts at column 1 of line, at byte
// offset off, and whose quote is the first occurrence of quote in text.
func claim(src string, line, off int, text, quote string, sec model.Section, value, saidBy string) model.Claim {
	i := strings.Index(text, quote)
	if i < 0 {
		panic("quote not in sentence: " + quote)
	}
	col := int32(utf8.RuneCountInString(text[:i]) + 1)
	endCol := col + int32(utf8.RuneCountInString(quote))
	return model.Claim{
		Span: model.Span{Source: src,
			Start: model.Pos{Offset: int32(off + i), Line: int32(line), Column: col},
			End:   model.Pos{Offset: int32(off + i + len(quote)), Line: int32(line), Column: endCol}},
		Quote: quote,
		Sentence: model.Range{
			Start: model.Pos{Offset: int32(off), Line: int32(line), Column: 1},
			End:   model.Pos{Offset: int32(off + len(text)), Line: int32(line), Column: int32(utf8.RuneCountInString(text) + 1)}},
		Text:    text,
		Section: sec,
		Value:   model.Value{Text: value},
		SaidBy:  saidBy,
	}
}

func ptr(c model.Claim) *model.Claim { return &c }

// fixedReport is the one input every golden file is written from: two
// sources, four discrepancies of different kinds and severities, one
// agreement and one unreadable input.
func fixedReport() *model.Report {
	const a, b = "articles/a.txt", "articles/b.txt"
	return &model.Report{
		Sources: []model.SourceSummary{
			{Source: model.Source{Path: a, Title: "Russia launches 82 drones at Ukraine"}, Claims: 7},
			{Source: model.Source{Path: b, Title: "Ukraine says it downed 70 drones"}, Claims: 5},
		},
		Entities: []model.EntitySummary{
			{Name: "Donald Trump", Kind: model.Person, Aliases: []string{"Trump"}, Mentions: 2},
			{Name: "Ukraine's air force", Kind: model.Org},
		},
		Discrepancies: []model.Discrepancy{
			{
				Kind: model.QuantityMismatch, Severity: model.High, Confidence: 0.92,
				Reasons: []string{"same actor", "same period: overnight"},
				Subject: "drones", Measure: "intercept",
				Message:     "drones intercepted: 63 in articles/a.txt, 70 in articles/b.txt",
				Explanation: "both count drones intercepted overnight by Ukraine's air force; 63 and 70 do not overlap",
				Claims: []*model.Claim{
					ptr(claim(a, 3, 120, "Ukraine’s air force said it shot down 63 of the drones overnight.", "63 of the drones", model.Body, "63", "Ukraine's air force")),
					ptr(claim(b, 7, 301, "The air force said 70 drones were intercepted.", "70 drones", model.Body, "70", "the air force")),
				},
				Fingerprint: "qm-5f1c2a9e",
			},
			{
				Kind: model.SummaryVsBody, Severity: model.Medium, Confidence: 0.8,
				Subject: "drones", Measure: "launch",
				Message:     "headline says 82 drones launched, body says 80",
				Explanation: "the headline and the body of articles/a.txt count the same launch",
				Claims: []*model.Claim{
					ptr(claim(a, 1, 0, "Russia launches 82 drones at Ukraine", "82 drones", model.Headline, "82", "")),
					ptr(claim(a, 4, 190, "In all, Russia launched 80 drones and two missiles.", "80 drones", model.Body, "80", "")),
				},
				Fingerprint: "svb-09ab77c1",
			},
			{
				Kind: model.RoleConflict, Severity: model.Low, Confidence: 0.55,
				Subject: "Donald Trump", Measure: "president",
				Message:     "Donald Trump is former president in articles/a.txt, president in articles/b.txt",
				Explanation: "a former holder of a title cannot hold it at the same time",
				Claims: []*model.Claim{
					ptr(claim(a, 9, 640, "Former President Donald Trump criticized the strikes.", "Former President Donald Trump", model.Body, "former president", "")),
					ptr(claim(b, 2, 40, "President Donald Trump spoke with Zelenskyy.", "President Donald Trump", model.Summary, "president", "")),
				},
				Fingerprint: "rc-77de0123",
			},
			{
				Kind: model.DateMismatch, Severity: model.Medium, Confidence: 0.7,
				Subject: "invasion", Measure: "begin",
				Message:     "invasion began on 2022-02-24 in articles/a.txt, 2022-02-20 in articles/b.txt",
				Explanation: "both date the start of the full-scale invasion",
				Claims: []*model.Claim{
					ptr(claim(a, 12, 900, "Russia invaded on Feb. 24, 2022.", "Feb. 24, 2022", model.Body, "2022-02-24", "")),
					ptr(claim(b, 11, 700, "The invasion began on Feb. 20, 2022.", "Feb. 20, 2022", model.Body, "2022-02-20", "")),
				},
				Fingerprint: "dm-3c4d5e6f",
			},
		},
		Agreements: []model.Agreement{{
			Subject: "people", Measure: "kill", Value: "2", Sources: 2,
			Claims: []*model.Claim{
				ptr(claim(a, 5, 260, "Two people were killed in Cherkasy.", "Two people", model.Body, "2", "")),
				ptr(claim(b, 8, 380, "The strike killed two people.", "two people", model.Body, "2", "")),
			},
		}},
		Problems: []model.InputProblem{{Path: "articles/c.txt", Message: "articles/c.txt:1:1: invalid UTF-8"}},
	}
}

func render(t *testing.T, f Format, r *model.Report, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, f, r, opts))
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	opts := DefaultOptions()
	opts.ToolVersion = "0.1.0"
	ext := map[Format]string{Text: "txt", JSON: "json", Markdown: "md", SARIF: "sarif", GitHub: "github.txt", HTML: "html"}
	for _, f := range Formats() {
		t.Run(string(f), func(t *testing.T) {
			out := render(t, f, fixedReport(), opts)
			golden(t, "report."+ext[f], out)
			again := render(t, f, fixedReport(), opts)
			assert.Equal(t, string(out), string(again), "output is not deterministic")
		})
	}
}

func TestEmptyReport(t *testing.T) {
	for _, f := range Formats() {
		t.Run(string(f), func(t *testing.T) {
			out := render(t, f, &model.Report{}, DefaultOptions())
			if f != GitHub { // no findings, no commands
				assert.NotEmpty(t, out)
			}
			assert.NotContains(t, string(out), "null")
		})
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name    string
		want    Format
		wantErr string
	}{
		{"text", Text, ""},
		{"JSON", JSON, ""},
		{"sarif", SARIF, ""},
		{"github", GitHub, ""},
		{"html", HTML, ""},
		{"markdown", Markdown, ""},
		{"xml", "", `unknown format "xml" (want text, json, markdown, sarif, github, html)`},
		{"", "", "unknown format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFormat(tt.name)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestWriteErrors(t *testing.T) {
	var buf bytes.Buffer
	assert.ErrorContains(t, Write(&buf, Text, nil, DefaultOptions()), "nil report")
	assert.ErrorContains(t, Write(&buf, "pdf", &model.Report{}, DefaultOptions()), "unknown format")
	bad := DefaultOptions()
	bad.MaxAnnotations = 0
	assert.ErrorContains(t, Write(&buf, GitHub, &model.Report{}, bad), "max annotations")
	assert.ErrorContains(t, Options{}.Validate(), "docs URL")
	assert.NoError(t, DefaultOptions().Validate())
}

// TestJSONStreamsLikeEncoder checks that WriteJSON, which writes one
// element at a time, gives the bytes encoding/json's Encoder gives for the
// whole contract, for reports with and without each list, near misses, and
// text that JSON escapes.
func TestJSONStreamsLikeEncoder(t *testing.T) {
	withNearMiss := fixedReport()
	withNearMiss.NearMisses = []model.NearMiss{{
		Similarity: 0.41, Reason: "another place: <Kyiv> & \"Odesa\"",
		Claims: [2]*model.Claim{withNearMiss.Discrepancies[0].Claims[0], withNearMiss.Discrepancies[1].Claims[1]},
	}}
	withNearMiss.Discrepancies[0].Message = "bad \xff byte, tab\there, line\u2028separator"
	noProblems := fixedReport()
	noProblems.Problems = nil
	onlySources := &model.Report{Sources: fixedReport().Sources}
	many := fixedReport() // lists longer than a batch of the parallel encoder
	for i := range 2*jsonBatch + 7 {
		many.Sources = append(many.Sources, model.SourceSummary{Source: model.Source{Path: fmt.Sprintf("s%04d.txt", i)}, Claims: i})
		d := many.Discrepancies[i%len(fixedReport().Discrepancies)]
		d.Message = fmt.Sprintf("finding %d", i)
		many.Discrepancies = append(many.Discrepancies, d)
	}
	for name, r := range map[string]*model.Report{
		"fixed": fixedReport(), "near misses and escapes": withNearMiss,
		"no problems": noProblems, "only sources": onlySources, "empty": {},
		"longer than a batch": many,
	} {
		t.Run(name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(NewJSONReport(r)))
			var got bytes.Buffer
			require.NoError(t, WriteJSON(&got, r, DefaultOptions()))
			assert.Equal(t, want.String(), got.String())
		})
	}
}
