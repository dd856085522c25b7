package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/reconcile-news/reconcile/internal/slab"
	"github.com/reconcile-news/reconcile/model"
)

// The byte layout of a segment file, version 3.
//
//	segment  = header record* index trailer
//	header   = `{"format":"reconcile-corpus-segment","version":3}` "\n"
//	record   = uvarint(len(payload)) payload crc32c(payload) as 4 bytes little-endian
//	trailer  = offset of the index record as 8 bytes little-endian, then "RCSEGEND"
//
// The first byte of a payload says what it holds: 'A' an article, 'I' the
// index. Below, uv is an unsigned varint, v a signed (zigzag) varint, s a
// string reference (uv: 0 is "", k is the k-th entry of the string table),
// f a float (one tag byte: 0 zero, 1 integer followed by v, 2 +Inf, 3 -Inf,
// 4 the IEEE 754 bits as 8 bytes little-endian).
//
//	article  = 'A' uv(nstrings) uv(len)*nstrings blob uv(nlists) source uv(nclaims) claim*
//	           entities
//	source   = s(Path) s(Title) s(URL) s(Outlet) s(Hash) v(Size) uv(n) time.MarshalBinary[n]
//	claim    = s(ID) byte(Kind) byte(Section) byte(flags) span(Span) [s(Quote)] span(Sentence)
//	           s(Text) s(Subject) s(Measure) value s(Role.Title) s(Role.Status) s(Role.Of)
//	           s(Actor) s(Target) s(Origin) s(Place) s(Period) s(Version) s(SaidBy) s(Parent)
//	           uv(n) s*n (Entities) s(Context)
//	span     = s(Source) v(Start.Offset) v(Start.Line) v(Start.Column)
//	           v(End.Offset-Start.Offset) v(End.Line-Start.Line) v(End.Column-Start.Column)
//	value    = byte(Kind) s(Unit) f(Lo) f(Hi) f(Nominal) s(Hedge) v(Year) v(Month) v(Day)
//	           v(Weekday) s(Relative) s(Text)
//	entities = uv(nentities) uv(naliases) uv(nmentions) entity*nentities
//	entity   = s(Name) byte(Kind) uv(n) s*n (Aliases) uv(n) mention*n (Mentions)
//	mention  = s(Text) s(Span.Source) v(Start.Offset-prev.Start.Offset)
//	           v(Start.Line-prev.Start.Line) v(Start.Column)
//	           v(End.Offset-Start.Offset) v(End.Line-Start.Line) v(End.Column-Start.Column)
//	index    = 'I' uv(narticles) (uv(len) hash uv(record offset))*narticles
//
// The string table holds each distinct string of the article once; blob is
// the concatenation of its entries. nlists is the total number of Entities
// entries of all claims, so that they can share one slice;
// naliases and nmentions are the totals over all entities of the article,
// for the same reason. The Quote is left out (flag quoteInText) when it is
// the part of Text that Span covers. A mention's position is stored relative
// to the previous mention of the same entity (prev; the zero position for
// the first), as mentions are in source order. A mention's Text is a part of
// the article's text, which the corpus does not keep, so it is stored as a
// string; it is most often the entity's Name or one of its Aliases, and then
// costs one byte. Empty Entities, Aliases and Mentions come back as nil.
//
// Version 2 stores a claim's Context as a list, uv(n) s*n, after its
// Entities, and counts its entries in nlists; version 1 is version 2
// without the entities of an article, whose articles come back with no
// Entities. This package reads all three and writes version 3.
//
// Fields added to MANIFEST that an older reader can ignore without
// misreading the articles, such as a segment's stamp, do not raise the
// version; the segment files themselves have no optional parts.
const (
	formatName        = "reconcile-corpus"
	segmentFormatName = "reconcile-corpus-segment"
	// Version is the format version this package writes, and the newest it
	// reads. It reads every version from 1 up.
	Version = 3

	// versionEntities is the first version that stores an article's entities.
	versionEntities = 2
	// versionWords is the first version that stores a claim's Context as
	// one string (model.Words).
	versionWords = 3

	trailerMagic = "RCSEGEND"
	trailerSize  = 16

	recArticle = 'A'
	recIndex   = 'I'

	maxRecord = 1 << 30 // a longer length prefix means the file is corrupt
)

