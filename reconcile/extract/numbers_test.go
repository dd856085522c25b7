package extract

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

var (
	numTestLexOnce sync.Once
	numTestLex     *lexicon.Lexicon
	numTestLexErr  error
)

func numTestReader(tb testing.TB) reader {
	tb.Helper()
	numTestLexOnce.Do(func() { numTestLex, numTestLexErr = lexicon.Default() })
	require.NoError(tb, numTestLexErr)
	return newReader(numTestLex)
}

// readIn tokenizes in and reads at the first token written exactly as at.
// With at == "" it steps through the tokens the way an extractor does,
// honouring skip, and returns the first number read.
func readNumberIn(tb testing.TB, r reader, in, at string) (toks []token, n number, ok bool, skip int) {
	tb.Helper()
	toks = tokenize(in, 0, len(in))
	if at != "" {
		for i, t := range toks {
			if t.text == at {
				n, ok, skip = r.read(toks, i)
				return toks, n, ok, skip
			}
		}
		tb.Fatalf("no token %q in %q (tokens %q)", at, in, tokTexts(toks))
	}
	for i := 0; i < len(toks); {
		n, ok, skip = r.read(toks, i)
		if ok {
			return toks, n, true, 0
		}
		i += max(skip, 1)
	}
	return toks, number{}, false, 0
}

