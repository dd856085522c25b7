package load

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

func newLoader(t testing.TB) *Loader {
	t.Helper()
	lx, err := lexicon.Default()
	require.NoError(t, err)
	return New(lx)
}

const sample = "Envoy Heads to Miami\n\nA Kremlin envoy will meet U.S. officials in Miami on Saturday. The talks follow meetings in Berlin.\n"

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

func utf16le(s string) []byte {
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xFE})
	for _, u := range utf16.Encode([]rune(s)) {
		binary.Write(&b, binary.LittleEndian, u)
	}
	return b.Bytes()
}

func utf16be(s string) []byte {
	var b bytes.Buffer
	b.Write([]byte{0xFE, 0xFF})
	for _, u := range utf16.Encode([]rune(s)) {
		binary.Write(&b, binary.BigEndian, u)
	}
	return b.Bytes()
}

// TestBadInput runs every class of bad input through LoadAll and checks
// that each gives an error that names the file, says where, and matches
// its sentinel.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name     string
		setup    func(t *testing.T, dir string) string // returns the path to load
		maxBytes int64
		root     bool // the test needs a non-root user
		wantErr  error
		wantMsg  string // substring of the error, with {dir} for the directory
	}{
		{
			name:    "missing path",
			setup:   func(t *testing.T, dir string) string { return filepath.Join(dir, "nope.txt") },
			wantErr: ErrNotFound,
			wantMsg: "{dir}/nope.txt: no such file or directory",
		},
		{
			name: "unreadable file",
			setup: func(t *testing.T, dir string) string {
				p := write(t, dir, "a.txt", []byte(sample))
				require.NoError(t, os.Chmod(p, 0))
				return p
			},
			root:    true,
			wantErr: ErrPermission,
			wantMsg: "{dir}/a.txt: permission denied",
		},
		{
			name: "unreadable directory",
			setup: func(t *testing.T, dir string) string {
				write(t, dir, "d/a.txt", []byte(sample))
				sub := filepath.Join(dir, "d")
				require.NoError(t, os.Chmod(sub, 0))
				t.Cleanup(func() { os.Chmod(sub, 0o755) })
				return dir
			},
			root:    true,
			wantErr: ErrPermission,
			wantMsg: "{dir}/d: permission denied",
		},
		{
			name: "directory with no supported files",
			setup: func(t *testing.T, dir string) string {
				write(t, dir, "a.pdf", []byte("%PDF"))
				write(t, dir, ".hidden.txt", []byte(sample))
				return dir
			},
			wantErr: ErrNoFiles,
			wantMsg: "{dir}: directory has no supported files",
		},
		{
			name:    "empty file",
			setup:   func(t *testing.T, dir string) string { return write(t, dir, "a.txt", nil) },
			wantErr: ErrEmpty,
			wantMsg: "{dir}/a.txt: file is empty",
		},
		{
			name:    "white space only",
			setup:   func(t *testing.T, dir string) string { return write(t, dir, "a.md", []byte("\uFEFF \r\n\t\n")) },
			wantErr: ErrEmpty,
			wantMsg: "{dir}/a.md: file is empty",
		},
		{
			name:    "UTF-16 white space only",
			setup:   func(t *testing.T, dir string) string { return write(t, dir, "a.txt", utf16le(" \n ")) },
			wantErr: ErrEmpty,
			wantMsg: "{dir}/a.txt: file is empty",
		},
		{
			name: "binary file",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
			},
			wantErr: ErrBinary,
			wantMsg: "{dir}/a.txt:3:1: file looks binary",
		},
		{
			name: "binary without NUL",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.txt", []byte("\x01\x02\x03\x04\x05abc\x06\x07\x08"))
			},
			wantErr: ErrBinary,
			wantMsg: "{dir}/a.txt: file looks binary (control characters)",
		},
		{
			name: "invalid UTF-8",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.txt", []byte("Headline\n\nCaf\xe9 prices rose.\n"))
			},
			wantErr: ErrInvalidUTF8,
			wantMsg: "{dir}/a.txt:3:4: invalid UTF-8 (byte 0xe9 at offset 13)",
		},
		{
			name:    "UTF-16 with odd length",
			setup:   func(t *testing.T, dir string) string { return write(t, dir, "a.txt", append(utf16le("Hi there"), 'x')) },
			wantErr: ErrEncoding,
			wantMsg: "{dir}/a.txt: UTF-16 file has an odd number of bytes",
		},
		{
			name: "file over MaxBytes",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.txt", bytes.Repeat([]byte(sample), 10))
			},
			maxBytes: 100,
			wantErr:  ErrTooLarge,
			wantMsg:  "{dir}/a.txt: file is larger than the limit of 100 bytes",
		},
		{
			name:    "unsupported extension",
			setup:   func(t *testing.T, dir string) string { return write(t, dir, "a.pdf", []byte(sample)) },
			wantErr: ErrUnsupported,
			wantMsg: `{dir}/a.pdf: unsupported file type ".pdf" (want .htm, .html`,
		},
		{
			name:    "no extension",
			setup:   func(t *testing.T, dir string) string { return write(t, dir, "README", []byte(sample)) },
			wantErr: ErrUnsupported,
			wantMsg: `{dir}/README: unsupported file type "(none)"`,
		},
		{
			name: "symlink loop in a directory",
			setup: func(t *testing.T, dir string) string {
				write(t, dir, "d/a.txt", []byte(sample))
				require.NoError(t, os.Symlink("..", filepath.Join(dir, "d", "up")))
				return filepath.Join(dir, "d")
			},
			wantErr: ErrLoop,
			wantMsg: "{dir}/d/up/d: symbolic link loop: leads back to {dir}/d",
		},
		{
			name: "symlink to itself",
			setup: func(t *testing.T, dir string) string {
				write(t, dir, "d/a.txt", []byte(sample))
				require.NoError(t, os.Symlink("self", filepath.Join(dir, "d", "self")))
				return filepath.Join(dir, "d")
			},
			wantErr: ErrLoop,
			wantMsg: "{dir}/d/self: symbolic link loop",
		},
		{
			name: "malformed JSON",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.json", []byte("{\n  \"title\": \"T\",\n  \"body\": \"x\" oops\n}\n"))
			},
			wantErr: ErrSyntax,
			wantMsg: "{dir}/a.json:3:15: syntax error: invalid character 'o' after object key:value pair",
		},
		{
			name: "JSON field of the wrong type",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.json", []byte("{\"title\": \"T\",\n\"body\": 42}"))
			},
			wantErr: ErrSyntax,
			wantMsg: `{dir}/a.json:2:9: syntax error: field "body" must be a string, not a JSON number`,
		},
		{
			name: "JSON without text",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.json", []byte(`{"title": "T", "url": "https://example.com/a"}`))
			},
			wantErr: ErrNoText,
			wantMsg: `{dir}/a.json: no article text: the article has no "body", "text" or "content" field`,
		},
		{
			name: "JSON with empty body",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.json", []byte(`{"title": "T", "body": "  "}`))
			},
			wantErr: ErrEmpty,
			wantMsg: `{dir}/a.json:1:16: article body is empty`,
		},
		{
			name: "JSON Lines with a bad line",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.jsonl", []byte("{\"body\": \"One.\"}\n\n{\"body\": \"Two.\"\n{\"title\": \"x\"}\n"))
			},
			wantErr: ErrSyntax,
			wantMsg: "{dir}/a.jsonl:3:16: syntax error: unexpected end of JSON",
		},
		{
			name: "JSON Lines without text",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.jsonl", []byte("{\"body\": \"One.\"}\n{\"title\": \"x\"}\n"))
			},
			wantErr: ErrNoText,
			wantMsg: "{dir}/a.jsonl:2:1: no article text",
		},
		{
			name: "HTML without text",
			setup: func(t *testing.T, dir string) string {
				return write(t, dir, "a.html", []byte("<html><script>x()</script></html>"))
			},
			wantErr: ErrNoText,
			wantMsg: "{dir}/a.html: no article text: the page has no readable text",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.root && os.Geteuid() == 0 {
				t.Skip("root can read anything")
			}
			dir := t.TempDir()
			path := tt.setup(t, dir)
			l := newLoader(t)
			if tt.maxBytes > 0 {
				l.MaxBytes = tt.maxBytes
			}
			docs, errs := l.LoadAll([]string{path})
			require.NotEmpty(t, errs, "got %d documents", len(docs))
			err := errs.Err()
			assert.ErrorIs(t, err, tt.wantErr)
			assert.Contains(t, err.Error(), strings.ReplaceAll(tt.wantMsg, "{dir}", dir))
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.True(t, strings.HasPrefix(e.Path, dir), "error names the file: %q", e.Path)
		})
	}
}

