package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
)

// manifestName is the name of the manifest file inside a corpus directory.
const manifestName = "MANIFEST"

// manifest lists the segments of a corpus. Format and Version come first so
// that the file starts with {"format":"reconcile-corpus","version":3. Version
// is the newest format version of its segments, so that a reconcile too old
// to read one of them refuses the corpus as a whole.
type manifest struct {
	Format   string        `json:"format"`
	Version  int           `json:"version"`
	Segments []segmentInfo `json:"segments"`
}

// segmentInfo describes one segment file, with counts so that Stats need not
// read the segments.
type segmentInfo struct {
	File    string `json:"file"`
	Version int    `json:"version,omitempty"` // format version of the segment; absent in version 1, and then 1
	// Stamp identifies how the segment's articles were read (see
	// extract.Stamp); absent in segments written before stamps were
	// recorded, and then unknown.
	Stamp    string         `json:"stamp,omitempty"`
	Size     int64          `json:"size"`
	Articles int            `json:"articles"`
	Claims   int            `json:"claims"`
	Entities int            `json:"entities,omitempty"`
	Kinds    map[string]int `json:"claims_by_kind"`
	Outlets  map[string]int `json:"articles_by_outlet"` // "" for articles without an outlet
	First    *time.Time     `json:"first_published,omitempty"`
	Last     *time.Time     `json:"last_published,omitempty"`
}

func newSegmentInfo(name, stamp string) segmentInfo {
	return segmentInfo{File: name, Version: Version, Stamp: stamp, Kinds: map[string]int{}, Outlets: map[string]int{}}
}

// version returns the format version of the segment.
func (s *segmentInfo) version() int {
	if s.Version == 0 {
		return 1
	}
	return s.Version
}

// count adds the article a to the segment's counts.
func (s *segmentInfo) count(a *Article) {
	s.Articles++
	s.Claims += len(a.Claims)
	s.Entities += len(a.Entities)
	for i := range a.Claims {
		s.Kinds[kindName(a.Claims[i].Kind)]++
	}
	s.Outlets[a.Source.Outlet]++
	if p := a.Source.Published; !p.IsZero() {
		p = p.UTC()
		if s.First == nil || p.Before(*s.First) {
			s.First = &p
		}
		if s.Last == nil || p.After(*s.Last) {
			s.Last = &p
		}
	}
}

func kindName(k model.ClaimKind) string {
	if k == model.ClaimUnknown {
		return "unknown"
	}
	return k.String()
}

func (m *manifest) encode(w io.Writer) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// decodeManifest parses a manifest read from path, refusing other formats
// and newer versions before looking at the rest.
func decodeManifest(path string, data []byte) (*manifest, error) {
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, corrupt(path, "%v", jsonError(data, err))
	}
	if head.Format != formatName {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: format %q, want %q", ErrNotCorpus, head.Format, formatName)}
	}
	if head.Version > Version {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: format version %d, this reconcile reads up to %d", ErrNewer, head.Version, Version)}
	}
	if head.Version < 1 {
		return nil, corrupt(path, "format version %d", head.Version)
	}
	m := new(manifest)
	if err := json.Unmarshal(data, m); err != nil {
		return nil, corrupt(path, "%v", jsonError(data, err))
	}
	seen := map[string]bool{}
	for i, s := range m.Segments {
		if !validSegmentName(s.File) {
			return nil, corrupt(path, "segment %d: bad file name %q", i+1, s.File)
		}
		if seen[s.File] {
			return nil, corrupt(path, "segment %s listed twice", s.File)
		}
		switch v := s.version(); {
		case v > Version:
			return nil, &Error{Path: path, Err: fmt.Errorf("%w: segment %s has format version %d, this reconcile reads up to %d", ErrNewer, s.File, v, Version)}
		case v < 1 || v > m.Version:
			return nil, corrupt(path, "segment %s: format version %d in a version %d corpus", s.File, v, m.Version)
		}
		if !validStamp(s.Stamp) {
			return nil, corrupt(path, "segment %s: stamp %q is not printable text", s.File, s.Stamp)
		}
		seen[s.File] = true
	}
	return m, nil
}

// maxStamp is the longest stamp a manifest may give a segment.
const maxStamp = 200

// validStamp reports whether s can be a segment's stamp: printable text of
// at most maxStamp bytes, so that printing it cannot garble a terminal.
func validStamp(s string) bool {
	return len(s) <= maxStamp && utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsPrint(r) })
}

// jsonError adds the line of a syntax error to its message.
func jsonError(data []byte, err error) error {
	if se, ok := err.(*json.SyntaxError); ok {
		line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("line %d: %v", line, err)
	}
	return err
}
