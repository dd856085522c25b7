package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// slots writes the slots of a quantity claim the way the tests state them:
// "thing/measure" then the non-empty slots in a fixed order.
func slots(c *model.Claim) string {
	var b strings.Builder
	b.WriteString(c.Subject + "/" + c.Measure)
	for _, s := range []struct{ name, v string }{
		{"actor", c.Actor}, {"target", c.Target}, {"origin", c.Origin}, {"place", c.Place},
		{"period", c.Period}, {"version", c.Version},
	} {
		if s.v != "" {
			b.WriteString(" " + s.name + "=" + s.v)
		}
	}
	return b.String()
}

// TestQuantitySlots pins how a figure's slots are read: each rule next to
// the lookalike that must read differently. want is "" when the quote must
// not be read as a quantity claim at all.
func TestQuantitySlots(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		name, text, quote string
		value             string // the claim's value text; "" = not checked
		want              string // slots(c); "" = no quantity claim with this quote
	}{
		// Measures: what was done.
		{"launched", "Karsten launched 74 drones at Valdoria overnight.", "74", "74",
			"drone/launch actor=karsten target=valdoria period=night"},
		{"shot down is not launched", "Valdoria shot down 74 drones over Lisova overnight.", "74", "74",
			"drone/intercept actor=valdoria place=lisova period=night"},
		{"destroyed drones are intercepted", "Air defenses destroyed 38 drones over Lisova.", "38", "", "drone/intercept place=lisova"},
		{"destroyed homes are not intercepted, but destroyed", "The fire destroyed 230 homes near Ostrel.", "230", "", "home/destroy place=ostrel"},
		{"jammed radios are neither", "Troops jammed 40 radios near Ostrel.", "40", "", "radio/ place=ostrel"},
		{"aircraft are intercepted", "Valdoria shot down two Karstenian helicopters.", "two", "", "aircraft/intercept actor=valdoria origin=karsten"},
		{"re-elected is elected", "All 14 incumbents were re-elected.", "All 14", "14", "incumbent/vote"},
		{"drowned is killed", "At least 11 people drowned near Ostrel.", "At least 11", "at least 11", "people/kill place=ostrel"},
		{"make takes its sense from its object", "Osk made it three wins in a row.", "three", "3", "win/win"},
		{"a figure of an event compared with", "It was the deadliest shooting since the Osk supermarket shooting that killed 10 people.", "10", "10", "people/kill actor=osk version=earlier event"},
		{"a figure of an event compared with, after a comma", "The quake was worse than the 2011 quake, which killed 185 people.", "185", "185", "people/kill period=2011 version=earlier event"},
		{"no comparison, no other event", "Police arrested a man after the attack that killed 10 people.", "10", "10", "people/kill"},
		{"a comparison outside the clause", "It was the deadliest attack in Osk, and it killed 10 people.", "10", "10", "people/kill"},
		{"carrying people", "A passenger ferry carrying 221 people capsized off Osk.", "221", "221", "people/carry"},
		{"passengers and crew are people", "The ferry was carrying 212 passengers and crew.", "212", "212", "people/carry"},
		{"a participle after an adverb is the figure's", "Dozens are still missing after the ferry sank.", "Dozens", "24–100", "people/missing"},
		{"passengers and a count of crew are passengers", "The ferry was carrying 212 passengers and six crew members.", "212", "212", "passenger/carry"},
		{"people aboard are carried", "The ferry capsized with 221 people aboard.", "221", "221", "people/carry"},
		{"what another verb's object is aboard is not carried", "Officers searched 46 containers aboard the ship.", "46", "46", "container/"},
		{"those killed on board are killed", "The crash killed all 298 people on board.", "all 298", "298", "people/kill"},
		{"what a ferry may carry is its capacity", "The ferry was licensed to carry 180 passengers.", "180", "180", "passenger/carry version=capacity"},
		{"a participle after the figure's noun is the noun's act", "The coast guard intercepted 14 boats carrying 950 migrants.", "14", "14", "boat/intercept"},
		{"and its object is what the noun does", "Saravel's coast guard intercepted 14 boats carrying 950 migrants.", "950", "950", "migrant/carry"},
		{"a name owns the noun before a participle", "Osk launched 82 drones and Valdoria's air defenses intercepting 47.", "47", "47", "drone/intercept actor=valdoria"},
		{"a dateline does not say", "Halvern Cuts Jobs in Ostrel\n\nOSTREL — Halvern Motors said on Thursday it would cut 4,500 jobs.", "4,500", "4,500", "job/decrease actor=halvern motors"},
		{"eliminated positions are jobs cut", "Halvern Motors will eliminate 4,500 positions.", "4,500", "4,500", "job/decrease actor=halvern motors"},
		{"cuts announced are the announcer's", "Kessing Auto, its main rival, announced 2,000 job cuts.", "2,000", "2,000", "job/decrease actor=kessing auto"},
		{"a relative clause after a list of places is no place's", "Most cuts will come at its plants in Ostrel and Brevik, which employ 21,000 workers.", "21,000", "21,000", "employee/employ"},
		{"a subject with an article is no name before it", "The cuts fall in Ostrel and Brevik, where the carmaker employs 21,000 people.", "21,000", "21,000", "employee/employ"},
		{"a figure a change started from is an earlier one", "Turnout was 61%, down from 67% in the first round.", "67%", "67%", "turnout/ version=initial"},
		{"and the figure it changed to is not", "Turnout was 61%, down from 67% in the first round.", "61%", "61%", "turnout/"},
		{"a change from one figure to another", "The reform would raise the retirement age from 62 to 64.", "62", "62", "/cost version=initial"},
		{"the figure it is changed to is none", "The reform would raise the retirement age from 62 to 64.", "64", "64", "/cost"},
		{"a toll that climbed from the figure before", "The ministry said the toll had climbed from the 89 deaths it reported on Tuesday.", "89", "89", "people/kill version=initial"},
		{"a toll that rose from a figure", "The toll rose to 17 from 12 on Tuesday.", "12", "12", "people/kill version=initial"},
		{"a participle after a comma is the clause subject's", "Mira Tollen won Marnia's runoff on Sunday, beating Aron Dask with 54.2% of the vote to his 45.8%.", "54.2%", "54.2%", "vote/win actor=mira tollen"},
		{"an area burned", "The fire has burned more than 12,000 hectares.", "more than 12,000 hectares", "more than 12,000 hectares", "area/burn"},
		{"a size is no area", "The miners were trapped 600 meters underground.", "600 meters", "", "depth/"},
		{"a share of the noun a relative clause is about", "Firefighters were battling the blaze, which was 20% contained by Monday evening.", "20%", "20%", "fire/contain"},
		{"fired employees are no launch", "Osk Motors fired 700 employees.", "700", "700", "employee/employ actor=osk motors"},
		{"fired rockets are", "Troops fired 40 rockets at Osk.", "40", "40", "rocket/launch target=osk"},
		{"built is produced", "The Ostrel plant built 300 tractors.", "300", "300", "tractor/produce actor=ostrel"},
		{"a verb's -s form after a figure is a noun", "Marn owns 16 watches.", "16", "16", "watch/"},
		{"the verb before a figure is a measure", "Teodor Raskin watched 16 films.", "16", "16", "film/view actor=teodor raskin"},
		{"a measure used as a noun (fire) is not the figure's verb", "The fire damaged 12 homes near Ostrel.", "12", "12", "home/damage place=ostrel"},
		{"a measure noun joined to the figure by of is", "The launch of 82 drones alarmed Lisova.", "82", "82", "drone/launch"},
		{"a participle before another verb is not the figure's", "The most cutting clips can gather over 13,000 views online.", "over 13,000", "more than 13,000", "view/view"},
		{"a participle right before the figure is", "Killing 12 people, the blast shook Osk.", "12", "12", "people/kill"},

		// A period elsewhere in the sentence, unless the figure's clause is dated.
		{"a dated clause takes no period from elsewhere", "Investigators this week found debris of the airliner that crashed near Osk, killing all 140 passengers on May 3, 2024.", "all 140", "140",
			"passenger/kill"},
		{"an undated clause does", "Investigators this week found debris of the airliner that crashed near Osk, killing all 140 passengers.", "all 140", "140",
			"passenger/kill period=week"},

		// A bracketed amount restates the one before it.
		{"reduce is a decrease", "The plan would reduce benefits by £6bn.", "£6bn", "GBP 6,000,000,000", "money/decrease"},
		{"a bracketed amount restates the one before", "Taxpayers paid an estimated $6.2 billion (£4.2bn) in benefits.", "£4.2bn", "GBP 4,200,000,000", "money/cost"},
		{"an amount in another clause does not", "Osk paid $6.2 billion; Marn had £4.2bn.", "£4.2bn", "GBP 4,200,000,000", "money/"},

		// A rate is its own figure's period, and frames no other.
		{"a rate frames no other figure", "Paying £6.50 an hour would cut benefits by £6bn.", "£6bn", "GBP 6,000,000,000", "money/decrease"},
		{"a period of the clause does", "Benefits were cut by £6bn this year.", "£6bn", "GBP 6,000,000,000", "money/decrease period=year"},
		{"a rate right after a figure frames no other", "One in 12 drivers are drunk, and many drive for 16 hours a day.", "One in 12", "", "driver/"},
		{"a period right after a figure still frames", "Osk won the second leg this week and leads by 3 goals.", "3", "", "goal/win period=week"},
		{"a figure's own rate is its period", "The fund pays £12.40 an hour and costs £6bn a year.", "£6bn a year", "GBP/year 6,000,000,000", "money/cost period=year"},
		{"a period that qualifies another noun frames no figure", "The plan cost £6bn, against an hour rate of £9.15 for cleaners.", "£6bn", "GBP 6,000,000,000", "money/cost"},
		{"a period that qualifies the figure's noun is its period", "The plan cost £6bn, against an hour rate of £9.15 for cleaners.", "£9.15", "GBP 9.15", "money/ period=hour"},

		// "three years ago" is a date, "three years" at the mill a duration.
		{"a span ago is a date, not a duration", "The mill closed three years ago.", "three", "", ""},
		{"a span is a duration", "Tomas worked three years at the mill.", "three years", "3 years", "/"},
		{"a duration is written in its own unit", "Lena Vos ended a 15-year affair.", "15-year", "15 years", "relationship/"},
		{"one unit stays singular", "Tomas worked one week at the mill.", "one week", "1 week", "/"},
		{"a century's plural", "The feud lasted two centuries.", "two centuries", "2 centuries", "feud/"},
		{"a measurement is written in its own unit", "The runner covered 42 miles on Sunday.", "42 miles", "42 miles", "distance/"},
		{"a unit glued to its figure", "The bridge is 1,400ft long.", "1,400ft", "1,400 feet", "bridge/"},
		{"a measurement a change verb reaches is its subject's", "The grain harvest has fallen to 3.1 million tonnes.", "3.1 million tonnes", "3,100,000 tons", "harvest/"},
		{"the object of a change is no such subject", "Officials may widen the exclusion zone to 15 kilometres.", "15 kilometres", "15 km", "/"},
		{"a share of the vote", "Its share of the vote dropped to 31.2%.", "31.2%", "31.2%", "vote/ version=update"},
		{"a glued metric unit", "She won the 5km race.", "5km", "5 km", "race/win"},
		{"one unit of measure stays singular", "The wall is one metre high.", "one metre", "1 meter", "wall/"},
		{"an adjective that reads like an adverb", "Piet Oren scored two late goals.", "two", "2", "goal/win actor=piet oren"},
		{"an -ly adjective", "Five likely candidates were named in Osk.", "Five", "5", "candidate/ place=osk"},
		{"a period word stays the period", "The station recorded an average of 10 million daily requests.", "10 million", "10,000,000", "request/ period=day"},
		{"an adverb before a participle is no modifier", "Four people died and 12 were seriously injured in Osk.", "12", "12", "people/injure place=osk"},
		{"a fraction's share is written to two decimals", "A third of its 90 branches will close.", "A third", "33.33%", "branch/"},
		{"a share of what a name owns", "Half of Osk Bank's branches will close.", "Half", "50%", "branch/ origin=osk bank"},
		{"a part of what a name owns", "A third of Osk Bank's 90 branches will close.", "A third", "33.33%", "branch/ origin=osk bank"},
		{"a figure coordinated with the next counts its thing", "Officers arrested three Venezuelan and two Spanish citizens.", "three", "3", "citizen/arrest origin=venezuela"},
		{"and shares its predicate", "Officers arrested three Venezuelan and two Spanish citizens.", "two", "2", "citizen/arrest origin=spain"},
		{"one of a coordination is a figure", "Officers arrested one Venezuelan and two Spanish citizens.", "one", "1", "citizen/arrest origin=venezuela"},
		{"one of a coordination that counts nothing is none", "The dead included one Canadian and two Belgians.", "one", "", ""},
		{"an age in months", "A six-month-old baby died in Osk.", "six-month-old", "aged 6 months", "age/age place=osk"},
		{"an age in weeks, written apart", "The puppy was three weeks old.", "three", "aged 3 weeks", "age/age"},
		{"an age of one month", "A one-month-old child was found.", "one-month-old", "aged 1 month", "age/age"},
		{"an age in years is no draft", "He is 35 years old.", "35", "aged 35", "age/age"},
		{"an age after aged", "Mira Tollen, aged 29, left Osk.", "29", "aged 29", "age/age actor=mira tollen"},
		{"an age after now", "Callum Hensley, now 19, left Osk.", "19", "aged 19", "age/age actor=callum hensley"},
		{"a count after an age is no age", "Pilot, 71, and three passengers walk away.", "three", "3", "passenger/"},
		{"people admitted are taken to hospital", "Eleven people were admitted in total.", "Eleven", "11", "people/hospitalize"},
		{"workers who act employ no one", "Health workers in Kelvora have given 421,000 doses of vaccine.", "421,000", "421,000", "dose/ place=kelvora"},
		{"a place a verb sends to does what its clause of which says", "Traffic was sent to the Orlen Bridge upstream, which carries about 31,000 vehicles a day.",
			"about 31,000", "about 31,000", "vehicle/carry actor=orlen bridge period=day"},
		{"a place that qualifies a noun does not", "A fire broke out in Osk, which lost 120 homes.", "120", "120", "home/cost"},
		{"a place after a noun and to does not", "Crews repaired the road to Osk, which carries 9,000 vehicles a day.", "9,000", "9,000", "vehicle/carry period=day"},
		{"pupils are children", "Police said 23 pupils were taken to hospitals.", "23", "23", "child/hospitalize"},
		{"accidents are crashes", "Troopers responded to more than 400 accidents.", "more than 400", "more than 400", "crash/"},
		{"a name's age in a clause of when", "They met in Leeds, when Edna Firth was 18 and working at a mill.", "18", "aged 18", "age/age place=leeds"},
		{"the games of a set are no range", "Kovac won 4-6 7-5 6-3 in the final.", "4-6", "", ""},
		{"what a name was when", "Callum Hensley was just 17 when he launched the attacks.", "just 17", "aged 17", "age/age"},
		{"what a name was, with no clause of when, is no age", "Callum Hensley was just 17 in the final standings.", "just 17", "", ""},
		{"an age group is no age", "Pensioners aged 65 and over pay less in Osk.", "65", "", ""},
		{"a temperature", "Temperatures in Osk reached 41C on Wednesday.", "41C", "41 °C", "temperature/"},
		{"a temperature in Fahrenheit", "It was 105F in Osk.", "105F", "105 °F", "temperature/ place=osk"},
		{"a capital letter glued on is a name", "Osk rolled out 5G masts.", "5", "", ""},
		{"a letter apart is no unit", "Room 4 C was closed in Osk.", "4", "", ""},
		{"a small share to two digits", "One in 30,000 patients in Osk caught the virus.", "One in 30,000", "0.0033%", "patient/ place=osk"},
		{"a length names its event", "Ivo Dantas cut short a three-day visit to Lisova.", "three-day", "3 days", "visit/ place=lisova"},
		{"a prison term is its person's", "A court sentenced former mayor Piet Oren to 12 years in prison.", "12 years", "12 years", "prison term/sentence target=piet oren"},
		{"a passive prison term", "Anka Rell was jailed for eight years.", "eight years", "8 years", "prison term/sentence target=anka rell"},
		{"other things are the things, more of them", "The car hit 12 other vehicles near Osk.", "12", "", "vehicle/strike place=osk version=additional"},
		// A count beyond those counted before is no total.
		{"another count", "Another 117 people were injured in Osk.", "117", "117", "people/injure place=osk version=additional"},
		{"a part of another count", "Another 117 people were injured in Osk, including 10 children.", "10", "10", "child/injure place=osk version=additional"},
		{"a part of an updated total is no update", "The death toll rose to 15, including 4 children.", "4", "4", "child/kill"},
		{"a further count", "A further 20 people were evacuated.", "20", "20", "people/rescue version=additional"},
		{"others beyond a count of another measure are all there are", "Two people were killed and four others were injured.", "four", "4", "people/injure"},
		{"others beyond a count of the same measure are more", "Two people were killed on Monday and four others were killed on Tuesday.", "four", "4", "people/kill version=additional"},
		{"more of the dead after a toll", "The toll rose to 15 after divers recovered three more bodies.", "three", "3", "body/ version=additional"},
		{"a further count of another thing", "At least 23 people have died, and a further 1,150 suspected cases are being investigated.", "1,150", "", "suspected/infect"},
		{"taken to hospital", "Eleven people were killed and 41 others were taken to hospital.", "41", "", "people/hospitalize"},
		{"a verb of its own after a clause of another", "A dozen were taken to hospital, and hundreds of volunteers gathered at the pit head.", "hundreds", "", "volunteer/"},
		{"in all is no window", "In all, 34 people were taken to hospital.", "34", "", "people/hospitalize"},
		{"more people", "Three more people were killed on Tuesday.", "Three", "3", "people/kill version=additional"},
		{"more of a thing", "Rescuers found three more bodies.", "three", "", "body/ version=additional"},
		{"more than is a hedge, not more", "More than 30 people were hurt.", "More than 30", "more than 30", "people/injure"},
		{"a count a car hit is struck, not reached", "The car hit 12 parked cars.", "12", "", "vehicle/strike"},
		{"what rose is the subject of a change", "Revenue at Osk Bank rose 9% in the quarter.", "9%", "9%", "revenue/increase origin=osk bank"},
		{"a name before the noun owns it too", "Delmar Shipping revenue rose 12% in the quarter.", "12%", "12%", "revenue/increase origin=delmar shipping"},
		{"a name that rose is whose, and its value what", "Corvan Blend climbed 6.4% on Thursday.", "6.4%", "6.4%", "corvan blend/increase actor=corvan blend"},
		{"a name set off before its change", "Corvan Blend, the regional benchmark, rose 4.6% on Thursday.", "4.6%", "4.6%", "corvan blend/increase actor=corvan blend"},
		{"a noun before a name that rose is what", "Shares of Brennick fell 4.1% on Monday.", "4.1%", "4.1%", "share/decrease actor=shares of brennick"},
		{"a rise in a thing", "The firm posted a 15% rise in revenue.", "15%", "15%", "revenue/increase"},
		{"the noun before a phrase about it", "Shares in the company fell 3% on Wednesday.", "3%", "3%", "share/decrease"},
		{"a crowd put at a figure", "Police estimated the crowd at 28,000.", "28,000", "", "people/attend"},
		{"a crowd of a figure", "A crowd of about 5,000 gathered outside the court.", "about 5,000", "", "people/attend"},
		{"took part", "Organisers said 40,000 people took part.", "40,000", "", "people/attend"},
		{"marched", "Thousands marched through Osk on Sunday.", "Thousands", "2,000–10,000", "people/attend place=osk"},
		{"how long an act lasted", "Eleven climbers who were stranded for four days were flown to safety.", "four days", "4 days", "stranded/"},
		{"how long a noun takes", "Repairs would take three weeks, the company said.", "three weeks", "3 weeks", "repair/"},
		{"how long a noun is expected to take", "The transport is expected to take about two weeks.", "about two weeks", "about 2 weeks", "transport/"},
		{"an adverb before take is no noun", "Such repairs would normally take two weeks.", "two weeks", "2 weeks", "/"},
		{"a temperature in degrees of a scale", "Temperatures hit a national record of 47.3 degrees Celsius.", "47.3 degrees Celsius", "47.3 °C", "temperature/"},
		{"a decimal temperature", "The mercury reached 47.6C at the station.", "47.6C", "47.6 °C", "temperature/"},
		{"a temperature limit", "The cooler ran well above the legal limit of 5 degrees Celsius.", "5 degrees Celsius", "5 °C", "temperature limit/"},
		{"how long an act took", "Firefighters took about two hours to bring the blaze under control.", "about two hours", "about 2 hours", "time to bring/"},
		{"how long it took someone", "The blaze took firefighters nearly three hours to bring under control.", "nearly three hours", "nearly 3 hours", "time to bring/"},
		{"a span with no act after it is its taker's", "The talks took two days in Arden.", "two days", "2 days", "meet/ place=arden"},
		{"doses administered", "The campaign, launched on March 3, has administered 38,600 doses.", "38,600", "", "dose/vaccinate"},
		{"cars are vehicles", "The plant built 142,000 cars last year.", "142,000", "", "vehicle/produce period=year"},
		{"the qualifier of the noun a figure is the value of", "The prize beats the previous national record of $142 million.", "$142 million", "USD 142,000,000", "money/win version=initial"},
		{"a part of what a noun owns", "Officials named 23 of the plant's workers.", "23", "", "employee/employ"},
		{"an amount is no one's employment", "The winners, all employees of the works, will receive about $8.4 million.", "about $8.4 million", "about USD 8,400,000", "money/cost"},
		{"a count received", "The council received 300 complaints.", "300", "", "complaint/receive"},
		{"a place of a figure counts its people", "The blizzard paralysed Ostrena's capital of 1.8 million people.", "1.8 million", "", "people/population"},
		{"a town of a bare figure", "The storm hit the town of about 6,800 on Monday.", "about 6,800", "", "people/population"},
		{"home to a figure", "Valmarek, home to 2 million people, was cut off.", "2 million", "", "people/population"},
		{"a place that has its residents", "Port Ilvane now has 2.31 million residents.", "2.31 million", "", "people/population"},
		{"a firm that has people is no population", "The firm now has 2,000 people.", "2,000", "", "people/"},
		{"a count of a place's other things is no population", "Brena is a town of 40 shops.", "40", "", "shop/"},
		{"a peak of a possessive noun", "About 85,000 homes lost power at the storm's peak.", "About 85,000", "", "home/ version=peak"},
		{"a count of a crowd's size is no crowd", "Police arrested 12 people in the crowd.", "12", "", "people/arrest"},
		{"a passive estimate names no estimator", "The project's cost is now put at $3.6 billion.", "$3.6 billion", "", "money/cost"},
		{"a year past a semicolon is another clause's", "The line was budgeted at $2.9 billion in 2019; its cost is now estimated at $3.6 billion.", "$3.6 billion", "", "money/cost"},
		{"a year of another predicate", "The line is due to open in 2029 and is expected to cost $3.6 billion.", "$3.6 billion", "", "money/cost"},
		{"a part set off by a comma", "Officials said 37 people had been treated, none of them seriously.", "none", "0", "people/treat version=part"},
		{"a part with a verb of its own", "The bank handled 1,240 suspicious transactions but filed reports on only 312 of them.", "only 312", "", "transaction/"},
		{"months in office", "The coalition falls after 19 months in power.", "19 months", "19 months", "time in office/"},
		{"held power for months", "It ended a coalition that had held power for 17 months.", "17 months", "17 months", "time in office/"},
		{"a government that lasted", "It brought down a coalition government that lasted 17 months.", "17 months", "17 months", "time in office/"},
		{"a depth below street level", "The tunnel caved in roughly 22 metres below street level.", "roughly 22 metres", "about 22 meters", "depth/"},
		{"short of a mark is no depth", "The river crested 40 cm below the record.", "40 cm", "40 centimeters", "/"},
		{"a peak before the figure", "The blackout at its peak left 1.4 million customers without power.", "1.4 million", "", "customer/ version=peak"},
		{"a supply cut to a count", "The fire cut electricity to 1.2 million customers.", "1.2 million", "", "customer/"},
		{"a count that lost a supply", "More than a million customers lost power.", "More than a million", "", "customer/"},
		{"a place set off after the figure", "The failure cut power to 900 homes, with villages in Upper Kesta the last to be reconnected.", "900", "", "home/"},
		{"an amount in a currency of several words", "The fund holds 8.6 billion Swedish crowns.", "8.6 billion Swedish crowns", "SEK 8,600,000,000", "money/"},
		{"a gapped actor after a rate", "Dalvaria will cut 450,000 barrels per day and Kessoria 310,000.", "310,000", "", "barrel/decrease actor=kessoria period=day"},
		{"a figure of each one", "The aircraft can each carry up to 180 passengers.", "up to 180", "", "passenger/carry version=each"},
		{"every figure is of each", "Every $10 increase in the price adds to inflation.", "$10", "", "money/increase version=each"},
		{"a figure each after it", "Families of the victims will receive $25,000 each.", "$25,000", "", "money/cost version=each"},
		{"each of a whole is the whole", "Each of the 12 victims was named.", "12", "", "victim/"},
		{"a count nationwide", "At least 85 people have been killed nationwide.", "At least 85", "", "people/kill place=nationwide"},
		{"a sentence opening nationwide", "Nationwide, at least 85 people have been killed.", "at least 85", "", "people/kill place=nationwide"},
		{"a whole does not take its part's own place", "At least 38 people have died, 11 of them in Kellmoor alone.", "At least 38", "", "people/kill"},
		{"a part keeps its own place", "Nationwide, at least 85 people have been killed, including at least 60 in Meskal.", "at least 60", "", "people/kill place=meskal version=part"},
		{"days in captivity", "The crew were freed after 41 days in captivity.", "41 days", "41 days", "captivity/"},
		{"days in someone's hands", "The crew were freed after 41 days in pirate hands.", "41 days", "41 days", "captivity/"},
		{"days held", "They were freed on Sunday after 47 days held at anchor.", "47 days", "47 days", "captivity/"},
		{"freed after days", "Pirates free 23 crew members after 47 days.", "47 days", "47 days", "captivity/"},
		{"a span after no release is no captivity", "The talks ended after 47 days.", "47 days", "47 days", "/"},
		{"a length travelled", "The probe travelled about 1.7 million kilometres.", "about 1.7 million kilometres", "about 1,700,000 km", "distance/"},
		{"a length of a journey", "It was a 1,836 mile flight.", "1,836 mile", "1,836 miles", "distance/"},
		{"trawlers are boats", "The coast guard seized nine trawlers.", "nine", "9", "boat/seize"},
		{"a depth of", "The men were working at a depth of roughly 680 metres when the roof caved in.", "roughly 680 metres", "", "depth/"},
		{"a radius around a place", "About 1,500 residents were evacuated from homes within 2 kilometres of the rupture.", "2 kilometres", "", "zone/"},
		{"ordered out of their homes is an evacuation", "Thousands of people were ordered out of their homes, authorities said.", "Thousands", "", "people/rescue"},
		{"what things are worth is the amount's measure", "Over 3,400 suspect transfers worth $1.6 billion went unreported.", "Over 3,400", "", "transaction/"},
		{"what they are valued at too", "Twelve paintings valued at $3 million hung in the hall.", "Twelve", "", "painting/"},
		{"a passive verb of saying has no speaker", "More than 4,300 suspicious transactions, worth a combined $1.6 billion, were never reported to authorities.", "More than 4,300", "", "transaction/"},
		{"a name before a verb of a clause of that is no actor", "Bristol Crown Court heard that he siphoned off £412,000.", "£412,000", "", "money/steal"},
		{"a name before the noun of a relative clause is", "Karstenian drones that targeted the grid wounded six people.", "six", "", "people/injure actor=karsten"},
		{"when figures were published is no window", "Visitor spending totalled $9.2 billion, according to ministry figures released last month.", "$9.2 billion", "", "money/"},
		{"a price fetched is paid", "The roadster fetched $16.7 million at a sale in Monterey.", "$16.7 million", "", "money/cost place=monterey"},
		{"a ransom dropped is paid, not lowered", "A ransom of $4.5 million was dropped onto the ship's deck.", "$4.5 million", "", "money/cost"},
		{"vehicles plunged into a river fell, not decreased", "At least 14 vehicles plunged into the river.", "At least 14", "", "vehicle/"},
		{"some of the dead", "Nine of the dead were in Keld Harbour.", "Nine", "9", "people/kill place=keld version=part"},
		{"some of the drones are no part of a toll", "Sixty-three of the drones were shot down.", "Sixty-three", "63", "drone/intercept"},
		{"an amount in prize money", "The victory earns Rovers $4.5 million in prize money.", "$4.5 million", "", "prize/"},
		{"a crowd that watched took part", "A crowd of 54,812 watched at the stadium.", "54,812", "", "people/attend"},
		{"spectators are a crowd", "The final was played in front of 58,412 spectators.", "58,412", "", "people/attend"},
		{"a closure of years", "The museum reopens, ending a closure of seven years.", "seven years", "7 years", "closure/"},
		{"years of closure", "It reopens after eight years of closure.", "eight years", "8 years", "closure/"},
		{"a walkout is a strike", "The deal ends a 16-day walkout.", "16-day", "16 days", "strike/"},
		{"a rebuilding is a renovation", "It closes the book on a $438 million rebuilding.", "$438 million", "", "renovation/"},
		{"a side's share after No", "Yes took 54.3% of the vote and No 45.7%.", "45.7%", "45.7%", "vote/"},
		{"kept in hospital", "Forty-one people fell ill, and four were kept in hospital overnight.", "four", "4", "people/hospitalize period=night"},
		{"a window's possessive dates the event", "The exchange put the amount stolen in last week's hack at $421 million.", "$421 million", "", "money/steal period=week's"},
		{"this month's event", "The recount of this month's election left him 317 votes ahead.", "317", "317", "vote/ period=month's"},
		{"a year's possessive is another year's", "Last year's harvest was 2.8 million tonnes.", "2.8 million tonnes", "", "harvest/ period=year"},
		{"a participle after the head", "The tanker was carrying 22,000 tonnes of styrene bound for the port of Caldreth.", "22,000 tonnes", "22,000 tons", "styrene/carry"},
		{"what is carried out is not carried", "In the first 24 hours, 11 satellites carried out avoidance manoeuvres.", "11", "11", "satellite/ period=first 24 hours"},
		{"a height orbited at", "The satellite was orbiting at 758 kilometres when it was hit.", "758 kilometres", "758 km", "altitude/"},
		{"liabilities are debt", "In its petition the city listed $7.3 billion in liabilities.", "$7.3 billion", "USD 7,300,000,000", "debt/"},
		{"a past month's figure", "In February 2021, a fire destroyed about 600 shelters.", "about 600", "about 600", "shelter/destroy period=2021"},
		{"a future month's plan frames no figure", "Dravik Motors will shut its Brask plant in September 2026, cutting 2,800 jobs.", "2,800", "2,800", "job/decrease actor=dravik motors"},
		{"a volume", "Roughly 9 million cubic metres of ice and rock came down.", "Roughly 9 million cubic metres", "about 9,000,000 cubic meters", "ice/"},
		{"an area", "The fire burned 40 square kilometres of forest.", "40 square kilometres", "40 square km", "forest/burn"},
		{"a radius is a zone", "Police sealed off a 5-kilometre radius around the site.", "5-kilometre", "5 km", "zone/"},
		{"an exclusion zone", "Police set up a 3-kilometre exclusion zone.", "3-kilometre", "3 km", "zone/"},
		{"a cargo loaded", "The tanker, loaded with 26,000 tonnes of styrene, was holed.", "26,000 tonnes", "26,000 tons", "styrene/carry"},
		{"flights diverted", "Forty-six flights were diverted to Selvik.", "Forty-six", "46", "flight/divert"},
		{"a cancellation of flights", "Drones forced the cancellation of 241 flights.", "241", "241", "flight/cancel"},
		{"money drained is stolen", "Hackers drained roughly $412 million from the exchange.", "roughly $412 million", "about USD 412,000,000", "money/steal"},
		{"ballots disqualified", "Counters disqualified 2,946 ballots.", "2,946", "2,946", "vote/disqualify"},
		{"a daily count", "The airline must surrender 24 daily slot pairs.", "24", "24", "pair/ period=day"},
		{"batches recalled", "Verolac has recalled 43 batches of formula.", "43", "43", "batch/recall"},
		{"a mass weighed", "The tusks weighed about 380 kilograms.", "about 380 kilograms", "about 380 kg", "weight/"},
		{"a height flown through", "The engine failed as the jet was climbing through 27,000 feet.", "27,000 feet", "27,000 feet", "altitude/"},
		{"a send down is a fall", "The selloff sent the index down 1,148 points.", "1,148", "1,148", "point/decrease"},
		{"an amount in compensation", "The government will pay $8.6 million in compensation to farmers.", "$8.6 million", "", "compensation/"},
		{"those cut off are trapped", "Most walked out, but 14 were cut off behind the debris.", "14", "", "people/trap"},
		{"a magnitude before a quake", "A magnitude 7.1 earthquake struck near Korvel.", "7.1", "", "earthquake/magnitude place=korvel"},
		{"a hyphenated magnitude", "A 5.6-magnitude tremor struck near Osk on Monday.", "5.6-magnitude", "", "earthquake/magnitude place=osk"},
		{"a magnitude of", "The quake had a magnitude of 7.7.", "7.7", "", "earthquake/magnitude"},
		{"the Richter scale", "The quake measured 6.4 on the Richter scale.", "6.4", "", "earthquake/magnitude"},
		{"an agency puts the quake at a figure", "The Meridian Centre measured the quake at 7.3.", "7.3", "", "earthquake/magnitude"},
		{"an aftershock's magnitude", "The bureau recorded 140 aftershocks, the strongest a magnitude 5.6 tremor.", "5.6", "", "aftershock/magnitude"},
		{"a quake's depth put at a figure", "The bureau put its magnitude at 6.9 and its depth at 10 kilometres.", "10 kilometres", "", "earthquake/depth"},
		{"a depth below the surface", "The quake originated 18 kilometres below the surface.", "18 kilometres", "", "earthquake/depth"},
		{"a depth of", "The quake struck at a depth of 10km, about 17.2km from Mandalay.", "10km", "", "earthquake/depth"},
		{"a distance after a depth is none", "The quake struck at a depth of 10km, about 17.2km from Mandalay.", "about 17.2km", "", "/"},
		{"a depth in a story of no quake is no reading", "The miners were trapped 600 meters underground.", "600 meters", "", "depth/"},
		{"a figure put at a value is no magnitude", "Police put the number of injured at 3.", "3", "", "people/injure"},
		{"flooded homes", "A day after the river overtopped its banks and flooded 2,300 homes, residents returned.", "2,300", "", "home/flood"},
		{"a flood's warnings are no flooding", "Forecasters issued five flood alerts for Osk.", "five", "", "alert/"},
		{"a day after is no period", "Residents returned a day after the storm destroyed 230 homes.", "230", "", "home/destroy"},
		{"a period after a verb of saying dates the saying", "Inflation reached 7.4% in September, the statistics office said last week.", "7.4%", "", "inflation/ period=september"},
		{"nor frames the sentence", "Rival Kessing Auto said last month it would cut 2,000 jobs.", "2,000", "", "job/decrease actor=rival kessing auto"},
		{"released prisoners", "Kesmarch released 146 Valdorians on Saturday.", "146", "", "valdorian/release"},
		{"handed over is no hedge", "Kesmarch handed over 146 prisoners.", "146", "146", "prisoner/release"},
		{"released money is paid out", "The ministry released $85 million in emergency funds.", "$85 million", "", "money/cost"},
		{"the number of people killed", "The number of people killed by the fever has risen to 32, officials said.", "32", "", "people/kill version=update"},
		{"the number of homes flooded", "The total number of homes flooded rose to 3,200.", "3,200", "", "home/flood version=update"},
		{"a plane's age", "The chief executive said the 19-year-old aircraft had been serviced.", "19-year-old", "", "age/age actor=aircraft"},
		{"a plane's age before its model", "The aircraft, a 14-year-old Arvel 72 twin turboprop, had passed a check.", "14-year-old", "", "age/age actor=aircraft"},
		{"a man's age has no holder", "Police arrested a 34-year-old man.", "34-year-old", "", "age/age"},
		{"a speed", "The train was travelling at 112 km/h as it entered the curve.", "112 km/h", "112 km/h", "speed/"},
		{"a speed limit", "It entered the curve, where the limit is 80 km/h.", "80 km/h", "80 km/h", "speed limit/"},
		{"a speed in words", "Winds reached 165 miles per hour.", "165 miles per hour", "165 mph", "speed/"},
		{"a speed in mph", "The car hit 70 mph.", "70 mph", "70 mph", "speed/"},
		{"a distance stays one", "The epicentre was 80 km from Osk.", "80 km", "80 km", "/"},
		{"a part among them", "Kesmarch released 146 Valdorians, among them 28 civilians.", "28", "", "civilian/release"},
		{"a part that names what it counts", "Kesmarch released 164 Valdorians, 22 of them civilians, on Friday.", "22", "", "civilian/release"},
		{"a price per share", "Marrowgate agreed to buy Lunsford for $38.50 a share.", "$38.50 a share", "USD/share 38.5", "money/cost"},
		{"a closing price is a share's", "The offer is 27% over Lunsford's closing price of $30.32 on Friday.", "$30.32", "USD/share 30.32", "money/cost place=lunsford"},
		{"shares closed at a price", "Shares closed at $41.20 on Monday.", "$41.20", "USD/share 41.2", "money/"},
		{"a deal's total is no share's", "Marrowgate agreed to buy Lunsford for $6.1 billion.", "$6.1 billion", "USD 6,100,000,000", "money/cost"},
		{"who has the workforce", "On Monday, Halvard Bank said Lunsford has about 21,000 employees across 340 stores.", "about 21,000", "", "employee/employ actor=lunsford"},
		{"a phrase set off between the subject and its verb", "Halvard Bank, with 610 branches, employs some 48,000 people.", "some 48,000", "", "employee/employ actor=halvard bank"},
		{"staff are employees", "Halvard Bank has 610 branches and about 48,000 staff.", "about 48,000", "", "employee/employ"},
		{"a workforce at its peak", "The mill employed 300 people at its peak.", "300", "", "employee/employ version=peak"},
		{"how long systems were down", "Systems were down for nine days.", "nine days", "9 days", "outage/"},
		{"how long a line stays closed", "The line between Brennoch and Halvik would remain closed for six days.", "six days", "6 days", "closure/"},
		{"a span of something else", "Talks went on for six days.", "six days", "6 days", "/"},
		{"stolen records", "Hackers stole the records of about 480,000 patients.", "about 480,000", "", "patient/steal"},
		{"a figure in a clause of when after since and a year", "It is the deadliest avalanche since January 2019, when a slide at Feldmoos killed six people.", "six", "6", "people/kill period=2019 version=earlier event"},
		{"a figure in a clause of when after since and a month", "The swap was the first since October, when each side freed 95 prisoners.", "95", "95", "prisoner/release period=since october version=earlier event"},
		{"a figure in a clause of when after an event's year", "It revived memories of a 2026 derailment on the line, when a train came off the tracks, injuring 23 people.", "23", "23", "people/injure period=2026 version=earlier event"},
		{"a figure of a year ago", "A year ago, the key rate stood at 4.5%.", "4.5%", "4.5%", "rate/ period=year ago"},
		{"a change from a year ago is no figure of then", "Revenue rose 21% from a year ago.", "21%", "21%", "revenue/increase"},
		{"a gapped clause's own party", "The Green Frontier won 22 seats, and the nationalist National Hearth 15.", "15", "15", "seat/win actor=national hearth"},
		{"a figure in a clause of when after of and a year", "The raid revived memories of 2009, when burglars took 14 paintings.", "14", "14", "painting/ period=2009 version=earlier event"},
		{"a clause of when after a day is no earlier event", "On Tuesday, when the slide hit, six people were killed.", "six", "6", "people/kill"},
		{"a figure told of a recalled event", "It surpassed the 1991 collapse of a terrace barrier at the Millgate Ground, which killed nine people.", "nine", "", "people/kill actor=millgate ground period=1991 version=earlier event"},
		{"damaged buildings", "Falling debris damaged 12 residential buildings.", "12", "", "building/damage"},
		{"apartment blocks are buildings", "Debris damaged 14 apartment blocks in Lisk.", "14", "", "building/damage place=lisk"},
		{"a damage said of the counted noun", "The Coast Guard is examining 13 damaged containers.", "13", "", "container/damage actor=coast guard"},
		{"a window from the start is the figure's period", "Rail operators cancelled 8,200 trains in the first two days of the strike.", "8,200", "", "train/cancel period=first 2 days"},
		{"a window of one day", "Rail operators cancelled 4,100 trains on the first day.", "4,100", "", "train/cancel period=first day"},
		{"a window up to an event", "Forecasters said 45 centimeters of snow fell in the 24 hours before the slide.", "45 centimeters", "45 centimeters", "snow/ period=24 hours before"},
		{"a window since a day", "Weather data show 130 centimeters of fresh snow have fallen since Sunday.", "130 centimeters", "130 centimeters", "snow/ period=since sunday"},
		{"a span of hours right after in", "The weather service said 212 millimetres of rain fell in 48 hours.", "212 millimetres", "212 millimeters", "rain/ period=48 hours"},
		{"a window since a date", "Meteorologists said 390 millimetres of rain had fallen since March 1.", "390 millimetres", "390 millimeters", "rain/ period=since march 1"},
		{"since a month of a year long past is no window", "Six people died in the worst slide since January 2019.", "Six", "6", "people/kill"},
		{"a window of a few hours", "Divers rescued 174 people in the first hours after the accident.", "174", "", "people/rescue period=first hours"},
		{"a window before the figure", "In the final 48 hours of the campaign, Osk spent $2 million.", "$2 million", "", "money/cost actor=osk period=final 48 hours"},
		{"the window's own count has none", "Rescuers pulled 40 people from the rubble in the first 24 hours.", "24 hours", "", "/ version=initial"},
		{"a window frames the sentence", "In the first 24 hours, rescuers pulled 40 people from the rubble.", "40", "", "people/ period=first 24 hours"},
		{"but not the count it holds", "In the first 24 hours, rescuers pulled 40 people from the rubble.", "24 hours", "", "/ version=initial"},
		{"the last years are no window", "She has sailed nearly 30 seas over the last five years.", "nearly 30", "", "sea/"},
		{"a past year's figure is that year's", "A 2019 earthquake killed 120 people in Tolvar.", "120", "", "people/kill place=tolvar period=2019"},
		{"so is one in a past year", "In 2019, 120 people died in Tolvar.", "120", "", "people/kill place=tolvar period=2019"},
		{"a figure since a year is not that year's", "Since 2019, 120 people have died in Tolvar.", "120", "", "people/kill place=tolvar"},
		{"cancelled flights", "Nearly 300 flights were cancelled on Monday.", "Nearly 300", "nearly 300", "flight/cancel"},
		{"an effective share measures protection", "The trial found the vaccine was 77% effective.", "77%", "77%", "vaccine/protect"},
		{"what is found to be a share", "The study found the malaria vaccine to be 71% effective.", "71%", "71%", "vaccine/protect"},
		{"a share that hit a level reached it", "Inflation hit 7.5% in January.", "7.5%", "7.5%", "inflation/ period=january"},
		{"a share that topped a level", "Turnout topped 60% on Sunday.", "topped 60%", "more than 60%", "turnout/"},
		{"an amount names what it is worth", "The government approved a $2.5 billion aid package for Calvera.", "$2.5 billion", "USD 2,500,000,000", "package/"},
		{"a participle after the noun is not its head", "Osk welcomed a $2 billion aid package approved by the government.", "$2 billion", "USD 2,000,000,000", "package/"},
		{"an amount a verb measures stays money", "The plan cost £6bn, officials said.", "£6bn", "GBP 6,000,000,000", "money/cost"},
		{"a length's event past a preposition", "Velda and Kastor agreed a 60-day ceasefire along their border.", "60-day", "60 days", "ceasefire/"},

		// A rank of a thing, after a determiner or a possessive.
		{"a rank", "Two entries won the third division share of the jackpot.", "third", "3rd", "division/win"},
		{"a possessive's rank", "Tarn scored Osk's 300th goal on Friday.", "300th", "300th", "goal/win"},
		{"a rank over a word between", "Osk secured a seventh straight win.", "seventh", "7th", "win/"},
		{"an adverb ranks nothing", "Mira Tollen first became mayor in 2019.", "first", "", ""},
		{"a title ranks nothing", "The First Minister met the Osk council.", "First", "", ""},
		{"a superlative ranks nothing here", "It was the sixth hottest year on record.", "sixth", "", ""},

		// "one" before a noun counts; alone it is a pronoun.
		{"one before a noun counts", "Officers arrested two sailors and one Valdorian citizen on the boat.", "one", "1", "citizen/arrest origin=valdoria"},
		{"one alone does not", "One of the officers said the boat was searched.", "One", "", ""},

		// The counted noun after words that modify it.
		{"names modify a noun", "The agency issued seven Dravik Council flood alerts on Monday.", "seven", "7", "alert/"},
		{"a polity is an origin, not a modifier", "Valdoria's air force said it shot down 40 Karstenian drones.", "40", "",
			"drone/intercept actor=valdoria origin=karsten"},
		{"an adjective modifies a noun", "Osk have won four consecutive Harbour League titles.", "four", "4", "title/win"},
		{"an adverb and an adjective", "Marn owns 16 eye-wateringly expensive clocks.", "16", "16", "clock/"},
		{"a possessive before a compound", "The author has written over 45 children's cook books.", "over 45", "more than 45", "book/"},
		{"a possessive before the noun counts the possessor", "Officials said 45 children's lives were saved.", "45", "45", "child/rescue"},
		{"a proportion of a noun", "Inspectors said one in 12 truck drivers tested positive.", "one in 12", "", "driver/test"},
		{"a proportion before a verb", "Inspectors said one in 12 tested positive.", "one in 12", "", "/test"},

		// Parts listed after "including".
		{"a listed part counts one", "Three people were killed, including two firefighters and a pilot, near Dravik.", "a", "1",
			"pilot/kill place=dravik"},
		{"a listed part in figures", "Nine people were killed, including two firefighters and three pilots.", "three", "3", "pilot/kill"},
		{"an article elsewhere is no figure", "Three people were killed near a lake in Dravik.", "a", "", ""},

		// Parts of a coordination name its first figure's thing.
		{"part of coordinated figures", "Karsten launched 247 drones and 9 missiles at Valdoria overnight, 171 of which were intercepted.", "171", "",
			"drone/intercept origin=karsten period=night"},
		{"part of the last of separate figures", "Karsten launched 247 drones overnight and fired 9 missiles at dawn, 7 of which were intercepted.", "7", "",
			"missile/intercept origin=karsten period=night"},
		{"ellipsis after coordinated figures", "Karsten sent 252 drones and 3 missiles at Valdoria overnight, and the air force said 168 were shot down.", "168", "",
			"drone/intercept origin=karsten period=night"},

		// Actors and origins of places the lexicon does not know.
		{"demonym of a name in the text", "Valdoria's air force said it shot down 40 Karstenian drones.", "40", "",
			"drone/intercept actor=valdoria origin=karsten"},
		{"a demonym with no name in the text stays a word", "Saravel\n\nLisova's air force said it shot down 40 Quessan drones.", "40", "",
			"drone/intercept actor=lisova"},
		{"the other side", "Karsten's army said it shot down 40 Valdorian drones.", "40", "",
			"drone/intercept actor=karsten origin=valdoria"},
		{"agent of a passive", "Three people were killed by Karstenian drones in Hollin, the governor of Karsten said.", "Three", "",
			"people/kill actor=karsten place=hollin"},
		{"an adjective of the subject acts", "A Karstenian missile strike on a district of Dravik killed six people.", "six", "",
			"people/kill actor=karsten"},
		{"a name inside the subject's phrase does not", "A missile strike on a Karstenian district killed six people.", "six", "",
			"people/kill"},

		// Target and place.
		{"at is a target", "Karsten fired 74 drones at Valdoria.", "74", "", "drone/launch actor=karsten target=valdoria"},
		{"in is a place", "Karsten fired 74 drones in Valdoria.", "74", "", "drone/launch actor=karsten place=valdoria"},
		{"over the region", "Air defenses downed 63 drones over the eastern Ostrel region.", "63", "", "drone/intercept place=ostrel"},
		{"the village of", "Two people were killed in the village of Hollin.", "Two", "", "people/kill place=hollin"},

		// Periods: "a single" is part of the window, not a count.
		{"in a single night", "Karsten sent 120 drones at Valdoria in a single night.", "120", "",
			"drone/launch actor=karsten target=valdoria period=night"},
		{"in a single week", "Karsten sent 900 drones at Valdoria in a single week.", "900", "",
			"drone/launch actor=karsten target=valdoria period=week"},
		{"a single of a period is no figure", "Karsten sent 900 drones at Valdoria in a single week.", "a single", "", ""},

		// Versions.
		{"initial draft", "The initial 28-point plan was rejected.", "28-point", "28", "point/ version=initial"},
		{"the version of a relative clause's noun", "The revised plan, which has 22 points, was accepted.", "22", "", "point/ version=revised"},
		{"a figure that replaced another", "By Monday evening the death toll had risen to 15.", "15", "15", "people/kill version=update"},
		{"a plain count has no version", "Twelve people were killed.", "Twelve", "12", "people/kill"},
		{"the verb of the qualified noun is not the figure's", "The revised 20-point plan drops the demand.", "20-point", "", "point/ version=revised"},
		{"a version word of a stretch of time is its window", "Osk Bank reported results for the latest quarter, with revenue of $26 billion.", "$26 billion", "", "revenue/"},
		{"an adjusted figure is no revision", "Osk Bank reported adjusted earnings of $6.12 a share.", "$6.12 a share", "USD/share 6.12", "money/ version=adjusted"},

		// Figures a company reports: an amount tied to one by a verb or "of".
		{"a profit a change verb reached is its level", "Third-quarter net profit rose to $312 million, the company said.", "$312 million", "", "profit/"},
		{"a profit after a copula", "Net profit for the quarter ended October 31 was $321 million.", "$321 million", "", "profit/"},
		{"a forecast raised to", "Halvane raised its full-year revenue forecast to $19.6 billion from $19.1 billion.", "$19.6 billion", "", "revenue forecast/cost"},
		{"earnings a share are no profit", "Osk Bank reported earnings of $6.12 a share.", "$6.12 a share", "USD/share 6.12", "money/"},
		{"money a verb spends is no figure reported", "The city will spend $40 million on roads.", "$40 million", "", "money/cost"},
		{"a figure of a year back is the earlier one", "That is ahead of revenues of $7.19 billion from the same period a year ago.", "$7.19 billion", "", "revenue/ version=initial"},
		{"a part of the business keeps its name", "Data center revenue soared 427% to $22.6 billion.", "$22.6 billion", "", "data center revenue/"},
		{"shares that closed up", "Halvane shares closed up 7.4% at $58.20.", "7.4%", "", "share/increase"},
		{"shares that ended the day down", "The shares ended the day down 4.7%.", "4.7%", "", "share/decrease"},
		{"up with no shares is no move of theirs, but a rise", "Turnout was up 3% on the last vote.", "3%", "", "/increase"},
		{"a share offered is the offer", "The government has offered 3.5%.", "3.5%", "", "offer/"},
		{"a year earlier is no rate", "Net profit was $321 million, compared with $268 million a year earlier.", "$268 million", "USD 268,000,000", "money/"},
		{"the same period last year is the comparison's", "Net profit rose to $312 million, from $268 million in the same period last year.", "$312 million", "", "profit/"},
		{"a daily in a name is no period", "LORVEN (The Lorven Daily Ledger) — Oskar Vellin was jailed for nine years.", "nine years", "", "prison term/sentence target=oskar vellin"},

		// Where, and where only in part.
		{"the place a clause of where refers to", "Most of the dead were in Halvek province, where 1,020 people died.", "1,020", "", "people/kill place=halvek"},
		{"a part set off by commas leaves the place to all", "Twelve people were killed, many of them children, in Dravik.", "Twelve", "", "people/kill place=dravik"},
		{"mostly in a place", "About 3,800 buildings were destroyed, mostly in Halvek province.", "About 3,800", "", "building/destroy"},
		{"a place of most of them is no place of all", "About 3,800 buildings were destroyed, most of them in Halvek province.", "About 3,800", "", "building/destroy"},
		{"the noun before a phrase of from", "The death toll from the earthquake climbed to 1,412.", "1,412", "", "people/kill version=update"},
		{"the noun before two phrases", "The death toll from the storm in the north rose to 15.", "15", "", "people/kill version=update"},
		{"the noun before a second phrase", "The death toll from Monday's earthquake in the north climbed to 1,412.", "1,412", "", "people/kill version=update"},
		{"a toll that passes a figure", "Velmora quake toll passes 1,400.", "passes 1,400", "more than 1,400", "people/kill"},
		{"a dateline then a profit", "PORT AMBREL, Calvora (Ambrel Ledger) — Halvane Retail Group, the largest chain, said on Thursday that net profit rose to $312 million.", "$312 million", "", "profit/"},

		// Prison terms and fines.
		{"a term in prison however far its verb", "The judge sentenced his co-defendant, the broker Tamsin Roark, 46, to six years in prison.", "six years", "", "prison term/sentence target=tamsin roark"},
		{"a term of the person before an age", "His former finance chief, Lessa Brandt, 46, was sentenced to six years.", "six years", "", "prison term/sentence target=lessa brandt"},
		{"a headline's passive term", "Aurelian founder Dorin Maskell sentenced to 14 years\n\nThe court ruled on Thursday.", "14 years", "", "prison term/sentence target=dorin maskell"},
		{"an active term names no one before its verb", "Judge Imra Solvey sentenced the founder to 14 years.", "14 years", "", "prison term/sentence"},
		{"a term of the person the sentence opens with", "Tamsin Roark, 46, the broker whose firm sold the bonds, was jailed for five years.", "five years", "", "prison term/sentence target=tamsin roark"},
		{"an age in apposition lends no predicate", "The judge gave Oskar Vellin, 58, nine years.", "nine years", "", "/"},
		{"a fine is no cost", "The judge fined him $1.5 million.", "$1.5 million", "", "money/fine"},

		// Parts of a whole.
		{"of which", "Karsten fired 82 drones, 63 of which were shot down.", "63", "", "drone/intercept origin=karsten"},
		{"a part of a stated whole", "The Unity Party won 52 of the 54 seats.", "52", "", "seat/win actor=unity party"},
		{"the whole is not what was won", "The Unity Party won 52 of the 54 seats.", "54", "", "seat/"},
		{"the whole takes the verb after it", "Air defenses shot down nine of the 11 missiles fired at Lisova.", "11", "",
			"missile/launch target=lisova"},
		{"the part takes the verb before it", "Air defenses shot down nine of the 11 missiles fired at Lisova.", "nine", "", "missile/intercept"},
		{"part of an earlier sentence's figure", "Karsten launched 35 drones at Valdoria. A dozen of them were jammed.", "A dozen", "12",
			"drone/intercept"},
		{"the part named after its whole", "Valdoria downed 1,300 drones. Of those, 870 were destroyed by gunfire.", "870", "", "drone/intercept"},

		// Zero.
		{"no one", "No one was killed.", "No one", "0", "people/kill"},
		{"a no one that counts nothing", "\"No one will be left without a roof,\" she said.", "No one", "", ""},
		{"none of", "None of the crew members was hurt.", "None", "0", "member/injure"},

		{"buried under snow are trapped", "The avalanche buried 14 skiers on a marked run.", "14", "14", "skier/trap"},
		{"taken to a hospital named", "Eleven people were dug out alive, and seven were taken to the regional hospital in Varnaz.", "seven", "7", "people/hospitalize place=varnaz"},
		{"a theft of things", "Police arrested two men over the theft of nine pieces of royal jewelry.", "nine", "9", "piece/steal"},
		{"bodies recovered are the dead", "The coast guard said 23 bodies had been recovered by Thursday.", "23", "23", "people/kill"},
		{"bodies of another kind are not", "Three regulatory bodies approved the plan.", "Three", "3", "body/"},
		{"a place of a place", "At least seven people were killed in Brastova's Ostrel district on Tuesday.", "At least seven", "at least 7", "people/kill place=ostrel"},
		{"missing after a figure is no participle", "Nine people killed and four missing after blast in Ostrel\n\nThe blast struck on Tuesday.", "four", "4", "people/missing place=ostrel"},
		{"sick after the counted noun", "The ship docked with 278 passengers sick with a stomach virus.", "278", "278", "passenger/infect"},
		{"whales refloated are rescued", "Volunteers refloated 38 pilot whales on Wednesday.", "38", "38", "whale/rescue"},
		{"a verb after a whole is its part's", "Nine of the 11 foreign trekkers were released on Monday.", "Nine", "9", "trekker/release"},
		{"and not the whole's", "Nine of the 11 foreign trekkers were released on Monday.", "11", "11", "trekker/"},
		{"but those aboard a whole are its own", "In all, 461 of the 480 people aboard were rescued.", "480", "480", "people/carry"},
		{"the subject, not who leads it", "The opposition Labour Alliance, led by Ilsa Dorrane, finished second with 61 seats.", "61", "61", "seat/win actor=labour alliance"},
		{"a runner-up's seats are won", "The Labour Alliance finished second with 61 seats.", "61", "61", "seat/win actor=labour alliance"},
		{"those affected", "About 46,000 farmers had been affected by the drought.", "About 46,000", "about 46,000", "farmer/affect"},
		{"inmates who tunnel out escape", "Seven inmates tunnelled out of Kastrel Ridge prison on Sunday.", "Seven", "7", "prisoner/escape"},
		{"those recaptured", "Three of the escapees were recaptured on Tuesday.", "Three", "3", "escapee/recapture"},
		{"a clash that broke out is no escape", "Police detained 112 people after clashes broke out near the square.", "112", "112", "people/arrest"},
		{"dug out around the object", "Rescuers dug 11 skiers out alive after the slide.", "11", "11", "skier/rescue"},
		{"dug with nothing out is no rescue", "The crew dug 3 trenches along the road.", "3", "3", "trench/"},
		{"treated people", "The governor said 17 people were treated for breathing problems.", "17", "17", "people/treat"},

		// The noun that governs a figure with no thing of its own.
		{"put the toll at", "Karstenian commanders put the toll at 74.", "74", "74", "people/kill"},
		{"turnout was", "Turnout was 71 percent.", "71 percent", "71%", "turnout/"},
		{"the subject of reach", "The budget deficit is expected to reach 6.4% of output.", "6.4%", "", "deficit/"},
		{"a share of what was won", "The party won 63.4% of the vote.", "63.4%", "", "vote/win"},
		{"put the number at", "Up to 40 miners may be trapped, though officials put the number at 30 to 35.", "30 to 35", "30–35",
			"miner/trap"},

		// Coordinated figures share what is said of both.
		{"shared verb and target", "Karsten launched 82 drones and six cruise missiles at Valdoria.", "six", "",
			"missile/launch actor=karsten target=valdoria"},
		{"shared trailing target", "Karsten launched 82 drones and six cruise missiles at Valdoria.", "82", "",
			"drone/launch actor=karsten target=valdoria"},
		{"shared verb after both", "Nine officers and at least 20 protesters were hurt.", "Nine", "", "officer/injure"},
		{"a new clause has its own verb", "Karsten launched 82 drones, and six people were injured.", "six", "", "people/injure"},

		// Money.
		{"the lender of a loan", "The Halvard Development Bank approved a €2.5bn loan to Valdoria.", "€2.5bn", "EUR 2,500,000,000",
			"money/cost actor=halvard development bank"},
		{"the agent of a pledge", "The loan comes on top of $3 billion pledged by Saravel.", "$3 billion", "", "money/cost actor=saravel"},

		// Spans of time and sizes take no measure; "ago" dates.
		{"a span of fighting", "At least 31 people were killed in two days of fighting.", "two days", "2 days", "fighting/"},
		{"years ago is a date", "The party won 58 percent four years ago.", "four", "", ""},
		{"a figure between commas after a name is an age", "Mira Tollen, 29, was arrested in Osk on Monday.", "29", "aged 29", "age/age actor=mira tollen place=osk"},
		{"a semicolon closes an age after a name", "The dead were Loretta Haskins, 71; her grandson, Tyler Haskins, eight; and Ray Dutton, 56.", "71", "aged 71", "age/age actor=loretta haskins"},
		{"an age in words after a name", "The dead were Loretta Haskins, 71; her grandson, Tyler Haskins, eight; and Ray Dutton, 56.", "eight", "aged 8", "age/age actor=tyler haskins"},
		{"a figure of nothing named with no predicate is no claim", "Marn switched to a back four when ahead.", "four", "", ""},
		{"with a predicate it is", "Osk scored four in the second half.", "four", "4", "/win"},
		{"after a place it counts", "In Dravik, 12, including two children, were killed.", "12", "12", "/ place=dravik"},
		{"a series of casualty clauses shares the place after the last", "At least 70 have been killed, 340 people have been injured and 30 are missing in Marnia.", "340", "", "people/injure place=marnia"},
		{"the first clause of the series too", "At least 70 have been killed, 340 people have been injured and 30 are missing in Marnia.", "At least 70", "", "people/kill place=marnia"},
		{"a clause with a place of its own keeps it", "Ten people were killed in Osk, and 16 were injured in Dravik.", "Ten", "", "people/kill place=osk"},
		{"a clause dated apart is no series", "Ten people were killed on Friday and 16 were injured in Dravik.", "Ten", "", "people/kill"},
		{"a depth", "Up to 40 miners may be trapped 600 meters underground.", "600 meters", "600 meters", "depth/"},
		{"a length down a shaft is a depth", "The dog survived on a ledge 65 feet down a 19th-century shaft.", "65 feet", "65 feet", "depth/"},
		{"a length down a borewell is a depth", "A girl was trapped 65 feet down a disused borewell.", "65 feet", "65 feet", "depth/"},
		{"a length down a cliff is a depth", "The climber fell 200 feet down a cliff.", "200 feet", "200 feet", "depth/"},
		{"a length down a road is none", "The dog was found 65 feet down the road.", "65 feet", "65 feet", "/"},

		// Ages with no person named beside them count nobody.
		{"a decade of life", "The three injured adults were in their 80s.", "80s", "aged 80–89", "age/age"},
		{"a figure after their that is no decade", "The three injured adults were in their 12 cars.", "12", "", "vehicle/"},
		{"a bound of ages", "The injured children are as young as 6.", "as young as 6", "aged at least 6", "age/age"},
		{"the age a person turns", "Tomas Vell hopes to visit 100 countries by the time he turns 30.", "30", "aged 30", "age/age"},
		{"the age a person is by a time", "He hopes to visit 100 countries by the time he is 30.", "30", "aged 30", "age/age"},
		{"the age a person was when", "When she was 12, she moved to Osk.", "12", "aged 12", "age/age"},
		{"a figure a person turns with a noun is no age", "He turned 30 pages of the report.", "30", "30", "page/"},
		{"a figure a person is with a noun is no age", "He was 30 metres away.", "30 metres", "30 meters", "/"},
		{"the age a person is", "Officials said he is 30.", "30", "aged 30", "age/age"},
		{"a figure a thing turned is no age", "The index turned 30 on Monday.", "30", "", ""},
		{"the first of two ages sharing a unit", "Slain were an 8- and a 10-year-old.", "8", "aged 8", "age/age"},
		{"in months", "The twins are a 6- and a 7-month-old.", "6", "aged 6 months", "age/age"},
		{"a hyphen before a range is no shared unit", "The line runs 8- to 10-hour shifts.", "8", "", ""},
		{"those left out of all are no count", "A bus carried 40 passengers; all but two of them survived.", "two", "", ""},
		{"the whole they are left out of still is", "A bus carried 40 passengers; all but two of them survived.", "40", "40", "passenger/carry"},

		// A casualty said of the counted noun is the figure's, whatever the
		// clause's verb.
		{"missing people after a casualty", "Velm reported 10 deaths and 101 missing people.", "101", "101", "people/missing"},
		{"injured adults", "Rescuers pulled three injured adults from the bus.", "three", "3", "adult/injure"},
		{"a casualty that is the head is no adjective", "Velm reported 10 deaths and 101 injuries.", "101", "101", "people/injure"},

		// A figure given as an earlier one, or as a tally at a time.
		{"an opening adverb of an earlier figure", "Earlier, the minister, Ivo Marn, said that two people were killed.", "two", "2", "people/kill version=initial"},
		{"initially", "Initially, 124 deaths were confirmed.", "124", "124", "people/kill version=initial"},
		{"first, opening a list, is no version", "First, 124 homes were evacuated.", "124", "124", "home/rescue"},
		{"an opening word without its comma is no version", "Earlier reports named the 12 victims.", "12", "12", "victim/"},
		{"as of a time", "As of 14:30, 40 people were injured in the capital.", "40", "40", "people/injure period=total"},
		{"by a part of the day", "By mid-afternoon, 120 deaths were confirmed.", "120", "120", "people/kill period=total"},
		{"by a weekday and a part of it", "By Monday evening, 52 deaths were confirmed.", "52", "52", "people/kill period=total"},
		// Shares of a vote belong to whoever is named right before them.
		{"a share's holder before it", "Javier Ruiz had 55.8% and Sergio Pell 44.2%.", "44.2%", "44.2%", "/ actor=sergio pell"},
		{"a possessive holder", "Javier Ruiz won 56% of the vote to Sergio Pell's 44%.", "44%", "44%", "vote/ actor=sergio pell"},
		{"a verb of saying is no holding", "Sergio Pell said 44% of the vote was lost.", "44%", "44%", "vote/cost"},
		{"a share a verb of money raises is an increase", "Trustees voted to raise tuition for in-state undergraduates by 8.5 percent.", "8.5 percent", "8.5%",
			"tuition/increase"},
		{"a share lost is a decrease", "The company had lost around 8 per cent of its regular customers.", "around 8 per cent", "about 8%", "customer/decrease"},
		{"workers who lose their jobs count jobs cut", "About 340 workers will lose their jobs.", "About 340", "about 340", "job/decrease"},
		{"staff who face redundancy count jobs cut", "Up to 410 staff face redundancy.", "Up to 410", "up to 410", "job/decrease"},
		{"workers made redundant count jobs cut", "About 300 workers will be made redundant.", "About 300", "about 300", "job/decrease"},
		{"jobs at risk are jobs to be cut", "The closures put as many as 410 jobs at risk.", "as many as 410", "up to 410", "job/decrease"},
		{"staff redeployed are no jobs cut", "It hopes to redeploy up to 100 staff.", "up to 100", "up to 100", "employee/employ"},
		{"the fall of a year is no fall", "Class sizes could reach 35 students next fall.", "35", "35", "child/"},
		{"an hour and a half", "They were locked inside for an hour and a half.", "an hour and a half", "1.5 hours", "/"},
		{"a day and a half is no rate", "The siege lasted a day and a half.", "a day and a half", "1.5 days", "siege/"},
		{"his share is the rival's", "Sergio Pell ran against Javier Ruiz. Pell conceded as Ruiz won 56% of the vote to his 44%.", "44%", "44%", "vote/ actor=sergio pell"},
		{"his share with no rival named is no one's", "Javier Ruiz won 56% of the vote to his 44%.", "44%", "44%", "vote/"},
		{"his share with two rivals named is no one's", "Sergio Pell and Ana Dorn watched Javier Ruiz win 56% of the vote to his 44%.", "44%", "44%", "vote/"},
		{"a share of a count under way", "With 92% of the votes counted, Javier Ruiz had 55%.", "92%", "", ""},
		{"makes the other figures running totals", "With 92% of the votes counted, Javier Ruiz had 55%.", "55%", "55%", "vote/ actor=javier ruiz period=total"},
		{"a share before a count under way keeps its holder", "Javier Ruiz won 56% of the vote to Sergio Pell's 44%, with 90% of the votes counted.", "44%", "44%",
			"vote/ actor=sergio pell period=total"},
		{"a share of counted votes is a candidate's", "Javier Ruiz had 55% of the votes counted so far.", "55%", "55%", "vote/ actor=javier ruiz period=total"},
		{"a toll that tops a figure is more than it", "The death toll tops 200.", "tops 200", "more than 200", "people/kill"},
		{"by contrast is no time", "By contrast, 40 people were injured in Velm.", "40", "40", "people/injure place=velm"},

		{"a rate reached is the rate", "Inflation rose to 7.6% in September.", "7.6%", "", "inflation/ period=september"},
		{"as a rate stated is", "Inflation was 7.4% in September.", "7.4%", "", "inflation/ period=september"},
		{"a rise is a change", "Revenue rose 12% in the quarter.", "12%", "", "revenue/increase"},
		{"a rate reached in no period of its own is an update", "The jobless rate climbed to 6%.", "6%", "", "rate/ version=update"},
		{"a capital after a dateline opens the sentence", "OSK (Wire) — Inflation rose to 7.6% in September.", "7.6%", "", "inflation/ period=september"},
		{"what a change verb changed is its object", "The government plans to shrink the deficit to 3.4% of GDP.", "3.4%", "", "deficit/"},
		{"a workforce cut to a size", "The company cut its workforce to 9,000.", "9,000", "", "workforce/decrease"},
		{"a change from a figure has no object", "The death toll rose from nine to 11 overnight.", "11", "", "people/kill period=night"},
		{"a share of GDP keeps no verb nearby", "Ashvane promised to narrow the deficit to 3.1% of GDP while spending more on hospitals.", "3.1%", "", "deficit/"},
		{"an over after a share is its span", "The deal will raise salaries by 11% over three years.", "three years", "3 years", "/"},
		{"a share of GDP is of what is spent", "Defence spending will rise to 2.1% of GDP.", "2.1%", "", "defence spending/"},
		{"a share of the gross domestic product", "Public debt stood at 61% of gross domestic product in June.", "61%", "", "public debt/ period=june"},
		{"a name its owner's noun follows is no actor", "Dravik Motors said it will shut its Brask assembly plant, cutting 2,800 jobs.", "2,800", "", "job/decrease actor=dravik motors"},
		{"a name its owner's noun follows is no subject", "Halvane said its Brask vehicle assembly plant employs 2,000 people.", "2,000", "", "employee/employ"},
		{"an owner's name before the verb is its subject", "His Unity Party won 87 of the 200 seats.", "87", "", "seat/win actor=unity party"},
		{"a dateline's names are no speaker's", "BRASK, Orveth (Orveth Wire) — Dravik Motors said it will cut 2,800 jobs.", "2,800", "", "job/decrease actor=dravik motors"},
		{"a glued size of one thing is that thing's", "The 38-metre rocket lifted off at dawn.", "38-metre", "38 meters", "rocket/"},
		{"a glued size of any of a kind is no one thing's", "Drivers sit behind the wheel of 60-tonne rigs.", "60-tonne", "60 tons", "/"},
		{"a glued length that says which way is no size of a noun", "The farm lies more than 100miles away.", "more than 100miles", "more than 100 miles", "/"},
		{"a thing before a plural noun modifies it", "The region sent 40 fire engines.", "40", "", "engine/launch"},
		{"a thing that names a kind of state is no country", "The strike closed about 4,200 state schools.", "about 4,200", "", "school/"},
		{"inmates are prisoners", "Nine inmates were killed in the riot.", "Nine", "", "prisoner/kill"},
		{"falling ill is an infection", "Health officials said 146 people fell ill after the banquet.", "146", "", "people/infect"},
		{"what is contained is a fire", "Crews gained ground, with the blaze 25% contained on Wednesday.", "25%", "", "fire/contain"},
		{"a figure told as the first count", "The ministry initially put the number of injured at 18 but later revised it to 23.", "18", "", "people/injure version=initial"},
		{"a year opening the sentence dates its figures", "In 2019, inmates held 11 guards for two days, and three prisoners died.", "three", "", "prisoner/kill period=2019"},
		{"a part of a count in a place of its own", "At least 38 people have died of the heat, the ministry said, 11 of them in Kellmoor alone.", "11", "", "people/kill place=kellmoor version=part"},
		{"a part in the whole's place is none", "At least 38 people have died in Kellmoor, 11 of them children.", "11", "", "child/kill place=kellmoor"},
		{"a season's year", "The deadliest heatwave, in the summer of 1987, killed 156 people.", "156", "", "people/kill period=1987"},
		{"how old a part is", "The heat killed at least 38 people, most of them over 70.", "over 70", "aged more than 70", "age/age"},
		{"a payment's year ends its clause", "The fee eclipses the $33 million Athletic paid Northgate United for midfielder Tomas Iller in 2021, a record.", "$33 million", "", "money/cost period=2021"},
		{"a unit glued by a hyphen is quoted with its figure", "Police set up a 3-kilometre exclusion zone.", "3-kilometre", "3 km", "zone/"},
		{"a share that qualifies a rise names what rises", "The union is demanding a 22% pay rise over two years.", "22%", "", "pay/increase version=demand"},
		{"what one side wants is a demand", "The association wants an 18% pay increase.", "18%", "", "pay/increase version=demand"},
		{"what one side asked for is a demand", "Prosecutors had asked for 12 years for Vellin.", "12 years", "12 years", "asked/ version=demand"},
		{"what was paid is none", "A ransom of $3.5 million had been paid.", "$3.5 million", "", "money/cost"},
		{"a mass of a substance", "About 1,200 tonnes of ammonium nitrate were stored in the warehouse.", "About 1,200 tonnes", "about 1,200 tons", "nitrate/"},
		{"rain that fell is no decrease", "About 240 mm of rain fell on the hills.", "About 240 mm", "about 240 millimeters", "rain/"},
		{"millimetres that fall are rain", "The service said 286 millimetres fell on the area over the four days before the slide.", "286 millimetres", "286 millimeters", "rain/"},
		{"centimetres that fall in snow are snow", "About 40 centimetres fell overnight as the snow kept coming.", "About 40 centimetres", "about 40 centimeters", "snow/ period=night"},
		{"metres that a bus fell are no rain", "The bus fell about 150 metres into the ravine.", "about 150 metres", "about 150 meters", "/"},
		{"a length in inches", "Officials said up to 20 inches of rain could fall.", "up to 20 inches", "up to 20 inches", "rain/"},
		{"a substance carried keeps its verb", "The ship was carrying 85,000 tonnes of light crude.", "85,000 tonnes", "", "crude/carry"},
		{"a depth below the surface", "The miners were trapped 780 metres below the surface.", "780 metres", "780 meters", "depth/"},
		{"a distance is no depth", "The mine is 80 km from Osk.", "80 km", "80 km", "/"},
		// The counted noun phrase.
		{"a plural ends the phrase", "The flood reached 14 villages downstream.", "14", "", "village/"},
		{"a singular continues it", "The ferry carried 14 crew members.", "14", "", "member/carry"},
		{"a noun that counts people", "An explosion killed six workers.", "six", "", "employee/kill"},
		{"vague amounts of something", "Hundreds of volunteers gathered overnight.", "Hundreds", "200–1,000", "volunteer/ period=night"},
		{"vague amounts are people", "Thousands fled the city.", "Thousands", "", "people/displace"},
		{"a clause of contrast opens with its own place", "In Osk, 144 people died, while Thailand reported 10 deaths and 101 missing people.", "10", "10",
			"people/kill place=thailand"},
		{"which holds for its later figures", "In Osk, 144 people died, while Thailand reported 10 deaths and 101 missing people.", "101", "101",
			"people/missing place=thailand"},
		{"the first clause keeps the framing place", "In Osk, 144 people died, while Thailand reported 10 deaths and 101 missing people.", "144", "144",
			"people/kill place=osk"},
		{"a clause of contrast with no place keeps it", "In Osk, 144 people died, while 12 were injured.", "12", "12", "people/injure place=osk"},
		{"a figure that qualifies its noun lends an ellipsis nothing", "In Osk, a 33-story tower collapsed, killing at least 10 and injuring 16.", "16", "16",
			"people/injure place=osk"},
		{"a number word glued to its unit", "Rescuers searched a five-storey building.", "five-storey", "5", "storey/"},
		{"one glued to a word is an adjective", "The government made a one-off payment.", "one-off", "", ""},

		// Ages after "aged", spans and risks, crowds, lists of adjectives.
		{"an age after aged", "A man aged 45 was arrested in Osk.", "45", "aged 45", "age/age place=osk"},
		{"ages listed after aged", "Three men aged 34, 41 and 52 were charged in Osk.", "52", "aged 52", "age/age place=osk"},
		{"a figure after an age range and a comma is no age", "Of the 12 people aged 18 to 24, four were hurt.", "four", "4", "people/injure"},
		{"an age bound of a group is no claim", "Spain said most of the dead were people aged over 75.", "over 75", "", ""},
		{"nor over the age of a figure", "Three quarters of the victims were over the age of 70.", "70", "", ""},
		{"an age in months", "The boy, aged 6 months, was unhurt.", "6 months", "aged 6 months", "age/age"},
		{"an age between commas after no name", "British father of two, 44, and Dutch guide, 31, killed.", "31", "aged 31", "age/age"},
		{"an age closed by a semicolon", "Four people hurt, including bride's grandmother, 71; nobody drowned.", "71", "aged 71", "age/age"},
		{"an age closing the sentence", "Four people hurt, including bride's grandmother, 71.", "71", "aged 71", "age/age"},
		{"a number word before the comma makes a list", "The winning numbers were seven, 12.", "12", "12", "number/"},
		{"an age who turned", "Mr Birkett, 93, and his wife, who turned 90 in March, married in 1944.", "90", "aged 90", "age/age"},
		{"figures listed between commas are no ages", "The team scored 12, 44, and 56 points.", "44", "44", "/win"},
		{"a compound before a name lends nothing", "A five-storey Mumbai apartment block collapsed, killing at least 23.", "at least 23", "at least 23",
			"people/kill actor=mumbai"},
		{"what lasted", "The cubs were born after a pregnancy that lasted 96 days.", "96 days", "96 days", "pregnancy/"},
		{"hours of what", "The jury reached its decision after nearly nine hours of deliberations.", "nearly nine hours", "nearly 9 hours", "deliberation/"},
		{"a relative likelihood", "Smokers were 27 percent more likely to develop heart disease.", "27 percent", "27%", "likelihood/"},
		{"adjectives listed before their noun", "More than 300 local, state and federal officers searched the woods.", "More than 300", "more than 300", "officer/"},
		{"nouns listed are no adjectives", "The ferry carried 161 passengers and 26 crew, officers, dogs and helicopters.", "161", "161", "passenger/carry"},
		{"a crowd in front of whom a title is won", "Mainwaring won the title in front of 21,500 fans in Cardiff.", "21,500", "21,500", "people/attend place=cardiff"},
		{"ordered to pay is fined", "The regulator ordered Osk Bank to pay $38.5 million for its failures.", "$38.5 million", "USD 38,500,000", "money/fine actor=osk bank"},
		{"a span in two units", "Children spend three hours and 12 minutes a day on screens.", "three hours and 12 minutes", "3.2 hours", "/ period=day"},
		{"a span in three units", "The winner finished in 2 hours, 3 minutes and 5 seconds.", "2 hours, 3 minutes and 5 seconds", "2.05 hours", "/"},
		{"struck down with an illness", "At least 86 guests were struck down with salmonella.", "At least 86", "at least 86", "guest/infect"},
		{"pence glued on", "Households will pay 54p a week.", "54p a week", "GBP/week 0.54", "money/cost period=week"},
		{"pence in words", "A stamp now costs 85 pence.", "85 pence", "GBP 0.85", "money/cost"},
		{"a p before a clock's m is no pence", "The vote closed at 3p.m. with 20 members present.", "20", "20", "member/"},
		{"more after an amount is a rise", "Band D households will pay £27.90 more a year.", "£27.90 more a year", "GBP/year 27.9", "money/increase actor=band d period=year"},
		{"less after an amount is a fall", "Drivers will pay $40 less.", "$40", "USD 40", "money/decrease"},
		{"a part of the injuries", "None of the injuries was life-threatening.", "None", "0", "people/injure version=part"},
		{"laid off workers are jobs cut", "Osk Systems will lay off 1,150 employees.", "1,150", "1,150", "job/decrease actor=osk systems"},
		{"an -ing form right before the figure has it as object", "Paddlewheel boat carrying 68 wedding guests hit a sandbar.", "68", "68", "guest/carry"},
		{"whatever verb follows the phrase", "A bus carrying 65 pilgrims from Osk plunged into a gorge.", "65", "65", "pilgrim/carry"},
		{"a participle after an object is no predicate", "Hartwell Motors recalls about 173,000 infant seats sold through its dealers.", "about 173,000", "about 173,000", "seat/recall actor=hartwell motors"},
		{"the last of two things heads the phrase", "Osk Motors is recalling 137,000 infant car seats.", "137,000", "137,000", "seat/recall actor=osk motors"},
		{"a team's size", "A team of 85 keepers fanned out across the city.", "85", "85", "keeper/team"},
		{"admitted to hospital", "Doctors admitted 17 of the survivors to Dunmarra Regional Hospital.", "17", "17", "people/hospitalize"},
		{"admitted is no hospital without one", "He admitted 12 charges of fraud in court.", "12", "12", "/charge"},
		{"fled from confinement is an escape", "Keepers tracked down 23 animals that fled the city zoo.", "23", "23", "animal/escape"},
		{"fled from home is displacement", "Thousands fled their homes.", "Thousands", "2,000–10,000", "people/displace"},
		{"an age after 'at the age of'", "Margaret Hollis died in March at the age of 91.", "91", "aged 91", "age/age actor=margaret hollis"},
		{"a year in a participle's phrase dates no figure", "Aurelia, built in Germany in 2008, is estimated to be worth about $150 million.", "about $150 million", "about USD 150,000,000", "money/cost"},
		{"bare degrees take the scale the story names", "Tuna was held at 58 degrees. The legal limit is 41 degrees Fahrenheit.", "58 degrees", "58 °F", "temperature/"},
		{"bare degrees of a story naming two scales take neither", "Tuna was held at 58 degrees. The limit is 41 degrees Fahrenheit, or 5 degrees Celsius.", "58", "58", "degree/"},
		{"family members are relatives, their 'family' no adverb", "About 150 family members and friends attended the party.", "About 150", "about 150", "relative/attend"},
		{"an amount of currency is money", "The bank sold $3.1 billion of foreign currency over the past week.", "$3.1 billion", "", "money/cost period=week"},
		{"down after 'is' is a fall", "The tallen is down 24% since the start of the year.", "24%", "24%", "/decrease period=since january"},
		{"a participle's phrase tells which people; 'were' leads to their predicate", "He said 15 of those taken to hospital were in a critical condition.", "15", "15", "people/critical"},
		{"not for the whole of a part", "Eight of the 42 injured are in critical condition.", "42", "42", "people/injure"},
		{"ordered to leave with the figure between", "Authorities ordered about 38,000 residents of two river towns to leave their homes.", "about 38,000", "", "civilian/rescue"},
		{"a phrase of places after the figure's noun", "Some 32,000 people in Brellick and Mossford were ordered to evacuate.", "Some 32,000", "", "people/rescue place=brellick"},
		{"a length long is a length", "The cut ran roughly 60 meters long.", "roughly 60 meters", "", "length/"},
		{"a length measured is of what measured it", "The gash measured roughly 60 meters long.", "roughly 60 meters", "", "gash/"},
		{"others are more of what the figure before counted", "The collision injured 11 crew members and left two others missing.", "two", "2", "member/missing"},
		{"boats idled", "The fishing ban has idled about 430 registered fishing boats.", "about 430", "", "boat/idle"},
		{"crew taken off are rescued", "All 21 crew were taken off by coast guard helicopter.", "All 21", "21", "crew/rescue"},
		{"a cost put at an amount, in crowns of no country", "The finance office put the cost of the recount at about 460,000 crowns.", "about 460,000 crowns", "about crowns 460,000", "money/cost"},
		{"a lead by a count of votes is a margin", "The recount put the challenger ahead of Mayor Petra Halvorsk by 41 votes.", "41", "41", "vote/margin"},
		{"a margin of a count of votes", "Renquist won with a final margin of 38,612 votes.", "38,612", "38,612", "vote/margin version=revised"},
		{"a majority of seats is no margin without of", "The coalition holds 61 seats.", "61", "61", "seat/"},
		{"an initial estimate that put a toll at a figure", "The initial estimate put the death toll at 40.", "40", "40", "people/kill version=initial"},
		{"a preliminary count set off by a participle", "The preliminary count, released two days after the vote, had put Renquist ahead by 52,107 votes; the recount narrowed the gap.",
			"52,107", "52,107", "vote/margin version=initial"},
		{"a count's version stops at but", "Preliminary results had given the party 17 seats, but the commission revised that figure to 15 on Monday.", "15", "15", "seat/"},
		{"an updated tally", "An updated tally by the ministry showed 212 homes destroyed.", "212", "212", "home/destroy version=revised"},
		{"passengers over an age are counted, not the age", "Three passengers over 70 were taken to hospital.", "Three", "3", "passenger/hospitalize"},
		{"an age that bounds a group is no count", "Three passengers over 70 were taken to hospital.", "over 70", "", ""},
		{"an inflation-adjusted amount", "The inflation-adjusted cost was $40 million.", "$40 million", "", "money/cost version=adjusted"},
		{"a conversion of an amount", "He bought the ring for £18 in 1966, the equivalent of around £320 today.", "around £320", "", "money/ period=day version=equivalent"},
		{"travellers are passengers", "About 210,000 travellers were stranded.", "About 210,000", "", "passenger/"},
		{"passengers named by their group's word, and crew", "The ferry was carrying 212 travellers and crew.", "212", "212", "people/carry"},
		{"a grand award's amount is money, not grand", "She was named winner of the $75,000 grand award.", "$75,000", "USD 75,000", "money/cost"},
		{"scored a number of times is goals", "He scored 23 times in 44 appearances last season.", "23", "23", "goal/win period=season"},
		{"a participle's phrase before the verb", "Some 4,800 residents living near the plant were evacuated.", "Some 4,800", "", "civilian/rescue"},
		{"under evacuation orders", "Some 4,800 residents were under evacuation orders.", "Some 4,800", "", "civilian/rescue"},
		{"an adjective before a measure's noun", "Tessaly has made a $12.1 billion hostile bid for Brannock.", "$12.1 billion", "", "money/cost"},
		{"a noun before a measure's noun names the amount", "The minister announced a $6.8 million compensation fund.", "$6.8 million", "", "compensation/"},
		{"a stake", "Tessaly holds a 9.6% stake in Brannock.", "9.6%", "", "stake/ place=brannock"},
		{"a rate of the figure before is not the next figure's period", "An adviser who promised returns of 12% a year was sentenced on Wednesday to 22 years in prison.", "22 years", "", "prison term/sentence"},
		{"in hospital after the dead", "Nine people died and 14 were in hospital.", "14", "14", "people/hospitalize"},
		{"the nearest past year before a span", "The couple married in 1996 and separated in 2013 after almost 17 years.", "almost 17 years", "", "/ period=2013"},
		{"a place after a clause of when is no target", "At least 63 people were injured when part of the east stand at Brennock Road collapsed.", "At least 63", "", "people/injure"},
		{"a pay rise is the figure's change, whatever the verb", "The government raised its proposal to a 7.5 percent pay rise.", "7.5 percent", "7.5%", "pay/increase"},
		{"salaries are pay", "The offer would raise salaries by 7 percent.", "7 percent", "7%", "pay/increase"},
		{"a year that opens the sentence with no comma", "In 2021 the company called back all of its Arcos sedans over a faulty seat-belt sensor, a campaign it said had cost $75 million.", "$75 million", "", "money/cost period=2021"},
		{"votes by which nobody leads are none", "Turnout rose by 400 votes.", "400", "400", "vote/increase"},
		{"a share's move told after it", "The stock closed 31% lower at 18.40 crowns.", "31%", "31%", "share/decrease"},
		{"what a company acquired for an amount is its cost", "Veltrona acquired Brightwell Bio for $1.6 billion in 2021.", "$1.6 billion", "", "money/cost period=2021"},
		{"students are children", "A school bus carrying 23 students skidded off the road.", "23", "23", "child/carry"},
		{"counts of a crime are charges", "Pellow denies 13 counts of fraud and false accounting.", "13", "13", "/charge"},
		{"a widow of 82 is her age", "A widow of 82 was tricked into handing over her savings.", "82", "aged 82", "age/age"},
		{"a father of three has children", "A father of three was tricked into handing over his savings.", "three", "3", "father/"},
		{"homes and businesses are customers", "More than 310,000 homes and businesses in Chicago lost power on Monday.", "More than 310,000", "", "customer/ place=chicago"},
		{"a name's word is no measure", "Regional Fire Commander Idris Vantolo said more than 600 firefighters, backed by eight aircraft, were working.", "more than 600", "", "firefighter/"},
		{"savings are a company's figure, and their 'cost' no measure", "They forecast annual cost savings of $620 million once the integration is complete.", "$620 million", "", "saving/ period=year"},
		{"a verb after a modal is no part of the figure", "The combination would deliver annual savings of $680 million once the networks are integrated.", "$680 million", "", "saving/ period=year"},
		{"a first full year is a window", "The merger should generate savings of about $240 million in its first full year after closing.", "about $240 million", "", "saving/ period=first year"},
		{"a span a drive is extended by is its extension", "Health authorities extended the vaccination drive by two weeks.", "two weeks", "2 weeks", "extension/"},
		{"a span a launch is put off by is a delay", "The agency delayed the launch by three months.", "three months", "", "delay/"},
		{"a verb after an appositive is the sentence's own", "Kresh, then police commissioner, launched Operation Greyline in 2022, a raid involving about 250 officers.",
			"about 250", "about 250", "officer/launch period=2022"},
		{"a year in a phrase of 'in' does", "The deadliest fire, in 2008, destroyed 230 homes.", "230", "230", "home/destroy period=2008"},
		{"what a charge costs", "Aberdeen will charge motorists a £5-a-day congestion charge.", "£5-a-day", "GBP/day 5", "money/cost period=day"},
		{"got out is an escape", "Director Mirela Castanovic said 19 animals got out as water surged.", "19", "19", "animal/escape"},
		{"debts of an amount are a debt", "The chain collapsed with debts of £58m.", "£58m", "", "debt/"},
		{"an amount owed is a debt", "The chain owes around £38 million to banks and suppliers.", "around £38 million", "", "debt/"},
		{"a liability is no debt of the list", "An actuary put the unfunded liability at $2.4 billion.", "$2.4 billion", "", "money/"},
		{"an adjective of a rate after the amount", "The start-up claimed $12 million in yearly revenue.", "$12 million", "USD/year 12,000,000", "money/ period=year"},
		{"an adjective of a rate before the noun of 'of'", "He was paid an annual salary of $150,000.", "$150,000", "USD/year 150,000", "money/cost period=year"},
		{"an adjective of a rate right after the amount", "She receives a $3,000 monthly allowance.", "$3,000", "USD/month 3,000", "money/cost period=month"},
		{"what fetched a price is no party to the sale", "A 1937 Italian sports car became the most expensive car sold at auction, fetching $41.3 million in Monterey.", "$41.3 million", "", "money/cost place=monterey"},
		{"a seller of something is a party to the sale", "Valdoria sold its stake in the port for $2 billion.", "$2 billion", "", "money/cost actor=valdoria"},
		{"a participle after a compound's noun is no head", "Three inmates escaped through a 60-foot tunnel dug beneath the laundry.", "60-foot", "", "tunnel/escape"},
		{"what measured a length", "The tunnel, which measured roughly 40 feet from end to end, began under a tile.", "roughly 40 feet", "", "tunnel/"},
		{"a length from a place is no size", "The mine is 80 km from Osk.", "80 km", "", "/"},
		{"a count of a measure's noun is no ellipsis", "The study, which examined 11 million runners, found 59 cases of cardiac arrest.", "59", "", "people/infect"},
		{"a share of the vote taken is won", "Marta Oyelen took 54.6 percent of the vote.", "54.6 percent", "", "vote/win actor=marta oyelen"},
		{"a share of the vote received is won", "Marta Oyelen received nearly 40 percent of the vote.", "nearly 40 percent", "", "vote/win actor=marta oyelen"},
		{"money withdrawn", "Customers took out 4.7 billion crowns on Thursday.", "4.7 billion crowns", "", "money/withdraw"},
		{"riders withdrawn are no money", "Eleven riders were withdrawn from the race.", "Eleven", "", "rider/"},
		{"money lost is a loss", "Rovers lost £8.4million last season.", "£8.4million", "", "loss/ period=season"},
		{"a gerund after a preposition takes its object", "She was tricked into handing over her entire life savings of £143,000 to fraudsters.", "£143,000", "", "entire life saving/cost"},
		{"points docked are a deduction", "Championship club Castlebridge Rovers docked 10 points and fined £750,000.", "10", "", "point/deduct"},
		{"a points deduction whatever the verb", "Rovers have been hit with a 12-point deduction and a fine.", "12-point", "", "point/deduct"},
		{"points scored are no deduction", "Pell scored 10 points in the win.", "10", "", "point/win"},
		{"ages after 'ages'", "Two men, ages 58 and 61, face charges of possessing stolen property.", "61", "aged 61", "age/age"},
		{"a figure a change started from earlier", "The death toll rose to seven by Wednesday evening, up from five earlier in the day.", "five", "", "people/kill version=initial"},

		// A title-case headline: verbs and nouns the body writes in lower case are not names.
		{"headline actor", "Karsten Fires 82 Drones at Valdoria\n\nKarsten launched 82 drones at Valdoria overnight. Karsten's army confirmed it.",
			"82", "", "drone/launch actor=karsten target=valdoria"},
		{"a headline word the body writes in lower case", "Bank Lends Valdoria $3 Billion\n\nThe Halvard Development Bank lent Valdoria $3 billion, the bank said.",
			"$3 Billion", "", "money/cost"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := extractText(t, lx, tt.text)
			c := claimQuoted(claims, model.QuantityClaim, tt.quote)
			if tt.want == "" {
				assert.Nil(t, c, "no quantity claim %q", tt.quote)
				return
			}
			require.NotNil(t, c, "a quantity claim %q in %v", tt.quote, quotes(claims))
			assert.Equal(t, tt.want, slots(c))
			if tt.value != "" {
				assert.Equal(t, tt.value, c.Value.Text)
			}
		})
	}
}

