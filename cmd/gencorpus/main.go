// Command gencorpus writes a synthetic corpus of news articles about invented
// events: the articles in DIR/articles, and the injected disagreements and
// lookalikes in DIR/truth.json.
//
// Usage:
//
//	gencorpus -articles N -seed S -out DIR
//	reconcile check DIR/articles
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/reconcile-news/reconcile/internal/gen"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run generates the corpus the arguments ask for and returns the exit code:
// 0 on success, 2 on an error.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := gen.DefaultOptions()
	fs.IntVar(&o.Articles, "articles", o.Articles, "number of articles to write")
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "seed of the random choices")
	out := fs.String("out", "", "output directory (created; must be empty)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: gencorpus -articles N -seed S -out DIR")
		return 2
	}
	start := time.Now()
	c, err := gen.Write(*out, o)
	if err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "wrote %d articles in %d clusters to %s (%d disagreements, %d lookalikes) in %v\n",
		len(c.Files), c.Truth.Clusters, filepath.Join(*out, gen.ArticleDir), len(c.Truth.Disagreements), len(c.Truth.Lookalikes),
		time.Since(start).Round(time.Millisecond))
	return 0
}
