package extract

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// shortcutTexts are the fixture articles and lines that put the readers'
// shortcuts to the test: currency codes, signs glued to codes, dates of
// every form, "between", "not one".
func shortcutTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"US$5 and A$3, USD 5 and EUR 210bn, €210 billion, £9.15 an hour, 45% and 3 percent.",
		"between 2 and 4 people, not one drone, not a single missile, no one, a dozen, half a million.",
		"on Feb. 24, 2022, 24 February 2022, in May 2014, may go, on the 20th, through 2026, on Monday.",
		"over the next two years, in the next 18 months, within two years, during the coming week, last week's talks.",
		"F-16 jets, COVID-19, Article 5, No. 10, #3, 5:30, 5 p.m., 24/7, 2014-15 season, 1-in-5, 555-1234.",
	}
	for _, f := range fixtureFiles(t) {
		texts = append(texts, string(f.data))
	}
	return texts
}

// fixtureFile is one article file of the fixtures.
type fixtureFile struct {
	path string
	data []byte
}

// fixtureFiles reads the fixtures' article files: the seeds, the cases and
// the claims articles.
func fixtureFiles(t *testing.T) []fixtureFile {
	t.Helper()
	var out []fixtureFile
	for _, pat := range []string{"../../fixtures/articles/*.txt", "../../fixtures/cases/*/*.txt", "../../fixtures/claims/*.txt"} {
		files, err := filepath.Glob(pat)
		require.NoError(t, err)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			out = append(out, fixtureFile{f, b})
		}
	}
	return out
}

// TestMayReadIsExact checks that where mayRead turns a token away, read
// would find nothing there and step over nothing.
func TestMayReadIsExact(t *testing.T) {
	numTestReader(t)
	x := New(numTestLex)
	r := x.num
	turned := 0
	for _, text := range shortcutTexts(t) {
		toks := tokenize(text, 0, len(text))
		x.v.classify(toks)
		for i := range toks {
			if r.mayRead(toks, i) {
				continue
			}
			turned++
			_, ok, skip := r.read(toks, i)
			assert.False(t, ok, "mayRead turned away %q, which read reads", toks[i].text)
			assert.Zero(t, skip, "mayRead turned away %q, which read steps over", toks[i].text)
		}
	}
	assert.Positive(t, turned)
}

// TestMayStartDateIsExact checks that where mayStartDate turns a token
// away, dateAt would find no date there.
func TestMayStartDateIsExact(t *testing.T) {
	numTestReader(t)
	x := New(numTestLex)
	turned := 0
	for _, text := range shortcutTexts(t) {
		toks := tokenize(text, 0, len(text))
		x.v.classify(toks)
		lw := make([]string, len(toks))
		for i := range toks {
			lw[i] = toks[i].low
		}
		s := &sentence{toks: toks, lw: lw}
		for i := range toks {
			if mayStartDate(s, i) {
				continue
			}
			turned++
			_, _, b := x.dateAt(s, i)
			assert.LessOrEqual(t, b, i, "mayStartDate turned away %q, where dateAt reads a date", toks[i].text)
		}
	}
	assert.Positive(t, turned)
}