// TestLoadAllKeepsGoing checks that good files are read past bad ones.
func TestLoadAllKeepsGoing(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte(sample))
	write(t, dir, "b.txt", nil)
	write(t, dir, "c.jsonl", []byte("{\"body\": \"One thing happened.\"}\nnot json\n{\"body\": \"Two things happened.\"}\n"))
	write(t, dir, "d.md", []byte(sample))
	l := newLoader(t)
	docs, errs := l.LoadAll([]string{dir, filepath.Join(dir, "missing.txt")})
	var paths []string
	for _, d := range docs {
		paths = append(paths, strings.TrimPrefix(d.Source.Path, dir+"/"))
	}
	assert.Equal(t, []string{"a.txt", "c.jsonl:1", "c.jsonl:3", "d.md"}, paths)
	require.Len(t, errs, 3)
	assert.ErrorIs(t, errs[0], ErrEmpty)
	assert.ErrorIs(t, errs[1], ErrSyntax)
	assert.Equal(t, 2, errs[1].Line)
	assert.ErrorIs(t, errs[2], ErrNotFound)

	// Expand stops nowhere either, but reports.
	files, err := l.Expand([]string{dir, filepath.Join(dir, "missing.txt")})
	assert.Len(t, files, 4)
	assert.ErrorIs(t, err, ErrNotFound)
}

