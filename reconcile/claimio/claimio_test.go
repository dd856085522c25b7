package claimio

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile"
)

func TestRoundTripFixtures(t *testing.T) {
	opts, err := reconcile.DefaultOptions()
	require.NoError(t, err)
	arts, _, err := reconcile.Read(context.Background(), []string{"../../fixtures/articles"}, opts)
	require.NoError(t, err)
	var want []model.Claim
	for _, a := range arts {
		want = append(want, a.Claims...)
	}
	require.NotEmpty(t, want)
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for i := range want {
		require.NoError(t, w.Write(&want[i]))
	}
	assert.Equal(t, len(want), strings.Count(buf.String(), "\n"), "one line per claim")
	got, err := Read("claims.jsonl", bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.Len(t, got, len(want))
	for i := range want {
		w := want[i]
		if w.Entities != nil && len(w.Entities) == 0 {
			w.Entities = nil
		}
		assert.Equal(t, w, got[i])
	}
}

func TestRoundTripOpenBounds(t *testing.T) {
	tests := []struct {
		name string
		v    model.Value
		json string
	}{
		{"at least", model.Value{Kind: model.Count, Lo: 10, Hi: math.Inf(1), Nominal: 10, Hedge: "at least", Text: "at least 10"}, `"lo":10,"hi":null`},
		{"fewer than", model.Value{Kind: model.Count, Lo: math.Inf(-1), Hi: 5, HiOpen: true, Nominal: 5, Hedge: "fewer than"}, `"lo":null,"hi":5,"hi_open":true`},
		{"point", model.Point(model.Share, 90), `"lo":90,"hi":90`},
		{"date", model.Value{Kind: model.Date, Lo: 19047, Hi: 19047, Resolved: true, Date: model.DateParts{Year: 2022, Month: 2, Day: 24}}, `"date":{"year":2022,"month":2,"day":24},"resolved":true`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := model.Claim{ID: "x", Kind: model.QuantityClaim, Span: model.Span{Source: "a.txt", Start: model.Pos{Offset: 3, Line: 1, Column: 4}, End: model.Pos{Offset: 5, Line: 1, Column: 6}}, Quote: "10", Value: tt.v}
			var buf bytes.Buffer
			require.NoError(t, NewWriter(&buf).Write(&c))
			assert.Contains(t, buf.String(), tt.json)
			got, err := Read("c.jsonl", &buf)
			require.NoError(t, err)
			require.Len(t, got, 1)
			assert.Equal(t, c, got[0])
		})
	}
}

