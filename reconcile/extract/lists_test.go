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
	scratch := []string{"kyiv", "russia", "drone", "launch", "drone", "launch", "missile", "kyiv", "russia"}
	ents, ents2 := scratch[0:2:2], scratch[7:9:9] // equal lists at different places
	ctxA, ctxA2, ctxB := scratch[2:4:4], scratch[4:6:6], scratch[4:7:7]
	tests := []struct {
		name      string
		ents, ctx [][]string // per claim
		wantShare []bool     // per claim after the first: shares both lists with the one before
		wantBlock int        // strings copied
	}{
		{"one claim", [][]string{ents}, [][]string{ctxA}, nil, 4},
		{"one sentence", [][]string{ents, ents}, [][]string{ctxA, ctxA}, []bool{true}, 4},
		{"equal lists elsewhere", [][]string{ents, ents2}, [][]string{ctxA, ctxA2}, []bool{true}, 4},
		{"another context", [][]string{ents, ents}, [][]string{ctxA, ctxB}, []bool{false}, 7},
		{"equal, but not next to each other", [][]string{ents, ents, ents}, [][]string{ctxA, ctxB, ctxA}, []bool{false, false}, 9},
		{"empty lists stay nil or empty", [][]string{nil, {}, ents}, [][]string{{}, nil, ctxA}, []bool{false, false}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := make([]model.Claim, len(tt.ents))
			for i := range claims {
				claims[i].Entities, claims[i].Context = tt.ents[i], tt.ctx[i]
			}
			ownLists(claims, &slab.Slab[string]{})
			copied := 0
			for i, c := range claims {
				assert.Equal(t, tt.ents[i], c.Entities, "claim %d entities", i)
				assert.Equal(t, tt.ctx[i], c.Context, "claim %d context", i)
				for _, l := range [][]string{c.Entities, c.Context} {
					if len(l) > 0 {
						assert.NotSame(t, &scratch[0], &l[0])
						assert.Equal(t, len(l), cap(l), "claim %d: a list with room to append to", i)
					}
				}
				if i == 0 {
					copied += len(c.Entities) + len(c.Context)
					continue
				}
				p := claims[i-1]
				shares := func(a, b []string) bool { return len(a) > 0 && len(b) > 0 && &a[0] == &b[0] }
				sameEnts, sameCtx := shares(c.Entities, p.Entities), shares(c.Context, p.Context)
				if !sameEnts {
					copied += len(c.Entities)
				}
				if !sameCtx {
					copied += len(c.Context)
				}
				require.Less(t, i-1, len(tt.wantShare))
				assert.Equal(t, tt.wantShare[i-1], sameEnts && sameCtx, "claim %d shares the lists of the one before", i)
			}
			assert.Equal(t, tt.wantBlock, copied)
		})
	}
}
