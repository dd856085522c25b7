package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/reconcile-news/reconcile/reconcile"
	"github.com/reconcile-news/reconcile/reconcile/baseline"
)

const baselineUsage = `Usage:
  reconcile baseline create --baseline FILE --reason TEXT [flags] PATH...
      accept every current finding in a new baseline file
  reconcile baseline update --baseline FILE --reason TEXT [flags] PATH...
      add the current findings to the baseline; existing entries keep their reason
  reconcile baseline prune --baseline FILE [flags] PATH...
      drop the entries whose finding is gone
`

// baselineCmd runs "reconcile baseline create|update|prune".
func baselineCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, baselineUsage)
		return exitError
	}
	sub := args[0]
	switch sub {
	case "create", "update", "prune":
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, baselineUsage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "reconcile baseline: unknown command %q\n\n%s", sub, baselineUsage)
		return exitError
	}
	opts, err := reconcile.DefaultOptions()
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	opts.SkipMentions = true // only counted; see reconcile.Options
	var (
		path, reason string
		in           inputs
	)
	fs := flag.NewFlagSet("reconcile baseline "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&path, "baseline", "", "the baseline `file`")
	if sub != "prune" {
		fs.StringVar(&reason, "reason", "", "why the findings are accepted (`text`, required)")
	}
	cfgFile := inputFlags(fs, &opts)
	in.flags(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, baselineUsage+"\nFlags:\n")
		fs.PrintDefaults()
	}
	in.paths, err = parseInterspersed(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "reconcile baseline %s: %s\n", sub, fmt.Sprintf(format, a...))
		return exitError
	}
	switch {
	case path == "":
		return fail("--baseline is required")
	case sub != "prune" && strings.TrimSpace(reason) == "":
		return fail("--reason is required: say why these findings are accepted")
	case len(in.paths) == 0 && len(in.claims) == 0:
		return fail("no articles given")
	}
	if _, err = configure(fs, cfgFile, &opts, stderr); err != nil {
		printErr(stderr, err)
		return exitError
	}
	if err := opts.Validate(); err != nil {
		return fail("%v", err)
	}
	var old *baseline.Baseline
	if sub == "create" {
		if _, err := os.Stat(path); err == nil {
			return fail("%s already exists; use 'reconcile baseline update'", path)
		}
	} else if old, err = baseline.Load(path); err != nil {
		printErr(stderr, err)
		return exitError
	}
	rep, err := in.report(ctx, opts, stderr)
	if err != nil {
		printErr(stderr, err)
		return exitError
	}
	if len(rep.Problems) > 0 {
		for _, p := range rep.Problems {
			fmt.Fprintf(stderr, "reconcile: skipped %s\n", p.Message)
		}
		return fail("not written: some articles could not be read")
	}
	var b *baseline.Baseline
	switch sub {
	case "create":
		b, err = baseline.Create(rep, reason)
	case "update":
		b, err = baseline.Update(old, rep, reason)
	case "prune":
		b = baseline.Prune(old, rep)
	}
	if err != nil {
		return fail("%v", err)
	}
	if err := b.Save(ctx, path); err != nil {
		printErr(stderr, err)
		return exitError
	}
	before := 0
	if old != nil {
		before = len(old.Accepted)
	}
	fmt.Fprintf(stdout, "%s: %d accepted (%d before)\n", path, len(b.Accepted), before)
	return exitOK
}
