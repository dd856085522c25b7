package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// TestSaidBy pins who a sentence's figures are credited to, each form
// next to its lookalike. Every text holds the figure "three".
func TestSaidBy(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		name, text, want string
	}{
		{"a weekday before the speaker is when", "On Thursday prosecutors said three people were arrested.", "prosecutors"},
		{"speaker before the verb", "The interior ministry said three people were killed.", "interior ministry"},
		{"a second predicate's speaker is the sentence's subject", "Circus director Roberto Brandauer apologised to residents and said three tents were lost.", "roberto brandauer"},
		{"an organization opening the sentence", "The Marrovian Football Federation postponed the final and said three matches were off.", "marrovian football federation"},
		{"no figure before and is the speaker", "The owners put the repairs at 19 million euros and said three pumps were lost.", ""},
		{"nor a possessor opening the sentence", "Velmora's own bureau measured 6.9 and said three towns were hit.", ""},
		{"speaker after the verb", "Three people were killed, said the interior ministry.", "interior ministry"},
		{"according to", "Three people were killed, according to the interior ministry.", "interior ministry"},
		{"according to a title and its name", "Three people were killed, according to the regional governor, Piet Ammer.", "piet ammer"},
		{"according to a title a service's name opens", "Three people were hurt, according to Deputy Fire Chief Anders Holmqvist.", "anders holmqvist"},
		{"said the first of two people named", "Three people were hurt, said Mayor Ilse Brandt and Anders Holmqvist.", "ilse brandt"},
		{"according to a record and who made it", "Three people were killed, according to figures published by the interior ministry.", "interior ministry"},
		{"according to a report from someone", "Three people were killed, according to a report from the regional police.", "regional police"},
		{"according to a record and the name of who made it", "Three people were killed, according to a timeline released by the operator, Brennick Arena Ltd, on Monday.", "brennick arena ltd"},
		{"according to a title and an organization's name", "Three warehouses burned down, according to the terminal operator, Halvorn Terminal Group.", "halvorn terminal group"},
		{"a name after according to and a comma is the clause's subject", "According to the police, Velmar Airlines cancelled three flights.", "police"},
		{"nor is a name set off after a bare noun", "According to local police, Velmar Airlines, the national carrier, cancelled three flights.", "local police"},
		{"according to a record of nobody", "Three people were killed, according to figures published last week.", "figures published last week"},
		{"what was reported is no speaker", "The club, promoted in 2012, reported losses of £8.4million, and three players left.", ""},
		{"an organization set off by commas", "The Global Fever Alliance, an advocacy group, estimates that three people died.", "global fever alliance"},
		{"a name a relative clause describes", "Hallvik Textiles, which employs 1,700 people at its mill, said three notices would go out.", "hallvik textiles"},
		{"an organization opening the sentence, past a comma in the clause", "Hallvik Textiles, which employs 1,700 people, mostly in Brenn, said three notices would go out.", "hallvik textiles"},
		{"a speaker before an auxiliary", "The interior ministry has confirmed three deaths.", "interior ministry"},
		{"a verb of saying as an adjective", "The ministry closed three schools as the number of confirmed measles cases rose.", ""},
		{"a gauge that recorded", "A weather station near the pass recorded three storms this week.", "weather station near the pass"},
		{"a level ever recorded credits nobody", "The surge flooded three streets, the most ever recorded in the town.", ""},
		{"a speaker before an auxiliary and an adverb", "Police have also said three people died.", "police"},
		{"a participle of saying has no speaker before it", "Three people died, a figure doctors count from deaths reported by families.", ""},
		{"a name set off by commas", "Karsten's chief negotiator, Teodor Raskin, said three points were agreed.", "teodor raskin"},
		{"a relative clause between speaker and verb", "Prime Minister Ilse Marbek, who visited Ostrel on Wednesday, said three bridges collapsed.", "ilse marbek"},
		{"said before a hedged figure", "Police said about three thousand people took part in the march.", "police"},
		{"a report about things is no speech", "The ministry released reports about three thousand schools.", ""},
		{"a deputy with a portfolio before the name", "Deputy Health Minister Idris Kalvane said three people had died.", "idris kalvane"},
		{"a portfolio before the name", "The toll rose, said Health Minister Idris Kalvane, to three.", "idris kalvane"},
		{"a place after the speaker", "Officials in Lisova said three people were killed.", "officials"},
		{"a place before the speaker is part of it", "Lisova officials said three people were killed.", "lisova officials"},
		{"an honorific and its period before the name", "Three people were killed, said Dr. Ines Clifford.", "ines clifford"},
		{"an honorific without a period", "Three people were killed, according to Gen Anna Holt.", "anna holt"},
		{"an honorific before the verb", "Sen. Paul Rae said three people were killed.", "paul rae"},
		{"a one-letter name after an honorific word is kept", "Three people were killed, said the Gen Z panel.", "gen z"},
		{"no speaker", "Three people were killed in Ostrel.", ""},
		{"a passive estimate has no speaker", "The toll is now put at three.", ""},
		{"a passive verb of saying after 'never' has no speaker", "Three transfers were never reported to authorities.", ""},
		{"nor after 'not'", "Three transfers were not reported to authorities.", ""},
		{"a speaker who never said", "The bank never reported three transfers.", "bank"},
		{"a verb of saying in a list is a noun", "Three cars were bought through bogus invoices, false expense claims and transfers.", ""},
		{"people told to leave say nothing", "Three residents of the mountain town told to leave.", ""},
		{"people who told reporters say", "Officials told reporters that three people were hurt.", "officials"},
		{"a clause of when is no speaker", "Three farms were cleared since the outbreak confirmed it.", ""},
		{"a speaker of a place is the speaker", "Governor Ilse Markovan of Lower Tolle said three people were killed.", "ilse markovan"},
		{"the name after a dateline, set off by commas", "PORT AMBREL, Calvora (Ambrel Ledger) — Halvane Retail Group, the largest chain, said three stores closed.", "halvane retail group"},
		{"a dateline is no speaker", "PORT AMBREL, Calvora (Ambrel Ledger) — Three stores closed, the largest chain, said officials.", "officials"},
		{"an adverb after an auxiliary is no speaker", "Three deaths were officially confirmed.", ""},
		{"nor after had", "The army had previously reported three deaths.", ""},
		{"a noun in -ly is", "The family said three people were hurt.", "family"},
		{"a speaker after a quote", "\"Three people were killed,\" said the interior ministry.", "interior ministry"},
		{"what was said after the verb", "It claims rolling out three new routes would cut delays.", ""},
		{"a pronoun, then what was said", "She said Morven suffered three wounds.", ""},
		{"a weekday before the verb", "Tomas took to the radio on Tuesday and said three people were hurt.", ""},
		{"a piece of an age before the verb", "The 34-year-old said three people were hurt.", ""},
		{"a noun, not a verb of saying", "Recent reports about the flood show three people were hurt.", ""},
		{"who puts a figure at a value", "Police put the number of injured at three, while organisers said 40 were hurt.", "police"},
		{"after a conjunction", "The operator said 40 were trapped, though regional officials put the number at three.", "regional officials"},
		{"an adverb before the verb is no speaker", "The governor's office initially said three people had died.", "governor's office"},
		{"confirmed dead is no saying", "Three campers confirmed dead in flash flood.", ""},
		{"lives claimed are no saying", "The storm claimed three lives.", ""},
		{"nor under a hedge", "The storm claimed at least three lives.", ""},
		{"a claim of a figure is saying", "The rebels claimed three soldiers died.", "rebels"},
		{"what follows saying is what was said", "The judge gave her three homes, saying the marriage had been a partnership.", ""},
		{"later is no speaker", "The firm recalled sedans in 2021, and it later said three people had been hurt.", ""},
		{"an adverb before the estimating verb is none either", "Authorities had initially put the death toll at three.", "authorities"},
		{"a pronoun opening the sentence is the speaker before", "The defence ministry said its forces struck depots. It separately claimed to have intercepted three drones.", "defence ministry"},
		{"a pronoun after a name is no speaker before", "The defence ministry said its forces struck depots. The army of Kalmeria lost three drones, it said.", ""},
		{"a pronoun in a quote is no one named before", "The ministry said depots burned. \"They told us three times the dam was safe,\" said Emil Rasko.", "emil rasko"},
		{"a speaker after a contrast speaks not for what went before", "Three schools closed, but doctors say the outbreak is slowing.", ""},
		{"nor after although", "Three schools closed, although the minister said the review would take weeks.", ""},
		{"a figure after the contrast is the speaker's", "The outbreak is slowing, but doctors say three schools closed.", "doctors"},
		{"an estimate of a long noun phrase", "The Alliance puts the number of the new homes at three.", "alliance"},
		{"the other clause's figure is the speaker's", "Police put the number of injured at 25, while organisers said three were hurt.", "organisers"},
		{"a count credited by an opener", "By the federation's count, three trawlers have been lost.", "federation"},
		{"an estimate credited by an opener", "By Osk Energy's own estimate, three turbines failed.", "osk energy"},
		{"an opener of by without a count", "By the river's edge, three people were found.", ""},
		{"an early report's adjective is no speaker", "Early reports spoke of three pupils buried.", ""},
		{"initial reports say no one", "Initial reports said three people were killed.", ""},
		{"readings are no speaker", "The federation said three carriages overheated, according to readings its members took.", "federation"},
		{"readings with no one else", "Three carriages overheated, according to readings.", "readings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := extractText(t, lx, tt.text)
			c := claimQuoted(claims, model.QuantityClaim, "three")
			for _, q := range []string{"Three", "about three thousand", "at least three"} {
				if c == nil {
					c = claimQuoted(claims, model.QuantityClaim, q)
				}
			}
			require.NotNil(t, c, "%v", quotes(claims))
			assert.Equal(t, tt.want, c.SaidBy)
		})
	}
}
