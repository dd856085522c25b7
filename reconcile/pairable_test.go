package reconcile

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/store"
)

// TestPairable checks which keys pairable keeps, the same for any number
// of goroutines, and that the claims holding a key share one string.
func TestPairable(t *testing.T) {
	records := func() []store.Record {
		rec := func(src string, sec model.Section, keys ...string) store.Record {
			// Each claim gets its own copies of its keys, as match.Keys makes them.
			own := make([]string, len(keys))
			for i, k := range keys {
				own[i] = string([]byte(k))
			}
			return store.Record{Claim: &model.Claim{Span: model.Span{Source: src}, Section: sec}, Keys: own}
		}
		return []store.Record{
			rec("a", model.Summary, "doc|a", "q|x|kyiv", "q|x|lviv"),
			rec("a", model.Body, "doc|a", "q|x|kyiv"),
			rec("b", model.Body, "doc|b", "q|x|kyiv", "q|y|odesa"),
			rec("b", model.Body, "doc|b", "q|y|odesa"),
			rec("c", model.Summary, "doc|c", "r|ann|mayor"),
			rec("d", model.Body, "doc|d", "r|ann|mayor"),
		}
	}
	want := [][]string{
		{"doc|a", "q|x|kyiv"}, // q|x|lviv: no other claim holds it
		{"doc|a", "q|x|kyiv"},
		{"q|x|kyiv", "q|y|odesa"}, // doc|b: no summary claim in b
		{"q|y|odesa"},
		{"r|ann|mayor"}, // doc|c: one claim, and no body claim in c
		{"r|ann|mayor"},
	}
	for _, jobs := range []int{1, 2, 3, 8} {
		rs := records()
		pairable(rs, jobs)
		shared := map[string]*byte{}
		for i, r := range rs {
			assert.Equal(t, want[i], r.Keys, "jobs %d, record %d", jobs, i)
			for _, k := range r.Keys {
				if p, ok := shared[k]; ok {
					assert.Same(t, p, unsafe.StringData(k), fmt.Sprintf("jobs %d: %s is one string", jobs, k))
				}
				shared[k] = unsafe.StringData(k)
			}
		}
	}
}