// Flags of a claim.
const (
	quoteInText = 1 << iota
	loOpen
	hiOpen
	resolved
	horizon
)

// Float tags.
const (
	fZero = iota
	fInt
	fPosInf
	fNegInf
	fBits
)

// encoder builds the payload of one article record. It is reused across
// articles to save allocations.
type encoder struct {
	body  []byte
	strs  map[string]uint64
	list  []string
	out   []byte
	lists int
}

func newEncoder() *encoder {
	return &encoder{strs: make(map[string]uint64)}
}

func (e *encoder) str(s string) {
	if s == "" {
		e.body = binary.AppendUvarint(e.body, 0)
		return
	}
	k, ok := e.strs[s]
	if !ok {
		e.list = append(e.list, s)
		k = uint64(len(e.list))
		e.strs[s] = k
	}
	e.body = binary.AppendUvarint(e.body, k)
}

func (e *encoder) uv(x uint64) { e.body = binary.AppendUvarint(e.body, x) }
func (e *encoder) v(x int64)   { e.body = binary.AppendVarint(e.body, x) }
func (e *encoder) byte(b byte) { e.body = append(e.body, b) }

func (e *encoder) float(x float64) {
	switch {
	case x == 0 && !math.Signbit(x):
		e.byte(fZero)
	case math.IsInf(x, 1):
		e.byte(fPosInf)
	case math.IsInf(x, -1):
		e.byte(fNegInf)
	case x == math.Trunc(x) && math.Abs(x) < 1<<53 && x != 0:
		e.byte(fInt)
		e.v(int64(x))
	default:
		e.byte(fBits)
		e.body = binary.LittleEndian.AppendUint64(e.body, math.Float64bits(x))
	}
}

func (e *encoder) span(s model.Span) {
	e.str(s.Source)
	e.v(int64(s.Start.Offset))
	e.v(int64(s.Start.Line))
	e.v(int64(s.Start.Column))
	e.v(int64(s.End.Offset) - int64(s.Start.Offset))
	e.v(int64(s.End.Line) - int64(s.Start.Line))
	e.v(int64(s.End.Column) - int64(s.Start.Column))
}

// quoteFromText reports whether c.Quote is the part of c.Text that c.Span covers.
func quoteFromText(c *model.Claim) bool {
	sent := c.SentenceSpan()
	if c.Quote == "" || c.Span.Source != sent.Source {
		return false
	}
	a := int(c.Span.Start.Offset) - int(sent.Start.Offset)
	b := a + c.Span.Len()
	return 0 <= a && a <= b && b <= len(c.Text) && c.Text[a:b] == c.Quote
}

// article returns the payload of a record for a, valid until the next call.
func (e *encoder) article(a *Article) ([]byte, error) {
	clear(e.strs)
	e.list = e.list[:0]
	e.body = e.body[:0]
	e.lists = 0

	s := &a.Source
	e.str(s.Path)
	e.str(s.Title)
	e.str(s.URL)
	e.str(s.Outlet)
	e.str(s.Hash)
	e.v(int64(s.Size))
	if s.Published.IsZero() {
		e.uv(0)
	} else {
		t, err := s.Published.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("%s: published time: %w", s.Path, err)
		}
		e.uv(uint64(len(t)))
		e.body = append(e.body, t...)
	}
	e.uv(uint64(len(a.Claims)))
	for i := range a.Claims {
		e.claim(&a.Claims[i])
	}
	e.entities(a.Entities)

	out := append(e.out[:0], recArticle)
	out = binary.AppendUvarint(out, uint64(len(e.list)))
	for _, s := range e.list {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range e.list {
		out = append(out, s...)
	}
	out = binary.AppendUvarint(out, uint64(e.lists))
	out = append(out, e.body...)
	e.out = out
	return out, nil
}

