package corpus

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// segmentHeader is the first line of a segment file.
type segmentHeader struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

// segmentWriter writes the records of one segment and counts its bytes.
type segmentWriter struct {
	w       io.Writer
	off     int64
	enc     *encoder
	frame   []byte
	hashes  []string
	offsets []int64
	info    segmentInfo
}

func newSegmentWriter(w io.Writer, name, stamp string) (*segmentWriter, error) {
	sw := &segmentWriter{w: w, enc: newEncoder(), info: newSegmentInfo(name, stamp)}
	h, err := json.Marshal(segmentHeader{Format: segmentFormatName, Version: Version})
	if err != nil {
		return nil, err
	}
	if err := sw.write(append(h, '\n')); err != nil {
		return nil, err
	}
	return sw, nil
}

func (sw *segmentWriter) write(p []byte) error {
	n, err := sw.w.Write(p)
	sw.off += int64(n)
	return err
}

// record writes one framed record.
func (sw *segmentWriter) record(payload []byte) error {
	f := binary.AppendUvarint(sw.frame[:0], uint64(len(payload)))
	f = append(f, payload...)
	f = binary.LittleEndian.AppendUint32(f, crc32.Checksum(payload, castagnoli))
	sw.frame = f
	return sw.write(f)
}

// add writes the record of one article.
func (sw *segmentWriter) add(a *Article) error {
	payload, err := sw.enc.article(a)
	if err != nil {
		return err
	}
	sw.hashes = append(sw.hashes, a.Source.Hash)
	sw.offsets = append(sw.offsets, sw.off)
	sw.info.count(a)
	return sw.record(payload)
}

// close writes the index and the trailer.
func (sw *segmentWriter) close() error {
	at := sw.off
	if err := sw.record(appendIndex(nil, sw.hashes, sw.offsets)); err != nil {
		return err
	}
	var t [trailerSize]byte
	binary.LittleEndian.PutUint64(t[:8], uint64(at))
	copy(t[8:], trailerMagic)
	if err := sw.write(t[:]); err != nil {
		return err
	}
	sw.info.Size = sw.off
	return nil
}

// readIndex reads the trailer and index of the segment at path, whose size
// the manifest gives, and returns the article hashes and record offsets.
func readIndex(path string, size int64) ([]string, []int64, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil, &Error{Path: path, Err: ErrMissing}
		}
		return nil, nil, &Error{Path: path, Err: err}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, &Error{Path: path, Err: err}
	}
	if fi.Size() != size {
		return nil, nil, corrupt(path, "size is %d bytes, the manifest says %d (truncated or changed)", fi.Size(), size)
	}
	if size < trailerSize {
		return nil, nil, corrupt(path, "too short for a segment")
	}
	var t [trailerSize]byte
	if _, err := f.ReadAt(t[:], size-trailerSize); err != nil {
		return nil, nil, &Error{Path: path, Err: err}
	}
	if string(t[8:]) != trailerMagic {
		return nil, nil, corrupt(path, "no segment trailer (truncated?)")
	}
	at := int64(binary.LittleEndian.Uint64(t[:8]))
	if at < 0 || at >= size-trailerSize {
		return nil, nil, corrupt(path, "index offset %d out of range", at)
	}
	buf := make([]byte, size-trailerSize-at)
	if _, err := f.ReadAt(buf, at); err != nil {
		return nil, nil, &Error{Path: path, Err: err}
	}
	n, k := binary.Uvarint(buf)
	if k <= 0 || uint64(len(buf)) != uint64(k)+n+4 {
		return nil, nil, &Error{Path: path, Offset: at, Err: fmt.Errorf("%w: bad index record length", ErrCorrupt)}
	}
	payload := buf[k : k+int(n)]
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(buf[k+int(n):]) {
		return nil, nil, corrupt(path, "index at offset %d: checksum mismatch", at)
	}
	d := decoder{b: payload}
	hashes, offsets, err := d.index()
	if err != nil {
		return nil, nil, corrupt(path, "index at offset %d: %v", at, err)
	}
	return hashes, offsets, nil
}

// segmentReader reads the article records of one segment in order.
type segmentReader struct {
	path    string
	version int // format version of the segment
	r       *bufio.Reader
	off     int64
	rec     int
	buf     []byte
}

func openSegment(path string, f io.Reader) (*segmentReader, error) {
	sr := &segmentReader{path: path, r: bufio.NewReaderSize(f, 256<<10)}
	line, err := sr.r.ReadSlice('\n')
	if err != nil {
		return nil, corrupt(path, "no segment header line")
	}
	sr.off = int64(len(line))
	var h segmentHeader
	if err := json.Unmarshal(line, &h); err != nil {
		return nil, corrupt(path, "segment header: %v", err)
	}
	if h.Format != segmentFormatName {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: format %q, want %q", ErrNotCorpus, h.Format, segmentFormatName)}
	}
	if h.Version > Version {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: segment format version %d, this reconcile reads up to %d", ErrNewer, h.Version, Version)}
	}
	if h.Version < 1 {
		return nil, corrupt(path, "segment format version %d", h.Version)
	}
	sr.version = h.Version
	return sr, nil
}

// next reads the next record and returns its checked payload, valid until
// the next call, and its offset.
func (sr *segmentReader) next() ([]byte, int64, error) {
	sr.rec++
	at := sr.off
	fail := func(err error) ([]byte, int64, error) {
		return nil, at, &Error{Path: sr.path, Record: sr.rec, Offset: at, Err: err}
	}
	n, err := binary.ReadUvarint(sr.r)
	if err != nil {
		return fail(fmt.Errorf("%w: record length: %v", ErrCorrupt, unexpected(err)))
	}
	if n > maxRecord {
		return fail(fmt.Errorf("%w: record length %d too large", ErrCorrupt, n))
	}
	sr.off += int64(uvarintLen(n))
	if cap(sr.buf) < int(n)+4 {
		sr.buf = make([]byte, int(n)+4)
	}
	b := sr.buf[:int(n)+4]
	if _, err := io.ReadFull(sr.r, b); err != nil {
		return fail(fmt.Errorf("%w: %v", ErrCorrupt, unexpected(err)))
	}
	sr.off += int64(len(b))
	payload := b[:n]
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(b[n:]) {
		return fail(fmt.Errorf("%w: checksum mismatch", ErrCorrupt))
	}
	return payload, at, nil
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

func uvarintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}
