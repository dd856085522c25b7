// Package compare turns candidate pairs of claims into discrepancies and
// agreements. Comparing one block of claims is a pure, order-independent
// function of the claims in it (CompareBlock); Compare runs it over every
// block of a store and reduces the verdicts per claim: a claim is flagged
// against another source only when that source has a comparable claim that
// conflicts with it and none that agrees.
//
// One file per kind of check: quantity.go, date.go, role.go, parts.go;
// context.go decides whether two claims describe the same thing at all.
package compare
