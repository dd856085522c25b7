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
	text       string // exactly as written
	low        string // lower case, curly apostrophes folded to '
	kind       tokKind
	joined     bool  // attached to the previous token by a hyphen or nothing: "92-year", "6billion"
	upper      bool  // starts with an upper-case letter
	hyphen     bool  // a word with a hyphen inside: "twenty-one", "son-in-law"
	cls        class // the word lists low belongs to; set by vocab.classify
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
func tokenize(text string, start, end int) []token {
	var z tokenizer
	z.add(text, start, end)
	return z.finish()
}

// tokenizer splits the sentences of a document into tokens, appended to
// one slice. The lower-case forms of tokens that need folding are written
// into one buffer and sliced from one string by finish, so that a document
// costs one allocation for them rather than one per capitalized word. A
// tokenizer may be reused after reset.
type tokenizer struct {
	toks  []token
	fold  []byte  // folded lower-case forms, back to back
	folds []int32 // per folded token: its index, offset and length in fold
}

// reset empties z, keeping its buffers.
func (z *tokenizer) reset() {
	z.toks, z.fold, z.folds = z.toks[:0], z.fold[:0], z.folds[:0]
}

// finish gives the folded tokens their lower-case forms and returns all
// tokens added since the last reset.
func (z *tokenizer) finish() []token {
	if len(z.folds) > 0 {
		low := string(z.fold)
		for f := 0; f+2 < len(z.folds); f += 3 {
			z.toks[z.folds[f]].low = low[z.folds[f+1] : z.folds[f+1]+z.folds[f+2]]
		}
		z.fold, z.folds = z.fold[:0], z.folds[:0]
	}
	return z.toks
}

// setLow gives t, which is about to be appended as token k, its lower-case
// form, or records that finish must fold it. fold is needsFold(t.text).
func (z *tokenizer) setLow(t *token, k int, fold bool) {
	if !fold {
		t.low = t.text
		return
	}
	off := len(z.fold)
	z.fold = appendLower(z.fold, t.text)
	z.folds = append(z.folds, int32(k), int32(off), int32(len(z.fold)-off))
}

