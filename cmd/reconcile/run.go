package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile"
	"github.com/reconcile-news/reconcile/reconcile/atomicfile"
	"github.com/reconcile-news/reconcile/reconcile/config"
	"github.com/reconcile-news/reconcile/reconcile/report"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage or input error
)

const usage = `reconcile reads news articles and reports where they disagree.

Usage:
  reconcile check [flags] PATH...     reconcile the articles (files or directories)
  reconcile extract [flags] PATH...   print the claims read from the articles, as JSON Lines or text
  reconcile corpus add --corpus DIR PATH...
                                      extract the articles and store their claims in a corpus
  reconcile corpus stats --corpus DIR describe a corpus
  reconcile baseline create|update|prune --baseline FILE [--reason TEXT] PATH...
                                      accept current findings, or drop entries whose finding is gone
  reconcile version                   print the version

Examples:
  reconcile check fixtures/articles
  reconcile check --format json a.txt b.md > report.json
  reconcile check --format text --format sarif=report.sarif --fail-on medium articles/
  reconcile check --baseline .reconcile-baseline.yaml articles/
  reconcile extract --format text fixtures/articles
  reconcile check --claims other-extractor.jsonl articles/
  reconcile corpus add --corpus archive/ old-articles/
  reconcile check --corpus archive/ todays-articles/

Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or input error
or interrupted (SIGINT, SIGTERM; files not yet written keep their previous content).
Run 'reconcile COMMAND --help' for the flags of a command.
`

// run is the whole command; main only exits with its result.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	switch args[0] {
	case "check", "extract", "corpus", "baseline":
		ctx, stop := interruptible(stderr)
		var code int
		switch args[0] {
		case "extract":
			code = extractCmd(ctx, args[1:], stdout, stderr)
		case "corpus":
			code = corpusCmd(ctx, args[1:], stdout, stderr)
		case "baseline":
			code = baselineCmd(ctx, args[1:], stdout, stderr)
		default:
			code = check(ctx, args[1:], stdout, stderr)
		}
		if stop() {
			return exitError // interrupted: what was not written keeps its previous content
		}
		return code
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "reconcile %s (report format version %d)\n", version, model.ReportVersion)
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "reconcile: unknown command %q\n\n%s", args[0], usage)
	return exitError
}

// interruptible returns a context that SIGINT and SIGTERM cancel. On the
// first signal it says so on stderr at once; files not yet in place keep
// their previous content, since every file is written to a temporary file
// and renamed only while the run is not cancelled. A second signal ends the
// process at once, as if there were no handler. stop releases the signals
// and reports whether a signal arrived; the message was then printed.
//
// stderr is written from another goroutine, and only when a signal arrives.
func interruptible(stderr io.Writer) (ctx context.Context, stop func() (interrupted bool)) {
	ctx, stopNotify := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	finished := make(chan struct{})
	var wg sync.WaitGroup
	var signalled bool
	wg.Add(1)
	go func() {
		defer wg.Done()
		select {
		case <-ctx.Done():
		case <-finished:
			if ctx.Err() == nil {
				return
			}
		}
		signalled = true
		stopNotify() // a second signal is not caught
		fmt.Fprintf(stderr, "reconcile: %v: stopping; files not yet written keep their previous content\n", context.Cause(ctx))
	}()
	return ctx, func() bool {
		close(finished)
		wg.Wait()
		stopNotify()
		return signalled
	}
}

// output is one requested format and where it goes ("" for stdout).
type output struct {
	format report.Format
	path   string
}

// formatList collects repeated --format flags: "json", "sarif=out.sarif".
type formatList []output

func (f *formatList) String() string { return "" }

func (f *formatList) Set(s string) error {
	name, path, _ := strings.Cut(s, "=")
	ft, err := report.ParseFormat(name)
	if err != nil {
		return err
	}
	if strings.Contains(s, "=") && path == "" {
		return fmt.Errorf("format %s: empty output path after '='", name)
	}
	*f = append(*f, output{format: ft, path: path})
	return nil
}

type severityFlag struct{ s *model.Severity }

func (f severityFlag) String() string {
	if f.s == nil {
		return ""
	}
	return f.s.String()
}

