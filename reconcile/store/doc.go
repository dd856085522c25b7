// Package store holds sources, entities and claims in an in-memory database
// (hashicorp/go-memdb) with the indexes matching needs: by id, by source, by
// entity, by blocking key and by (entity, measure). It is the only package
// that imports go-memdb; callers use its typed functions.
//
// Stored objects are never modified after insert: go-memdb shares them
// between transactions, so a claim read from the store must be treated as
// read-only.
package store
