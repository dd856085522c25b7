package corpus

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
)

// testArticle returns an article with n claims, two per sentence, and a few
// entities, whose fields are all set and differ from article to article.
func testArticle(i, n int) Article {
	path := fmt.Sprintf("articles/%05d.txt", i)
	src := model.Source{
		Path:      path,
		Title:     fmt.Sprintf("Drone strikes hit Velmora %d as talks stall", i),
		URL:       fmt.Sprintf("https://example.test/news/%d", i),
		Outlet:    []string{"Velmora Herald", "Tarsian Post", ""}[i%3],
		Published: time.Date(2031, 3, 1+i%28, 10, 30, 0, 0, time.UTC),
		Hash:      fmt.Sprintf("%064x", i+1),
		Size:      4000 + i,
	}
	a := Article{Source: src, Claims: make([]model.Claim, n)}
	line := int32(3)
	for k := range a.Claims {
		s := k / 2
		text := fmt.Sprintf("Velmora's air force said Tarsia launched %d drones and three missiles overnight, %d of which were intercepted or jammed, officials in Ostrava said.", 50+k, 40+k)
		sentStart := model.Pos{Offset: int32(200 + s*180), Line: line + int32(s), Column: 1}
		sent := model.Span{Source: path, Start: sentStart, End: model.Pos{Offset: sentStart.Offset + int32(len(text)), Line: sentStart.Line, Column: 1 + int32(len(text))}}
		qa := strings.Index(text, "launched") + len("launched ")
		qb := qa + len(fmt.Sprintf("%d drones", 50+k))
		quote := model.Span{Source: path,
			Start: model.Pos{Offset: sentStart.Offset + int32(qa), Line: sentStart.Line, Column: 1 + int32(qa)},
			End:   model.Pos{Offset: sentStart.Offset + int32(qb), Line: sentStart.Line, Column: 1 + int32(qb)}}
		c := model.Claim{
			ID:       fmt.Sprintf("%.8s-q-%d", src.Hash, quote.Start.Offset),
			Kind:     model.QuantityClaim,
			Span:     quote,
			Quote:    text[qa:qb],
			Sentence: sent.Range(),
			Text:     text,
			Section:  model.Body,
			Subject:  "drones",
			Measure:  "launch",
			Value:    model.Value{Kind: model.Count, Lo: float64(50 + k), Hi: float64(50 + k), Nominal: float64(50 + k), Text: fmt.Sprint(50 + k)},
			Actor:    "tarsia",
			Target:   "velmora",
			Period:   "overnight",
			SaidBy:   "velmora's air force",
			Entities: []string{"ostrava", "tarsia", "velmora"},
			Context:  model.MakeWords("air", "drone", "force", "launch", "missile"),
		}
		switch k % 3 {
		case 1:
			c.Kind = model.TimeClaim
			c.Value = model.Value{Kind: model.Date, Lo: 22340, Hi: 22340, Resolved: true,
				Date: model.DateParts{Year: 2031, Month: 3, Day: 3, Weekday: 1, Relative: "last week", Horizon: k%2 == 0},
				Text: "2031-03-03"}
			c.Quote = "on March 3" // not the text under Span: stored on its own
		case 2:
			c.Kind = model.RoleClaim
			c.Subject = "dorin valesku"
			c.Measure = "minister"
			c.SetRole(model.RoleInfo{Title: "minister", Status: "former", Of: "defense"})
			c.Value = model.Value{Kind: model.Role, Text: "former minister"}
			c.Parent = a.Claims[k-1].ID
			c.Version = "revised"
			c.Place = "ostrava"
			c.Origin = "tarsia"
			c.Entities = nil
		}
		if k == 0 {
			c.Value = model.Value{Kind: model.Share, Lo: 9.15, Hi: math.Inf(1), LoOpen: true, HiOpen: true,
				Nominal: -0.5, Hedge: "more than", Unit: "%", Text: "more than 9.15%"}
		}
		a.Claims[k] = c
	}
	a.Entities = testEntities(path, i)
	return a
}

