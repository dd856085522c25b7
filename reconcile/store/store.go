package store

import (
	"cmp"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	memdb "github.com/hashicorp/go-memdb"

	"github.com/reconcile-news/reconcile/internal/par"
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
	Topic   string
	Blocks  []block
	Members []*Member // the members of each block in turn
}

// block is one blocking key; its members are those of its row from where
// the block before it ends.
type block struct {
	Key string
	End int32 // where its members end in its row's Members
}

// members returns the members of the row's block i, in the order they
// were inserted.
func (r *topicRow) members(i int) []*Member {
	start := int32(0)
	if i > 0 {
		start = r.Blocks[i-1].End
	}
	end := r.Blocks[i].End
	return r.Members[start:end:end]
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
	// Jobs is how many goroutines Insert works on; New sets 1. What is
	// stored does not depend on it.
	Jobs int

	db *memdb.MemDB
	// chunks holds the members of each insert in turn; a member's Index
	// is its place among them all.
	chunks []chunk
	n      int // members stored
	blocks int // blocks stored
	// ids finds a claim by id. It is the claims' only index: it costs
	// about 14 bytes a claim where a go-memdb index costs 500.
	ids idIndex
}

// chunk is the members of one insert.
type chunk struct {
	first   int32 // Index of members[0]
	members []Member
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
	return &Store{Jobs: 1, db: db.Snapshot(), ids: newIDIndex()}, nil
}

// member returns the member with the given Index.
func (s *Store) member(i int32) *Member {
	k := sort.Search(len(s.chunks), func(k int) bool { return s.chunks[k].first > i }) - 1
	return &s.chunks[k].members[i-s.chunks[k].first]
}

// memberByID returns the member of the claim with the given id, or nil.
func (s *Store) memberByID(id string) *Member {
	if i := s.ids.find(id, s.member); i >= 0 {
		return s.member(i)
	}
	return nil
}

// Insert adds sources and claim records. A claim whose ID is
// already stored, or given twice, is an error, and then nothing is stored.
// The store keeps pointers to the sources given and the records' claims,
// and the records' key slices: the caller must not change them after a
// successful Insert. A claim whose source is not stored gets a source row
// holding only its path.
func (s *Store) Insert(sources []model.Source, records []Record) (err error) {
	jobs := max(1, s.Jobs)
	if len(records) > math.MaxInt32-1-s.n {
		return fmt.Errorf("store: %d claims, more than a store holds", s.n+len(records))
	}
	first := int32(s.n)
	members := make([]Member, len(records))
	forRanges(len(records), jobs, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			keys := records[i].Keys
			if !strictlySorted(keys) {
				keys = slices.Compact(slices.Sorted(slices.Values(keys)))
			}
			members[i] = Member{Claim: records[i].Claim, Keys: keys, Index: first + int32(i)}
		}
	})
	// Duplicates are refused before anything is written: the claims go
	// into the index by id first, and out again if the insert fails.
	if i := s.ids.add(members, s.member, jobs); i >= 0 {
		return fmt.Errorf("store claim %s: duplicate id", members[i].Claim.ID)
	}
	defer func() {
		if err != nil {
			s.ids.remove(first, jobs)
		}
	}()
	// Rows go in through transactions of insertChunk rows: one transaction
	// of a million rows outgrows go-immutable-radix's cache of writable
	// nodes and copies them again, and inserting slows down as the store
	// grows.
	w := &chunked{db: s.db, txn: s.db.Txn(true)}
	defer func() { w.txn.Abort() }()
	// The source rows go in while the blocks are worked out, which does
	// not touch the database; the topic rows follow.
	var srcErr error
	sourcesIn := func() {
		for _, row := range s.sourceRows(w.txn, sources, members, jobs) {
			if err := w.insert(tableSource, row); err != nil {
				srcErr = fmt.Errorf("store source %s: %w", row.Path, err)
				return
			}
		}
	}
	var topics []*topicRow
	var blockErr error
	blocksOut := func() { topics, blockErr = topicRows(members, jobs) }
	par.ForEach(2, jobs, func(_, i int) { [...]func(){sourcesIn, blocksOut}[i]() })
	if err := cmp.Or(srcErr, blockErr); err != nil {
		return err
	}
	blocks := s.blocks
	for _, row := range topics {
		if old, err := w.txn.First(tableBlock, indexID, row.Topic); err == nil && old != nil {
			blocks -= len(old.(*topicRow).Blocks)
			row = merge(old.(*topicRow), row)
		}
		blocks += len(row.Blocks)
		if err := w.insert(tableBlock, row); err != nil {
			return fmt.Errorf("store blocks %s: %w", row.Topic, err)
		}
	}
	w.txn.Commit()
	s.chunks = append(s.chunks, chunk{first: first, members: members})
	s.n += len(members)
	s.blocks = blocks
	s.rank()
	return nil
}

