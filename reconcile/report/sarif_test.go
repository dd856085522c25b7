package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
)

// sarifSchemaFile is the SARIF 2.1.0 schema the output is checked against;
// see the $comment in the file for how it relates to the official schema.
const sarifSchemaFile = "testdata/sarif-schema-2.1.0-subset.json"

func TestSARIFSchema(t *testing.T) {
	f, err := os.Open(sarifSchemaFile)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	abs, err := filepath.Abs(sarifSchemaFile)
	require.NoError(t, err)
	require.NoError(t, c.AddResource(abs, doc))
	schema, err := c.Compile(abs)
	require.NoError(t, err)

	for name, r := range map[string]*model.Report{"fixed": fixedReport(), "hostile": hostileReport(), "empty": {}} {
		t.Run(name, func(t *testing.T) {
			opts := DefaultOptions()
			opts.ToolVersion = "0.1.0"
			var buf bytes.Buffer
			require.NoError(t, WriteSARIF(&buf, r, opts))
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
			require.NoError(t, err)
			assert.NoError(t, schema.Validate(inst))
		})
	}

	bad := map[string]any{"version": "2.1.0", "runs": []any{map[string]any{"tool": map[string]any{"driver": map[string]any{}}}}}
	assert.Error(t, schema.Validate(bad), "the schema must reject a driver without a name")
}

func TestSARIFContent(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteSARIF(&buf, fixedReport(), DefaultOptions()))
	var log struct {
		Runs []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Rules []struct {
						ID      string `json:"id"`
						HelpURI string `json:"helpUri"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				Level               string            `json:"level"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []json.RawMessage `json:"locations"`
				RelatedLocations    []json.RawMessage `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &log))
	run := log.Runs[0]
	assert.Equal(t, "unicodeCodePoints", run.ColumnKind)
	require.Len(t, run.Tool.Driver.Rules, len(model.Kinds()))
	assert.Equal(t, DefaultDocsURL+"#summary-vs-body", run.Tool.Driver.Rules[0].HelpURI)
	levels := map[string]string{}
	for _, r := range run.Results {
		levels[r.RuleID] = r.Level
		assert.Len(t, r.Locations, 1)
		assert.Len(t, r.RelatedLocations, 1)
		assert.NotEmpty(t, r.PartialFingerprints[FingerprintKey])
	}
	assert.Equal(t, map[string]string{"quantity-mismatch": "error", "summary-vs-body": "warning", "role-conflict": "note", "date-mismatch": "warning"}, levels)
}

func TestSARIFURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"articles/a.txt", "articles/a.txt"},
		{"a b.txt", "a%20b.txt"},
		{"/abs/a.txt", "file:///abs/a.txt"},
		{"c:odd/a.txt", "./c:odd/a.txt"},
		{"100%.txt", "100%25.txt"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sarifURI(tt.in), tt.in)
	}
}
