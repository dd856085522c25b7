package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, with inner apostrophes, hyphens and abbreviation dots
	tNum                  // digits with separators and decimals: 1,300  3.5  17th
	tSym                  // a currency sign or percent sign
	tPunct                // any other single character
)

// token is one word, number or mark of a sentence. Offsets are into the
// document text.
type token struct {
	start, end int
	kind       tokKind
	text       string // exactly as written
	low        string // lower case, curly apostrophes folded to '
	joined     bool   // attached to the previous token by a hyphen or nothing: "92-year", "6billion"
	upper      bool   // starts with an upper-case letter
}

func (t token) is(words ...string) bool {
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}

// isCurrencySign reports whether r is a currency sign.
func isCurrencySign(r rune) bool { return unicode.Is(unicode.Sc, r) }

// tokenize splits text[start:end] into tokens.
//
// The lower-case forms of tokens that need folding are written into one
// buffer and sliced from one string at the end, so that tokenizing costs a
// few allocations per call rather than one per capitalized word.
func tokenize(text string, start, end int) []token {
	toks := make([]token, 0, (end-start)/5+4)
	var fold []byte   // folded lower-case forms, back to back
	var folds []int32 // per folded token: its index, offset and length in fold
	// setLow gives t its lower-case form, folding into the shared buffer.
	setLow := func(t *token) {
		if !needsFold(t.text) {
			t.low = t.text
			return
		}
		if fold == nil {
			fold = make([]byte, 0, (end-start)/4+16)
			folds = make([]int32, 0, (end-start)/16+6)
		}
		off := len(fold)
		fold = appendLower(fold, t.text)
		folds = append(folds, int32(len(toks)), int32(off), int32(len(fold)-off))
	}
	prevEnd := -1
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\uFEFF' {
			i += n
			continue
		}
		s := i
		var k tokKind
		switch {
		case r >= '0' && r <= '9':
			k = tNum
			i = scanNumber(text, i, end)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// Digits of other scripts ("٣") are read as words: the number
			// reader knows only ASCII digits.
			k = tWord
			i = scanWord(text, i, end)
		case isCurrencySign(r) || r == '%':
			k = tSym
			i += n
		default:
			k = tPunct
			i += n
		}
		if i <= s {
			i = s + n // never stall
		}
		t := token{start: s, end: i, kind: k, text: text[s:i]}
		if k == tWord {
			fr, _ := utf8.DecodeRuneInString(t.text)
			t.upper = unicode.IsUpper(fr)
		}
		// A hyphen between two tokens with no space joins them: "92-year-old".
		if s == prevEnd && len(toks) > 0 {
			t.joined = true
		}
		if k == tPunct && t.text == "-" && len(toks) > 0 && s == prevEnd && i < end {
			if nr, _ := utf8.DecodeRuneInString(text[i:end]); unicode.IsLetter(nr) || unicode.IsDigit(nr) {
				prevEnd = i // swallow the hyphen; the next token is joined
				continue
			}
		}
		// Split a possessive 's off its word: "Ukraine’s" -> "Ukraine" "'s".
		if k == tWord && len(t.text) > 2 && hasPossessive(t.text) {
			cut := len(t.text) - 2
			if strings.HasSuffix(t.text, "’s") || strings.HasSuffix(t.text, "’S") {
				cut = len(t.text) - len("’s")
			}
			w := token{start: s, end: s + cut, kind: tWord, text: text[s : s+cut], joined: t.joined, upper: t.upper}
			setLow(&w)
			toks = append(toks, w, token{start: s + cut, end: i, kind: tWord, text: text[s+cut : i], low: "'s", joined: true})
			prevEnd = i
			continue
		}
		// An apostrophe and s after an abbreviation or a figure: "U.K.'s", "1990's".
		if k == tPunct && (r == '\'' || r == '’') && s == prevEnd && len(toks) > 0 && toks[len(toks)-1].kind != tPunct &&
			i < end && (text[i] == 's' || text[i] == 'S') && !isLetterAt(text, i+1, end) {
			i++
			toks = append(toks, token{start: s, end: i, kind: tWord, text: text[s:i], low: "'s", joined: true})
			prevEnd = i
			continue
		}
		setLow(&t)
		toks = append(toks, t)
		prevEnd = i
	}
	if len(folds) > 0 {
		low := string(fold)
		for f := 0; f+2 < len(folds); f += 3 {
			toks[folds[f]].low = low[folds[f+1] : folds[f+1]+folds[f+2]]
		}
	}
	return toks
}

// hasPossessive reports whether a word ends in 's or ’s (either case).
func hasPossessive(w string) bool {
	n := len(w)
	if w[n-1] != 's' && w[n-1] != 'S' {
		return false
	}
	return w[n-2] == '\'' || strings.HasSuffix(w[:n-1], "’")
}

// scanNumber consumes digits with thousands separators and a decimal part,
// and an ordinal suffix (17th, 1st).
func scanNumber(text string, i, end int) int {
	for i < end {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == ',' || c == '.') && i+1 < end && text[i+1] >= '0' && text[i+1] <= '9':
			i++
		default:
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				if strings.HasPrefix(text[i:end], suf) && (i+2 == end || !isLetterAt(text, i+2, end)) {
					return i + 2
				}
			}
			return i
		}
	}
	return i
}

// scanWord consumes a word: letters and digits, inner apostrophes
// ("don't"), inner hyphens ("son-in-law") and abbreviation dots ("U.S.",
// "a.m."). A hyphen after a number is left to the tokenizer, which joins
// "92" and "year-old".
func scanWord(text string, i, end int) int {
	start := i
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			i += n
		case (r == '\'' || r == '’') && i+n < end && isLetterAt(text, i+n, end):
			i += n
		case r == '-' && i+n < end && isLetterAt(text, i+n, end):
			i += n // a hyphenated word: "son-in-law", "twenty-one", "year-old"
		case r == '.' && i+1 < end && isLetterAt(text, i+1, end) && i-start <= 2 && nextIsDotAbbrev(text, i+1, end):
			// U.S. / e.g. / a.m.: single letters separated by dots
			i += n
		case r == '.' && strings.Contains(text[start:i], ".") && i-start <= 6:
			return i + 1 // the final dot of "U.S."
		default:
			return i
		}
	}
	return i
}

// nextIsDotAbbrev reports whether text[i:] starts with one or two letters
// followed by a period: the rest of "U.S." after "U.".
func nextIsDotAbbrev(text string, i, end int) bool {
	j := i
	for j < end && j-i < 3 && isLetterAt(text, j, end) {
		_, n := utf8.DecodeRuneInString(text[j:end])
		j += n
	}
	return j > i && j-i <= 2 && j < end && text[j] == '.'
}

func isLetterAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r)
}

// needsFold reports whether lower would change s.
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || (s[i] >= 'A' && s[i] <= 'Z') {
			return true
		}
	}
	return false
}

// appendLower appends lower(s) to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(b, lower(s[i:])...)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// lower folds case and curly apostrophes.
func lower(s string) string {
	if !needsFold(s) {
		return s
	}
	s = strings.ToLower(s)
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// lows returns the lower-case forms of toks, for phrase-table lookups.
func lows(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.low
	}
	return out
}