func (f severityFlag) Set(v string) error {
	s, err := model.ParseSeverity(v)
	if err != nil {
		return err
	}
	*f.s = s
	return nil
}

// commonFlags are the flags of every command that reads articles, besides
// those that set reconcile.Options directly.
type commonFlags struct {
	config string      // --config
	quiet  bool        // --quiet
	memory memoryLimit // --memory-limit
}

// inputFlags adds the flags that say how articles are read.
func inputFlags(fs *flag.FlagSet, opts *reconcile.Options) *commonFlags {
	cf := &commonFlags{}
	fs.StringVar(&cf.config, "config", "", "read the configuration from this `file` instead of the "+config.FileName+" found in the working directory or above")
	fs.BoolVar(&cf.quiet, "quiet", false, "show no progress bar")
	fs.BoolVar(&opts.KeepGoing, "keep-going", false, "skip unreadable files and bad JSON Lines lines, list them in the report, and still exit 2")
	fs.Int64Var(&opts.MaxBytes, "max-bytes", opts.MaxBytes, "largest article file to read, in `bytes`")
	fs.IntVar(&opts.Jobs, "jobs", opts.Jobs, "read and extract this many `files` at once")
	fs.Var(&cf.memory, "memory-limit", "collect garbage more often to keep the process's memory near this `size` (1.5GiB, 1500MB; off); default GOMEMLIMIT, or 90% of the container's limit")
	return cf
}

// configure loads the configuration file (--config, or the one found from
// the working directory upward) and applies it to opts; flags given on the
// command line win. It sets up the progress bar on stderr. It returns nil
// when there is no configuration. It sets the runtime's memory limit.
func configure(fs *flag.FlagSet, cf *commonFlags, opts *reconcile.Options, stderr io.Writer) (*config.Config, error) {
	cf.memory.apply()
	opts.Progress = newProgress(stderr, isTerminal(stderr), cf.quiet, os.Getenv, time.Now)
	path := cf.config
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if path, err = config.Find(wd); err != nil || path == "" {
			return nil, err
		}
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	jobs := opts.Jobs
	if err := cfg.Apply(opts); err != nil {
		return nil, err
	}
	if isSet(fs, "jobs") {
		opts.Jobs = jobs
	}
	return cfg, nil
}

// isSet reports whether the flag was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// stringList collects a repeated string flag.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(s string) error {
	if s == "" {
		return errors.New("empty value")
	}
	*l = append(*l, s)
	return nil
}

// parseInterspersed parses flags that may follow the paths.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return paths, nil
		}
		if args[0] == "--" {
			return append(paths, args[1:]...), nil
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
}

// write renders one output, to stdout or atomically to a file. Once ctx is
// done nothing more is written, and a file not yet renamed into place keeps
// its previous content.
func write(ctx context.Context, o output, rep *model.Report, ropts report.Options, stdout io.Writer) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.path == "" {
		if o.format == report.Text {
			ropts.Color = report.ColorEnabled(stdout, os.Getenv)
		}
		return report.Write(stdout, o.format, rep, ropts)
	}
	return atomicfile.WriteFileContext(ctx, o.path, 0o644, func(w io.Writer) error {
		return report.Write(w, o.format, rep, ropts)
	})
}

// readArticles applies the configuration to opts, validates them and reads
// the articles under paths, reporting files skipped with --keep-going on
// stderr (they still make the exit code exitError). ok is false when the
// command must exit with exitError at once; the error has been printed.
func readArticles(ctx context.Context, cmd string, fs *flag.FlagSet, cf *commonFlags, opts *reconcile.Options, paths []string, stderr io.Writer) (arts []reconcile.Article, problems []model.InputProblem, ok bool) {
	if _, err := configure(fs, cf, opts, stderr); err != nil {
		printErr(stderr, err)
		return nil, nil, false
	}
	if err := opts.Validate(); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		return nil, nil, false
	}
	arts, problems, err := reconcile.Read(ctx, paths, *opts)
	if err != nil {
		printErr(stderr, err)
		return nil, nil, false
	}
	for _, p := range problems {
		fmt.Fprintf(stderr, "reconcile: skipped %s\n", p.Message)
	}
	return arts, problems, true
}
