// Package baseline records findings that were accepted on purpose, so that
// later runs report only new ones.
//
// A baseline is a YAML file meant to be read and edited by people: a version
// and a list of entries sorted by fingerprint, each with the kind, subject
// and message of the finding (for readers; matching uses only the
// fingerprint) and a required reason saying why it was accepted:
//
//	version: 1
//	accepted:
//	  - fingerprint: qm-5f1c2a9e
//	    kind: quantity-mismatch
//	    subject: drones
//	    message: 'drones intercepted: 63 in a.txt, 70 in b.txt'
//	    reason: b.txt counts drones and missiles together
package baseline

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/atomicfile"
	"github.com/reconcile-news/reconcile/reconcile/yamlerr"
)

// Version is the version of the baseline file format.
const Version = 1

// Entry is one accepted finding.
type Entry struct {
	Fingerprint string `yaml:"fingerprint"`
	Kind        string `yaml:"kind"`
	Subject     string `yaml:"subject"`
	Message     string `yaml:"message"`
	Reason      string `yaml:"reason"` // why the finding is accepted; never empty
}

// Baseline is a set of accepted findings, sorted by fingerprint.
type Baseline struct {
	Version  int     `yaml:"version"`
	Accepted []Entry `yaml:"accepted"`
}

// Error is a problem in a baseline file, at a line when one is known.
type Error = yamlerr.Error

// Load reads and checks the baseline at path. Every problem found is
// reported, each as an *Error with the file and line; they are joined with
// errors.Join.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load baseline: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a baseline from data; path is used in errors. See Load.
func Parse(path string, data []byte) (*Baseline, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Path: path, Msg: "empty file; a baseline starts with \"version: 1\""}
	}
	if err := yamlerr.Encoding(path, data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return nil, yamlerr.FromDecoder(path, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != nil && err != io.EOF {
		return nil, yamlerr.FromDecoder(path, err)
	} else if err == nil {
		return nil, &Error{Path: path, Line: extra.Line, Msg: "more than one YAML document"}
	}
	// Decode again as a tree for the line of each entry.
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlerr.FromDecoder(path, err)
	}
	versionLine, entryLines := lines(&root)

	var errs []error
	if b.Version != Version {
		msg := fmt.Sprintf("unsupported version %d (want %d)", b.Version, Version)
		if versionLine == 0 {
			msg = fmt.Sprintf("missing version (want \"version: %d\")", Version)
		}
		errs = append(errs, &Error{Path: path, Line: versionLine, Msg: msg})
	}
	seen := map[string]int{}
	for i, e := range b.Accepted {
		line := 0
		if i < len(entryLines) {
			line = entryLines[i]
		}
		fp := strings.TrimSpace(e.Fingerprint)
		switch {
		case fp == "":
			errs = append(errs, &Error{Path: path, Line: line, Msg: "entry has no fingerprint"})
		case seen[fp] > 0:
			errs = append(errs, &Error{Path: path, Line: line, Msg: fmt.Sprintf("duplicate fingerprint %s (first on line %d)", fp, seen[fp])})
		default:
			seen[fp] = line
		}
		if strings.TrimSpace(e.Reason) == "" {
			errs = append(errs, &Error{Path: path, Line: line, Msg: fmt.Sprintf("entry %s has no reason; say why the finding is accepted", fp)})
		}
		b.Accepted[i].Fingerprint = fp
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	b.sort()
	return &b, nil
}

// lines returns the line of the version key and of each accepted entry.
func lines(root *yaml.Node) (version int, entries []int) {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return 0, nil
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		switch m.Content[i].Value {
		case "version":
			version = m.Content[i].Line
		case "accepted":
			for _, n := range m.Content[i+1].Content {
				entries = append(entries, n.Line)
			}
		}
	}
	return version, entries
}

func (b *Baseline) sort() {
	slices.SortFunc(b.Accepted, func(x, y Entry) int { return cmp.Compare(x.Fingerprint, y.Fingerprint) })
}

func entryOf(d *model.Discrepancy, reason string) Entry {
	return Entry{Fingerprint: d.Fingerprint, Kind: string(d.Kind), Subject: d.Subject, Message: d.Message, Reason: reason}
}

