package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/reconcile-news/reconcile/reconcile"
	"github.com/reconcile-news/reconcile/reconcile/corpus"
	"github.com/reconcile-news/reconcile/reconcile/extract"
)

// corpusCmd runs "reconcile corpus add|stats".
func corpusCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	const usage = "Usage:\n  reconcile corpus add --corpus DIR [flags] PATH...   extract the articles and add them to the corpus\n  reconcile corpus stats --corpus DIR                 describe the corpus\n"
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	opts, err := reconcile.DefaultOptions()
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	sub := args[0]
	var dir string
	var cfgFile *commonFlags
	fs := flag.NewFlagSet("reconcile corpus "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&dir, "corpus", "", "the corpus `directory`")
	switch sub {
	case "add":
		cfgFile = inputFlags(fs, &opts)
	case "stats":
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "reconcile corpus: unknown command %q\n\n%s", sub, usage)
		return exitError
	}
	fs.Usage = func() {
		fmt.Fprint(stderr, usage+"\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	if dir == "" {
		fmt.Fprintf(stderr, "reconcile corpus %s: --corpus is required\n", sub)
		return exitError
	}
	if sub == "stats" {
		if len(paths) > 0 {
			fmt.Fprintf(stderr, "reconcile corpus stats: unexpected arguments %q\n", paths)
			return exitError
		}
		c, err := corpus.Open(dir)
		if err != nil {
			fmt.Fprintf(stderr, "reconcile: %v\n", err)
			return exitError
		}
		if err := c.Stats().WriteText(stdout); err != nil {
			fmt.Fprintf(stderr, "reconcile: %v\n", err)
			return exitError
		}
		return exitOK
	}
	if len(paths) == 0 {
		fmt.Fprint(stderr, "reconcile corpus add: no articles given\n")
		return exitError
	}
	arts, problems, ok := readArticles(ctx, "reconcile corpus add", fs, cfgFile, &opts, paths, stderr)
	if !ok {
		return exitError
	}
	if ctx.Err() != nil {
		return exitError // interrupted: the corpus is left as it was
	}
	c, err := corpus.OpenOrCreate(dir)
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	docs := make([]corpus.Article, 0, len(arts))
	for _, a := range arts {
		docs = append(docs, corpus.Article{Source: a.Source, Claims: a.Claims, Entities: a.Entities})
	}
	before := c.Stats()
	added, skipped, err := c.Add(docs, extract.Stamp(opts.Lexicon))
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	if v := c.Stats().Version; v > before.Version {
		fmt.Fprintf(stderr, "reconcile: %s: corpus format raised from version %d to %d; older reconcile releases refuse it now\n", dir, before.Version, v)
	}
	if before.NoEntities > 0 {
		fmt.Fprintf(stderr, "reconcile: %s: %d articles stored by format version 1 have no entities, so checks against them can differ from a full check; add them to a new corpus to keep their entities\n", dir, before.NoEntities)
	}
	fmt.Fprintf(stdout, "%s: added %d, skipped %d already present; %d articles in all\n", dir, added, skipped, c.Len())
	if len(problems) > 0 {
		return exitError
	}
	return exitOK
}

// withCorpus returns arts together with the articles of the corpus at dir,
// leaving out a corpus article when one of arts has its content hash or its
// path (the new reading replaces the stored one). The corpus is decoded on
// jobs goroutines.
func withCorpus(dir string, arts []reconcile.Article, jobs int) ([]reconcile.Article, error) {
	c, err := corpus.Open(dir)
	if err != nil {
		return nil, err
	}
	c.Jobs = jobs
	stored, err := c.Load()
	if err != nil {
		return nil, err
	}
	hashes := map[string]bool{}
	paths := map[string]bool{}
	for _, a := range arts {
		hashes[a.Source.Hash] = true
		paths[a.Source.Path] = true
	}
	out := append([]reconcile.Article(nil), arts...)
	for _, s := range stored {
		if (s.Source.Hash != "" && hashes[s.Source.Hash]) || paths[s.Source.Path] {
			continue
		}
		out = append(out, reconcile.Article{Source: s.Source, Claims: s.Claims, Entities: s.Entities})
	}
	return out, nil
}