// TestVocabAgreesWithLexicon checks each token's class against the lists
// it stands for, word by word over the fixture texts: a bit set or clear
// where the lexicon or the package's own lists say otherwise would change
// what a rule reads.
func TestVocabAgreesWithLexicon(t *testing.T) {
	numTestReader(t)
	lx := numTestLex
	x := New(lx)
	sets := []struct {
		c    class
		list string
	}{
		{cStop, lexicon.Stopwords}, {cSay, lexicon.SayVerbs}, {cPlaceWord, lexicon.PlaceWords},
		{cOrgWord, lexicon.OrgWords}, {cStarter, lexicon.Starters},
	}
	tables := []struct {
		c    class
		list string
	}{
		{cPlaces, lexicon.Places}, {cMeasures, lexicon.Measures}, {cThings, lexicon.Things},
		{cHedges, lexicon.Hedges}, {cPeriods, lexicon.Periods}, {cVersions, lexicon.Versions},
		{cTitles, lexicon.Titles}, {cStatuses, lexicon.Statuses}, {cMonths, lexicon.Months},
		{cWeekdays, lexicon.Weekdays}, {cRelDates, lexicon.RelativeDates}, {cDatePreps, lexicon.DatePreps},
	}
	own := []struct {
		c     class
		words map[string]bool
	}{
		{cPlacePrep, placePreps}, {cTargetPrep, targetPreps}, {cBeAux, beAux}, {cConnector, connectors},
		{cClauseStop, clauseStops}, {cVerbGroup, verbGroup}, {cCopula, copulas}, {cPhrasePrep, phrasePreps},
	}
	seen := map[string]bool{}
	for _, text := range shortcutTexts(t) {
		toks := tokenize(text, 0, len(text))
		x.v.classify(toks)
		for _, tok := range toks {
			w := tok.low
			if seen[w] {
				continue
			}
			seen[w] = true
			for _, s := range sets {
				assert.Equal(t, lx.Has(s.list, w), tok.cls&s.c != 0, "%q in %s", w, s.list)
			}
			for _, tb := range tables {
				starts := false
				for _, f := range lx.Table(tb.list).FirstWords() {
					starts = starts || f == w
				}
				assert.Equal(t, starts, tok.cls&tb.c != 0, "%q starting a phrase of %s", w, tb.list)
			}
			for _, o := range own {
				assert.Equal(t, o.words[w], tok.cls&o.c != 0, "%q in a list of the package", w)
			}
			assert.Equal(t, x.num.w.starts[w], tok.cls&cNumStart != 0, "%q starting a number in words", w)
			assert.Equal(t, commonWord(lx, w), tok.cls&cCommon != 0, "%q as a common word", w)
		}
	}
	assert.Greater(t, len(seen), 500)
}

// TestSortLemmas checks the insertion sort by prefix key against
// sort.Strings, on words that share prefixes of every length, run past
// eight bytes, hold zero bytes or are not ASCII.
func TestSortLemmas(t *testing.T) {
	words := []string{"drone", "drones", "dron", "d", "", "interception", "intercept", "interceptor",
		"a\x00", "a", "a\x00b", "zürich", "zurich", "état", "etat", "missile", "missiles", "missilez",
		"abcdefgh", "abcdefghi", "abcdefgg", "abcdefgha", "people", "people", "drone"}
	for n := 0; n <= len(words); n++ {
		for _, rot := range []int{0, 3, 7} {
			keys := []lemmaKey{}
			in := []string{}
			for i := range n {
				w := words[(i+rot)%len(words)]
				keys = append(keys, lemmaKey{key: prefixKey(w), w: int32(i), k: int32(i)})
				in = append(in, w)
			}
			want := slices.Clone(in)
			sortLemmas(keys, in)
			sort.Strings(want)
			got := make([]string, len(keys))
			for i, p := range keys {
				got[i] = in[p.w]
			}
			assert.Equal(t, want, got)
		}
	}
}

// TestExtractConcurrent checks that goroutines sharing one Extractor, each
// drawing scratch buffers from its pool, read every document as one
// goroutine alone does, whatever the document read before on the same
// buffers.
func TestExtractConcurrent(t *testing.T) {
	numTestReader(t)
	lx := numTestLex
	var docs []*load.Document
	for _, f := range fixtureFiles(t) {
		ds, err := load.New(lx).Parse(f.path, ".txt", f.data)
		require.NoError(t, err)
		docs = append(docs, ds...)
	}
	require.NotEmpty(t, docs)
	want := make([]Result, len(docs))
	for i, d := range docs {
		want[i] = New(lx).Extract(d)
	}
	x := New(lx)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k*7 + g*13) % len(docs) // each goroutine in its own order
				assert.Equal(t, want[i], x.Extract(docs[i]), docs[i].Source.Path)
			}
		}()
	}
	wg.Wait()
}