// findings returns the discrepancies of r by fingerprint, or an error if one
// has none.
func findings(r *model.Report) (map[string]*model.Discrepancy, error) {
	m := make(map[string]*model.Discrepancy, len(r.Discrepancies))
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		if d.Fingerprint == "" {
			return nil, fmt.Errorf("finding %q has no fingerprint", d.Message)
		}
		if _, dup := m[d.Fingerprint]; !dup {
			m[d.Fingerprint] = d
		}
	}
	return m, nil
}

func checkReason(reason string) error {
	if strings.TrimSpace(reason) == "" {
		return errors.New("a reason is required: say why these findings are accepted")
	}
	return nil
}

// Create returns a baseline that accepts every finding of r, each with reason.
func Create(r *model.Report, reason string) (*Baseline, error) {
	return Update(&Baseline{Version: Version}, r, reason)
}

// Update returns old with every finding of r accepted. Entries already in
// old keep their reason (their kind, subject and message are refreshed from
// r); new ones get reason, which must not be empty. Entries whose finding is
// not in r are kept: a run over some of the files must not forget reasons.
// Use Prune to drop them.
func Update(old *Baseline, r *model.Report, reason string) (*Baseline, error) {
	if err := checkReason(reason); err != nil {
		return nil, err
	}
	current, err := findings(r)
	if err != nil {
		return nil, err
	}
	out := &Baseline{Version: Version}
	have := map[string]bool{}
	for _, e := range old.Accepted {
		if d, ok := current[e.Fingerprint]; ok {
			e = entryOf(d, e.Reason)
		}
		out.Accepted = append(out.Accepted, e)
		have[e.Fingerprint] = true
	}
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		if !have[d.Fingerprint] {
			out.Accepted = append(out.Accepted, entryOf(d, reason))
			have[d.Fingerprint] = true
		}
	}
	out.sort()
	return out, nil
}

// Prune returns old without the entries whose finding is no longer in r.
func Prune(old *Baseline, r *model.Report) *Baseline {
	present := map[string]bool{}
	for _, d := range r.Discrepancies {
		present[d.Fingerprint] = true
	}
	out := &Baseline{Version: Version, Accepted: []Entry{}}
	for _, e := range old.Accepted {
		if present[e.Fingerprint] {
			out.Accepted = append(out.Accepted, e)
		}
	}
	return out
}

// Apply splits the findings of r into those the baseline does not accept
// (kept, in report order) and those it does (accepted), and returns the
// entries that matched no finding (stale). A nil baseline accepts nothing.
func Apply(b *Baseline, r *model.Report) (kept, accepted []model.Discrepancy, stale []Entry) {
	known := map[string]bool{}
	if b != nil {
		for _, e := range b.Accepted {
			known[e.Fingerprint] = true
		}
	}
	matched := map[string]bool{}
	for _, d := range r.Discrepancies {
		if d.Fingerprint != "" && known[d.Fingerprint] {
			accepted = append(accepted, d)
			matched[d.Fingerprint] = true
		} else {
			kept = append(kept, d)
		}
	}
	if b != nil {
		for _, e := range b.Accepted {
			if !matched[e.Fingerprint] {
				stale = append(stale, e)
			}
		}
	}
	return kept, accepted, stale
}

const header = `# reconcile baseline: findings accepted on purpose. Matching uses only the
# fingerprint; kind, subject and message are there for people. Every entry
# needs a reason.
`

// Write writes the baseline as YAML, entries sorted by fingerprint.
func (b *Baseline) Write(w io.Writer) error {
	for _, e := range b.Accepted {
		if strings.TrimSpace(e.Fingerprint) == "" {
			return errors.New("baseline entry has no fingerprint")
		}
		if err := checkReason(e.Reason); err != nil {
			return fmt.Errorf("baseline entry %s: %w", e.Fingerprint, err)
		}
	}
	out := Baseline{Version: Version, Accepted: slices.Clone(b.Accepted)}
	if out.Accepted == nil {
		out.Accepted = []Entry{}
	}
	out.sort()
	if _, err := io.WriteString(w, header); err != nil {
		return err
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&out); err != nil {
		return err
	}
	return enc.Close()
}

// Save writes the baseline to path atomically: readers see the old file or
// the new one, never a part. When ctx is done before the new file is in
// place, the old one is kept and the error wraps ctx's error.
func (b *Baseline) Save(ctx context.Context, path string) error {
	if err := atomicfile.WriteFileContext(ctx, path, 0o644, b.Write); err != nil {
		return fmt.Errorf("save baseline: %w", err)
	}
	return nil
}
