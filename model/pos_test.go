package model

import "testing"

func TestSentenceSpan(t *testing.T) {
	quote := Span{Source: "a.txt", Start: Pos{Offset: 5, Line: 1, Column: 6}, End: Pos{Offset: 7, Line: 1, Column: 8}}
	sentence := Range{Start: Pos{Offset: 0, Line: 1, Column: 1}, End: Pos{Offset: 20, Line: 1, Column: 21}}
	tests := []struct {
		name string
		c    Claim
		want Span
	}{
		{"sentence", Claim{Span: quote, Sentence: sentence}, Span{Source: "a.txt", Start: sentence.Start, End: sentence.End}},
		{"no sentence", Claim{Span: quote}, Span{}},
		{"sentence at the start", Claim{Span: quote, Sentence: Range{End: Pos{Offset: 1}}}, Span{Source: "a.txt", End: Pos{Offset: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.SentenceSpan(); got != tt.want {
				t.Errorf("SentenceSpan() = %+v, want %+v", got, tt.want)
			}
			if got := tt.c.SentenceSpan().Range(); got != tt.c.Sentence {
				t.Errorf("SentenceSpan().Range() = %+v, want Sentence %+v", got, tt.c.Sentence)
			}
		})
	}
}
