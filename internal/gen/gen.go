package gen

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Options say how much to generate.
type Options struct {
	Articles int    // number of articles to write
	Seed     uint64 // seed of the random choices; the same seed gives the same output
}

// DefaultOptions returns options for a small corpus of 100 articles.
func DefaultOptions() Options { return Options{Articles: 100, Seed: 1} }

// Validate reports whether the options can be used.
func (o Options) Validate() error {
	if o.Articles < 1 {
		return fmt.Errorf("articles must be at least 1, not %d", o.Articles)
	}
	return nil
}

// Kinds of injected disagreement, as written to truth.json.
const (
	SummaryVsBody    = "summary-vs-body"   // a Key Takeaways bullet gives another figure than the body
	QuantityMismatch = "quantity-mismatch" // one article gives another count for the same event
	RoleConflict     = "role-conflict"     // one article calls a sitting official "former"
	DateMismatch     = "date-mismatch"     // one article gives another date for the same event
)

// Kinds of lookalike: statements that look like disagreements and are not.
const (
	DifferentActor   = "different-actor"   // the same count noun and verb, done by the other side
	DifferentPlace   = "different-place"   // a death toll of another city
	DifferentPeriod  = "different-period"  // "in a single week" against "overnight"
	DifferentVersion = "different-version" // "initial plan" against "revised plan"
	TwoRoles         = "two-roles"         // one person with two titles
)

// Side is one statement of a case: where it stands and the value it gives,
// exactly as it is written on that line.
type Side struct {
	File  string `json:"file"`  // file name inside the output directory
	Line  int    `json:"line"`  // line counted from 1
	Value string `json:"value"` // the value as written: "41", "three", "March 3", "former Defense Minister"
}

// Case is one injected disagreement or one lookalike. For a disagreement,
// the first side is the injected statement and each other side contradicts
// it. For a lookalike, the first side is the statement that looks like a
// disagreement and the others are the statements of its cluster it must
// not be flagged against (another article's launch count for a count of the
// other side's launches, say). The other sides of a case need not differ
// from one another, and flagging two of them is no part of the case.
type Case struct {
	Kind    string `json:"kind"`
	Cluster int    `json:"cluster"` // the event the articles are about, counted from 1
	Sides   []Side `json:"sides"`
}

// Truth says what a generated corpus contains.
type Truth struct {
	Seed          uint64 `json:"seed"`
	Articles      int    `json:"articles"`
	Clusters      int    `json:"clusters"`
	Disagreements []Case `json:"disagreements"`
	Lookalikes    []Case `json:"lookalikes"`
	// Files gives the cluster of each article, by file name. Articles of
	// different clusters report different events: no discrepancy may set
	// one against another.
	Files map[string]int `json:"files"`
}

// File is one generated article.
type File struct {
	Name string // file name: 000001.txt
	Text string // the article, lines ending in "\n"
}

// ArticleDir is the directory, inside the output directory of Write, that
// holds the articles and nothing else, so that it can be checked whole.
const ArticleDir = "articles"

// Corpus is the generated articles and their truth.
type Corpus struct {
	Files []File
	Truth Truth
}

// Generate builds the articles in memory.
func Generate(o Options) (*Corpus, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(o.Seed, 0x7265636f6e63696c))
	g := &generator{r: r, names: newNamer(r)}
	c := &Corpus{Truth: Truth{Seed: o.Seed, Articles: o.Articles, Disagreements: []Case{}, Lookalikes: []Case{}, Files: map[string]int{}}}
	for len(c.Files) < o.Articles {
		size := min(3+r.IntN(4), o.Articles-len(c.Files))
		c.Truth.Clusters++
		g.cluster(c, c.Truth.Clusters, size)
	}
	return c, nil
}

// WriteTruth writes the truth as indented JSON.
func (t *Truth) WriteTruth(w io.Writer) error {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// ErrNotEmpty is returned by Write for an output directory that holds files.
var ErrNotEmpty = errors.New("output directory is not empty")

// Write generates a corpus into dir: one .txt file per article in
// dir/articles (see ArticleDir) and the truth in dir/truth.json. The
// directory is created if needed and must be empty.
func Write(dir string, o Options) (*Corpus, error) {
	c, err := Generate(o)
	if err != nil {
		return nil, err
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("%s: %w", dir, ErrNotEmpty)
	}
	articles := filepath.Join(dir, ArticleDir)
	if err := os.MkdirAll(articles, 0o755); err != nil {
		return nil, err
	}
	for _, f := range c.Files {
		if err := os.WriteFile(filepath.Join(articles, f.Name), []byte(f.Text), 0o644); err != nil {
			return nil, err
		}
	}
	tf, err := os.Create(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, err
	}
	if err := c.Truth.WriteTruth(tf); err != nil {
		tf.Close()
		return nil, err
	}
	return c, tf.Close()
}
