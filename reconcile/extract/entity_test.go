package extract

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// A mention's text is the text at its span, exactly as written; the
// entity's name has its spaces normalized.
func TestMentionTextAsWritten(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantName string
		wantText string
	}{
		{"one space", "The envoy met Kirill Dmitriev in Miami.", "Kirill Dmitriev", "Kirill Dmitriev"},
		{"two spaces", "The envoy met Kirill  Dmitriev in Miami.", "Kirill Dmitriev", "Kirill  Dmitriev"},
		{"tab", "The envoy met Kirill\tDmitriev in Miami.", "Kirill Dmitriev", "Kirill\tDmitriev"},
	}
	lx := numTestReader(t).lx
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := load.New(lx).Parse("a.txt", ".txt", []byte("Envoy Meets Officials\n\n"+tt.in+"\n"))
			require.NoError(t, err)
			require.Len(t, docs, 1)
			d := docs[0]
			r := New(lx).Extract(d)
			for _, e := range r.Entities {
				if e.Name != tt.wantName {
					continue
				}
				require.Len(t, e.Mentions, 1)
				m := e.Mentions[0]
				assert.Equal(t, tt.wantText, m.Text)
				assert.Equal(t, d.Text[m.Span.Start.Offset:m.Span.End.Offset], m.Text)
				return
			}
			t.Fatalf("no entity %q among %+v", tt.wantName, r.Entities)
		})
	}
}

// TestSkipMentions checks that an extractor told to skip mentions gives
// the same claims and entities, each entity counted as often as it is
// mentioned otherwise, over every fixture article.
func TestSkipMentions(t *testing.T) {
	lx := numTestReader(t).lx
	full, counting := New(lx), New(lx)
	counting.SkipMentions = true
	mentioned := 0
	for _, f := range fixtureFiles(t) {
		docs, err := load.New(lx).Parse(f.path, filepath.Ext(f.path), f.data)
		require.NoError(t, err)
		for _, d := range docs {
			want, got := full.Extract(d), counting.Extract(d)
			assert.Equal(t, want.Claims, got.Claims, f.path)
			require.Len(t, got.Entities, len(want.Entities), f.path)
			for k, e := range want.Entities {
				assert.Equal(t, len(e.Mentions), e.Count, "%s: %s", f.path, e.Name)
				assert.Nil(t, got.Entities[k].Mentions, "%s: %s", f.path, e.Name)
				e.Mentions = nil
				assert.Equal(t, e, got.Entities[k], f.path)
				mentioned += e.Count
			}
		}
	}
	assert.Greater(t, mentioned, 100, "the fixtures name entities")
}

// TestWordsThatAreNoNames checks that a month written as part of a date,
// or after a date's preposition, is no entity, next to a name it could be;
// nor is the letter of a temperature ("41C"), nor a counted thing that
// opens sentences ("Turnout was 61%").
func TestWordsThatAreNoNames(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a month after a preposition", "Inflation in Tolvar reached 7.2% in January.", []string{"Tolvar"}},
		{"a month after a day", "Two people were killed on the morning of 8 July in Osk.", []string{"Osk"}},
		{"an abbreviated month before its day", "The border was closed on Feb. 3 near Hesk.", []string{"Hesk"}},
		{"a month as a name", "The minister, Anna May, met Tolvar officials.", []string{"Anna May", "Tolvar"}},
		{"a temperature's unit", "Temperatures in Tolvar reached 41C, or 106F.", []string{"Tolvar"}},
		{"a counted thing opening two sentences", "Turnout was 61%. Turnout in Tolvar was 63%.", []string{"Tolvar"}},
		{"where a thing is based", "A Denver-based mining company paid Tolvar $3 million.", []string{"Tolvar"}},
		{"a plural's possessive inside a name", "Dagna Vell chairs the Valdorian Nurses' Association.", []string{"Dagna Vell", "Valdorian Nurses' Association"}},
		{"a byline's words opening a sentence", "By Daily Mail Reporter -- Drivers in Tolvar face a toll rise. Daily commuters will pay more.", []string{"Daily Mail Reporter", "Tolvar"}},
		{"a common noun opening a sentence before a preposition", "The Farmers' Union met. Farmers in Tolvar said 40 farmers left.", []string{"Farmers' Union", "Tolvar"}},
	}
	lx := numTestReader(t).lx
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range readText(t, lx, "Officials Meet\n\n"+tt.in+"\n").Entities {
				got = append(got, e.Name)
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

// TestEntityKinds checks the kind a capitalized name is given by its
// words: an organization's last word, a place's first or last word.
func TestEntityKinds(t *testing.T) {
	tests := []struct {
		name, in, entity string
		want             model.EntityKind
	}{
		{"a two-word name is a person's", "The envoy met Kirill Dmitriev on Monday.", "Kirill Dmitriev", model.Person},
		{"a company's last word", "The owner, Halvard-Orne Shipping, paid the ransom.", "Halvard-Orne Shipping", model.Org},
		{"an outlet's last word", "The report appeared in the Lisken Courier on Monday.", "Lisken Courier", model.Org},
		{"a place's first word", "Families gathered in the harbour of Port Lisken on Monday.", "Port Lisken", model.Place},
		{"a mountain's first word", "Climbers reached Mount Orel on Monday.", "Mount Orel", model.Place},
		{"an institution's last word", "Staff at the Kessel Ridge National Observatory met on Monday.", "Kessel Ridge National Observatory", model.Org},
		{"a venue's last word", "Fans left the Nordbank Arena on Monday.", "Nordbank Arena", model.Org},
	}
	lx := numTestReader(t).lx
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := load.New(lx).Parse("a.txt", ".txt", []byte("Envoy Meets Officials\n\n"+tt.in+"\n"))
			require.NoError(t, err)
			r := New(lx).Extract(docs[0])
			for _, e := range r.Entities {
				if e.Name == tt.entity {
					assert.Equal(t, tt.want, e.Kind)
					return
				}
			}
			t.Fatalf("no entity %q among %+v", tt.entity, r.Entities)
		})
	}
}

// TestOrganizationHead checks that an organization's last word alone
// stands for it, when no other organization of the article ends in it.
func TestOrganizationHead(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"the one jail", "Inmates rioted at the Brenton County Jail on Monday.\n\nJail staff freed 40 inmates on Tuesday.", "brenton county jail"},
		{"two museums", "The Osk City Museum lent works. So did the Brenn Folk Museum.\n\nMuseum staff freed 40 inmates on Tuesday.", "museum"},
	}
	lx := numTestReader(t).lx
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimQuoted(extractText(t, lx, "Works Damaged\n\n"+tt.in+"\n"), model.QuantityClaim, "40")
			require.NotNil(t, c)
			assert.Equal(t, tt.want, c.Actor)
		})
	}
}
