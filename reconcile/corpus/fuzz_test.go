package corpus

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/reconcile-news/reconcile/model"
)

// FuzzDecode checks that no record payload makes the decoder panic, as a
// record of either format version, and that what it accepts encodes back to
// the same claims and entities.
func FuzzDecode(f *testing.F) {
	e := newEncoder()
	arts := testArticles(0, 3, 4)
	arts = append(arts, Article{Source: model.Source{Path: "a.txt", Hash: "ab"}})
	arts[1].Entities = nil
	for _, a := range arts {
		p, err := e.article(&a)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(append([]byte(nil), p...))
	}
	f.Add(appendIndex(nil, []string{"ab", "cd"}, []int64{50, 900}))
	f.Fuzz(func(t *testing.T, payload []byte) {
		d := decoder{b: payload, version: 1}
		d.article() // a version 1 record has no entities
		d = decoder{b: payload, version: Version}
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
		d2 := decoder{b: p, version: Version}
		b, err := d2.article()
		if err != nil {
			t.Fatalf("re-encoded article does not decode: %v", err)
		}
		if len(a.Claims) != len(b.Claims) || a.Source.Hash != b.Source.Hash || !reflect.DeepEqual(a.Entities, b.Entities) {
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
		`{"format":"reconcile-corpus","version":2,"segments":[{"file":"seg-000001.rcs","size":900,"articles":3,"claims":40,"claims_by_kind":{"quantity":40},"articles_by_outlet":{"":3}},{"file":"seg-000002.rcs","version":2,"size":1200,"articles":2,"claims":20,"entities":9,"claims_by_kind":{"date":20},"articles_by_outlet":{"Wire":2}}]}`,
		`{"format":"reconcile-corpus","version":1,"segments":[{"file":"seg-000001.rcs","version":2}]}`,
		`{"format":"reconcile-corpus","version":2,"segments":[{"file":"seg-000001.rcs","version":3}]}`,
		`{"format":"reconcile-corpus","version":3}`,
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
