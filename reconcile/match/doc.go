// Package match decides which names and topics are the same across
// sources, and which claims are worth comparing: it folds spellings and
// transliterations of names (Zelensky, Zelenskyy, Zelenskiy), links
// surnames to full names, and gives each claim the blocking keys under
// which the store groups it for comparison: a topic qualified by anchors,
// the entities that tie the claim to one event (Keys, Anchors, Specific).
// It is the only package that imports agnivade/levenshtein.
package match