func (e *encoder) claim(c *model.Claim) {
	var flags byte
	inText := quoteFromText(c)
	if inText {
		flags |= quoteInText
	}
	v := &c.Value
	if v.LoOpen {
		flags |= loOpen
	}
	if v.HiOpen {
		flags |= hiOpen
	}
	if v.Resolved {
		flags |= resolved
	}
	if v.Date.Horizon {
		flags |= horizon
	}
	e.str(c.ID)
	e.byte(byte(c.Kind))
	e.byte(byte(c.Section))
	e.byte(flags)
	e.span(c.Span)
	if !inText {
		e.str(c.Quote)
	}
	e.span(c.SentenceSpan())
	e.str(c.Text)
	e.str(c.Subject)
	e.str(c.Measure)

	e.byte(byte(v.Kind))
	e.str(v.Unit)
	e.float(v.Lo)
	e.float(v.Hi)
	e.float(v.Nominal)
	e.str(v.Hedge)
	e.v(int64(v.Date.Year))
	e.v(int64(v.Date.Month))
	e.v(int64(v.Date.Day))
	e.v(int64(v.Date.Weekday))
	e.str(v.Date.Relative)
	e.str(v.Text)

	r := c.Role()
	e.str(r.Title)
	e.str(r.Status)
	e.str(r.Of)
	e.str(c.Actor)
	e.str(c.Target)
	e.str(c.Origin)
	e.str(c.Place)
	e.str(c.Period)
	e.str(c.Version)
	e.str(c.SaidBy)
	e.str(c.Parent)
	e.uv(uint64(len(c.Entities)))
	for _, s := range c.Entities {
		e.str(s)
	}
	e.str(string(c.Context))
	e.lists += len(c.Entities)
}

func (e *encoder) entities(ents []model.Entity) {
	var aliases, mentions int
	for i := range ents {
		aliases += len(ents[i].Aliases)
		mentions += len(ents[i].Mentions)
	}
	e.uv(uint64(len(ents)))
	e.uv(uint64(aliases))
	e.uv(uint64(mentions))
	for i := range ents {
		en := &ents[i]
		e.str(en.Name)
		e.byte(byte(en.Kind))
		e.uv(uint64(len(en.Aliases)))
		for _, s := range en.Aliases {
			e.str(s)
		}
		e.uv(uint64(len(en.Mentions)))
		var prev model.Pos
		for _, m := range en.Mentions {
			sp := m.Span
			e.str(m.Text)
			e.str(sp.Source)
			e.v(int64(sp.Start.Offset) - int64(prev.Offset))
			e.v(int64(sp.Start.Line) - int64(prev.Line))
			e.v(int64(sp.Start.Column))
			e.v(int64(sp.End.Offset) - int64(sp.Start.Offset))
			e.v(int64(sp.End.Line) - int64(sp.Start.Line))
			e.v(int64(sp.End.Column) - int64(sp.Start.Column))
			prev = sp.Start
		}
	}
}

var errShort = errors.New("record ends early")

// decoder reads one record payload of a segment of the given format
// version. The first error sticks; later reads return zero values.
type decoder struct {
	b       []byte
	i       int
	err     error
	strs    []string
	version int
	slabs   *slabs // where claims and lists are cut from; nil: allocations of their own

	skipMentions bool // count the mentions of entities without keeping them
}

// slabs are what one decoding goroutine cuts articles' claims and lists
// from, so that they are not each rounded up to a size class.
type slabs struct {
	claims slab.Slab[model.Claim]
	lists  slab.Slab[string]
	lens   []uint64 // an article's string lengths, reused from one article to the next
	strs   []string // an article's string table, reused likewise
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) uv() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.b[d.i:])
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.i += n
	return x
}

func (d *decoder) v() int64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Varint(d.b[d.i:])
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.i += n
	return x
}

func (d *decoder) int() int { return int(d.v()) }

// lineCol reads a line or column number, written as its difference from
// base, which must fit model.Pos's int32.
func (d *decoder) lineCol(base int32) int32 { return d.int32(base, "line or column") }

// offset reads a byte offset, written as its difference from base, which
// must fit model.Pos's int32.
func (d *decoder) offset(base int32) int32 { return d.int32(base, "byte offset") }

// int32 reads a number written as its difference from base, which must
// fit an int32; what names it in the error.
func (d *decoder) int32(base int32, what string) int32 {
	x := d.v()
	if x < math.MinInt32 || x > math.MaxInt32 || int64(base)+x < math.MinInt32 || int64(base)+x > math.MaxInt32 {
		d.fail(fmt.Errorf("%s %d%+d is out of range", what, base, x))
		return 0
	}
	return int32(int64(base) + x)
}

