package model

import "testing"

// TestIntersectsWithin checks that each value is widened by its own
// tolerance: a round 340 million at 5% reaches 323 million, not 312.
func TestIntersectsWithin(t *testing.T) {
	round, precise := Point(Count, 340e6), Point(Count, 312e6)
	tests := []struct {
		name       string
		vtol, otol float64
		want       bool
	}{
		{"the round one widened only", 0.05, 0, false},
		{"both widened", 0.05, 0.05, true},
		{"neither", 0, 0, false},
	}
	for _, tt := range tests {
		if got := round.IntersectsWithin(precise, tt.vtol, tt.otol); got != tt.want {
			t.Errorf("%s: IntersectsWithin = %v, want %v", tt.name, got, tt.want)
		}
	}
	if !round.Intersects(precise, 0.05) {
		t.Error("Intersects widens both sides by its tolerance")
	}
}

// TestScoreSides checks that a score's figures come back from its point
// value, the larger first whichever way it was written.
func TestScoreSides(t *testing.T) {
	for _, tt := range []struct{ a, b, wantA, wantB int }{{151, 146, 151, 146}, {1, 4, 4, 1}, {6, 3, 6, 3}} {
		if a, b := ScoreValue(tt.a, tt.b).ScoreSides(); a != tt.wantA || b != tt.wantB {
			t.Errorf("ScoreValue(%d, %d).ScoreSides() = %d, %d, want %d, %d", tt.a, tt.b, a, b, tt.wantA, tt.wantB)
		}
	}
}
