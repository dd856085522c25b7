package load

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// titleAbbrevs never end a sentence: they stand before a name or number.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "cmdr": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "st": true, "no": true, "nos": true,
	"vs": true, "v": true, "mt": true, "fr": true, "det": true, "insp": true, "supt": true, "pres": true,
}

// splitSentences splits text[start:end] into sentences and returns their
// byte ranges, trimmed of surrounding space. It knows abbreviations
// ("Feb.", "U.S.", "Gen."), initials ("J."), decimals ("3.5") and quotes
// that close after the final stop.
func splitSentences(lx *lexicon.Lexicon, text string, start, end int) [][2]int {
	return appendSentences(nil, lx, text, start, end)
}

// appendSentences is splitSentences appending to out.
func appendSentences(out [][2]int, lx *lexicon.Lexicon, text string, start, end int) [][2]int {
	s := start
	emit := func(e int) {
		a, b := trimSpace(text, s, e)
		if a < b {
			out = append(out, [2]int{a, b})
		}
		s = e
	}
	for i := start; i < end; {
		// Most bytes cannot start a stop: step over them without decoding.
		// The bytes that can ('.', '!', '?' and the first byte of '…') are
		// never inside another rune, so the scan stays on rune starts
		// where it decodes.
		if !stopStart[text[i]] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		stop := i
		j := i + n
		// Absorb repeated stops and closing quotes or brackets.
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '\'' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == ']' {
				j += n2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		r2, _ := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsSpace(r2) {
			i = j
			continue
		}
		k := j
		for k < end {
			r3, n3 := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(r3) {
				break
			}
			k += n3
		}
		if k >= end {
			break
		}
		if isBoundary(lx, text, s, stop, r, k, end) {
			emit(j)
		}
		i = k
	}
	emit(end)
	return out
}

// stopStart marks the bytes a sentence stop starts with: '.', '!', '?'
// and 0xe2, the first byte of '…' (U+2026).
var stopStart = [256]bool{'.': true, '!': true, '?': true, 0xe2: true}

// isBoundary decides whether the stop at text[stop] ends a sentence, given
// that the next word starts at text[next].
func isBoundary(lx *lexicon.Lexicon, text string, sentStart, stop int, r rune, next, end int) bool {
	nr, _ := utf8.DecodeRuneInString(text[next:end])
	nextWord := wordAt(text, next, end)
	if unicode.IsLower(nr) {
		return false
	}
	if r != '.' {
		return true
	}
	// The word before the period, with its inner periods ("U.S").
	ws := stop
	for ws > sentStart {
		pr, pn := utf8.DecodeLastRuneInString(text[sentStart:ws])
		if !(unicode.IsLetter(pr) || pr == '.') {
			break
		}
		ws -= pn
	}
	prev := strings.ToLower(text[ws:stop])
	if prev == "" {
		return true
	}
	if utf8.RuneCountInString(prev) == 1 && unicode.IsUpper([]rune(text[ws:stop])[0]) {
		// An initial ("Morgan J. Carter"), unless it is a unit glued to
		// a figure: "Temperatures reached 36.8C. Four of them died".
		return ws > sentStart && text[ws-1] >= '0' && text[ws-1] <= '9'
	}
	if titleAbbrevs[prev] {
		return false
	}
	if prev == "a.m" || prev == "p.m" {
		return !clockGoesOn(lx, text, next, end, nextWord)
	}
	if lx.Has(lexicon.Abbreviations, prev) || strings.Contains(prev, ".") {
		if unicode.IsDigit(nr) {
			return false // "Feb. 24", "No. 5"
		}
		return lx.Has(lexicon.Starters, strings.ToLower(nextWord))
	}
	return true
}

// clockGoesOn reports whether the capitalized word after "a.m." or "p.m."
// at text[next] goes on telling the time: a day ("7:30 a.m. Tuesday"), a
// month ("9 a.m. March 3"), a time zone ("10:05 a.m. ET", "a.m. Eastern
// Time", "p.m. New York time"). Any other word starts a sentence, since a
// time of day often ends one: "the first of them at 4:40 a.m. Aviation
// officials said ...".
func clockGoesOn(lx *lexicon.Lexicon, text string, next, end int, word string) bool {
	w := strings.ToLower(word)
	if _, ok := lx.Table(lexicon.Weekdays).Lookup(w); ok {
		return true
	}
	if _, ok := lx.Table(lexicon.Months).Lookup(w); ok {
		return true
	}
	if lx.Has(lexicon.ClockWords, w) || zoneWords[w] {
		return true
	}
	// "p.m. New York time": a place's name, then "time".
	for i, f := range strings.Fields(text[next:min(end, next+40)]) {
		if i > 0 && (f == "time" || f == "Time") {
			return true
		}
		first, _ := utf8.DecodeRuneInString(f)
		last, _ := utf8.DecodeLastRuneInString(f)
		if i == 3 || !unicode.IsUpper(first) || !unicode.IsLetter(last) {
			return false
		}
	}
	return false
}

// zoneWords name time zones after a time of day, beside the clock words of
// the lexicon: "10:05 a.m. ET", "9 a.m. Eastern", "noon local time".
var zoneWords = map[string]bool{
	"et": true, "ct": true, "mt": true, "pt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"hst": true, "akst": true, "aest": true, "aedt": true, "ist": true, "jst": true, "sast": true, "wat": true,
	"eastern": true, "central": true, "pacific": true, "mountain": true, "local": true, "atlantic": true,
}

// wordAt returns the letters of the word starting at text[i].
func wordAt(text string, i, end int) string {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}
