package extract

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/reconcile/claimio"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

var update = flag.Bool("update", false, "record Version, the lexicon digest and the fixtures' output hash in testdata/version.txt")

// versionFile records what the fixtures yield under a Version and a lexicon.
const versionFile = "testdata/version.txt"

// versionRecord is the content of versionFile.
type versionRecord struct {
	Version int
	Lexicon string            // lexicon.Digest of the embedded word lists
	Files   map[string]string // fixture path -> outputHash of what it yields
}

// TestVersion fails when the claims or entities read from a fixture
// change while Version and the word lists stay the same: a corpus written
// before would then be read by old rules without anyone knowing. It also
// fails, until -update records them, when Version or the word lists
// changed, or fixtures were added or removed; a new fixture needs no new
// Version, since it changes no reading a corpus holds.
func TestVersion(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	got := versionRecord{Version: Version, Lexicon: lx.Digest(), Files: outputHashes(t, lx)}
	want, err := readVersionRecord(versionFile)
	var changed []string // recorded fixtures whose output changed
	for f, h := range got.Files {
		if w, ok := want.Files[f]; ok && w != h {
			changed = append(changed, f)
		}
	}
	slices.Sort(changed)
	sameRules := got.Version == want.Version && got.Lexicon == want.Lexicon
	if *update && (err != nil || len(changed) == 0 || !sameRules) {
		require.GreaterOrEqual(t, got.Version, want.Version, "extract.Version went down")
		require.NoError(t, writeVersionRecord(versionFile, got))
		return
	}
	require.NoError(t, err, "run 'go test ./reconcile/extract -run TestVersion -update' to create it")
	switch {
	case got.Version < want.Version:
		t.Fatalf("extract.Version is %d, %s records %d: versions only go up", got.Version, versionFile, want.Version)
	case len(changed) > 0 && sameRules:
		t.Fatalf("the claims or entities read from %s changed but extract.Version is still %d "+
			"and the word lists are the same: corpora written before would keep the old reading unnoticed. "+
			"Bump Version in reconcile/extract/version.go to %d, then run 'go test ./reconcile/extract -run TestVersion -update' to record the new output",
			strings.Join(changed, ", "), got.Version, got.Version+1)
	case !sameRules || !maps.Equal(got.Files, want.Files):
		t.Fatalf("%s records version %d, lexicon %.16s and %d fixtures; now it is version %d, lexicon %.16s and %d fixtures: "+
			"run 'go test ./reconcile/extract -run TestVersion -update' to record them",
			versionFile, want.Version, want.Lexicon, len(want.Files), got.Version, got.Lexicon, len(got.Files))
	}
}

// TestStamp checks the form of a stamp and that it follows the words the
// lexicon holds.
func TestStamp(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	s := Stamp(lx)
	assert.Regexp(t, `^extract \d+, lexicon [0-9a-f]{16}$`, s)
	assert.Equal(t, s, Stamp(lx), "same lexicon, same stamp")
	require.NoError(t, lx.Extend(lexicon.Measures, "intercept", "swat down"))
	assert.NotEqual(t, s, Stamp(lx), "a configured word changes the stamp")
}

// outputHashes hashes what each fixture article yields: each document's
// source, its claims as 'reconcile extract' writes them, and its entities
// with their mentions. The keys are the fixtures' paths from the
// repository's root.
func outputHashes(t *testing.T, lx *lexicon.Lexicon) map[string]string {
	t.Helper()
	ld, x := load.New(lx), New(lx)
	var files []string
	for _, pat := range []string{"../../fixtures/articles/*.txt", "../../fixtures/cases/*/*.txt", "../../fixtures/claims/*.txt"} {
		m, err := filepath.Glob(pat)
		require.NoError(t, err)
		files = append(files, m...)
	}
	require.NotEmpty(t, files)
	out := make(map[string]string, len(files))
	for _, f := range files {
		h := sha256.New()
		cw := claimio.NewWriter(h)
		docs, err := ld.Load(f)
		require.NoError(t, err)
		for _, d := range docs {
			s := d.Source
			fmt.Fprintf(h, "source %q %q %q %q %q %d %s\n", s.Path, s.Title, s.URL, s.Outlet, s.Hash, s.Size, s.Published.Format(time.RFC3339Nano))
			r := x.Extract(d)
			for i := range r.Claims {
				require.NoError(t, cw.Write(&r.Claims[i]))
			}
			for _, e := range r.Entities {
				fmt.Fprintf(h, "entity %q %s %q\n", e.Name, e.Kind, e.Aliases)
				for _, m := range e.Mentions {
					sp := m.Span
					fmt.Fprintf(h, "  %q %q %d:%d:%d-%d:%d:%d\n", m.Text, sp.Source,
						sp.Start.Offset, sp.Start.Line, sp.Start.Column, sp.End.Offset, sp.End.Line, sp.End.Column)
				}
			}
		}
		out[strings.TrimPrefix(filepath.ToSlash(f), "../../")] = hex.EncodeToString(h.Sum(nil))[:16]
	}
	return out
}

func readVersionRecord(path string) (versionRecord, error) {
	var r versionRecord
	f, err := os.Open(path)
	if err != nil {
		return r, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, _ := strings.Cut(line, " ")
		switch key {
		case "version":
			if r.Version, err = strconv.Atoi(val); err != nil {
				return r, fmt.Errorf("%s:%d: %w", path, n, err)
			}
		case "lexicon":
			r.Lexicon = val
		case "file":
			file, hash, ok := strings.Cut(val, " ")
			if !ok {
				return r, fmt.Errorf("%s:%d: want 'file PATH HASH'", path, n)
			}
			if r.Files == nil {
				r.Files = map[string]string{}
			}
			r.Files[file] = hash
		default:
			return r, fmt.Errorf("%s:%d: unknown key %q", path, n, key)
		}
	}
	return r, sc.Err()
}

func writeVersionRecord(path string, r versionRecord) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, `# What each fixture yields under extract.Version; TestVersion checks it.
# When the output of a fixture changes, bump Version in version.go, then
# record with go test ./reconcile/extract -run TestVersion -update
version %d
lexicon %s
`, r.Version, r.Lexicon)
	for _, p := range slices.Sorted(maps.Keys(r.Files)) {
		fmt.Fprintf(&b, "file %s %s\n", p, r.Files[p])
	}
	_, err = io.WriteString(f, b.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
