package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultLoads(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	for _, name := range []string{Measures, Things, Currencies, Hedges, Periods, Versions, Titles, Statuses, Places, Headings} {
		assert.Positive(t, l.Table(name).Len(), name)
	}
}

func TestMeasureInflections(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	m := l.Table(Measures)
	tests := []struct {
		words []string
		want  string
		n     int
	}{
		{[]string{"fired"}, "launch", 1},
		{[]string{"launching"}, "launch", 1},
		{[]string{"intercepted"}, "intercept", 1},
		{[]string{"jammed"}, "intercept", 1},
		{[]string{"shot", "down"}, "intercept", 2},
		{[]string{"shooting", "down", "drones"}, "intercept", 2},
		{[]string{"wounded"}, "injure", 1},
		{[]string{"died"}, "kill", 1},
		{[]string{"lost", "their", "lives"}, "kill", 3},
		{[]string{"lost"}, "cost", 1},
		{[]string{"said"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.words, " "), func(t *testing.T) {
			got, n := m.Match(tt.words, 0)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.n, n)
		})
	}
	assert.Equal(t, "defense", l.Class("intercept"))
	assert.Equal(t, "attack", l.Class("launch"))
}

func TestSingularPlural(t *testing.T) {
	tests := []struct{ plural, singular string }{
		{"drones", "drone"}, {"people", "person"}, {"countries", "country"},
		{"missiles", "missile"}, {"bus", "bus"}, {"crises", "crisis"}, {"boxes", "box"},
		{"children", "child"}, {"news", "news"}, {"glass", "glass"}, {"lives", "life"},
		{"campuses", "campus"}, {"buses", "bus"}, {"causes", "cause"}, {"houses", "house"},
		{"gunmen", "gunman"}, {"fishermen", "fisherman"}, {"specimen", "specimen"}, {"omen", "omen"},
		{"calves", "calf"}, {"shelves", "shelf"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.singular, Singular(tt.plural), tt.plural)
	}
	assert.Equal(t, "drones", Plural("drone"))
	assert.Equal(t, "attack drones", Plural("attack drone"))
	assert.Equal(t, "countries", Plural("country"))
	assert.Equal(t, "gunmen", Plural("gunman"))
	assert.Equal(t, "humans", Plural("human"))
}

func TestInflect(t *testing.T) {
	assert.Equal(t, []string{"fire", "fires", "fired", "firing"}, Inflect("fire"))
	assert.Equal(t, []string{"jam", "jams", "jammed", "jamming"}, Inflect("jam"))
	assert.Equal(t, []string{"open", "opens", "opened", "opening"}, Inflect("open"))
	assert.Equal(t, []string{"launch", "launches", "launched", "launching"}, Inflect("launch"))
	assert.Equal(t, []string{"die", "dies", "died", "dying"}, Inflect("die"))
	assert.Equal(t, []string{"destroy", "destroys", "destroyed", "destroying"}, Inflect("destroy"))
	assert.Equal(t, []string{"shoot down", "shoots down", "shooted down", "shooting down"}, Inflect("shoot down"))
}