// TestQuantityParents checks that parts point at their whole, within a
// sentence and across sentences, and that a figure after "including" is
// no part (whole "") when it stands past the phrase "including" opens, or
// qualifies its noun.
func TestQuantityParents(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	for _, tt := range []struct{ text, whole, part string }{
		{"Karsten launched 35 drones at Valdoria, 30 of which were intercepted.", "35", "30"},
		{"Karsten launched 35 drones at Valdoria. A dozen of them were jammed.", "35", "A dozen"},
		{"Three people were killed, including two firefighters.", "Three", "two"},
		{"Civic Renewal won 74 of 200 seats.", "200", "74"},
		{"Civic Renewal won 74 of the 200 seats.", "200", "74"},
		{"The bodies of three more people, including a woman, were found under the rubble of a five-storey building.", "", "five-storey"},
		{"Five people were hurt, including the driver of a four-seat car.", "", "four-seat"},
		{"Three people were hurt, including a nurse, and police arrested two men.", "", "two"},
		{"Three people died, including a child in one of the 12 houses.", "", "12"},
		{"He faces 11 charges, eight of fraud and three of false accounting.", "11", "eight"},
		{"He faces 11 charges, eight of fraud and three of false accounting.", "11", "three"},
		{"Police seized 40 kilograms of cocaine, and six of the suspects were charged.", "", "six"},
		{"Waves killed about 230,000 people in a dozen countries, around 170,000 of them in Aceh.", "about 230,000", "around 170,000"},
		{"Waves killed 230 people in 14 villages, 11 of them in Osk.", "14", "11"},
		{"About 9,800 of the roughly 28,000 flights had been canceled.", "roughly 28,000", "About 9,800"},
		{"Karsten fired 120 missiles on Monday and launched 35 drones on Tuesday, 50 of which were intercepted.", "35", "50"},
	} {
		claims := extractText(t, lx, tt.text)
		part := claimQuoted(claims, model.QuantityClaim, tt.part)
		require.NotNil(t, part, tt.text)
		if tt.whole == "" {
			assert.Empty(t, part.Parent, tt.text)
			continue
		}
		whole := claimQuoted(claims, model.QuantityClaim, tt.whole)
		require.NotNil(t, whole, tt.text)
		assert.Equal(t, whole.ID, part.Parent, tt.text)
	}
}

