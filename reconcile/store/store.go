package store

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	memdb "github.com/hashicorp/go-memdb"

	"github.com/reconcile-news/reconcile/model"
)

// Table and index names.
const (
	tableSource = "source"
	tableBlock  = "block"

	indexID = "id"
)

// Record is a claim as stored: the claim and the blocking keys matching
// assigned to it.
type Record struct {
	Claim *model.Claim
	Keys  []string // blocking keys; claims sharing a key are compared
}

// sourceRow is one source with its claims, ordered by id. Claims are
// stored under their source rather than as rows of their own: a row costs
// go-memdb a radix-tree leaf, a node and two watch channels (about 500
// bytes), as much as the claim's own slots, while a source has dozens of
// claims.
type sourceRow struct {
	Path   string
	Source *model.Source
	Claims []*Member
}

// topicRow holds the blocks of one topic: the blocking keys that differ
// only after their last "|" (the anchor; see match.Keys), sorted by key.
// Blocks are not rows of their own because a go-memdb row costs about 500
// bytes and a large corpus has about one block per claim, most of them
// with two or three members; nor an index over claims, which would cost
// an index entry per key.
type topicRow struct {
	Topic  string
	Blocks []block
}

// block is one blocking key with the claims under it.
type block struct {
	Key     string
	Members []*Member // in the order they were inserted
}

// topicOf returns the part of a blocking key its topic row is stored
// under.
func topicOf(key string) string {
	if i := strings.LastIndexByte(key, '|'); i >= 0 {
		return key[:i]
	}
	return key
}

// schema returns the database schema, as data.
func schema() *memdb.DBSchema {
	return &memdb.DBSchema{Tables: map[string]*memdb.TableSchema{
		tableSource: {Name: tableSource, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: &memdb.StringFieldIndex{Field: "Path"}},
		}},
		tableBlock: {Name: tableBlock, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: &memdb.StringFieldIndex{Field: "Topic"}},
		}},
	}}
}

// Store is the claim store. Load it with Insert, then query it; queries
// may run concurrently with each other, but not with Insert.
type Store struct {
	db *memdb.MemDB
	// byID finds a claim by id. It is the claims' only index: a Go map
	// entry costs about 30 bytes a claim where a go-memdb index costs 500.
	byID map[string]*Member
}

// New returns an empty store.
func New() (*Store, error) {
	db, err := memdb.NewMemDB(schema())
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	// Nothing watches the store for changes, and go-memdb tracks changes
	// for watchers only in a primary database: its snapshot takes writes
	// the same way without that work, which was a third of the time of an
	// insert (every commit walked the radix trees to close watch channels).
	return &Store{db: db.Snapshot(), byID: map[string]*Member{}}, nil
}

