package extract

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/reconcile/load"
)

// A mention's text is the text at its span, exactly as written; the
// entity's name has its spaces normalized.
func TestMentionTextAsWritten(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantName string
		wantText string
	}{
		{"one space", "The envoy met Kirill Dmitriev in Miami.", "Kirill Dmitriev", "Kirill Dmitriev"},
		{"two spaces", "The envoy met Kirill  Dmitriev in Miami.", "Kirill Dmitriev", "Kirill  Dmitriev"},
		{"tab", "The envoy met Kirill\tDmitriev in Miami.", "Kirill Dmitriev", "Kirill\tDmitriev"},
	}
	lx := numTestReader(t).lx
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := load.New(lx).Parse("a.txt", ".txt", []byte("Envoy Meets Officials\n\n"+tt.in+"\n"))
			require.NoError(t, err)
			require.Len(t, docs, 1)
			d := docs[0]
			r := New(lx).Extract(d)
			for _, e := range r.Entities {
				if e.Name != tt.wantName {
					continue
				}
				require.Len(t, e.Mentions, 1)
				m := e.Mentions[0]
				assert.Equal(t, tt.wantText, m.Text)
				assert.Equal(t, d.Text[m.Span.Start.Offset:m.Span.End.Offset], m.Text)
				return
			}
			t.Fatalf("no entity %q among %+v", tt.wantName, r.Entities)
		})
	}
}

// TestSkipMentions checks that an extractor told to skip mentions gives
// the same claims and entities, each entity counted as often as it is
// mentioned otherwise, over every fixture article.
func TestSkipMentions(t *testing.T) {
	lx := numTestReader(t).lx
	full, counting := New(lx), New(lx)
	counting.SkipMentions = true
	mentioned := 0
	for _, f := range fixtureFiles(t) {
		docs, err := load.New(lx).Parse(f.path, filepath.Ext(f.path), f.data)
		require.NoError(t, err)
		for _, d := range docs {
			want, got := full.Extract(d), counting.Extract(d)
			assert.Equal(t, want.Claims, got.Claims, f.path)
			require.Len(t, got.Entities, len(want.Entities), f.path)
			for k, e := range want.Entities {
				assert.Equal(t, len(e.Mentions), e.Count, "%s: %s", f.path, e.Name)
				assert.Nil(t, got.Entities[k].Mentions, "%s: %s", f.path, e.Name)
				e.Mentions = nil
				assert.Equal(t, e, got.Entities[k], f.path)
				mentioned += e.Count
			}
		}
	}
	assert.Greater(t, mentioned, 100, "the fixtures name entities")
}
