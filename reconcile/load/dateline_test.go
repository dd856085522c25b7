package load

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestDateline(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	tests := []struct {
		name, in string
		want     time.Time // zero: no date
		only     bool      // the line is nothing but a dateline
	}{
		{"published with time and weekday", "Published 4:12 PM EST, Mon November 24, 2025", time.Date(2025, 11, 24, 16, 12, 0, 0, est), true},
		{"updated, abbreviated month", "Updated 10:05 a.m. ET Nov. 24, 2025", time.Date(2025, 11, 24, 10, 5, 0, 0, time.FixedZone("ET", -5*3600)), true},
		{"date only", "March 3, 2025", time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), true},
		{"day first", "3 March 2025", time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), true},
		{"time after date", "March 3, 2025 at 9:30 p.m.", time.Date(2025, 3, 3, 21, 30, 0, 0, time.UTC), true},
		{"ISO", "2025-03-03T09:30:00Z", time.Date(2025, 3, 3, 9, 30, 0, 0, time.UTC), true},
		{"ISO with offset", "Published: 2025-03-03 09:30+01:00", time.Date(2025, 3, 3, 8, 30, 0, 0, time.UTC), true},
		{"Reuters with year", "LONDON, March 3, 2025 (Reuters) - Prices rose.", time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), false},
		{"Reuters without year", "LONDON, March 3 (Reuters) - Prices rose.", time.Time{}, false},
		{"two-word place", "NEW YORK, Jan 5, 2024 - Stocks fell.", time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC), false},
		{"February 30", "February 30, 2025", time.Time{}, true},
		{"not a dateline: sentence", "Prices rose on March 3, 2025.", time.Time{}, false},
		{"not a dateline: May as a verb", "May the talks succeed.", time.Time{}, false},
		{"not a dateline: headline", "Marching Toward Peace in 2025", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := parseDateline(tt.in)
			assert.True(t, tt.want.Equal(got), "got %v, want %v", got, tt.want)
			if !tt.want.IsZero() {
				assert.Equal(t, tt.want.UTC().Format(time.RFC3339), got.UTC().Format(time.RFC3339))
			}
			assert.Equal(t, tt.only, isDatelineOnly(tt.in))
		})
	}
}

func TestFindDateline(t *testing.T) {
	text := "Envoy Heads to Miami\n\nBy Jane Doe\nUpdated 4:12 PM EST, Mon November 24, 2025\n\nA Kremlin envoy will meet officials.\n"
	assert.Equal(t, "2025-11-24T16:12:00-05:00", findDateline(text).Format(time.RFC3339))
	assert.True(t, findDateline("Headline\n\nNo date here.\n").IsZero())
	d := mustParse(t, "a.txt", text)
	assert.Equal(t, "Envoy Heads to Miami", d.Source.Title)
	assert.Equal(t, BlockBoilerplate, d.Blocks[2].Kind)
}

// TestIsMonthPrefix checks every three lower-case ASCII letters: exactly
// the first three letters of the twelve months are month prefixes.
func TestIsMonthPrefix(t *testing.T) {
	want := map[string]bool{}
	for m := time.January; m <= time.December; m++ {
		want[strings.ToLower(m.String()[:3])] = true
	}
	found := 0
	for a := byte('a'); a <= 'z'; a++ {
		for b := byte('a'); b <= 'z'; b++ {
			for c := byte('a'); c <= 'z'; c++ {
				got := isMonthPrefix(a, b, c)
				if got != want[string([]byte{a, b, c})] {
					t.Errorf("isMonthPrefix(%q) = %v", []byte{a, b, c}, got)
				}
				if got {
					found++
				}
			}
		}
	}
	if found != 12 {
		t.Errorf("%d month prefixes, want 12", found)
	}
}
