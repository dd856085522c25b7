// Command reconcile reads news articles, extracts their factual claims and
// reports every place where the sources disagree. Run `reconcile --help`.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
