package load

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// unit is one line of text, or several lines of one hard-wrapped paragraph,
// before it is classified into a block.
type unit struct {
	start, end  int  // content, without bullet marker and surrounding space
	bullet      bool // list item
	mdHeading   bool // "# ..." in Markdown
	blankBefore bool // a blank line precedes it
	words       int
}

func parseText(l *Loader, path, text string) ([]*Document, error) {
	return []*Document{structure(l.Lexicon, model.Source{Path: path}, text, false)}, nil
}

func parseMarkdown(l *Loader, path, text string) ([]*Document, error) {
	return []*Document{structure(l.Lexicon, model.Source{Path: path}, text, true)}, nil
}

// structure lays out a plain-text or Markdown article: it finds its units,
// classifies them into blocks and splits the readable ones into sentences.
func structure(lx *lexicon.Lexicon, src model.Source, text string, markdown bool) *Document {
	d := newDocument(src, text)
	units := splitUnits(text, markdown)
	kinds := classify(lx, text, units)
	if len(units) > 0 {
		d.Blocks = make([]Block, 0, len(units))
	}
	for i, u := range units {
		d.Blocks = append(d.Blocks, Block{Kind: kinds[i], Start: u.start, End: u.end, Bullet: u.bullet})
	}
	d.splitSentences(lx)
	if d.Source.Published.IsZero() {
		d.Source.Published = findDateline(text)
	}
	return d
}

// splitSentences fills d.Sentences from the readable blocks and sets the
// title from the first headline.
func (d *Document) splitSentences(lx *lexicon.Lexicon) {
	var spans [][2]int // one block's sentences; the buffer serves every block
	for bi, b := range d.Blocks {
		sec := b.Kind.Section()
		if sec == model.SectionUnknown {
			continue
		}
		if b.Kind == BlockHeadline {
			if d.Source.Title == "" {
				d.Source.Title = d.Text[b.Start:b.End]
			}
			d.Sentences = append(d.Sentences, Sentence{Start: b.Start, End: b.End, Section: sec, Block: bi})
			continue
		}
		spans = appendSentences(spans[:0], lx, d.Text, b.Start, b.End)
		for _, s := range spans {
			d.Sentences = append(d.Sentences, Sentence{Start: s[0], End: s[1], Section: sec, Block: bi})
		}
	}
}

// splitUnits cuts text into lines, drops blank ones, strips bullets and
// Markdown heading marks, and joins the lines of hard-wrapped paragraphs.
func splitUnits(text string, markdown bool) []unit {
	var units []unit
	blank, inFence := false, false
	for pos := 0; pos < len(text); {
		end := lineEnd(text[pos:])
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += pos
			next = end + 1
			if text[end] == '\r' && next < len(text) && text[next] == '\n' {
				next++
			}
		}
		s, e := trimSpace(text, pos, end)
		pos = next
		if markdown && strings.HasPrefix(text[s:e], "```") {
			inFence = !inFence
			blank = true
			continue
		}
		if s == e || inFence {
			blank = true
			continue
		}
		u := unit{start: s, end: e, blankBefore: blank}
		blank = false
		if markdown {
			if n := mdHeadingMark(text[s:e]); n > 0 {
				u.mdHeading = true
				body := strings.TrimRight(text[s+n:e], "# \t")
				u.start, u.end = trimSpace(text, s+n, s+n+len(body))
			}
		}
		if n := bulletMark(text[u.start:u.end]); n > 0 && !u.mdHeading {
			u.bullet = true
			u.start, u.end = trimSpace(text, u.start+n, u.end)
		}
		if u.start >= u.end {
			continue
		}
		// A line that continues a hard-wrapped paragraph joins the one before.
		if k := len(units) - 1; k >= 0 && !u.blankBefore && !u.bullet && !u.mdHeading && !units[k].mdHeading &&
			!endsSentence(text[units[k].start:units[k].end]) && startsLower(text[u.start:u.end]) {
			units[k].end = u.end
			units[k].words += countWords(text[u.start:u.end])
			continue
		}
		u.words = countWords(text[u.start:u.end])
		units = append(units, u)
	}
	return units
}

