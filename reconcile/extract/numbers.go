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
//
// The reader reports what the text says and leaves the meaning to the
// caller: "one day" and "a single week" are read as 1 with words set, a
// bare 2022 is read as 2022 with year set, "first" as 1 with ordinal set.
type number struct {
	i, j     int     // the tokens [i, j) that spell the figure, its scale, sign and unit
	lo, hi   float64 // the value; lo == hi unless a range or a vague amount
	vague    bool    // "hundreds", "dozens", "tens of billions": the interval is the value
	ordinal  bool    // "first", "17th"
	share    bool    // a percentage or fraction; lo and hi are in percent
	currency string  // ISO code when money
	rate     string  // "hour", "week", ... for "£9.15 an hour"
	year     bool    // a bare four-digit year such as 2022, or a decade "1990s"
	words    bool    // spelled in words ("six")
	points   bool    // "percentage points": a difference of shares; share is set too
	glued    string  // a unit glued to a number in words: "storey" in "five-storey"
}

// temperatureDigits reports whether digits may be a temperature's: at most
// three before the point and one after it ("41", "105", "47.6").
func temperatureDigits(d string) bool {
	whole, frac, _ := strings.Cut(d, ".")
	return len(whole) <= 3 && len(frac) <= 1
}

// joinedPrefixes may be glued to a number that is still read: "mid-2022".
// "to", "or" and "in" are glued inside "10-to-15", "1-in-5".
var joinedPrefixes = map[string]bool{
	"mid": true, "pre": true, "post": true, "early": true, "late": true, "to": true, "or": true, "in": true,
}

// isVague reports whether w alone is a vague amount: "hundreds", "dozens".
func (r reader) isVague(w string) bool {
	_, ok := r.w.vague.Value(w)
	return ok
}

// notOne stand before "one" when it is a pronoun: "the one", "no one".
var notOne = map[string]bool{
	"the": true, "this": true, "that": true, "which": true, "each": true, "every": true, "any": true,
	"no": true, "only": true, "another": true, "little": true, "loved": true, "not": true, "someone": true,
}

// startsWords reports whether a number in words may start with w:
// "twenty-one", "two-thirds" start with a number word.
func (r reader) startsWords(w string) bool {
	if w == "" {
		return false
	}
	if r.w.shapes[w[0]]&shapeBit(len(w)) != 0 && r.w.starts[w] {
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		v, _ := r.w.cardinal.Value(w[:k])
		return v > 0 || w[:k] == "a" || w[:k] == "half"
	}
	return false
}

// maxChain bounds the walk over a chain of glued numbers ("1-222-2222",
// "12/25/2022", "737-800"), so that reading at every token stays linear.
const maxChain = 8

// reader reads numbers with a lexicon.
type reader struct {
	lx *lexicon.Lexicon
	w  *numberWords
}

// numberWords holds the lexicon lists the reader looks words up in,
// fetched once so that a lookup is one map access.
type numberWords struct {
	cardinal, ordinal, scale, fraction, vague, vagueOf lexicon.NumberWords
	labels, clock                                      lexicon.WordSet
	starts                                             map[string]bool // every word a number in words can start with
	// shapes[c] has bit n set when a word of starts begins with byte c
	// and has n bytes (n >= 31 sets bit 31): most words are turned away
	// by it without a map lookup.
	shapes [256]uint32
}

// shapeBit is the bit of a word length in numberWords.shapes.
func shapeBit(n int) uint32 { return 1 << min(n, 31) }

// newReader returns a reader over lx's number words, labels and clock
// words. lx must not be extended afterwards.
func newReader(lx *lexicon.Lexicon) reader {
	w := &numberWords{
		cardinal: lx.NumberWords(lexicon.Cardinal),
		ordinal:  lx.NumberWords(lexicon.Ordinal),
		scale:    lx.NumberWords(lexicon.Scale),
		fraction: lx.NumberWords(lexicon.Fraction),
		vague:    lx.NumberWords(lexicon.Vague),
		vagueOf:  lx.NumberWords(lexicon.VagueOf),
		labels:   lx.Set(lexicon.Labels),
		clock:    lx.Set(lexicon.ClockWords),
		// Grammar words that open a number: "a dozen", "no one", "several thousand", "half a dozen".
		starts: map[string]bool{"a": true, "an": true, "no": true, "nobody": true, "none": true, "no-one": true,
			"several": true, "half": true},
	}
	for _, nw := range []lexicon.NumberWords{w.cardinal, w.ordinal, w.vague, w.vagueOf} {
		for _, x := range nw.Words() {
			w.starts[x] = true
		}
	}
	for x := range w.starts {
		if x != "" {
			w.shapes[x[0]] |= shapeBit(len(x))
		}
	}
	return reader{lx: lx, w: w}
}

// scaleOf returns the factor of a scale word inside a number in words:
// "hundred", "million", "dozen".
func (r reader) scaleOf(w string) float64 {
	f, _ := r.w.scale.Value(w)
	return f
}

// pluralScale returns the factor of a plural scale word of a thousand or
// more, which may follow "tens of": "thousands", "millions".
func (r reader) pluralScale(w string) (float64, bool) {
	if len(w) < 2 || w[len(w)-1] != 's' {
		return 0, false
	}
	f := r.scaleOf(w[:len(w)-1])
	return f, f >= 1000
}

