// Package store holds sources, entities and claims in an in-memory database
// (hashicorp/go-memdb). Claims are indexed by id; each blocking key is a row
// of its own holding its members (the claims under it, with their keys and
// publication times), so a claim costs one index entry and one member per
// key. It is the only package that imports go-memdb; callers use its typed
// functions.
//
// Stored objects are never modified after insert: go-memdb shares them
// between transactions, so a claim read from the store must be treated as
// read-only.
package store
