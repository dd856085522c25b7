package corpus

import (
	"testing"
)

// FuzzDecode checks that no record payload makes the decoder panic, and that
// what it accepts encodes back to the same claims.
func FuzzDecode(f *testing.F) {
	e := newEncoder()
	for _, a := range testArticles(0, 3, 4) {
		p, err := e.article(&a)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(append([]byte(nil), p...))
	}
	f.Add(appendIndex(nil, []string{"ab", "cd"}, []int64{50, 900}))
	f.Fuzz(func(t *testing.T, payload []byte) {
		d := decoder{b: payload}
		a, err := d.article()
		if err != nil {
			d := decoder{b: payload}
			d.index()
			return
		}
		p, err := newEncoder().article(&a)
		if err != nil {
			t.Fatal(err)
		}
		d2 := decoder{b: p}
		b, err := d2.article()
		if err != nil {
			t.Fatalf("re-encoded article does not decode: %v", err)
		}
		if len(a.Claims) != len(b.Claims) || a.Source.Hash != b.Source.Hash {
			t.Fatalf("round trip changed the article")
		}
	})
}
