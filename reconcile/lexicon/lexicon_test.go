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
	}
	for _, tt := range tests {
		assert.Equal(t, tt.singular, Singular(tt.plural), tt.plural)
	}
	assert.Equal(t, "drones", Plural("drone"))
	assert.Equal(t, "attack drones", Plural("attack drone"))
	assert.Equal(t, "countries", Plural("country"))
}

func TestInflect(t *testing.T) {
	assert.Equal(t, []string{"fire", "fires", "fired", "firing"}, Inflect("fire"))
	assert.Equal(t, []string{"jam", "jams", "jammed", "jamming"}, Inflect("jam"))
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