// parseDigits reads "1,300", "3.5", "17th" as a value. Commas group digits
// by three after a first group of one to three; a single dot is a decimal
// point (English convention, so "1.300" is 1.3); several dots each followed
// by three digits group thousands ("1.234.567"); anything else
// ("192.168.1.2", "1,30", "1.2,3") is not a number. dec reports that a
// separator or decimal point was written.
func parseDigits(s string) (v float64, ordinal, dec, ok bool) {
	if len(s) > 2 {
		switch s[len(s)-2:] {
		case "st", "nd", "rd", "th":
			s, ordinal = s[:len(s)-2], true
		}
	}
	commas, dots := 0, 0
	group, first := 0, -1 // digits in the current group; length of the first group
	var mant uint64
	digits, frac := 0, 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c >= '0' && c <= '9':
			group++
			digits++
			if digits <= 18 {
				mant = mant*10 + uint64(c-'0')
			}
			if dots == 1 {
				frac++
			}
		case c == ',' || c == '.':
			if group == 0 {
				return 0, false, false, false
			}
			if first < 0 {
				first = group
			} else if group != 3 {
				return 0, false, false, false
			}
			if c == ',' {
				if dots > 0 {
					return 0, false, false, false
				}
				commas++
			} else {
				dots++
			}
			group = 0
		default:
			return 0, false, false, false
		}
	}
	switch {
	case group == 0:
		return 0, false, false, false
	case (commas > 0 || dots > 1) && first > 3:
		return 0, false, false, false
	case dots > 1 && (commas > 0 || group != 3):
		return 0, false, false, false
	case dots == 0 && commas > 0 && group != 3:
		return 0, false, false, false
	}
	if dots > 1 {
		frac = 0 // "1.234.567"
	}
	dec = commas > 0 || dots > 0
	if ordinal && dots > 0 {
		return 0, false, false, false
	}
	if digits > 18 {
		clean := make([]byte, 0, len(s))
		for k := 0; k < len(s); k++ {
			if s[k] >= '0' && s[k] <= '9' || s[k] == '.' && dots == 1 {
				clean = append(clean, s[k])
			}
		}
		f, err := strconv.ParseFloat(string(clean), 64)
		if err != nil || math.IsInf(f, 0) {
			return 0, false, false, false
		}
		return f, ordinal, dec, true
	}
	v = float64(mant)
	if frac > 0 {
		v /= math.Pow10(frac)
	}
	return v, ordinal, dec, true
}

// wordValue returns the value of a cardinal number word, including
// hyphenated compounds ("twenty-one").
func (r reader) wordValue(w string) (float64, bool) {
	if v, ok := r.w.cardinal.Value(w); ok {
		return v, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		ta, ok1 := r.w.cardinal.Value(a)
		tb, ok2 := r.w.cardinal.Value(b)
		if ok1 && ok2 && ta >= 20 && ta <= 90 && tb >= 1 && tb <= 9 {
			return ta + tb, true
		}
	}
	return 0, false
}

// ordinalValue returns the value of an ordinal word ("third", "twenty-first").
func (r reader) ordinalValue(w string) (float64, bool) {
	if v, ok := r.w.ordinal.Value(w); ok {
		return v, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		ta, ok1 := r.w.cardinal.Value(a)
		tb, ok2 := r.w.ordinal.Value(b)
		if ok1 && ok2 && ta >= 20 && ta <= 90 && tb < 10 {
			return ta + tb, true
		}
	}
	return 0, false
}

// isYearText reports whether s is a bare four-digit year 1000-2199.
func isYearText(s string) bool {
	if len(s) != 4 || s[0] < '1' || s[0] > '2' {
		return false
	}
	for k := 0; k < 4; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s[0] == '1' || s[1] <= '1'
}

// read tries to read a number starting at toks[i]. It returns ok=false when
// no number starts there. Clock times ("5:30", "5pm"), sports scores
// ("4-1"), model names ("F-16", "Boeing 737"), labels ("Article 5"),
// phone numbers and dates written with dashes or slashes are recognized and
// reported with skip, the number of tokens from i the caller should step
// over; skip is 0 when there is nothing to step over.
//
// Ranges are read whole: "2-4", "2 to 4", "two or three", "between 2 and
// 4". "from 2 to 4" is not a range (it is usually a change: "rose from 2
// to 4"), so at "2" after "from" only 2 is read.
//
// Decisions on ambiguous text, each pinned by a case in TestReadNumber:
//   - "1.300" is 1.3 (English convention); "1.234.567" is 1234567.
//   - a bare 1000-2199 is read with year set; the caller decides.
//   - "4-1", "2-2" (second not above first) are scores; "2-4" is a range.
//   - "5m" without a currency sign is 5: "m" may be metres. "$5m" is 5e6.
//   - "a couple of" is [2, 3], vague; "a couple" without "of" is nothing.
//   - "a single", "one day" are read as 1 (words set); "not a single",
//     "not one" as 0. Whether "a single week" is a period is the caller's.
//   - "one of", "the one", "each one", "one another", "one by one",
//     "someone", "once" are not numbers.
//   - "one third" is a fraction (33.3, share); "a third" only with "of".
//   - "half of", "half the" are 50 (share); "half a dozen" is 6.
//   - "3/4", "24/7", "9/11" are stepped over, never read as fractions.
func (r reader) read(toks []token, i int) (n number, ok bool, skip int) {
	if i < 0 || i >= len(toks) {
		return n, false, 0
	}
	t := toks[i]
	switch {
	case t.low == "between":
		return r.readBetween(toks, i)
	case t.low == "not" && i+1 < len(toks):
		// "not one", "not a single": none at all.
		if toks[i+1].low == "one" && !(i+2 < len(toks) && toks[i+2].low == "of") {
			return number{i: i, j: i + 2, words: true}, true, 0
		}
		if toks[i+1].low == "a" && i+2 < len(toks) && toks[i+2].low == "single" {
			return number{i: i, j: i + 3, words: true}, true, 0
		}
		return n, false, 0
	}
	a, fa, ok, skip := r.readOne(toks, i)
	if !ok {
		return number{}, false, skip
	}
	n = a
	// "2 to 4", "two or three", "2 – 4"
	if a.lo == a.hi && !a.ordinal && !a.vague && a.j+1 < len(toks) && !(i > 0 && toks[i-1].low == "from") {
		if c := toks[a.j]; c.is("to", "or") || c.text == "–" || c.text == "-" && c.start > toks[a.j-1].end {
			if b, fb, ok, _ := r.readOne(toks, a.j+1); ok {
				if m, ok := mergeRange(a, fa, b, fb); ok {
					n = m
				}
			}
		}
	}
	r.rate(toks, &n)
	return n, true, 0
}

