// Package report writes a *model.Report in the formats people and tools
// read: text for terminals, json (the versioned contract other tools parse),
// markdown for pull-request comments and job summaries, sarif for code
// scanning, github workflow commands for annotations, and a self-contained
// html page.
//
// Every writer takes an io.Writer and Options and writes the same bytes for
// the same report: nothing here looks at the clock, the environment or the
// terminal, except ColorEnabled, which a caller may use to decide
// Options.Color. Article text is untrusted; each format makes it inert (no
// markup, links, mentions, terminal escapes or workflow commands can come
// out of a quote).
package report