func TestParseErrors(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	err = l.Parse(Measures, "extra.txt", strings.NewReader("# ok\nno colon here\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "extra.txt:2:")
	err = l.Parse("colours", "x.txt", strings.NewReader(""))
	assert.ErrorContains(t, err, "unknown lexicon list")
	err = l.Parse(Multipliers, "m.txt", strings.NewReader("lots: zillion\n"))
	assert.ErrorContains(t, err, "m.txt:1: multiplier")
}

func TestExtend(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	require.NoError(t, l.Extend(Measures, "intercept", "neutralize"))
	got, _ := l.Table(Measures).Match([]string{"neutralized"}, 0)
	assert.Equal(t, "intercept", got)
	require.NoError(t, l.Extend(Stopwords, "whereupon"))
	assert.True(t, l.Has(Stopwords, "whereupon"))
}

func TestBoilerplate(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	for _, line := range []string{"4 reads", "1,204 views", "help us improve.", "no comments yet. why don’t you start the discussion?", "photo: ap"} {
		assert.True(t, l.IsBoilerplate(line), line)
	}
	for _, line := range []string{"4 people were killed", "readers say", "the photo shows damage"} {
		assert.False(t, l.IsBoilerplate(line), line)
	}
}

// TestDateAndNumberLists checks the word lists the date and number readers
// use, as loaded from the data files.
func TestDateAndNumberLists(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	tables := []struct {
		list  string
		words []string
		want  string
		n     int
	}{
		{Months, []string{"sept"}, "september", 1},
		{Months, []string{"may"}, "may", 1},
		{Weekdays, []string{"saturday"}, "saturday", 1},
		{RelativeDates, []string{"earlier", "this", "week"}, "earlier this week", 3},
		{RelativeDates, []string{"this", "week"}, "this week", 2},
		{DatePreps, []string{"until"}, HorizonPrep, 1},
		{DatePreps, []string{"since"}, EventPrep, 1},
		{DatePreps, []string{"week"}, "", 0},
	}
	for _, tt := range tables {
		t.Run(tt.list+"/"+strings.Join(tt.words, " "), func(t *testing.T) {
			got, n := l.Table(tt.list).Match(tt.words, 0)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.n, n)
		})
	}
	assert.Equal(t, 9, Month("september"))
	assert.Equal(t, 0, Month("sept"))
	assert.Equal(t, 7, Weekday("Sunday"))
	assert.Equal(t, 1, Weekday("monday"))
	from, to, ok := l.RelativeDate("last week")
	assert.True(t, ok)
	assert.Equal(t, [2]int{-13, -1}, [2]int{from, to})

	numbers := []struct {
		class, w string
		lo, hi   float64
		ok       bool
	}{
		{Cardinal, "twelve", 12, 12, true},
		{Cardinal, "first", 0, 0, false},
		{Ordinal, "first", 1, 1, true},
		{Scale, "million", 1e6, 1e6, true},
		{Scale, "dozen", 12, 12, true},
		{Fraction, "thirds", 3, 3, true},
		{Vague, "hundreds", 200, 1000, true},
		{VagueOf, "hundreds", 100, 1000, true},
		{VagueOf, "millions", 0, 0, false},
	}
	for _, tt := range numbers {
		lo, hi, ok := l.NumberWords(tt.class).Interval(tt.w)
		assert.Equal(t, tt.ok, ok, tt.class+" "+tt.w)
		assert.Equal(t, [2]float64{tt.lo, tt.hi}, [2]float64{lo, hi}, tt.class+" "+tt.w)
	}
	for _, c := range numberClasses {
		assert.NotEmpty(t, l.NumberWords(c).Words(), c)
	}
	units := []struct {
		w      string
		name   string
		base   string
		factor float64
	}{
		{"miles", "mile", "km", 1.609344},
		{"feet", "foot", "m", 0.3048},
		{"hours", "hour", "day", 1.0 / 24},
		{"annum", "year", "day", 365.25},
	}
	for _, tt := range units {
		u, ok := l.Unit(tt.w)
		require.True(t, ok, tt.w)
		assert.Equal(t, tt.name, u.Name)
		assert.Equal(t, tt.base, u.Base)
		assert.InDelta(t, tt.factor, u.Factor, 1e-12)
	}
	_, ok = l.Unit("drones")
	assert.False(t, ok)
	assert.True(t, l.Set(Labels).Has("article"))
	assert.True(t, l.Set(ClockWords).Has("p.m."))
	assert.False(t, l.Set(Labels).Has("drones"))
	assert.True(t, l.Set(Parties).Has("rebel"))
	assert.False(t, l.Set(Parties).Has("ministry"))
}

// TestExtendClasses checks that a class given with Extend is validated and
// used, as a configuration file would give it.
func TestExtendClasses(t *testing.T) {
	tests := []struct {
		name, list, canon string
		surfaces          []string
		wantErr           string
	}{
		{"new relative date", RelativeDates, "last fortnight [-27..-1]", []string{"last fortnight", "the past fortnight"}, ""},
		{"synonym of a known one", RelativeDates, "last week", []string{"the past week"}, ""},
		{"relative date without span", RelativeDates, "next fortnight", []string{"next fortnight"}, "give the days it covers"},
		{"bad span", RelativeDates, "soon [1..x]", []string{"soon"}, "want days from..to"},
		{"month synonym", Months, "march", []string{"märz"}, ""},
		{"unknown month", Months, "brumaire", []string{"brumaire"}, "want an English month name"},
		{"unknown weekday", Weekdays, "caturday", []string{"caturday"}, "want an English weekday name"},
		{"bad preposition kind", DatePreps, "before", []string{"before"}, "want \"event\" or \"horizon\""},
		{"scale word", Numbers, "20 [scale]", []string{"score"}, ""},
		{"number without class", Numbers, "20", []string{"score"}, "class \"\""},
		{"number phrase", Numbers, "2 [cardinal]", []string{"a pair"}, "want single words"},
		{"interval of a cardinal", Numbers, "2..3 [cardinal]", []string{"couple"}, "only vague"},
		{"unit", Units, "league [km 4.828]", []string{"league"}, ""},
		{"unit phrase", Units, "nautical mile [km 1.852]", []string{"nautical mile"}, "want single words"},
		{"unit without base", Units, "league", []string{"league"}, "want \"unit [base factor]\""},
		{"unit with bad factor", Units, "league [km -4]", []string{"league"}, "want a positive number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Default()
			require.NoError(t, err)
			err = l.Extend(tt.list, tt.canon, tt.surfaces...)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
		})
	}
	l, err := Default()
	require.NoError(t, err)
	require.NoError(t, l.Extend(RelativeDates, "last fortnight [-27..-1]", "the past fortnight"))
	got, n := l.Table(RelativeDates).Match([]string{"the", "past", "fortnight"}, 0)
	assert.Equal(t, "last fortnight", got)
	assert.Equal(t, 3, n)
	from, to, ok := l.RelativeDate("last fortnight")
	assert.True(t, ok)
	assert.Equal(t, [2]int{-27, -1}, [2]int{from, to})
	require.NoError(t, l.Extend(Measures, "evacuate [casualty]", "airlift"))
	assert.Equal(t, "casualty", l.Class("evacuate"))
	err = l.Parse(Numbers, "n.txt", strings.NewReader("# ok\nmany [vague]: umpteen\n"))
	assert.ErrorContains(t, err, "n.txt:2: value \"many\"")
}