func TestReadErrors(t *testing.T) {
	const ok = `{"kind":"quantity","source":"a.txt","quote":"63","value":{"kind":"count","lo":63,"hi":63,"nominal":63,"text":"63"}}`
	tests := []struct {
		name    string
		in      string
		wantErr string
	}{
		{"bad json", "{\"kind\": \"quantity\",", "c.jsonl:1:21: unexpected end of JSON input"},
		{"not an object", `[1,2]`, "c.jsonl:1:1: json: cannot unmarshal array"},
		{"trailing data", ok + ` {}`, "c.jsonl:1:"},
		{"unknown kind", `{"kind":"weather","source":"a.txt","quote":"x"}`, `c.jsonl:1:2: unknown claim kind "weather"`},
		{"missing kind", `{"source":"a.txt","quote":"x"}`, `c.jsonl:1:1: unknown claim kind ""`},
		{"missing source", `{"kind":"date","quote":"x"}`, "c.jsonl:1:1: missing source"},
		{"missing quote", `{"kind":"date","source":"a.txt"}`, "c.jsonl:1:1: missing quote"},
		{"empty quote", `{"kind":"date","source":"a.txt","quote":""}`, "c.jsonl:1:33: missing quote"},
		{"unknown field", `{"kind":"date","source":"a.txt","quote":"x","colour":"red"}`, `c.jsonl:1:45: unknown field "colour"`},
		{"bad section", `{"kind":"date","source":"a.txt","quote":"x","section":"footer"}`, `c.jsonl:1:45: unknown section "footer"`},
		{"bad value kind", `{"kind":"date","source":"a.txt","quote":"x","value":{"kind":"mass"}}`, `c.jsonl:1:45: unknown value kind "mass"`},
		{"lo above hi", `{"kind":"date","source":"a.txt","quote":"x","value":{"lo":3,"hi":1}}`, `c.jsonl:1:45: lo 3 is above hi 1`},
		{"month out of range", `{"kind":"date","source":"a.txt","quote":"x","value":{"date":{"year":2022,"month":13}}}`, `c.jsonl:1:45: date: month 13 is out of range [0, 12]`},
		{"day out of range", `{"kind":"date","source":"a.txt","quote":"x","value":{"date":{"day":300}}}`, `c.jsonl:1:45: date: day 300 is out of range [0, 31]`},
		{"weekday below range", `{"kind":"date","source":"a.txt","quote":"x","value":{"date":{"weekday":-1}}}`, `c.jsonl:1:45: date: weekday -1 is out of range [0, 7]`},
		{"line out of range", `{"kind":"date","source":"a.txt","quote":"x","line":3000000000}`, `c.jsonl:1:45: line or column out of range [-2147483648, 2147483647]`},
		{"sentence line out of range", `{"kind":"date","source":"a.txt","quote":"x","sentence_span":{"offset":0,"end":1,"line":1,"column":1,"end_line":1,"end_column":3000000000}}`, `c.jsonl:1:45: line or column out of range`},
		{"offset out of range", `{"kind":"date","source":"a.txt","quote":"x","offset":1,"end":3000000000}`, `c.jsonl:1:45: byte offset out of range [-2147483648, 2147483647]`},
		{"sentence offset out of range", `{"kind":"date","source":"a.txt","quote":"x","sentence_span":{"offset":0,"end":3000000000,"line":1,"column":1,"end_line":1,"end_column":2}}`, `c.jsonl:1:45: byte offset out of range`},
		{"sentence offset below range", `{"kind":"date","source":"a.txt","quote":"x","sentence_span":{"offset":-3000000000,"end":1,"line":1,"column":1,"end_line":1,"end_column":2}}`, `c.jsonl:1:45: byte offset out of range`},
		{"year out of range", `{"kind":"date","source":"a.txt","quote":"x","value":{"date":{"year":3000000000}}}`, `c.jsonl:1:45: date: year 3000000000 is out of range`},
		{"wrong type", `{"kind":"date","source":"a.txt","quote":"x","line":"one"}`, `c.jsonl:1:`},
		{"error on line 3", ok + "\n\n{", "c.jsonl:3:"},
		{"duplicate id", `{"id":"a","kind":"date","source":"a.txt","quote":"x"}` + "\n" + `{"id":"a","kind":"date","source":"b.txt","quote":"y"}`, `c.jsonl:2:2: duplicate id "a" (first on line 1)`},
		{"invalid utf-8", "{\"kind\":\"date\",\"source\":\"a.txt\",\"quote\":\"\xff\"}", "c.jsonl:1:1: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("c.jsonl", strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestReadDefaults(t *testing.T) {
	in := "\ufeff" + `{"kind":"quantity","source":"other.txt","quote":"70","value":{"kind":"count","lo":70,"hi":70}}` + "\n\n"
	got, err := Read("c.jsonl", strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "c.jsonl:1", got[0].ID, "a claim without an id is named by its line")
	assert.Equal(t, model.QuantityClaim, got[0].Kind)
	assert.Equal(t, 70.0, got[0].Value.Lo)
}

// TestSentenceSpanRoundTrip holds that a sentence_span is written back as
// it was read, and that an all-zero one, which model.Claim cannot tell from
// none (its Sentence has no source of its own), reads as none.
func TestSentenceSpanRoundTrip(t *testing.T) {
	const head = `{"id":"x","kind":"quantity","source":"a.txt","line":1,"column":6,"offset":5,"end":7,"end_line":1,"end_column":8,"section":"","quote":"63","sentence":"They shot 63 down."`
	const tail = `,"value":{"kind":"","lo":null,"hi":null,"nominal":0,"text":""},"subject":"","measure":"","entities":[],"context":[]}`
	tests := []struct {
		name, span, want string
	}{
		{"span", `,"sentence_span":{"offset":0,"end":18,"line":1,"column":1,"end_line":1,"end_column":19}`, `,"sentence_span":{"offset":0,"end":18,"line":1,"column":1,"end_line":1,"end_column":19}`},
		{"none", ``, ``},
		{"all zero", `,"sentence_span":{"offset":0,"end":0,"line":0,"column":0,"end_line":0,"end_column":0}`, ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read("c.jsonl", strings.NewReader(head+tt.span+tail))
			require.NoError(t, err)
			require.Len(t, got, 1)
			var buf bytes.Buffer
			require.NoError(t, NewWriter(&buf).Write(&got[0]))
			assert.Equal(t, head+tt.want+tail+"\n", buf.String())
		})
	}
}