// testEntities returns the entities of testArticle(i, ...): a place named
// twice, once in the possessive, a person with an alias and a place whose
// mentions run over two lines.
func testEntities(path string, i int) []model.Entity {
	at := func(off int, line, col int32, n int, text string) model.Mention {
		return model.Mention{Text: text, Span: model.Span{Source: path,
			Start: model.Pos{Offset: int32(off), Line: line, Column: col},
			End:   model.Pos{Offset: int32(off + n), Line: line, Column: col + int32(n)}}}
	}
	wrap := at(900+i, 9, 70, 8, "Ost-\nrava")
	wrap.Span.End = model.Pos{Offset: int32(908 + i), Line: 10, Column: 5}
	return []model.Entity{
		{Name: "Velmora", Kind: model.Place, Count: 2, Mentions: []model.Mention{
			at(18, 1, 19, 7, "Velmora"), at(200, 3, 1, 9, "Velmora's")}},
		{Name: "Dorin Valesku", Kind: model.Person, Aliases: []string{"Valesku"}, Count: 2,
			Mentions: []model.Mention{at(560+i, 6, 12, 13, "Dorin Valesku"), at(400, 5, 3, 7, "Valesku")}},
		{Name: "Ostrava", Kind: model.Place, Count: 2, Mentions: []model.Mention{at(330, 4, 130, 7, "Ostrava"), wrap}},
		{Name: fmt.Sprintf("Tarsian Agency %d", i), Kind: model.Org},
	}
}

// testStamp is the stamp the tests add articles with, and otherStamp
// that of a later reading.
const (
	testStamp  = "extract 1, lexicon 0123456789abcdef"
	otherStamp = "extract 2, lexicon 0123456789abcdef"
)

func testArticles(from, to, claims int) []Article {
	var out []Article
	for i := from; i < to; i++ {
		out = append(out, testArticle(i, claims))
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	tests := []struct {
		name string
		in   []Article
	}{
		{"one article", testArticles(0, 1, 7)},
		{"several articles", testArticles(0, 5, 12)},
		{"no claims", []Article{{Source: model.Source{Path: "a.txt", Hash: "ab"}}}},
		{"fixed zone and unicode", []Article{{
			Source: model.Source{Path: "-", Hash: "cd", Published: time.Date(2030, 1, 2, 3, 4, 5, 6, est)},
			Claims: []model.Claim{{
				ID: "x", Kind: model.RoleClaim, Quote: "Zelenskyy’s", Text: "Zelenskyy’s words",
				Span:     model.Span{Source: "-", Start: model.Pos{Offset: 10, Line: 2, Column: 1}, End: model.Pos{Offset: 23, Line: 2, Column: 12}},
				Sentence: model.Range{Start: model.Pos{Offset: 10, Line: 2, Column: 1}, End: model.Pos{Offset: 29, Line: 2, Column: 18}},
				Value:    model.Value{Kind: model.Count, Lo: math.Inf(-1), Hi: 1e300, Nominal: math.Copysign(0, -1)},
			}},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			c, err := OpenOrCreate(dir)
			require.NoError(t, err)
			added, skipped, err := c.Add(tt.in, testStamp)
			require.NoError(t, err)
			assert.Equal(t, len(tt.in), added)
			assert.Equal(t, 0, skipped)

			c2, err := Open(dir)
			require.NoError(t, err)
			got, err := c2.Load()
			require.NoError(t, err)
			require.Len(t, got, len(tt.in))
			for i := range got {
				want := tt.in[i]
				assert.True(t, want.Source.Published.Equal(got[i].Source.Published), "published")
				_, wo := want.Source.Published.Zone()
				_, go_ := got[i].Source.Published.Zone()
				assert.Equal(t, wo, go_, "zone offset")
				ws, gs := want.Source, got[i].Source
				ws.Published, gs.Published = time.Time{}, time.Time{}
				assert.Equal(t, ws, gs)
				assert.Equal(t, want.Claims, got[i].Claims)
				assert.Equal(t, want.Entities, got[i].Entities)
				for k := range want.Claims {
					assert.Equal(t, math.Signbit(want.Claims[k].Value.Nominal), math.Signbit(got[i].Claims[k].Value.Nominal))
				}
			}
		})
	}
}

// TestLoadJobs checks that articles decoded on several goroutines, over
// more than one batch and two segments, come back as one goroutine
// decodes them, in the order they were added.
func TestLoadJobs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	c, err := OpenOrCreate(dir)
	require.NoError(t, err)
	_, _, err = c.Add(testArticles(0, decodeBatch+3, 4), testStamp)
	require.NoError(t, err)
	_, _, err = c.Add(testArticles(decodeBatch+3, 2*decodeBatch+9, 4), testStamp)
	require.NoError(t, err)
	one, err := Open(dir)
	require.NoError(t, err)
	want, err := one.Load()
	require.NoError(t, err)
	require.Len(t, want, 2*decodeBatch+9)
	for _, jobs := range []int{2, 5} {
		many, err := Open(dir)
		require.NoError(t, err)
		many.Jobs = jobs
		got, err := many.Load()
		require.NoError(t, err)
		assert.Equal(t, want, got, "jobs=%d", jobs)
	}
}

// TestSkipMentions checks that a corpus read with SkipMentions gives each
// entity the count of its mentions and no list, and that articles read
// that way are refused, since they would be stored without mentions.
func TestSkipMentions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	c, err := OpenOrCreate(dir)
	require.NoError(t, err)
	in := testArticles(0, 3, 2)
	_, _, err = c.Add(in, testStamp)
	require.NoError(t, err)
	c2, err := Open(dir)
	require.NoError(t, err)
	c2.SkipMentions = true
	got, err := c2.Load()
	require.NoError(t, err)
	require.Len(t, got, len(in))
	for i := range got {
		want := slices.Clone(in[i].Entities)
		for k := range want {
			want[k].Mentions = nil
		}
		assert.Equal(t, want, got[i].Entities)
		assert.Equal(t, in[i].Claims, got[i].Claims)
	}

	_, _, err = c2.Add(got[:1], testStamp)
	require.ErrorIs(t, err, ErrInvalidData)
	assert.Contains(t, err.Error(), `entity "Velmora" is counted 2 times but 0 mentions are listed`)
}

