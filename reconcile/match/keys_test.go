package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/reconcile-news/reconcile/model"
)

func TestSpelledAlike(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"the same name", "khorlar", "khorlar", true},
		{"full names spelled alike", "bohdan mazurenskyy", "bogdan mazurenskiy", true},
		{"a surname and the full name", "mazurensky", "bohdan mazurenskyy", true},
		{"the full name and a surname", "bohdan mazurenskyy", "mazurensky", true},
		{"two places a letter apart meet only through a third name", "luvlar", "luvpar", false},
		{"two places two letters apart", "khorlar", "kholkar", false},
		{"a word that is not the full name's last", "bohdan", "bohdan mazurenskyy", false},
		{"other given names", "joe biden", "jill biden", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, SpelledAlike(tt.a, tt.b))
		})
	}
}

func TestAnchorOf(t *testing.T) {
	tests := []struct {
		key, want string
		ok        bool
	}{
		{"q|drone|intercept|katrin_kholar", "katrin_kholar", true},
		{"q|peacekeeper|v:initial|osk", "osk", true},
		{"d|talk|osk", "osk", true},
		{"q|@lead|bicycle|kessmark", "kessmark", true},
		{"r|ilsa marn|president", "", false},
		{"doc|a.txt", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			got, ok := AnchorOf(tt.key)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestLeadCountKeys checks that a lead count's keys name what it counts
// and each anchor, and that no other key is taken for one.
func TestLeadCountKeys(t *testing.T) {
	c := &model.Claim{Kind: model.QuantityClaim, Subject: "bicycle", Value: model.Point(model.Count, 2400)}
	keys := AppendLeadCountKeys([]string{"doc|a.txt"}, 1, c, []string{"spokewise", "kessmark"})
	assert.Equal(t, []string{"doc|a.txt", "q|@lead|bicycle|kessmark", "q|@lead|bicycle|spokewise"}, keys)
	for _, k := range keys[1:] {
		assert.True(t, IsLeadCountKey(k), k)
		assert.False(t, IsLeadKey(k), k)
	}
	for _, k := range []string{"doc|a.txt", "d|@lead|kessmark", "q|bicycle|amt|kessmark"} {
		assert.False(t, IsLeadCountKey(k), k)
	}
}

func TestDocKeySource(t *testing.T) {
	tests := []struct {
		key, want string
		ok        bool
	}{
		{"doc|a.txt", "a.txt", true},
		{"doc|dir/a|b.txt", "dir/a|b.txt", true},
		{"q|drone|intercept|doc", "", false},
		{"r|doc|president", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			got, ok := DocKeySource(tt.key)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.ok, IsDocKey(tt.key))
		})
	}
}

// TestKeysOfARank checks that a rank ("the third division") is blocked with
// its own article only, while a count of the same thing, by the same words,
// meets other articles through its anchors.
func TestKeysOfARank(t *testing.T) {
	count := model.Claim{Kind: model.QuantityClaim, Span: model.Span{Source: "a.txt"}, Subject: "division", Measure: "win",
		Value: model.Point(model.Count, 3)}
	rank := count
	rank.Value.Kind = model.Ordinal
	assert.Equal(t, []string{DocKey("a.txt"), "q|division|win|osk"}, Keys(&count, []string{"osk"}))
	assert.Equal(t, []string{DocKey("a.txt")}, Keys(&rank, []string{"osk"}))
}

// TestKeysOfALength checks that a length of a named event ("a 30-day
// ceasefire"), an amount of a named thing ("a $2 billion aid package") or a
// share of one ("turnout was 62%") is blocked by what it names, with no
// verb, and a bare length ("for three days") or sum with its own article
// only.
func TestKeysOfALength(t *testing.T) {
	length := model.Claim{Kind: model.QuantityClaim, Span: model.Span{Source: "a.txt"}, Subject: "ceasefire",
		Value: model.Value{Kind: model.Duration, Unit: "day", Lo: 30, Hi: 30, Nominal: 30}}
	bare := length
	bare.Subject = ""
	assert.Equal(t, []string{DocKey("a.txt"), "q|ceasefire|dur|marnia"}, Keys(&length, []string{"marnia"}))
	assert.Equal(t, []string{DocKey("a.txt")}, Keys(&bare, []string{"marnia"}))
	worth := model.Claim{Kind: model.QuantityClaim, Span: model.Span{Source: "a.txt"}, Subject: "package",
		Value: model.Value{Kind: model.Amount, Unit: "USD", Lo: 2e9, Hi: 2e9, Nominal: 2e9}}
	money := worth
	money.Subject = "money"
	assert.Equal(t, []string{DocKey("a.txt"), "q|package|amt|marnia"}, Keys(&worth, []string{"marnia"}), "an amount that names its thing")
	assert.Equal(t, []string{DocKey("a.txt")}, Keys(&money, []string{"marnia"}), "money and no verb")
	turnout := model.Claim{Kind: model.QuantityClaim, Span: model.Span{Source: "a.txt"}, Subject: "turnout",
		Value: model.Value{Kind: model.Share, Unit: "%", Lo: 62, Hi: 62, Nominal: 62}}
	assert.Equal(t, []string{DocKey("a.txt"), "q|turnout|pct|marnia"}, Keys(&turnout, []string{"marnia"}), "a share of a named thing")
	crude := model.Claim{Kind: model.QuantityClaim, Span: model.Span{Source: "a.txt"}, Subject: "crude",
		Value: model.Value{Kind: model.Measurement, Unit: "t", Lo: 4200, Hi: 4200, Nominal: 4200}}
	unnamed := crude
	unnamed.Subject = ""
	assert.Equal(t, []string{DocKey("a.txt"), "q|crude|u:t|marnia"}, Keys(&crude, []string{"marnia"}), "a measurement of a named thing")
	assert.Equal(t, []string{DocKey("a.txt")}, Keys(&unnamed, []string{"marnia"}), "a measurement of nothing named")
}