// Insert adds sources and claim records. A claim whose ID is
// already stored, or given twice, is an error, and then nothing is stored.
// The store keeps the records' claim pointers: the caller must not change
// the claims after a successful Insert. A claim whose source is not stored
// gets a source row holding only its path.
func (s *Store) Insert(sources []model.Source, records []Record) (err error) {
	// Duplicates are refused before anything is written: the claims go
	// into the map by id first, and out again if the insert fails.
	members := make([]Member, len(records))
	first := int32(len(s.byID))
	if len(s.byID) == 0 {
		s.byID = make(map[string]*Member, len(records))
	}
	added := 0
	defer func() {
		if err != nil {
			for _, r := range records[:added] {
				delete(s.byID, r.Claim.ID)
			}
		}
	}()
	for i := range records {
		id := records[i].Claim.ID
		if s.byID[id] != nil {
			return fmt.Errorf("store claim %s: duplicate id", id)
		}
		s.byID[id] = &members[i]
		added++
	}
	// Rows go in through transactions of insertChunk rows: one transaction
	// of a million rows outgrows go-immutable-radix's cache of writable
	// nodes and copies them again, and inserting slows down as the store
	// grows.
	w := &chunked{db: s.db, txn: s.db.Txn(true)}
	defer func() { w.txn.Abort() }()
	rows := map[string]*sourceRow{}
	for i := range sources {
		src := sources[i]
		row := &sourceRow{Path: src.Path, Source: &src}
		if old, err := w.txn.First(tableSource, indexID, src.Path); err == nil && old != nil {
			row.Claims = old.(*sourceRow).Claims
		}
		rows[src.Path] = row
	}
	// Blocks are counted first, so that their member lists can be carved
	// out of one array instead of growing one by one: 4 million appends and
	// their spare room at 100,000 articles.
	type building struct {
		key     string
		n, next int32 // members; where the next one goes in the arena
	}
	at := make(map[string]int32, len(records)) // key -> index in bs
	var bs []building
	in := make([]int32, 0, len(records)*3) // per member in turn, the blocks it joins
	for i := range records {
		c := records[i].Claim
		row := rows[c.Span.Source]
		if row == nil {
			row = &sourceRow{Path: c.Span.Source, Source: &model.Source{Path: c.Span.Source}}
			if old, err := w.txn.First(tableSource, indexID, c.Span.Source); err == nil && old != nil {
				o := old.(*sourceRow)
				row.Source, row.Claims = o.Source, o.Claims
			}
			rows[c.Span.Source] = row
		}
		keys := records[i].Keys
		if !strictlySorted(keys) {
			keys = slices.Compact(slices.Sorted(slices.Values(keys)))
		}
		m := &members[i]
		*m = Member{Claim: c, Keys: keys, Published: publishedKey(row.Source.Published), Index: first + int32(i)}
		row.Claims = append(row.Claims, m)
		for _, k := range keys {
			j, ok := at[k]
			if !ok {
				j = int32(len(bs))
				at[k] = j
				bs = append(bs, building{key: k})
			}
			bs[j].n++
			in = append(in, j)
		}
	}
	at = nil // the largest map of an insert; the rest does not need it
	arena := make([]*Member, len(in))
	var off int32
	for j := range bs {
		bs[j].next = off
		off += bs[j].n
	}
	k := 0 // in lists the blocks of each member in turn
	for i := range members {
		for range members[i].Keys {
			b := &bs[in[k]]
			arena[b.next] = &members[i]
			b.next++
			k++
		}
	}
	paths := make([]string, 0, len(rows))
	for p := range rows {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		row := rows[p]
		row.Claims = slices.Clip(row.Claims)
		sortMembers(row.Claims)
		if err := w.insert(tableSource, row); err != nil {
			return fmt.Errorf("store source %s: %w", p, err)
		}
	}
	topics := map[string][]block{}
	for _, b := range bs {
		t := topicOf(b.key)
		topics[t] = append(topics[t], block{Key: b.key, Members: arena[b.next-b.n : b.next : b.next]})
	}
	names := make([]string, 0, len(topics))
	for t := range topics {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		row := &topicRow{Topic: t, Blocks: topics[t]}
		if old, err := w.txn.First(tableBlock, indexID, t); err == nil && old != nil {
			row.Blocks = merge(old.(*topicRow).Blocks, row.Blocks)
		}
		slices.SortFunc(row.Blocks, func(a, b block) int { return strings.Compare(a.Key, b.Key) })
		row.Blocks = slices.Clip(row.Blocks)
		if err := w.insert(tableBlock, row); err != nil {
			return fmt.Errorf("store blocks %s: %w", t, err)
		}
	}
	w.txn.Commit()
	s.rank()
	return nil
}

