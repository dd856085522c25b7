package lexicon

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDigest(t *testing.T) {
	base, err := Default()
	require.NoError(t, err)
	want := base.Digest()
	require.Len(t, want, 64)

	tests := []struct {
		name     string
		change   func(l *Lexicon) error
		wantSame bool
	}{
		{"nothing", func(l *Lexicon) error { return nil }, true},
		{"a surface already there", func(l *Lexicon) error {
			return l.Extend(Measures, "intercept", "shoot down")
		}, true},
		{"a word already there, with a comment", func(l *Lexicon) error {
			return l.Parse(Stopwords, "extra.txt", strings.NewReader("# function words\n\nthe\n"))
		}, true},
		{"a measure surface", func(l *Lexicon) error { return l.Extend(Measures, "intercept", "swat down") }, false},
		{"a surface under another canonical name", func(l *Lexicon) error {
			return l.Extend(Things, "zeppelin", "airship")
		}, false},
		{"a word-set word", func(l *Lexicon) error { return l.Extend(Parties, "junta") }, false},
		{"a class alone", func(l *Lexicon) error {
			return l.Extend(Periods, "weekend [aggregate]", "over the weekend") // the surface is there, the class is not
		}, false},
		{"a multiplier", func(l *Lexicon) error { return l.Extend(Multipliers, "1000000", "mio") }, false},
		{"a relative date span", func(l *Lexicon) error {
			return l.Extend(RelativeDates, "last fortnight [-27..-1]", "past fortnight")
		}, false},
		{"a number word", func(l *Lexicon) error { return l.Extend(Numbers, "12 [cardinal]", "douze") }, false},
		{"a unit", func(l *Lexicon) error { return l.Extend(Units, "league [km 4.828]", "league") }, false},
		{"a boilerplate line", func(l *Lexicon) error { return l.Extend(Boilerplate, "share this story") }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Default()
			require.NoError(t, err)
			require.NoError(t, tt.change(l))
			if tt.wantSame {
				assert.Equal(t, want, l.Digest())
			} else {
				assert.NotEqual(t, want, l.Digest())
			}
		})
	}
}

// TestDigestCoversLexicon fails when Lexicon gains a field: Digest must
// then hash it too, or say here why it need not.
func TestDigestCoversLexicon(t *testing.T) {
	covered := map[string]string{
		"tables":      "hashed",
		"sets":        "hashed",
		"classes":     "hashed",
		"multipliers": "hashed",
		"spans":       "hashed",
		"numbers":     "hashed",
		"units":       "hashed",
		"boiler":      "the boilerplate set, as a list",
		"boilerWords": "derived from the boilerplate set",
		"boilerBy":    "derived from the boilerplate set",
		"boilerAny":   "derived from the boilerplate set",
	}
	var fields []string
	for f := range reflect.TypeFor[Lexicon]().Fields() {
		fields = append(fields, f.Name)
	}
	for _, f := range fields {
		assert.Contains(t, covered, f, "Lexicon.%s is new: hash it in Digest, or list it here if it is derived from what is hashed", f)
	}
	assert.Len(t, fields, len(covered), "a field listed here is gone from Lexicon")
}