// sourceRows returns the source rows an insert writes, sorted by path:
// a row for each of sources and for the source of each member, holding
// the claims stored under it before and members, ordered by id. It sets
// each member's publication time.
func (s *Store) sourceRows(txn *memdb.Txn, sources []model.Source, members []Member, jobs int) []*sourceRow {
	at := map[string]int{} // path -> index in rows
	var rows []*sourceRow
	var old [][]*Member // per row, its claims stored before
	add := func(row *sourceRow) {
		var claims []*Member
		if o, err := txn.First(tableSource, indexID, row.Path); err == nil && o != nil {
			o := o.(*sourceRow)
			if row.Source == nil {
				row.Source = o.Source
			}
			claims = o.Claims
		}
		if row.Source == nil {
			row.Source = &model.Source{Path: row.Path}
		}
		at[row.Path] = len(rows)
		rows = append(rows, row)
		old = append(old, claims)
	}
	for i := range sources {
		src := &sources[i]
		if j, ok := at[src.Path]; ok {
			rows[j].Source = src // the last one given, as a map would keep
			continue
		}
		add(&sourceRow{Path: src.Path, Source: src})
	}
	// Claims come grouped by source, mostly: a source's row is looked up
	// once for each run of its claims.
	rowOf := make([]int32, len(members))
	counts := make([]int32, len(rows), len(rows)+1)
	last := -1
	for i := range members {
		p := members[i].Claim.Span.Source
		if last < 0 || rows[last].Path != p {
			j, ok := at[p]
			if !ok {
				j = len(rows)
				add(&sourceRow{Path: p})
				counts = append(counts, 0)
			}
			last = j
		}
		rowOf[i] = int32(last)
		counts[last]++
	}
	// The rows' new claims are carved out of one array, and a row with
	// claims stored before gets an array of its own.
	shared := make([]*Member, 0, len(members))
	for j, row := range rows {
		if len(old[j]) > 0 {
			row.Claims = make([]*Member, len(old[j]), len(old[j])+int(counts[j]))
			copy(row.Claims, old[j])
			continue
		}
		n := len(shared)
		shared = shared[:n+int(counts[j])]
		row.Claims = shared[n:n:len(shared)]
	}
	for i := range members {
		row := rows[rowOf[i]]
		row.Claims = append(row.Claims, &members[i])
	}
	par.ForEach(len(rows), jobs, func(_, j int) {
		row := rows[j]
		published := publishedKey(row.Source.Published)
		for _, m := range row.Claims[len(old[j]):] {
			m.Published = published
		}
		sortMembers(row.Claims)
	})
	slices.SortFunc(rows, func(a, b *sourceRow) int { return strings.Compare(a.Path, b.Path) })
	return rows
}

// keyGroups is the blocks of an insert's members as counted, before they
// are sorted: each key of each member in turn is in a shard, by its hash,
// and a block of the shard.
type keyGroups struct {
	members []Member
	start   []int32  // where each member's keys start in in
	in      []uint32 // for each key of each member, its block<<blockShardBits | its shard
	shards  []keyShard
}

// keyShard is the blocks of one shard of keyGroups.
type keyShard struct {
	blocks []counted
	next   []uint32 // per block, where its next member goes in the arena
}

