package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed data/*.txt
var data embed.FS

// The names of the lists a Lexicon holds, as used by Extend and in
// configuration files. Each is also the base name of its embedded data file.
const (
	Measures      = "measures"
	Things        = "things"
	Currencies    = "currencies"
	Multipliers   = "multipliers"
	Hedges        = "hedges"
	Periods       = "periods"
	Versions      = "versions"
	Titles        = "titles"
	Statuses      = "statuses"
	Places        = "places"
	Headings      = "headings"
	Boilerplate   = "boilerplate"
	Captions      = "captions"
	CaptionVerbs  = "captionverbs"
	DayParts      = "dayparts"
	Abbreviations = "abbreviations"
	Starters      = "starters"
	Stopwords     = "stopwords"
	SayVerbs      = "sayverbs"
	OrgWords      = "orgwords"
	PlaceWords    = "placewords"
	Months        = "months"
	Weekdays      = "weekdays"
	RelativeDates = "relativedates"
	DatePreps     = "dateprepositions"
	Numbers       = "numbers"
	Units         = "units"
	Labels        = "labels"
	ClockWords    = "clockwords"
	Parties       = "parties"
	Honorifics    = "honorifics"
	RankWords     = "rankwords"
	Events        = "events"
	ScoreWords    = "scorewords"
	Comparatives  = "comparatives"
	Settlements   = "settlements"
	Portfolios    = "portfolios"
	Verbs         = "verbs"
)

// The classes of the numbers list (see NumberWords).
const (
	Cardinal = "cardinal" // "six", "twenty"
	Ordinal  = "ordinal"  // "first", "twentieth"
	Scale    = "scale"    // "hundred", "million", "dozen": multiplies the number before it
	Fraction = "fraction" // "third": a denominator, valued by its divisor
	Vague    = "vague"    // "hundreds": alone, an interval
	VagueOf  = "vagueof"  // "tens" in "tens of thousands": an interval of a scale
)

// numberClasses are the classes an entry of the numbers list may have.
var numberClasses = []string{Cardinal, Ordinal, Scale, Fraction, Vague, VagueOf}

// The kinds of the dateprepositions list.
const (
	EventPrep   = "event"   // "on Feb. 24", "in 2014"
	HorizonPrep = "horizon" // "through 2026", "until March"
)

// Lists returns the names of all lists, sorted.
func Lists() []string {
	l := []string{Measures, Things, Currencies, Multipliers, Hedges, Periods, Versions, Titles,
		Statuses, Places, Headings, Boilerplate, Captions, CaptionVerbs, Abbreviations, Starters, Stopwords, SayVerbs,
		OrgWords, PlaceWords, Months, Weekdays, RelativeDates, DatePreps, Numbers, Units, Labels, ClockWords,
		Parties, Honorifics, RankWords, Events, ScoreWords, DayParts, Comparatives, Settlements, Portfolios, Verbs}
	sort.Strings(l)
	return l
}

// mapped lists are "canonical: surface, ..." tables; the others are plain word sets.
var mapped = map[string]bool{
	Measures: true, Things: true, Currencies: true, Multipliers: true, Hedges: true,
	Periods: true, Versions: true, Titles: true, Statuses: true, Places: true, Headings: true,
	Months: true, Weekdays: true, RelativeDates: true, DatePreps: true, Numbers: true, Units: true,
	Events: true, Portfolios: true, Verbs: true,
}

// tableLists are the lists kept as phrase tables, in slot order.
var tableLists = [...]string{Measures, Things, Currencies, Hedges, Periods, Versions, Titles,
	Statuses, Places, Headings, Months, Weekdays, RelativeDates, DatePreps, Events, Portfolios, Verbs}

// tableSlot returns the slot of a table list. A switch on constant names
// costs a few comparisons where a map lookup hashes the name: Table is
// called for every word of every sentence.
func tableSlot(list string) int {
	switch list {
	case Measures:
		return 0
	case Things:
		return 1
	case Currencies:
		return 2
	case Hedges:
		return 3
	case Periods:
		return 4
	case Versions:
		return 5
	case Titles:
		return 6
	case Statuses:
		return 7
	case Places:
		return 8
	case Headings:
		return 9
	case Months:
		return 10
	case Weekdays:
		return 11
	case RelativeDates:
		return 12
	case DatePreps:
		return 13
	case Events:
		return 14
	case Portfolios:
		return 15
	case Verbs:
		return 16
	}
	return len(tableLists)
}

// Lexicon holds the word lists reconcile reads language with. Build one with
// Default, extend it with Extend, then share it read-only between goroutines.
type Lexicon struct {
	tables      [len(tableLists) + 1]*Table // by tableSlot; the last slot holds what has no table
	sets        map[string]*wordSet
	classes     map[string]string // canonical name -> class, for measures, periods and things
	multipliers map[string]float64
	boiler      []string                         // boilerplate line patterns, lower case
	boilerWords int                              // the most words a boilerplate pattern has
	boilerBy    map[string][]string              // patterns by their first word, trimmed of ".:!"; see IsBoilerplate
	boilerAny   []string                         // patterns that start with "n" or an empty word, tried on every line
	spans       map[string][2]int                // relative date canonical -> days from publication
	numbers     map[string]map[string][2]float64 // number class -> word -> interval
	units       map[string]Unit                  // unit word -> unit
}

// Default returns a Lexicon built from the embedded data files.
func Default() (*Lexicon, error) {
	l := &Lexicon{
		sets:        map[string]*wordSet{},
		classes:     map[string]string{},
		multipliers: map[string]float64{},
		spans:       map[string][2]int{},
		numbers:     map[string]map[string][2]float64{},
		units:       map[string]Unit{},
	}
	for _, name := range Lists() {
		f, err := data.Open("data/" + name + ".txt")
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		err = l.Parse(name, "data/"+name+".txt", f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return l, nil
}

// Parse reads entries for the named list from r and adds them. file names r
// in error messages, which carry the line number.
func (l *Lexicon) Parse(list, file string, r io.Reader) error {
	if !slices.Contains(Lists(), list) {
		return fmt.Errorf("%s: unknown lexicon list %q (want one of %s)", file, list, strings.Join(Lists(), ", "))
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !mapped[list] {
			l.addWord(list, text)
			continue
		}
		head, rest, ok := strings.Cut(text, ":")
		if !ok {
			return fmt.Errorf("%s:%d: want \"canonical: surface, ...\", got %q", file, line, text)
		}
		var surfaces []string
		for _, s := range strings.Split(rest, ",") {
			if s = strings.TrimSpace(s); s != "" {
				surfaces = append(surfaces, s)
			}
		}
		if canon, _ := splitClass(head); canon == "" || len(surfaces) == 0 {
			return fmt.Errorf("%s:%d: entry needs a canonical name and at least one surface", file, line)
		}
		if err := l.Extend(list, strings.TrimSpace(head), surfaces...); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// Extend adds surfaces that mean canon to the named list. For the measures
// list, regular verbs are inflected unless a surface starts with "=".
// For word-set lists canon itself is added and surfaces may be empty.
//
// canon may end in a class in brackets, as in the data files: "intercept
// [defense]" for measures, "week [aggregate]" for periods, "last fortnight
// [-27..-1]" for relative dates (the days it covers, counted from
// publication), "1000 [scale]" for numbers, "mile [km 1.609344]" for units.
func (l *Lexicon) Extend(list, canon string, surfaces ...string) error {
	if !slices.Contains(Lists(), list) {
		return fmt.Errorf("unknown lexicon list %q", list)
	}
	if !mapped[list] {
		l.addWord(list, canon)
		for _, s := range surfaces {
			l.addWord(list, s)
		}
		return nil
	}
	canon, class := splitClass(canon)
	switch list {
	case Multipliers:
		f, err := strconv.ParseFloat(canon, 64)
		if err != nil || f <= 0 {
			return fmt.Errorf("multiplier %q is not a positive number", canon)
		}
		for _, s := range surfaces {
			l.multipliers[strings.ToLower(strings.TrimPrefix(s, "="))] = f
		}
		return nil
	case Numbers:
		return l.addNumber(canon, class, surfaces)
	case Units:
		return l.addUnit(canon, class, surfaces)
	case Months:
		if Month(canon) == 0 {
			return fmt.Errorf("month %q: want an English month name (january ... december)", canon)
		}
	case Weekdays:
		if Weekday(canon) == 0 {
			return fmt.Errorf("weekday %q: want an English weekday name (monday ... sunday)", canon)
		}
	case DatePreps:
		if canon != EventPrep && canon != HorizonPrep {
			return fmt.Errorf("date preposition kind %q: want %q or %q", canon, EventPrep, HorizonPrep)
		}
	case RelativeDates:
		if class != "" {
			from, to, err := parseSpan(class)
			if err != nil {
				return fmt.Errorf("relative date %q: %w", canon, err)
			}
			l.spans[canon] = [2]int{from, to}
			class = ""
		} else if _, ok := l.spans[canon]; !ok {
			return fmt.Errorf("relative date %q: give the days it covers, as in %q", canon, canon+" [-13..-1]")
		}
	}
	if class != "" {
		l.classes[canon] = class
	}
	slot := tableSlot(list)
	if slot == len(tableLists) {
		return fmt.Errorf("lexicon list %q has no phrase table", list)
	}
	t := l.tables[slot]
	if t == nil {
		t = &Table{}
		l.tables[slot] = t
	}
	for _, s := range surfaces {
		literal := strings.HasPrefix(s, "=")
		s = strings.ToLower(strings.TrimPrefix(s, "="))
		if s == "" {
			return fmt.Errorf("empty surface for %q", canon)
		}
		forms := []string{s}
		switch {
		case literal:
		case list == Measures || list == Events:
			forms = Inflect(s)
		case list == Things:
			forms = append(forms, Plural(s))
		}
		for _, f := range forms {
			t.Add(f, canon)
		}
	}
	return nil
}

func (l *Lexicon) addWord(list, w string) {
	set := l.sets[list]
	if set == nil {
		set = &wordSet{m: map[string]bool{}}
		l.sets[list] = set
	}
	w = strings.ToLower(strings.TrimSpace(w))
	if list == Boilerplate {
		l.boiler = append(l.boiler, w)
		l.boilerWords = max(l.boilerWords, strings.Count(w, " ")+1)
		switch first, _, _ := strings.Cut(w, " "); first {
		case "n", "":
			l.boilerAny = append(l.boilerAny, w)
		default:
			if l.boilerBy == nil {
				l.boilerBy = map[string][]string{}
			}
			k := strings.TrimRight(first, ".:!")
			l.boilerBy[k] = append(l.boilerBy[k], w)
		}
	}
	set.add(w)
}

// Table returns the phrase table of a mapped list (measures, things,
// currencies, hedges, periods, versions, titles, statuses, places, headings,
// months, weekdays, relativedates, dateprepositions). It returns an empty
// table for other names; multipliers, numbers and units have their own
// accessors (Multiplier, NumberWords, Unit).
func (l *Lexicon) Table(list string) *Table {
	if t := l.tables[tableSlot(list)]; t != nil {
		return t
	}
	return &Table{}
}

// Has reports whether w (lower case) is in the named word-set list.
func (l *Lexicon) Has(list, w string) bool { return l.sets[list].has(w) }

// wordSet is one word-set list, with a filter that turns most words of
// running text away before the map lookup.
type wordSet struct {
	m     map[string]bool
	f     WordFilter
	heads map[string][]string // entries of several words, by their first word
}

func (s *wordSet) add(w string) {
	s.m[w] = true
	s.f.Add(w)
	if head, _, ok := strings.Cut(w, " "); ok && !slices.Contains(s.heads[head], w) {
		if s.heads == nil {
			s.heads = map[string][]string{}
		}
		s.heads[head] = append(s.heads[head], w)
	}
}

// HasPhrase reports whether the words (lower case) joined by single
// spaces are in the named word-set list, without joining them: the
// entries that start with the first word are compared word by word.
func (l *Lexicon) HasPhrase(list string, words ...string) bool {
	s := l.sets[list]
	switch {
	case s == nil || len(words) == 0:
		return false
	case len(words) == 1:
		return s.has(words[0])
	}
	head, _, _ := strings.Cut(words[0], " ")
	for _, e := range s.heads[head] {
		if isPhrase(e, words) {
			return true
		}
	}
	return false
}

// StartsPhrase reports whether an entry of several words of the named
// word-set list starts with the word w (lower case, no spaces).
func (l *Lexicon) StartsPhrase(list, w string) bool {
	s := l.sets[list]
	return s != nil && len(s.heads[w]) > 0
}

// isPhrase reports whether e is the words joined by single spaces.
func isPhrase(e string, words []string) bool {
	for i, w := range words {
		if i > 0 {
			if e == "" || e[0] != ' ' {
				return false
			}
			e = e[1:]
		}
		if !strings.HasPrefix(e, w) {
			return false
		}
		e = e[len(w):]
	}
	return e == ""
}

func (s *wordSet) has(w string) bool {
	return s != nil && s.f.MayHave(w) && s.m[w]
}

// Class returns the class given to a canonical name in its list: a
// measure's ("attack", "defense", "casualty", ...), a period's
// ("aggregate"), a counted thing's ("interceptable"); or "". Classes are
// kept by canonical name, so one name has one class across the lists.
func (l *Lexicon) Class(canon string) string { return l.classes[canon] }

// Multiplier returns the factor of a scale word ("million" -> 1e6).
func (l *Lexicon) Multiplier(w string) (float64, bool) {
	f, ok := l.multipliers[w]
	return f, ok
}

// BoilerplateWords returns the most words a boilerplate pattern has:
// IsBoilerplate reads no further into a line, so a caller may lower-case
// only that many words of it (words as IsBoilerplate splits them, at
// single spaces).
func (l *Lexicon) BoilerplateWords() int { return l.boilerWords }

// IsBoilerplate reports whether a line (already lower case, trimmed of
// bullets and surrounding punctuation) is page furniture.
//
// A pattern whose first word is a word, not "n", can only match a line
// whose first word is the same but for trailing ".:!" (see matchBoiler), so
// only those patterns are tried, with the number patterns.
func (l *Lexicon) IsBoilerplate(line string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(line, " "), " ")
	for _, p := range l.boilerBy[strings.TrimRight(first, ".:!")] {
		if matchBoiler(p, line) {
			return true
		}
	}
	for _, p := range l.boilerAny {
		if matchBoiler(p, line) {
			return true
		}
	}
	return false
}

// matchBoiler matches a lower-case pattern in which the word "n" stands for a
// number; the line may go on after the pattern.
func matchBoiler(p, line string) bool {
	for p != "" {
		var pw string
		pw, p, _ = strings.Cut(p, " ")
		line = strings.TrimLeft(line, " ")
		var lw string
		lw, line, _ = strings.Cut(line, " ")
		if pw == "n" {
			if lw == "" || !isFigure(lw) {
				return false
			}
			continue
		}
		if strings.HasSuffix(pw, ":") && lw == strings.TrimSuffix(pw, ":") && p == "" {
			return true
		}
		if lw != pw && !(p == "" && strings.TrimRight(lw, ".:!") == strings.TrimRight(pw, ".:!")) {
			return false
		}
	}
	return true
}

// isFigure reports whether w is written only with digits, ",", "." and
// "k", as "12", "1,200" and "3.4k" are: strings.Trim(w, "0123456789,.k")
// is empty, without building the cutset on every call.
func isFigure(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != ',' && c != '.' && c != 'k' {
			return false
		}
	}
	return true
}

// splitClass splits "canonical [class]" into its parts; class is "" when
// there are no brackets.
func splitClass(head string) (canon, class string) {
	canon = strings.TrimSpace(head)
	if i := strings.IndexByte(canon, '['); i >= 0 && strings.HasSuffix(canon, "]") {
		return strings.TrimSpace(canon[:i]), strings.TrimSpace(canon[i+1 : len(canon)-1])
	}
	return canon, ""
}

// parseSpan reads "from..to", whole numbers with from <= to.
func parseSpan(s string) (from, to int, err error) {
	a, b, ok := strings.Cut(s, "..")
	if ok {
		from, err = strconv.Atoi(strings.TrimSpace(a))
		if err == nil {
			to, err = strconv.Atoi(strings.TrimSpace(b))
		}
	}
	if !ok || err != nil || from > to {
		return 0, 0, fmt.Errorf("span %q: want days from..to, such as -13..-1", s)
	}
	return from, to, nil
}

// parseInterval reads "x" or "lo..hi", non-negative with lo <= hi.
func parseInterval(s string) (lo, hi float64, err error) {
	a, b, isRange := strings.Cut(s, "..")
	lo, err = strconv.ParseFloat(strings.TrimSpace(a), 64)
	hi = lo
	if err == nil && isRange {
		hi, err = strconv.ParseFloat(strings.TrimSpace(b), 64)
	}
	if err != nil || lo < 0 || hi < lo || math.IsInf(hi, 0) {
		return 0, 0, fmt.Errorf("value %q: want a number or lo..hi", s)
	}
	return lo, hi, nil
}

// parseFactor reads a positive factor, "0.3048" or "1/24".
func parseFactor(s string) (float64, error) {
	num, den, isFrac := strings.Cut(s, "/")
	f, err := strconv.ParseFloat(num, 64)
	if err == nil && isFrac {
		var d float64
		if d, err = strconv.ParseFloat(den, 64); err == nil {
			f /= d
		}
	}
	if err != nil || f <= 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("factor %q: want a positive number or a fraction such as 1/24", s)
	}
	return f, nil
}

// addNumber adds words of one class to the numbers list.
func (l *Lexicon) addNumber(value, class string, words []string) error {
	if !slices.Contains(numberClasses, class) {
		return fmt.Errorf("number %q: class %q, want one of %s", value, class, strings.Join(numberClasses, ", "))
	}
	lo, hi, err := parseInterval(value)
	if err != nil {
		return err
	}
	if lo != hi && class != Vague && class != VagueOf {
		return fmt.Errorf("number %q: only vague and vagueof words are intervals", value)
	}
	m := l.numbers[class]
	if m == nil {
		m = map[string][2]float64{}
		l.numbers[class] = m
	}
	for _, w := range words {
		w = strings.ToLower(strings.TrimPrefix(w, "="))
		if w == "" || strings.ContainsAny(w, " \t") {
			return fmt.Errorf("number %q: want single words, got %q", value, w)
		}
		m[w] = [2]float64{lo, hi}
	}
	return nil
}

// addUnit adds the words of a unit; class is "base factor".
func (l *Lexicon) addUnit(name, class string, words []string) error {
	base, fs, ok := strings.Cut(class, " ")
	if !ok || base == "" {
		return fmt.Errorf("unit %q: want \"unit [base factor]\", such as \"mile [km 1.609344]\"", name)
	}
	f, err := parseFactor(strings.TrimSpace(fs))
	if err != nil {
		return fmt.Errorf("unit %q: %w", name, err)
	}
	u := Unit{Name: strings.ToLower(name), Base: strings.ToLower(base), Factor: f}
	for _, w := range words {
		literal := strings.HasPrefix(w, "=")
		w = strings.ToLower(strings.TrimPrefix(w, "="))
		if w == "" || strings.ContainsAny(w, " \t") {
			return fmt.Errorf("unit %q: want single words, got %q", name, w)
		}
		l.units[w] = u
		if !literal {
			if p := Plural(w); l.units[p] == (Unit{}) {
				l.units[p] = u
			}
		}
	}
	return nil
}

// Month returns the number of a canonical month name, 1 for "january" to
// 12 for "december" (any case), or 0.
func Month(canon string) int {
	for m := time.January; m <= time.December; m++ {
		if strings.EqualFold(canon, m.String()) {
			return int(m)
		}
	}
	return 0
}

// Weekday returns the number of a canonical weekday name, 1 for "monday" to
// 7 for "sunday" (any case), or 0.
func Weekday(canon string) int {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(canon, d.String()) {
			if d == time.Sunday {
				return 7
			}
			return int(d)
		}
	}
	return 0
}

// RelativeDate returns the days a canonical relative date ("last week")
// covers, counted from the day of publication: -13 and -1 for "last week".
func (l *Lexicon) RelativeDate(canon string) (from, to int, ok bool) {
	s, ok := l.spans[canon]
	return s[0], s[1], ok
}

// NumberWords is a read-only view of one class of the numbers list.
type NumberWords struct{ m map[string][2]float64 }

// NumberWords returns the words of one class of the numbers list
// (Cardinal, Ordinal, Scale, Fraction, Vague, VagueOf).
func (l *Lexicon) NumberWords(class string) NumberWords { return NumberWords{l.numbers[class]} }

// Value returns the value of w (lower case); for an interval, its low end.
func (n NumberWords) Value(w string) (float64, bool) {
	v, ok := n.m[w]
	return v[0], ok
}

// Interval returns the interval w (lower case) stands for.
func (n NumberWords) Interval(w string) (lo, hi float64, ok bool) {
	v, ok := n.m[w]
	return v[0], v[1], ok
}

// Words returns the words of the class, sorted.
func (n NumberWords) Words() []string {
	out := make([]string, 0, len(n.m))
	for w := range n.m {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// Unit is a unit of measure from the units list.
type Unit struct {
	Name   string  // canonical unit: "mile", "hour"
	Base   string  // the unit figures are converted to: "km", "day"
	Factor float64 // base units per unit: 1.609344 for a mile in km
}

// IsTime reports whether u is a unit of time (its base is the day).
func (u Unit) IsTime() bool { return u.Base == "day" }

// Unit returns the unit a word (lower case) names: "miles", "hour".
func (l *Lexicon) Unit(w string) (Unit, bool) {
	u, ok := l.units[w]
	return u, ok
}

// WordSet is a read-only view of a word-set list, for lookups on hot paths.
type WordSet struct{ s *wordSet }

// Set returns the named word-set list (labels, clockwords, stopwords, ...);
// it is empty for other names. Take it after the lexicon is extended.
func (l *Lexicon) Set(list string) WordSet { return WordSet{l.sets[list]} }

// Has reports whether w (lower case) is in the set.
func (s WordSet) Has(w string) bool { return s.s.has(w) }

// Words returns the words of the set, sorted.
func (s WordSet) Words() []string {
	if s.s == nil {
		return nil
	}
	out := make([]string, 0, len(s.s.m))
	for w := range s.s.m {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
