package reconcile

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/reconcile-news/reconcile/model"
)

// TestNamesLike checks when an article's entity list counts as naming an
// anchor: the name itself, its adjective, a longer name it opens, or a word
// of a name of several; not another name that shares a word's first
// letters only.
func TestNamesLike(t *testing.T) {
	all := []string{"a_name_of_no_source", "indianapolis_police", "mv_calder_star", "port_selva", "svobokhenese", "ukrainian"}
	names := nameList{all, []int32{1, 2, 3, 4, 5}}
	tests := []struct {
		anchor string
		want   bool
	}{
		{"port_selva", true},
		{"svobokhene", true},
		{"ukraine", true},
		{"indianapolis", true},
		{"selva_lines", false},
		{"mv_sorrel", false},
		{"portugal", false},
		{"ukr", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, namesLike(names, tt.anchor), tt.anchor)
	}
}

// TestWritesName checks that a name the reader did not take for one is
// still found in the sentences of an article's claims, at the start of a
// word and in any case.
func TestWritesName(t *testing.T) {
	claims := []model.Claim{
		{Text: "Karsten launched 90 drones at Valdoria."},
		{Text: "Karsten launched 90 drones at Valdoria."},
		{Text: "The Svobokhenese military said so."},
	}
	assert.True(t, writesName(claims, "karsten"))
	assert.True(t, writesName(claims, "svobokhene"))
	assert.False(t, writesName(claims, "arsten"), "inside a word")
	assert.False(t, writesName(claims, "mv_sorrel"))
}