// classify decides the block kind of every unit: headline, summary, body,
// heading, caption or boilerplate.
func classify(lx *lexicon.Lexicon, text string, units []unit) []BlockKind {
	kinds := make([]BlockKind, len(units))
	isHeading := make([]bool, len(units))
	heading := make([]string, len(units)) // "summary", "boilerplate" or ""
	for i, u := range units {
		t := text[u.start:u.end]
		isHeading[i] = u.mdHeading || (!u.bullet && headingLike(t, u.words))
		if isHeading[i] || u.words <= 4 {
			heading[i], _ = lx.Table(lexicon.Headings).Lookup(headingKey(t))
		}
	}

	// A line that is only a publication date is page furniture.
	isDate := make([]bool, len(units))
	for i := 0; i < len(units) && i < datelineLines; i++ {
		isDate[i] = isDatelineOnly(text[units[i].start:units[i].end])
	}

	// The headline is the first heading-like line near the top that is not
	// a caption or a named section heading. Paragraphs above it are a dek.
	headline := -1
	for i, n := 0, 0; i < len(units) && n < 3; i++ {
		if isDate[i] {
			continue
		}
		n++
		if isHeading[i] && heading[i] == "" && !isCaption(lx, text, units[i]) {
			headline = i
			break
		}
		if heading[i] != "" {
			break
		}
	}

	// Page furniture trails many articles: a run of short title-like lines
	// (related links) or pattern lines ("4 reads") with no paragraph after it.
	tail := len(units)
	for tail > 0 {
		u := units[tail-1]
		t := text[u.start:u.end]
		if !isHeading[tail-1] && !lx.IsBoilerplate(boilerKey(lx, t)) {
			break
		}
		tail--
	}
	if tail == len(units)-1 && isHeading[tail] && heading[tail] == "" {
		tail = len(units) // a single closing heading-like line is left to the rules below
	}

	mode := ""      // "summary" or "boilerplate" while inside such a section
	sumBullets := 0 // bullets seen in the current summary section
	for i, u := range units {
		t := text[u.start:u.end]
		switch {
		case i >= tail || isDate[i]:
			kinds[i] = BlockBoilerplate
			continue
		case heading[i] != "" && (isHeading[i] || u.words <= 4):
			kinds[i] = BlockHeading
			mode, sumBullets = heading[i], 0
			continue
		case i == headline:
			kinds[i] = BlockHeadline
			for j := 0; j < i; j++ {
				if kinds[j] == BlockBody {
					kinds[j] = BlockSummary // a dek standing above the headline
				}
			}
			continue
		}
		switch mode {
		case "boilerplate":
			kinds[i] = BlockBoilerplate
			continue
		case "summary":
			switch {
			case u.bullet:
				kinds[i] = BlockSummary
				sumBullets++
				continue
			case sumBullets == 0 && !isHeading[i]:
				kinds[i] = BlockSummary // a summary paragraph under its heading
				mode = ""
				continue
			}
			mode = ""
		}
		switch {
		case lx.IsBoilerplate(boilerKey(lx, t)) || isByline(t, u.words):
			kinds[i] = BlockBoilerplate
		case isCaption(lx, text, u):
			kinds[i] = BlockCaption
		case isHeading[i]:
			kinds[i] = BlockHeading
		default:
			kinds[i] = BlockBody
		}
	}
	return kinds
}

// headingLike reports whether a line reads as a heading: short, with no
// sentence-ending punctuation, starting with a capital or a digit.
func headingLike(t string, words int) bool {
	if words == 0 || words > 16 || len(t) > 160 || endsSentence(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '‘' || r == '“' || r == '"' || r == '\''
}

// isCaption reports whether a unit describes a picture: one short sentence
// or phrase that uses a caption word ("pictured", "in background"), or a
// verb of a picture ("stands", "seen", not the noun of "the stands")
// while it narrates nothing (see narrates): "The episodes shown in
// February were watched 8,100,000 times" is news.
func isCaption(lx *lexicon.Lexicon, text string, u unit) bool {
	if u.words > 30 || u.bullet {
		return false
	}
	t := text[u.start:u.end]
	if strings.IndexByte(t, '"') >= 0 || strings.Contains(t, "“") || strings.Contains(t, "”") ||
		strings.Contains(strings.TrimRight(t, ". "), ". ") {
		return false
	}
	// A unit of at most 30 words: its words fit the array, and each is
	// lower-cased on its own, most of them without a copy.
	var buf [32]string
	words := buf[:0]
	for w := range strings.FieldsSeq(t) {
		words = append(words, strings.ToLower(w))
	}
	verb := false // a verb of a picture, which marks a caption of a line that narrates nothing
	for i, w := range words {
		w = strings.Trim(w, ".,;:()")
		if lx.Has(lexicon.Captions, w) {
			return true
		}
		verb = verb || lx.Has(lexicon.CaptionVerbs, w) && (i == 0 || !nounMarkers[words[i-1]])
		if i+1 == len(words) || !lx.StartsPhrase(lexicon.Captions, w) {
			continue
		}
		if lx.HasPhrase(lexicon.Captions, w, strings.Trim(words[i+1], ".,;:()")) {
			return true
		}
		if i+2 < len(words) && lx.HasPhrase(lexicon.Captions, w, words[i+1], strings.Trim(words[i+2], ".,;:()")) {
			return true
		}
	}
	return verb && !narrates(lx, words)
}

// nounMarkers make the caption verb after them a noun: "cleared the
// stands in 14 minutes", "their poses".
var nounMarkers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "these": true, "those": true}