// counted is a block of a keyShard.
type counted struct {
	key   string
	count int32 // members
	first int32 // where in keyGroups.in the key first appears
}

// A key's shard in keyGroups takes the low blockShardBits bits of a
// number that holds its block in the shard above them.
const (
	blockShardBits = 6
	maxBlockShards = 1 << blockShardBits
)

// groupKeys counts the keys of members in shards by hash, a goroutine a
// shard.
func groupKeys(members []Member, jobs int) (*keyGroups, error) {
	shards := min(jobs, maxBlockShards)
	seed := maphash.MakeSeed()
	total := 0
	for i := range members {
		total += len(members[i].Keys)
	}
	if total > math.MaxInt32 {
		return nil, fmt.Errorf("store: %d keys of claims, more than an insert takes", total)
	}
	g := &keyGroups{members: members, start: make([]int32, len(members)+1), shards: make([]keyShard, shards)}
	for i := range members {
		g.start[i+1] = g.start[i] + int32(len(members[i].Keys))
	}
	// The hash of every key is worked out once; its top bits pick the
	// shard, and all 32 are the tag a shard files the key under.
	tags := make([]uint32, total)
	forRanges(len(members), jobs, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for k, key := range members[i].Keys {
				tags[int(g.start[i])+k] = uint32(maphash.String(seed, key))
			}
		}
	})
	g.in = make([]uint32, total)
	errs := make([]error, shards)
	par.ForEach(shards, jobs, func(_, w int) {
		var at tagTable
		at.grow(total / shards / 4)
		t := &g.shards[w]
		for i := range members {
			for k, key := range members[i].Keys {
				p := int(g.start[i]) + k
				tag := tags[p]
				if int(uint64(tag)*uint64(shards)>>32) != w {
					continue
				}
				j, slot := at.slot(tag, func(j int32) bool { return t.blocks[j].key == key })
				if j < 0 {
					if len(t.blocks) == 1<<(32-blockShardBits) {
						errs[w] = fmt.Errorf("store: more than %d blocking keys in an insert", len(t.blocks)*shards)
						return
					}
					j = int32(len(t.blocks))
					at.set(slot, tag, j)
					at.grow(at.n + 1)
					t.blocks = append(t.blocks, counted{key: key, first: int32(p)})
				}
				t.blocks[j].count++
				g.in[p] = uint32(j)<<blockShardBits | uint32(w)
			}
		}
		t.next = make([]uint32, len(t.blocks))
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return g, nil
}

// block returns the block of a key of a member, as in gives it.
func (g *keyGroups) block(v uint32) *counted {
	return &g.shards[v&(1<<blockShardBits-1)].blocks[v>>blockShardBits]
}

// fill puts the members into arena, each block's from next on, block by
// block of a shard on a goroutine.
func (g *keyGroups) fill(arena []*Member, jobs int) {
	par.ForEach(len(g.shards), jobs, func(_, w int) {
		t := &g.shards[w]
		for i := range g.members {
			for p := g.start[i]; p < g.start[i+1]; p++ {
				if v := g.in[p]; v&(1<<blockShardBits-1) == uint32(w) {
					j := v >> blockShardBits
					arena[t.next[j]] = &g.members[i]
					t.next[j]++
				}
			}
		}
	})
}

// pending is a block before its members are placed.
type pending struct {
	key    string
	prefix uint64 // 8 bytes of the key after its topic, to sort by first
	count  int32
	ref    uint32 // its block<<blockShardBits | its shard in keyGroups
}

// topicRows returns the topic rows of members' keys, sorted by topic,
// each holding its blocks sorted by key, with their members in the order
// they were inserted. The members of all rows are carved out of one array
// (4 million appends and their spare room at 100,000 articles).
func topicRows(members []Member, jobs int) ([]*topicRow, error) {
	g, err := groupKeys(members, jobs)
	if err != nil {
		return nil, err
	}
	// Blocks are listed in the order their keys first appear, which
	// sorts most of a topic's blocks already (a source's key comes with
	// its claims), and grouped by topic: counted first, then placed.
	nblocks := 0
	for _, t := range g.shards {
		nblocks += len(t.blocks)
	}
	at := map[string]int32{} // topic -> index in rows
	var rows []*topicRow
	var counts []int32              // blocks per row
	topic := make([]int32, nblocks) // per block as listed, its row
	b := 0
	for p, v := range g.in {
		c := g.block(v)
		if c.first != int32(p) {
			continue
		}
		name := topicOf(c.key)
		r, ok := at[name]
		if !ok {
			r = int32(len(rows))
			at[name] = r
			rows = append(rows, &topicRow{Topic: name})
			counts = append(counts, 0)
		}
		topic[b] = r
		b++
		counts[r]++
	}
	byRow := make([][]pending, len(rows))
	all := make([]pending, nblocks)
	n := 0
	for r := range rows {
		byRow[r] = all[n : n : n+int(counts[r])]
		n += int(counts[r])
	}
	b = 0
	for p, v := range g.in {
		if c := g.block(v); c.first == int32(p) {
			r := topic[b]
			byRow[r] = append(byRow[r], pending{key: c.key, count: c.count, ref: v})
			b++
		}
	}
	par.ForEach(len(rows), jobs, func(_, r int) { sortBlocks(byRow[r], len(rows[r].Topic)) })
	order := make([]int, len(rows))
	for r := range order {
		order[r] = r
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(rows[a].Topic, rows[b].Topic) })
	// The members go into one array row after row, and block after block
	// in a row.
	arena := make([]*Member, len(g.in))
	final := make([]block, nblocks)
	var off uint32
	n = 0
	sorted := make([]*topicRow, len(rows))
	for i, r := range order {
		row, start := rows[r], off
		row.Blocks = final[n : n+len(byRow[r]) : n+len(byRow[r])]
		n += len(byRow[r])
		for k, b := range byRow[r] {
			g.shards[b.ref&(1<<blockShardBits-1)].next[b.ref>>blockShardBits] = off
			off += uint32(b.count)
			row.Blocks[k] = block{Key: b.key, End: int32(off - start)}
		}
		row.Members = arena[start:off:off]
		sorted[i] = row
	}
	g.fill(arena, jobs)
	return sorted, nil
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

// sortBlocks sorts the blocks of one topic, whose keys all start with its
// n bytes, by key. Sorting by the next 8 bytes first, as a number held
// with each block, spares most comparisons a visit to two strings
// elsewhere in memory.
func sortBlocks(bs []pending, n int) {
	if len(bs) < 2 {
		return
	}
	for i := range bs {
		b := &bs[i]
		// A topic's keys go on with "|" (or end there): the prefix
		// starts after it.
		var p uint64
		rest := b.key[min(len(b.key), n+1):]
		for _, c := range []byte(rest[:min(len(rest), 8)]) {
			p = p<<8 | uint64(c)
		}
		b.prefix = p << (8 * (8 - min(8, len(rest))))
	}
	slices.SortFunc(bs, func(a, b pending) int {
		if a.prefix != b.prefix {
			return cmp.Compare(a.prefix, b.prefix)
		}
		return strings.Compare(a.key, b.key)
	})
}

// merge returns a new topic row with the blocks of a stored one and
// added ones: a block under a key already stored gets the old members and
// the new ones. The stored row is left as it is.
func merge(old, added *topicRow) *topicRow {
	out := &topicRow{
		Topic:   old.Topic,
		Blocks:  make([]block, 0, len(old.Blocks)+len(added.Blocks)),
		Members: make([]*Member, 0, len(old.Members)+len(added.Members)),
	}
	i, j := 0, 0
	for i < len(old.Blocks) || j < len(added.Blocks) {
		var key string
		switch {
		case j == len(added.Blocks) || i < len(old.Blocks) && old.Blocks[i].Key < added.Blocks[j].Key:
			key = old.Blocks[i].Key
			out.Members = append(out.Members, old.members(i)...)
			i++
		case i == len(old.Blocks) || added.Blocks[j].Key < old.Blocks[i].Key:
			key = added.Blocks[j].Key
			out.Members = append(out.Members, added.members(j)...)
			j++
		default:
			key = old.Blocks[i].Key
			out.Members = append(out.Members, old.members(i)...)
			out.Members = append(out.Members, added.members(j)...)
			i++
			j++
		}
		out.Blocks = append(out.Blocks, block{Key: key, End: int32(len(out.Members))})
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
func (s *Store) Len() int { return s.n }

// Block is a blocking key and the number of claims under it.
type Block struct {
	Key   string
	Count int
}

// Blocks returns every blocking key with its size, sorted by key.
func (s *Store) Blocks() []Block {
	if s.blocks == 0 {
		return nil
	}
	out := make([]Block, 0, s.blocks)
	s.eachBlock(func(key string, ms []*Member) { out = append(out, Block{Key: key, Count: len(ms)}) })
	return out
}

// eachBlock calls f with every block's key and members, in key order.
func (s *Store) eachBlock(f func(key string, members []*Member)) {
	it, err := s.db.Txn(false).Get(tableBlock, indexID)
	if err != nil {
		return
	}
	var rows []*topicRow
	for o := it.Next(); o != nil; o = it.Next() {
		rows = append(rows, o.(*topicRow))
	}
	// Rows come sorted by topic, which is not quite the order of their
	// keys: "q|a_b|x" sorts before "q|a|x" but row "q|a" before row
	// "q|a_b". Sorted as if each topic ended in "|", the rows list their
	// keys in order, but where a topic goes on another's keys ("q|a|z" is
	// in row "q|a", and "q|a|b|x" in row "q|a|b"); such keys are sorted.
	slices.SortFunc(rows, func(a, b *topicRow) int { return compareTopics(a.Topic, b.Topic) })
	sorted := true
	last := ""
	for i, r := range rows {
		if len(r.Blocks) > 0 {
			if i > 0 && r.Blocks[0].Key < last {
				sorted = false
				break
			}
			last = r.Blocks[len(r.Blocks)-1].Key
		}
	}
	if sorted {
		for _, r := range rows {
			for i := range r.Blocks {
				f(r.Blocks[i].Key, r.members(i))
			}
		}
		return
	}
	type ref struct {
		row *topicRow
		i   int
	}
	var all []ref
	for _, r := range rows {
		for i := range r.Blocks {
			all = append(all, ref{r, i})
		}
	}
	slices.SortFunc(all, func(a, b ref) int { return strings.Compare(a.row.Blocks[a.i].Key, b.row.Blocks[b.i].Key) })
	for _, b := range all {
		f(b.row.Blocks[b.i].Key, b.row.members(b.i))
	}
}

// compareTopics compares a+"|" with b+"|".
func compareTopics(a, b string) int {
	n := min(len(a), len(b))
	if c := strings.Compare(a[:n], b[:n]); c != 0 || len(a) == len(b) {
		return c
	}
	if len(a) < len(b) {
		if b[n] == '|' {
			return -1 // a+"|" starts b+"|"
		}
		return cmp.Compare('|', b[n])
	}
	if a[n] == '|' {
		return 1
	}
	return cmp.Compare(a[n], '|')
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
	if s.blocks == 0 {
		return nil
	}
	out := make([]BlockMembers, 0, s.blocks)
	s.eachBlock(func(key string, ms []*Member) { out = append(out, BlockMembers{Key: key, Members: ms}) })
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
	row := o.(*topicRow)
	i, found := slices.BinarySearchFunc(row.Blocks, key, func(b block, k string) int { return strings.Compare(b.Key, k) })
	if !found {
		return nil
	}
	ms := row.members(i)
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
	if m := s.memberByID(id); m != nil {
		return m.Claim
	}
	return nil
}

// Claims returns every claim, ordered by id.
func (s *Store) Claims() []*model.Claim {
	out := make([]*model.Claim, 0, s.n)
	for _, c := range s.chunks {
		for i := range c.members {
			out = append(out, c.members[i].Claim)
		}
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
