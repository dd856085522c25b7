package store

import (
	"fmt"
	"slices"
	"sort"
	"time"

	memdb "github.com/hashicorp/go-memdb"

	"github.com/reconcile-news/reconcile/model"
)

// Table and index names.
const (
	tableSource = "source"
	tableEntity = "entity"
	tableClaim  = "claim"
	tableBlock  = "block"

	indexID = "id"
)

// Record is a claim as stored: the claim and the blocking keys matching
// assigned to it.
type Record struct {
	Claim model.Claim
	Keys  []string // blocking keys; claims sharing a key are compared
}

// claimRow is the stored form of a claim.
type claimRow struct {
	ID     string
	Member // the claim as its blocks hold it
}

// blockRow is one blocking key with the claims under it: the block is a
// row of its own, not an index over claims, so that a claim costs one
// entry in the id index and one member per key rather than an index entry
// per key.
type blockRow struct {
	Key     string
	Members []Member // ordered by claim id
}

// schema returns the database schema, as data.
func schema() *memdb.DBSchema {
	return &memdb.DBSchema{Tables: map[string]*memdb.TableSchema{
		tableSource: {Name: tableSource, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: &memdb.StringFieldIndex{Field: "Path"}},
		}},
		tableEntity: {Name: tableEntity, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: &memdb.StringFieldIndex{Field: "Name"}},
		}},
		tableBlock: {Name: tableBlock, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: &memdb.StringFieldIndex{Field: "Key"}},
		}},
		tableClaim: {Name: tableClaim, Indexes: map[string]*memdb.IndexSchema{
			indexID: {Name: indexID, Unique: true, Indexer: &memdb.StringFieldIndex{Field: "ID"}},
		}},
	}}
}

// Store is the claim store. Load it with Insert, then query it; queries
// may run concurrently with each other.
type Store struct {
	db     *memdb.MemDB
	claims int32 // number of claims stored
}

// New returns an empty store.
func New() (*Store, error) {
	db, err := memdb.NewMemDB(schema())
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return &Store{db: db}, nil
}

// Insert adds sources, entities and claim records. A claim whose ID is
// already stored, or given twice, is an error, and then nothing is stored. The store keeps pointers to
// the records' claims rather than copies, to hold each claim once: the
// caller must not change records after a successful Insert.
func (s *Store) Insert(sources []model.Source, entities []model.Entity, records []Record) error {
	// Duplicates are refused before anything is written.
	read := s.db.Txn(false)
	seen := make(map[string]bool, len(records))
	for i := range records {
		id := records[i].Claim.ID
		if old, err := read.First(tableClaim, indexID, id); err != nil {
			return fmt.Errorf("store claim %s: %w", id, err)
		} else if old != nil || seen[id] {
			return fmt.Errorf("store claim %s: duplicate id", id)
		}
		seen[id] = true
	}
	// Rows go in through transactions of insertChunk rows: one transaction
	// of a million rows outgrows go-immutable-radix's cache of writable
	// nodes and copies them again, and inserting slows down as the store
	// grows (15 µs a claim at 10,000 claims, 38 µs at 100,000).
	w := &chunked{db: s.db, txn: s.db.Txn(true)}
	defer func() { w.txn.Abort() }()
	for i := range sources {
		src := sources[i]
		if err := w.insert(tableSource, &src); err != nil {
			return fmt.Errorf("store source %s: %w", src.Path, err)
		}
	}
	for i := range entities {
		e := entities[i]
		if err := w.insert(tableEntity, &e); err != nil {
			return fmt.Errorf("store entity %s: %w", e.Name, err)
		}
	}
	published := map[string]time.Time{}
	for i := range sources {
		published[sources[i].Path] = sources[i].Published
	}
	blocks := map[string][]Member{}
	for i := range records {
		c := &records[i].Claim
		keys := slices.Clone(records[i].Keys)
		slices.Sort(keys)
		keys = slices.Compact(keys)
		pub, ok := published[c.Span.Source]
		if !ok {
			if src, err := w.txn.First(tableSource, indexID, c.Span.Source); err == nil && src != nil {
				pub = src.(*model.Source).Published
			}
		}
		m := Member{Claim: c, Keys: keys, Published: pub, Index: s.claims + int32(i)}
		if err := w.insert(tableClaim, &claimRow{ID: c.ID, Member: m}); err != nil {
			return fmt.Errorf("store claim %s: %w", c.ID, err)
		}
		for _, k := range keys {
			blocks[k] = append(blocks[k], m)
		}
	}
	keys := make([]string, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ms := blocks[k]
		if old, err := w.txn.First(tableBlock, indexID, k); err == nil && old != nil {
			ms = append(slices.Clip(old.(*blockRow).Members), ms...)
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Claim.ID < ms[j].Claim.ID })
		if err := w.insert(tableBlock, &blockRow{Key: k, Members: slices.Clip(ms)}); err != nil {
			return fmt.Errorf("store block %s: %w", k, err)
		}
	}
	w.txn.Commit()
	s.claims += int32(len(records))
	return nil
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
func (s *Store) Len() int { return int(s.claims) }

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
		b := o.(*blockRow)
		out = append(out, Block{Key: b.Key, Count: len(b.Members)})
	}
	return out
}

// collect drains an iterator of claim rows, in index order.
func collect(it memdb.ResultIterator, err error) []*model.Claim {
	if err != nil {
		return nil
	}
	var out []*model.Claim
	for o := it.Next(); o != nil; o = it.Next() {
		out = append(out, o.(*claimRow).Claim)
	}
	return out
}

// Member is a claim as a block holds it: with all its blocking keys,
// sorted, so that a pair sharing several keys can be compared in one block
// only, and with its source's publication time.
type Member struct {
	Claim     *model.Claim
	Keys      []string
	Published time.Time
	Index     int32 // the claim's insertion order, unique in the store
}

// MembersByBlock returns the members of the block under key, ordered by
// claim id. The slice is the store's: callers must not change it.
func (s *Store) MembersByBlock(key string) []Member {
	o, err := s.db.Txn(false).First(tableBlock, indexID, key)
	if err != nil || o == nil {
		return nil
	}
	return o.(*blockRow).Members
}

// ClaimsByBlock returns the claims under a blocking key, ordered by id.
func (s *Store) ClaimsByBlock(key string) []*model.Claim {
	var out []*model.Claim
	for _, m := range s.MembersByBlock(key) {
		out = append(out, m.Claim)
	}
	return out
}

// Claim returns the claim with the given id, or nil.
func (s *Store) Claim(id string) *model.Claim {
	o, err := s.db.Txn(false).First(tableClaim, indexID, id)
	if err != nil || o == nil {
		return nil
	}
	return o.(*claimRow).Claim
}

// Claims returns every claim, ordered by id.
func (s *Store) Claims() []*model.Claim {
	return collect(s.db.Txn(false).Get(tableClaim, indexID))
}

// Sources returns every source, ordered by path.
func (s *Store) Sources() []model.Source {
	it, err := s.db.Txn(false).Get(tableSource, indexID)
	if err != nil {
		return nil
	}
	var out []model.Source
	for o := it.Next(); o != nil; o = it.Next() {
		out = append(out, *o.(*model.Source))
	}
	return out
}

// Source returns the source stored under path.
func (s *Store) Source(path string) (model.Source, bool) {
	o, err := s.db.Txn(false).First(tableSource, indexID, path)
	if err != nil || o == nil {
		return model.Source{}, false
	}
	return *o.(*model.Source), true
}
