package load

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// checkDocs asserts the invariants every parser keeps, whatever its input:
// blocks and sentences lie within the text, in order, without overlap, on
// rune boundaries; sentences lie within their block; and positions agree
// with a slow count of lines and runes.
func checkDocs(t *testing.T, docs []*Document, err error) {
	t.Helper()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || e.Path == "" {
			t.Fatalf("error %v (%T) does not name the file", err, err)
		}
	}
	for _, d := range docs {
		checkDoc(t, d)
	}
}

func checkDoc(t *testing.T, d *Document) {
	t.Helper()
	n := len(d.Text)
	if d.Source.Path == "" {
		t.Fatal("document without a path")
	}
	boundary := func(what string, off int) {
		if off < 0 || off > n {
			t.Fatalf("%s offset %d outside text of %d bytes", what, off, n)
		}
		if off < n && !utf8.RuneStart(d.Text[off]) {
			t.Fatalf("%s offset %d is inside a rune", what, off)
		}
		checkPos(t, d, off)
	}
	prev := 0
	for i, b := range d.Blocks {
		boundary("block start", b.Start)
		boundary("block end", b.End)
		if b.Start >= b.End || b.Start < prev {
			t.Fatalf("block %d [%d,%d) empty, or overlaps the one before (ends %d)", i, b.Start, b.End, prev)
		}
		prev = b.End
	}
	prev = 0
	for i, s := range d.Sentences {
		boundary("sentence start", s.Start)
		boundary("sentence end", s.End)
		if s.Start >= s.End || s.Start < prev {
			t.Fatalf("sentence %d [%d,%d) empty, or overlaps the one before (ends %d)", i, s.Start, s.End, prev)
		}
		if s.Block < 0 || s.Block >= len(d.Blocks) {
			t.Fatalf("sentence %d in block %d of %d", i, s.Block, len(d.Blocks))
		}
		if b := d.Blocks[s.Block]; s.Start < b.Start || s.End > b.End || s.Section != b.Kind.Section() {
			t.Fatalf("sentence %d [%d,%d) %v outside its block [%d,%d) %v", i, s.Start, s.End, s.Section, b.Start, b.End, b.Kind)
		}
		prev = s.End
	}
	checkPos(t, d, n)
}

// checkPos compares Pos with a slow count from the start of the text.
func checkPos(t *testing.T, d *Document, off int) {
	t.Helper()
	line, start := 1, 0
	for i := 0; i < off; i++ {
		c := d.Text[i]
		if c == '\n' || (c == '\r' && (i+1 >= len(d.Text) || d.Text[i+1] != '\n')) {
			line, start = line+1, i+1
		}
	}
	if start == 0 && strings.HasPrefix(d.Text, "\uFEFF") && off >= 3 {
		start = 3
	}
	col := 1
	for i := start; i < off; i++ {
		if utf8.RuneStart(d.Text[i]) {
			col++
		}
	}
	if p := d.Pos(off); int(p.Line) != line || int(p.Column) != col || int(p.Offset) != off {
		t.Fatalf("Pos(%d) = %d:%d, want %d:%d", off, p.Line, p.Column, line, col)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample), false)
	f.Add([]byte("# Title\n\n## Key Takeaways\n\n- One.\n- Two.\n\nBody text, hard\nwrapped here. Mr. Smith left.\n"), true)
	l := newLoader(f)
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		ext := ".txt"
		if md {
			ext = ".md"
		}
		docs, err := l.Parse("f"+ext, ext, data)
		checkDocs(t, docs, err)
		if err == nil && len(docs) != 1 {
			t.Fatalf("%d documents from one text file", len(docs))
		}
	})
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. Smith paid $3.5 million on Feb. 24. He left. “Why?” she asked… The U.S. Army agreed.")
	l := newLoader(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		prev := 0
		for _, r := range splitSentences(l.Lexicon, s, 0, len(s)) {
			if r[0] < prev || r[0] >= r[1] || r[1] > len(s) {
				t.Fatalf("sentence %v out of order or bounds (previous ended %d, text %d)", r, prev, len(s))
			}
			if !utf8.RuneStart(s[r[0]]) || (r[1] < len(s) && !utf8.RuneStart(s[r[1]])) {
				t.Fatalf("sentence %v not on rune boundaries", r)
			}
			if strings.TrimSpace(s[r[0]:r[1]]) != s[r[0]:r[1]] {
				t.Fatalf("sentence %q not trimmed", s[r[0]:r[1]])
			}
			prev = r[1]
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title><script>x()</script></head><body><h1>T</h1><ul><li>a</li></ul><p>Text here.</p></body></html>"))
	l := newLoader(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := l.Parse("f.html", ".html", data)
		checkDocs(t, docs, err)
		scripts := scriptTexts(data)
		if len(scripts) == 0 {
			return
		}
		// The page's own words may repeat a script's code ("<script>ed =
		// 82;</script>ed = 82;"): only code the page without its scripts
		// does not read is code that leaked.
		var own strings.Builder
		if bare, err := l.Parse("f.html", ".html", withoutScripts(data)); err == nil {
			for _, d := range bare {
				own.WriteString(d.Text)
			}
		}
		for _, d := range docs {
			for _, sc := range scripts {
				if strings.Contains(d.Text, sc) && !strings.Contains(own.String(), sc) {
					t.Fatalf("script content %q in text %q", sc, d.Text)
				}
			}
		}
	})
}