// mayRead reports whether read may find a number at toks[i] or step over
// something there; when it reports false, read would report neither. The
// tokens must be classified (vocab.classify).
func (r reader) mayRead(toks []token, i int) bool {
	t := &toks[i]
	switch t.kind {
	case tNum, tSym:
		return true
	case tWord:
		next := tPunct
		if i+1 < len(toks) {
			next = toks[i+1].kind
		}
		return t.cls&cNumStart != 0 || t.hyphen && r.startsWords(t.low) ||
			t.low == "between" || t.low == "not" ||
			len(t.low) <= 2 && next == tSym || len(t.text) == 3 && next == tNum // "US$5", "USD 5"
	}
	return false
}

// readBetween reads "between 2 and 4", "between $2bn and $3bn".
func (r reader) readBetween(toks []token, i int) (number, bool, int) {
	if i+1 >= len(toks) {
		return number{}, false, 0
	}
	a, fa, ok, _ := r.readOne(toks, i+1)
	if !ok || a.j+1 >= len(toks) || toks[a.j].low != "and" || a.lo != a.hi {
		return number{}, false, 0
	}
	b, fb, ok, _ := r.readOne(toks, a.j+1)
	if !ok {
		return number{}, false, 0
	}
	n, ok := mergeRange(a, fa, b, fb)
	if !ok {
		return number{}, false, 0
	}
	n.i = i
	r.rate(toks, &n)
	return n, true, 0
}

// mergeRange joins the ends of a range "a to b"; fa and fb are the scale
// factors each end was written with. A scale, a percent sign or a currency
// written only at the end covers both ends: "2 to 3 million" is [2e6, 3e6].
func mergeRange(a number, fa float64, b number, fb float64) (number, bool) {
	if b.ordinal || b.vague || b.lo != b.hi || a.points != b.points {
		return a, false
	}
	if a.currency != "" && b.currency != "" && a.currency != b.currency {
		return a, false
	}
	if a.share && !b.share || fa > 1 && fb == 1 {
		return a, false
	}
	lo := a.lo
	if fb > 1 && fa == 1 && a.lo*fb <= b.hi {
		lo = a.lo * fb
	}
	if lo >= b.hi {
		return a, false
	}
	n := a
	n.lo, n.hi, n.j = lo, b.hi, b.j
	n.share = b.share
	n.year = a.year && b.year
	if n.currency == "" {
		n.currency = b.currency
	}
	return n, true
}

// readOne reads one figure, which may itself be a dashed range ("2-4"),
// with its currency, scale and percent sign. It returns the scale factor
// the figure was written with ("3.5 million": 1e6), 1 if none.
func (r reader) readOne(toks []token, i int) (n number, scale float64, ok bool, skip int) {
	n.i = i
	j := i
	t := toks[i]
	scale = 1
	// A currency sign or code before the figure: "$105", "US$5", "€210", "EUR 5m".
	switch {
	case t.kind == tSym && t.text != "%":
		code, known := r.currencyOf(t.low)
		if !known || j+1 >= len(toks) || !r.startsFigure(toks[j+1]) {
			return number{}, 1, false, 0
		}
		n.currency = code
		j++
	case t.kind == tWord && j+2 < len(toks) && toks[j+1].kind == tSym && toks[j+1].joined && toks[j+1].text != "%" && len(t.low) <= 2:
		// "US$5", "A$3": a code glued to a sign
		var buf [8]byte
		w := append(append(buf[:0], t.low...), toks[j+1].low...)
		if code, known := r.currencyOf(string(w)); known && toks[j+2].kind == tNum {
			n.currency = code
			j += 2
		}
	case t.kind == tWord && len(t.text) == 3 && isUpperASCII(t.text) && j+1 < len(toks) && toks[j+1].kind == tNum:
		// "USD 5", "EUR 210bn"
		if code, known := r.currencyOf(t.low); known {
			n.currency = code
			j++
		}
	}
	t = toks[j]
	var k int
	switch {
	case t.kind == tNum:
		if s := r.labelled(toks, j); s > 0 && n.currency == "" {
			return number{}, 1, false, s
		}
		var s int
		k, s, ok = r.readDigits(toks, j, &n)
		if !ok {
			if s > 0 {
				s += j - i
			}
			return number{}, 1, false, s
		}
	case t.kind == tWord:
		if n.currency == "" {
			if !r.startsWords(t.low) {
				return number{}, 1, false, 0
			}
			var final bool
			if k, final, ok = r.readNumberWords(toks, j, &n); !ok {
				return number{}, 1, false, 0
			}
			if final {
				n.j = k
				return n, 1, true, 0
			}
		} else {
			// "$ six million" is rare; accept plain word numbers.
			var o bool
			var lo, hi float64
			lo, hi, k, n.vague, o, ok = r.readWords(toks, j)
			if !ok || o {
				return number{}, 1, false, 0
			}
			n.lo, n.hi, n.words = lo, hi, true
		}
	default:
		return number{}, 1, false, 0
	}
	if n.ordinal || n.share {
		n.j = k
		return n, 1, true, 0
	}
	k, scale = r.scale(toks, k, &n)
	if math.IsInf(n.hi, 0) || math.IsNaN(n.hi) {
		return number{i: i}, 1, false, k - i
	}
	k = r.percent(toks, k, &n)
	k = r.currencyAfter(toks, k, &n)
	if scale > 1 || n.share || n.currency != "" {
		n.year = false
	}
	n.j = k
	return n, scale, true, 0
}

