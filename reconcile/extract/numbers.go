package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// number is a figure read from a run of tokens: "82", "1,300", "3.5
// million", "twenty-one", "a dozen", "tens of billions of euros", "2-4",
// "two-thirds", "1 in 16", "17th", "€210 billion", "£9.15 an hour".
type number struct {
	i, j     int     // the tokens [i, j) that spell the figure, its scale, sign and unit
	lo, hi   float64 // the value; lo == hi unless a range or a vague amount
	vague    bool    // "hundreds", "dozens", "tens of billions": the interval is the value
	ordinal  bool    // "first", "17th"
	share    bool    // a percentage or fraction; lo and hi are in percent
	currency string  // ISO code when money
	rate     string  // "hour", "week", ... for "£9.15 an hour"
	year     bool    // a bare four-digit year such as 2022
	words    bool    // spelled in words ("six")
}

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

// fractionWords maps a fraction's denominator word to its value.
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10,
}

// vagueScale maps plural scale words to the interval they mean alone:
// "hundreds" is at least two hundred and fewer than a thousand.
var vagueScale = map[string][2]float64{
	"dozens": {24, 100}, "scores": {40, 100}, "hundreds": {200, 1000}, "thousands": {2000, 10000},
	"millions": {2e6, 1e7}, "billions": {2e9, 1e10}, "trillions": {2e12, 1e13},
}

var scaleWords = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// reader reads numbers with a lexicon.
type reader struct {
	lx *lexicon.Lexicon
}

// parseDigits reads "1,300", "3.5", "17th" as a value.
func parseDigits(s string) (v float64, ordinal bool, ok bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) {
			s, ordinal = strings.TrimSuffix(s, suf), true
			break
		}
	}
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	return v, ordinal, err == nil
}

// wordValue returns the value of a cardinal number word, including
// hyphenated compounds ("twenty-one").
func wordValue(w string) (float64, bool) {
	if v, ok := smallNumbers[w]; ok {
		return v, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		ta, ok1 := smallNumbers[a]
		tb, ok2 := smallNumbers[b]
		if ok1 && ok2 && ta >= 20 && ta <= 90 && tb >= 1 && tb <= 9 {
			return ta + tb, true
		}
	}
	return 0, false
}

// ordinalValue returns the value of an ordinal word ("third", "twenty-first").
func ordinalValue(w string) (float64, bool) {
	if v, ok := ordinalWords[w]; ok {
		return v, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		ta, ok1 := smallNumbers[a]
		tb, ok2 := ordinalWords[b]
		if ok1 && ok2 && ta >= 20 && tb < 10 {
			return ta + tb, true
		}
	}
	return 0, false
}

