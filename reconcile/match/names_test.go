package match

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/reconcile-news/reconcile/model"
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

// TestFoldShortcut checks Fold's shortcut for folded text against the
// full folding, on random strings over the characters where they could
// differ.
func TestFoldShortcut(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	alphabet := []string{"a", "z", "A", "Z", "0", " ", "  ", "'", "'s", "’", "\t", "-", ".", "é", "\x7f", "\u00a0"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		assert.Equal(t, fold(s), Fold(s), "%q", s)
		if folded(s) {
			assert.Equal(t, s, fold(s), "%q is not folded", s)
		}
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
		{"trump", "donald trump", false},
		{" donald  trump ", "donald\ttrump", true}, // words split as strings.Fields splits them
		{"donald trump jr", "donald trump", false},
		{"", "", true},
		{"", "trump", false},
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

// naiveCanon is the resolver's rule without blocking: every full name
// against every earlier canonical one, every single word against every
// last word.
func naiveCanon(names []string) map[string]string {
	canon := map[string]string{}
	seen := map[string]bool{}
	var list []string
	for _, n := range names {
		if f := Fold(n); f != "" && !seen[f] {
			seen[f] = true
			list = append(list, f)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if len(list[i]) != len(list[j]) {
			return len(list[i]) > len(list[j])
		}
		return list[i] < list[j]
	})
	var full []string
	for _, n := range list {
		if !strings.Contains(n, " ") {
			continue
		}
		c := n
		for _, f := range full {
			if SameName(f, n) {
				c = f
				break
			}
		}
		canon[n] = c
		if c == n {
			full = append(full, n)
		}
	}
	for _, n := range list {
		if strings.Contains(n, " ") {
			continue
		}
		var hits []string
		for _, f := range full {
			if SameWord(f[strings.LastIndexByte(f, ' ')+1:], n) {
				hits = append(hits, f)
			}
		}
		canon[n] = n
		if len(hits) == 1 {
			canon[n] = hits[0]
		}
	}
	return canon
}

// TestResolverBlocking checks that finding candidates by initials and
// deletion forms loses no match: on names built to collide, the resolver
// agrees with the naive all-pairs rule.
func TestResolverBlocking(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	given := []string{"anna", "anya", "boris", "borys", "carla", "karla", "dmitry", "dmytro", "elena", "olena"}
	family := []string{"zelensky", "zelenskyy", "zelenskiy", "kovalenko", "kovalenco", "smith", "smyth", "ivanova", "ivanov", "petrenko",
		// two edits apart in long words, and words whose runes are several bytes
		"petrenkovych", "petrenkovich", "petrinkovich", "шевченко", "шевчинка", "шевченкo"}
	var names []string
	for range 400 {
		switch r.IntN(3) {
		case 0:
			names = append(names, family[r.IntN(len(family))])
		default:
			names = append(names, given[r.IntN(len(given))]+" "+family[r.IntN(len(family))])
		}
	}
	want := naiveCanon(names)
	res := NewResolver(names, nil)
	for n, c := range want {
		assert.Equal(t, c, res.Canonical(n), n)
	}
}

// TestResolverWritten checks that a name as written resolves as its
// folded form does, whether the resolver was built with it or not: the
// names it was built with are looked up, not folded again.
func TestResolverWritten(t *testing.T) {
	r := NewResolver([]string{"Volodymyr Zelenskyy’s", "Zelensky", "Anna  Smith", "anna smyth", "Kyiv"},
		map[string]string{"Kiev": "Kyiv"})
	tests := []struct{ in, want string }{
		{"Volodymyr Zelenskyy’s", "volodymyr zelenskyy"}, // given as written
		{"Zelensky", "volodymyr zelenskyy"},
		{"ZELENSKY", "volodymyr zelenskyy"}, // not given: folded, then resolved
		{"Anna  Smith", "anna smith"},
		{"Anna Smyth", "anna smith"},
		{"Kiev", "kyiv"},
		{"kiev", "kyiv"},
		{"Kyiv", "kyiv"},
		{"Nobody Known", "nobody known"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, r.Canonical(tt.in))
			assert.Equal(t, r.Canonical(Fold(tt.in)), r.Canonical(tt.in), "as its folded form")
			f, c := r.Resolve(tt.in)
			assert.Equal(t, Fold(tt.in), f, "Resolve's folded name")
			assert.Equal(t, tt.want, c, "Resolve's canonical name")
		})
	}
}

