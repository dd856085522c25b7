package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// TestScores pins which figures joined by a hyphen are match results, each
// next to a lookalike that is none.
func TestScores(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		name, text, want string
	}{
		{"a result after its verb", "Osk United beat Brenvik 4-1 on Saturday.", "4-1=4-1"},
		{"the winner's figure first", "Brenvik lost 1-4 at home to Osk United.", "1-4=4-1"},
		{"a result before its noun, with a dash", "The 2–0 win over Lisova lifted Osk to 17th.", "2–0=2-0"},
		{"a draw", "Osk and Lisova drew 1-1 on Sunday.", "1-1=1-1"},
		{"a vote is no result", "A 6-4 vote backed the plan in Osk.", ""},
		{"a formation is no result", "Osk switched to 3-5-2 when trailing.", ""},
		{"a season is no result", "Osk won the title in the 2014-15 season.", ""},
		{"three figures are no result", "Osk won with a 4-4-2 shape.", ""},
		{"the games of sets are no result", "Kovac beat Lindqvist 4-6 7-5 6-3 in the final.", ""},
		{"the games of sets with commas", "Kovac won the final 6-4, 6-2 on Saturday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimTexts(extractText(t, lx, tt.text), func(c *model.Claim) bool { return c.Value.Kind == model.Score && c.Subject == "score" },
				func(c *model.Claim) string { return c.Quote + "=" + c.Value.Text })
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestVoteTallies pins which pairs are a vote's tally, and which earlier
// vote a tally is of.
func TestVoteTallies(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		name, text, want string
	}{
		{"voted", "The board voted 5-2 to lift the rate.", "5-2=5-2"},
		{"a bench split", "The nine-member court split 6-3.", "6-3=6-3"},
		{"a ruling's tally", "In a 7-2 ruling, the court struck down the law.", "7-2=7-2"},
		{"a vote after the pair", "A 6-4 vote backed the plan in Osk.", "6-4=6-4"},
		{"a vote of", "The plan passed by a vote of 7-2.", "7-2=7-2"},
		{"in favour", "The board backed it 6-1 in favour.", "6-1=6-1"},
		{"an earlier vote", "At its previous meeting, the board had voted 4-3 to hold rates.", "4-3=4-3 initial"},
		{"a vote of another month", "The board voted 7-2 in April to reject the bid.", "7-2=7-2 april"},
		{"a tally with to", "The measure passed 153 to 146.", "153 to 146=153-146"},
		{"a tally of votes with to", "The bill passed by 151 votes to 146, with three abstentions.", "151 votes to 146=151-146"},
		{"a tally by votes far from its verb", "The assembly approved an overhaul of pensions by 112 votes to 87.", "112 votes to 87=112-87"},
		{"by and no votes far from the verb is no tally", "The assembly approved an overhaul of pensions by 112 to 87.", ""},
		{"a vote of another year", "Lawmakers tightened it with a 2023 amendment, approved 79 to 70.", "79 to 70=79-70 2023"},
		{"a game's result with to is no tally", "The Tigers won 98 to 87 on Friday.", ""},
		{"nor a span with to", "Prices passed from 20 to 30 euros.", ""},
		{"a result is no tally", "Osk United beat Brenvik 4-1 on Saturday.", ""},
		{"nor a range", "Temperatures of 5-8 degrees are expected.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimTexts(extractText(t, lx, tt.text), func(c *model.Claim) bool { return c.Subject == model.VoteTally },
				func(c *model.Claim) string {
					return strings.Join(strings.Fields(c.Quote+"="+c.Value.Text+" "+c.Version+" "+c.Period), " ")
				})
			assert.Equal(t, tt.want, got)
		})
	}
}