func TestDedup(t *testing.T) {
	dir := t.TempDir()
	c, err := Create(dir)
	require.NoError(t, err)
	steps := []struct {
		in                   []Article
		wantAdded, wantSkip  int
		wantLen, wantSegment int
	}{
		{testArticles(0, 2, 3), 2, 0, 2, 1},
		{testArticles(1, 3, 3), 1, 1, 3, 2},
		{append(testArticles(0, 1, 3), testArticles(0, 1, 3)...), 0, 2, 3, 2},
		{append(testArticles(5, 6, 3), testArticles(5, 6, 3)...), 1, 1, 4, 3},
	}
	for i, s := range steps {
		added, skipped, err := c.Add(s.in, testStamp)
		require.NoError(t, err, "step %d", i)
		assert.Equal(t, s.wantAdded, added, "step %d added", i)
		assert.Equal(t, s.wantSkip, skipped, "step %d skipped", i)
		assert.Equal(t, s.wantLen, c.Len(), "step %d len", i)
		assert.Equal(t, s.wantSegment, c.Stats().Segments, "step %d segments", i)
	}
	c2, err := Open(dir)
	require.NoError(t, err)
	assert.Equal(t, 4, c2.Len())
	assert.True(t, c2.Has(fmt.Sprintf("%064x", 6)))
	assert.False(t, c2.Has(fmt.Sprintf("%064x", 5)))
	_, _, err = c2.Add([]Article{{Source: model.Source{Path: "nohash.txt"}}}, testStamp)
	assert.ErrorIs(t, err, ErrInvalidData)
}

