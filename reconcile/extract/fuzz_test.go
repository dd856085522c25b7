package extract

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// fuzzExtractor returns an extractor and a loader on the default lexicon.
func fuzzExtractor(f *testing.F) (*Extractor, *load.Loader) {
	f.Helper()
	r := numTestReader(f)
	return New(r.lx), load.New(r.lx)
}

// checkSpan asserts that sp lies on rune boundaries inside the text of d,
// names d's source, has positions that agree with d, and spells text.
func checkSpan(t *testing.T, d *load.Document, what string, sp model.Span, text string) {
	t.Helper()
	a, b := int(sp.Start.Offset), int(sp.End.Offset)
	if a < 0 || b > len(d.Text) || a > b {
		t.Fatalf("%s span [%d, %d) outside text of %d bytes", what, a, b, len(d.Text))
	}
	if (a < len(d.Text) && !utf8.RuneStart(d.Text[a])) || (b < len(d.Text) && !utf8.RuneStart(d.Text[b])) {
		t.Fatalf("%s span [%d, %d) not on rune boundaries", what, a, b)
	}
	if sp.Source != d.Source.Path {
		t.Fatalf("%s span names %q, not %q", what, sp.Source, d.Source.Path)
	}
	if sp.Start != d.Pos(a) || sp.End != d.Pos(b) {
		t.Fatalf("%s span positions %v-%v, want %v-%v", what, sp.Start, sp.End, d.Pos(a), d.Pos(b))
	}
	if got := d.Text[a:b]; got != text {
		t.Fatalf("%s text %q, but the span holds %q", what, text, got)
	}
}

// checkClaims asserts the invariants of every extraction: claims sorted by
// offset, each quote inside its sentence and spelled by its span, ids
// unique, parents naming claims of the same result, values well formed,
// and entity mentions inside the text.
func checkClaims(t *testing.T, d *load.Document, r Result) {
	t.Helper()
	ids := make(map[string]bool, len(r.Claims))
	for i, c := range r.Claims {
		if i > 0 && c.Span.Start.Offset < r.Claims[i-1].Span.Start.Offset {
			t.Fatalf("claim %d at %d after claim at %d: not sorted", i, c.Span.Start.Offset, r.Claims[i-1].Span.Start.Offset)
		}
		checkSpan(t, d, "quote of "+c.ID, c.Span, c.Quote)
		checkSpan(t, d, "sentence of "+c.ID, c.SentenceSpan(), c.Text)
		if c.Quote == "" {
			t.Fatalf("claim %s has an empty quote", c.ID)
		}
		if c.Span.Start.Offset < c.Sentence.Start.Offset || c.Span.End.Offset > c.Sentence.End.Offset {
			t.Fatalf("claim %s quote %q outside its sentence %q", c.ID, c.Quote, c.Text)
		}
		if c.ID == "" || ids[c.ID] {
			t.Fatalf("claim id %q empty or repeated", c.ID)
		}
		ids[c.ID] = true
		if c.Kind == model.ClaimUnknown || c.Section == model.SectionUnknown {
			t.Fatalf("claim %s of kind %v in section %v", c.ID, c.Kind, c.Section)
		}
		v := c.Value
		if math.IsNaN(v.Lo) || math.IsNaN(v.Hi) || math.IsNaN(v.Nominal) {
			t.Fatalf("claim %s %q: NaN in value %+v", c.ID, c.Quote, v)
		}
		if v.Lo > v.Hi {
			t.Fatalf("claim %s %q: lo %g above hi %g", c.ID, c.Quote, v.Lo, v.Hi)
		}
	}
	for _, c := range r.Claims {
		if c.Parent != "" && (!ids[c.Parent] || c.Parent == c.ID) {
			t.Fatalf("claim %s has parent %q, which is not another claim of the document", c.ID, c.Parent)
		}
	}
	for _, e := range r.Entities {
		if e.Name == "" {
			t.Fatal("entity without a name")
		}
		for _, m := range e.Mentions {
			checkSpan(t, d, "mention of "+e.Name, m.Span, m.Text)
		}
	}
}

// checkDate asserts what every date claim holds: a temporal value whose
// parts are in range, with a text for people.
func checkDate(t *testing.T, c model.Claim) {
	t.Helper()
	v := c.Value
	if !v.Kind.IsTemporal() {
		t.Fatalf("date claim %q has a value of kind %v", c.Quote, v.Kind)
	}
	p := v.Date
	if p.Month < 0 || p.Month > 12 || p.Day < 0 || p.Day > 31 || p.Weekday < 0 || p.Weekday > 7 {
		t.Fatalf("date claim %q: parts out of range %+v", c.Quote, p)
	}
	if p.IsZero() || v.Text == "" {
		t.Fatalf("date claim %q: no date read (%+v, text %q)", c.Quote, p, v.Text)
	}
}

// FuzzDates feeds one sentence, under a fixed headline, through Extract and
// checks the date claims read from it: each inside the text, its quote the
// text at its span, its parts in range. pub sets the publication date
// (days from 1970) against which relative dates resolve; 0 leaves it unset.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"Russia invaded Ukraine on Feb. 24, 2022.",
		"The dam collapsed on March 3, 2025, the ministry said.",
		"Talks began on 3 March 2025 in Geneva and will run through 2026.",
		"They met on Saturday, and again on the 20th.",
		"The plan, agreed last week, runs over the next two years.",
		"Officials said the count may rise in May 2024 or in the next 18 months.",
		"Between Jan. 14 and Feb. 2 the 2014-15 season was suspended since 2014.",
		"Prices rose 5% yesterday; earlier this week they fell.",
		"on the 99th of Sept. 31, 2199 until 1000",
		"in the next 1e308 years",
		"within 10000000000000000000000 days",
		"The mill closed three years ago, about two decades ago, a week ago and more than 500 million years ago.",
		"at least 1e308 years ago, nearly 0 days ago, 10000000000000000000000 centuries ago",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(20150)) // 2025-03-03
	}
	x, l := fuzzExtractor(f)
	f.Fuzz(func(t *testing.T, s string, pub int64) {
		docs, err := l.Parse("d.txt", ".txt", []byte("Headline\n\n"+s+"\n"))
		if err != nil {
			return
		}
		for _, d := range docs {
			if pub != 0 {
				d.Source.Published = time.Unix(0, 0).UTC().AddDate(0, 0, int(pub%(1<<24)))
			}
			r := x.Extract(d)
			checkClaims(t, d, r)
			for _, c := range r.Claims {
				if c.Kind == model.TimeClaim {
					checkDate(t, c)
				}
			}
		}
	})
}

// FuzzExtract reads arbitrary text as a .txt (or, with md, .md) article and
// checks every claim and entity Extract returns; see checkClaims. The case
// articles under fixtures/ are seeds.
func FuzzExtract(f *testing.F) {
	files, err := filepath.Glob("../../fixtures/cases/*/*.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, false)
	}
	f.Add([]byte("# Strike\n\n## Key Takeaways\n\n- Ukraine said it shot down 47 of 82 drones.\n\nRussia launched 82 drones overnight, 63 of which were intercepted, the air force said.\n"), true)
	x, l := fuzzExtractor(f)
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		ext := ".txt"
		if md {
			ext = ".md"
		}
		docs, err := l.Parse("a"+ext, ext, data)
		if err != nil {
			return
		}
		for _, d := range docs {
			checkClaims(t, d, x.Extract(d))
		}
	})
}