// readDigits reads the figure at toks[j], a tNum, into n and returns the
// index after it. When the digits are a clock time, a score, a phone number,
// a date or a version, ok is false and skip counts the tokens from j to step
// over.
func (r reader) readDigits(toks []token, j int, n *number) (k, skip int, ok bool) {
	t := toks[j]
	v, ord, dec, ok := parseDigits(t.text)
	if !ok {
		return 0, 1, false
	}
	// Clock times and race times: "5:30", "2:00:31", "5pm", "5 p.m.",
	// "1500 GMT".
	if j+2 < len(toks) && toks[j+1].text == ":" && toks[j+1].start == t.end && toks[j+2].kind == tNum && toks[j+2].start == toks[j+1].end {
		e := j + 3
		for e+1 < len(toks) && e-j < maxChain && toks[e].text == ":" && toks[e].start == toks[e-1].end && toks[e+1].kind == tNum && toks[e+1].start == toks[e].end {
			e += 2
		}
		return 0, e - j, false
	}
	if !ord && j+1 < len(toks) && r.w.clock.Has(toks[j+1].low) && v <= 2400 {
		return 0, 2, false
	}
	// "24/7", "9/11", "12/25/2022", "3/4".
	if j+2 < len(toks) && toks[j+1].text == "/" && toks[j+1].start == t.end && toks[j+2].kind == tNum && toks[j+2].start == toks[j+1].end {
		e := j + 3
		for e+1 < len(toks) && e+2-j <= maxChain && toks[e].text == "/" && toks[e].start == toks[e-1].end && toks[e+1].kind == tNum && toks[e+1].start == toks[e].end {
			e += 2
		}
		return 0, e - j, false
	}
	// "5G", "3D": a single capital letter glued on is a name; "41C",
	// "47.6C" and "105F" are temperatures.
	if j+1 < len(toks) && toks[j+1].joined && toks[j+1].kind == tWord && len(toks[j+1].text) == 1 &&
		toks[j+1].upper && !strings.Contains("KMB", toks[j+1].text) && !(strings.Contains("CF", toks[j+1].text) && temperatureDigits(t.text)) {
		return 0, 2, false
	}
	n.lo, n.hi = v, v
	k = j + 1
	if d := dashNext(toks, j); d > 0 {
		e := d + 1
		for x := dashNext(toks, e-1); x > 0 && e-j < maxChain; x = dashNext(toks, e-1) {
			e = x + 1
		}
		if e > d+1 {
			return 0, e - j, false // "1-222-2222-2222", "2022-01-15"
		}
		u := toks[d].text
		w, ord2, dec2, ok2 := parseDigits(u)
		switch {
		case !ok2 || ord || ord2:
			return 0, e - j, false
		case len(u) > 1 && u[0] == '0':
			return 0, e - j, false // "555-0134", "2022-01"
		case isYearText(t.text) && len(u) == 2:
			return 0, e - j, false // the 2022-23 season
		case !dec && !dec2 && len(t.text) == 3 && len(u) == 4:
			return 0, e - j, false // a phone number: 555-1234
		case w <= v:
			return 0, e - j, false // a score: 4-1, 2-2
		}
		n.hi = w
		n.year = isYearText(t.text) && isYearText(u)
		return e, 0, true
	}
	if ord {
		n.ordinal = true
		return k, 0, true
	}
	if !dec && isYearText(t.text) {
		n.year = true
	}
	// A decade: "the 1990s", "in their 80s".
	if k < len(toks) && toks[k].joined && toks[k].low == "s" && !dec && v >= 10 && math.Mod(v, 10) == 0 {
		n.hi = v + 9
		n.vague = !n.year
		return k + 1, 0, true
	}
	// "1 in 16", "9 out of 10"
	if s, e := r.oneIn(toks, k, v); e > 0 {
		n.lo, n.hi, n.share, n.year = s, s, true, false
		return e, 0, true
	}
	return k, 0, true
}

// dashNext returns the index of the number joined to toks[j] by a hyphen or
// an en dash with no space ("2-4", "2–4"), or 0.
func dashNext(toks []token, j int) int {
	if j+1 < len(toks) && toks[j+1].kind == tNum && toks[j+1].joined && toks[j+1].start == toks[j].end+1 {
		return j + 1 // the tokenizer swallowed the hyphen
	}
	if j+2 < len(toks) && toks[j+1].text == "–" && toks[j+2].kind == tNum &&
		toks[j+1].start == toks[j].end && toks[j+2].start == toks[j+1].end {
		return j + 2
	}
	return 0
}

// shareNext reports whether the number toks[j] is a share or a decimal:
// "45.7%", "45.7 percent", which no label numbers.
func shareNext(toks []token, j int) bool {
	if strings.ContainsAny(toks[j].text, ".,%") {
		return true
	}
	return j+1 < len(toks) && (toks[j+1].text == "%" || toks[j+1].low == "percent" || toks[j+1].low == "per")
}

// labelled reports how many tokens to skip when toks[j], a tNum, names
// rather than counts: glued to a word ("F-16", "COVID-19"), after a label
// word ("Article 5", "No. 10", "Boeing 737") or a "#". It returns 0 for a
// number that counts.
func (r reader) labelled(toks []token, j int) int {
	if j == 0 {
		return 0
	}
	p := toks[j-1]
	label := false
	switch {
	case toks[j].joined && p.kind == tWord && !joinedPrefixes[p.low]:
		label = true // "F-16", "Su-34", "COVID-19"
	case p.kind == tWord && r.w.labels.Has(p.low) && !(p.low == "no" && (!p.upper || shareNext(toks, j))):
		label = true // not "and No 45.7%": a side's share
	case p.text == "." && j >= 2 && toks[j-2].is("no", "nos", "vol", "art", "fig", "p", "pp"):
		label = true // "No. 10"
	case p.text == "#" && p.end == toks[j].start:
		label = true
	case p.kind == tWord && p.upper && r.modelName(toks, j):
		label = true // "1.9 million Nova 5 devices"
	}
	if !label {
		return 0
	}
	// Step over what is glued on: "737-800", "F-16s".
	e := j + 1
	for e < len(toks) && e-j < maxChain && toks[e].joined && toks[e].kind != tSym {
		e++
	}
	return e - j
}

