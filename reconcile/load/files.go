package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// DefaultMaxBytes is the default size limit of one input file.
const DefaultMaxBytes = 32 << 20

// MaxFileBytes is the size limit of one input file whatever Loader.MaxBytes
// says: model.Pos counts lines and columns in int32, and a file of at most
// math.MaxInt32 bytes has no more lines, nor runes in a line.
const MaxFileBytes = math.MaxInt32

// parser turns the bytes of one file into documents.
type parser func(l *Loader, path string, text string) ([]*Document, error)

// formats maps a file extension to its parser.
var formats = map[string]parser{
	".txt":      parseText,
	".text":     parseText,
	".md":       parseMarkdown,
	".markdown": parseMarkdown,
	".html":     parseHTML,
	".htm":      parseHTML,
	".json":     parseJSON,
	".jsonl":    parseJSONL,
	".ndjson":   parseJSONL,
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
	MaxBytes int64     // files larger than this are refused; 0 means DefaultMaxBytes; at most MaxFileBytes
	Stdin    io.Reader // read for the path "-"; nil means os.Stdin
}

// New returns a Loader with default limits.
func New(lx *lexicon.Lexicon) *Loader { return &Loader{Lexicon: lx, MaxBytes: DefaultMaxBytes} }

func (l *Loader) maxBytes() int64 {
	if l.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return min(l.MaxBytes, MaxFileBytes)
}

// Expand turns the paths given by a user into the list of files to read:
// files are kept as given; directories are walked recursively and their
// supported files added in sorted order. "-" (stdin) is kept. The result has
// no duplicates and keeps the order of the arguments.
//
// On error Expand still returns the files it found; the error is an *Error,
// or an ErrorList when there are several.
func (l *Loader) Expand(paths []string) ([]string, error) {
	files, errs := l.expand(paths)
	switch len(errs) {
	case 0:
		return files, nil
	case 1:
		return files, errs[0]
	}
	return files, errs
}

// expand is Expand that carries on past bad paths.
func (l *Loader) expand(paths []string) ([]string, ErrorList) {
	var out []string
	var errs ErrorList
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
			errs = append(errs, &Error{Path: p, Err: statError(err)})
			continue
		}
		if !info.IsDir() {
			if _, ok := formats[strings.ToLower(filepath.Ext(p))]; !ok {
				errs = append(errs, &Error{Path: p, Err: unsupported(filepath.Ext(p))})
				continue
			}
			add(p)
			continue
		}
		files, werrs := walk(p)
		errs = append(errs, werrs...)
		if len(files) == 0 && len(werrs) == 0 {
			errs = append(errs, &Error{Path: p, Err: errorf(ErrNoFiles, "directory has %v", ErrNoFiles)})
		}
		for _, f := range files {
			add(f)
		}
	}
	return out, errs
}

func unsupported(ext string) error {
	if ext == "" {
		ext = "(none)"
	}
	return fmt.Errorf("%w %q (want %s)", ErrUnsupported, ext, strings.Join(Extensions(), ", "))
}

func statError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return ErrPermission
	case isLoop(err):
		return ErrLoop
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isLoop reports whether err comes from too many levels of symbolic links.
func isLoop(err error) bool {
	return errors.Is(err, syscall.ELOOP) || strings.Contains(err.Error(), "too many links") ||
		strings.Contains(err.Error(), "too many levels of symbolic links")
}

// walk lists the supported files under dir, following symbolic links to
// directories but refusing loops. It carries on past unreadable
// directories and loops and returns them as errors.
func walk(dir string) ([]string, ErrorList) {
	var out []string
	var errs ErrorList
	var visit func(dir string, stack map[string]bool)
	visit = func(dir string, stack map[string]bool) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			errs = append(errs, &Error{Path: dir, Err: statError(err)})
			return
		}
		if stack[real] {
			errs = append(errs, &Error{Path: dir, Err: errorf(ErrLoop, "%v: leads back to %s", ErrLoop, real)})
			return
		}
		stack[real] = true
		defer delete(stack, real)
		entries, err := os.ReadDir(dir)
		if err != nil {
			errs = append(errs, &Error{Path: dir, Err: statError(err)})
			return
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
					if isLoop(err) {
						errs = append(errs, &Error{Path: p, Err: ErrLoop})
					}
					continue // dangling link: nothing to read
				}
				isDir = info.IsDir()
			}
			if isDir {
				visit(p, stack)
				continue
			}
			if _, ok := formats[strings.ToLower(filepath.Ext(p))]; ok {
				out = append(out, p)
			}
		}
	}
	visit(dir, map[string]bool{})
	return out, errs
}

// LoadAll expands paths and loads every file, carrying on past bad ones:
// it returns the documents it could read, in the order of Expand, and the
// errors of the paths and files it could not, sorted. It is what a
// --keep-going option needs; callers that want to stop at the first bad
// file use Expand and Load.
func (l *Loader) LoadAll(paths []string) ([]*Document, ErrorList) {
	files, errs := l.expand(paths)
	var docs []*Document
	for _, f := range files {
		d, err := l.Load(f)
		docs = append(docs, d...)
		errs.Add(f, err)
	}
	errs.Sort()
	return docs, errs
}

