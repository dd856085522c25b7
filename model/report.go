package model

// ReportVersion is the version of the JSON report contract.
const ReportVersion = 1

// SourceSummary describes one source in a report.
type SourceSummary struct {
	Source
	Claims int // number of claims read from it
}

// EntitySummary describes one entity in a report: its names across the
// sources and how often they name it. A report keeps counts, not every
// mention, which would cost more than the claims of a large corpus.
type EntitySummary struct {
	Name     string     // canonical name
	Kind     EntityKind // person, place, org or other
	Aliases  []string   // other names it was given, sorted
	Mentions int        // times it was named, over all sources
}

// InputProblem is a file that could not be read, reported when the run was
// told to keep going.
type InputProblem struct {
	Path    string
	Message string
}

// Report is the outcome of a check: what was read and where sources disagree.
// Every slice is sorted deterministically.
type Report struct {
	Sources       []SourceSummary
	Entities      []EntitySummary
	Discrepancies []Discrepancy
	Agreements    []Agreement
	NearMisses    []NearMiss     // filled only when asked for
	Problems      []InputProblem // files skipped with --keep-going
}
