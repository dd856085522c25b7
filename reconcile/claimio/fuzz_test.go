package claimio

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
)

// FuzzClaims checks that Read returns claims or an error for any input,
// never a panic; that every error is an *Error naming the file at a line
// and column of it; that what it accepts holds a known kind, a source, a
// quote, bounds in order and a unique id; and that accepted claims survive
// Write and Read unchanged.
func FuzzClaims(f *testing.F) {
	for _, s := range []string{
		`{"id":"9bf5ed90:quantity:3621","kind":"quantity","source":"a.txt","line":33,"column":203,"offset":3621,"end":3623,"end_line":33,"end_column":205,"section":"body","quote":"63","sentence":"63 of which were shot down.","sentence_span":{"offset":3600,"end":3650,"line":33,"column":180,"end_line":33,"end_column":230},"value":{"kind":"count","lo":63,"hi":63,"nominal":63,"text":"63"},"subject":"drone","measure":"intercept","actor":"ukraine","entities":["russia","ukraine"],"context":["drone"]}`,
		"\ufeff" + `{"kind":"quantity","source":"other.txt","quote":"70","value":{"kind":"count","lo":70,"hi":null}}` + "\n\n",
		`{"kind":"date","source":"a.txt","quote":"Feb. 24","value":{"kind":"date","date":{"year":2022,"month":2,"day":24},"resolved":true,"lo":19047,"hi":19047}}` + "\r\n" + `{"kind":"role","source":"b.txt","quote":"former minister","role":{"title":"minister","status":"former"}}`,
		`{"id":"a","kind":"date","source":"a.txt","quote":"x"}` + "\n" + `{"id":"a","kind":"date","source":"b.txt","quote":"y"}`,
		`{"kind":"date","source":"a.txt","quote":"x","value":{"lo":3,"hi":1}}`,
		`{"kind":"date","source":"a.txt","quote":"x","colour":"red"}`,
		"{\"kind\": \"quantity\",\n[1,2]\n{} {}\n\"\xff\"",
		`{"kind":"quantity","source":"a.txt","quote":"x","value":{"lo":-0,"hi":1e308,"nominal":-1e-320}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		claims, err := Read("c.jsonl", bytes.NewReader(data))
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v (%T) is not an ErrorList", err, err)
			}
			lines := bytes.Split(data, []byte("\n"))
			for _, e := range list {
				if e.Path != "c.jsonl" || e.Line < 1 || e.Line > len(lines)+1 || e.Column < 1 {
					t.Fatalf("error %q not at a line and column of c.jsonl (%d lines)", e, len(lines))
				}
				if e.Line <= len(lines) && e.Column > utf8.RuneCount(lines[e.Line-1])+1 {
					t.Fatalf("error %q: column past the end of line %q", e, lines[e.Line-1])
				}
			}
			return
		}
		ids := map[string]bool{}
		for _, c := range claims {
			if c.Kind == model.ClaimUnknown || c.Span.Source == "" || c.Quote == "" || c.ID == "" || ids[c.ID] {
				t.Fatalf("accepted claim %+v: no kind, source, quote or id, or a repeated id", c)
			}
			ids[c.ID] = true
			if c.Value.Lo > c.Value.Hi {
				t.Fatalf("accepted claim %s with lo %g above hi %g", c.ID, c.Value.Lo, c.Value.Hi)
			}
		}
		var buf bytes.Buffer
		w := NewWriter(&buf)
		for i := range claims {
			if err := w.Write(&claims[i]); err != nil {
				t.Fatalf("write claim %s: %v", claims[i].ID, err)
			}
		}
		again, err := Read("c.jsonl", &buf)
		if err != nil {
			t.Fatalf("written claims do not read back: %v\n%s", err, buf.Bytes())
		}
		if len(claims) == 0 && len(again) == 0 {
			return
		}
		if !reflect.DeepEqual(claims, again) {
			t.Fatalf("round trip changed the claims:\n%+v\n%+v", claims, again)
		}
	})
}