func tokTexts(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// flagString lists the boolean flags of n, sorted, space-separated.
func numFlagString(n number) string {
	var f []string
	for _, x := range []struct {
		on   bool
		name string
	}{{n.vague, "vague"}, {n.ordinal, "ordinal"}, {n.share, "share"}, {n.year, "year"}, {n.words, "words"}, {n.points, "points"}} {
		if x.on {
			f = append(f, x.name)
		}
	}
	sort.Strings(f)
	return strings.Join(f, " ")
}

func sortedNumFlags(s string) string {
	f := strings.Fields(s)
	sort.Strings(f)
	return strings.Join(f, " ")
}

// Shorthands for the flags column.
const (
	fW  = "words"
	fS  = "share"
	fWS = "words share"
	fV  = "vague"
	fWV = "words vague"
	fO  = "ordinal"
	fWO = "words ordinal"
	fY  = "year"
)

// TestReadNumber is the table of what the number reader reads. at is the
// token where reading starts ("" = the first number an extractor stepping
// through the text would find); want is the exact source text of the tokens
// read, "" when nothing must be read. Cases marked MS are taken or adapted
// from Microsoft Recognizers-Text's English number specs (MIT licence,
// github.com/microsoft/Recognizers-Text, Specs/Number/English/NumberModel.json,
// PercentModel.json, NumberRangeModel.json); the rest come from news copy.
func TestReadNumber(t *testing.T) {
	r := numTestReader(t)
	tests := []struct {
		in, at string
		want   string // the source text of tokens [i, j); "" = no number
		lo, hi float64
		flags  string // space-separated: vague ordinal share year words points
		cur    string
		rate   string
	}{
		// Digits, separators and decimals.
		{"Russia launched 82 drones overnight", "", "82", 82, 82, "", "", ""},
		{"at least 1,300 attack drones", "", "1,300", 1300, 1300, "", "", ""},
		{"and 1,000 guided aerial bombs", "", "1,000", 1000, 1000, "", "", ""},
		{"a magnitude 3.5 quake", "", "3.5", 3.5, 3.5, "", "", ""},
		{"1.300 is read the English way, as a decimal", "", "1.300", 1.3, 1.3, "", "", ""},
		{"4.800", "", "4.800", 4.8, 4.8, "", "", ""},                        // MS
		{"1,234,567 voters", "", "1,234,567", 1234567, 1234567, "", "", ""}, // MS
		{"1.234.567 voters, grouped with dots", "", "1.234.567", 1234567, 1234567, "", "", ""},
		{"9.2321312", "", "9.2321312", 9.2321312, 9.2321312, "", "", ""},                         // MS
		{"123456789101231", "", "123456789101231", 123456789101231, 123456789101231, "", "", ""}, // MS
		{"It cost 0.5 points", "", "0.5", 0.5, 0.5, "", "", ""},
		{"11 people, including 3 children", "", "11", 11, 11, "", "", ""},
		{"killed 12 and wounded 40", "", "12", 12, 12, "", "", ""},
		{"2 and 3 are not a range", "", "2", 2, 2, "", "", ""},
		{"more than 50,000 troops", "", "50,000", 50000, 50000, "", "", ""},
		{"within 24 hours", "", "24", 24, 24, "", "", ""},
		{"on Feb. 24, 2022", "24", "24", 24, 24, "", "", ""},
		{"a 20-point peace plan", "", "20", 20, 20, "", "", ""},
		{"the 28-point plan", "", "28", 28, 28, "", "", ""},
		{"a 92-year-old man", "", "92", 92, 92, "", "", ""},
		{"82 drones, of which 63 were shot down", "63", "63", 63, 63, "", "", ""},
		{"at 192.168.1.2", "", "", 0, 0, "", "", ""}, // MS: not one number
		{"a 1,30 grouping is malformed", "", "", 0, 0, "", "", ""},

		// Ordinal digits.
		{"the 17th round of talks", "", "17th", 17, 17, fO, "", ""},
		{"on the 1st floor", "", "1st", 1, 1, fO, "", ""},
		{"the 22nd day", "", "22nd", 22, 22, fO, "", ""},
		{"its 3rd attempt", "", "3rd", 3, 3, fO, "", ""},
		{"the 47th Brigade", "", "47th", 47, 47, fO, "", ""},
		{"the 28th Eurasian Economic Forum", "", "28th", 28, 28, fO, "", ""},
		{"the war's 1,000th day", "", "1,000th", 1000, 1000, fO, "", ""},
		{"on the 20th to advance", "", "20th", 20, 20, fO, "", ""},

		// Years: a bare four-digit 1000-2199 is flagged; the caller decides.
		{"in 2022, the war", "", "2022", 2022, 2022, fY, "", ""},
		{"annexed in 2014", "", "2014", 2014, 2014, fY, "", ""},
		{"since 1991", "", "1991", 1991, 1991, fY, "", ""},
		{"1000 troops (flagged: the caller decides)", "", "1000", 1000, 1000, fY, "", ""},
		{"2199 is the last year we flag", "", "2199", 2199, 2199, fY, "", ""},
		{"2200 troops", "", "2200", 2200, 2200, "", "", ""},
		{"999 troops", "", "999", 999, 999, "", "", ""},
		{"2,022 people: a separator is not a year", "", "2,022", 2022, 2022, "", "", ""},
		{"2022 million", "", "2022 million", 2.022e9, 2.022e9, "", "", ""},
		{"Crimean Peninsula-annexed in 2014-to be recognized", "2014", "2014", 2014, 2014, fY, "", ""},
		{"in the 1990s", "", "1990s", 1990, 1999, fY, "", ""},
		{"men in their 80s", "", "80s", 80, 89, fV, "", ""},
		{"the 2014-2022 period", "", "2014-2022", 2014, 2022, fY, "", ""},
		{"by mid-2022", "", "2022", 2022, 2022, fY, "", ""},
		{"between 2022 and 2023", "between", "between 2022 and 2023", 2022, 2023, fY, "", ""},

		// Clock times, scores, dates, phone numbers: stepped over.
		{"at 5:30 on Monday", "", "", 0, 0, "", "", ""},
		{"won in a world-record 2:00:31 on Sunday", "", "", 0, 0, "", "", ""},
		{"at 5pm local time", "", "", 0, 0, "", "", ""},
		{"at 5 p.m. local time", "", "", 0, 0, "", "", ""},
		{"at 1500 GMT", "", "", 0, 0, "", "", ""},
		{"at 5.30pm", "", "", 0, 0, "", "", ""},
		{"won 4-1 on Sunday", "", "", 0, 0, "", "", ""},
		{"a 2-2 draw", "", "", 0, 0, "", "", ""},
		{"a 3-0 win", "", "", 0, 0, "", "", ""},
		{"beat Spain 2–1", "", "", 0, 0, "", "", ""},
		{"open 24/7", "", "", 0, 0, "", "", ""},
		{"since the 9/11 attacks", "", "", 0, 0, "", "", ""},
		{"on 12/25/2022", "", "", 0, 0, "", "", ""},
		{"the 2022-23 season", "", "", 0, 0, "", "", ""},
		{"on 2022-01-15", "", "", 0, 0, "", "", ""},
		{"call 555-0134 now", "", "", 0, 0, "", "", ""},
		{"call 555-1234 now", "", "", 0, 0, "", "", ""},
		{"call +1-222-2222-2222", "", "", 0, 0, "", "", ""}, // MS
		{"3/4", "", "", 0, 0, "", "", ""},                   // MS reads 0.75; slashes are dates to us
		{"the 1995-01 issue", "", "", 0, 0, "", "", ""},     // MS NumberRangeModel

		// Ranges.
		{"2-4 weeks", "", "2-4", 2, 4, "", "", ""},
		{"ages 18-24", "", "18-24", 18, 24, "", "", ""},
		{"2,000-3,000 troops", "", "2,000-3,000", 2000, 3000, "", "", ""},
		{"1.5-2 million people", "", "1.5-2 million", 1.5e6, 2e6, "", "", ""},
		{"20–30 people", "", "20–30", 20, 30, "", "", ""},
		{"20 – 30 people", "", "20 – 30", 20, 30, "", "", ""},
		{"20 - 30 people", "", "20 - 30", 20, 30, "", "", ""},
		{"killed 5 – 3 of them children", "", "5", 5, 5, "", "", ""},
		{"2 to 4 weeks", "", "2 to 4", 2, 4, "", "", ""},
		{"10-to-15 years", "", "10-to-15", 10, 15, "", "", ""},
		{"20 through 100 is not read as a range", "", "20", 20, 20, "", "", ""}, // MS reads [20,100)
		{"two or three days", "", "two or three", 2, 3, fW, "", ""},
		{"one or two", "", "one or two", 1, 2, fW, "", ""},
		{"two to three", "", "two to three", 2, 3, fW, "", ""},
		{"between 2 and 4", "between", "between 2 and 4", 2, 4, "", "", ""},
		{"The number is between 20 and 30.", "between", "between 20 and 30", 20, 30, "", "", ""}, // MS
		{"between two and three", "between", "between two and three", 2, 3, fW, "", ""},
		{"between 20 and 30 percent", "between", "between 20 and 30 percent", 20, 30, fS, "", ""},
		{"between $2bn and $3bn", "between", "between $2bn and $3bn", 2e9, 3e9, "", "USD", ""},
		{"between 5 and 2 is not a range", "between", "", 0, 0, "", "", ""},
		{"2 to 3 million", "", "2 to 3 million", 2e6, 3e6, "", "", ""},
		{"500 to 3 million", "", "500 to 3 million", 500, 3e6, "", "", ""},
		{"2 million to 3", "", "2 million", 2e6, 2e6, "", "", ""},
		{"10-15% of the vote", "", "10-15%", 10, 15, fS, "", ""},
		{"2 to 3 percent", "", "2 to 3 percent", 2, 3, fS, "", ""},
		{"$2-3bn in aid", "", "$2-3bn", 2e9, 3e9, "", "USD", ""},
		{"$2 to $3 billion", "", "$2 to $3 billion", 2e9, 3e9, "", "USD", ""},
		{"£9 to £10 an hour", "", "£9 to £10 an hour", 9, 10, "", "GBP", "hour"},
		{"rose from 20 to 40", "20", "20", 20, 20, "", "", ""},
		{"rose from $20 to $40", "$", "$20", 20, 20, "", "USD", ""},
		{"voted 7 to 2", "", "7", 7, 7, "", "", ""},
		{"in 2022 or 2023", "", "2022 or 2023", 2022, 2023, fY, "", ""},
		{"10 or more", "", "10", 10, 10, "", "", ""},
		{"first to third", "", "first", 1, 1, fWO, "", ""},

		// Proportions.
		{"1 in 16 adults", "", "1 in 16", 6.25, 6.25, fS, "", ""},
		{"9 in 10 voters", "", "9 in 10", 90, 90, fS, "", ""},
		{"one in five", "", "one in five", 20, 20, fWS, "", ""},
		{"one in every 12 people", "", "one in every 12", 100.0 / 12, 100.0 / 12, fWS, "", ""},
		{"9 out of 10 doctors", "", "9 out of 10", 90, 90, fS, "", ""},
		{"two of every five deaths", "", "two of every five", 40, 40, fWS, "", ""},
		{"found that one in 12 drivers", "one", "one in 12", 100.0 / 12, 100.0 / 12, fWS, "", ""}, // "that" before a proportion
		{"the one in the car", "one", "", 0, 0, "", "", ""},
		{"two in three", "", "two in three", 200.0 / 3, 200.0 / 3, fWS, "", ""},
		{"5 in 2022", "", "5", 5, 5, "", "", ""},
		{"12 in 2 attacks", "", "12", 12, 12, "", "", ""},
		{"1 in 16 thousand", "", "1", 1, 1, "", "", ""},

		// Number words.
		{"zero", "", "zero", 0, 0, fW, "", ""},
		{"six people", "", "six", 6, 6, fW, "", ""},
		{"sixteen", "", "sixteen", 16, 16, fW, "", ""}, // MS
		{"Seventy", "", "Seventy", 70, 70, fW, "", ""},
		{"twenty-one", "", "twenty-one", 21, 21, fW, "", ""},
		{"twenty one", "", "twenty one", 21, 21, fW, "", ""},
		{"fifty   two", "", "fifty   two", 52, 52, fW, "", ""}, // MS
		{"fifty - two", "", "fifty", 50, 50, fW, "", ""},       // MS reads 52; a spaced hyphen does not join words
		{"five six", "", "five", 5, 5, fW, "", ""},
		{"twenty twenty", "", "twenty", 20, 20, fW, "", ""},
		{"a hundred", "", "a hundred", 100, 100, fW, "", ""},
		{"a hundred and fifty", "", "a hundred and fifty", 150, 150, fW, "", ""},
		{"one hundred and five", "", "one hundred and five", 105, 105, fW, "", ""},
		{"one hundred and sixty-one", "", "one hundred and sixty-one", 161, 161, fW, "", ""},           // MS
		{"Three hundred  and  thirty one", "", "Three hundred  and  thirty one", 331, 331, fW, "", ""}, // MS
		{"two thousand three hundred", "", "two thousand three hundred", 2300, 2300, fW, "", ""},
		{"two hundred and two thousand", "", "two hundred and two thousand", 202000, 202000, fW, "", ""},                           // MS
		{"two  thousand  and  two hundred", "", "two  thousand  and  two hundred", 2200, 2200, fW, "", ""},                         // MS
		{"twenty-one trillion three hundred", "", "twenty-one trillion three hundred", 21000000000300, 21000000000300, fW, "", ""}, // MS
		{"three hundred thousand", "", "three hundred thousand", 3e5, 3e5, fW, "", ""},
		{"a hundred thousand", "", "a hundred thousand", 1e5, 1e5, fW, "", ""},
		{"a thousand", "", "a thousand", 1000, 1000, fW, "", ""},
		{"a million", "", "a million", 1e6, 1e6, fW, "", ""},
		{"one trillion", "", "one trillion", 1e12, 1e12, fW, "", ""}, // MS
		{"one thousand million", "", "one thousand million", 1e9, 1e9, fW, "", ""},
		{"two million three thousand", "", "two million three thousand", 2003000, 2003000, fW, "", ""},
		{"nineteen hundred", "", "nineteen hundred", 1900, 1900, fW, "", ""},
		{"one and a half million", "", "one and a half million", 1.5e6, 1.5e6, fW, "", ""},
		{"one and a half", "", "one and a half", 1.5, 1.5, fW, "", ""}, // MS
		{"two and a half years", "", "two and a half", 2.5, 2.5, fW, "", ""},
		{"a dozen", "", "a dozen", 12, 12, fW, "", ""}, // MS
		{"two dozen", "", "two dozen", 24, 24, fW, "", ""},
		{"half a dozen", "", "half a dozen", 6, 6, fW, "", ""}, // MS
		{"half a million", "", "half a million", 5e5, 5e5, fW, "", ""},
		{"half an hour", "", "", 0, 0, "", "", ""},
		{"a half-million people", "", "half-million", 5e5, 5e5, fW, "", ""},
		{"a half-billion dollars", "", "half-billion dollars", 5e8, 5e8, fW, "USD", ""},
		{"a half-hearted effort", "", "", 0, 0, "", "", ""},
		{"3 dozen", "", "3 dozen", 36, 36, "", "", ""},
		{"two hundred and", "", "two hundred", 200, 200, fW, "", ""},
		{"One person died", "", "One", 1, 1, fW, "", ""},

		// Vague amounts.
		{"dozens of people", "", "dozens", 24, 100, fWV, "", ""},
		{"hundreds were hurt", "", "hundreds", 200, 1000, fWV, "", ""},
		{"thousands fled", "", "thousands", 2000, 10000, fWV, "", ""},
		{"millions of viewers", "", "millions", 2e6, 1e7, fWV, "", ""},
		{"tens of thousands", "", "tens of thousands", 1e4, 1e5, fWV, "", ""},
		{"hundreds of thousands", "", "hundreds of thousands", 1e5, 1e6, fWV, "", ""},
		{"tens of billions of euros", "", "tens of billions of euros", 1e10, 1e11, fWV, "EUR", ""},
		{"hundreds of millions of dollars", "", "hundreds of millions of dollars", 1e8, 1e9, fWV, "USD", ""},
		{"millions of dollars", "", "millions of dollars", 2e6, 1e7, fWV, "USD", ""},
		{"scores of people", "", "scores", 40, 100, fWV, "", ""},
		{"the scores were level", "", "", 0, 0, "", "", ""},
		{"tens of people", "", "tens", 10, 100, fWV, "", ""},
		{"several hundred", "", "several hundred", 300, 900, fWV, "", ""},
		{"several thousand dollars", "", "several thousand dollars", 3000, 9000, fWV, "USD", ""},
		{"a few thousand", "", "a few thousand", 2000, 5000, fWV, "", ""},
		{"a few people", "", "", 0, 0, "", "", ""},
		{"a couple of days", "", "a couple", 2, 3, fWV, "", ""},
		{"a couple who lived there", "", "", 0, 0, "", "", ""},

		// Scale words.
		{"1.5 million people", "", "1.5 million", 1.5e6, 1.5e6, "", "", ""},
		{"3.5bn", "", "3.5bn", 3.5e9, 3.5e9, "", "", ""},
		{"2 million", "", "2 million", 2e6, 2e6, "", "", ""},         // MS
		{"1 trillion", "", "1 trillion", 1e12, 1e12, "", "", ""},     // MS
		{"322 hundred", "", "322 hundred", 32200, 32200, "", "", ""}, // MS
		{"5 hundred thousand", "", "5 hundred thousand", 5e5, 5e5, "", "", ""},
		{"10k runners", "", "10k", 1e4, 1e4, "", "", ""}, // MS
		{"2.33 k", "", "2.33", 2.33, 2.33, "", "", ""},   // MS reads 2330; a spaced letter is not a scale
		{"5m people", "", "5", 5, 5, "", "", ""},         // could be metres
		{"210 bn", "", "210 bn", 2.1e11, 2.1e11, "", "", ""},
		{"2 lakh", "", "2 lakh", 2e5, 2e5, "", "", ""},
		{"5 millions", "", "5", 5, 5, "", "", ""},
		{"50 grand", "", "50", 50, 50, "", "", ""},
		{"6billion", "", "6billion", 6e9, 6e9, "", "", ""},

		// Money.
		{"$6billion", "", "$6billion", 6e9, 6e9, "", "USD", ""},
		{"€210bn", "", "€210bn", 2.1e11, 2.1e11, "", "EUR", ""},
		{"€210 billion in frozen assets", "", "€210 billion", 2.1e11, 2.1e11, "", "EUR", ""},
		{"210 billion euros", "", "210 billion euros", 2.1e11, 2.1e11, "", "EUR", ""},
		{"£9.15 an hour", "", "£9.15 an hour", 9.15, 9.15, "", "GBP", "hour"},
		{"$30,000 per year", "", "$30,000 per year", 30000, 30000, "", "USD", "year"},
		{"£100,000-a-week", "", "£100,000-a-week", 100000, 100000, "", "GBP", "week"},
		{"€2,000 a month", "", "€2,000 a month", 2000, 2000, "", "EUR", "month"},
		{"£40,000 per annum", "", "£40,000 per annum", 40000, 40000, "", "GBP", "year"},
		{"5,000 dollars", "", "5,000 dollars", 5000, 5000, "", "USD", ""},
		{"5,000 US dollars", "", "5,000 US dollars", 5000, 5000, "", "USD", ""},
		{"US$5 million", "", "US$5 million", 5e6, 5e6, "", "USD", ""},
		{"USD 5 million", "", "USD 5 million", 5e6, 5e6, "", "USD", ""},
		{"EUR 210bn", "", "EUR 210bn", 2.1e11, 2.1e11, "", "EUR", ""},
		{"$5m", "", "$5m", 5e6, 5e6, "", "USD", ""},
		{"$10K", "", "$10K", 1e4, 1e4, "", "USD", ""},
		{"$50 grand", "", "$50 grand", 5e4, 5e4, "", "USD", ""},
		{"$50 grand a year", "", "$50 grand a year", 5e4, 5e4, "", "USD", "year"},
		{"a $75,000 grand prize", "", "$75,000", 75000, 75000, "", "USD", ""},
		{"a $500 grand prize", "", "$500", 500, 500, "", "USD", ""},
		{"$1.2 trillion", "", "$1.2 trillion", 1.2e12, 1.2e12, "", "USD", ""},
		{"¥500", "", "¥500", 500, 500, "", "JPY", ""},
		{"₴1bn", "", "₴1bn", 1e9, 1e9, "", "UAH", ""},
		{"1,000 roubles", "", "1,000 roubles", 1000, 1000, "", "RUB", ""},
		{"20 million hryvnias", "", "20 million hryvnias", 2e7, 2e7, "", "UAH", ""},
		{"10 yuan", "", "10 yuan", 10, 10, "", "CNY", ""},
		{"5,000 shekels", "", "5,000 shekels", 5000, 5000, "", "ILS", ""},
		{"5 crore rupees", "", "5 crore rupees", 5e7, 5e7, "", "INR", ""},
		{"a 55 million-crown fine", "", "55 million-crown", 5.5e7, 5.5e7, "", "crowns", ""},
		{"a 12-million-euro payment", "", "12-million-euro", 1.2e7, 1.2e7, "", "EUR", ""},
		{"a 3 billion-yen deal", "", "3 billion-yen", 3e9, 3e9, "", "JPY", ""},
		{"a 20 million-strong city", "", "20", 20, 20, "", "", ""},
		{"a 40 hundred-dollar bills", "", "40", 40, 40, "", "", ""},
		{"$ six million", "", "$ six million", 6e6, 6e6, fW, "USD", ""},
		{"$2,000 in 2022", "", "$2,000", 2000, 2000, "", "USD", ""},
		{"$2022", "", "$2022", 2022, 2022, "", "USD", ""},
		{"the $ sign", "", "", 0, 0, "", "", ""},
		{"the US dollar", "", "", 0, 0, "", "", ""},
		{"$5 a day", "", "$5 a day", 5, 5, "", "USD", "day"},
		{"5 a day", "", "5", 5, 5, "", "", ""},

		// Percentages.
		{"90 percent of", "", "90 percent", 90, 90, fS, "", ""},
		{"90%", "", "90%", 90, 90, fS, "", ""},
		{"90 %", "", "90 %", 90, 90, fS, "", ""},
		{"90 per cent", "", "90 per cent", 90, 90, fS, "", ""},
		{"100 percentage", "", "100 percentage", 100, 100, fS, "", ""},            // MS
		{"240 percent", "", "240 percent", 240, 240, fS, "", ""},                  // MS
		{"twenty percent", "", "twenty percent", 20, 20, fWS, "", ""},             // MS
		{"one hundred percent", "", "one hundred percent", 100, 100, fWS, "", ""}, // MS
		{"ninety per cent", "", "ninety per cent", 90, 90, fWS, "", ""},
		{"3 percentage points", "", "3 percentage points", 3, 3, "share points", "", ""},
		{"5pc", "", "5pc", 5, 5, fS, "", ""},
		{"10 pct", "", "10 pct", 10, 10, fS, "", ""},
		{"3.2%", "", "3.2%", 3.2, 3.2, fS, "", ""},
		{"2022%", "", "2022%", 2022, 2022, fS, "", ""},

		// Fractions, as shares in percent.
		{"two-thirds of voters", "", "two-thirds", 200.0 / 3, 200.0 / 3, fWS, "", ""},
		{"two thirds", "", "two thirds", 200.0 / 3, 200.0 / 3, fWS, "", ""}, // MS
		{"a third of the budget", "", "a third", 100.0 / 3, 100.0 / 3, fWS, "", ""},
		{"a third time", "a", "", 0, 0, "", "", ""},
		{"a third time", "", "third", 3, 3, fWO, "", ""},
		{"won by one vote", "", "one", 1, 1, fW, "", ""},
		{"one-half", "", "one-half", 50, 50, fWS, "", ""},
		{"half of the drones", "", "half", 50, 50, fWS, "", ""},
		{"half the country", "", "half", 50, 50, fWS, "", ""},
		{"cut in half", "", "", 0, 0, "", "", ""},
		{"three quarters", "", "three quarters", 75, 75, fWS, "", ""}, // MS
		{"three-quarters", "", "three-quarters", 75, 75, fWS, "", ""},
		{"a quarter of", "", "a quarter", 25, 25, fWS, "", ""},
		{"a quarter century", "", "", 0, 0, "", "", ""},
		{"one eighth", "", "one eighth", 12.5, 12.5, fWS, "", ""},     // MS
		{"five eighths", "", "five eighths", 62.5, 62.5, fWS, "", ""}, // MS
		{"one fifth", "", "one fifth", 20, 20, fWS, "", ""},
		{"a half", "", "", 0, 0, "", "", ""}, // MS reads 0.5; alone it is too rare to trust
		{"two halves", "", "two", 2, 2, fW, "", ""},
		{"One-fourth is a fraction number.", "", "One-fourth", 25, 25, fWS, "", ""}, // MS NumberRangeModel

		// Ordinal words.
		{"the first attack", "", "first", 1, 1, fWO, "", ""},
		{"the third day", "", "third", 3, 3, fWO, "", ""},
		{"the twenty-first century", "", "twenty-first", 21, 21, fWO, "", ""},
		{"the twenty first century", "", "twenty first", 21, 21, fWO, "", ""},
		{"the hundredth day", "", "hundredth", 100, 100, fWO, "", ""},
		{"one hundred and first", "", "one hundred and first", 101, 101, fWO, "", ""},
		{"the thousandth", "", "thousandth", 1000, 1000, fWO, "", ""},
		{"the Sixth Fleet", "", "Sixth", 6, 6, fWO, "", ""},
		{"a second wave", "second", "second", 2, 2, fWO, "", ""},

		// Nothing, one, a single.
		{"no one was hurt", "", "no one", 0, 0, fW, "", ""},
		{"No one was hurt", "", "No one", 0, 0, fW, "", ""},
		{"no-one was hurt", "", "no-one", 0, 0, fW, "", ""},
		{"nobody was hurt", "", "nobody", 0, 0, fW, "", ""},
		{"none of the 12 passengers", "", "none", 0, 0, fW, "", ""},
		{"not one soldier", "", "not one", 0, 0, fW, "", ""},
		{"not a single soldier", "", "not a single", 0, 0, fW, "", ""},
		{"not a single soldier", "a", "", 0, 0, "", "", ""},
		{"a single drone", "", "a single", 1, 1, fW, "", ""},
		{"in a single week", "", "a single", 1, 1, fW, "", ""}, // a period: the caller decides
		{"One day, he left", "", "One", 1, 1, fW, "", ""},      // read; the caller filters "one day"
		{"in one day", "", "one", 1, 1, fW, "", ""},
		{"not one of them", "", "", 0, 0, "", "", ""},

		// Lookalikes that must not read as counts.
		{"one of the drones", "one", "", 0, 0, "", "", ""},
		{"one of the largest attacks", "one", "", 0, 0, "", "", ""},
		{"the one who fired", "one", "", 0, 0, "", "", ""},
		{"each one of them", "one", "", 0, 0, "", "", ""},
		{"one another", "one", "", 0, 0, "", "", ""},
		{"one by one", "", "", 0, 0, "", "", ""},
		{"someone said", "", "", 0, 0, "", "", ""},
		{"anyone else", "", "", 0, 0, "", "", ""},
		{"once the war ends", "", "", 0, 0, "", "", ""},
		{"a one-off payment", "", "", 0, 0, "", "", ""},
		{"a one-time payment", "", "", 0, 0, "", "", ""},
		{"F-16 jets", "", "", 0, 0, "", "", ""},
		{"F-16s", "", "", 0, 0, "", "", ""},
		{"Su-34 bombers", "", "", 0, 0, "", "", ""},
		{"S-400 systems", "", "", 0, 0, "", "", ""},
		{"Shahed-136 drones", "", "", 0, 0, "", "", ""},
		{"Shahed 136 drones", "", "", 0, 0, "", "", ""},
		{"COVID-19 cases", "", "", 0, 0, "", "", ""},
		{"Covid 19 cases", "", "", 0, 0, "", "", ""},
		{"the G7 summit", "", "", 0, 0, "", "", ""},
		{"MH17 was shot down", "", "", 0, 0, "", "", ""},
		{"a Boeing 737", "", "", 0, 0, "", "", ""},
		{"a Boeing 737-800", "", "", 0, 0, "", "", ""},
		{"an Airbus A320", "", "", 0, 0, "", "", ""},
		{"No. 10 said", "", "", 0, 0, "", "", ""},
		{"No 10 Downing Street", "", "", 0, 0, "", "", ""},
		{"Article 5 of the treaty", "", "", 0, 0, "", "", ""},
		{"on page 3", "", "", 0, 0, "", "", ""},
		{"page one", "", "", 0, 0, "", "", ""},
		{"Flight 370", "", "", 0, 0, "", "", ""},
		{"Resolution 2231", "", "", 0, 0, "", "", ""},
		{"Formula One", "", "", 0, 0, "", "", ""},
		{"the #1 seed", "", "", 0, 0, "", "", ""},
		{"5G networks", "", "", 0, 0, "", "", ""},
		{"3D printing", "", "", 0, 0, "", "", ""},
		{"an", "", "", 0, 0, "", "", ""},                      // MS
		{"a", "", "", 0, 0, "", "", ""},                       // MS
		{"the 180ml liquid", "", "180", 180, 180, "", "", ""}, // MS rejects; we read 180 and leave "ml" to the caller
		{"the top-10 finish", "", "", 0, 0, "", "", ""},
		{"over-50s", "", "", 0, 0, "", "", ""},
	}
	for _, tt := range tests {
		name := tt.in
		if tt.at != "" {
			name += "@" + tt.at
		}
		t.Run(name, func(t *testing.T) {
			toks, n, ok, _ := readNumberIn(t, r, tt.in, tt.at)
			if tt.want == "" {
				if ok {
					t.Errorf("read %q = [%g, %g] %q, want nothing", tt.in[toks[n.i].start:toks[n.j-1].end], n.lo, n.hi, numFlagString(n))
				}
				return
			}
			require.True(t, ok, "nothing read in %q (tokens %q)", tt.in, tokTexts(toks))
			require.True(t, n.i < n.j && n.j <= len(toks), "span [%d, %d) of %d tokens", n.i, n.j, len(toks))
			assert.Equal(t, tt.want, tt.in[toks[n.i].start:toks[n.j-1].end], "text")
			assert.InDelta(t, tt.lo, n.lo, 1e-9*math.Max(1, math.Abs(tt.lo)), "lo")
			assert.InDelta(t, tt.hi, n.hi, 1e-9*math.Max(1, math.Abs(tt.hi)), "hi")
			assert.Equal(t, sortedNumFlags(tt.flags), numFlagString(n), "flags")
			assert.Equal(t, tt.cur, n.currency, "currency")
			assert.Equal(t, tt.rate, n.rate, "rate")
		})
	}
}

// TestReadGlued checks numbers in words glued to a unit by a hyphen, read
// the way digits glued to a unit are ("28-point").
func TestReadGlued(t *testing.T) {
	r := numTestReader(t)
	tests := []struct {
		in, at string
		v      float64
		glued  string // "" = no number
	}{
		{"a five-storey building", "five-storey", 5, "storey"},
		{"a twenty-one-year-old student", "twenty-one-year-old", 21, "year-old"},
		{"a three-day ceasefire", "three-day", 3, "day"},
		{"a one-off payment", "one-off", 0, ""},
		{"a one-time fee", "one-time", 0, ""},
		{"twenty-one miners", "twenty-one", 21, ""},
		{"two-thirds of voters", "two-thirds", 200.0 / 3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, n, ok, _ := readNumberIn(t, r, tt.in, tt.at)
			if tt.v == 0 {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.InDelta(t, tt.v, n.lo, 1e-9)
			assert.Equal(t, tt.glued, n.glued)
		})
	}
}

// TestReadExtendedLexicon checks that the reader uses the lexicon's word
// lists, so that words a user adds are read.
func TestReadExtendedLexicon(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	require.NoError(t, lx.Extend(lexicon.Labels, "cessna"))
	require.NoError(t, lx.Extend(lexicon.Numbers, "20 [scale]", "score"))
	require.NoError(t, lx.Extend(lexicon.Numbers, "2 [cardinal]", "deux"))
	r := newReader(lx)
	for _, tt := range []struct {
		in, at string
		ok     bool
		v      float64
	}{
		{"a Cessna 172 crashed", "172", false, 0},
		{"In the Midlands 300 jobs will go", "300", true, 300},
		{"Storm Kills 5 in Ostrel", "5", true, 5},
		{"the Nova 5 Plus", "5", true, 5},
		{"the Nova 5,000 units", "5,000", true, 5000},
		{"a Boeing 737 crashed", "737", false, 0},
		{"three score soldiers", "three", true, 60},
		{"deux drones", "deux", true, 2},
	} {
		_, n, ok, _ := readNumberIn(t, r, tt.in, tt.at)
		assert.Equal(t, tt.ok, ok, tt.in)
		if ok {
			assert.InDelta(t, tt.v, n.lo, 1e-9, tt.in)
		}
	}
}

// TestReadSkip checks how many tokens the reader tells the caller to step
// over when it recognizes something that is not a count.
func TestReadSkip(t *testing.T) {
	r := numTestReader(t)
	tests := []struct {
		in, at string
		skip   int
	}{
		{"won 4-1 on Sunday", "4", 2},
		{"at 5:30 on Monday", "5", 3},
		{"won in 2:17:48 on Sunday", "2", 5},
		{"at 5pm", "5", 2},
		{"F-16s arrived", "16", 2},
		{"call 555-0134", "555", 2},
		{"call 1-222-2222-2222", "1", 4},
		{"on 12/25/2022", "12", 5},
		{"a Boeing 737-800", "737", 2},
		{"No. 10 said", "10", 1},
		{"sold 1.9 million Nova 5 devices", "5", 1},
		{"reports of Nova 5 batteries", "5", 1},
		{"its flagship Nova 5 handset", "5", 1},
		{"a Galaxy Note 7 on board", "7", 1},
		{"the 2022-23 season", "2022", 2},
		{"at 192.168.1.2", "192.168.1.2", 1},
		{"1-2-3-4-5-6-7-8-9-10-11-12: a chain is stepped over in bounded bites", "1", maxChain},
		{"F-1-1-1-1-1-1-1-1-1-1-1", "1", maxChain},
		{"1/2/3/4/5/6/7/8/9/10", "1", maxChain - 1},
		{"one of the drones", "one", 0},
		{"82 drones", "drones", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, _, ok, skip := readNumberIn(t, r, tt.in, tt.at)
			assert.False(t, ok)
			assert.Equal(t, tt.skip, skip)
		})
	}
}