// narrates reports whether lower-case words tell of an event, as a line of
// news does and a caption, in the present of its picture, does not: a past
// or future auxiliary, or a say verb.
func narrates(lx *lexicon.Lexicon, words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, ".,;:()")
		switch w {
		case "was", "were", "had", "has", "have", "will", "would":
			return true
		}
		if lx.Has(lexicon.SayVerbs, w) {
			return true
		}
	}
	return false
}

// isByline reports whether a line is an author line: "By Jane Doe".
func isByline(t string, words int) bool {
	return words <= 7 && (strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ")) && !endsSentence(t)
}

// headingKey is the form of a heading looked up in the headings list.
func headingKey(t string) string {
	return strings.ToLower(strings.TrimRight(strings.TrimSpace(t), ":.!?-–— "))
}

// boilerKey is the form of a line matched against boilerplate patterns:
// lower case, trimmed, and cut after as many words as the longest
// pattern has, since the match reads no further.
func boilerKey(lx *lexicon.Lexicon, t string) string {
	t = strings.Trim(t, " \t-–—•*|·")
	rest := t
	for range lx.BoilerplateWords() {
		rest = strings.TrimLeft(rest, " ")
		_, rest, _ = strings.Cut(rest, " ")
	}
	return strings.ToLower(t[:len(t)-len(rest)])
}

func mdHeadingMark(t string) int {
	n := 0
	for n < len(t) && n < 6 && t[n] == '#' {
		n++
	}
	if n > 0 && n < len(t) && (t[n] == ' ' || t[n] == '\t') {
		return n + 1
	}
	return 0
}

// bulletMark returns the length of a list marker at the start of t
// ("•", "-", "*", "1." followed by a space), or 0.
func bulletMark(t string) int {
	for _, m := range []string{"•", "·", "▪", "►", "‣", "◦", "-", "*", "+", "–", "—"} {
		if strings.HasPrefix(t, m) && len(t) > len(m) && (t[len(m)] == ' ' || t[len(m)] == '\t') {
			return len(m) + 1
		}
	}
	n := 0
	for n < len(t) && n < 3 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' ' {
		return n + 2
	}
	return 0
}

// endsSentence reports whether t ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \t\"'”’)]*")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == ';'
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// countWords returns the number of words of t as strings.Fields splits
// them, without building the fields. ASCII text is read eight bytes at a
// time: a word starts at each byte that is not white space and follows
// one that is.
func countWords(t string) int {
	n := 0
	inWord := false
	for i := 0; i < len(t); {
		if i+8 <= len(t) {
			w := uint64(t[i]) | uint64(t[i+1])<<8 | uint64(t[i+2])<<16 | uint64(t[i+3])<<24 |
				uint64(t[i+4])<<32 | uint64(t[i+5])<<40 | uint64(t[i+6])<<48 | uint64(t[i+7])<<56
			if w&hiBits == 0 {
				space := spaceBytes(w)
				// A byte follows white space when the byte before it is
				// white space; the first byte, when the word before ends
				// outside a word.
				before := space<<8 | uint64(b2u(!inWord))<<7
				n += bits.OnesCount64(^space & hiBits & before)
				inWord = space>>63 == 0
				i += 8
				continue
			}
		}
		c := t[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(t[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// hiBits is the top bit of each byte of a word.
const hiBits = 0x8080808080808080

// spaceBytes returns the top bit of each byte of w, eight ASCII bytes, set
// when the byte is ASCII white space: ' ', or '\t' to '\r'. No byte
// carries into the next: each is below 0x80 and stays below 0x100.
func spaceBytes(w uint64) uint64 {
	const ones = 0x0101010101010101
	x := w ^ (' ' * ones)                    // zero where w is ' '
	blank := ^((x + 0x7f*ones) | x) & hiBits // top bit where x is zero
	ge9 := w + (0x80-'\t')*ones              // top bit where w >= '\t'
	ge14 := w + (0x80-'\r'-1)*ones           // top bit where w > '\r'
	return blank | ge9&^ge14&hiBits
}

// b2u is 1 for true and 0 for false.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// trimSpace narrows [s, e) of text to exclude surrounding white space,
// including a byte-order mark and non-breaking spaces.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		e -= n
	}
	return s, e
}