// rank numbers every stored claim in publication order, then source path,
// then claim id (Member.Rank): the sources are sorted, and each one's
// claims are already in id order.
func (s *Store) rank() {
	it, err := s.db.Txn(false).Get(tableSource, indexID)
	if err != nil {
		return
	}
	var rows []*sourceRow
	for o := it.Next(); o != nil; o = it.Next() {
		rows = append(rows, o.(*sourceRow))
	}
	// Rows come sorted by path; a stable sort by publication time keeps
	// that order among sources published at once.
	slices.SortStableFunc(rows, func(a, b *sourceRow) int {
		return cmp.Compare(publishedKey(a.Source.Published), publishedKey(b.Source.Published))
	})
	var n int32
	for _, r := range rows {
		for _, m := range r.Claims {
			n++
			m.Rank = n
		}
	}
}

// merge returns the blocks of a stored topic row with added ones, in a new
// slice: a block under a key already stored gets the old members and the
// new ones. The stored row and its member lists are left as they are.
func merge(old, added []block) []block {
	at := make(map[string]int, len(old))
	out := make([]block, len(old), len(old)+len(added))
	for i, b := range old {
		out[i] = b
		at[b.Key] = i
	}
	for _, b := range added {
		if i, ok := at[b.Key]; ok {
			out[i].Members = append(slices.Clip(out[i].Members), b.Members...)
			continue
		}
		out = append(out, b)
	}
	return out
}

// strictlySorted reports whether keys are sorted and distinct.
func strictlySorted(keys []string) bool {
	for i := 1; i < len(keys); i++ {
		if keys[i-1] >= keys[i] {
			return false
		}
	}
	return true
}

// sortMembers orders members by claim id.
func sortMembers(ms []*Member) {
	slices.SortFunc(ms, func(a, b *Member) int { return strings.Compare(a.Claim.ID, b.Claim.ID) })
}

// insertChunk is how many rows one write transaction takes.
const insertChunk = 4096

// chunked inserts rows through a series of write transactions.
type chunked struct {
	db  *memdb.MemDB
	txn *memdb.Txn
	n   int
}

func (w *chunked) insert(table string, row any) error {
	if err := w.txn.Insert(table, row); err != nil {
		return err
	}
	if w.n++; w.n%insertChunk == 0 {
		w.txn.Commit()
		w.txn = w.db.Txn(true)
	}
	return nil
}

// Len returns the number of claims stored.
func (s *Store) Len() int { return len(s.byID) }

// Block is a blocking key and the number of claims under it.
type Block struct {
	Key   string
	Count int
}