// ranged reads an integer that must lie in [lo, hi], the range of the
// field it is for; what field names it in the error.
func (d *decoder) ranged(lo, hi int64, what string) int64 {
	x := d.v()
	if x < lo || x > hi {
		d.fail(fmt.Errorf("%s %d is out of range", what, x))
		return 0
	}
	return x
}

func (d *decoder) byte() byte {
	if d.err != nil {
		return 0
	}
	if d.i >= len(d.b) {
		d.fail(errShort)
		return 0
	}
	c := d.b[d.i]
	d.i++
	return c
}

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)-d.i) {
		d.fail(errShort)
		return nil
	}
	p := d.b[d.i : d.i+int(n)]
	d.i += int(n)
	return p
}

func (d *decoder) str() string {
	k := d.uv()
	if k == 0 || d.err != nil {
		return ""
	}
	if k > uint64(len(d.strs)) {
		d.fail(fmt.Errorf("string reference %d out of range (table has %d)", k, len(d.strs)))
		return ""
	}
	return d.strs[k-1]
}

func (d *decoder) float() float64 {
	switch tag := d.byte(); tag {
	case fZero:
		return 0
	case fInt:
		return float64(d.v())
	case fPosInf:
		return math.Inf(1)
	case fNegInf:
		return math.Inf(-1)
	case fBits:
		p := d.bytes(8)
		if p == nil {
			return 0
		}
		return math.Float64frombits(binary.LittleEndian.Uint64(p))
	default:
		d.fail(fmt.Errorf("unknown number tag %d", tag))
		return 0
	}
}

func (d *decoder) span() model.Span {
	var s model.Span
	s.Source = d.str()
	s.Start.Offset = d.offset(0)
	s.Start.Line = d.lineCol(0)
	s.Start.Column = d.lineCol(0)
	s.End.Offset = d.offset(s.Start.Offset)
	s.End.Line = d.lineCol(s.Start.Line)
	s.End.Column = d.lineCol(s.Start.Column)
	return s
}

// article decodes an article payload. All strings of the article share one
// allocation, and the Entities and Context of all its claims share another;
// the Aliases and Mentions of all its entities share one each.
func (d *decoder) article() (Article, error) {
	var a Article
	if t := d.byte(); t != recArticle && d.err == nil {
		return a, fmt.Errorf("record type %q, want article", t)
	}
	n := d.uv()
	if n > uint64(len(d.b)) {
		d.fail(fmt.Errorf("string table of %d entries is longer than the record", n))
	}
	if d.err != nil {
		return a, d.err
	}
	// The string table is only looked up while the article is decoded,
	// so a goroutine's tables are reused; the strings are not.
	var lens []uint64
	if d.slabs == nil {
		lens, d.strs = make([]uint64, n), make([]string, n)
	} else {
		lens = slices.Grow(d.slabs.lens[:0], int(n))[:n]
		d.strs = slices.Grow(d.slabs.strs[:0], int(n))[:n]
		d.slabs.lens, d.slabs.strs = lens, d.strs
	}
	var total uint64
	for i := range lens {
		lens[i] = d.uv()
		if lens[i] > uint64(len(d.b)) {
			d.fail(fmt.Errorf("string of %d bytes is longer than the record", lens[i]))
			return a, d.err
		}
		total += lens[i]
	}
	blob := string(d.bytes(total))
	var off uint64
	for i, l := range lens {
		if d.err != nil {
			break
		}
		d.strs[i] = blob[off : off+l]
		off += l
	}
	nlists := d.uv()
	if nlists > uint64(len(d.b)) {
		d.fail(fmt.Errorf("list count %d is larger than the record", nlists))
	}

	s := &a.Source
	s.Path = d.str()
	s.Title = d.str()
	s.URL = d.str()
	s.Outlet = d.str()
	s.Hash = d.str()
	s.Size = d.int()
	if tn := d.uv(); tn > 0 {
		if p := d.bytes(tn); p != nil {
			if err := s.Published.UnmarshalBinary(p); err != nil {
				d.fail(fmt.Errorf("published time: %w", err))
			}
		}
	}
	nc := d.uv()
	if nc > uint64(len(d.b)) {
		d.fail(fmt.Errorf("claim count %d is larger than the record", nc))
	}
	if d.err != nil {
		return a, d.err
	}
	var lists []string
	if d.slabs == nil {
		if nc > 0 {
			a.Claims = make([]model.Claim, nc)
		}
		lists = make([]string, 0, nlists)
	} else {
		if nc > 0 {
			a.Claims = d.slabs.claims.Take(int(nc))[:nc]
		}
		lists = d.slabs.lists.Take(int(nlists))
	}
	var prev *model.Claim
	for i := range a.Claims {
		lists = d.claim(&a.Claims[i], prev, lists)
		if d.err != nil {
			return a, d.err
		}
		prev = &a.Claims[i]
	}
	if d.slabs != nil {
		d.slabs.lists.Trim(lists) // the room of the lists shared
	}
	if d.version >= versionEntities {
		a.Entities = d.entities()
		if d.err != nil {
			return a, d.err
		}
	}
	if d.i != len(d.b) {
		return a, fmt.Errorf("%d bytes left after the end of the article", len(d.b)-d.i)
	}
	return a, nil
}

