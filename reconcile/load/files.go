package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// DefaultMaxBytes is the default size limit of one input file.
const DefaultMaxBytes = 32 << 20

// parser turns the bytes of one file into documents.
type parser func(l *Loader, path string, text string) ([]*Document, error)

// formats maps a file extension to its parser.
var formats = map[string]parser{
	".txt":      parseText,
	".text":     parseText,
	".md":       parseMarkdown,
	".markdown": parseMarkdown,
}

// Extensions returns the supported file extensions, sorted.
func Extensions() []string {
	var out []string
	for e := range formats {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// Loader reads articles from files. Set its fields before use; it is safe
// for concurrent use afterwards.
type Loader struct {
	Lexicon  *lexicon.Lexicon
	MaxBytes int64 // files larger than this are refused; 0 means DefaultMaxBytes
}

// New returns a Loader with default limits.
func New(lx *lexicon.Lexicon) *Loader { return &Loader{Lexicon: lx, MaxBytes: DefaultMaxBytes} }

func (l *Loader) maxBytes() int64 {
	if l.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return l.MaxBytes
}

// Expand turns the paths given by a user into the list of files to read:
// files are kept as given; directories are walked recursively and their
// supported files added in sorted order. "-" (stdin) is kept. The result has
// no duplicates and keeps the order of the arguments.
func (l *Loader) Expand(paths []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, &Error{Path: p, Err: statError(err)}
		}
		if !info.IsDir() {
			if _, ok := formats[strings.ToLower(filepath.Ext(p))]; !ok {
				return nil, &Error{Path: p, Err: fmt.Errorf("%w %q (want %s)", ErrUnsupported, filepath.Ext(p), strings.Join(Extensions(), ", "))}
			}
			add(p)
			continue
		}
		files, err := walk(p)
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, &Error{Path: p, Err: fmt.Errorf("directory has %w", ErrNoFiles)}
		}
		for _, f := range files {
			add(f)
		}
	}
	return out, nil
}

func statError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// walk lists the supported files under dir, following symbolic links to
// directories but refusing loops.
func walk(dir string) ([]string, error) {
	var out []string
	var visit func(dir string, stack map[string]bool) error
	visit = func(dir string, stack map[string]bool) error {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			if strings.Contains(err.Error(), "too many links") {
				return &Error{Path: dir, Err: ErrLoop}
			}
			return &Error{Path: dir, Err: statError(err)}
		}
		if stack[real] {
			return &Error{Path: dir, Err: ErrLoop}
		}
		stack[real] = true
		defer delete(stack, real)
		entries, err := os.ReadDir(dir)
		if err != nil {
			return &Error{Path: dir, Err: statError(err)}
		}
		for _, e := range entries { // ReadDir sorts by name
			p := filepath.Join(dir, e.Name())
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			isDir := e.IsDir()
			if e.Type()&fs.ModeSymlink != 0 {
				info, err := os.Stat(p)
				if err != nil {
					if strings.Contains(err.Error(), "too many links") {
						return &Error{Path: p, Err: ErrLoop}
					}
					continue // dangling link: nothing to read
				}
				isDir = info.IsDir()
			}
			if isDir {
				if err := visit(p, stack); err != nil {
					return err
				}
				continue
			}
			if _, ok := formats[strings.ToLower(filepath.Ext(p))]; ok {
				out = append(out, p)
			}
		}
		return nil
	}
	err := visit(dir, map[string]bool{})
	return out, err
}

// Load reads and parses one file. A JSON Lines file can hold several
// articles; every other format holds one.
func (l *Loader) Load(path string) ([]*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Path: path, Err: statError(err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &Error{Path: path, Err: statError(err)}
	}
	if info.IsDir() {
		return nil, &Error{Path: path, Err: errors.New("is a directory")}
	}
	data, err := readLimited(f, l.maxBytes())
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	return l.Parse(path, filepath.Ext(path), data)
}

// LoadReader reads one article from r (stdin, say). ext picks the format;
// when it is empty the format is guessed from the first bytes.
func (l *Loader) LoadReader(path, ext string, r io.Reader) ([]*Document, error) {
	data, err := readLimited(r, l.maxBytes())
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	if ext == "" {
		ext = sniff(data)
	}
	return l.Parse(path, ext, data)
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, statError(err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w of %d bytes (set --max-bytes to raise it)", ErrTooLarge, limit)
	}
	return data, nil
}

// sniff guesses a format from the first non-space byte.
func sniff(data []byte) string {
	t := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	if len(t) > 0 && t[0] == '<' {
		if _, ok := formats[".html"]; ok {
			return ".html"
		}
	}
	if len(t) > 0 && t[0] == '{' {
		if _, ok := formats[".json"]; ok {
			return ".json"
		}
	}
	return ".txt"
}

// Parse checks the bytes of one file and parses them in the format named by
// ext (".txt", ".md", ...).
func (l *Loader) Parse(path, ext string, data []byte) ([]*Document, error) {
	p, ok := formats[strings.ToLower(ext)]
	if !ok {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w %q (want %s)", ErrUnsupported, ext, strings.Join(Extensions(), ", "))}
	}
	text, err := decode(path, data)
	if err != nil {
		return nil, err
	}
	docs, err := p(l, path, text)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	for _, d := range docs {
		if d.Source.Hash == "" {
			d.Source.Hash = hex.EncodeToString(sum[:])
		}
	}
	return docs, nil
}

// decode checks that data is text and returns it as UTF-8. UTF-16 with a
// byte-order mark is decoded (positions then count lines and runes of the
// decoded text); invalid UTF-8 is an error at its line and column.
func decode(path string, data []byte) (string, error) {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))) == 0 {
		return "", &Error{Path: path, Err: ErrEmpty}
	}
	if len(data) >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)) {
		return decodeUTF16(path, data)
	}
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "", &Error{Path: path, Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		d := newDocument(model.Source{Path: path}, string(data[:off]))
		p := d.Pos(off)
		return "", &Error{Path: path, Line: p.Line, Column: p.Column, Err: fmt.Errorf("%w (byte 0x%02x at offset %d)", ErrInvalidUTF8, data[off], off)}
	}
	return string(data), nil
}

func decodeUTF16(path string, data []byte) (string, error) {
	if len(data)%2 != 0 {
		return "", &Error{Path: path, Err: errors.New("UTF-16 file has an odd number of bytes")}
	}
	big := data[0] == 0xFE
	u := make([]uint16, 0, len(data)/2-1)
	for i := 2; i+1 < len(data); i += 2 {
		if big {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	runes := utf16.Decode(u)
	for _, r := range runes {
		if r == 0 {
			return "", &Error{Path: path, Err: ErrBinary}
		}
	}
	return string(runes), nil
}
