package report

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzJSONString checks that appendJSONString quotes any text, valid
// UTF-8 or not, as encoding/json does.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "<Kyiv> & \"Odesa\"", "tab\tnew\nline\r\b\f\x00\x1f\x7f", "bad \xff\xfe byte",
		"line\u2028para\u2029", "é ü 漢字 🙂", "\\back\\slash", "\xed\xa0\x80", "\xf4\x90\x80\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(appendJSONString(nil, s)))
	})
}

// TestJSONFloat checks that appendJSONFloat writes numbers as
// encoding/json does, and that a value JSON cannot hold is an error.
func TestJSONFloat(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 0.5, 0.85, 0.1 + 0.2, 1e-6, 1e-7, 9.99e-7, 123456789, 1e20, 1e21, 1.5e300, -2.5e-9, math.SmallestNonzeroFloat64} {
		want, err := json.Marshal(f)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(appendJSONFloat(nil, f)), "%v", f)
	}
	var buf bytes.Buffer
	assert.Error(t, encodeElement(&buf, JSONNearMiss{Similarity: math.NaN()}, ""))
	assert.Error(t, encodeElement(&buf, JSONDiscrepancy{Confidence: math.Inf(1)}, ""))
}

// TestJSONElementsLikeMarshal checks each list element type, with empty
// and nil lists, against encoding/json's Marshal and Indent.
func TestJSONElementsLikeMarshal(t *testing.T) {
	claim := JSONClaim{Source: "a.txt", Line: 3, Column: 7, Offset: 40, End: 42, Section: "body", Quote: "63", Sentence: "63 of <82>", Value: "63"}
	for _, v := range []jsonElement{
		JSONSource{Path: "a.txt", Title: "T", Claims: 2},
		JSONEntity{Name: "Kyiv", Kind: "place", Aliases: []string{}},
		JSONEntity{Name: "Kyiv", Kind: "place", Aliases: []string{"Kiev", "Kyïv"}, Mentions: 3},
		JSONEntity{Name: "Kyiv"},
		JSONDiscrepancy{Fingerprint: "f", Confidence: 0.85, Reasons: []string{"a", "b"}, Claims: []JSONClaim{claim, claim}, Support: []int{3, 1}},
		JSONDiscrepancy{Reasons: []string{}, Claims: []JSONClaim{}},
		JSONDiscrepancy{},
		JSONAgreement{Subject: "drones", Value: "63", Sources: 2, Claims: []JSONClaim{claim}},
		JSONNearMiss{Similarity: 0.41, Reason: "x", Claims: []JSONClaim{claim}},
		JSONProblem{Path: "p", Message: "m"},
	} {
		var want, got bytes.Buffer
		require.NoError(t, encodeIndented(&want, v, "    "))
		require.NoError(t, encodeElement(&got, v, "    "))
		assert.Equal(t, want.String(), got.String())
	}
}

// encodeIndented writes v to buf as encoding/json writes it indented by
// two spaces, its lines after the first starting with prefix: what
// encodeElement must write.
func encodeIndented(buf *bytes.Buffer, v any, prefix string) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Indent(buf, b, prefix, "  ")
}
