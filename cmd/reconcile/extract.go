package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile"
	"github.com/reconcile-news/reconcile/reconcile/claimio"
)

// extractCmd prints the claims read from the articles.
func extractCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	opts, err := reconcile.DefaultOptions()
	if err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	opts.SkipMentions = true // the claims are printed, not the entities
	format := "jsonl"
	fs := flag.NewFlagSet("reconcile extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&format, "format", format, "output `format`: jsonl (one JSON object per claim) or text")
	cfgFile := inputFlags(fs, &opts)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: reconcile extract [flags] PATH...\n\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	if format != "jsonl" && format != "text" {
		fmt.Fprintf(stderr, "reconcile extract: unknown format %q (want jsonl or text)\n", format)
		return exitError
	}
	if len(paths) == 0 {
		fmt.Fprint(stderr, "reconcile extract: no articles given\n\n")
		fs.Usage()
		return exitError
	}
	arts, problems, ok := readArticles(ctx, "reconcile extract", fs, cfgFile, &opts, paths, stderr)
	if !ok {
		return exitError
	}
	bw := bufio.NewWriter(stdout)
	jw := claimio.NewWriter(bw)
	for _, a := range arts {
		if ctx.Err() != nil {
			return exitError // interrupted
		}
		for i := range a.Claims {
			c := &a.Claims[i]
			if format == "text" {
				_, err = io.WriteString(bw, claimLine(c)+"\n")
			} else {
				err = jw.Write(c)
			}
			if err != nil {
				fmt.Fprintf(stderr, "reconcile: %v\n", err)
				return exitError
			}
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "reconcile: %v\n", err)
		return exitError
	}
	if len(problems) > 0 {
		return exitError
	}
	return exitOK
}

// claimLine renders a claim for people on one line:
//
//	path:line:col [section] kind "quote" value subject/measure actor=… place=…
func claimLine(c *model.Claim) string {
	var b strings.Builder
	b.WriteString(c.Span.String())
	sec := c.Section.String()
	if sec == "" {
		sec = "?"
	}
	fmt.Fprintf(&b, " [%s] %s %s %s %s/%s", sec, c.Kind, strconv.Quote(c.Quote), word(c.Value.String()), word(c.Subject), word(c.Measure))
	for _, kv := range [...][2]string{
		{"actor", c.Actor}, {"target", c.Target}, {"origin", c.Origin}, {"place", c.Place},
		{"period", c.Period}, {"version", c.Version}, {"said_by", c.SaidBy},
	} {
		if kv[1] != "" {
			b.WriteString(" " + kv[0] + "=" + word(kv[1]))
		}
	}
	return b.String()
}

// word returns s as one shell-like word: quoted when it has spaces or
// unprintable characters, "-" when empty.
func word(s string) string {
	if s == "" {
		return "-"
	}
	if strings.ContainsAny(s, " \t\n\r\"=/") || strconv.Quote(s) != `"`+s+`"` {
		return strconv.Quote(s)
	}
	return s
}