// TestListedPartsShareWhole checks that parts joined after "including" are
// parts of the same whole, and that a figure after the list is not.
func TestListedPartsShareWhole(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	claims := extractText(t, lx, "Nine people were killed, including two firefighters and three pilots. Rescuers found 12 cars.")
	whole := claimQuoted(claims, model.QuantityClaim, "Nine")
	require.NotNil(t, whole)
	for _, q := range []string{"two", "three"} {
		c := claimQuoted(claims, model.QuantityClaim, q)
		require.NotNil(t, c, q)
		assert.Equal(t, whole.ID, c.Parent, q)
	}
	assert.Empty(t, claimQuoted(claims, model.QuantityClaim, "12").Parent, "another sentence's figure")
}

// TestAboutRange checks how far "about" reaches: 10% round a figure of one
// significant digit, 5% round one that states a second, 2% round one that
// states a third.
func TestAboutRange(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		text, quote string
		lo, hi      float64
	}{
		{"About 4,000 buildings were destroyed.", "About 4,000", 3600, 4400},
		{"About 40 buildings were destroyed.", "About 40", 36, 44},
		{"About 3,800 buildings were destroyed.", "About 3,800", 3610, 3990},
		{"About 45 buildings were destroyed.", "About 45", 42.75, 47.25},
		{"About 412 buildings were destroyed.", "About 412", 403.76, 420.24},
		{"Hackers stole about $4.12 billion.", "about $4.12 billion", 4.0376e9, 4.2024e9},
	}
	for _, tt := range tests {
		t.Run(tt.quote, func(t *testing.T) {
			c := claimQuoted(extractText(t, lx, tt.text), model.QuantityClaim, tt.quote)
			require.NotNil(t, c)
			assert.InDelta(t, tt.lo, c.Value.Lo, 1e-9)
			assert.InDelta(t, tt.hi, c.Value.Hi, 1e-9)
		})
	}
}

// TestWebAddress checks that the words and figures of a web address give
// no claim: "three-dead-and-12-hurt" names a page.
func TestWebAddress(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	for _, text := range []string{
		"Osk News\n\nThe ministry posted its report at https://example.com/news/three-dead-and-12-hurt on its site.",
		"Osk News\n\nThe ministry posted its report at www.osk-news.com/2024/05/14/40-killed-in-osk on its site.",
	} {
		assert.Empty(t, quotes(extractText(t, lx, text)), text)
	}
}