// TestTableSlots checks that every list read as phrases has a slot of its
// own, so that no two tables share one.
func TestTableSlots(t *testing.T) {
	special := map[string]bool{Multipliers: true, Numbers: true, Units: true}
	seen := map[int]string{}
	for list := range mapped {
		if special[list] {
			continue
		}
		slot := tableSlot(list)
		assert.Less(t, slot, len(tableLists), list)
		assert.Empty(t, seen[slot], "%s shares slot %d", list, slot)
		seen[slot] = list
		assert.Equal(t, list, tableLists[slot])
	}
}

// TestFirstWordsAndSetWords checks the enumerations callers build indexes
// from: every word a phrase starts with, and no other, lets Match find
// something; every word of a set is in it.
func TestFirstWordsAndSetWords(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	require.NoError(t, l.Extend(Measures, "shoot down", "shoot down"))
	first := l.Table(Measures).FirstWords()
	assert.Contains(t, first, "shoot")
	assert.Contains(t, first, "shoots")
	assert.NotContains(t, first, "down", "a second word is not a first word")
	assert.IsIncreasing(t, first)
	want := map[string]bool{}
	for _, c := range l.Table(Measures).Canonicals() {
		for _, p := range l.Table(Measures).Surfaces(c) {
			want[strings.Fields(p)[0]] = true
		}
	}
	assert.Len(t, first, len(want))
	for _, w := range first {
		assert.True(t, want[w], w)
	}
	assert.Empty(t, (&Table{}).FirstWords())

	stop := l.Set(Stopwords).Words()
	assert.Contains(t, stop, "the")
	assert.IsIncreasing(t, stop)
	for _, w := range stop {
		assert.True(t, l.Has(Stopwords, w), w)
	}
	assert.Empty(t, l.Set("no such list").Words())
}

// TestHasPhrase checks HasPhrase against Has on the joined phrase, for
// phrases of the list, phrases that only start like one, and single words.
func TestHasPhrase(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	for _, words := range [][]string{
		{"in", "the", "background"}, {"in", "background"}, {"file", "photo"}, {"pictured"},
		{"in", "the", "foreground", "now"}, {"in", "town"}, {"photo", "credit"}, {"", "photo"}, {"file"}, {},
	} {
		want := len(words) > 0 && l.Has(Captions, strings.Join(words, " "))
		assert.Equal(t, want, l.HasPhrase(Captions, words...), "%q", words)
	}
	assert.True(t, l.HasPhrase(Captions, "in", "the", "background"))
	assert.True(t, l.StartsPhrase(Captions, "in"))
	assert.False(t, l.StartsPhrase(Captions, "pictured"), "a one-word entry starts no phrase")
	assert.False(t, l.StartsPhrase(Captions, "background"))
	assert.False(t, l.HasPhrase("no such list", "in", "background"))
}

// TestBoilerplateWords checks that no pattern has more words than
// BoilerplateWords reports, and that an extension raises it.
func TestBoilerplateWords(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	n := l.BoilerplateWords()
	for _, p := range l.boiler {
		assert.LessOrEqual(t, strings.Count(p, " ")+1, n, p)
	}
	require.NoError(t, l.Extend(Boilerplate, "one two three four five six seven eight nine ten eleven twelve"))
	assert.Equal(t, max(n, 12), l.BoilerplateWords())
}

// TestBoilerplateIndex checks IsBoilerplate, which tries only the patterns
// a line's first word can match, against trying every pattern.
func TestBoilerplateIndex(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	require.NoError(t, l.Extend(Boilerplate, "updated:", "follow us on n", "n"))
	var lines []string
	for _, p := range l.boiler {
		lines = append(lines, p, p+" and more", strings.ToUpper(p), strings.ReplaceAll(p, "n ", "12 "),
			strings.ReplaceAll(p, "n ", "1.2k "), p+".", p+"!", strings.TrimSuffix(p, ":"), "  "+p)
	}
	lines = append(lines, "", " ", "12", "the war goes on", "read", "more: read more", "updated", "updated: today")
	for _, line := range lines {
		want := false
		for _, p := range l.boiler {
			want = want || matchBoiler(p, line)
		}
		assert.Equal(t, want, l.IsBoilerplate(line), "%q", line)
	}
}