// modelName reports whether the number toks[j], after a capitalized word,
// ends a product's name: "1.9 million Nova 5 devices", "reports of Nova 5
// batteries", "a Galaxy Note 7 on board". The name's words (at most three)
// follow a determiner (and perhaps one word: "its flagship Nova 5
// handset"), "of" or a figure and are no month, day, place, title
// or honorific; the number is a short integer with a lower-case word or a
// mark after it. "In the Midlands 300 jobs" is a place, and a sentence's
// first words ("Storm Kills 5") name nothing.
func (r reader) modelName(toks []token, j int) bool {
	if len(toks[j].text) > 3 || strings.ContainsAny(toks[j].text, ".,") {
		return false
	}
	if j+1 < len(toks) {
		if n := toks[j+1]; n.joined || n.upper || n.kind != tWord && n.kind != tPunct {
			return false
		}
	}
	const notName = cMonths | cWeekdays | cPlaces | cTitles | cHonorific | cStop | cPeriods | cRelDates
	k := j - 1
	for k >= 0 && toks[k].kind == tWord && toks[k].upper && toks[k].cls&notName == 0 {
		if j-k > 3 {
			return false
		}
		k--
	}
	if k < 0 || k == j-1 {
		return false
	}
	b := toks[k]
	if b.upper && !(determiner(b.low) && (k == 0 || toks[k-1].kind == tPunct)) { // "A Line 7 tram derailed"
		return false
	}
	if k >= 1 && b.kind == tWord && b.cls&cStop == 0 && determiner(toks[k-1].low) {
		k-- // "its flagship Nova 5 handset"
		b = toks[k]
	}
	if _, ok := r.lx.Multiplier(b.low); b.kind == tNum || ok && b.kind == tWord || b.low == "of" {
		return true
	}
	return determiner(b.low) && (k == 0 || !toks[k-1].is("in", "at", "across", "throughout", "from", "on", "to"))
}

// startsFigure reports whether t can start the figure after a currency sign.
func (r reader) startsFigure(t token) bool {
	if t.kind == tNum {
		return true
	}
	_, ok := r.wordValue(t.low)
	return ok
}

// isUpperASCII reports whether s is all upper-case ASCII letters.
func isUpperASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < 'A' || s[k] > 'Z' {
			return false
		}
	}
	return s != ""
}

// currencyOf looks a single lower-case word up in the currencies table.
func (r reader) currencyOf(w string) (string, bool) {
	words := [1]string{w}
	code, m := r.lx.Table(lexicon.Currencies).Match(words[:], 0)
	return code, m == 1
}

// scale reads a scale word at toks[k]: "3.5 million", "6billion", "210 bn",
// "£5m". Single letters ("m", "b", "k") count only after a currency sign,
// or "k" glued on, since "5m" alone is as likely five metres.
func (r reader) scale(toks []token, k int, n *number) (int, float64) {
	f := 1.0
	for k < len(toks) {
		t := toks[k]
		if m, code := r.scaledCurrency(t); code != "" && !n.vague && f == 1 && n.currency == "" {
			// "a 55 million-crown fine", "a 12-million-euro payment"
			n.lo, n.hi = times(n.lo, m), times(n.hi, m)
			n.currency, n.year = code, false
			return k + 1, m
		}
		m, ok := r.lx.Multiplier(t.low)
		if !ok || n.vague || t.kind != tWord {
			break
		}
		switch {
		case len(t.low) == 1:
			ok = t.joined && (n.currency != "" || t.text == "k")
		case t.low == "grand":
			// "$50 grand a year"; not "a $75,000 grand prize"
			ok = n.currency != "" && n.hi < 1000 && (k+1 == len(toks) || !grandNouns[toks[k+1].low])
		case r.isVague(t.low):
			ok = false // "5 millions" is not English; "hundreds" after a figure is another number
		}
		// Only "hundred" may be followed by another scale: "5 hundred thousand".
		if !ok || f > 1 && (f != 100 || m <= 100) {
			break
		}
		f *= m
		n.lo, n.hi = times(n.lo, m), times(n.hi, m)
		k++
		if m > 100 {
			break
		}
	}
	if f > 1 {
		n.year = false
	}
	return k, f
}

// times returns x times a scale's factor m, a whole number when the
// product misses one only by floating-point error: "4.1 million" is
// 4,100,000, not 4,099,999.9999999995, and so reads as the round figure
// it is written as.
func times(x, m float64) float64 {
	v := x * m
	if r := math.Round(v); math.Abs(v-r) <= 1e-9*math.Abs(v) {
		return r
	}
	return v
}

// scaledCurrency reads a word of a scale and a currency joined by a
// hyphen ("million-crown", "billion-yen"), the scale's multiplier and the
// currency's code, or an empty code.
func (r reader) scaledCurrency(t token) (float64, string) {
	if t.kind != tWord || !t.hyphen {
		return 0, ""
	}
	head, tail, _ := strings.Cut(t.low, "-")
	m, ok := r.lx.Multiplier(head)
	if !ok || m <= 100 || r.isVague(head) {
		return 0, ""
	}
	code, ok := r.currencyOf(tail)
	if !ok {
		return 0, ""
	}
	return m, code
}

// grandNouns follow "grand" as an adjective, not the slang for a thousand:
// "a $500 grand prize", "$900 grand larceny".
var grandNouns = map[string]bool{"prize": true, "prizes": true, "award": true, "awards": true, "jury": true, "total": true, "slam": true, "final": true,
	"finale": true, "champion": true, "larceny": true, "theft": true, "opening": true, "tour": true}

// percent reads "%", "percent", "per cent", "pct", "percentage points" at
// toks[k].
func (r reader) percent(toks []token, k int, n *number) int {
	if k >= len(toks) || n.share {
		return k
	}
	t := toks[k]
	switch {
	case t.text == "%" || t.is("percent", "pct", "per-cent", "percents") || t.low == "pc" && t.joined:
		k++
	case t.low == "per" && k+1 < len(toks) && toks[k+1].low == "cent":
		k += 2
	case t.low == "percentage":
		k++
		if k < len(toks) && toks[k].is("point", "points") {
			n.points = true
			k++
		}
	default:
		return k
	}
	n.share, n.year = true, false
	return k
}

