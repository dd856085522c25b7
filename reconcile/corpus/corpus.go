package corpus

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/reconcile-news/reconcile/internal/par"
	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/atomicfile"
)

// Article is what the corpus keeps of one article: its source metadata, the
// claims read from it, with the quotes and spans needed to report them, and
// the entities it names, with every mention. Articles stored by format
// version 1 come back without Entities.
type Article struct {
	Source   model.Source
	Claims   []model.Claim
	Entities []model.Entity
}

// Corpus is an open corpus directory. Its methods read the files again on
// each call, so a Corpus holds little memory beyond the set of known hashes.
type Corpus struct {
	dir    string
	m      manifest
	hashes map[string]struct{}

	// Jobs is how many goroutines decode articles for Each and Load; below
	// 2, one. Articles still come in the order they were added.
	Jobs int

	// SkipMentions, when set, makes Each and Load give each entity its
	// count of mentions (model.Entity.Count) without the mentions
	// themselves, which a check does not read.
	SkipMentions bool

	// wrapSegment, when set, wraps the writer of a new segment file; tests
	// use it to make writes fail midway.
	wrapSegment func(io.Writer) io.Writer
}

// Open opens the corpus in the directory path. It reads the manifest and the
// index of each segment, and refuses a corpus that is not one, is corrupt,
// lacks a segment or was written by a newer format version.
func Open(path string) (*Corpus, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: no such directory", ErrNotCorpus)}
	case err != nil:
		return nil, &Error{Path: path, Err: err}
	case !fi.IsDir():
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: a file, not a corpus directory", ErrNotCorpus)}
	}
	mpath := filepath.Join(path, manifestName)
	data, err := os.ReadFile(mpath)
	if errors.Is(err, os.ErrNotExist) {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: no %s file", ErrNotCorpus, manifestName)}
	}
	if err != nil {
		return nil, &Error{Path: mpath, Err: err}
	}
	m, err := decodeManifest(mpath, data)
	if err != nil {
		return nil, err
	}
	c := &Corpus{dir: path, m: *m, hashes: make(map[string]struct{})}
	for _, s := range m.Segments {
		spath := filepath.Join(path, s.File)
		hashes, _, err := readIndex(spath, s.Size)
		if err != nil {
			return nil, err
		}
		if len(hashes) != s.Articles {
			return nil, corrupt(spath, "holds %d articles, the manifest says %d", len(hashes), s.Articles)
		}
		for _, h := range hashes {
			if _, dup := c.hashes[h]; dup {
				return nil, corrupt(spath, "article %s is also in an earlier segment", h)
			}
			c.hashes[h] = struct{}{}
		}
	}
	return c, nil
}

// Create makes a new, empty corpus at path. The directory is created if it
// does not exist; an existing directory must be empty.
func Create(path string) (*Corpus, error) {
	entries, err := os.ReadDir(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(path, 0o755); err != nil {
			return nil, &Error{Path: path, Err: err}
		}
	case err != nil:
		if fi, serr := os.Stat(path); serr == nil && !fi.IsDir() {
			return nil, &Error{Path: path, Err: fmt.Errorf("%w: a file, not a corpus directory", ErrNotCorpus)}
		}
		return nil, &Error{Path: path, Err: err}
	case len(entries) > 0:
		if _, serr := os.Stat(filepath.Join(path, manifestName)); serr == nil {
			return nil, &Error{Path: path, Err: errors.New("a corpus already exists here")}
		}
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: directory is not empty", ErrNotCorpus)}
	}
	c := &Corpus{
		dir:    path,
		m:      manifest{Format: formatName, Version: Version, Segments: []segmentInfo{}},
		hashes: make(map[string]struct{}),
	}
	if err := c.writeManifest(&c.m); err != nil {
		return nil, err
	}
	return c, nil
}

// OpenOrCreate opens the corpus at path, or creates an empty one when path
// does not exist or is an empty directory.
func OpenOrCreate(path string) (*Corpus, error) {
	entries, err := os.ReadDir(path)
	if errors.Is(err, os.ErrNotExist) || (err == nil && len(entries) == 0) {
		return Create(path)
	}
	return Open(path)
}

// Path returns the corpus directory.
func (c *Corpus) Path() string { return c.dir }

// Len returns the number of articles in the corpus.
func (c *Corpus) Len() int { return len(c.hashes) }

// Has reports whether the corpus holds an article with the content hash.
func (c *Corpus) Has(hash string) bool {
	_, ok := c.hashes[hash]
	return ok
}