// Load reads and parses one file. A JSON Lines file can hold several
// articles; every other format holds one.
//
// The path "-" reads Loader.Stdin and guesses the format from the content
// (see LoadReader). A JSON Lines file with some bad lines returns the
// documents of the good lines and an ErrorList for the others.
func (l *Loader) Load(path string) ([]*Document, error) {
	if path == "-" {
		in := l.Stdin
		if in == nil {
			in = os.Stdin
		}
		return l.LoadReader(path, "", in)
	}
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
		return nil, &Error{Path: path, Err: errorf(ErrUnsupported, "is a directory (use Expand or LoadAll to read the files in it)")}
	}
	if info.Size() > l.maxBytes() {
		return nil, &Error{Path: path, Err: tooLarge(l.maxBytes())}
	}
	data, err := readLimited(f, l.maxBytes(), info.Size())
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	return l.Parse(path, filepath.Ext(path), data)
}

// LoadReader reads one article from r (stdin, say). ext picks the format;
// when it is empty the format is guessed from the content: "{" starts JSON
// (JSON Lines when the first line holds a whole object and more follows),
// "<" starts HTML, anything else is plain text. path names the input in
// positions and errors.
func (l *Loader) LoadReader(path, ext string, r io.Reader) ([]*Document, error) {
	data, err := readLimited(r, l.maxBytes(), 0)
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	if ext == "" {
		ext = sniff(data)
	}
	return l.Parse(path, ext, data)
}

// readLimited reads r to its end, failing once it has read more than
// limit bytes. size, when positive, is how large r is expected to be (a
// file's size when it was opened): the buffer is made one byte larger, so
// that a file read in one piece takes one allocation and two reads, where
// growing from nothing took four of each for a 1 KB article. A file that
// changed size since is still read whole.
func readLimited(r io.Reader, limit, size int64) ([]byte, error) {
	lr := io.LimitReader(r, limit+1)
	if size <= 0 || size >= limit {
		data, err := io.ReadAll(lr)
		if err != nil {
			return nil, statError(err)
		}
		if int64(len(data)) > limit {
			return nil, tooLarge(limit)
		}
		return data, nil
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // it grew: let append find room
		}
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, statError(err)
		}
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

func tooLarge(limit int64) error {
	if limit >= MaxFileBytes {
		return fmt.Errorf("%w of %d bytes, the most reconcile reads", ErrTooLarge, limit)
	}
	return fmt.Errorf("%w of %d bytes (raise Loader.MaxBytes, --max-bytes, to read it)", ErrTooLarge, limit)
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
		first, rest, _ := bytes.Cut(t, []byte("\n"))
		if json.Valid(first) && len(bytes.TrimSpace(rest)) > 0 {
			return ".jsonl"
		}
		return ".json"
	}
	return ".txt"
}

// Parse checks the bytes of one file and parses them in the format named by
// ext (".txt", ".md", ...). Data of more than MaxFileBytes is refused.
func (l *Loader) Parse(path, ext string, data []byte) ([]*Document, error) {
	p, ok := formats[strings.ToLower(ext)]
	if !ok {
		return nil, &Error{Path: path, Err: unsupported(ext)}
	}
	if len(data) > MaxFileBytes {
		return nil, &Error{Path: path, Err: tooLarge(MaxFileBytes)}
	}
	text, err := decode(path, data)
	if err != nil {
		return nil, err
	}
	docs, err := p(l, path, text)
	sum := sha256.Sum256(data)
	for _, d := range docs {
		if d.Source.Hash == "" {
			d.Source.Hash = hex.EncodeToString(sum[:])
		}
	}
	return docs, err
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
	if i := bytes.IndexByte(data, 0); i >= 0 {
		d := newDocument(model.Source{Path: path}, string(data[:i]))
		p := d.Pos(i)
		return "", &Error{Path: path, Line: int(p.Line), Column: int(p.Column), Err: ErrBinary}
	}
	if controls(data[:min(len(data), 8192)]) {
		return "", &Error{Path: path, Err: errorf(ErrBinary, "file looks binary (control characters)")}
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
		return "", &Error{Path: path, Line: int(p.Line), Column: int(p.Column), Err: fmt.Errorf("%w (byte 0x%02x at offset %d)", ErrInvalidUTF8, data[off], off)}
	}
	return string(data), nil
}

// controls reports whether head has more C0 control characters than text
// has: form feeds, tabs and line ends aside, more than one in a hundred bytes.
func controls(head []byte) bool {
	n := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			n++
		}
	}
	return n > 0 && n*100 > len(head)
}

func decodeUTF16(path string, data []byte) (string, error) {
	if len(data)%2 != 0 {
		return "", &Error{Path: path, Err: errorf(ErrEncoding, "UTF-16 file has an odd number of bytes")}
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
	text := string(runes)
	if strings.TrimSpace(text) == "" {
		return "", &Error{Path: path, Err: ErrEmpty}
	}
	return text, nil
}
