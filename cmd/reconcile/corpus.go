package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/reconcile-news/reconcile/reconcile"
	"github.com/reconcile-news/reconcile/reconcile/config"
	"github.com/reconcile-news/reconcile/reconcile/corpus"
	"github.com/reconcile-news/reconcile/reconcile/extract"
)

// corpusCmd runs "reconcile corpus add|stats".
func corpusCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	const usage = "Usage:\n  reconcile corpus add --corpus DIR [flags] PATH...   extract the articles and add them to the corpus\n  reconcile corpus stats --corpus DIR [--config FILE] describe the corpus and the stamps its articles were read with\n"
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
		cfgFile = &commonFlags{quiet: true}
		fs.StringVar(&cfgFile.config, "config", "", "read the configuration from this `file` instead of the "+config.FileName+" found in the working directory or above, to tell which stamp this reconcile reads with")
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
		// The configuration can add words to the lexicon, and so decides
		// which stamp is this reconcile's.
		if _, err := configure(fs, cfgFile, &opts, stderr); err != nil {
			printErr(stderr, err)
			return exitError
		}
		st := c.Stats()
		st.Current = extract.Stamp(opts.Lexicon)
		if err := st.WriteText(stdout); err != nil {
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
	stamp := extract.Stamp(opts.Lexicon)
	added, skipped, err := c.Add(docs, stamp)
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
	if n, how := readOtherwise(before, stamp); n > 0 {
		fmt.Fprintf(stderr, "reconcile: %s: %d of the %d articles already stored %s; an article already stored is skipped, not read again: to read them as this reconcile does (%s), add the original articles to a new corpus\n", dir, n, before.Articles, how, stamp)
	}
	fmt.Fprintf(stdout, "%s: added %d, skipped %d already present; %d articles in all\n", dir, added, skipped, c.Len())
	if len(problems) > 0 {
		return exitError
	}
	return exitOK
}

// readOtherwise returns how many articles of the corpus were read otherwise
// than with stamp, and how, as words that follow "N articles": "were read
// with other extraction rules or word lists".
func readOtherwise(s corpus.Stats, stamp string) (n int, how string) {
	other, unknown := s.ReadOtherwise(stamp)
	switch {
	case other == 0:
		return 0, ""
	case unknown == 0:
		how = "were read with other extraction rules or word lists"
	case unknown == other:
		how = "were added by an older reconcile, which did not record how it read them"
	default:
		how = fmt.Sprintf("were read with other extraction rules or word lists (%d) or added by an older reconcile, which did not record how it read them (%d)", other-unknown, unknown)
	}
	return other, how
}

// stampWarning says on stderr when articles of the corpus at dir were read
// otherwise than a run with stamp would read them, which makes a check
// against the corpus differ from a full check. It is a warning, not
// progress: --quiet does not hide it.
func stampWarning(stderr io.Writer, dir string, s corpus.Stats, stamp string) {
	n, how := readOtherwise(s, stamp)
	if n == 0 {
		return
	}
	fmt.Fprintf(stderr, "reconcile: %s: %d of %d stored articles %s, so their claims can differ from what this reconcile reads (%s) and this check from a full check of the same articles; to read them anew, add the original articles to a new corpus: reconcile corpus add --corpus NEWDIR PATH...\n",
		dir, n, s.Articles, how, stamp)
}

// withCorpus returns arts together with the articles of the corpus at dir,
// leaving out a corpus article when one of arts has its content hash or its
// path (the new reading replaces the stored one), and the corpus's stats.
// The corpus is decoded on jobs goroutines.
func withCorpus(dir string, arts []reconcile.Article, jobs int) ([]reconcile.Article, corpus.Stats, error) {
	c, err := corpus.Open(dir)
	if err != nil {
		return nil, corpus.Stats{}, err
	}
	c.Jobs = jobs
	c.SkipMentions = true // a check only counts them
	stored, err := c.Load()
	if err != nil {
		return nil, corpus.Stats{}, err
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
	return out, c.Stats(), nil
}