// Add stores the articles the corpus does not hold yet, as one new segment,
// and returns how many were added and how many skipped because an article
// with the same Source.Hash was already in the corpus or earlier in docs.
// Every article needs a Source.Hash. stamp identifies how the articles were
// read (extract.Stamp); the segment records it, and "" records nothing. An
// article skipped keeps the stamp it was stored with. If Add fails, the
// corpus on disk and c are as they were before.
func (c *Corpus) Add(docs []Article, stamp string) (added, skipped int, err error) {
	if !validStamp(stamp) {
		return 0, 0, &Error{Path: c.dir, Err: fmt.Errorf("stamp %q: want printable text of at most %d bytes", stamp, maxStamp)}
	}
	fresh := make([]*Article, 0, len(docs))
	batch := make(map[string]struct{}, len(docs))
	for i := range docs {
		a := &docs[i]
		h := a.Source.Hash
		if h == "" {
			return 0, 0, &Error{Path: a.Source.Path, Err: fmt.Errorf("%w: no content hash", ErrInvalidData)}
		}
		for _, e := range a.Entities {
			if len(e.Mentions) < e.Count {
				// Read without its mentions: the corpus would store too few.
				return 0, 0, &Error{Path: a.Source.Path, Err: fmt.Errorf("%w: entity %q is counted %d times but %d mentions are listed", ErrInvalidData, e.Name, e.Count, len(e.Mentions))}
			}
		}
		if _, ok := c.hashes[h]; ok {
			continue
		}
		if _, ok := batch[h]; ok {
			continue
		}
		batch[h] = struct{}{}
		fresh = append(fresh, a)
	}
	skipped = len(docs) - len(fresh)
	if len(fresh) == 0 {
		return 0, skipped, nil
	}

	name := c.nextSegmentName()
	spath := filepath.Join(c.dir, name)
	var info segmentInfo
	err = atomicfile.WriteFile(spath, 0o644, func(w io.Writer) error {
		if c.wrapSegment != nil {
			w = c.wrapSegment(w)
		}
		sw, err := newSegmentWriter(w, name, stamp)
		if err != nil {
			return err
		}
		for _, a := range fresh {
			if err := sw.add(a); err != nil {
				return err
			}
		}
		if err := sw.close(); err != nil {
			return err
		}
		info = sw.info
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("add to corpus %s: %w", c.dir, err)
	}

	next := c.m
	next.Version = Version // an older corpus is upgraded: its segments are read as they are
	next.Segments = append(append([]segmentInfo(nil), c.m.Segments...), info)
	if err := c.writeManifest(&next); err != nil {
		os.Remove(spath)
		return 0, 0, fmt.Errorf("add to corpus %s: %w", c.dir, err)
	}
	c.m = next
	for h := range batch {
		c.hashes[h] = struct{}{}
	}
	return len(fresh), skipped, nil
}

func (c *Corpus) writeManifest(m *manifest) error {
	return atomicfile.WriteFile(filepath.Join(c.dir, manifestName), 0o644, m.encode)
}

// nextSegmentName returns a file name after those of all listed segments.
func (c *Corpus) nextSegmentName() string {
	n := 0
	for _, s := range c.m.Segments {
		if k, ok := segmentNumber(s.File); ok && k > n {
			n = k
		}
	}
	return fmt.Sprintf("seg-%06d.rcs", n+1)
}

func segmentNumber(name string) (int, bool) {
	digits, ok := strings.CutPrefix(name, "seg-")
	if !ok {
		return 0, false
	}
	digits, ok = strings.CutSuffix(digits, ".rcs")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	return n, err == nil && n > 0
}

func validSegmentName(name string) bool {
	_, ok := segmentNumber(name)
	return ok && filepath.Base(name) == name
}

// Each calls fn for every article of the corpus, in the order they were
// added, reading one article at a time. It stops at the first error, either
// fn's, returned as is, or an *Error about the corpus. The Article belongs to
// fn; its strings share one allocation per article.
func (c *Corpus) Each(fn func(Article) error) error {
	for _, s := range c.m.Segments {
		if err := c.eachInSegment(s, fn); err != nil {
			return err
		}
	}
	return nil
}

func (c *Corpus) eachInSegment(s segmentInfo, fn func(Article) error) error {
	spath := filepath.Join(c.dir, s.File)
	f, err := os.Open(spath)
	if errors.Is(err, os.ErrNotExist) {
		return &Error{Path: spath, Err: ErrMissing}
	}
	if err != nil {
		return &Error{Path: spath, Err: err}
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() != s.Size {
		return corrupt(spath, "size is %d bytes, the manifest says %d (truncated or changed)", fi.Size(), s.Size)
	}
	sr, err := openSegment(spath, f)
	if err != nil {
		return err
	}
	if sr.version != s.version() {
		return corrupt(spath, "segment format version %d, the manifest says %d", sr.version, s.version())
	}
	// Records are read a batch at a time, each payload copied out of the
	// reader's buffer, and decoded on c.Jobs goroutines; fn sees them in
	// order, and every article before a bad record.
	type record struct {
		end int   // payload's end in buf
		rec int   // record number
		at  int64 // offset in the segment
	}
	var (
		buf  []byte
		recs []record
		arts = make([]Article, min(s.Articles, decodeBatch))
		errs = make([]error, len(arts))
		sl   = make([]slabs, max(1, c.Jobs)) // one per goroutine
	)
	for done := 0; done < s.Articles; {
		buf, recs = buf[:0], recs[:0]
		var readErr error
		for len(recs) < min(decodeBatch, s.Articles-done) {
			payload, at, err := sr.next()
			if err != nil {
				readErr = err
				break
			}
			buf = append(buf, payload...)
			recs = append(recs, record{end: len(buf), rec: sr.rec, at: at})
		}
		par.ForEach(len(recs), c.Jobs, func(worker, i int) {
			start := 0
			if i > 0 {
				start = recs[i-1].end
			}
			d := decoder{b: buf[start:recs[i].end], version: sr.version, slabs: &sl[worker], skipMentions: c.SkipMentions}
			arts[i], errs[i] = d.article()
		})
		for i, r := range recs {
			if errs[i] != nil {
				return &Error{Path: spath, Record: r.rec, Offset: r.at, Err: fmt.Errorf("%w: %v", ErrCorrupt, errs[i])}
			}
			a := arts[i]
			arts[i] = Article{}
			if err := fn(a); err != nil {
				return err
			}
		}
		if readErr != nil {
			return readErr
		}
		done += len(recs)
	}
	return nil
}

// decodeBatch is how many records Each reads before decoding them.
const decodeBatch = 256

// Load returns every article of the corpus, in the order they were added.
func (c *Corpus) Load() ([]Article, error) {
	out := make([]Article, 0, c.Len())
	err := c.Each(func(a Article) error {
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
