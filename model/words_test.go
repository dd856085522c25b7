package model

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want Words
		list []string
	}{
		{"none", nil, "", nil},
		{"empty entries", []string{"", " "}, "", nil},
		{"sorted and distinct", []string{"missile", "drone", "launch", "drone"}, "drone launch missile", []string{"drone", "launch", "missile"}},
		{"an entry of two words", []string{"air force", "air"}, "air force", []string{"air", "force"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := MakeWords(tt.in...)
			assert.Equal(t, tt.want, w)
			assert.Equal(t, tt.list, w.List())
			assert.Equal(t, len(tt.list), w.Len())
			assert.Equal(t, tt.list, nilIfEmpty(slices.Collect(w.All())))
		})
	}
}

func nilIfEmpty(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	return l
}

func TestWordsShared(t *testing.T) {
	tests := []struct {
		a, b Words
		want int
	}{
		{"", "", 0},
		{"drone", "", 0},
		{"drone launch missile", "drone missile", 2},
		{"air force", "force fort", 1},
		{"a b c", "d e f", 0},
		{"bar barn", "barn", 1}, // a word is never matched by its prefix
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.a.Shared(tt.b), "%q, %q", tt.a, tt.b)
		assert.Equal(t, tt.want, tt.b.Shared(tt.a), "%q, %q", tt.b, tt.a)
	}
}