// currencyAfter reads a currency word after the figure: "5,000 dollars",
// "tens of billions of euros".
func (r reader) currencyAfter(toks []token, k int, n *number) int {
	if n.currency != "" || n.share {
		return k
	}
	c := k
	if c+1 < len(toks) && toks[c].low == "of" && n.vague {
		c++
	}
	if c >= len(toks) || toks[c].kind != tWord {
		return k
	}
	if pence(toks, c) {
		// "54p", "20 pence": a hundredth of a pound.
		n.currency, n.year = "GBP", false
		n.lo, n.hi = n.lo/100, n.hi/100
		return c + 1
	}
	var words [3]string
	m := 0
	for ; m < len(words) && c+m < len(toks); m++ {
		words[m] = toks[c+m].low
	}
	if code, w := r.lx.Table(lexicon.Currencies).Match(words[:m], 0); w > 0 {
		n.currency, n.year = code, false
		return c + w
	}
	return k
}

// pence reports whether toks[c] names pence after a figure: "pence", or
// "p" glued on ("54p") and not the start of "p.m.".
func pence(toks []token, c int) bool {
	t := toks[c]
	if t.low == "pence" {
		return true
	}
	return t.low == "p" && t.joined && !(c+1 < len(toks) && toks[c+1].text == "." && toks[c+1].start == t.end)
}

// rate reads "an hour", "a week", "per year", "-a-week" after money, and
// "a share", "per share" (perShare).
func (r reader) rate(toks []token, n *number) {
	j := n.j
	if n.currency == "" || j >= len(toks) {
		return
	}
	t := toks[j]
	if t.is("more", "less", "extra") && j+2 < len(toks) && toks[j+1].is("a", "an", "per") {
		// "£27.90 more a year": a rate of a change.
		if u, ok := r.lx.Unit(toks[j+2].low); ok && u.IsTime() && !(j+3 < len(toks) && isAgoWord(toks[j+3].low)) {
			n.rate, n.j = u.Name, j+3
		}
		return
	}
	if a, b, ok := strings.Cut(t.low, "-"); ok && (a == "a" || a == "an" || a == "per") {
		if u, ok := r.lx.Unit(b); ok && u.IsTime() {
			n.rate, n.j = u.Name, j+1
		}
		return
	}
	if w, ok := rateAdverbs[t.low]; ok && (j+1 >= len(toks) || toks[j+1].kind != tWord || toks[j+1].cls&cStop != 0) {
		// "will pay an extra £690 annually", as "£690 a year"; not "a
		// £5 monthly fee", whose noun the amount qualifies.
		if u, ok := r.lx.Unit(w); ok && u.IsTime() {
			n.rate, n.j = u.Name, j+1
		}
		return
	}
	if t.is("a", "an", "per", "each", "every") && j+1 < len(toks) {
		if j+2 < len(toks) && isAgoWord(toks[j+2].low) {
			return // "$268 million a year earlier": when, not how often
		}
		if u, ok := r.lx.Unit(toks[j+1].low); ok && u.IsTime() {
			n.rate, n.j = u.Name, j+2
		}
		if toks[j+1].low == "share" && t.low != "each" && t.low != "every" {
			n.rate, n.j = perShare, j+2 // "$38.50 a share": a share's price, no total
		}
	}
}

// rateAdverbs are the adverbs of how often, after money, by the unit of
// time each one is a rate of.
var rateAdverbs = map[string]string{"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
	"daily": "day", "hourly": "hour", "nightly": "night"}

// oneIn reads "in 16", "in every 12", "of every five" or "out of 10" after a count x and
// returns the share in percent and the index after it. The whole must be a
// proportion: x below the total, the total not a year ("5 in 2022") and for
// x above 1 at most 1,000.
func (r reader) oneIn(toks []token, j int, x float64) (float64, int) {
	if x <= 0 || j+1 >= len(toks) {
		return 0, 0
	}
	k := j + 1
	switch {
	case toks[j].low == "in":
		if toks[k].low == "every" && k+1 < len(toks) {
			k++
		}
	case toks[j].low == "out" && toks[k].low == "of" && k+1 < len(toks):
		k++
	case toks[j].low == "of" && toks[k].low == "every" && k+1 < len(toks):
		k++ // "roughly two of every five of those deaths"
	default:
		return 0, 0
	}
	var d float64
	if toks[k].kind == tNum {
		v, ord, _, ok := parseDigits(toks[k].text)
		if !ok || ord || isYearText(toks[k].text) {
			return 0, 0
		}
		d = v
	} else if v, ok := r.wordValue(toks[k].low); ok {
		d = v
	} else {
		return 0, 0
	}
	if d <= x || x > 1 && d > 1000 || x != math.Trunc(x) {
		return 0, 0
	}
	// "1 in 16" but not "1 in 16,000 people" spelled "1 in 16 thousand".
	if k+1 < len(toks) && r.scaleOf(toks[k+1].low) > 0 {
		return 0, 0
	}
	return x / d * 100, k + 1
}

// proportionAt reports whether "one" before toks[j] begins a proportion:
// "one in 12", "one in every 12", "one out of five".
func (r reader) proportionAt(toks []token, j int) bool {
	_, k := r.oneIn(toks, j, 1)
	return k > 0
}