// Blocks returns every blocking key with its size, sorted by key.
func (s *Store) Blocks() []Block {
	txn := s.db.Txn(false)
	it, err := txn.Get(tableBlock, indexID)
	if err != nil {
		return nil
	}
	var out []Block
	for o := it.Next(); o != nil; o = it.Next() {
		for _, b := range o.(*topicRow).Blocks {
			out = append(out, Block{Key: b.Key, Count: len(b.Members)})
		}
	}
	// Topic rows sort by topic, which is not quite the order of their keys
	// ("q|a|z" is in row "q|a", before row "q|a|b").
	slices.SortFunc(out, func(a, b Block) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// BlockMembers is a blocking key with the members under it.
type BlockMembers struct {
	Key     string
	Members []*Member // in the order they were inserted; the store's own: read only
}

// BlockMembers returns every block with its members, sorted by key, for
// a caller that visits them all: one walk of the store instead of a
// lookup per block. The member lists are the store's own and must not be
// modified.
func (s *Store) BlockMembers() []BlockMembers {
	txn := s.db.Txn(false)
	it, err := txn.Get(tableBlock, indexID)
	if err != nil {
		return nil
	}
	var out []BlockMembers
	for o := it.Next(); o != nil; o = it.Next() {
		for _, b := range o.(*topicRow).Blocks {
			out = append(out, BlockMembers(b))
		}
	}
	slices.SortFunc(out, func(a, b BlockMembers) int { return strings.Compare(a.Key, b.Key) }) // see Blocks
	return out
}

// Member is a claim as a block holds it: with all its blocking keys,
// sorted, so that a pair sharing several keys can be compared in one block
// only, and with its source's publication time.
type Member struct {
	Claim     *model.Claim
	Keys      []string
	Published int64 // its source's publication time (publishedKey)
	Index     int32 // the claim's insertion order, unique in the store
	// Rank is the claim's place among the store's claims by publication
	// time, then source path, then claim id, from 1; 0 for a member the
	// store did not number.
	Rank int32
}

// publishedKey orders publication times as integers: Unix nanoseconds, 0
// for an unknown time (which sorts before any known one after 1970), and
// the bounds of int64 for times it cannot hold.
func publishedKey(t time.Time) int64 {
	switch {
	case t.IsZero():
		return 0
	case t.Year() < 1678:
		return math.MinInt64
	case t.Year() > 2261:
		return math.MaxInt64
	}
	return t.UnixNano()
}

// MembersByBlock returns the members of the block under key, in the order
// they were inserted (by Index), in a new slice.
func (s *Store) MembersByBlock(key string) []Member {
	o, err := s.db.Txn(false).First(tableBlock, indexID, topicOf(key))
	if err != nil || o == nil {
		return nil
	}
	bs := o.(*topicRow).Blocks
	i, found := slices.BinarySearchFunc(bs, key, func(b block, k string) int { return strings.Compare(b.Key, k) })
	if !found {
		return nil
	}
	ms := bs[i].Members
	out := make([]Member, len(ms))
	for i, m := range ms {
		out[i] = *m
	}
	return out
}

// ClaimsByBlock returns the claims under a blocking key, in the order they
// were inserted.
func (s *Store) ClaimsByBlock(key string) []*model.Claim {
	var out []*model.Claim
	for _, m := range s.MembersByBlock(key) {
		out = append(out, m.Claim)
	}
	return out
}

// Claim returns the claim with the given id, or nil.
func (s *Store) Claim(id string) *model.Claim {
	if m := s.byID[id]; m != nil {
		return m.Claim
	}
	return nil
}

// Claims returns every claim, ordered by id.
func (s *Store) Claims() []*model.Claim {
	out := make([]*model.Claim, 0, len(s.byID))
	for _, m := range s.byID {
		out = append(out, m.Claim)
	}
	slices.SortFunc(out, func(a, b *model.Claim) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// EachClaim calls f with every claim, source by source in path order and
// by id within a source, until f returns false. Unlike Claims it neither
// sorts nor gathers the whole store.
func (s *Store) EachClaim(f func(*model.Claim) bool) {
	it, err := s.db.Txn(false).Get(tableSource, indexID)
	if err != nil {
		return
	}
	for o := it.Next(); o != nil; o = it.Next() {
		for _, m := range o.(*sourceRow).Claims {
			if !f(m.Claim) {
				return
			}
		}
	}
}

// ClaimsBySource returns the claims of the source stored under path,
// ordered by id.
func (s *Store) ClaimsBySource(path string) []*model.Claim {
	o, err := s.db.Txn(false).First(tableSource, indexID, path)
	if err != nil || o == nil {
		return nil
	}
	ms := o.(*sourceRow).Claims
	out := make([]*model.Claim, len(ms))
	for i, m := range ms {
		out[i] = m.Claim
	}
	return out
}

// Sources returns every source, ordered by path.
func (s *Store) Sources() []model.Source {
	it, err := s.db.Txn(false).Get(tableSource, indexID)
	if err != nil {
		return nil
	}
	var out []model.Source
	for o := it.Next(); o != nil; o = it.Next() {
		out = append(out, *o.(*sourceRow).Source)
	}
	return out
}

// Source returns the source stored under path.
func (s *Store) Source(path string) (model.Source, bool) {
	o, err := s.db.Txn(false).First(tableSource, indexID, path)
	if err != nil || o == nil {
		return model.Source{}, false
	}
	return *o.(*sourceRow).Source, true
}
