package corpus

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"text/tabwriter"
	"time"
)

// Stats describes a corpus. It is computed from the manifest alone.
type Stats struct {
	Path     string         // the corpus directory
	Version  int            // format version of the corpus
	Segments int            // number of segment files (one per Add that added something)
	Articles int            // number of articles
	Claims   int            // number of claims
	Kinds    map[string]int // claims by kind: quantity, date, role, unknown
	Entities int            // number of entities, counted once per article naming them
	// NoEntities is the number of articles stored by format version 1,
	// which kept no entities: a check against the corpus blocks their
	// claims without them, and may find other things than a full check.
	NoEntities int
	Outlets    map[string]int // articles by outlet; "" for articles without one
	Bytes      int64          // size on disk of the manifest and all segments
	First      time.Time      // earliest publication date; zero when none is known
	Last       time.Time      // latest publication date; zero when none is known
	// Readings counts the articles by the stamp they were read with, in
	// the order of the segments that first used each stamp.
	Readings []Reading
	// Current is not set by Stats: set it to the stamp this reconcile
	// reads with, and WriteText marks the articles read so, or says that
	// none was.
	Current string
}

// Reading is a stamp (see extract.Stamp) and how many articles of a corpus
// were read with it. Stamp is "" for articles stored before segments
// recorded their stamp: how they were read is unknown.
type Reading struct {
	Stamp    string
	Articles int
}

// ReadOtherwise returns how many articles were read with another stamp
// than stamp, and how many of those with an unknown one.
func (s Stats) ReadOtherwise(stamp string) (other, unknown int) {
	for _, r := range s.Readings {
		switch {
		case r.Stamp == "":
			other += r.Articles
			unknown += r.Articles
		case r.Stamp != stamp:
			other += r.Articles
		}
	}
	return other, unknown
}

// Stats returns counts of what the corpus holds.
func (c *Corpus) Stats() Stats {
	s := Stats{
		Path:    c.dir,
		Version: c.m.Version,
		Kinds:   map[string]int{},
		Outlets: map[string]int{},
	}
	if fi, err := os.Stat(filepath.Join(c.dir, manifestName)); err == nil {
		s.Bytes += fi.Size()
	}
	for _, g := range c.m.Segments {
		s.Segments++
		s.Articles += g.Articles
		s.Claims += g.Claims
		s.Entities += g.Entities
		if g.version() < versionEntities {
			s.NoEntities += g.Articles
		}
		s.Bytes += g.Size
		if g.Articles > 0 {
			i := slices.IndexFunc(s.Readings, func(r Reading) bool { return r.Stamp == g.Stamp })
			if i < 0 {
				i = len(s.Readings)
				s.Readings = append(s.Readings, Reading{Stamp: g.Stamp})
			}
			s.Readings[i].Articles += g.Articles
		}
		for k, n := range g.Kinds {
			s.Kinds[k] += n
		}
		for k, n := range g.Outlets {
			s.Outlets[k] += n
		}
		if g.First != nil && (s.First.IsZero() || g.First.Before(s.First)) {
			s.First = *g.First
		}
		if g.Last != nil && (s.Last.IsZero() || g.Last.After(s.Last)) {
			s.Last = *g.Last
		}
	}
	return s
}

// WriteText writes the stats for people, one fact per line, sorted so that
// the same corpus always gives the same text.
func (s Stats) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "corpus:\t%s\n", s.Path)
	fmt.Fprintf(tw, "format version:\t%d\n", s.Version)
	fmt.Fprintf(tw, "segments:\t%d\n", s.Segments)
	fmt.Fprintf(tw, "articles:\t%d\n", s.Articles)
	fmt.Fprintf(tw, "claims:\t%d\n", s.Claims)
	for _, k := range []string{"quantity", "date", "role", "unknown"} {
		if n := s.Kinds[k]; n > 0 {
			fmt.Fprintf(tw, "  %s:\t%d\n", k, n)
		}
	}
	fmt.Fprintf(tw, "entities:\t%d\n", s.Entities)
	if s.NoEntities > 0 {
		fmt.Fprintf(tw, "articles without entities:\t%d (stored by format version 1; add them to a new corpus to keep their entities)\n", s.NoEntities)
	}
	if len(s.Readings) > 0 {
		current := slices.ContainsFunc(s.Readings, func(r Reading) bool { return r.Stamp == s.Current })
		if s.Current == "" || current {
			fmt.Fprintf(tw, "stamps:\t%d\n", len(s.Readings))
		} else {
			fmt.Fprintf(tw, "stamps:\t%d, none as this reconcile reads (%s)\n", len(s.Readings), s.Current)
		}
		for _, r := range s.Readings {
			label, note := r.Stamp, ""
			switch {
			case label == "":
				label = "(unknown)"
				note = " (not recorded: stored by an older reconcile)"
			case label == s.Current:
				note = " (as this reconcile reads)"
			}
			fmt.Fprintf(tw, "  %s:\t%d%s\n", label, r.Articles, note)
		}
	}
	fmt.Fprintf(tw, "bytes on disk:\t%d\n", s.Bytes)
	if s.Claims > 0 {
		fmt.Fprintf(tw, "bytes per claim:\t%.1f\n", float64(s.Bytes)/float64(s.Claims))
	}
	if !s.First.IsZero() {
		fmt.Fprintf(tw, "published:\t%s to %s\n", s.First.Format(time.DateOnly), s.Last.Format(time.DateOnly))
	}
	if len(s.Outlets) > 0 {
		fmt.Fprintf(tw, "outlets:\t%d\n", len(s.Outlets))
		names := make([]string, 0, len(s.Outlets))
		for k := range s.Outlets {
			names = append(names, k)
		}
		// Most articles first, then by name.
		slices.SortFunc(names, func(a, b string) int {
			if d := s.Outlets[b] - s.Outlets[a]; d != 0 {
				return d
			}
			if a < b {
				return -1
			}
			if a > b {
				return 1
			}
			return 0
		})
		for _, k := range names {
			label := k
			if label == "" {
				label = "(no outlet)"
			}
			fmt.Fprintf(tw, "  %s:\t%d\n", label, s.Outlets[k])
		}
	}
	return tw.Flush()
}
