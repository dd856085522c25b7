package model

import (
	"fmt"
	"time"
)

// Section names the part of an article a sentence was read from.
type Section uint8

// The sections of an article. The zero value means the section is unknown.
const (
	SectionUnknown Section = iota
	Headline               // the title of the article
	Summary                // a summary block: Key Takeaways, Story highlights, a dek
	Body                   // the running text
)

var sectionNames = [...]string{SectionUnknown: "", Headline: "headline", Summary: "summary", Body: "body"}

// String returns the section's name as used in reports: headline, summary or body.
func (s Section) String() string {
	if int(s) < len(sectionNames) {
		return sectionNames[s]
	}
	return fmt.Sprintf("section(%d)", s)
}

// ParseSection returns the section named s, or an error.
func ParseSection(s string) (Section, error) {
	for i, n := range sectionNames {
		if n == s && s != "" {
			return Section(i), nil
		}
	}
	return SectionUnknown, fmt.Errorf("unknown section %q (want headline, summary or body)", s)
}

// IsSummary reports whether the section is one readers remember: the headline
// or a summary block.
func (s Section) IsSummary() bool { return s == Headline || s == Summary }

// Source is one article as read from disk or stdin.
type Source struct {
	Path      string    // path as given on the command line ("-" for stdin)
	Title     string    // headline, if one was found
	URL       string    // canonical address, if the input carried one
	Outlet    string    // publisher, if the input carried one
	Published time.Time // publication time; zero when unknown
	Hash      string    // hex SHA-256 of the raw bytes
	Size      int       // size of the text in bytes
}
