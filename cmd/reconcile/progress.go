package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/reconcile-news/reconcile/reconcile"
)

// progressDelay is how long a run goes before it shows a progress bar:
// short runs stay quiet.
const progressDelay = 500 * time.Millisecond

// progressRedraw is the shortest time between two drawings of the bar.
const progressRedraw = 100 * time.Millisecond

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// newProgress returns the Progress callback for reconcile.Options that
// draws a bar on w (files read, MB/s) once a run has lasted progressDelay,
// or nil when w is not a terminal, quiet is set, or the CI environment
// variable is set. now is the clock.
func newProgress(w io.Writer, terminal, quiet bool, getenv func(string) string, now func() time.Time) func(reconcile.Progress) {
	if !terminal || quiet || getenv("CI") != "" {
		return nil
	}
	start := now()
	var (
		bar  *progressbar.ProgressBar
		last time.Duration // when the bar was last drawn
	)
	return func(p reconcile.Progress) {
		elapsed := now().Sub(start)
		if bar != nil && p.Files < p.Total && elapsed-last < progressRedraw {
			return
		}
		last = elapsed
		mbps := float64(p.Bytes) / 1e6 / max(elapsed.Seconds(), 1e-3)
		desc := fmt.Sprintf("reading %.1f MB/s", mbps)
		if bar == nil {
			if elapsed < progressDelay || p.Files >= p.Total {
				return
			}
			bar = progressbar.NewOptions(p.Total,
				progressbar.OptionSetDescription(desc),
				progressbar.OptionSetWriter(w),
				progressbar.OptionShowCount(),
				progressbar.OptionSetItsString("files"),
				progressbar.OptionSetPredictTime(true),
				progressbar.OptionClearOnFinish(),
				progressbar.OptionSetWidth(30),
			)
		}
		// Drawing errors are not worth stopping a run for.
		_ = bar.Set(p.Files)
		bar.Describe(desc)
		if p.Files >= p.Total {
			_ = bar.Finish()
		}
	}
}