func TestRefuse(t *testing.T) {
	seg1 := "seg-000001.rcs"
	tests := []struct {
		name     string
		mutate   func(t *testing.T, dir string) string // returns the path to open
		wantErr  error
		wantIn   string // substring of the message
		whenLoad bool   // the problem shows only when the articles are read
	}{
		{"no such directory", func(t *testing.T, dir string) string { return filepath.Join(dir, "nope") },
			ErrNotCorpus, "nope: not a reconcile corpus", false},
		{"a file", func(t *testing.T, dir string) string { return filepath.Join(dir, "MANIFEST") },
			ErrNotCorpus, "a file", false},
		{"directory without manifest", func(t *testing.T, dir string) string {
			require.NoError(t, os.Remove(filepath.Join(dir, "MANIFEST")))
			return dir
		}, ErrNotCorpus, "no MANIFEST", false},
		{"manifest of another format", func(t *testing.T, dir string) string {
			write(t, dir, "MANIFEST", `{"format":"something-else","version":1}`)
			return dir
		}, ErrNotCorpus, `MANIFEST: not a reconcile corpus: format "something-else"`, false},
		{"bad JSON in manifest", func(t *testing.T, dir string) string {
			write(t, dir, "MANIFEST", "{\"format\":\"reconcile-corpus\",\n\"version\":1,\n\"segments\":[}")
			return dir
		}, ErrCorrupt, "MANIFEST: corrupt corpus: line 3", false},
		{"newer manifest version", func(t *testing.T, dir string) string {
			edit(t, dir, "MANIFEST", `"version": 3`, `"version": 4`)
			return dir
		}, ErrNewer, "MANIFEST: written by a newer version of reconcile: format version 4", false},
		{"newer segment version in the manifest", func(t *testing.T, dir string) string {
			edit(t, dir, "MANIFEST", `"version": 3,
      "stamp"`, `"version": 4,
      "stamp"`)
			return dir
		}, ErrNewer, "MANIFEST: written by a newer version of reconcile: segment seg-000001.rcs has format version 4", false},
		{"segment newer than its manifest", func(t *testing.T, dir string) string {
			edit(t, dir, "MANIFEST", `"version": 3,
  "segments"`, `"version": 2,
  "segments"`)
			return dir
		}, ErrCorrupt, "MANIFEST: corrupt corpus: segment seg-000001.rcs: format version 3 in a version 2 corpus", false},
		{"segment version not the manifest's", func(t *testing.T, dir string) string {
			edit(t, dir, seg1, `"version":3}`, `"version":2}`)
			return dir
		}, ErrCorrupt, seg1 + ": corrupt corpus: segment format version 2, the manifest says 3", true},
		{"stamp with a control character", func(t *testing.T, dir string) string {
			edit(t, dir, "MANIFEST", `"stamp": "extract 1,`, `"stamp": "extract \u001b[2J1,`)
			return dir
		}, ErrCorrupt, `MANIFEST: corrupt corpus: segment seg-000001.rcs: stamp "extract \x1b[2J1,`, false},
		{"missing segment", func(t *testing.T, dir string) string {
			require.NoError(t, os.Remove(filepath.Join(dir, seg1)))
			return dir
		}, ErrMissing, seg1 + ": segment file is missing", false},
		{"truncated segment", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, seg1)
			fi, err := os.Stat(p)
			require.NoError(t, err)
			require.NoError(t, os.Truncate(p, fi.Size()-100))
			return dir
		}, ErrCorrupt, seg1 + ": corrupt corpus: size is", false},
		{"truncated segment and manifest", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, seg1)
			fi, err := os.Stat(p)
			require.NoError(t, err)
			require.NoError(t, os.Truncate(p, fi.Size()-100))
			edit(t, dir, "MANIFEST", fmt.Sprintf(`"size": %d`, fi.Size()), fmt.Sprintf(`"size": %d`, fi.Size()-100))
			return dir
		}, ErrCorrupt, seg1 + ": corrupt corpus: no segment trailer", false},
		{"bad index checksum", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, seg1)
			fi, err := os.Stat(p)
			require.NoError(t, err)
			flip(t, p, fi.Size()-trailerSize-6)
			return dir
		}, ErrCorrupt, seg1 + ": corrupt corpus: index at offset", false},
		{"bad article checksum", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, seg1)
			fi, err := os.Stat(p)
			require.NoError(t, err)
			_, offsets, err := readIndex(p, fi.Size())
			require.NoError(t, err)
			flip(t, p, offsets[1]+40)
			return dir
		}, ErrCorrupt, seg1 + ": record 2 (offset", true},
		{"newer segment version", func(t *testing.T, dir string) string {
			edit(t, dir, seg1, `"version":3}`, `"version":7}`)
			return dir
		}, ErrNewer, seg1 + ": written by a newer version of reconcile: segment format version 7", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c, err := Create(dir)
			require.NoError(t, err)
			_, _, err = c.Add(testArticles(0, 3, 10), testStamp)
			require.NoError(t, err)
			path := tt.mutate(t, dir)
			before := snapshot(t, dir)

			c, err = Open(path)
			if tt.whenLoad {
				require.NoError(t, err)
				_, err = c.Load()
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.wantErr)
			assert.Contains(t, err.Error(), tt.wantIn)
			var ce *Error
			assert.ErrorAs(t, err, &ce)

			if !tt.whenLoad && tt.name != "no such directory" {
				_, err = OpenOrCreate(path)
				assert.ErrorIs(t, err, tt.wantErr, "OpenOrCreate refuses too")
			}
			assert.Equal(t, before, snapshot(t, dir), "a refused corpus is never changed")
		})
	}
}

func TestCreateRefusesNonEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "notes.txt", "hello")
	_, err := Create(dir)
	assert.ErrorIs(t, err, ErrNotCorpus)
	_, err = OpenOrCreate(dir)
	assert.ErrorIs(t, err, ErrNotCorpus)

	c, err := Create(filepath.Join(dir, "c"))
	require.NoError(t, err)
	_, err = Create(c.Path())
	assert.ErrorContains(t, err, "a corpus already exists")
}

// failAfter fails every write once n bytes have been written.
type failAfter struct {
	w io.Writer
	n int
}

var errDiskFull = errors.New("disk full")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n, _ := f.w.Write(p[:f.n])
		f.n = 0
		return n, errDiskFull
	}
	f.n -= len(p)
	return f.w.Write(p)
}

func TestAddFailureKeepsCorpus(t *testing.T) {
	for _, limit := range []int{0, 10, 5000, 100000} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			dir := t.TempDir()
			c, err := Create(dir)
			require.NoError(t, err)
			_, _, err = c.Add(testArticles(0, 3, 10), testStamp)
			require.NoError(t, err)
			before := snapshot(t, dir)

			c.wrapSegment = func(w io.Writer) io.Writer { return &failAfter{w: w, n: limit} }
			_, _, err = c.Add(testArticles(3, 50, 30), testStamp)
			require.ErrorIs(t, err, errDiskFull)
			assert.Equal(t, 3, c.Len(), "the open corpus is unchanged")
			assert.False(t, c.Has(testArticle(3, 0).Source.Hash))
			assert.Equal(t, before, snapshot(t, dir), "no file changed or left behind")

			c2, err := Open(dir)
			require.NoError(t, err)
			got, err := c2.Load()
			require.NoError(t, err)
			assert.Len(t, got, 3)

			c.wrapSegment = nil
			added, _, err := c.Add(testArticles(3, 5, 3), testStamp)
			require.NoError(t, err)
			assert.Equal(t, 2, added)
		})
	}
}

func TestStatsText(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	c, err := Create(dir)
	require.NoError(t, err)
	_, _, err = c.Add(testArticles(0, 4, 6), testStamp)
	require.NoError(t, err)
	_, _, err = c.Add(testArticles(4, 5, 6), otherStamp)
	require.NoError(t, err)
	s := c.Stats()
	s.Current = otherStamp
	assert.Equal(t, 5, s.Articles)
	assert.Equal(t, 30, s.Claims)
	assert.Equal(t, map[string]int{"quantity": 10, "date": 10, "role": 10}, s.Kinds)

	var b bytes.Buffer
	require.NoError(t, s.WriteText(&b))
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if strings.HasPrefix(l, "bytes") {
			l, _, _ = strings.Cut(l, ":")
		}
		lines = append(lines, l)
	}
	want := []string{
		"corpus: " + dir,
		"format version: 3",
		"segments: 2",
		"articles: 5",
		"claims: 30",
		"quantity: 10",
		"date: 10",
		"role: 10",
		"entities: 20",
		"stamps: 2",
		"extract 1, lexicon 0123456789abcdef: 4",
		"extract 2, lexicon 0123456789abcdef: 1 (as this reconcile reads)",
		"bytes on disk",
		"bytes per claim",
		"published: 2031-03-01 to 2031-03-05",
		"outlets: 3",
		"Tarsian Post: 2",
		"Velmora Herald: 2",
		"(no outlet): 1",
	}
	assert.Equal(t, want, lines)
}

