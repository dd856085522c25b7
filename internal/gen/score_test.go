package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/reconcile-news/reconcile/model"
)

func TestContainsWords(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"275", "275", true},
		{"275 drones", "275", true},
		{"of 275.", "275", true},
		{"bremahesia's former defense minister", "former defense minister", true},
		{"march 3", "3", true},
		{"2750", "275", false},
		{"1,275", "275", false},
		{"275,000", "275", false},
		{"12.5", "12", false},
		{"former defense minister", "defense ministers", false},
		{"defense minister, 275", "275", true},
		{"", "3", false},
	}
	for _, tt := range tests {
		t.Run(tt.s+"~"+tt.sub, func(t *testing.T) {
			assert.Equal(t, tt.want, containsWords(tt.s, tt.sub))
		})
	}
}

func claimAt(path string, line int, quote string) model.Claim {
	return model.Claim{Span: model.Span{Source: path, Start: model.Pos{Line: int32(line)}}, Quote: quote}
}

func TestAtSide(t *testing.T) {
	side := Side{File: "000003.txt", Line: 25, Value: "former defense minister"}
	tests := []struct {
		name  string
		claim model.Claim
		want  bool
	}{
		{"value in quote", claimAt("/tmp/c/000003.txt", 25, "Nadira Drusberg, Bremahesia's former defense minister"), true},
		{"case ignored", claimAt("000003.txt", 25, "Former Defense Minister"), true},
		{"quote in value", claimAt("000003.txt", 25, "defense minister"), true},
		{"other line", claimAt("000003.txt", 24, "former defense minister"), false},
		{"other file", claimAt("000004.txt", 25, "former defense minister"), false},
		{"other words", claimAt("000003.txt", 25, "Nadira Drusberg"), false},
		{"value text", func() model.Claim {
			c := claimAt("000003.txt", 25, "Drusberg")
			c.Value.Text = "former defense minister"
			return c
		}(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, AtSide(&tt.claim, side))
		})
	}
	// A number is not found inside a larger one on the same line.
	c := claimAt("000001.txt", 3, "1,275")
	assert.False(t, AtSide(&c, Side{File: "000001.txt", Line: 3, Value: "275"}))
}

func TestFlags(t *testing.T) {
	cs := Case{Kind: QuantityMismatch, Sides: []Side{
		{File: "a.txt", Line: 5, Value: "12"}, {File: "b.txt", Line: 7, Value: "30"}, {File: "c.txt", Line: 9, Value: "30"},
	}}
	tests := []struct {
		name string
		d    *model.Discrepancy
		want bool
	}{
		{"first against second", discOf(claimAt("a.txt", 5, "12"), claimAt("b.txt", 7, "30")), true},
		{"third against first", discOf(claimAt("c.txt", 9, "30"), claimAt("a.txt", 5, "12")), true},
		{"two other sides", discOf(claimAt("b.txt", 7, "30"), claimAt("c.txt", 9, "30")), false},
		{"first side only", discOf(claimAt("a.txt", 5, "12"), claimAt("a.txt", 5, "12 people")), false},
		{"one side and elsewhere", discOf(claimAt("a.txt", 5, "12"), claimAt("b.txt", 8, "30")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Flags(tt.d, cs))
		})
	}
	assert.False(t, Flags(discOf(claimAt("a.txt", 5, "12")), Case{Sides: cs.Sides[:1]}))
}

