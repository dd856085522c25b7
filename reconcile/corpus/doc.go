// Package corpus stores the claims of articles already read, so that a batch
// run can check new articles against everything seen before without reading
// the old articles again.
//
// A corpus is a directory:
//
//	MANIFEST          JSON: format name, format version, and the list of segments
//	seg-000001.rcs    the articles of one Add call, never modified after it is written
//	seg-000002.rcs    ...
//
// Each Add writes one new segment file and then replaces MANIFEST, both
// atomically (see package atomicfile), so an interrupted Add leaves the
// previous corpus intact: a segment that MANIFEST does not name is ignored.
// Adding an article whose content hash (model.Source.Hash) the corpus already
// holds changes nothing.
//
// A segment file starts with one JSON line naming its format and version,
// followed by length-prefixed, CRC-32C-checked binary records: one per
// article, then an index of the article hashes, then a fixed 16-byte trailer
// that points at the index. Every string of an article is stored once in the
// article's string table, and decoded into a single allocation that the
// article's claims share; a claim's Quote is stored as a range of its
// sentence Text when it is one. See format.go for the byte layout.
//
// A corpus that is truncated, fails a checksum, lacks a segment, or was
// written by a newer format version is refused with an error naming the file
// and, where it applies, the record; it is never overwritten.
//
// Add is not safe for concurrent use by several processes on one corpus.
package corpus
