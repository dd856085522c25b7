// Package extract turns loaded documents into claims: counts and amounts
// with what they count and the context that decides what they can be
// compared with (quantity.go), dates and horizons (date.go), and people's
// titles and roles (role.go). Clause structure — the measure verb, actor,
// target, place, period, version and speaker around a figure — is read by
// clause.go; names by entity.go; figures by numbers.go.
//
// Every rule is driven by the word lists of package lexicon, so users can
// extend what is recognized without changing code.
package extract
