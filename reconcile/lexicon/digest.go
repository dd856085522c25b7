package lexicon

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Digest returns a hash, in hex, of everything l reads text with: every
// phrase of every table with its canonical name, every word of every
// word set, the classes, multipliers, relative date spans, number words
// and units, whether they come from the embedded data files or were added
// since by Extend or Parse. Two lexicons that hold the same words have the
// same digest, whatever the order the words were added in and whatever
// comments the data files carry; adding, removing or changing a word, a
// class or a value changes it.
//
// It is computed from l's contents on each call, which takes a few
// milliseconds: call it once, after the lexicon is extended.
func (l *Lexicon) Digest() string {
	h := sha256.New()
	for i, t := range l.tables {
		if t == nil {
			continue
		}
		name := "none"
		if i < len(tableLists) {
			name = tableLists[i]
		}
		var rows [][]string
		for _, list := range t.byFirst {
			for _, e := range list {
				rows = append(rows, []string{strings.Join(e.words, " "), e.canon})
			}
		}
		digestRows(h, "table "+name, rows)
	}
	for _, name := range slices.Sorted(maps.Keys(l.sets)) {
		var rows [][]string
		for w := range l.sets[name].m {
			rows = append(rows, []string{w})
		}
		digestRows(h, "set "+name, rows)
	}
	var rows [][]string
	for k, v := range l.classes {
		rows = append(rows, []string{k, v})
	}
	digestRows(h, "classes", rows)
	rows = rows[:0]
	for k, v := range l.multipliers {
		rows = append(rows, []string{k, formatFloat(v)})
	}
	digestRows(h, "multipliers", rows)
	rows = rows[:0]
	for k, v := range l.spans {
		rows = append(rows, []string{k, strconv.Itoa(v[0]), strconv.Itoa(v[1])})
	}
	digestRows(h, "spans", rows)
	for _, class := range slices.Sorted(maps.Keys(l.numbers)) {
		rows = rows[:0]
		for w, v := range l.numbers[class] {
			rows = append(rows, []string{w, formatFloat(v[0]), formatFloat(v[1])})
		}
		digestRows(h, "numbers "+class, rows)
	}
	rows = rows[:0]
	for w, u := range l.units {
		rows = append(rows, []string{w, u.Name, u.Base, formatFloat(u.Factor)})
	}
	digestRows(h, "units", rows)
	return hex.EncodeToString(h.Sum(nil))
}

// digestRows writes a section header and the rows, sorted, one quoted row
// per line, so that no two different contents write the same bytes.
func digestRows(h hash.Hash, header string, rows [][]string) {
	lines := make([]string, len(rows))
	for i, r := range rows {
		q := make([]string, len(r))
		for k, s := range r {
			q[k] = strconv.Quote(s)
		}
		lines[i] = strings.Join(q, " ")
	}
	sort.Strings(lines)
	h.Write([]byte(strconv.Quote(header) + " " + strconv.Itoa(len(lines)) + "\n"))
	for _, s := range lines {
		h.Write([]byte(s + "\n"))
	}
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
