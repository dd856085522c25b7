package corpus

import (
	"bytes"
	"errors"
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

// FuzzManifest checks that decodeManifest returns a manifest or an error
// naming the file for any bytes, and that a manifest it accepts encodes and
// decodes back to itself.
func FuzzManifest(f *testing.F) {
	for _, s := range []string{
		`{"format":"reconcile-corpus","version":1,"segments":[{"file":"seg-000001.rcs","size":900,"articles":3,"claims":40,"claims_by_kind":{"quantity":30,"date":10},"articles_by_outlet":{"":1,"Wire":2},"first_published":"2025-03-03T00:00:00Z","last_published":"2025-03-04T00:00:00Z"}]}`,
		`{"format":"reconcile-corpus","version":1,"segments":[]}`,
		`{"format":"reconcile-corpus","version":2}`,
		`{"format":"reconcile-corpus","version":0}`,
		`{"format":"other","version":1}`,
		`{"format":"reconcile-corpus","version":1,"segments":[{"file":"../x"},{"file":"../x"}]}`,
		"{\"format\":\"reconcile-corpus\",\n\"version\":1,\n\"segments\":[{\"file\":",
		`[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeManifest("MANIFEST", data)
		if (m == nil) == (err == nil) {
			t.Fatalf("decodeManifest returned manifest %v and error %v", m, err)
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Path != "MANIFEST" {
				t.Fatalf("error %v (%T) does not name the manifest", err, err)
			}
			return
		}
		var buf bytes.Buffer
		if err := m.encode(&buf); err != nil {
			t.Fatalf("encode an accepted manifest: %v", err)
		}
		again, err := decodeManifest("MANIFEST", buf.Bytes())
		if err != nil {
			t.Fatalf("encoded manifest does not decode: %v\n%s", err, buf.Bytes())
		}
		var b2 bytes.Buffer
		if err := again.encode(&b2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), b2.Bytes()) {
			t.Fatalf("round trip changed the manifest:\n%s\n%s", buf.Bytes(), b2.Bytes())
		}
	})
}
