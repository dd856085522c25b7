package store

import (
	"cmp"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
)

func TestSchemaValid(t *testing.T) {
	require.NoError(t, schema().Validate())
	for name, tbl := range schema().Tables {
		assert.Equal(t, name, tbl.Name)
		assert.Contains(t, tbl.Indexes, indexID, "table %s needs an id index", name)
		assert.True(t, tbl.Indexes[indexID].Unique, "table %s id index must be unique", name)
	}
}

func claim(id, src, measure string, ents ...string) *model.Claim {
	return &model.Claim{ID: id, Span: model.Span{Source: src}, Measure: measure, Entities: ents}
}

func TestQueries(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	recs := []Record{
		{Claim: claim("a1", "a.txt", "launch", "russia"), Keys: []string{"q|drone|launch"}},
		{Claim: claim("a2", "a.txt", "intercept", "russia", "ukraine"), Keys: []string{"q|drone|intercept"}},
		{Claim: claim("b1", "b.txt", "launch", "russia"), Keys: []string{"q|drone|launch", "q|drone|*"}},
		{Claim: claim("b2", "b.txt", "president", "donald trump")},
	}
	srcs := []model.Source{{Path: "b.txt"}, {Path: "a.txt"}}
	require.NoError(t, s.Insert(srcs, recs))

	members := func(ms []Member) []*model.Claim {
		var out []*model.Claim
		for _, m := range ms {
			out = append(out, m.Claim)
		}
		return out
	}
	tests := []struct {
		name string
		got  []*model.Claim
		want []string
	}{
		{"block", s.ClaimsByBlock("q|drone|launch"), []string{"a1", "b1"}},
		{"block of one", s.ClaimsByBlock("q|drone|*"), []string{"b1"}},
		{"missing block", s.ClaimsByBlock("nope"), nil},
		{"block members", members(s.MembersByBlock("q|drone|launch")), []string{"a1", "b1"}},
		{"all", s.Claims(), []string{"a1", "a2", "b1", "b2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, ids(tt.got)) })
	}
	assert.Equal(t, []Block{{"q|drone|*", 1}, {"q|drone|intercept", 1}, {"q|drone|launch", 2}}, s.Blocks())
	assert.Equal(t, "a.txt", s.Sources()[0].Path, "sources sorted by path")
	assert.Equal(t, "launch", s.Claim("b1").Measure)
	assert.Nil(t, s.Claim("zz"))
	assert.Equal(t, []string{"b1", "b2"}, ids(s.ClaimsBySource("b.txt")), "a source's claims, by id")
	assert.Nil(t, s.ClaimsBySource("zz.txt"))
	m := s.MembersByBlock("q|drone|launch")[1]
	assert.Equal(t, []string{"q|drone|*", "q|drone|launch"}, m.Keys, "a member's keys come sorted")

	// Inserting more claims later adds to block counts.
	require.NoError(t, s.Insert(nil, []Record{{Claim: claim("c1", "c.txt", "launch"), Keys: []string{"q|drone|launch"}}}))
	assert.Equal(t, Block{"q|drone|launch", 3}, s.Blocks()[2])
	assert.Equal(t, []string{"c1"}, ids(s.ClaimsBySource("c.txt")), "a claim of a source not given gets a row of its own")
	assert.Equal(t, 5, s.Len())

	// Keys are stored by topic (all but their last part); Blocks still
	// lists them in key order, and a later insert adds blocks to a topic.
	require.NoError(t, s.Insert(nil, []Record{
		{Claim: claim("d1", "d.txt", ""), Keys: []string{"q|drone|launch|kyiv", "q|drone|z"}},
		{Claim: claim("d2", "d.txt", ""), Keys: []string{"q|drone|launch|kyiv", "q|drone|z"}},
	}))
	var keys []string
	for _, b := range s.Blocks() {
		keys = append(keys, b.Key)
	}
	assert.Equal(t, []string{"q|drone|*", "q|drone|intercept", "q|drone|launch", "q|drone|launch|kyiv", "q|drone|z"}, keys)
	assert.Equal(t, []string{"a1", "b1", "c1"}, ids(s.ClaimsByBlock("q|drone|launch")), "an old block of a topic row that got a new block")
	assert.Equal(t, []string{"d1", "d2"}, ids(s.ClaimsByBlock("q|drone|z")))
	assert.Nil(t, s.ClaimsByBlock("q|drone|y"), "a missing key of a stored topic")
	// BlockMembers walks the same blocks, in the same order, with the same members.
	var walked []string
	for _, b := range s.BlockMembers() {
		walked = append(walked, b.Key)
		assert.Equal(t, s.MembersByBlock(b.Key), derefMembers(b.Members), b.Key)
	}
	assert.Equal(t, keys, walked)

	// More claims of a stored source join its row.
	require.NoError(t, s.Insert(nil, []Record{{Claim: claim("a0", "a.txt", "launch")}}))
	assert.Equal(t, []string{"a0", "a1", "a2"}, ids(s.ClaimsBySource("a.txt")))
}

func TestDuplicateID(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	err = s.Insert(nil, []Record{{Claim: claim("x", "a", "")}, {Claim: claim("x", "b", "")}})
	assert.ErrorContains(t, err, "duplicate id")
	assert.Empty(t, s.Claims(), "a failed insert stores nothing")
	assert.Zero(t, s.Len())

	// An id already stored: the insert fails and the store keeps what it had.
	require.NoError(t, s.Insert(nil, []Record{{Claim: claim("y", "a", "")}}))
	err = s.Insert(nil, []Record{{Claim: claim("z", "a", "")}, {Claim: claim("y", "b", "")}})
	assert.ErrorContains(t, err, "duplicate id")
	assert.Equal(t, []string{"y"}, ids(s.Claims()))
	assert.Nil(t, s.Claim("z"))
	require.NoError(t, s.Insert(nil, []Record{{Claim: claim("z", "a", "")}}), "z can go in after all")
	assert.Equal(t, []string{"y", "z"}, ids(s.Claims()))
}

// TestBlockOrder checks that a block lists its members in the order they
// were inserted, across inserts, and a source its claims by id.
func TestBlockOrder(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	require.NoError(t, s.Insert(nil, []Record{
		{Claim: claim("z1", "a.txt", ""), Keys: []string{"k|x"}},
		{Claim: claim("a9", "a.txt", ""), Keys: []string{"k|x"}},
	}))
	require.NoError(t, s.Insert(nil, []Record{{Claim: claim("m5", "b.txt", ""), Keys: []string{"k|x"}}}))
	var got []string
	for _, m := range s.MembersByBlock("k|x") {
		got = append(got, fmt.Sprintf("%s@%d", m.Claim.ID, m.Index))
	}
	assert.Equal(t, []string{"z1@0", "a9@1", "m5@2"}, got)
	ids := []string{}
	for _, c := range s.ClaimsBySource("a.txt") {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"a9", "z1"}, ids)
}

// derefMembers copies the members ms point to.
func derefMembers(ms []*Member) []Member {
	out := make([]Member, len(ms))
	for i, m := range ms {
		out[i] = *m
	}
	return out
}

// TestRank checks that the store numbers its claims by publication time,
// then source path, then claim id, across inserts.
func TestRank(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	sources := []model.Source{{Path: "a.txt", Published: day(3)}, {Path: "b.txt", Published: day(1)}, {Path: "c.txt"}}
	require.NoError(t, s.Insert(sources, []Record{
		{Claim: claim("a2", "a.txt", "")}, {Claim: claim("a1", "a.txt", "")},
		{Claim: claim("b1", "b.txt", "")}, {Claim: claim("c1", "c.txt", "")},
	}))
	ranks := func() map[string]int32 {
		out := map[string]int32{}
		for _, id := range []string{"a0", "a1", "a2", "b1", "c1", "d1"} {
			if m := s.memberByID(id); m != nil {
				out[id] = m.Rank
			}
		}
		return out
	}
	// c.txt has no publication time, which sorts first.
	assert.Equal(t, map[string]int32{"c1": 1, "b1": 2, "a1": 3, "a2": 4}, ranks())
	require.NoError(t, s.Insert([]model.Source{{Path: "d.txt", Published: day(1)}}, []Record{
		{Claim: claim("d1", "d.txt", "")}, {Claim: claim("a0", "a.txt", "")},
	}))
	assert.Equal(t, map[string]int32{"c1": 1, "b1": 2, "d1": 3, "a0": 4, "a1": 5, "a2": 6}, ranks())
}

// ids returns the ids of cs.
func ids(cs []*model.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// TestInsertJobs checks that what is stored does not depend on the
// number of goroutines Insert works on, and matches a plain reckoning of
// blocks, sources and ranks, over several inserts of claims that come
// grouped by source and not, with keys sorted and not.
func TestInsertJobs(t *testing.T) {
	batches := randomBatches(rand.New(rand.NewPCG(1, 2)))
	var want string
	for _, jobs := range []int{1, 2, 3, 8} {
		s, err := New()
		require.NoError(t, err)
		s.Jobs = jobs
		for _, b := range batches {
			require.NoError(t, s.Insert(b.sources, b.records))
		}
		got := dump(s)
		if jobs == 1 {
			want = reckon(batches)
			assert.Equal(t, want, got, "jobs 1 against a plain reckoning")
			continue
		}
		assert.Equal(t, want, got, "jobs %d", jobs)
	}
}

type batch struct {
	sources []model.Source
	records []Record
}

// randomBatches returns three inserts of claims of 40 sources, some
// published at one time and some with none, under keys of topics that
// are prefixes of each other, with and without a "|" after them.
func randomBatches(r *rand.Rand) []batch {
	topics := []string{"q|a", "q|a|b", "q|a_b", "q|ab", "doc", "r|x", "d|h", "k"}
	anchors := []string{"", "x", "y", "b|x", "kyiv", "kyiv_oblast", "zz", "\u00e9", "long anchor name 1", "long anchor name 2"}
	published := func(i int) time.Time {
		if i%5 == 0 {
			return time.Time{}
		}
		return time.Date(2026, 1, 1+i%7, 0, 0, 0, 0, time.UTC)
	}
	var out []batch
	id := 0
	for b := range 3 {
		var bt batch
		for i := range 40 {
			if i%3 == b { // a third of the sources are given with each batch
				bt.sources = append(bt.sources, model.Source{Path: fmt.Sprintf("s%02d.txt", i), Published: published(i)})
			}
		}
		if b > 0 {
			// A source given again, and twice in one insert: the last
			// publication time given holds.
			bt.sources = append(bt.sources, model.Source{Path: "s00.txt", Published: published(b)},
				model.Source{Path: "s00.txt", Published: published(b + 1)})
		}
		for range 300 {
			src := fmt.Sprintf("s%02d.txt", r.IntN(40))
			if len(bt.records) > 0 && r.IntN(4) > 0 {
				src = bt.records[len(bt.records)-1].Claim.Span.Source // a run of one source's claims
			}
			var keys []string
			for range r.IntN(5) {
				k := topics[r.IntN(len(topics))]
				if a := anchors[r.IntN(len(anchors))]; a != "" || r.IntN(2) == 0 {
					k += "|" + a
				}
				keys = append(keys, k)
			}
			if r.IntN(2) == 0 {
				slices.Sort(keys)
				keys = slices.Compact(keys)
			}
			id++
			bt.records = append(bt.records, Record{Claim: claim(fmt.Sprintf("c%d:%d", r.IntN(1000), id), src, ""), Keys: keys})
		}
		out = append(out, bt)
	}
	return out
}

// dump writes out everything the store answers.
func dump(s *Store) string {
	var b strings.Builder
	fmt.Fprintf(&b, "len %d\n", s.Len())
	for _, bl := range s.Blocks() {
		fmt.Fprintf(&b, "block %q %d\n", bl.Key, bl.Count)
	}
	for _, bm := range s.BlockMembers() {
		fmt.Fprintf(&b, "members %q", bm.Key)
		for _, m := range bm.Members {
			fmt.Fprintf(&b, " %s@%d#%d/%d%q", m.Claim.ID, m.Index, m.Rank, m.Published, m.Keys)
		}
		b.WriteString("\n")
	}
	for _, src := range s.Sources() {
		fmt.Fprintf(&b, "source %s %d %q\n", src.Path, publishedKey(src.Published), ids(s.ClaimsBySource(src.Path)))
	}
	fmt.Fprintf(&b, "claims %q\n", ids(s.Claims()))
	s.EachClaim(func(c *model.Claim) bool {
		fmt.Fprintf(&b, "claim %s %v\n", c.ID, s.Claim(c.ID) == c)
		return true
	})
	return b.String()
}

// reckon works out what dump should write for the batches inserted in
// turn, plainly.
func reckon(batches []batch) string {
	published := map[string]int64{}
	type rec struct {
		c         *model.Claim
		keys      []string
		index     int32
		published int64
		rank      int32
	}
	var all []*rec
	for _, bt := range batches {
		for _, src := range bt.sources {
			published[src.Path] = publishedKey(src.Published)
		}
		for _, r := range bt.records {
			published[r.Claim.Span.Source] += 0
			keys := slices.Compact(slices.Sorted(slices.Values(r.Keys)))
			all = append(all, &rec{c: r.Claim, keys: keys, index: int32(len(all)), published: published[r.Claim.Span.Source]})
		}
	}
	byRank := slices.Clone(all)
	slices.SortStableFunc(byRank, func(a, b *rec) int {
		return cmp.Or(cmp.Compare(published[a.c.Span.Source], published[b.c.Span.Source]),
			strings.Compare(a.c.Span.Source, b.c.Span.Source), strings.Compare(a.c.ID, b.c.ID))
	})
	for i, r := range byRank {
		r.rank = int32(i + 1)
	}
	blocks := map[string][]*rec{}
	for _, r := range all {
		for _, k := range r.keys {
			blocks[k] = append(blocks[k], r)
		}
	}
	keys := slices.Sorted(maps.Keys(blocks))
	var b strings.Builder
	fmt.Fprintf(&b, "len %d\n", len(all))
	for _, k := range keys {
		fmt.Fprintf(&b, "block %q %d\n", k, len(blocks[k]))
	}
	for _, k := range keys {
		fmt.Fprintf(&b, "members %q", k)
		for _, r := range blocks[k] {
			fmt.Fprintf(&b, " %s@%d#%d/%d%q", r.c.ID, r.index, r.rank, r.published, r.keys)
		}
		b.WriteString("\n")
	}
	bySource := map[string][]*model.Claim{}
	for _, r := range all {
		bySource[r.c.Span.Source] = append(bySource[r.c.Span.Source], r.c)
	}
	for _, p := range slices.Sorted(maps.Keys(published)) {
		cs := bySource[p]
		slices.SortFunc(cs, func(a, b *model.Claim) int { return strings.Compare(a.ID, b.ID) })
		fmt.Fprintf(&b, "source %s %d %q\n", p, published[p], ids(cs))
	}
	var claims []*model.Claim
	for _, r := range all {
		claims = append(claims, r.c)
	}
	slices.SortFunc(claims, func(a, b *model.Claim) int { return strings.Compare(a.ID, b.ID) })
	fmt.Fprintf(&b, "claims %q\n", ids(claims))
	for _, p := range slices.Sorted(maps.Keys(published)) {
		for _, c := range bySource[p] {
			fmt.Fprintf(&b, "claim %s true\n", c.ID)
		}
	}
	return b.String()
}

// TestDuplicateIDJobs checks that an insert with several duplicate ids
// names the first claim whose id came before, whatever the number of
// goroutines, and leaves the store as it was.
func TestDuplicateIDJobs(t *testing.T) {
	for _, jobs := range []int{1, 2, 5} {
		s, err := New()
		require.NoError(t, err)
		s.Jobs = jobs
		var stored []Record
		for i := range 500 {
			stored = append(stored, Record{Claim: claim(fmt.Sprintf("s%d", i), "a", ""), Keys: []string{"k|x"}})
		}
		require.NoError(t, s.Insert(nil, stored))
		want := dump(s)
		var recs []Record
		for i := range 500 {
			recs = append(recs, Record{Claim: claim(fmt.Sprintf("n%d", i), "b", ""), Keys: []string{"k|x"}})
		}
		recs = append(recs, Record{Claim: claim("n7", "b", "")}, Record{Claim: claim("s3", "b", "")}, Record{Claim: claim("n2", "b", "")})
		err = s.Insert(nil, recs)
		assert.EqualError(t, err, "store claim n7: duplicate id", "jobs %d", jobs)
		assert.Equal(t, want, dump(s), "jobs %d: a failed insert leaves the store as it was", jobs)
		err = s.Insert(nil, []Record{{Claim: claim("x", "b", "")}, {Claim: claim("s499", "b", "")}})
		assert.EqualError(t, err, "store claim s499: duplicate id", "jobs %d: an id stored before", jobs)
		require.NoError(t, s.Insert(nil, recs[:500]), "jobs %d", jobs)
		assert.Equal(t, 1000, s.Len())
		assert.Equal(t, "n499", s.Claim("n499").ID)
		assert.Nil(t, s.Claim("x"))
	}
}

// TestSortBlocks checks the order of a topic's blocks against a plain
// sort by key, with keys that share their first bytes after the topic,
// end there, or hold bytes above 0x7f; the topic itself is a key too.
func TestSortBlocks(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	suffixes := []string{"", "|", "|a", "|abcdefgh", "|abcdefghi", "|abcdefgh\xff", "|abcdefg", "|\xc3\xa9", "|b|c"}
	for range 100 {
		var bs []pending
		seen := map[string]bool{}
		for range r.IntN(40) {
			k := "q|x" + suffixes[r.IntN(len(suffixes))]
			if k != "q|x" && r.IntN(2) == 0 {
				k += fmt.Sprint(r.IntN(100)) // the key must stay in topic "q|x"
			}
			if !seen[k] {
				seen[k] = true
				bs = append(bs, pending{key: k, count: int32(len(bs))})
			}
		}
		want := slices.Clone(bs)
		slices.SortFunc(want, func(a, b pending) int { return strings.Compare(a.key, b.key) })
		sortBlocks(bs, len("q|x"))
		for i := range bs {
			bs[i].prefix = 0 // worked out by sortBlocks
		}
		assert.Equal(t, want, bs)
	}
}

// TestCompareTopics checks compareTopics against comparing the topics
// with "|" added.
func TestCompareTopics(t *testing.T) {
	topics := []string{"", "a", "a|", "a|b", "a_b", "ab", "a~", "b", "a||"}
	for _, a := range topics {
		for _, b := range topics {
			assert.Equal(t, strings.Compare(a+"|", b+"|"), compareTopics(a, b), "%q %q", a, b)
		}
	}
}
