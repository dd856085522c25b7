package extract

import (
	"fmt"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// Version numbers the rules that decide which claims and entities an
// article yields: how package load splits a file into sections and
// sentences and how this package reads them. Bump it by hand in any change
// that makes some article yield other claims, entities, values or
// positions, so that corpora read by the old rules can be told apart.
// TestVersion keeps it honest: it fails when what the fixtures yield
// changes while Version and the word lists stay the same.
const Version = 385

// Stamp identifies a reading: the rules (Version) and the word lists lx
// holds (lx.Digest: the embedded lists and any words configuration added).
// Articles read with the same stamp yield the same claims and entities.
// It has the form "extract 1, lexicon 3f9c0d1e2a4b5c6d".
func Stamp(lx *lexicon.Lexicon) string {
	return fmt.Sprintf("extract %d, lexicon %.16s", Version, lx.Digest())
}
