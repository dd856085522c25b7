package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// extractText reads the claims of an article given as text: a headline
// line, a blank line, then the body. A text without a blank line gets the
// headline "Karsten and Valdoria in Talks", which names the invented
// countries the way an article would before a sentence opens with one.
func extractText(tb testing.TB, lx *lexicon.Lexicon, text string) []model.Claim {
	tb.Helper()
	return readText(tb, lx, text).Claims
}

// readText is extractText with the whole result, entities included.
func readText(tb testing.TB, lx *lexicon.Lexicon, text string) Result {
	tb.Helper()
	if !strings.Contains(text, "\n\n") {
		text = "Karsten and Valdoria in Talks\n\n" + text
	}
	docs, err := load.New(lx).Parse("t.txt", ".txt", []byte(text))
	require.NoError(tb, err)
	require.Len(tb, docs, 1)
	return New(lx).Extract(docs[0])
}

// claimQuoted returns the first claim of kind whose quote is quote, or nil.
func claimQuoted(claims []model.Claim, kind model.ClaimKind, quote string) *model.Claim {
	for i := range claims {
		if claims[i].Kind == kind && claims[i].Quote == quote {
			return &claims[i]
		}
	}
	return nil
}

// quotes lists the kind and quote of every claim, for failure messages.
func quotes(claims []model.Claim) []string {
	var out []string
	for _, c := range claims {
		out = append(out, c.Kind.String()+":"+c.Quote)
	}
	return out
}

// claimTexts joins with "; " what show writes of each claim that keep
// accepts, in reading order.
func claimTexts(claims []model.Claim, keep func(*model.Claim) bool, show func(*model.Claim) string) string {
	var out []string
	for i := range claims {
		if keep(&claims[i]) {
			out = append(out, show(&claims[i]))
		}
	}
	return strings.Join(out, "; ")
}
