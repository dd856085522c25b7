// Package store holds sources and claims in an in-memory database
// (hashicorp/go-memdb). Each source is a row holding its claims; each
// topic (a blocking key without its anchor) is a row holding its blocks,
// and each block its members (the claims under the key, with their keys
// and publication times). A claim is thus no row of its own: it costs a
// pointer in its source's row and one per key, plus a slot in a hash
// table by id (ids.go). It is the only package that imports go-memdb;
// callers use its typed functions. Insert works on Store.Jobs goroutines
// where it can (claims by id, blocks by key, rows sorted); go-memdb takes
// the rows on one.
//
// Stored objects are never modified after insert, but for a member's
// Rank, which each insert renumbers: go-memdb shares them between
// transactions, so a claim read from the store must be treated as
// read-only, and a store must not be read while it takes an insert.
package store
