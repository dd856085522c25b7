package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zelenskyy’s", "zelenskyy"},
		{"  Volodymyr   Zelensky ", "volodymyr zelensky"},
		{"Doğan", "dogan"},
		{"Ihor Taburets'", "ihor taburets"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Fold(tt.in), tt.in)
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskyy", true},
		{"zelenskiy", "zelenskyy", true},
		{"volodymyr zelensky", "volodymyr zelenskyy", true},
		{"joe biden", "jill biden", false}, // different given names: different people
		{"kyiv", "kiev", false},            // short words need an alias
		{"ivan", "iran", false},            // one letter makes another name
		{"donald trump", "donald trump", true},
		{"donald trump", "trump", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, SameName(tt.a, tt.b))
		})
	}
}

func TestResolver(t *testing.T) {
	r := NewResolver([]string{"Donald Trump", "trump", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelensky",
		"Joe Biden", "Jill Biden", "Biden", "kiev"}, map[string]string{"Kiev": "Kyiv"})
	tests := []struct{ in, want string }{
		{"Trump", "donald trump"},
		{"Donald Trump’s", "donald trump"},
		{"Volodymyr Zelensky", "volodymyr zelenskyy"},
		{"Zelensky", "volodymyr zelenskyy"},
		{"Biden", "biden"}, // two Bidens: not linked
		{"Jill Biden", "jill biden"},
		{"Kiev", "kyiv"},
		{"Unknown Person", "unknown person"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, r.Canonical(tt.in), tt.in)
	}
}