// TestResolverRoles checks that close spellings given different roles stay
// apart, while the same spellings with a role in common merge.
func TestResolverRoles(t *testing.T) {
	names := []string{"Ivan Petrovsky", "Ivan Petrovskiy", "Marta Kovalenko", "Marta Kovalenco"}
	r := NewResolverWithRoles(names, nil, map[string][]string{
		"Ivan Petrovsky": {"minister"}, "Ivan Petrovskiy": {"singer"},
		"Marta Kovalenko": {"spokeswoman"}, "Marta Kovalenco": {"spokeswoman", "envoy"},
	})
	assert.NotEqual(t, r.Canonical("Ivan Petrovsky"), r.Canonical("Ivan Petrovskiy"), "different roles: different people")
	assert.Equal(t, r.Canonical("Marta Kovalenko"), r.Canonical("Marta Kovalenco"), "a role in common")
	plain := NewResolver(names, nil)
	assert.Equal(t, plain.Canonical("Ivan Petrovsky"), plain.Canonical("Ivan Petrovskiy"), "without roles, close spellings merge")
}

// TestResolverKinds checks that a single word taken only for a place does
// not link to a person's full name it spells, while a surname does, and
// so does a word whose kind no article gave.
func TestResolverKinds(t *testing.T) {
	names := []string{"Katrin Kholar", "Kholkar", "Kholar", "Bremmet Ostrava", "Ostrav"}
	h := Hints{Kinds: map[string]uint8{
		"Katrin Kholar": KindBit(model.Person), "Kholkar": KindBit(model.Place),
		"Kholar": KindBit(model.Person), "Bremmet Ostrava": KindBit(model.Person),
	}}
	r := NewResolverWithHints(names, nil, h)
	assert.Equal(t, "kholkar", r.Canonical("Kholkar"), "a place is not a person's surname")
	assert.Equal(t, "katrin kholar", r.Canonical("Kholar"), "a surname links to the full name")
	assert.Equal(t, "bremmet ostrava", r.Canonical("Ostrav"), "a word of unknown kind still links")
	plain := NewResolver(names, nil)
	assert.Equal(t, "katrin kholar", plain.Canonical("Kholkar"), "without kinds, a close spelling links")
}

// resolverNames returns n names as a large corpus's articles give them:
// full names of a few thousand given names and many family names, some
// misspelled, and family names alone.
func resolverNames(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	syl := []string{"ka", "lo", "mir", "va", "ren", "to", "shi", "an", "dre", "ko", "vic", "el", "na", "bor", "is", "ta", "gu", "ste"}
	word := func(parts int) string {
		var b strings.Builder
		for range parts {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		return b.String()
	}
	given := make([]string, 2000)
	for i := range given {
		given[i] = word(2 + r.IntN(2))
	}
	family := make([]string, n/8)
	for i := range family {
		family[i] = word(3 + r.IntN(2))
	}
	names := make([]string, n)
	for i := range names {
		f := family[r.IntN(len(family))]
		if r.IntN(10) == 0 { // a misspelling: one letter dropped
			j := 1 + r.IntN(len(f)-1)
			f = f[:j] + f[j+1:]
		}
		if r.IntN(4) == 0 {
			names[i] = f
		} else {
			names[i] = given[r.IntN(len(given))] + " " + f
		}
	}
	return names
}

// BenchmarkResolver builds a resolver for the names of a large corpus.
func BenchmarkResolver(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 500_000} {
		names := resolverNames(n)
		for _, jobs := range []int{1, 2} {
			b.Run(fmt.Sprintf("names=%d/jobs=%d", n, jobs), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					NewResolverWithHints(names, nil, Hints{Jobs: jobs})
				}
			})
		}
	}
}

// TestResolverSameForAnyJobs checks that a resolver built on several
// goroutines gives every name the canonical form one goroutine gives it.
func TestResolverSameForAnyJobs(t *testing.T) {
	names := resolverNames(20_000)
	one := NewResolverWithHints(names, nil, Hints{})
	for _, jobs := range []int{2, 5} {
		many := NewResolverWithHints(names, nil, Hints{Jobs: jobs})
		assert.Equal(t, one.canon, many.canon, "jobs=%d", jobs)
	}
}

// TestFormTable checks that a form table finds what it was given through
// growing, that a key of 0 is kept, and that keys with the same low 32
// bits share a slot, as documented.
func TestFormTable(t *testing.T) {
	tests := []struct {
		name string
		keys []uint64
		want map[uint64]int32 // key -> head read back; 0 for a key never added
	}{
		{"distinct keys through growing", []uint64{1, 2, 17, 33, 1<<40 | 77, 5<<32 | 9, 12345678901},
			map[uint64]int32{1: 1, 2: 2, 17: 3, 33: 4, 1<<40 | 77: 5, 5<<32 | 9: 6, 12345678901: 7, 3: 0, 18: 0}},
		{"a key of 0 is kept", []uint64{0, 16}, map[uint64]int32{0: 1, 16: 2, 32: 0}},
		{"keys alike in their low 32 bits share a slot", []uint64{7, 3<<32 | 7}, map[uint64]int32{7: 2, 3<<32 | 7: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := newFormTable(1)
			for i, k := range tt.keys {
				tab.slot(k).head = int32(i + 1)
			}
			for k, want := range tt.want {
				assert.Equal(t, want, tab.get(k), "key %#x", k)
			}
		})
	}
}