// entities decodes the entities of an article.
func (d *decoder) entities() []model.Entity {
	n, na, nm := d.uv(), d.uv(), d.uv()
	for _, k := range []uint64{n, na, nm} {
		if k > uint64(len(d.b)) {
			d.fail(fmt.Errorf("entity count %d is larger than the record", k))
		}
	}
	if n == 0 || d.err != nil {
		return nil
	}
	ents := make([]model.Entity, n)
	aliases := make([]string, 0, na)
	var mentions []model.Mention
	if nm > 0 && !d.skipMentions {
		mentions = make([]model.Mention, 0, nm)
	}
	left := nm // mentions the record declares and has not yet given
	for i := range ents {
		e := &ents[i]
		e.Name = d.str()
		e.Kind = model.EntityKind(d.byte())
		e.Aliases, aliases = d.list(aliases, nil)
		k := d.uv()
		if d.err != nil {
			return nil
		}
		if k > left {
			d.fail(fmt.Errorf("more mentions than the record declares"))
			return nil
		}
		left -= k
		e.Count = int(k)
		start := len(mentions)
		var prev model.Pos
		for range k {
			var m model.Mention
			m.Text = d.str()
			sp := &m.Span
			sp.Source = d.str()
			sp.Start.Offset = d.offset(prev.Offset)
			sp.Start.Line = d.lineCol(prev.Line)
			sp.Start.Column = d.lineCol(0)
			sp.End.Offset = d.offset(sp.Start.Offset)
			sp.End.Line = d.lineCol(sp.Start.Line)
			sp.End.Column = d.lineCol(sp.Start.Column)
			prev = sp.Start
			if !d.skipMentions {
				mentions = append(mentions, m)
			}
		}
		if d.err != nil {
			return nil
		}
		if k > 0 && !d.skipMentions {
			e.Mentions = mentions[start:len(mentions):len(mentions)]
		}
	}
	return ents
}