// TestScoreReport builds a report with one discrepancy of each class by
// hand and checks the counts and ratios.
func TestScoreReport(t *testing.T) {
	truth := &Truth{
		Disagreements: []Case{
			{Kind: QuantityMismatch, Cluster: 1, Sides: []Side{{"a.txt", 5, "12"}, {"b.txt", 7, "30"}}},
			{Kind: DateMismatch, Cluster: 1, Sides: []Side{{"a.txt", 9, "May 4"}, {"b.txt", 3, "May 3"}}},
		},
		Lookalikes: []Case{
			{Kind: DifferentPlace, Cluster: 1, Sides: []Side{{"a.txt", 11, "five"}, {"a.txt", 5, "12"}, {"b.txt", 7, "30"}}},
			{Kind: DifferentActor, Cluster: 2, Sides: []Side{{"c.txt", 4, "62"}, {"c.txt", 2, "275"}}},
		},
		Files: map[string]int{"a.txt": 1, "b.txt": 1, "c.txt": 2},
	}
	d := func(claims ...model.Claim) model.Discrepancy { return *discOf(claims...) }
	rep := &model.Report{Discrepancies: []model.Discrepancy{
		d(claimAt("dir/b.txt", 7, "30"), claimAt("dir/a.txt", 5, "12")),    // hit
		d(claimAt("dir/a.txt", 5, "12"), claimAt("dir/a.txt", 5, "12")),    // one side only: on truth
		d(claimAt("dir/a.txt", 11, "five"), claimAt("dir/b.txt", 7, "30")), // flags the lookalike: on truth
		d(claimAt("dir/a.txt", 3, "82"), claimAt("dir/c.txt", 2, "275")),   // cross-cluster
		d(claimAt("dir/a.txt", 3, "82"), claimAt("dir/b.txt", 3, "80")),    // off truth
	}}
	s := ScoreReport(rep, truth)
	assert.Equal(t, 2, s.Disagreements)
	assert.Equal(t, 1, s.Found)
	assert.Equal(t, 2, s.Lookalikes)
	assert.Equal(t, 1, s.Flagged)
	assert.Equal(t, 5, s.Discrepancies)
	assert.Equal(t, 1, s.Hits)
	assert.Equal(t, 1, s.CrossCluster)
	assert.Equal(t, 2, s.OnTruth)
	assert.Equal(t, 1, s.OffTruth)
	assert.InDelta(t, 0.5, s.Recall(), 1e-9)
	assert.InDelta(t, 0.25, s.Precision(), 1e-9)
	assert.InDelta(t, 0.2, s.StrictPrecision(), 1e-9)
	assert.InDelta(t, 0.5, s.FlaggedRate(), 1e-9)
	assert.Equal(t, Tally{Cases: 1, Flagged: 1}, s.ByKind[QuantityMismatch])
	assert.Equal(t, Tally{Cases: 1}, s.ByKind[DateMismatch])
	assert.Equal(t, Tally{Cases: 1, Flagged: 1}, s.ByKind[DifferentPlace])
	assert.Equal(t, []Case{truth.Disagreements[1]}, s.Missed)
	assert.Equal(t, []Case{truth.Lookalikes[0]}, s.FlaggedCases)
	assert.Equal(t, []int{1, 2, 3}, s.Wrong)
	assert.Contains(t, s.String(), "recall 0.500 (1/2), precision 0.250 (1/4)")

	empty := ScoreReport(&model.Report{}, &Truth{})
	assert.Equal(t, 1.0, empty.Recall())
	assert.Equal(t, 1.0, empty.Precision())
	assert.Equal(t, 0.0, empty.FlaggedRate())
}

// TestScorePerfect checks that a report flagging exactly each injected
// disagreement of a generated corpus scores full recall and precision.
func TestScorePerfect(t *testing.T) {
	c, err := Generate(Options{Articles: 200, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	rep := &model.Report{}
	for _, cs := range c.Truth.Disagreements {
		a, b := cs.Sides[0], cs.Sides[1]
		rep.Discrepancies = append(rep.Discrepancies, *discOf(claimAt("x/"+a.File, a.Line, a.Value), claimAt("x/"+b.File, b.Line, b.Value)))
	}
	s := ScoreReport(rep, &c.Truth)
	assert.Equal(t, 1.0, s.Recall())
	assert.Equal(t, 1.0, s.Precision())
	assert.Equal(t, 1.0, s.StrictPrecision())
	assert.Zero(t, s.Flagged, "%v", s.FlaggedCases)
}

// discOf returns a discrepancy between claims.
func discOf(claims ...model.Claim) *model.Discrepancy {
	d := &model.Discrepancy{}
	for i := range claims {
		d.Claims = append(d.Claims, &claims[i])
	}
	return d
}