// add appends the tokens of text[start:end]. Their lower-case forms are
// complete only after finish.
func (z *tokenizer) add(text string, start, end int) {
	toks := z.toks
	first := len(toks)
	prevEnd := -1
	for i := start; i < end; {
		c := text[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
			if asciiSpace[c] {
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if unicode.IsSpace(r) || r == '\uFEFF' {
				i += n
				continue
			}
		}
		if j := urlEnd(text, i, end); j > i {
			i = j // "https://example.com/two-children-killed-17-wounded": an address says nothing
			continue
		}
		s := i
		var k tokKind
		fold := c >= utf8.RuneSelf // needsFold(text[s:i]); digits and ASCII marks never need it
		hyphen := false
		switch {
		case r >= '0' && r <= '9':
			k = tNum
			i = scanNumber(text, i, end)
		case isLetter(r) || r >= utf8.RuneSelf && unicode.IsDigit(r):
			// Digits of other scripts ("٣") are read as words: the number
			// reader knows only ASCII digits.
			k = tWord
			i, fold, hyphen = scanWord(text, i, end)
		case r == '%' || r == '$' || r >= utf8.RuneSelf && isCurrencySign(r):
			k = tSym
			i += n
		default:
			k = tPunct
			i += n
		}
		if i <= s {
			i = s + n // never stall
			fold = needsFold(text[s:i])
		}
		word := text[s:i]
		upper := false
		if k == tWord {
			if c < utf8.RuneSelf {
				upper = c >= 'A' && c <= 'Z'
			} else {
				upper = unicode.IsUpper(r)
			}
		}
		// A hyphen between two tokens with no space joins them: "92-year-old".
		joined := s == prevEnd && len(toks) > first
		if k == tPunct && r == '-' && joined && i < end {
			if nr, _ := utf8.DecodeRuneInString(text[i:end]); isLetter(nr) || unicode.IsDigit(nr) {
				prevEnd = i // swallow the hyphen; the next token is joined
				continue
			}
		}
		// Split a possessive 's off its word: "Ukraine’s" -> "Ukraine" "'s".
		if k == tWord && len(word) > 2 && hasPossessive(word) {
			cut := len(word) - 2
			if strings.HasSuffix(word, "’s") || strings.HasSuffix(word, "’S") {
				cut = len(word) - len("’s")
			}
			w := token{start: s, end: s + cut, kind: tWord, text: text[s : s+cut], joined: joined, upper: upper, hyphen: hyphen}
			z.setLow(&w, len(toks), needsFold(w.text))
			toks = append(toks, w, token{start: s + cut, end: i, kind: tWord, text: text[s+cut : i], low: "'s", joined: true})
			prevEnd = i
			continue
		}
		// An apostrophe and s after an abbreviation or a figure: "U.K.'s", "1990's".
		if k == tPunct && (r == '\'' || r == '’') && s == prevEnd && len(toks) > first && toks[len(toks)-1].kind != tPunct &&
			i < end && (text[i] == 's' || text[i] == 'S') && !isLetterAt(text, i+1, end) {
			i++
			toks = append(toks, token{start: s, end: i, kind: tWord, text: text[s:i], low: "'s", joined: true})
			prevEnd = i
			continue
		}
		// Fill the token in place: a token moved into the slice whole is
		// copied with a bulk write barrier while the collector marks.
		if len(toks) < cap(toks) {
			toks = toks[:len(toks)+1]
		} else {
			toks = append(toks, token{})
		}
		// Each pointer is written once: low is set here, or by finish.
		t := &toks[len(toks)-1]
		t.start, t.end, t.text, t.kind = s, i, word, k
		t.joined, t.upper, t.hyphen, t.cls = joined, upper, hyphen, 0
		z.setLow(t, len(toks)-1, fold)
		prevEnd = i
	}
	z.toks = toks
}

// The bits of byteClass.
const (
	bWord  = 1 << iota // an ASCII letter or digit
	bUpper             // an upper-case ASCII letter
)

// byteClass classes the ASCII letters and digits for scanWord.
var byteClass = [256]uint8{
	'0': bWord, '1': bWord, '2': bWord, '3': bWord, '4': bWord, '5': bWord, '6': bWord, '7': bWord, '8': bWord, '9': bWord,
	'A': bWord | bUpper, 'B': bWord | bUpper, 'C': bWord | bUpper, 'D': bWord | bUpper, 'E': bWord | bUpper,
	'F': bWord | bUpper, 'G': bWord | bUpper, 'H': bWord | bUpper, 'I': bWord | bUpper, 'J': bWord | bUpper,
	'K': bWord | bUpper, 'L': bWord | bUpper, 'M': bWord | bUpper, 'N': bWord | bUpper, 'O': bWord | bUpper,
	'P': bWord | bUpper, 'Q': bWord | bUpper, 'R': bWord | bUpper, 'S': bWord | bUpper, 'T': bWord | bUpper,
	'U': bWord | bUpper, 'V': bWord | bUpper, 'W': bWord | bUpper, 'X': bWord | bUpper, 'Y': bWord | bUpper,
	'Z': bWord | bUpper,
	'a': bWord, 'b': bWord, 'c': bWord, 'd': bWord, 'e': bWord, 'f': bWord, 'g': bWord, 'h': bWord, 'i': bWord,
	'j': bWord, 'k': bWord, 'l': bWord, 'm': bWord, 'n': bWord, 'o': bWord, 'p': bWord, 'q': bWord, 'r': bWord,
	's': bWord, 't': bWord, 'u': bWord, 'v': bWord, 'w': bWord, 'x': bWord, 'y': bWord, 'z': bWord,
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isLetter is unicode.IsLetter with a fast path for ASCII.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
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
//
// fold reports whether the word needs folding to lower case (needsFold):
// it has an upper-case ASCII letter or a byte beyond ASCII. hyphen reports
// a hyphen inside the word.
func scanWord(text string, i, end int) (j int, fold, hyphen bool) {
	start := i
	var seen uint8 // the byteClass bits of the ASCII letters and digits taken
	for {
		// The common case, decided without decoding.
		for w := text[:end]; i < len(w); i++ {
			b := byteClass[w[i]]
			if b&bWord == 0 {
				break
			}
			seen |= b
		}
		if i >= end {
			return i, fold || seen&bUpper != 0, hyphen
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)):
			i += n
			fold = true
		case (r == '\'' || r == '’') && i+n < end && isLetterAt(text, i+n, end):
			i += n
			fold = fold || r >= utf8.RuneSelf
		case r == '-' && i+n < end && isLetterAt(text, i+n, end):
			i += n // a hyphenated word: "son-in-law", "twenty-one", "year-old"
			hyphen = true
		case r == '.' && i+1 < end && isLetterAt(text, i+1, end) && i-start <= 2 && nextIsDotAbbrev(text, i+1, end):
			// U.S. / e.g. / a.m.: single letters separated by dots
			i += n
		case r == '.' && strings.Contains(text[start:i], ".") && i-start <= 6:
			return i + 1, fold || seen&bUpper != 0, hyphen // the final dot of "U.S."
		default:
			return i, fold || seen&bUpper != 0, hyphen
		}
	}
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
	if c := text[i]; c < utf8.RuneSelf {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
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

// urlEnd returns where a web address that starts at byte i ends (at the
// next ASCII space; a byte of a multi-byte letter is none), or i when
// none starts there: "http://", "https://", "www.". Its words and figures
// are a page's name, no claim of the text.
func urlEnd(text string, i, end int) int {
	if c := text[i]; c != 'h' && c != 'w' {
		return i // most tokens: no prefix to compare
	}
	rest := text[i:end]
	if !(strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "www.")) {
		return i
	}
	j := i
	for j < end && (text[j] >= utf8.RuneSelf || !asciiSpace[text[j]]) {
		j++
	}
	return j
}