// withoutScripts returns the page parsed and written back with its
// scripts' contents removed, or nil when it does not parse.
func withoutScripts(data []byte) []byte {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	var scripts []*html.Node
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			scripts = append(scripts, n)
		}
	}
	for _, n := range scripts {
		for c := n.FirstChild; c != nil; c = n.FirstChild {
			n.RemoveChild(c)
		}
	}
	var b bytes.Buffer
	if html.Render(&b, root) != nil {
		return nil
	}
	return b.Bytes()
}

// scriptTexts returns the contents of the script elements of an HTML page
// as a browser would parse them, those long enough not to occur in the
// article's own words by chance. "<script" may appear in a page's text (a
// title is raw text: "<title><script</title>"); a script's code may not.
func scriptTexts(data []byte) []string {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	var out []string
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && n.FirstChild != nil {
			if t := strings.TrimSpace(n.FirstChild.Data); len(t) >= 8 {
				out = append(out, t)
			}
		}
	}
	return out
}

func FuzzJSON(f *testing.F) {
	f.Add([]byte(`{"title": "T", "body": "B.", "published": "2025-03-03"}`))
	l := newLoader(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := l.Parse("f.json", ".json", data)
		checkDocs(t, docs, err)
		if err == nil && len(docs) != 1 {
			t.Fatalf("%d documents from one JSON file", len(docs))
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"title\": \"T\", \"body\": \"B.\"}\n\n{\"text\": \"C.\"}\n"))
	l := newLoader(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := l.Parse("f.jsonl", ".jsonl", data)
		checkDocs(t, docs, err)
		var list ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				if e.Line <= 0 || e.Column <= 0 {
					t.Fatalf("JSON Lines error without a line and column: %v", e)
				}
			}
		}
		seen := map[string]bool{}
		for _, d := range docs {
			if seen[d.Source.Path] || !strings.HasPrefix(d.Source.Path, "f.jsonl:") {
				t.Fatalf("document path %q repeated or malformed", d.Source.Path)
			}
			seen[d.Source.Path] = true
		}
	})
}

// FuzzDatelineShortcuts checks that the cheap tests parseDateline runs
// before its patterns never rule out a line a pattern matches.
func FuzzDatelineShortcuts(f *testing.F) {
	for _, s := range []string{"Published 4:12 PM EST, Mon November 24, 2025", "Updated 10:05 a.m. ET Nov. 24, 2025",
		"3 MARCH 2025", "2025-03-03T09:30:00Z", "LONDON, March 3 (Reuters) -", "ſep 3, 2025", "no date 12", "DEC 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if datelineRE.MatchString(line) && !mayNameMonth(line) {
			t.Fatalf("%q: the dateline pattern matches, but mayNameMonth rules it out", line)
		}
		if isoDateRE.MatchString(line) && !strings.Contains(line, "-") {
			t.Fatalf("%q: the ISO pattern matches a line without a -", line)
		}
	})
}
