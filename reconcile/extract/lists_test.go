package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/internal/slab"
	"github.com/reconcile-news/reconcile/model"
)

func TestOwnLists(t *testing.T) {
	// scratch stands for sc.lists: the lists point into it, some of them
	// at the same elements, as the claims of one sentence do.
	scratch := []string{"kyiv", "russia", "drone", "kyiv", "russia", "odesa"}
	ents, ents2 := scratch[0:2:2], scratch[3:5:5] // equal lists at different places
	other := scratch[2:5:5]
	tests := []struct {
		name      string
		ents      [][]string // per claim
		wantShare []bool     // per claim after the first: shares its list with the one before
		wantBlock int        // strings copied
	}{
		{"one claim", [][]string{ents}, nil, 2},
		{"one sentence", [][]string{ents, ents}, []bool{true}, 2},
		{"equal lists elsewhere", [][]string{ents, ents2}, []bool{true}, 2},
		{"another list", [][]string{ents, other}, []bool{false}, 5},
		{"equal, but not next to each other", [][]string{ents, other, ents}, []bool{false, false}, 7},
		{"empty lists stay nil or empty", [][]string{nil, {}, ents}, []bool{false, false}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := make([]model.Claim, len(tt.ents))
			for i := range claims {
				claims[i].Entities = tt.ents[i]
			}
			ownLists(claims, &slab.Slab[string]{})
			copied := 0
			for i, c := range claims {
				assert.Equal(t, tt.ents[i], c.Entities, "claim %d entities", i)
				if l := c.Entities; len(l) > 0 {
					assert.NotSame(t, &scratch[0], &l[0])
					assert.Equal(t, len(l), cap(l), "claim %d: a list with room to append to", i)
				}
				if i == 0 {
					copied += len(c.Entities)
					continue
				}
				p := claims[i-1]
				same := len(c.Entities) > 0 && len(p.Entities) > 0 && &c.Entities[0] == &p.Entities[0]
				if !same {
					copied += len(c.Entities)
				}
				require.Less(t, i-1, len(tt.wantShare))
				assert.Equal(t, tt.wantShare[i-1], same, "claim %d shares the list of the one before", i)
			}
			assert.Equal(t, tt.wantBlock, copied)
		})
	}
}
