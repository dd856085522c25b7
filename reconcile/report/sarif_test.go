package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
)

// The official OASIS SARIF 2.1.0 schema (Errata 01, the one the $schema of
// our output names) is not copied into this repository: it is read from
// the gosec module, which ships it as test data, through the module proxy
// (`go mod download`), so the schema checked against is the published one.
const (
	sarifSchemaModule = "github.com/securego/gosec/v2@v2.30.0"
	sarifSchemaPath   = "report/sarif/testdata/sarif-schema-2.1.0.json"
)

// sarifSchemaFile downloads the schema's module into the module cache and
// returns the file's path. Without the go command or the proxy the test is
// skipped locally, and fails in CI (CI set), which must be able to reach it.
func sarifSchemaFile(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "mod", "download", "-json", sarifSchemaModule).Output()
	var mod struct{ Dir, Error string }
	if err == nil {
		err = json.Unmarshal(out, &mod)
	}
	if err == nil && mod.Error != "" {
		err = errors.New(mod.Error)
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("download %s for the SARIF schema: %v", sarifSchemaModule, err)
		}
		t.Skipf("cannot download %s for the SARIF schema: %v", sarifSchemaModule, err)
	}
	return filepath.Join(mod.Dir, filepath.FromSlash(sarifSchemaPath))
}

// compileSARIFSchema compiles the official schema. The compiler has no
// loader for http(s) URLs, so a reference outside the file would fail here
// rather than be fetched.
func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	file := sarifSchemaFile(t)
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource(file, doc))
	schema, err := c.Compile(file)
	require.NoError(t, err)
	return schema
}

func TestSARIFSchema(t *testing.T) {
	schema := compileSARIFSchema(t)

	validate := func(t *testing.T, data []byte) {
		t.Helper()
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err)
		assert.NoError(t, schema.Validate(inst))
	}
	t.Run("golden", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join("testdata", "report.sarif"))
		require.NoError(t, err)
		validate(t, data)
	})
	for name, r := range map[string]*model.Report{"fixed": fixedReport(), "hostile": hostileReport(), "empty": {}} {
		t.Run(name, func(t *testing.T) {
			opts := DefaultOptions()
			opts.ToolVersion = "0.1.0"
			var buf bytes.Buffer
			require.NoError(t, WriteSARIF(&buf, r, opts))
			validate(t, buf.Bytes())
		})
	}
}

// The schema must reject what SARIF forbids, or TestSARIFSchema proves
// nothing; the valid logs next to each rejected one show that the rejection
// is for the reason named.
func TestSARIFSchemaRejects(t *testing.T) {
	schema := compileSARIFSchema(t)
	// log is a SARIF log with one run whose driver is driver and whose only
	// result has the given level and region.
	log := func(driver map[string]any, level string, region map[string]any) string {
		res := map[string]any{"message": map[string]any{"text": "m"}, "level": level,
			"locations": []any{map[string]any{"physicalLocation": map[string]any{
				"artifactLocation": map[string]any{"uri": "a.txt"}, "region": region}}}}
		l := map[string]any{"version": "2.1.0", "runs": []any{map[string]any{
			"tool": map[string]any{"driver": driver}, "results": []any{res}}}}
		b, err := json.Marshal(l)
		require.NoError(t, err)
		return string(b)
	}
	named := map[string]any{"name": "reconcile"}
	line1 := map[string]any{"startLine": 1}
	tests := []struct {
		name    string
		log     string
		wantErr bool
	}{
		{"valid", log(named, "error", line1), false},
		{"driver without a name", log(map[string]any{}, "error", line1), true},
		{"unknown driver property", log(map[string]any{"name": "reconcile", "colour": "red"}, "error", line1), true},
		{"rule with a helpUri", log(map[string]any{"name": "reconcile", "rules": []any{map[string]any{"id": "x", "helpUri": "https://example.com/doc#x"}}}, "error", line1), false},
		{"helpUri not a URI", log(map[string]any{"name": "reconcile", "rules": []any{map[string]any{"id": "x", "helpUri": "not a uri"}}}, "error", line1), true},
		{"unknown result level", log(named, "fatal", line1), true},
		{"startLine 0", log(named, "error", map[string]any{"startLine": 0}), true},
		{"no version", `{"runs": []}`, true},
		{"version 2.0.0", `{"version": "2.0.0", "runs": []}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(tt.log))
			require.NoError(t, err)
			err = schema.Validate(inst)
			if tt.wantErr {
				assert.Error(t, err)
			} else {
				assert.NoError(t, err)
			}
		})
	}
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
