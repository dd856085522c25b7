package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDeterministic(t *testing.T) {
	tests := []struct {
		name     string
		a, b     Options
		wantSame bool
	}{
		{"same seed", Options{Articles: 60, Seed: 7}, Options{Articles: 60, Seed: 7}, true},
		{"other seed", Options{Articles: 60, Seed: 7}, Options{Articles: 60, Seed: 8}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Generate(tt.a)
			require.NoError(t, err)
			b, err := Generate(tt.b)
			require.NoError(t, err)
			var ta, tb bytes.Buffer
			require.NoError(t, a.Truth.WriteTruth(&ta))
			require.NoError(t, b.Truth.WriteTruth(&tb))
			assert.Equal(t, tt.wantSame, ta.String() == tb.String())
			assert.Equal(t, tt.wantSame, assert.ObjectsAreEqual(a.Files, b.Files))
		})
	}
}

func TestValidate(t *testing.T) {
	_, err := Generate(Options{Articles: 0})
	assert.ErrorContains(t, err, "articles must be at least 1")
	assert.NoError(t, DefaultOptions().Validate())
}

// allKinds lists every kind of disagreement and lookalike the generator
// injects.
var allKinds = []string{SummaryVsBody, QuantityMismatch, RoleConflict, DateMismatch,
	DifferentActor, DifferentPlace, DifferentPeriod, DifferentVersion, TwoRoles}

// checkTruth checks that c has n files with distinct names, each ending in a
// newline, and that every side of every case points at a line of an existing
// file that holds the stated value. It returns the number of cases of each
// kind.
func checkTruth(t *testing.T, c *Corpus, n int) map[string]int {
	t.Helper()
	require.Len(t, c.Files, n)
	require.Equal(t, n, c.Truth.Articles)
	lines := make(map[string][]string, len(c.Files))
	for _, f := range c.Files {
		_, dup := lines[f.Name]
		require.False(t, dup, "file name %s used twice", f.Name)
		require.True(t, strings.HasSuffix(f.Text, "\n"), "%s does not end in a newline", f.Name)
		lines[f.Name] = strings.Split(strings.TrimSuffix(f.Text, "\n"), "\n")
	}
	require.Len(t, c.Truth.Files, n)
	check := func(cs Case) {
		require.GreaterOrEqual(t, len(cs.Sides), 2, "%s case in cluster %d", cs.Kind, cs.Cluster)
		require.True(t, cs.Cluster >= 1 && cs.Cluster <= c.Truth.Clusters, "%s case in cluster %d of %d", cs.Kind, cs.Cluster, c.Truth.Clusters)
		for _, s := range cs.Sides {
			assert.Equal(t, cs.Cluster, c.Truth.Files[s.File], "cluster of %s", s.File)
			ls, ok := lines[s.File]
			require.True(t, ok, "no file %s", s.File)
			require.True(t, s.Line >= 1 && s.Line <= len(ls), "%s:%d out of range", s.File, s.Line)
			require.Contains(t, strings.ToLower(ls[s.Line-1]), strings.ToLower(s.Value), "%s:%d (%s)", s.File, s.Line, cs.Kind)
		}
	}
	kinds := map[string]int{}
	for _, cs := range c.Truth.Disagreements {
		check(cs)
		kinds[cs.Kind]++
		odd := cs.Sides[0]
		for _, s := range cs.Sides[1:] {
			switch cs.Kind {
			case RoleConflict:
				assert.Contains(t, strings.ToLower(odd.Value), "former")
				assert.NotContains(t, strings.ToLower(s.Value), "former")
			case SummaryVsBody:
				assert.Equal(t, odd.File, s.File)
				assert.True(t, strings.HasPrefix(lines[odd.File][odd.Line-1], "- "), "bullet")
				assert.NotEqual(t, odd.Value, s.Value)
			default:
				assert.NotEqual(t, odd.Value, s.Value)
			}
		}
	}
	for _, cs := range c.Truth.Lookalikes {
		check(cs)
		kinds[cs.Kind]++
	}
	for _, k := range allKinds {
		assert.Positive(t, kinds[k], "no case of kind %s", k)
	}
	return kinds
}

// TestTruthLines checks that every side of every case points at a line that
// holds the stated value, and that every kind of case occurs.
func TestTruthLines(t *testing.T) {
	c, err := Generate(Options{Articles: 400, Seed: 42})
	require.NoError(t, err)
	kinds := checkTruth(t, c, 400)
	t.Logf("cases: %v", kinds)
}

func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	c, err := Write(dir, Options{Articles: 10, Seed: 1})
	require.NoError(t, err)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 2, "articles and truth.json")
	entries, err = os.ReadDir(filepath.Join(dir, ArticleDir))
	require.NoError(t, err)
	assert.Len(t, entries, 10)
	got, err := os.ReadFile(filepath.Join(dir, ArticleDir, c.Files[3].Name))
	require.NoError(t, err)
	assert.Equal(t, c.Files[3].Text, string(got))

	_, err = Write(dir, Options{Articles: 10, Seed: 1})
	assert.ErrorIs(t, err, ErrNotEmpty)
}

// TestScale checks what the generator produces at 10,000 articles: the
// counts, and a truth that still points at the right lines. How fast it
// runs is for BenchmarkGenerate to say, not a test.
func TestScale(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 10,000 articles")
	}
	const n = 10000
	c, err := Generate(Options{Articles: n, Seed: 1})
	require.NoError(t, err)
	kinds := checkTruth(t, c, n)
	// Clusters hold 3 to 6 articles; only the last may be smaller.
	assert.GreaterOrEqual(t, c.Truth.Clusters, n/6)
	assert.LessOrEqual(t, c.Truth.Clusters, n/3+1)
	clusters := map[int]bool{}
	for _, cs := range c.Truth.Disagreements {
		clusters[cs.Cluster] = true
	}
	assert.Greater(t, len(clusters), c.Truth.Clusters/2, "most clusters carry a disagreement")
	size := 0
	for _, f := range c.Files {
		size += len(f.Text)
	}
	t.Logf("%d articles, %d bytes, %d clusters, cases: %v", n, size, c.Truth.Clusters, kinds)
}

func BenchmarkGenerate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := Generate(Options{Articles: 1000, Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		size := 0
		for _, f := range c.Files {
			size += len(f.Text)
		}
		b.SetBytes(int64(size))
	}
}