// readNumberWords reads a number spelled in words at toks[i] into n and
// returns the index after it. final reports a figure that the scale,
// percent and currency steps must not extend: a zero, a fraction, an
// ordinal, "a single", "a couple of".
func (r reader) readNumberWords(toks []token, i int, n *number) (k int, final, ok bool) {
	t := toks[i]
	n.words = true
	prev := ""
	if i > 0 {
		prev = toks[i-1].low
	}
	switch {
	case t.low == "no" && i+1 < len(toks) && toks[i+1].low == "one", t.is("nobody", "none", "no-one"):
		// "no one", "no-one", "nobody", "none": zero.
		n.lo, n.hi = 0, 0
		if t.low == "no" {
			return i + 2, true, true
		}
		return i + 1, true, true
	case r.w.labels.Has(prev) && prev != "no":
		return i, false, false // "Formula One", "page one"
	case t.low == "one":
		// "one of the", "the one", "no one", "one another", "one by one" are
		// not counts; "that one in 12 drivers" is a proportion all the same.
		if notOne[prev] && !r.proportionAt(toks, i+1) || i+1 < len(toks) && toks[i+1].is("of", "another", "by") ||
			prev == "by" && i >= 2 && toks[i-2].low == "one" {
			return i, false, false
		}
	case t.is("a", "an"):
		if prev == "not" || i+1 >= len(toks) {
			return i, false, false // "not a single" is read at "not"
		}
		switch nx := toks[i+1].low; {
		case nx == "single":
			// "a single drone" is one; "a single week" is a period. The caller decides.
			n.lo, n.hi = 1, 1
			return i + 2, true, true
		case halfUnits[nx] && i+4 < len(toks) && toks[i+2].low == "and" && toks[i+3].is("a", "an") && toks[i+4].low == "half":
			// "an hour and a half", "a year and a half": the unit stands
			// inside the figure, and is read as a glued one.
			n.lo, n.hi, n.glued = 1.5, 1.5, nx
			return i + 5, true, true
		case nx == "couple" && i+2 < len(toks) && toks[i+2].low == "of":
			// "a couple of" is two, often loosely three: [2, 3], vague.
			n.lo, n.hi, n.vague = 2, 3, true
			return i + 2, true, true
		case nx == "few" && i+2 < len(toks) && r.scaleOf(toks[i+2].low) > 0:
			// "a few hundred": [2, 5] hundreds.
			f := r.scaleOf(toks[i+2].low)
			n.lo, n.hi, n.vague = 2*f, 5*f, true
			return i + 3, false, true
		}
	case t.low == "several" && i+1 < len(toks) && r.scaleOf(toks[i+1].low) > 0:
		// "several thousand": [3, 9] thousands.
		f := r.scaleOf(toks[i+1].low)
		n.lo, n.hi, n.vague = 3*f, 9*f, true
		return i + 2, false, true
	case strings.HasPrefix(t.low, "half-") && r.scaleOf(t.low[len("half-"):]) > 100:
		// "a half-million": read at "half-million"
		n.lo = r.scaleOf(t.low[len("half-"):]) / 2
		n.hi = n.lo
		return i + 1, false, true
	case t.low == "half" && i+2 < len(toks) && toks[i+1].is("a", "an"):
		// "half a dozen", "half a million"
		// "half a hundred" is left alone, as it is rarely meant exactly.
		if f := r.scaleOf(toks[i+2].low); f > 0 && f != 100 {
			n.lo, n.hi = f/2, f/2
			return i + 3, false, true
		}
		return i, false, false
	}
	lo, hi, k, vague, ord, ok := r.readWords(toks, i)
	if !ok {
		if f, e, ok := r.readFraction(toks, i); ok {
			n.lo, n.hi, n.share = f, f, true
			return e, true, true
		}
		if v, unit, ok := r.gluedUnit(t.low); ok {
			n.lo, n.hi, n.glued = v, v, unit
			return i + 1, true, true
		}
		return i, false, false
	}
	n.lo, n.hi, n.vague, n.ordinal = lo, hi, vague, ord
	if vague || ord {
		return k, ord, true
	}
	if s, e := r.oneIn(toks, k, lo); e > 0 {
		n.lo, n.hi, n.share = s, s, true
		return e, true, true
	}
	if fr, e, ok := r.fractionAfter(toks, k, lo, t.low == "one"); ok {
		n.lo, n.hi, n.share = fr, fr, true
		return e, true, true
	}
	return k, false, true
}

// gluedUnit reads a number in words glued to a unit by a hyphen, the way
// "28-point" glues digits: "five-storey", "twenty-one-year-old",
// "three-day". "one-off", "one-time" and other compounds of one are
// adjectives, not counts; an age is one: "a one-month-old child".
func (r reader) gluedUnit(w string) (v float64, unit string, ok bool) {
	for k := strings.LastIndexByte(w, '-'); k > 0; k = strings.LastIndexByte(w[:k], '-') {
		x, isNum := r.wordValue(w[:k])
		if !isNum {
			continue
		}
		unit = w[k+1:]
		if x < 1 || x == 1 && !strings.HasSuffix(unit, "-old") || len(unit) < 3 || !isLetters(unit) {
			return 0, "", false
		}
		return x, unit, true
	}
	return 0, "", false
}

// halfUnits are the units of time that "and a half" may follow: "an
// hour and a half", "a day and a half".
var halfUnits = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true}

// isLetters reports whether s is lower-case ASCII letters and hyphens,
// starting with a letter.
func isLetters(s string) bool {
	for k := 0; k < len(s); k++ {
		if c := s[k]; !(c >= 'a' && c <= 'z' || c == '-' && k > 0) {
			return false
		}
	}
	return s != ""
}

// fractionAfter reads a fraction's denominator after a numerator:
// "two thirds", "three quarters", "one fifth". A singular denominator after
// "a" needs "of" ("a third of"), since "a third time" is an ordinal.
func (r reader) fractionAfter(toks []token, j int, num float64, one bool) (float64, int, bool) {
	if j >= len(toks) || num <= 0 || num >= 20 || num != math.Trunc(num) {
		return 0, 0, false
	}
	d, ok := r.w.fraction.Value(toks[j].low)
	if !ok || num >= d {
		return 0, 0, false
	}
	plural := strings.HasSuffix(toks[j].low, "s")
	if num == 1 {
		if plural || !(one || toks[j].joined || j+1 < len(toks) && toks[j+1].low == "of") {
			return 0, 0, false
		}
	} else if !plural {
		return 0, 0, false
	}
	return num / d * 100, j + 1, true
}