// TestParseDigits covers the separator rules on their own.
func TestParseDigits(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		ord, ok bool
	}{
		{"82", 82, false, true},
		{"1,300", 1300, false, true},
		{"1,300.5", 1300.5, false, true},
		{"1.300", 1.3, false, true},
		{"9.15", 9.15, false, true},
		{"1.234.567", 1234567, false, true},
		{"17th", 17, true, true},
		{"1,000th", 1000, true, true},
		{"1.5th", 0, false, false},
		{"192.168.1.2", 0, false, false},
		{"1,30", 0, false, false},
		{"1234,567", 0, false, false},
		{"1.234,5", 0, false, false},
		{"1,234.567.8", 0, false, false},
		{"", 0, false, false},
		{"th", 0, false, false},
		{"12345678901234567890123", 12345678901234567890123, false, true},
		{"0.000000000000000000001", 1e-21, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, ord, _, ok := parseDigits(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.ord, ord)
			assert.InDelta(t, tt.want, v, 1e-9*math.Max(1, math.Abs(tt.want)))
		})
	}
}

// FuzzReadNumber reads at every token of arbitrary text and checks the
// reader's invariants.
func FuzzReadNumber(f *testing.F) {
	for _, s := range []string{
		"Russia launched 82 drones, of which 63 were shot down.",
		"between $2bn and $3bn", "tens of billions of euros", "£9.15 an hour",
		"one hundred and sixty-one", "2022-23", "555-0134", "F-16s", "1 in 16", "9 out of 10",
		"two-thirds", "half a dozen", "1.234.567", "192.168.1.2", "5:30pm", "US$5 million",
		"a five-storey building", "a twenty-one-year-old", "a one-off payment", "three score",
	} {
		f.Add(s)
	}
	r := numTestReader(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s, 0, len(s))
		checkTokens(t, s, toks)
		for i := range toks {
			n, ok, skip := r.read(toks, i)
			if skip < 0 || i+skip > len(toks) {
				t.Fatalf("read(%q) at %d: skip %d of %d tokens", s, i, skip, len(toks))
			}
			if !ok {
				continue
			}
			if n.i != i || n.j <= n.i || n.j > len(toks) {
				t.Fatalf("read(%q) at %d: span [%d, %d) of %d tokens", s, i, n.i, n.j, len(toks))
			}
			for _, v := range []float64{n.lo, n.hi} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("read(%q) at %d: value %g", s, i, v)
				}
			}
			if n.lo > n.hi {
				t.Fatalf("read(%q) at %d: lo %g > hi %g", s, i, n.lo, n.hi)
			}
		}
	})
}