// read tries to read a number starting at toks[i]. It returns ok=false when
// no number starts there. Sports scores and clock times are recognized and
// reported as skip so that the caller can step over them.
func (r reader) read(toks []token, i int) (n number, ok bool, skip int) {
	t := toks[i]
	n.i = i
	j := i
	// A currency sign or code before the figure: "$105", "US$ 5", "€210".
	if t.kind == tSym && t.text != "%" {
		code, _ := r.lx.Table(lexicon.Currencies).Lookup(t.low)
		if j+1 < len(toks) && (toks[j+1].kind == tNum || isNumberWord(toks[j+1].low)) {
			n.currency = code
			j++
		} else {
			return n, false, 0
		}
	} else if t.kind == tWord && j+1 < len(toks) && toks[j+1].kind == tSym && toks[j+1].joined {
		// "US$5": a code glued to a sign
		if code, ok := r.lx.Table(lexicon.Currencies).Lookup(t.low + toks[j+1].low); ok && j+2 < len(toks) && toks[j+2].kind == tNum {
			n.currency = code
			j += 2
		}
	}
	t = toks[j]
	switch {
	case t.kind == tNum:
		v, ord, ok := parseDigits(t.text)
		if !ok {
			return n, false, 0
		}
		// Clock times and scores: "5:30", "4-1".
		if j+2 < len(toks) && toks[j+1].text == ":" && toks[j+2].kind == tNum && toks[j+1].start == t.end {
			return n, false, j + 3 - i
		}
		if j+1 < len(toks) && toks[j+1].kind == tNum && toks[j+1].joined {
			w, _, _ := parseDigits(toks[j+1].text)
			if w <= v && !strings.Contains(t.text, ".") {
				return n, false, j + 2 - i // a score: 4-1, 2-0
			}
			n.lo, n.hi = v, w
			j += 2
		} else {
			n.lo, n.hi = v, v
			j++
		}
		n.ordinal = ord
		if !ord && n.currency == "" && v >= 1000 && v <= 2199 && v == math.Trunc(v) && !strings.ContainsAny(t.text, ",.") && n.lo == n.hi {
			n.year = true
		}
		// "1 in 16", "one in every 12"
		if s, k := r.oneIn(toks, j, n.lo); k > 0 && n.lo == n.hi {
			n.lo, n.hi, n.share, n.year = s, s, true, false
			j = k
		}
	case t.low == "no" && j+1 < len(toks) && toks[j+1].low == "one", t.low == "nobody", t.low == "none":
		n.lo, n.hi, n.words = 0, 0, true
		j++
		if t.low == "no" {
			j++
		}
		n.j = j
		return n, true, 0
	default:
		v, k, vague, ok := r.readWords(toks, j)
		if !ok {
			return r.readFraction(toks, i)
		}
		n.lo, n.hi, n.vague, n.words = v[0], v[1], vague, true
		j = k
		if s, k := r.oneIn(toks, j, n.lo); k > 0 && !vague {
			n.lo, n.hi, n.share = s, s, true
			j = k
		}
		if fr, k, ok := fractionAfter(toks, j, n.lo); ok && !vague {
			n.lo, n.hi, n.share = fr, fr, true
			j = k
		}
	}
	if n.ordinal {
		n.j = j
		return n, true, 0
	}
	// Scale: "3.5 million", "6billion", "210 bn", "tens of billions".
	if j < len(toks) && !n.share {
		if f, ok := r.lx.Multiplier(toks[j].low); ok && (toks[j].joined || len(toks[j].low) > 2 || n.currency != "") {
			if !(toks[j].low == "hundred" && n.vague) {
				n.lo, n.hi = n.lo*f, n.hi*f
				n.year = false
				j++
			}
		}
	}
	// Percent: "90 percent", "90%", "90 per cent".
	if j < len(toks) && !n.share {
		switch {
		case toks[j].text == "%" || toks[j].is("percent", "pct", "percentage"):
			n.share, n.year = true, false
			j++
		case toks[j].low == "per" && j+1 < len(toks) && toks[j+1].low == "cent":
			n.share, n.year = true, false
			j += 2
		}
	}
	// Currency after the figure: "5,000 dollars", "tens of billions of euros".
	if n.currency == "" && !n.share {
		k := j
		if k+1 < len(toks) && toks[k].low == "of" && n.vague {
			k++
		}
		if k < len(toks) {
			if code, m := r.lx.Table(lexicon.Currencies).Match(lows(toks), k); m > 0 && toks[k].kind == tWord {
				n.currency, n.year = code, false
				j = k + m
			}
		}
	}
	// A rate: "£9.15 an hour", "£100,000-a-week", "$30,000 per year".
	if n.currency != "" && j < len(toks) {
		if rate, k := rateAfter(toks, j); k > 0 {
			n.rate, j = rate, k
		}
	}
	n.j = j
	return n, true, 0
}

// rateAfter reads "an hour", "a week", "per year", "a-week" at toks[j].
func rateAfter(toks []token, j int) (string, int) {
	units := map[string]string{"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year", "annum": "year"}
	t := toks[j]
	if a, b, ok := strings.Cut(t.low, "-"); ok && (a == "a" || a == "an" || a == "per") {
		if u, ok := units[b]; ok {
			return u, j + 1
		}
	}
	if (t.low == "a" || t.low == "an" || t.low == "per" || t.low == "each") && j+1 < len(toks) {
		if u, ok := units[toks[j+1].low]; ok {
			return u, j + 2
		}
	}
	return "", 0
}

// oneIn reads "in 16" or "in every 12" after a count of 1 and returns the
// share in percent.
func (r reader) oneIn(toks []token, j int, x float64) (float64, int) {
	if x == 0 || j+1 >= len(toks) || toks[j].low != "in" {
		return 0, 0
	}
	k := j + 1
	if toks[k].low == "every" && k+1 < len(toks) {
		k++
	}
	var d float64
	if toks[k].kind == tNum {
		v, ord, ok := parseDigits(toks[k].text)
		if !ok || ord {
			return 0, 0
		}
		d = v
	} else if v, ok := wordValue(toks[k].low); ok {
		d = v
	} else {
		return 0, 0
	}
	if d <= x {
		return 0, 0
	}
	return x / d * 100, k + 1
}