func TestLoadTooLargeDoesNotRead(t *testing.T) {
	// A sparse file far larger than memory would like: refused from its size.
	dir := t.TempDir()
	p := filepath.Join(dir, "big.txt")
	f, err := os.Create(p)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(1<<40))
	require.NoError(t, f.Close())
	l := newLoader(t)
	_, err = l.Load(p)
	assert.ErrorIs(t, err, ErrTooLarge)

	// Nor with a limit above what positions can count.
	l.MaxBytes = 1 << 50
	_, err = l.Load(p)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.ErrorContains(t, err, "of 2147483647 bytes, the most reconcile reads")

	// A reader with no size is cut at the limit.
	l.MaxBytes = 1000
	_, err = l.LoadReader("-", "", strings.NewReader(strings.Repeat("x", 5000)))
	assert.ErrorIs(t, err, ErrTooLarge)
}

func TestEncodings(t *testing.T) {
	want := "Envoy Heads to Miami\n\nA Kremlin envoy will meet U.S. officials in Miami on Saturday. The talks follow meetings in Berlin.\n"
	crlf := strings.ReplaceAll(want, "\n", "\r\n")
	tests := []struct {
		name string
		in   []byte
		text string // Document.Text; "" means the input
	}{
		{"UTF-8", []byte(want), ""},
		{"UTF-8 with BOM", []byte("\uFEFF" + want), ""},
		{"CRLF", []byte(crlf), ""},
		{"CR", []byte(strings.ReplaceAll(want, "\n", "\r")), ""},
		{"UTF-8 BOM and CRLF", []byte("\uFEFF" + crlf), ""},
		{"UTF-16LE", utf16le(want), want},
		{"UTF-16BE", utf16be(want), want},
		{"UTF-16LE CRLF", utf16le(crlf), crlf},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := newLoader(t).Parse("a.txt", ".txt", tt.in)
			require.NoError(t, err)
			require.Len(t, docs, 1)
			d := docs[0]
			if tt.text != "" {
				assert.Equal(t, tt.text, d.Text)
			} else {
				assert.Equal(t, string(tt.in), d.Text)
			}
			assert.Equal(t, "Envoy Heads to Miami", d.Source.Title)
			require.Len(t, d.Sentences, 3)
			s := d.Sentences[1]
			assert.Equal(t, "A Kremlin envoy will meet U.S. officials in Miami on Saturday.", d.Text[s.Start:s.End])
			assert.EqualValues(t, 3, d.Pos(s.Start).Line)
			assert.EqualValues(t, 1, d.Pos(s.Start).Column)
			assert.EqualValues(t, 1, d.Pos(d.Sentences[0].Start).Column, "a BOM is not a column")
			s = d.Sentences[2]
			assert.Equal(t, [2]int32{3, 64}, [2]int32{d.Pos(s.Start).Line, d.Pos(s.Start).Column})
		})
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		paths []string
		title string
	}{
		{"text", sample, []string{"-"}, "Envoy Heads to Miami"},
		{"markdown-ish text", "# Envoy Heads to Miami\n\nA Kremlin envoy will meet officials.\n", []string{"-"}, ""},
		{"json", `  {"title": "Envoy Heads to Miami", "body": "A Kremlin envoy will meet officials."}`, []string{"-"}, "Envoy Heads to Miami"},
		{"jsonl", "{\"title\": \"One\", \"body\": \"A.\"}\n{\"title\": \"Two\", \"body\": \"B.\"}\n", []string{"-:1", "-:2"}, "One"},
		{"html", "<!doctype html><title>Envoy Heads to Miami</title><p>A Kremlin envoy will meet officials.</p>", []string{"-"}, "Envoy Heads to Miami"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLoader(t)
			l.Stdin = strings.NewReader(tt.in)
			docs, errs := l.LoadAll([]string{"-"})
			require.NoError(t, errs.Err())
			var paths []string
			for _, d := range docs {
				paths = append(paths, d.Source.Path)
			}
			assert.Equal(t, tt.paths, paths)
			if tt.title != "" {
				assert.Equal(t, tt.title, docs[0].Source.Title)
			}
		})
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	assert.NoError(t, l.Err())
	l.Add("b.txt", ErrEmpty)
	l.Add("a.txt", &Error{Path: "a.txt", Line: 3, Column: 2, Err: ErrInvalidUTF8})
	l.Add("a.txt", ErrorList{{Path: "a.txt", Line: 1, Err: ErrSyntax}})
	l.Sort()
	assert.Equal(t, "a.txt:1: syntax error (and 2 more errors)", l.Error())
	assert.Equal(t, "a.txt:3:2: invalid UTF-8", l[1].Error())
	assert.ErrorIs(t, l.Err(), ErrEmpty)
	assert.True(t, errors.Is(l, ErrInvalidUTF8))
}

func TestDirectoryFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.html", []byte("<title>A</title><p>The first sample says 5 people came.</p>"))
	write(t, dir, "b.json", []byte(`{"title": "B", "body": "The second says 6 people came.", "published": "2025-03-03"}`))
	write(t, dir, "c/d.htm", []byte("<p>Nested sample text here.</p>"))
	write(t, dir, "e.txt", []byte("Published 4:12 PM EST, Mon November 24, 2025\n\nE Headline\n\nBody text.\n"))
	docs, errs := newLoader(t).LoadAll([]string{dir})
	require.NoError(t, errs.Err())
	require.Len(t, docs, 4)
	assert.Equal(t, time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), docs[1].Source.Published)
	assert.Equal(t, "2025-11-24T16:12:00-05:00", docs[3].Source.Published.Format(time.RFC3339))
	assert.Equal(t, "E Headline", docs[3].Source.Title)
	assert.Equal(t, BlockBoilerplate, docs[3].Blocks[0].Kind)
}

// TestContinuations checks the word-at-a-time count of UTF-8 continuation
// bytes against a byte-by-byte one, at every length and alignment around
// the eight-byte words.
func TestContinuations(t *testing.T) {
	for _, s := range []string{
		"", "plain ASCII text, nothing to count",
		"Zelenskyy’s “peace plan” — 20 points, €210bn, naïve café, Kyiv–Odesa",
		"日本語のテキスト", "\xff\xfe\x80\x80\xbf invalid bytes \xc3",
		strings.Repeat("é", 20), strings.Repeat("a€", 13),
	} {
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				want := 0
				for k := i; k < j; k++ {
					if s[k]&0xC0 == 0x80 {
						want++
					}
				}
				if got := continuations(s[i:j]); got != want {
					t.Fatalf("continuations(%q) = %d, want %d", s[i:j], got, want)
				}
			}
		}
	}
}

