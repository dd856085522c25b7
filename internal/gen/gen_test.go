package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// TestTruthLines checks that every side of every case points at a line that
// holds the stated value, and that every kind of case occurs.
func TestTruthLines(t *testing.T) {
	c, err := Generate(Options{Articles: 400, Seed: 42})
	require.NoError(t, err)
	require.Len(t, c.Files, 400)
	lines := map[string][]string{}
	for _, f := range c.Files {
		require.True(t, strings.HasSuffix(f.Text, "\n"))
		lines[f.Name] = strings.Split(strings.TrimSuffix(f.Text, "\n"), "\n")
	}
	require.Len(t, c.Truth.Files, 400)
	check := func(cs Case) {
		require.GreaterOrEqual(t, len(cs.Sides), 2, "%s case in cluster %d", cs.Kind, cs.Cluster)
		for _, s := range cs.Sides {
			assert.Equal(t, cs.Cluster, c.Truth.Files[s.File], "cluster of %s", s.File)
			ls, ok := lines[s.File]
			require.True(t, ok, "no file %s", s.File)
			require.True(t, s.Line >= 1 && s.Line <= len(ls), "%s:%d out of range", s.File, s.Line)
			assert.Contains(t, strings.ToLower(ls[s.Line-1]), strings.ToLower(s.Value), "%s:%d (%s)", s.File, s.Line, cs.Kind)
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
	for _, k := range []string{SummaryVsBody, QuantityMismatch, RoleConflict, DateMismatch,
		DifferentActor, DifferentPlace, DifferentPeriod, DifferentVersion, TwoRoles} {
		assert.Positive(t, kinds[k], "no case of kind %s", k)
	}
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

// TestScale generates 10,000 articles and fails if that takes 10 s.
func TestScale(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	start := time.Now()
	c, err := Generate(Options{Articles: 10000, Seed: 1})
	require.NoError(t, err)
	d := time.Since(start)
	size := 0
	for _, f := range c.Files {
		size += len(f.Text)
	}
	t.Logf("10,000 articles, %d bytes, %d clusters in %v", size, c.Truth.Clusters, d)
	assert.Less(t, d, 10*time.Second)
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