// TestVersion1 reads a corpus written by format version 1, whose articles
// have no entities, and adds to it.
func TestVersion1(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "v1")
	require.NoError(t, os.CopyFS(dir, os.DirFS("testdata/v1")))
	old := snapshot(t, dir)
	want := testArticles(0, 3, 4)
	for i := range want {
		want[i].Entities = nil
	}

	c, err := Open(dir)
	require.NoError(t, err)
	got, err := c.Load()
	require.NoError(t, err)
	require.Len(t, got, 3)
	for i := range got {
		assert.Equal(t, want[i].Claims, got[i].Claims)
		assert.Nil(t, got[i].Entities)
	}
	s := c.Stats()
	assert.Equal(t, 1, s.Version)
	assert.Equal(t, 3, s.NoEntities)
	assert.Equal(t, []Reading{{"", 3}}, s.Readings)
	var b bytes.Buffer
	require.NoError(t, s.WriteText(&b))
	assert.Regexp(t, `articles without entities:\s+3 \(stored by format version 1`, b.String())

	// Adding writes a version 3 segment and raises the corpus to version
	// 3; the version 1 segment is read as it is, and never rewritten.
	added, _, err := c.Add(testArticles(3, 5, 4), testStamp)
	require.NoError(t, err)
	assert.Equal(t, 2, added)
	c, err = Open(dir)
	require.NoError(t, err)
	s = c.Stats()
	assert.Equal(t, 3, s.Version)
	assert.Equal(t, 3, s.NoEntities)
	assert.Equal(t, 8, s.Entities)
	assert.Equal(t, []Reading{{"", 3}, {testStamp, 2}}, s.Readings)
	got, err = c.Load()
	require.NoError(t, err)
	require.Len(t, got, 5)
	assert.Nil(t, got[2].Entities)
	assert.Equal(t, testArticle(4, 4), got[4])
	now := snapshot(t, dir)
	assert.Equal(t, old["seg-000001.rcs"], now["seg-000001.rcs"])
	assert.Contains(t, now["MANIFEST"], `"version": 3`)
	assert.Contains(t, now["seg-000002.rcs"], `{"format":"reconcile-corpus-segment","version":3}`)
}

// TestStamps adds articles read with different stamps and checks what the
// corpus says about how its articles were read.
func TestStamps(t *testing.T) {
	type add struct {
		from, to int
		stamp    string
	}
	tests := []struct {
		name         string
		adds         []add
		want         []Reading
		other, unkwn int // ReadOtherwise(otherStamp)
	}{
		{"one stamp, the current one", []add{{0, 3, otherStamp}},
			[]Reading{{otherStamp, 3}}, 0, 0},
		{"one stamp, an old one", []add{{0, 3, testStamp}},
			[]Reading{{testStamp, 3}}, 3, 0},
		{"old then current", []add{{0, 3, testStamp}, {3, 5, otherStamp}},
			[]Reading{{testStamp, 3}, {otherStamp, 2}}, 3, 0},
		{"a stamp used again later", []add{{0, 1, testStamp}, {1, 3, otherStamp}, {3, 6, testStamp}},
			[]Reading{{testStamp, 4}, {otherStamp, 2}}, 4, 0},
		{"unknown", []add{{0, 2, ""}, {2, 3, otherStamp}},
			[]Reading{{"", 2}, {otherStamp, 1}}, 2, 2},
		{"articles already stored keep their stamp", []add{{0, 3, testStamp}, {0, 4, otherStamp}},
			[]Reading{{testStamp, 3}, {otherStamp, 1}}, 3, 0},
		{"an add that adds nothing records nothing", []add{{0, 3, otherStamp}, {0, 3, testStamp}},
			[]Reading{{otherStamp, 3}}, 0, 0},
		{"empty", nil, nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "c")
			c, err := Create(dir)
			require.NoError(t, err)
			for _, a := range tt.adds {
				_, _, err := c.Add(testArticles(a.from, a.to, 2), a.stamp)
				require.NoError(t, err)
			}
			c, err = Open(dir)
			require.NoError(t, err)
			s := c.Stats()
			assert.Equal(t, tt.want, s.Readings)
			other, unknown := s.ReadOtherwise(otherStamp)
			assert.Equal(t, tt.other, other, "read otherwise")
			assert.Equal(t, tt.unkwn, unknown, "read with an unknown stamp")
			assert.Equal(t, Version, s.Version, "a stamp does not change the format version")
		})
	}
}

