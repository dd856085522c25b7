// Package corpus stores the claims and entities of articles already read, so
// that a batch run can check new articles against everything seen before
// without reading the old articles again. An article loaded from a corpus
// gives the same findings as the article read afresh: the matcher anchors
// claims on their article's most-named entities, so the entities are kept
// with every mention.
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
// article's claims and entities share; a claim's Quote is stored as a range
// of its sentence Text when it is one, and a mention's position relative to
// the previous mention of its entity. See format.go for the byte layout.
//
// # Versions
//
// This package writes format version 3 and reads versions 1, 2 and 3.
// Version 3 stores a claim's Context as one string (model.Words), where
// version 2 stored a list of words. Version 1 kept no entities: its
// articles load without them, so a check against them may block their
// claims otherwise than a full check would, and Stats counts them as
// NoEntities. Adding to an older corpus writes the new segment as version
// 3, leaves the old segments as they are, and raises the MANIFEST to
// version 3 (each segment entry names its own version): a reconcile that
// reads only older versions then refuses the corpus as written by a newer
// version, rather than misreading it. To give old articles their entities,
// add them again to a new corpus.
//
// # Stamps
//
// A corpus keeps the claims as the reconcile that added them read them.
// Each segment's entry in MANIFEST records the stamp of that reading
// (extract.Stamp: the extraction rules' version and a digest of the word
// lists), so that a later reconcile can tell that some articles would be
// read otherwise now; Stats counts the articles by stamp (Readings). A
// segment without a stamp was written before stamps were recorded, and how
// its articles were read is unknown. Adding an article already stored does
// not read it again: it keeps its stamp.
//
// The stamp is an optional field, so it does not raise the format version:
// older readers ignore it and still read the corpus rightly. An older
// reconcile that adds to the corpus rewrites MANIFEST without the stamps;
// the segments then count as read with an unknown stamp, which only makes
// a check warn when it need not.
//
// A corpus that is truncated, fails a checksum, lacks a segment, or was
// written by a newer format version than this package's Version is refused with an error naming the file
// and, where it applies, the record; it is never overwritten.
//
// Add is not safe for concurrent use by several processes on one corpus.
package corpus
