package store

import (
	"fmt"
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
			if m := s.byID[id]; m != nil {
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