// TestStatsTextStamps checks the stamps WriteText lists, and how it marks
// the current one.
func TestStatsTextStamps(t *testing.T) {
	tests := []struct {
		name     string
		readings []Reading
		current  string
		want     []string
	}{
		{"none", nil, testStamp, nil},
		{"current", []Reading{{testStamp, 3}}, testStamp, []string{
			"stamps: 1", "extract 1, lexicon 0123456789abcdef: 3 (as this reconcile reads)"}},
		{"current not known", []Reading{{testStamp, 3}}, "", []string{
			"stamps: 1", "extract 1, lexicon 0123456789abcdef: 3"}},
		{"none current", []Reading{{"", 2}, {testStamp, 3}}, otherStamp, []string{
			"stamps: 2, none as this reconcile reads (extract 2, lexicon 0123456789abcdef)",
			"(unknown): 2 (not recorded: stored by an older reconcile)",
			"extract 1, lexicon 0123456789abcdef: 3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, Stats{Readings: tt.readings, Current: tt.current}.WriteText(&b))
			var got []string
			in := false
			for _, l := range strings.Split(b.String(), "\n") {
				l = strings.Join(strings.Fields(l), " ")
				switch {
				case strings.HasPrefix(l, "stamps:"):
					in = true
				case !strings.HasPrefix(l, "extract") && !strings.HasPrefix(l, "(unknown)"):
					in = false
				}
				if in {
					got = append(got, l)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAddRefusesBadStamp(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	c, err := Create(dir)
	require.NoError(t, err)
	before := snapshot(t, dir)
	for _, stamp := range []string{"extract 1\n", "\x1b[31mred", strings.Repeat("x", maxStamp+1), "\xff"} {
		_, _, err = c.Add(testArticles(0, 1, 2), stamp)
		require.Error(t, err, "%q", stamp)
		assert.Contains(t, err.Error(), dir)
	}
	assert.Equal(t, before, snapshot(t, dir))
	assert.Equal(t, 0, c.Len())
}

// TestVersion2WithoutStamps reads a version 2 corpus written before
// segments recorded their stamp, and adds to it: the old segment's
// articles count as read with an unknown stamp, the corpus is raised to
// format version 3, and the old segment is never rewritten.
func TestVersion2WithoutStamps(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "v2")
	require.NoError(t, os.CopyFS(dir, os.DirFS("testdata/v2")))
	old := snapshot(t, dir)
	require.NotContains(t, old["MANIFEST"], "stamp")

	c, err := Open(dir)
	require.NoError(t, err)
	got, err := c.Load()
	require.NoError(t, err)
	assert.Equal(t, testArticles(0, 3, 4), got)
	s := c.Stats()
	assert.Equal(t, []Reading{{"", 3}}, s.Readings)
	other, unknown := s.ReadOtherwise(testStamp)
	assert.Equal(t, 3, other)
	assert.Equal(t, 3, unknown)
	var b bytes.Buffer
	require.NoError(t, s.WriteText(&b))
	assert.Regexp(t, `\(unknown\):\s+3 \(not recorded: stored by an older reconcile\)`, b.String())

	added, _, err := c.Add(testArticles(3, 5, 4), testStamp)
	require.NoError(t, err)
	assert.Equal(t, 2, added)
	c, err = Open(dir)
	require.NoError(t, err)
	s = c.Stats()
	assert.Equal(t, 3, s.Version)
	assert.Equal(t, []Reading{{"", 3}, {testStamp, 2}}, s.Readings)
	got, err = c.Load()
	require.NoError(t, err)
	assert.Equal(t, testArticles(0, 5, 4), got)
	now := snapshot(t, dir)
	assert.Equal(t, old["seg-000001.rcs"], now["seg-000001.rcs"])
	assert.Contains(t, now["MANIFEST"], `"version": 3,
  "segments"`)
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
}

func edit(t *testing.T, dir, name, old, new string) {
	t.Helper()
	p := filepath.Join(dir, name)
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Contains(t, string(b), old)
	require.NoError(t, os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644))
}

func flip(t *testing.T, path string, at int64) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	b[at] ^= 0x40
	require.NoError(t, os.WriteFile(path, b, 0o644))
}

// snapshot returns every file of dir with its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		out[e.Name()] = string(b)
	}
	return out
}

// BenchmarkLoad loads corpora of 30 claims per article and reports the
// bytes on disk and the live heap per claim.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) { benchmarkLoad(b, n, 30) })
	}
}

func benchmarkLoad(b *testing.B, articles, perArticle int) {
	dir := b.TempDir()
	c, err := Create(dir)
	require.NoError(b, err)
	_, _, err = c.Add(testArticles(0, articles, perArticle), testStamp)
	require.NoError(b, err)
	st := c.Stats()
	claims := float64(st.Claims)
	b.SetBytes(st.Bytes)
	b.ReportAllocs()
	b.ResetTimer()
	var heap uint64
	for i := 0; i < b.N; i++ {
		var before, after runtime.MemStats
		if i == 0 {
			runtime.GC()
			runtime.ReadMemStats(&before)
		}
		got, err := c.Load()
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			runtime.GC()
			runtime.ReadMemStats(&after)
			heap = after.HeapAlloc - before.HeapAlloc
			runtime.KeepAlive(got)
		}
	}
	b.ReportMetric(float64(st.Bytes)/claims, "disk-B/claim")
	b.ReportMetric(float64(heap)/claims, "heap-B/claim")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/claims, "ns/claim")
}

