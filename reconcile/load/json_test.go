package load

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSON(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		text      string
		title     string
		url       string
		outlet    string
		published time.Time
		wantErr   error
		wantMsg   string
	}{
		{
			name:      "all fields",
			in:        `{"title": "Envoy in Miami", "body": "A Kremlin envoy met officials.\n\nThey talked.", "url": "https://example.com/a", "published": "2025-12-19T14:30:00Z", "outlet": "Example News", "extra": [1, 2]}`,
			text:      "Envoy in Miami\n\nA Kremlin envoy met officials.\n\nThey talked.",
			title:     "Envoy in Miami",
			url:       "https://example.com/a",
			outlet:    "Example News",
			published: time.Date(2025, 12, 19, 14, 30, 0, 0, time.UTC),
		},
		{
			name:      "text field, source object, date only",
			in:        `{"headline": "H", "text": "Body.", "source": {"id": "x", "name": "Wire"}, "published": "2025-03-03"}`,
			text:      "H\n\nBody.",
			title:     "H",
			outlet:    "Wire",
			published: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC),
		},
		{
			name:      "content field, source string, written date",
			in:        "\uFEFF{\"content\": \"Body.\", \"source\": \"Wire\", \"published\": \"March 3, 2025\"}",
			text:      "Body.",
			outlet:    "Wire",
			published: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC),
		},
		{
			name:  "body starting with the title",
			in:    `{"title": "H", "body": "H\n\nBody."}`,
			text:  "H\n\nBody.",
			title: "H",
		},
		{
			name:      "dateline in the body",
			in:        `{"body": "LONDON, March 3, 2025 (Reuters) - Prices rose."}`,
			text:      "LONDON, March 3, 2025 (Reuters) - Prices rose.",
			published: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC),
		},
		{name: "bad date", in: `{"body": "B.", "published": "soon"}`, wantErr: ErrSyntax, wantMsg: `a.json:1:16: cannot read published time "soon"`},
		{name: "bad date, key repeated", in: "{\"published\": \"2025-03-03\", \"body\": \"B.\",\n \"published\": \"soon\"}", wantErr: ErrSyntax, wantMsg: `a.json:2:2: cannot read published time "soon"`},
		{name: "empty body after BOM", in: "\uFEFF {\"title\": \"T\",\n\t\"body\": \" \"}", wantErr: ErrEmpty, wantMsg: `a.json:2:2: article body is empty`},
		{name: "array", in: `[{"body": "B."}]`, wantErr: ErrSyntax, wantMsg: "a.json:1:1: syntax error: want an article object, not a JSON array"},
		{name: "two objects", in: "{\"body\": \"B.\"}\n {\"body\": \"C.\"}", wantErr: ErrSyntax, wantMsg: "a.json:2:2: syntax error: more than one JSON value"},
		{name: "string of wrong type", in: "{\"body\": \"B.\",\n \"url\": {\"a\": 1}}", wantErr: ErrSyntax, wantMsg: `a.json:2:9: syntax error: field "url" must be a string, not a JSON object`},
		{name: "escaped string of wrong type", in: `{"body": ["x"], "title": "a\"b"}`, wantErr: ErrSyntax, wantMsg: `a.json:1:10: syntax error: field "body" must be a string, not a JSON array`},
		{name: "title of wrong type", in: `{"body": "B", "title": true}`, wantErr: ErrSyntax, wantMsg: `a.json:1:24: syntax error: field "title" must be a string, not a JSON bool`},
		{name: "truncated", in: "{\"body\": \"B.", wantErr: ErrSyntax, wantMsg: "a.json:1:13: syntax error: unexpected end of JSON"},
		{name: "bad character after BOM", in: "\uFEFF{x}", wantErr: ErrSyntax, wantMsg: "a.json:1:2: syntax error: invalid character 'x'"},
		{name: "null body", in: `{"body": null}`, wantErr: ErrNoText, wantMsg: "a.json: no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := newLoader(t).Parse("a.json", ".json", []byte(tt.in))
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tt.wantErr)
				assert.Contains(t, err.Error(), tt.wantMsg)
				return
			}
			require.NoError(t, err)
			require.Len(t, docs, 1)
			d := docs[0]
			assert.Equal(t, tt.text, d.Text)
			assert.Equal(t, tt.title, d.Source.Title)
			assert.Equal(t, tt.url, d.Source.URL)
			assert.Equal(t, tt.outlet, d.Source.Outlet)
			assert.True(t, tt.published.Equal(d.Source.Published), "published %v, want %v", d.Source.Published, tt.published)
			assert.Equal(t, "a.json", d.Source.Path)
			assert.NotEmpty(t, d.Sentences)
		})
	}
}

func TestJSONL(t *testing.T) {
	in := "\uFEFF{\"title\": \"One\", \"body\": \"First article.\"}\r\n" +
		"\n" +
		"{\"title\": \"Two\", \"body\": \"Second article.\\nIts second line.\"}\n" +
		"{\"title\": \"Three\", \"body\": \"\"}\n" +
		"{\"title\": \"Four\", \"body\": \"Fourth.\"} {}\n" +
		"{\"title\": \"Five\", \"body\": \"Fifth.\"}"
	docs, err := newLoader(t).Parse("a.jsonl", ".jsonl", []byte(in))
	var paths, titles []string
	for _, d := range docs {
		paths = append(paths, d.Source.Path)
		titles = append(titles, d.Source.Title)
	}
	assert.Equal(t, []string{"a.jsonl:1", "a.jsonl:3", "a.jsonl:6"}, paths)
	assert.Equal(t, []string{"One", "Two", "Five"}, titles)
	assert.Equal(t, "a.jsonl:3:4:1", docs[1].Span(docs[1].Sentences[2].Start, 0).String(), "positions are within the article's text")

	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 2)
	assert.Equal(t, "a.jsonl:4:20: article body is empty", list[0].Error())
	assert.ErrorIs(t, list[0], ErrEmpty)
	assert.Equal(t, "a.jsonl:5:38: syntax error: more than one JSON value on the line", list[1].Error())
}