// fractionAfter reads a fraction's denominator after a numerator that was
// joined to it or stands before it: "two-thirds", "one half".
func fractionAfter(toks []token, j int, num float64) (float64, int, bool) {
	if j >= len(toks) || num <= 0 || num > 20 {
		return 0, 0, false
	}
	d, ok := fractionWords[toks[j].low]
	if !ok || !toks[j].joined || (num > 1 && !strings.HasSuffix(toks[j].low, "s") && toks[j].low != "half") {
		return 0, 0, false
	}
	return num / d * 100, j + 1, true
}

// readFraction reads "a third of", "half of", "three-quarters", "one-half"
// written as one hyphenated token.
func (r reader) readFraction(toks []token, i int) (number, bool, int) {
	n := number{i: i, share: true, words: true}
	t := toks[i]
	if a, b, ok := strings.Cut(t.low, "-"); ok {
		num, ok1 := wordValue(a)
		if a == "a" || a == "one" {
			num, ok1 = 1, true
		}
		d, ok2 := fractionWords[b]
		if ok1 && ok2 && num > 0 && num < d {
			n.lo, n.hi, n.j = num/d*100, num/d*100, i+1
			return n, true, 0
		}
		return n, false, 0
	}
	if (t.low == "a" || t.low == "one") && i+2 < len(toks) && toks[i+2].low == "of" {
		if d, ok := fractionWords[toks[i+1].low]; ok && !strings.HasSuffix(toks[i+1].low, "s") {
			n.lo, n.hi, n.j = 100/d, 100/d, i+2
			return n, true, 0
		}
	}
	if t.low == "half" && i+1 < len(toks) && toks[i+1].is("of", "the") {
		n.lo, n.hi, n.j = 50, 50, i+1
		return n, true, 0
	}
	return n, false, 0
}

// isNumberWord reports whether w starts a number in words.
func isNumberWord(w string) bool {
	_, ok := wordValue(w)
	return ok
}

// readWords reads a number spelled in words starting at toks[i]:
// "six", "twenty-one", "two hundred and five", "a dozen", "two dozen",
// "hundreds", "tens of thousands", "one and a half million", "a million".
// It returns the interval, the index after the last token, and whether the
// amount is vague.
func (r reader) readWords(toks []token, i int) (v [2]float64, j int, vague bool, ok bool) {
	t := toks[i]
	// Vague plurals: "hundreds", "tens of thousands", "hundreds of millions".
	if t.low == "tens" || t.low == "hundreds" || t.low == "dozens" {
		if i+2 < len(toks) && toks[i+1].low == "of" {
			if iv, ok := vagueScale[toks[i+2].low]; ok && toks[i+2].low != "dozens" && toks[i+2].low != "scores" {
				f := map[string]float64{"tens": 10, "hundreds": 100, "dozens": 12}[t.low]
				base := iv[0] / 2 // "thousands" starts at 2,000; the unit is 1,000
				return [2]float64{base * f, base * f * 10}, i + 3, true, true
			}
		}
	}
	if iv, ok := vagueScale[t.low]; ok {
		return iv, i + 1, true, true
	}
	total, current := 0.0, 0.0
	j = i
	seen := false
	if t.low == "a" || t.low == "an" {
		// "a dozen", "a hundred", "a million", "a half"
		if i+1 < len(toks) {
			switch nx := toks[i+1].low; {
			case nx == "dozen":
				return [2]float64{12, 12}, i + 2, false, true
			case scaleWords[nx] > 0:
				current, seen, j = 1, true, i+1
			case nx == "couple" && i+2 < len(toks) && toks[i+2].low == "of":
				return [2]float64{2, 2}, i + 3, false, true
			}
		}
		if !seen {
			return v, i, false, false
		}
	}
	for j < len(toks) {
		w := toks[j].low
		if x, ok := wordValue(w); ok {
			if seen && current > 0 && math.Mod(current, 100) != 0 && current < 100 {
				break // "five six" is two numbers
			}
			current += x
			seen = true
			j++
			continue
		}
		if f, ok := scaleWords[w]; ok && seen {
			if f == 100 {
				current *= f
			} else {
				total += current * f
				current = 0
			}
			j++
			continue
		}
		if w == "dozen" && seen {
			current *= 12
			j++
			continue
		}
		// "two hundred and five", "one and a half million"
		if w == "and" && seen && j+1 < len(toks) {
			if _, ok := wordValue(toks[j+1].low); ok && current >= 100 {
				j++
				continue
			}
			if toks[j+1].low == "a" && j+2 < len(toks) && toks[j+2].low == "half" {
				current += 0.5
				j += 3
				continue
			}
		}
		break
	}
	if !seen {
		return v, i, false, false
	}
	x := total + current
	return [2]float64{x, x}, j, false, true
}
