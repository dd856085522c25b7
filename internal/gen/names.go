package gen

import (
	"math/rand/v2"
	"strings"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

var (
	onsets  = []string{"v", "t", "k", "m", "s", "d", "r", "l", "b", "n", "z", "kh", "dr", "st", "br", "g", "p", "f", "h", "tr", "sv", "j"}
	vowels  = []string{"a", "e", "i", "o", "u", "a", "e", "o", "ei", "ou"}
	codas   = []string{"", "", "", "n", "r", "l", "s", "m", "sk", "v", "th", "d"}
	endings = []string{"ia", "a", "ora", "and", "ova", "ene", "ar", "istan", "esia", "on"}
	given   = []string{"Dorin", "Mirela", "Teodor", "Anika", "Levan", "Soraya", "Kasimir", "Ilona",
		"Radu", "Yelena", "Tomas", "Nadira", "Evander", "Marit", "Oskar", "Zofia", "Pavel", "Liora",
		"Anton", "Katrin", "Emil", "Darya", "Viktor", "Selin", "Bogdan", "Irena", "Matei", "Ksenia"}
	lastEnds  = []string{"escu", "ov", "ski", "ani", "ic", "en", "ar", "as", "ek", "off", "ides", "berg"}
	partyKind = []string{"Unity", "Renewal", "Freedom", "Progress", "Homeland", "Solidarity", "Justice"}
)

// namer invents names, never the same one twice and never a real place.
type namer struct {
	r    *rand.Rand
	used map[string]bool
	real *lexicon.Table
}

func newNamer(r *rand.Rand) *namer {
	n := &namer{r: r, used: map[string]bool{}}
	if l, err := lexicon.Default(); err == nil {
		n.real = l.Table(lexicon.Places)
	}
	return n
}

func (n *namer) pick(list []string) string { return list[n.r.IntN(len(list))] }

func (n *namer) syllables(k int) string {
	var b strings.Builder
	for range k {
		b.WriteString(n.pick(onsets))
		b.WriteString(n.pick(vowels))
		b.WriteString(n.pick(codas))
	}
	return b.String()
}

// fresh returns a capitalized name made by make that is neither used nor real.
func (n *namer) fresh(make func() string) string {
	for {
		s := make()
		key := strings.ToLower(s)
		if n.used[key] || len(s) < 4 || len(s) > 11 || clusters(key) {
			continue
		}
		if n.real != nil {
			if _, ok := n.real.Lookup(key); ok {
				continue
			}
		}
		n.used[key] = true
		return strings.ToUpper(s[:1]) + s[1:]
	}
}

// country is an invented state.
type country struct {
	Name string // Velmora
	Adj  string // Velmoran
}

func (n *namer) country() country {
	name := n.fresh(func() string {
		s := n.syllables(1) + n.pick(onsets)
		if n.r.IntN(2) == 0 {
			s = n.syllables(1) + n.pick(onsets) + n.pick(vowels) + n.pick(onsets)
		}
		return s + n.pick(endings)
	})
	adj := name + "ian"
	switch {
	case strings.HasSuffix(name, "a"):
		adj = name + "n"
	case strings.HasSuffix(name, "e"):
		adj = name + "se"
	case strings.HasSuffix(name, "istan"):
		adj = name + "i"
	}
	return country{Name: name, Adj: adj}
}

func (n *namer) city() string {
	suffix := []string{"", "", "grad", "ava", "ovo", "itz", "heim", "port", "ek"}
	return n.fresh(func() string { return n.syllables(2) + n.pick(suffix) })
}

// person is an invented person.
type person struct {
	First, Last string
}

func (p person) Full() string { return p.First + " " + p.Last }

func (n *namer) person() person {
	last := n.fresh(func() string { return n.syllables(1+n.r.IntN(2)) + n.pick(lastEnds) })
	return person{First: n.pick(given), Last: last}
}

// clusters reports whether s has three consonants in a row, which reads badly.
func clusters(s string) bool {
	run := 0
	for _, c := range s {
		if strings.ContainsRune("aeiouy ", c) {
			run = 0
			continue
		}
		if run++; run >= 3 {
			return true
		}
	}
	return false
}