// readFraction reads "a third of", "half of", "three-quarters", "one-half"
// written as one hyphenated token. It returns the share in percent.
func (r reader) readFraction(toks []token, i int) (float64, int, bool) {
	t := toks[i]
	if a, b, ok := strings.Cut(t.low, "-"); ok {
		num, ok1 := r.wordValue(a)
		if a == "a" {
			num, ok1 = 1, true
		}
		d, ok2 := r.w.fraction.Value(b)
		plural := strings.HasSuffix(b, "s")
		if ok1 && ok2 && num > 0 && num < d && (num == 1) != plural {
			return num / d * 100, i + 1, true
		}
		return 0, 0, false
	}
	if t.is("a", "one") && i+2 < len(toks) && toks[i+2].low == "of" {
		if d, ok := r.w.fraction.Value(toks[i+1].low); ok && !strings.HasSuffix(toks[i+1].low, "s") {
			return 100 / d, i + 2, true
		}
	}
	if t.low == "half" && i+1 < len(toks) && toks[i+1].is("of", "the", "its", "their", "his", "her", "our", "all") {
		return 50, i + 1, true
	}
	return 0, 0, false
}

// Word classes for readWords.
const (
	wNone     = iota
	wUnit     // one ... nine
	wTeen     // ten ... nineteen
	wTens     // twenty, thirty, ...
	wCompound // twenty-one
	wHundred  // hundred
	wScale    // thousand, million, ...
	wAnd      // "and" inside a number
	wHalf     // "and a half"
)

// readWords reads a number spelled in words starting at toks[i]:
// "six", "twenty-one", "twenty one", "two hundred and five", "a dozen",
// "two dozen", "hundreds", "tens of thousands", "one and a half million",
// "a million", "twenty-first", "one hundred and first". It returns the
// interval, the index after the last token, and whether the amount is vague
// or an ordinal.
func (r reader) readWords(toks []token, i int) (lo, hi float64, j int, vague, ordinal, ok bool) {
	t := toks[i]
	// Vague plurals: "hundreds", "tens of thousands", "hundreds of millions", "scores of".
	if vlo, vhi, ok := r.w.vagueOf.Interval(t.low); ok && i+2 < len(toks) && toks[i+1].low == "of" {
		if u, ok := r.pluralScale(toks[i+2].low); ok {
			return vlo * u, vhi * u, i + 3, true, false, true
		}
		if !r.isVague(t.low) {
			return vlo, vhi, i + 1, true, false, true // "tens of people"
		}
	}
	if vlo, vhi, ok := r.w.vague.Interval(t.low); ok {
		return vlo, vhi, i + 1, true, false, true
	}
	var total, g, lastScale float64
	last := wNone
	j = i
	if t.is("a", "an") {
		// "a dozen", "a hundred", "a million"
		if i+1 >= len(toks) {
			return 0, 0, i, false, false, false
		}
		switch f := r.scaleOf(toks[i+1].low); {
		case f > 0 && f < 100:
			return f, f, i + 2, false, false, true // "a dozen"
		case f > 0:
			g, last, j = 1, wUnit, i+1
		default:
			return 0, 0, i, false, false, false
		}
	}
loop:
	for j < len(toks) {
		w := toks[j].low
		if x, ok := r.wordValue(w); ok {
			kind := wUnit
			switch {
			case strings.Contains(w, "-"):
				kind = wCompound
			case x >= 20:
				kind = wTens
			case x >= 10:
				kind = wTeen
			case x == 0 && last != wNone:
				break loop
			}
			switch {
			case last == wNone, last == wHundred, last == wScale, last == wAnd:
			case last == wTens && kind == wUnit && x > 0:
			default:
				break loop // "five six" is two numbers
			}
			g += x
			last = kind
			j++
			continue
		}
		if x, ok := r.ordinalValue(w); ok {
			// "first", "twenty first", "one hundred and first"; not "one third".
			allowed := false
			switch {
			case last == wNone:
				allowed = true
			case last == wTens && x < 10, last == wHundred && x < 100, last == wScale && x < 100, last == wAnd && x < 100:
				allowed = true
			}
			if !allowed {
				break
			}
			return total + g + x, total + g + x, j + 1, false, true, true
		}
		f := r.scaleOf(w)
		if f > 0 && f < 100 {
			// "two dozen": a small scale ends the number.
			if last != wNone && last != wAnd && g > 0 && g < 100 && last != wHundred && last != wScale {
				g *= f
				j++
			}
			break
		}
		if f > 0 && last != wNone && last != wAnd {
			if f == 100 {
				if last == wHundred || last == wScale || g >= 100 || g == 0 {
					break
				}
				g *= 100
				last = wHundred
				j++
				continue
			}
			if lastScale != 0 && f >= lastScale {
				break // "a thousand million" is left to the scale step
			}
			total += g * f
			g, lastScale, last = 0, f, wScale
			j++
			continue
		}
		// "two hundred and five", "one and a half million"
		if w == "and" && j+1 < len(toks) && last != wNone {
			nx := toks[j+1].low
			if nx == "a" && j+2 < len(toks) && toks[j+2].low == "half" && last != wHundred && last != wScale && last != wHalf {
				g += 0.5
				last = wHalf
				j += 3
				continue
			}
			_, card := r.wordValue(nx)
			o, ord := r.ordinalValue(nx)
			if (last == wHundred || last == wScale) && (card || ord && o < 100) {
				last = wAnd
				j++
				continue
			}
		}
		break
	}
	if last == wNone || last == wAnd {
		return 0, 0, i, false, false, false
	}
	x := total + g
	return x, x, j, false, false, true
}

// perShare is the rate of an amount paid or earned for each share: "$38.50
// a share", "earnings of $6.12 per share". Its unit is the currency per
// share ("USD/share"), which no total is compared with.
const perShare = "share"
