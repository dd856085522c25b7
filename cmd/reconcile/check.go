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
	"github.com/reconcile-news/reconcile/reconcile/load"
	"github.com/reconcile-news/reconcile/reconcile/report"
)

func check(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	opts, err := reconcile.DefaultOptions()
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
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
	inputFlags(fs, &opts)
	var claimFiles stringList
	var corpusPath string
	fs.StringVar(&corpusPath, "corpus", "", "also load the articles of this corpus `directory`, and report only findings that involve the articles given")
	fs.Var(&claimFiles, "claims", "also reconcile the claims in this JSON Lines `file` (the shape 'reconcile extract' writes); repeatable")
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
	if len(paths) == 0 && len(claimFiles) == 0 {
		fmt.Fprint(stderr, "reconcile check: no articles given\n\n")
		fs.Usage()
		return exitError
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
			fmt.Fprintf(stderr, "reconcile: %v\n", err)
			return exitError
		}
	}
	extra, err := readClaimFiles(claimFiles)
	if err != nil {
		printErr(stderr, err)
		return exitError
	}
	arts, problems, err := reconcile.Read(ctx, paths, opts)
	if err != nil {
		printErr(stderr, err)
		return exitError
	}
	newSources := map[string]bool{}
	for _, a := range arts {
		newSources[a.Source.Path] = true
	}
	for _, c := range extra {
		newSources[c.Span.Source] = true
	}
	if corpusPath != "" {
		if arts, err = withCorpus(corpusPath, arts); err != nil {
			fmt.Fprintf(stderr, "reconcile: %v\n", err)
			return exitError
		}
	}
	if arts, err = reconcile.WithClaims(arts, extra); err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	rep, err := reconcile.Reconcile(ctx, arts, opts)
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	rep.Problems = problems
	if corpusPath != "" {
		reconcile.KeepInvolving(rep, newSources)
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(stderr, "reconcile: skipped %s\n", p.Message)
	}
	// What fails the run: findings not accepted by the baseline.
	failing := rep.Discrepancies
	if base != nil {
		kept, _, stale := baseline.Apply(base, rep)
		failing = kept
		rep.Discrepancies = kept
		for _, e := range stale {
			fmt.Fprintf(stderr, "reconcile: %s: baseline entry %s matches no finding (stale)\n", basePath, e.Fingerprint)
		}
	}
	shown := rep.Discrepancies[:0:0]
	for _, d := range rep.Discrepancies {
		if d.Severity >= minSeverity {
			shown = append(shown, d)
		}
	}
	view := *rep
	view.Discrepancies = shown
	ropts := report.DefaultOptions()
	ropts.ToolVersion = version
	for _, o := range formats {
		if err := write(o, &view, ropts, stdout); err != nil {
			fmt.Fprintf(stderr, "reconcile: %v\n", err)
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

// printErr prints err, one line per error when it is a list.
func printErr(stderr io.Writer, err error) {
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
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
	}
}