// BenchmarkReadNumbers reads every number of the fixture articles the way
// an extractor does: tokenize, then read at each token, stepping over what
// was read or skipped.
func BenchmarkReadNumbers(b *testing.B) {
	text := newsBenchText(b)
	r := numTestReader(b)
	b.Run("tokenize+read", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			toks := tokenize(text, 0, len(text))
			readEvery(r, toks)
		}
	})
	toks := tokenize(text, 0, len(text))
	b.Run("read", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			readEvery(r, toks)
		}
	})
}

func readEvery(r reader, toks []token) (count int) {
	for i := 0; i < len(toks); {
		n, ok, skip := r.read(toks, i)
		switch {
		case ok:
			count++
			i = n.j
		default:
			i += max(skip, 1)
		}
	}
	return count
}

// benchText is the fixture articles, with a paragraph of figure-dense copy
// so that the number paths are exercised.
func newsBenchText(tb testing.TB) string {
	tb.Helper()
	paths, err := filepath.Glob("../../fixtures/articles/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, paths)
	var sb strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(tb, err)
		sb.Write(data)
		sb.WriteString("\n")
	}
	sb.WriteString("Russia launched 82 drones and 3 missiles overnight; 63 were shot down. " +
		"Tens of thousands fled and two-thirds of the €210 billion in frozen assets, some $6billion, " +
		"were at stake. Between 2 and 4 people died, one in five homes lost power, and 1,300 attack drones " +
		"were fired this week, up 12% from 2022. Workers earn £9.15 an hour. The 47th Brigade said about " +
		"a dozen F-16s arrived at 5:30 a.m.; Spain won 4-1.\n")
	return sb.String()
}

// TestReadDoesNotAllocate keeps the reader off the heap on every path:
// it runs at each token of every sentence.
func TestReadDoesNotAllocate(t *testing.T) {
	r := numTestReader(t)
	text := "US$5 million, EUR 210bn, 5,000 US dollars, tens of billions of euros, £9.15 an hour, " +
		"£100,000-a-week, between $2bn and $3bn, 2 to 3 million, one hundred and first, two-thirds, " +
		"a third of, half a dozen, 1 in 16, 9 out of 10, 3 percentage points, 1,234.5, 1.234.567, " +
		"Boeing 737-800, F-16s, 5:30pm, 24/7, 555-0134, 2022-23, not a single, no one, the 1990s."
	toks := tokenize(text, 0, len(text))
	allocs := testing.AllocsPerRun(100, func() { readEvery(r, toks) })
	assert.Zero(t, allocs)
	assert.Equal(t, 20, readEvery(r, toks)) // 26 phrases, less the six lookalikes
}
