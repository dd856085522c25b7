// Package lexicon holds the word lists reconcile reads English news with:
// measure verbs, counted things, currencies, hedges, periods, versions,
// titles and role states, polities, section headings, boilerplate,
// abbreviations and function words; and the words dates and numbers are
// read with: months, weekdays, relative dates, date prepositions, number
// words, units, labels and clock words.
//
// The lists are data, embedded from data/*.txt, and users can extend them
// (Extend, Parse) from configuration. A Lexicon is built once per run and is
// read-only afterwards, so it is safe to share between goroutines.
package lexicon
