package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
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
	Abbreviations = "abbreviations"
	Starters      = "starters"
	Stopwords     = "stopwords"
	SayVerbs      = "sayverbs"
	OrgWords      = "orgwords"
	PlaceWords    = "placewords"
)

// Lists returns the names of all lists, sorted.
func Lists() []string {
	l := []string{Measures, Things, Currencies, Multipliers, Hedges, Periods, Versions, Titles,
		Statuses, Places, Headings, Boilerplate, Captions, Abbreviations, Starters, Stopwords, SayVerbs,
		OrgWords, PlaceWords}
	sort.Strings(l)
	return l
}

// mapped lists are "canonical: surface, ..." tables; the others are plain word sets.
var mapped = map[string]bool{
	Measures: true, Things: true, Currencies: true, Multipliers: true, Hedges: true,
	Periods: true, Versions: true, Titles: true, Statuses: true, Places: true, Headings: true,
}

// Lexicon holds the word lists reconcile reads language with. Build one with
// Default, extend it with Extend, then share it read-only between goroutines.
type Lexicon struct {
	tables      map[string]*Table
	sets        map[string]map[string]bool
	classes     map[string]string // measure canonical -> class
	multipliers map[string]float64
	boiler      []string // boilerplate line patterns, lower case
}

// Default returns a Lexicon built from the embedded data files.
func Default() (*Lexicon, error) {
	l := &Lexicon{
		tables:      map[string]*Table{},
		sets:        map[string]map[string]bool{},
		classes:     map[string]string{},
		multipliers: map[string]float64{},
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
		canon, class := strings.TrimSpace(head), ""
		if i := strings.IndexByte(canon, '['); i >= 0 && strings.HasSuffix(canon, "]") {
			canon, class = strings.TrimSpace(canon[:i]), canon[i+1:len(canon)-1]
		}
		var surfaces []string
		for _, s := range strings.Split(rest, ",") {
			if s = strings.TrimSpace(s); s != "" {
				surfaces = append(surfaces, s)
			}
		}
		if canon == "" || len(surfaces) == 0 {
			return fmt.Errorf("%s:%d: entry needs a canonical name and at least one surface", file, line)
		}
		if err := l.Extend(list, canon, surfaces...); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
		if class != "" {
			l.classes[canon] = class
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
	if list == Multipliers {
		f, err := strconv.ParseFloat(canon, 64)
		if err != nil || f <= 0 {
			return fmt.Errorf("multiplier %q is not a positive number", canon)
		}
		for _, s := range surfaces {
			l.multipliers[strings.ToLower(strings.TrimPrefix(s, "="))] = f
		}
		return nil
	}
	t := l.tables[list]
	if t == nil {
		t = &Table{}
		l.tables[list] = t
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
		case list == Measures:
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
		set = map[string]bool{}
		l.sets[list] = set
	}
	w = strings.ToLower(strings.TrimSpace(w))
	if list == Boilerplate {
		l.boiler = append(l.boiler, w)
	}
	set[w] = true
}

// Table returns the phrase table of a mapped list (measures, things,
// currencies, hedges, periods, versions, titles, statuses, places, headings).
// It returns an empty table for other names.
func (l *Lexicon) Table(list string) *Table {
	if t := l.tables[list]; t != nil {
		return t
	}
	return &Table{}
}

// Has reports whether w (lower case) is in the named word-set list.
func (l *Lexicon) Has(list, w string) bool { return l.sets[list][w] }

// Class returns the class of a canonical measure ("attack", "defense",
// "casualty", ...), or "".
func (l *Lexicon) Class(measure string) string { return l.classes[measure] }

// Multiplier returns the factor of a scale word ("million" -> 1e6).
func (l *Lexicon) Multiplier(w string) (float64, bool) {
	f, ok := l.multipliers[w]
	return f, ok
}

// IsBoilerplate reports whether a line (already lower case, trimmed of
// bullets and surrounding punctuation) is page furniture.
func (l *Lexicon) IsBoilerplate(line string) bool {
	for _, p := range l.boiler {
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
			if lw == "" || strings.Trim(lw, "0123456789,.k") != "" {
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
