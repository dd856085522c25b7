package load

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTML(t *testing.T) {
	data, err := os.ReadFile("testdata/article.html")
	require.NoError(t, err)

	// Every address the page names points at a server that counts visits.
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	page := strings.ReplaceAll(string(data), "http://127.0.0.1:1", srv.URL)

	docs, err := newLoader(t).Parse("a.html", ".html", []byte(page))
	require.NoError(t, err)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Zero(t, hits.Load(), "the loader fetched something the page links to")

	assert.Equal(t, "Kremlin Envoy Heads to Miami for Ukraine Talks", d.Source.Title)
	assert.Equal(t, "Example News", d.Source.Outlet)
	assert.Equal(t, time.Date(2025, 12, 19, 14, 30, 0, 0, time.UTC), d.Source.Published.UTC())
	for _, bad := range []string{"SCRIPT", "STYLE", "HIDDEN", "secret", "color: red", "Copyright", "Home"} {
		assert.NotContains(t, d.Text, bad)
	}

	type block struct {
		kind BlockKind
		text string
	}
	var got []block
	for _, b := range d.Blocks {
		got = append(got, block{b.Kind, d.Text[b.Start:b.End]})
	}
	want := []block{
		{BlockHeadline, "Kremlin Envoy Heads to Miami for Ukraine Talks"},
		{BlockBoilerplate, "By Jane Doe"},
		{BlockHeading, "Key Takeaways"},
		{BlockSummary, "Kirill Dmitriev will meet Steve Witkoff in Miami on Saturday."},
		{BlockSummary, "The talks follow meetings in Berlin with Ukrainian officials."},
		{BlockBody, "A Kremlin envoy is slated to meet U.S. officials in Miami this weekend, marking a new round of talks as the Trump administration pushes for a deal to end the war in Ukraine."},
		{BlockCaption, "Kirill Dmitriev stands in front of the Kremlin."},
		{BlockHeading, "Miami Meeting Set"},
	}
	require.GreaterOrEqual(t, len(got), len(want))
	assert.Equal(t, want, got[:len(want)])
	assert.Contains(t, d.Text, "\n- Kirill Dmitriev will meet", "list items are lines with a bullet")
	assert.Contains(t, d.Text, "\n## Key Takeaways\n", "headings are lines")

	// Positions are those of the extracted text.
	s := d.Sentences[1]
	assert.Equal(t, "Kirill Dmitriev will meet Steve Witkoff in Miami on Saturday.", d.Text[s.Start:s.End])
	assert.Equal(t, "a.html:7:3", d.Span(s.Start, s.End).String())
}

func TestHTMLRender(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the extracted text, or a part of it
	}{
		{"paragraphs", "<p>One  two\nthree.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"line break", "<p>One<br>two</p>", "One\ntwo"},
		{"nested lists", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n- b\n- c"},
		{"ordered list", "<ol><li>First</li><li>Second</li></ol>", "- First\n- Second"},
		{"table", "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>41</td></tr></table>", "Name | Age\nAnn | 41"},
		{"pre", "<pre>  a = 1\n  b = 2</pre>", "  a = 1\n  b = 2"},
		{"entities and nbsp", "<p>Caf&eacute;&nbsp;prices &amp; rents</p>", "Café\u00a0prices & rents"},
		{"hidden", `<p>Shown.</p><p style="display: none">Gone.</p><p aria-hidden="true">Gone.</p>`, "Shown."},
		{"script in body", "<p>Before.<script>alert('x')</script> After.</p>", "Before. After."},
		{"heading with br", "<h2>Key<br>Takeaways</h2>", "## Key Takeaways"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, "a.html", "<html><body>"+tt.in+"</body></html>")
			assert.Contains(t, d.Text, tt.want)
			assert.NotContains(t, d.Text, "Gone")
			assert.NotContains(t, d.Text, "alert")
		})
	}
}

func mustParse(t testing.TB, path, in string) *Document {
	t.Helper()
	docs, err := newLoader(t).Parse(path, path[strings.LastIndexByte(path, '.'):], []byte(in))
	require.NoError(t, err)
	require.Len(t, docs, 1)
	return docs[0]
}

func TestHTMLDeep(t *testing.T) {
	const depth = 10000
	page := "<html><body>" + strings.Repeat("<div>", depth) + "<p>Deep text stays readable.</p>" +
		strings.Repeat("</div>", depth) + "<p>After the nesting.</p></body></html>"
	start := time.Now()
	d := mustParse(t, "deep.html", page)
	assert.Contains(t, d.Text, "Deep text stays readable.")
	assert.Contains(t, d.Text, "After the nesting.")
	assert.Less(t, time.Since(start), 10*time.Second)
}

func TestLimitDepth(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"shallow page unchanged", "<div><p>a<p>b<ul><li>c<li>d</ul><my-el><x-y>e</x-y></my-el></div>", ""},
		{"deep divs cut", "<div><div><div><div>x</div></div></div></div>", "<div><div><div>x</div></div></div>"},
		{"unclosed paragraphs do not count", "<div><p>a<p>b<p>c<p>d<p>e</div>", ""},
		{"custom elements close", "<a-b><a-b></a-b></a-b><c-d><c-d>x</c-d></c-d>", ""},
		{"script kept raw", "<div><div><div><script>if (a<b) { x('<div>') }</script></div></div></div>", ""},
		{"deep script kept", "<div><div><div><div><script>x()</script></div></div></div></div>", "<div><div><div><script>x()</script></div></div></div>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			assert.Equal(t, want, limitDepth(tt.in, 3))
		})
	}
}
