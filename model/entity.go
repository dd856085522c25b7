package model

import "fmt"

// EntityKind classifies an entity.
type EntityKind uint8

// The kinds of entity. The zero value is Other.
const (
	Other  EntityKind = iota // anything else with a proper name
	Person                   // a person
	Place                    // a country, region, city or landmark
	Org                      // an organization, institution or government
)

var entityKindNames = [...]string{Other: "other", Person: "person", Place: "place", Org: "org"}

// String returns the kind's name as used in JSON: person, place, org or other.
func (k EntityKind) String() string {
	if int(k) < len(entityKindNames) {
		return entityKindNames[k]
	}
	return fmt.Sprintf("entitykind(%d)", k)
}

// ParseEntityKind returns the kind named s, or an error.
func ParseEntityKind(s string) (EntityKind, error) {
	for i, n := range entityKindNames {
		if n == s {
			return EntityKind(i), nil
		}
	}
	return Other, fmt.Errorf("unknown entity kind %q (want person, place, org or other)", s)
}

// Mention is one place an entity is named.
type Mention struct {
	Span Span   // where
	Text string // exactly as written: "Zelenskyy’s"
}

// Entity is a person, place or organization named in one or more sources,
// with every spelling it was named by.
type Entity struct {
	Name     string     // canonical name: the longest, most frequent full form
	Kind     EntityKind // person, place, org or other
	Aliases  []string   // other names it was given, sorted
	Mentions []Mention  // where it was named, in source order; nil when the reader kept only Count
	Count    int        // how many times it was named: len(Mentions) when they are kept
}
