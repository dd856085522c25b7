package store

import (
	"hash/maphash"

	"github.com/reconcile-news/reconcile/internal/par"
)

// idIndex finds a stored claim's member by claim id: a tagTable of
// members' Indexes in idShards shards by hash. A Go map from id to member
// cost 45 bytes a claim; this costs 14 on average, and its shards are
// filled on several goroutines.
type idIndex struct {
	seed   maphash.Seed
	shards [idShards]tagTable
}

// An id's shard is the top idShardBits bits of its tag.
const (
	idShardBits = 6
	idShards    = 1 << idShardBits
)

func newIDIndex() idIndex { return idIndex{seed: maphash.MakeSeed()} }

// tagOf returns the hash bits of id that the index keeps.
func (x *idIndex) tagOf(id string) uint32 { return uint32(maphash.String(x.seed, id) >> 32) }

// find returns the Index of the member with the given id, or -1. member
// returns a stored member by Index.
func (x *idIndex) find(id string, member func(int32) *Member) int32 {
	tag := x.tagOf(id)
	sh := &x.shards[tag>>(32-idShardBits)]
	if sh.n == 0 {
		return -1
	}
	j, _ := sh.slot(tag, func(j int32) bool { return member(j).Claim.ID == id })
	return j
}

// add indexes the members ms, whose Indexes follow those stored. It
// returns the position in ms of the first member whose id is stored
// already or held by a member before it in ms, or -1; then nothing is
// added. member returns a member stored before, by Index. Shards are
// filled on jobs goroutines; what is stored does not depend on jobs.
func (x *idIndex) add(ms []Member, member func(int32) *Member, jobs int) int {
	if len(ms) == 0 {
		return -1
	}
	tags := make([]uint32, len(ms))
	forRanges(len(ms), jobs, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			tags[i] = x.tagOf(ms[i].Claim.ID)
		}
	})
	// Members are sorted by shard, keeping their order within one, so
	// that a shard takes them in order and the first duplicate it finds
	// is its first.
	var start [idShards + 1]int32
	for _, t := range tags {
		start[t>>(32-idShardBits)+1]++
	}
	for s := range idShards {
		start[s+1] += start[s]
	}
	order := make([]int32, len(ms))
	next := start
	for i, t := range tags {
		s := t >> (32 - idShardBits)
		order[next[s]] = int32(i)
		next[s]++
	}
	first := ms[0].Index
	lookup := func(j int32) *Member {
		if j >= first {
			return &ms[j-first]
		}
		return member(j)
	}
	var dups [idShards]int
	par.ForEach(idShards, jobs, func(_, s int) {
		dups[s] = -1
		batch := order[start[s]:start[s+1]]
		if len(batch) == 0 {
			return
		}
		sh := &x.shards[s]
		sh.grow(sh.n + len(batch))
		for _, i := range batch {
			id := ""
			j, slot := sh.slot(tags[i], func(j int32) bool {
				if id == "" {
					id = ms[i].Claim.ID // read only when a tag matches
				}
				return lookup(j).Claim.ID == id
			})
			if j >= 0 {
				dups[s] = int(i)
				return
			}
			sh.set(slot, tags[i], first+i)
		}
	})
	dup := -1
	for _, d := range dups {
		if d >= 0 && (dup < 0 || d < dup) {
			dup = d
		}
	}
	if dup >= 0 {
		x.remove(first, jobs)
	}
	return dup
}

// remove drops the members from Index first on. Members are added after
// their shard has grown for them all (see add), so every older member's
// probe sequence ran through older members only and still holds without
// the removed ones.
func (x *idIndex) remove(first int32, jobs int) {
	par.ForEach(idShards, jobs, func(_, s int) {
		sh := &x.shards[s]
		for i, v := range sh.slots {
			if v != 0 && int32(uint32(v))-1 >= first {
				sh.slots[i] = 0
				sh.n--
			}
		}
	})
}

// forRanges calls f on consecutive ranges of [0, n) on up to jobs
// goroutines, a range of rangeSize at a time.
func forRanges(n, jobs int, f func(lo, hi int)) {
	par.ForEach((n+rangeSize-1)/rangeSize, jobs, func(_, r int) {
		f(r*rangeSize, min(n, (r+1)*rangeSize))
	})
}

// rangeSize is how many items forRanges hands a goroutine at a time.
const rangeSize = 4096