// claim decodes a claim into c, its lists into lists. A list equal to that
// of prev, the claim before (nil for the first), is prev's list.
func (d *decoder) claim(c *model.Claim, prev *model.Claim, lists []string) []string {
	c.ID = d.str()
	c.Kind = model.ClaimKind(d.byte())
	c.Section = model.Section(d.byte())
	flags := d.byte()
	c.Span = d.span()
	if flags&quoteInText == 0 {
		c.Quote = d.str()
	}
	sent := d.span()
	if sent.Source != "" && sent.Source != c.Span.Source {
		d.fail(fmt.Errorf("claim %s: sentence in %q, not in the quote's source", c.ID, sent.Source))
		return lists
	}
	c.Sentence = sent.Range()
	c.Text = d.str()
	if flags&quoteInText != 0 {
		a := int(c.Span.Start.Offset) - int(c.Sentence.Start.Offset)
		b := a + c.Span.Len()
		if a < 0 || b < a || b > len(c.Text) {
			d.fail(fmt.Errorf("claim %s: quote span outside its sentence", c.ID))
			return lists
		}
		c.Quote = c.Text[a:b]
	}
	c.Subject = d.str()
	c.Measure = d.str()

	v := &c.Value
	v.Kind = model.ValueKind(d.byte())
	v.Unit = d.str()
	v.Lo = d.float()
	v.Hi = d.float()
	v.Nominal = d.float()
	v.Hedge = d.str()
	v.Date.Year = int32(d.ranged(math.MinInt32, math.MaxInt32, "year"))
	v.Date.Month = int8(d.ranged(math.MinInt8, math.MaxInt8, "month"))
	v.Date.Day = int8(d.ranged(math.MinInt8, math.MaxInt8, "day"))
	v.Date.Weekday = int8(d.ranged(math.MinInt8, math.MaxInt8, "weekday"))
	v.Date.Relative = d.str()
	v.Text = d.str()
	v.LoOpen = flags&loOpen != 0
	v.HiOpen = flags&hiOpen != 0
	v.Resolved = flags&resolved != 0
	v.Date.Horizon = flags&horizon != 0

	var r model.RoleInfo
	r.Title = d.str()
	r.Status = d.str()
	r.Of = d.str()
	c.SetRole(r)
	c.Actor = d.str()
	c.Target = d.str()
	c.Origin = d.str()
	c.Place = d.str()
	c.Period = d.str()
	c.Version = d.str()
	c.SaidBy = d.str()
	c.Parent = d.str()
	var prevEnts []string
	var prevCtx model.Words
	if prev != nil {
		prevEnts, prevCtx = prev.Entities, prev.Context
	}
	c.Entities, lists = d.list(lists, prevEnts)
	if d.version >= versionWords {
		c.Context = model.Words(d.str())
		return lists
	}
	// A list of words, as version 2 and version 1 store it, in the room
	// nlists counted for it.
	var words []string
	words, lists = d.list(lists, nil)
	if c.Context = model.MakeWords(words...); c.Context == prevCtx {
		c.Context = prevCtx
	}
	clear(words)
	return lists[:len(lists)-len(words)]
}

// list reads a list of strings into the shared backing array lists and
// returns the list (with its capacity capped) and the grown backing array;
// or prev and lists as they were, when the list equals prev (the claims of
// a sentence mostly name the same entities).
func (d *decoder) list(lists, prev []string) ([]string, []string) {
	n := d.uv()
	if n == 0 || d.err != nil {
		return nil, lists
	}
	if n > uint64(cap(lists)-len(lists)) {
		d.fail(fmt.Errorf("more list entries than the record declares"))
		return nil, lists
	}
	start := len(lists)
	for range n {
		lists = append(lists, d.str())
	}
	if l := lists[start:]; len(prev) > 0 && slices.Equal(l, prev) {
		clear(l)
		return prev, lists[:start]
	}
	return lists[start:len(lists):len(lists)], lists
}

// appendIndex appends the payload of an index record.
func appendIndex(out []byte, hashes []string, offsets []int64) []byte {
	out = append(out, recIndex)
	out = binary.AppendUvarint(out, uint64(len(hashes)))
	for i, h := range hashes {
		out = binary.AppendUvarint(out, uint64(len(h)))
		out = append(out, h...)
		out = binary.AppendUvarint(out, uint64(offsets[i]))
	}
	return out
}

// index decodes an index payload into the hashes and record offsets.
func (d *decoder) index() ([]string, []int64, error) {
	if t := d.byte(); t != recIndex && d.err == nil {
		return nil, nil, fmt.Errorf("record type %q, want index", t)
	}
	n := d.uv()
	if n > uint64(len(d.b)) {
		d.fail(fmt.Errorf("index of %d entries is longer than the record", n))
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	hashes := make([]string, n)
	offsets := make([]int64, n)
	for i := range hashes {
		hashes[i] = string(d.bytes(d.uv()))
		offsets[i] = int64(d.uv())
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	if d.i != len(d.b) {
		return nil, nil, fmt.Errorf("%d bytes left after the index", len(d.b)-d.i)
	}
	return hashes, offsets, nil
}