func TestDecodeRanged(t *testing.T) {
	tests := []struct {
		name    string
		x       int64
		want    int64
		wantErr string
	}{
		{"month", 12, 12, ""},
		{"lowest", math.MinInt8, math.MinInt8, ""},
		{"highest", math.MaxInt8, math.MaxInt8, ""},
		{"above", math.MaxInt8 + 1, 0, "month 128 is out of range"},
		{"below", math.MinInt8 - 1, 0, "month -129 is out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decoder{b: binary.AppendVarint(nil, tt.x)}
			got := d.ranged(math.MinInt8, math.MaxInt8, "month")
			assert.Equal(t, tt.want, got)
			if tt.wantErr == "" {
				assert.NoError(t, d.err)
			} else {
				assert.EqualError(t, d.err, tt.wantErr)
			}
		})
	}
}

// TestDecodeInt32 holds that offsets, lines and columns, stored as
// differences, come back only when they fit model.Pos's int32.
func TestDecodeInt32(t *testing.T) {
	tests := []struct {
		name    string
		base    int32
		x       int64
		want    int32
		wantErr string
	}{
		{"offset", 0, 1234, 1234, ""},
		{"after base", 100, 20, 120, ""},
		{"highest", 0, math.MaxInt32, math.MaxInt32, ""},
		{"lowest", 0, math.MinInt32, math.MinInt32, ""},
		{"highest from base", 10, math.MaxInt32 - 10, math.MaxInt32, ""},
		{"above", 0, math.MaxInt32 + 1, 0, "byte offset 0+2147483648 is out of range"},
		{"above from base", 10, math.MaxInt32 - 9, 0, "byte offset 10+2147483638 is out of range"},
		{"below", 0, math.MinInt32 - 1, 0, "byte offset 0-2147483649 is out of range"},
		{"far above", 0, math.MaxInt64, 0, "byte offset 0+9223372036854775807 is out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decoder{b: binary.AppendVarint(nil, tt.x)}
			got := d.offset(tt.base)
			assert.Equal(t, tt.want, got)
			if tt.wantErr == "" {
				assert.NoError(t, d.err)
			} else {
				assert.EqualError(t, d.err, tt.wantErr)
			}
		})
	}
}

// TestDecodeSentenceSource holds that a claim's sentence is read only from
// the source of its quote: model.Claim keeps no source of its own for it.
// The record ends after the sentence, so a sentence that is accepted is
// followed by errShort.
func TestDecodeSentenceSource(t *testing.T) {
	quote := model.Span{Source: "a.txt", Start: model.Pos{Offset: 5, Line: 1, Column: 6}, End: model.Pos{Offset: 7, Line: 1, Column: 8}}
	sentence := model.Range{Start: model.Pos{Offset: 0, Line: 1, Column: 1}, End: model.Pos{Offset: 20, Line: 1, Column: 21}}
	tests := []struct {
		name    string
		in      model.Span
		want    model.Range
		wantErr error
		wantMsg string
	}{
		{"same source", sentence.In("a.txt"), sentence, errShort, ""},
		{"none", model.Span{}, model.Range{}, errShort, ""},
		{"no source", sentence.In(""), sentence, errShort, ""},
		{"other source", sentence.In("b.txt"), model.Range{}, nil, `claim x: sentence in "b.txt", not in the quote's source`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEncoder()
			e.str("x")
			e.byte(byte(model.QuantityClaim))
			e.byte(byte(model.Body))
			e.byte(0) // flags: the quote is stored
			e.span(quote)
			e.str("63")
			e.span(tt.in)
			d := decoder{b: e.body, strs: e.list, version: Version}
			var c model.Claim
			d.claim(&c, nil, nil)
			assert.Equal(t, tt.want, c.Sentence)
			if tt.wantErr != nil {
				assert.ErrorIs(t, d.err, tt.wantErr)
			} else {
				assert.EqualError(t, d.err, tt.wantMsg)
			}
		})
	}
}
