package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile"
	"github.com/reconcile-news/reconcile/reconcile/baseline"
	"github.com/reconcile-news/reconcile/reconcile/claimio"
	"github.com/reconcile-news/reconcile/reconcile/corpus"
	"github.com/reconcile-news/reconcile/reconcile/extract"
	"github.com/reconcile-news/reconcile/reconcile/load"
	"github.com/reconcile-news/reconcile/reconcile/report"
)

func check(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	opts, err := reconcile.DefaultOptions()
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	opts.SkipMentions = true // only counted; see reconcile.Options
	var (
		formats     formatList
		minSeverity = model.Low
		failOn      = model.Low
		basePath    string
	)
	fs := flag.NewFlagSet("reconcile check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&formats, "format", "output `format`: text, json, markdown, sarif, github, html; repeat for several, NAME=PATH writes to a file")
	fs.Var(severityFlag{&minSeverity}, "min-severity", "show findings at or above this `severity` (low, medium, high)")
	fs.Var(severityFlag{&failOn}, "fail-on", "exit 1 when a finding at or above this `severity` is not accepted by the baseline")
	fs.BoolVar(&opts.Compare.Explain, "explain", false, "also list the closest pairs that were not flagged, and why")
	cfgFile := inputFlags(fs, &opts)
	var in inputs
	in.flags(fs)
	fs.StringVar(&basePath, "baseline", "", "hide findings accepted in this baseline `file`; fail on new ones")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: reconcile check [flags] PATH...\n\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	in.paths = paths
	if len(paths) == 0 && len(in.claims) == 0 {
		fmt.Fprint(stderr, "reconcile check: no articles given\n\n")
		fs.Usage()
		return exitError
	}
	cfg, err := configure(fs, cfgFile, &opts, stderr)
	if err != nil {
		printErr(stderr, err)
		return exitError
	}
	if cfg != nil {
		// Defaults from the configuration, for the flags not given. Parse
		// checked the values.
		d := cfg.Defaults
		if len(formats) == 0 {
			for _, f := range d.Format {
				if err := formats.Set(f); err != nil {
					fmt.Fprintf(stderr, "reconcile: %s: defaults.format: %v\n", cfg.Path, err)
					return exitError
				}
			}
		}
		if d.MinSeverity != "" && !isSet(fs, "min-severity") {
			minSeverity, _ = model.ParseSeverity(d.MinSeverity)
		}
		if d.FailOn != "" && !isSet(fs, "fail-on") {
			failOn, _ = model.ParseSeverity(d.FailOn)
		}
	}
	if len(formats) == 0 {
		formats = formatList{{format: report.Text}}
	}
	if err := opts.Validate(); err != nil {
		fmt.Fprintf(stderr, "reconcile check: %v\n", err)
		return exitError
	}
	var base *baseline.Baseline
	if basePath != "" {
		if base, err = baseline.Load(basePath); err != nil {
			printErr(stderr, err)
			return exitError
		}
	}
	rep, err := in.report(ctx, opts, stderr)
	if err != nil {
		printErr(stderr, err)
		return exitError
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(stderr, "reconcile: skipped %s\n", p.Message)
	}
	// What fails the run: findings not accepted by the baseline.
	failing := rep.Discrepancies
	if base != nil {
		kept, accepted, stale := baseline.Apply(base, rep)
		failing = kept
		rep.Discrepancies = kept
		if in.corpus != "" {
			stale = nil // the findings among stored articles alone were dropped: staleness is unknown
		}
		for _, e := range stale {
			fmt.Fprintf(stderr, "reconcile: %s: baseline entry %s matches no finding (stale; 'reconcile baseline prune' drops it)\n", basePath, e.Fingerprint)
		}
		fmt.Fprintf(stderr, "reconcile: %s: %d accepted, %d new, %d stale\n", basePath, len(accepted), len(kept), len(stale))
	}
	// --min-severity only hides: what fails the run is decided by --fail-on
	// alone, so say when hidden findings fail it.
	shown := rep.Discrepancies[:0:0]
	hidden, hiddenFailing := 0, 0
	for _, d := range rep.Discrepancies {
		if d.Severity >= minSeverity {
			shown = append(shown, d)
			continue
		}
		hidden++
		if d.Severity >= failOn {
			hiddenFailing++
		}
	}
	if hidden > 0 {
		msg := fmt.Sprintf("reconcile: %s below --min-severity %s not shown", countFindings(hidden), minSeverity)
		if hiddenFailing > 0 {
			msg += fmt.Sprintf("; %d of them at or above --fail-on %s", hiddenFailing, failOn)
		}
		fmt.Fprintln(stderr, msg)
	}
	view := *rep
	view.Discrepancies = shown
	ropts := report.DefaultOptions()
	ropts.ToolVersion = version
	for _, o := range formats {
		if err := write(ctx, o, &view, ropts, stdout); err != nil {
			printErr(stderr, err)
			return exitError
		}
	}
	if len(rep.Problems) > 0 {
		return exitError
	}
	for _, d := range failing {
		if d.Severity >= failOn {
			return exitFindings
		}
	}
	return exitOK
}

// countFindings says "1 finding" or "N findings".
func countFindings(n int) string {
	if n == 1 {
		return "1 finding"
	}
	return fmt.Sprintf("%d findings", n)
}

// inputs are what a report is built from.
type inputs struct {
	paths  []string   // article files and directories
	claims stringList // JSON Lines files of claims
	corpus string     // corpus directory; then only findings involving paths and claims are kept
}

func (in *inputs) flags(fs *flag.FlagSet) {
	fs.StringVar(&in.corpus, "corpus", "", "also load the articles of this corpus `directory`, and report only findings that involve the articles given")
	fs.Var(&in.claims, "claims", "also reconcile the claims in this JSON Lines `file` (the shape 'reconcile extract' writes); repeatable")
}

// report reads the inputs and reconciles them. Input problems skipped with
// KeepGoing are in the report's Problems. When the corpus holds articles
// read otherwise than opts would read them, it says so on stderr.
func (in *inputs) report(ctx context.Context, opts reconcile.Options, stderr io.Writer) (*model.Report, error) {
	extra, err := readClaimFiles(in.claims)
	if err != nil {
		return nil, err
	}
	arts, problems, err := reconcile.Read(ctx, in.paths, opts)
	if err != nil {
		return nil, err
	}
	fresh := map[string]bool{}
	for _, a := range arts {
		fresh[a.Source.Path] = true
	}
	for _, c := range extra {
		fresh[c.Span.Source] = true
	}
	if in.corpus != "" {
		var st corpus.Stats
		if arts, st, err = withCorpus(in.corpus, arts, opts.Jobs); err != nil {
			return nil, err
		}
		stampWarning(stderr, in.corpus, st, extract.Stamp(opts.Lexicon))
		// The corpus was checked when it was added: compare only what
		// involves the new articles.
		opts.Compare.Involving = func(source string) bool { return fresh[source] }
	}
	if arts, err = reconcile.WithClaims(arts, extra); err != nil {
		return nil, err
	}
	rep, err := reconcile.Reconcile(ctx, arts, opts)
	if err != nil {
		return nil, err
	}
	rep.Problems = problems
	if in.corpus != "" {
		reconcile.KeepInvolving(rep, fresh)
	}
	return rep, nil
}

// readClaimFiles reads the claims of JSON Lines files, in the order given.
func readClaimFiles(paths []string) ([]model.Claim, error) {
	var out []model.Claim
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read claims: %w", err)
		}
		cs, err := claimio.Read(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

// printErr prints err, one line per error when it is a list. A cancelled
// run is not an error to print: run has said that it was interrupted.
func printErr(stderr io.Writer, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	var ll load.ErrorList
	var cl claimio.ErrorList
	switch {
	case errors.As(err, &ll):
		for _, e := range ll {
			fmt.Fprintf(stderr, "reconcile: %v\n", e)
		}
	case errors.As(err, &cl):
		for _, e := range cl {
			fmt.Fprintf(stderr, "reconcile: %v\n", e)
		}
	default:
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				printErr(stderr, e)
			}
			return
		}
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
	}
}