// TestCountWords checks countWords against strings.Fields.
func TestCountWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", " one  two\tthree\nfour\r\nfive\v\fsix ",
		"non\u00a0breaking\u2009thin\u3000ideographic spaces", "naïve café — “quoted” text",
		"\xff\xfe invalid \x80 bytes", "\u0085next line", "trailing\u00a0",
	} {
		assert.Equal(t, len(strings.Fields(s)), countWords(s), "%q", s)
	}
	// Random texts of every ASCII space, letters and a few other runes,
	// long enough that words and spaces straddle the eight-byte blocks
	// countWords reads ASCII in.
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{" ", "\t", "\n", "\v", "\f", "\r", "a", "b", "Z", ".", "\x1c", "\u00a0", "é", "\u2009", "\xff"}
	for range 3000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		require.Equal(t, len(strings.Fields(s)), countWords(s), "%q", s)
	}
}

// TestCursor checks that a Cursor gives the positions Document.Pos gives,
// whatever the order of the offsets, on texts with CR, CRLF and LF line
// ends, a byte-order mark, multi-byte runes and long lines.
func TestCursor(t *testing.T) {
	for _, text := range []string{
		"", "one line", "\uFEFFbom\nnext", "a\nb\r\nc\rd\n\n\ne",
		"Zürich\n“quoted” — text\r\n" + strings.Repeat("naïve café ", 40) + "\nend\n",
	} {
		d := newDocument(model.Source{Path: "a.txt"}, text)
		var offs []int
		for off := -1; off <= len(text)+1; off++ {
			offs = append(offs, off)
		}
		for off := len(text) + 1; off >= -1; off-- {
			offs = append(offs, off)
		}
		for k := range offs {
			offs = append(offs, offs[(k*7919)%len(offs)])
		}
		c := d.Cursor()
		for _, off := range offs {
			require.Equal(t, d.Pos(off), c.Pos(off), "%q at %d", text, off)
		}
		assert.Equal(t, d.Span(2, len(text)), c.Span(2, len(text)))
	}
}

// TestBoilerKeyCut checks that cutting a line after the longest
// boilerplate pattern's words decides every line as the whole line does.
func TestBoilerKeyCut(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	lines := []string{"12 min read", "12 min read about the war", "Read more:", "read more", "  Share  this  story ",
		"— Advertisement —", "ADVERTISEMENT", "1.2k views and counting", "Sign up for our newsletter today",
		"Help us improve this page", "Read more", "more", "", "•", "Click here to subscribe"}
	files, err := filepath.Glob("../../fixtures/articles/*.txt")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	for _, line := range lines {
		whole := strings.ToLower(strings.Trim(line, " \t-–—•*|·"))
		assert.Equal(t, lx.IsBoilerplate(whole), lx.IsBoilerplate(boilerKey(lx, line)), "%q", line)
	}
}

// TestStopEndsSentence holds where a stop after a time of day or a unit
// ends a sentence: "a.m." and "p.m." end one before any capitalized word
// that does not go on telling the time, and a unit letter glued to a
// figure is no initial ("36.8C." ends one, "Morgan J. Carter" goes on).
func TestStopEndsSentence(t *testing.T) {
	l := newLoader(t)
	tests := []struct {
		text string
		want int // sentences
	}{
		{"The first report went out at 4:40 a.m. Aviation officials relied on them.", 2},
		{"It struck at 3 p.m. The roof fell in.", 2},
		{"It struck at 7:30 a.m. Tuesday near the port.", 1},
		{"Talks resume at 9 a.m. March 3 in Oslo.", 1},
		{"The page was updated at 10:05 a.m. ET with new figures.", 1},
		{"The launch is set for 6 p.m. Eastern Time on Friday.", 1},
		{"The launch is set for 6 p.m. New York time on Friday.", 1},
		{"The launch was at 6 p.m. New rules apply from next time.", 2},
		{"Doors open at 8 a.m. and close at 5 p.m. daily.", 1},
		{"Temperatures reached 36.8C. Four of them died at home.", 2},
		{"It fell to 14F. Pipes burst across the city.", 2},
		{"The report by Morgan J. Carter was published.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Len(t, splitSentences(l.Lexicon, tt.text, 0, len(tt.text)), tt.want)
		})
	}
}
