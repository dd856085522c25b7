package model

import (
	"iter"
	"slices"
	"strings"
)

// Words is a set of words held in one string: distinct, sorted in byte
// order and separated by single spaces, "" for no word. A claim's Context
// is one: a string header and its bytes cost less than half of what a
// slice of strings costs, with a 16-byte header for each word, which made
// the contexts the largest part of a large run's memory after the claims.
type Words string

// MakeWords returns the set of the words of list, which need be neither
// sorted nor distinct. An entry with spaces in it gives each of its words.
func MakeWords(list ...string) Words {
	var all []string
	for _, s := range list {
		all = append(all, strings.Fields(s)...)
	}
	slices.Sort(all)
	return Words(strings.Join(slices.Compact(all), " "))
}

// Len returns the number of words.
func (w Words) Len() int {
	if w == "" {
		return 0
	}
	return strings.Count(string(w), " ") + 1
}

// All yields the words in order.
func (w Words) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		s := string(w)
		for s != "" {
			word, rest, _ := strings.Cut(s, " ")
			if !yield(word) {
				return
			}
			s = rest
		}
	}
}

// List returns the words as a new slice, nil for no word.
func (w Words) List() []string {
	if w == "" {
		return nil
	}
	return strings.Split(string(w), " ")
}

// Shared returns how many words w and o have in common, walking both
// once.
func (w Words) Shared(o Words) int {
	a, b := string(w), string(o)
	n := 0
	for a != "" && b != "" {
		x, restA, _ := strings.Cut(a, " ")
		y, restB, _ := strings.Cut(b, " ")
		switch {
		case x == y:
			n++
			a, b = restA, restB
		case x < y:
			a = restA
		default:
			b = restB
		}
	}
	return n
}
