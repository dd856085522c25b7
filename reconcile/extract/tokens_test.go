package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// tokString renders tokens compactly for comparison: text, with "+" before
// a token joined to the previous one, a kind marker after numbers (#),
// signs ($) and marks (.), and "=low" when the lower-case form differs from
// a plain lower-casing of the text.
func tokString(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t.joined {
			b.WriteByte('+')
		}
		b.WriteString(t.text)
		switch t.kind {
		case tNum:
			b.WriteByte('#')
		case tSym:
			b.WriteByte('$')
		case tPunct:
			b.WriteByte('.')
		}
		if t.low != strings.ToLower(t.text) {
			b.WriteString("=" + t.low)
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"words", "Russia launched drones", "Russia launched drones"},
		{"number", "82 drones", "82# drones"},
		{"separators", "1,300 drones and 3.5 million", "1,300# drones and 3.5# million"},
		{"sentence dot after a number", "down to 1,300.", "down to 1,300# +.."},
		{"comma after a number", "82, of which", "82# +,. of which"},
		{"ordinal suffix", "the 17th and 1st and 22nd and 3rd", "the 17th# and 1st# and 22nd# and 3rd#"},
		{"not an ordinal suffix", "1stly", "1# +stly"},
		{"ordinal glued by hyphen", "5th-century", "5th# +century"},
		{"abbreviation dots", "U.S. officials", "U.S. officials"},
		{"abbreviation then hyphen", "the U.S.-led plan", "the U.S. +led plan"},
		{"lower-case abbreviation", "e.g. this", "e.g. this"},
		{"a.m.", "at 5 a.m. today", "at 5# a.m. today"},
		{"short abbreviation keeps its dot apart", "Feb. 24", "Feb +.. 24#"},
		{"St.", "St. Petersburg", "St +.. Petersburg"},
		{"inner hyphens", "his son-in-law", "his son-in-law"},
		{"number word compound", "twenty-one", "twenty-one"},
		{"possessive", "Russia's army", "Russia +'s army"},
		{"curly possessive", "Ukraine’s army", "Ukraine +’s='s army"},
		{"curly possessive upper", "UKRAINE’S ARMY", "UKRAINE +’S='s ARMY"},
		{"possessive after abbreviation", "the U.K.'s army", "the U.K. +'s army"},
		{"possessive after a figure", "1990's", "1990# +'s"},
		{"plural possessive", "ministers' talks", "ministers +'. talks"},
		{"curly apostrophe inside a word", "don’t", "don’t=don't"},
		{"quotes", "‘quoted’", "‘. +quoted +’.='"},
		{"number glued to a scale", "6billion", "6# +billion"},
		{"number glued to a scale after a sign", "€210bn", "€$ +210# +bn"},
		{"hyphenated age", "a 92-year-old man", "a 92# +year-old man"},
		{"hyphenated count", "a 20-point plan", "a 20# +point plan"},
		{"currency signs", "$5 and £9.15 and ¥500", "$$ +5# and £$ +9.15# and ¥$ +500#"},
		{"code glued to a sign", "US$5", "US +$$ +5#"},
		{"percent", "3.5%", "3.5# +%$"},
		{"hyphen range", "2-4 weeks", "2# +4# weeks"},
		{"en dash range", "10–15", "10# +–. +15#"},
		{"spaced en dash", "10 – 15", "10# –. 15#"},
		{"em dash", "peace — and war", "peace —. and war"},
		{"em dash glued", "2014—2022", "2014# +—. +2022#"},
		{"leading minus", "-5", "-. +5#"},
		{"spaced hyphen", "x - y", "x -. y"},
		{"model name", "F-16s", "F +16# +s"},
		{"virus name", "COVID-19", "COVID +19#"},
		{"letters and digits", "the G7 and MH17", "the G7 and MH17"},
		{"prefix year", "mid-2022", "mid +2022#"},
		{"decade", "the ’90s", "the ’.=' +90# +s"},
		{"clock", "5:30", "5# +:. +30#"},
		{"slash", "24/7", "24# +/. +7#"},
		{"dotted quad", "192.168.1.2", "192.168.1.2#"},
		{"no-break space", "82\u00a0drones", "82# drones"},
		{"byte order mark", "\uFEFFRussia", "Russia"},
		{"accents", "naïve café", "naïve café"},
		{"other scripts' digits are words", "٣ and ߇", "٣ and ߇"},
		{"dotted capital I", "İstanbul", "İstanbul"},
		{"empty", "", ""},
		{"spaces only", "  \t\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokString(tokenize(tt.in, 0, len(tt.in)))
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestTokenizeFields checks the fields that tokString does not show.
func TestTokenizeFields(t *testing.T) {
	in := "  In Kyiv’s east, U.S. aid"
	toks := tokenize(in, 2, len(in))
	want := []token{
		{start: 2, end: 4, kind: tWord, text: "In", low: "in", upper: true},
		{start: 5, end: 9, kind: tWord, text: "Kyiv", low: "kyiv", upper: true},
		{start: 9, end: 13, kind: tWord, text: "’s", low: "'s", joined: true},
		{start: 14, end: 18, kind: tWord, text: "east", low: "east"},
		{start: 18, end: 19, kind: tPunct, text: ",", low: ",", joined: true},
		{start: 20, end: 24, kind: tWord, text: "U.S.", low: "u.s.", upper: true},
		{start: 25, end: 28, kind: tWord, text: "aid", low: "aid"},
	}
	assert.Equal(t, want, toks)
	// A sub-range is tokenized alone, with offsets into the whole text.
	sub := tokenize(in, 20, 24)
	assert.Equal(t, []token{want[5]}, sub)
}

// checkTokens asserts the invariants every tokenization must keep.
func checkTokens(t *testing.T, s string, toks []token) {
	t.Helper()
	prev := 0
	for k, tk := range toks {
		if tk.start < prev || tk.end <= tk.start || tk.end > len(s) {
			t.Fatalf("tokenize(%q): token %d at [%d, %d) after %d", s, k, tk.start, tk.end, prev)
		}
		if tk.text != s[tk.start:tk.end] {
			t.Fatalf("tokenize(%q): token %d text %q, source %q", s, k, tk.text, s[tk.start:tk.end])
		}
		if tk.low != lower(tk.text) {
			t.Fatalf("tokenize(%q): token %d %q low %q, want %q", s, k, tk.text, tk.low, lower(tk.text))
		}
		if k == 0 && tk.joined {
			t.Fatalf("tokenize(%q): first token joined", s)
		}
		prev = tk.end
	}
}

// BenchmarkTokenize tokenizes the fixture articles.
func BenchmarkTokenize(b *testing.B) {
	text := newsBenchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tokenize(text, 0, len(text))
	}
}
