package load

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCaptions checks which one-sentence paragraphs of a text article read
// as image captions: those with a caption word, and those with a verb of
// a picture that narrate nothing.
func TestCaptions(t *testing.T) {
	tests := []struct {
		line    string
		caption bool
	}{
		{"Mira Tollen stands in front of the town hall.", true},
		{"Protesters are seen outside the court in Osk", true},
		{"Ivo Brenn, pictured in 2019, was jailed for six years.", true},
		{"The harbour in the background of a file photo", true},
		{"The four episodes shown in February were watched 8,100,000 times.", false},
		{"The minister was seen leaving the building after the vote.", false},
		{"Mira Tollen said she had been standing in the queue for hours.", false},
		{"The council will meet again on Monday.", false},
		{"Stewards cleared the stands in 14 minutes.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			text := "Osk Harbour Reopens\n\n" + tt.line + "\n\nThe harbour reopened on Tuesday after two years of work.\n"
			docs, err := newLoader(t).Parse("a.txt", ".txt", []byte(text))
			require.NoError(t, err)
			require.Len(t, docs, 1)
			d := docs[0]
			var kind BlockKind
			for _, b := range d.Blocks {
				if d.Text[b.Start:b.End] == tt.line {
					kind = b.Kind
				}
			}
			assert.Equal(t, tt.caption, kind == BlockCaption, "block kind %v", kind)
		})
	}
}
