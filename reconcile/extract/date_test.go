package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
	"github.com/reconcile-news/reconcile/reconcile/load"
)

// dateTexts lists the date claims of claims as "quote=text".
func dateTexts(claims []model.Claim) string {
	return claimTexts(claims, isDate, func(c *model.Claim) string { return c.Quote + "=" + c.Value.Text })
}

// isDate reports whether c is a date claim.
func isDate(c *model.Claim) bool { return c.Kind == model.TimeClaim }

// TestDates pins what the date reader reads, each form next to the
// lookalike that must not be read as a date or must read differently.
func TestDates(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		name, text, want string
	}{
		{"absolute", "The dam collapsed on March 3, 2025.", "March 3, 2025=2025-03-03"},
		{"abbreviated month", "Engineers inspected the dam on Jan. 14.", "Jan. 14=January 14"},
		{"day before month", "The dam collapsed on 3 March 2025.", "3 March 2025=2025-03-03"},
		{"month and year", "The war began in February 2022.", "February 2022=2022-02"},
		{"a month takes the year of a later month after it", "She filed for divorce in December 2013, two months after they separated in October.",
			"December 2013=2013-12; October=2013-10"},
		{"a month takes the year of a later month it comes before", "They separated in October and she filed for divorce in December 2013.",
			"October=2013-10; December 2013=2013-12"},
		{"a month after a date with no word of after keeps no year", "The law passed in December 2013 and took effect in February.",
			"December 2013=2013-12; February=February"},
		{"a month of two years keeps none", "They met in October, after talks in December 2013 and after the vote in November 2012.",
			"October=October; December 2013=2013-12; November 2012=2012-11"},
		{"a season before a year", "The increase takes effect in fall 2017.", "fall 2017=2017"},
		{"a season with no preposition is left out of the date", "The fall 2017 figures were revised.", "2017=2017"},
		{"a bare year after a preposition", "Records began in 1911.", "1911=1911"},
		{"a year as a count is not a date", "Officials counted 1911 ballots.", ""},
		{"a year of the era before its figure", "The floor dates from around AD 240.", "AD 240=AD 240"},
		{"a year before the era", "The fort was built in 240 BC and abandoned in 410 AD.", "240 BC=240 BC; 410 AD=AD 410"},
		{"an era with periods", "The temple dates from 2500 B.C.", "2500 B.C.=2500 BC"},
		{"an advert is no era", "They ran the ad 30 times.", ""},
		{"a season is not a year", "It was the best result of the 2014-15 season.", ""},
		{"the day of the month", "Talks will resume on the 20th.", "the 20th=the 20th"},
		{"an ordinal without on is not a day", "It was the 20th round of talks.", ""},
		{"weekday", "Ministers met on Saturday.", "Saturday=Saturday"},
		{"weekday with a date", "The dam collapsed on Monday, March 3.", "Monday=Monday; March 3=March 3"},
		{"a weekday a span ends at", "The strike will go on until Thursday.", "Thursday=through Thursday"},
		{"a weekday a closing lasts until is the reopening's", "The school will stay closed until Thursday.", "Thursday=Thursday"},
		{"not when the closing may last longer", "The park will stay closed until November 10 at the earliest.", "November 10=through November 10"},
		{"a date set off after a weekday a span ends at", "Some homes could be without power until Tuesday, January 26.", "Tuesday=through Tuesday; January 26=through January 26"},
		{"the end of a month a span ends at", "About 3,200 employees will lose their jobs by the end of June.", "June=through June"},
		{"a weekday that stamps a tally", "By Tuesday evening 40 ships were waiting.", "Tuesday=Tuesday"},
		{"a span's end at least", "The park will remain closed until at least November 3.", "November 3=through November 3"},
		{"a date set off after a weekday a span ends at least at", "The orders will stay until at least Saturday, August 9.", "Saturday=through Saturday; August 9=through August 9"},
		{"a weekday of every week is no date", "She played at a club that met on Tuesday nights and opened every Saturday, Tuesday and Friday.", ""},
		{"nor are weekdays listed after one", "The van came every Tuesday and Friday.", ""},
		{"model years are no dates", "The recall covers pickups from the 2011, 2012 and 2013 model years.", ""},
		{"model years from one to another", "Vehicles from 2011 to 2013 model years are affected.", ""},
		{"may is a verb", "Ministers may meet on Friday.", "Friday=Friday"},
		{"may after a preposition is the month", "Ministers will meet in May.", "May=May"},
		{"a month alone is a date only after a preposition", "March organizers said the route was safe.", ""},
		{"a lower-case month word is not a date", "Thousands joined the march on Lisova.", ""},
		{"relative", "The fighting stopped earlier this week.", "earlier this week=earlier this week"},
		{"longest relative phrase", "Talks resume this weekend.", "this weekend=this weekend"},
		{"horizon", "The loan runs through 2026.", "2026=through 2026"},
		{"horizon month", "The ceasefire holds until March.", "March=through March"},
		{"relative horizon", "Valdoria needs the money over the next two years.", "over the next two years=next 2 years"},
		{"relative horizon in decades", "Valdoria needs the money over the next two decades.", "over the next two decades=next 2 decades"},
		{"hours are not a horizon", "Talks continue over the next two hours.", ""},
		{"years ago", "The mill closed three years ago.", "three years ago=3 years ago"},
		{"a unit ago", "The mill closed a decade ago.", "a decade ago=1 decade ago"},
		{"a hedged figure ago", "The mill closed more than 40 years ago.", "more than 40 years ago=more than 40 years ago"},
		{"a large figure ago", "The reef formed 540 million years ago.", "540 million years ago=540,000,000 years ago"},
		{"hours ago are the day of publication, no date", "The mill closed two hours ago.", ""},
		{"a vague number ago is no date", "The mill closed several years ago.", ""},
		{"a span without ago is no date", "He worked three years at the mill.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dateTexts(extractText(t, lx, tt.text)))
		})
	}
}

// TestDateEvents pins which event a date dates: the nearest measure or
// noun before it, or the verb whose object that noun stands in.
func TestDateEvents(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		name, text, want string
	}{
		{"an event word", "The border was closed on Feb. 3.", "Feb. 3=close/close"},
		{"closed until a day reopens then", "The tunnel will remain closed to traffic until April 28.", "April 28=open/"},
		{"known by a new name from a day is renamed then", "The stadium will be known as Orsett Energy Park from July 1.", "July 1=rename/"},
		{"shut till a day reopens then", "The museum will stay shut till Monday.", "Monday=open/"},
		{"closed by a day is closed then", "The tunnel was closed by April 28.", "April 28=close/close"},
		{"an event word and a measure", "Talks on a trade deal collapsed on Friday.", "Friday=collapse/meet"},
		{"stuck is stranded", "It got stuck on Thursday evening.", "Thursday=strand/"},
		{"the clause's verb stuck past a place and a time", "The bus became stuck in drifts near the top of Kessler Pass at about 7:15 p.m. on Friday.", "Friday=strand/"},
		{"a year a thing dates from names no event", "The mosaic floor dates from around AD 240.", "AD 240=/"},
		{"a pipe that burst", "The Eastbridge Crude Line burst early Wednesday.", "Wednesday=rupture/"},
		{"a pipe that ruptured", "The pipeline ruptured early Tuesday.", "Tuesday=rupture/"},
		{"burst into flames is a fire", "A truck burst into flames inside the tunnel on Monday evening.", "Monday=fire/"},
		{"caught fire is a fire", "The ferry caught fire on Thursday.", "Thursday=fire/"},
		{"the verb over its object", "It took an hour to convict Ilse Marow on the fraud charges on Monday.", "Monday=convict/convict"},
		{"a verb and the noun in its object", "Three soldiers were killed in an attack on Monday.", "Monday=kill/kill"},
		{"a phrase over an event noun", "The boards signed off on the agreement on Saturday.", "Saturday=approve/"},
		{"a verb over an event noun leaves it", "The two countries signed an agreement on Wednesday.", "Wednesday=agree/"},
		{"a breakout is an escape", "Guards discovered the breakout during a headcount on Tuesday.", "Tuesday=escape/escape"},
		{"the day in the clause of an event compared since", "The fire is the most serious in the region since the 2017 Greyfen fire, which broke out on August 11 of that year.", "August 11=fire/launch earlier event"},
		{"not the day of what is compared than", "A million asteroids are larger than the one that passed on Wednesday.", "Wednesday=passed/"},
		{"not without a comparative", "The region has been quiet since the Greyfen fire, which broke out on August 11.", "August 11=fire/launch"},
		{"not a day that ends no relative clause", "The blaze is the worst since the fire that spread, and on August 11 crews arrived.", "August 11=spread/launch"},
		{"an event noun before during", "Six riders went down in a crash during the opening junior keirin heat in Adelaide on Friday.", "Friday=crash/"},
		{"an event before a passive verb before during", "The escape was discovered during a headcount on Wednesday morning.", "Wednesday=escape/escape"},
		{"an active verb before during is no passive", "After the explosion crews worked during a night shift on Monday.", "Monday=shift/"},
		{"during opens the sentence", "During a keirin heat on Friday, six riders fell.", "Friday=heat/"},
		{"no event before during", "Guards counted the inmates during a headcount on Tuesday.", "Tuesday=headcount/tally"},
		{"breaking out of a prison is an escape", "Two inmates broke out of the prison early on Sunday.", "Sunday=escape/escape"},
		{"refusing to work is a strike", "About 210 pilots have refused to work since March 5.", "March 5=strike/"},
		{"a measure's verb after the date dates its object", "Kessan police on Friday arrested the owner of the factory.", "Friday=owner/arrest"},
		{"a measure's verb after the date with no object", "Kessan police on Friday arrested 12 protesters.", "Friday=arrest/arrest"},
		{"a named fire broke out", "The Sennet Ridge fire broke out on Tuesday afternoon north of the town.", "Tuesday=fire/launch"},
		{"talks that ended without agreement collapsed", "Talks ended without agreement on Thursday.", "Thursday=collapse/meet"},
		{"a year of an earlier event after by", "The city was devastated by 2009 quake that killed 1,100.", "2009=earthquake/earthquake earlier event"},
		{"a deadline year after by", "The bridge will be finished by 2029.", "2029=finished/"},
		{"a clause of when that tells an age tells no earlier event", "Biscuit vanished from the family's home in August 2009, when she was two years old.", "August 2009=home/"},
		{"a clause of when that tells what befell someone", "He left the club in 2009, when he was arrested for fraud.", "2009=club/ earlier event"},
		{"a date between an operator and its verb", "The operator on March 13 suspended all 52 of its buses.", "March 13=close/close"},
		{"a date set off after its weekday", "The operator on Thursday, March 13, suspended all 52 of its buses.", "Thursday=close/close; March 13=close/close"},
		{"a date set off after the N of the X dates N", "The last major dredging of the river, in 1998, cost $9 million.", "1998=dredging/"},
		{"a date set off after a distance's direction of a place dates no direction", "The store lies 18 kilometres north of the capital, on Saturday.", "Saturday=capital/"},
		{"a fire before a date is no subject of the verb after", "The blaze on March 13 spread to the warehouse.", "March 13=fire/"},
		{"a clause of when that tells an event", "The museum was robbed in 2009, when burglars broke in.", "2009=robbery/ earlier event"},
		{"a preposition is no event", "The ferry capsized near Haldor on Wednesday.", "Wednesday=capsize/"},
		{"a blaze that ignited is a fire", "The blaze ignited on Monday afternoon in grassland.", "Monday=fire/"},
		{"a ballot held on a day is a vote", "Members approved the deal in a ballot held on Sunday.", "Sunday=vote/vote"},
		{"a bus rolled onto its side overturned", "The bus rolled onto its side in a drainage ditch on Saturday.", "Saturday=capsize/"},
		{"a place is no event", "The ferry capsized in rough seas off Orvane's southern coast on Tuesday.", "Tuesday=capsize/"},
		{"a place near is no event", "A bus overturned near the border crossing on Monday.", "Monday=capsize/"},
		{"a landfall", "The storm came ashore on Saturday near Lisk Bay.", "Saturday=landfall/"},
		{"a clock time before the day is the date's own", "The twister touched down southwest of the town of about 3,800 people at 6:41 p.m. on Tuesday.", "Tuesday=land/"},
		{"an age between the verb and the date", "She married fellow swimmer Harry Needs, 23, in September 2014.", "September 2014=marry/"},
		{"a fire erupted", "A fire erupted at the site late Monday.", "Monday=fire/launch"},
		{"fighting erupted", "Heavy fighting erupted on March 9.", "March 9=erupt/"},
		{"a blaze battled right before the day", "Firefighters battled a stubborn blaze on Wednesday.", "Wednesday=battle/"},
		{"a fire that broke out, far before the day", "A fire that broke out at the plant on the eastern edge of Marrowgate late Tuesday forced thousands to flee.", "Tuesday=fire/"},
		{"a blaze battled on a day", "Firefighters battled a stubborn blaze at a chemical plant on Wednesday.", "Wednesday=battle/"},
		{"an offer rejected", "The board rejected the approach on Tuesday.", "Tuesday=reject/"},
		{"a year qualifies a thing", "A battered 1958 electric guitar was sold at auction.", "1958=guitar/ earlier event"},
		{"a year joined to its building dates it", "The 1997-built freighter landed at Orvik.", "1997=produce/produce"},
		{"a year joined to another participle is none", "The 2019-damaged bridge reopened to traffic.", ""},
		{"a decade is no year of a thing", "The guitar was built in a shop that closed in the 1950s.", ""},
		{"a result certified", "The commission certified the final result on Wednesday.", "Wednesday=approve/"},
		{"a campaign launched", "The campaign was launched on April 9.", "April 9=start/launch"},
		{"a day of saying dates no event", "The ferry sank near Osk on Tuesday, he said on Thursday.", "Tuesday=capsize/; Thursday=/say"},
		{"a day of saying after a name", "The airlift began on Saturday, the Foreign Ministry said late on Thursday.", "Saturday=start/; Thursday=/say"},
		{"a day of telling", "The ferry sank on Tuesday, a captain told the Osk Courier Friday.", "Tuesday=capsize/; Friday=/say"},
		{"told to do something on a day is no saying", "The crew was told to leave Osk on Thursday.", "Thursday=rescue/rescue"},
		{"a passive verb of saying dates what it reports", "The first cases were reported in February.", "February=reported/infect"},
		{"a year names an earlier event", "Residents recalled the 2011 earthquake in Serun province.", "2011=earthquake/earthquake earlier event"},
		{"a year that opens a sentence dates its clause's event", "In 2009, an earthquake in Serun province killed 640 people.", "2009=earthquake/earthquake earlier event"},
		{"back in a year", "Back in 2009, an earthquake in Serun province killed 640 people.", "2009=earthquake/earthquake earlier event"},
		{"a year after a colon opens its clause", "It is not the first accident at the site: in 2027, a fire in a loading bay injured four workers.", "2027=fire/fire earlier event"},
		{"a superlative since a year dates the last such event", "It is the deadliest avalanche at a resort since January 2019, when a slide killed six people.", "January 2019=avalanche/avalanche earlier event"},
		{"the first time since a year", "The volcano erupted on Tuesday for the first time since 1987.", "Tuesday=erupt/; 1987=erupt/erupt earlier event"},
		{"since a year with no comparison is no earlier event", "The volcano has been rumbling since 1987.", "1987=rumbling/"},
		{"a year a clause of when tells of", "The raid revived memories of 2009, when burglars broke into the east wing.", "2009=memory/ earlier event"},
		{"a day remembered is an earlier event's, the one of its clause of when", "The explosion revived memories of March 14, 2019, when a boiler rupture at the Castel Rojo mill killed three workers.", "March 14, 2019=rupture/rupture earlier event"},
		{"a day a clause of when follows, unremembered, keeps its sentence's event", "The fault began in the early hours of March 14, when a pump stuck in the open position.", "March 14=start/"},
		{"a year a clause of when follows with no comma", "A previous agreement collapsed in 2016 when Velmora's parliament rejected it.", "2016=collapse/ earlier event"},
		{"a day a clause of when follows is no earlier event", "The raid began on Sunday, when the museum was closed.", "Sunday=start/"},
		{"a clock time is no event", "The quake struck the town at 3:42 a.m. on Tuesday.", "Tuesday=earthquake/strike"},
		{"a clock time is stepped over", "The fire started at about 2:15 p.m. on Sunday beside a road.", "Sunday=fire/launch"},
		{"a name's word is no measure", "The twins were born 40 minutes apart at Prairie View Regional Hospital on June 3, 1998.", "June 3, 1998=apart/"},
		{"a sentence's first word is", "Rescue crews on Thursday freed the miners.", "Thursday=miner/release"},
		{"a body named by a common noun does what follows the day", "Norvalia's competition watchdog on Tuesday approved the takeover.", "Tuesday=approve/approve"},
		{"a body after a comma", "In a surprise move, the city council on Monday ratified the contract.", "Monday=approve/approve"},
		{"a wedding", "The couple married in a private ceremony in Napa Valley, California, in 2006.", "2006=marry/"},
		{"an arrival", "She was 22 when she arrived at the school in September 1967.", "September 1967=arrive/"},
		{"a slide", "The slide came down at about 4:40 p.m. Tuesday on the highway.", "Tuesday=avalanche/"},
		{"an earlier theft once before", "The painting was stolen once before, in 1991.", "1991=robbery/steal earlier event"},
		{"a time before the date is no event", "It sold the station the following year, in 2003.", "2003=station/cost"},
		{"a clause of when after a listed event keeps it", "It was stolen once before, in 1994, when two men hid in the museum until closing time.",
			"1994=robbery/steal earlier event"},
		{"a year since which a share fell", "State funding has fallen 22 percent since 2008, when lawmakers provided $98 million.", "2008=decrease/decrease"},
		{"a year since which a share fell, per cent", "State funding has fallen 22 per cent since 2008.", "2008=decrease/decrease"},
		{"a year since an earlier event a clause tells", "It was the worst storm since June 1967, when a tornado killed four people.",
			"June 1967=storm/storm earlier event"},
		{"the fall of a year is a season", "Residents will pay more starting in the fall of 2014.", "2014=start/cost"},
		{"running aground", "A bulk carrier ran aground on a reef off the Selmar coast early Tuesday.", "Tuesday=aground/"},
		{"a noun's performer after 'by' is stepped over", "Nine people died during a concert by pop singer Isra Deloune at the Veldmark Arena late Saturday.", "Saturday=concert/"},
		{"a body in a phrase of its own does not", "Fines set by the regulator on Tuesday totalled $4 million.", "Tuesday=regulator/fine"},
		{"nor a body a verb's object names", "A report sent by the watchdog on Friday closed the inquiry.", "Friday=watchdog/launch"},
		{"the verb of a clause whose date ends a long phrase", "A 34-year-old man collapsed and died just yards from the finish line of the Riverfront Marathon in Louisville, Kentucky, on Sunday morning.", "Sunday=collapse/"},
		{"a verb as an adjective is none", "Rescuers were still searching a partly collapsed building on Tuesday afternoon.", "Tuesday=building/"},
		{"a verb before an infinitive is none", "The buyer agreed to lend the guitar for an exhibition marking his birthday next year.", "next year=birthday/cost"},
		{"a comma that is no place's ends the clause", "The plant, which collapsed, was demolished by crews from Osk on Monday.", "Monday=crew/"},
		{"the start of an event dates the event", "Blaze broke out before 4 a.m. Saturday, officials say.", "Saturday=fire/"},
		{"the start of no event is a start", "The raid began on Sunday.", "Sunday=start/"},
		{"another date's verb is none", "The results were presented at the congress on Saturday and detailed by the company on Monday.", "Saturday=present/; Monday=company/"},
		{"one date in two parts keeps its verb", "A chunk of glacier crashed onto the village on the afternoon of Wednesday, May 28.", "Wednesday=crash/; May 28=crash/"},
		{"a verb after 'and' keeps the search going", "A man collapsed and died just yards from the finish line of the race in Louisville, Kentucky, on Sunday.", "Sunday=collapse/"},
		{"a hold-up is a robbery", "Two masked men held up a Houston gas station early Sunday.", "Sunday=robbery/"},
		{"a frozen account is closed", "The exchange froze all withdrawals on Tuesday.", "Tuesday=close/"},
		{"a scale after a figure is no event", "The chain collapsed with debts of £58m on Monday.", "Monday=collapse/"},
		{"what a measurement qualifies is no event", "The trawler sank in 50mph winds early on Saturday.", "Saturday=capsize/"},
		{"a count's noun is still read", "Police arrested 12 protesters on Tuesday.", "Tuesday=protester/arrest"},
		{"last been checked is an earlier check", "The main had last been checked for leaks in October 2009.", "October 2009=inspect/inspect earlier event"},
		{"last seen is missing", "Haldane was last seen on the morning of August 14, 1979.", "August 14, 1979=missing/missing"},
		{"ground broken is a start", "Ground was broken in 2015.", "2015=start/"},
		{"a completion", "The harbor wall, completed in 2009, was designed to withstand a storm.", "2009=complete/"},
		{"a currency after a figure is no event", "Depositors withdrew 4.2 billion crowns on Thursday.", "Thursday=withdraw/withdraw"},
		{"an event named by its month and year is an earlier one", "It comes after the July 2015 escape of Joaquin Guzman from the prison.", "July 2015=escape/escape earlier event"},
		{"a landing", "The lander touched down near the pole on Wednesday.", "Wednesday=land/"},
		{"a place phrase of five words", "The lander touched down near the Moon's south pole on Wednesday.", "Wednesday=land/"},
		{"rules that come into force", "The new prices would apply from Monday.", "Monday=effect/cost"},
		{"an agreement signed", "The two countries signed an agreement on Wednesday.", "Wednesday=agree/"},
		{"results published", "The results were published on Wednesday.", "Wednesday=release/"},
		{"a year as recently as which", "The firm employed about 90 people as recently as 2008.", "2008=people/employ"},
		{"a first plan's date", "The line was originally due to open in 2026 and had most recently been scheduled to open in 2028.", "2026=open/ initial; 2028=open/"},
		{"a span's figure in words", "Controllers halted all departures for six hours on Tuesday.", "Tuesday=close/"},
		{"a place phrase of where from", "A failure grounded all departures from the airport for about six hours on Tuesday.", "Tuesday=departure/"},
		{"a walkout", "About 1,400 workers walked out of the refinery on Tuesday.", "Tuesday=strike/walkout"},
		{"a stoppage", "It is the first strike since a four-day stoppage in 2019.", "2019=strike/strike"},
		{"a figure in words is no event", "A flash flood swept six vehicles off the road on Sunday.", "Sunday=flood/"},
		{"an event's own phrase ends at the date", "A massive explosion at a warehouse storing ammonium nitrate fertilizer in the port city of Velmora on Wednesday evening left 34 people dead.", "Wednesday=explode/"},
		{"what was ordered after the date", "The Valdren Health Directorate on Wednesday ordered 34 schools to close.", "Wednesday=close/close"},
		{"a possessive is no event", "Nine people died at the gates of Draskova's Ostrel Park on Saturday.", "Saturday=gate/kill"},
		{"a first act is no plan", "The bridge was initially closed on Tuesday.", "Tuesday=close/close"},
		{"a stranding", "In 2018, 71 pilot whales stranded on the same beach.", "2018=strand/strand earlier event"},
		{"a company that went public", "It is the largest offering since rival Brindlecore went public in 2022.", "2022=list/"},
		{"an inspection last done", "The building's gas installation was last inspected in 2022.", "2022=inspect/inspect earlier event"},
		{"results presented", "Its results were presented on Saturday at the congress.", "Saturday=present/"},
		{"a boat that set sail", "The boat set sail from Tal Esmir on Sunday.", "Sunday=depart/"},
		{"talks to sit down", "Civic Renewal would sit down with the Green Frontier on Thursday.", "Thursday=meet/meet"},
		{"last before the event's verb", "The volcano last erupted in 1978, when about 6,000 people fled.", "1978=erupt/erupt earlier event"},
		{"the last eruption", "The last eruption was in 1978.", "1978=erupt/erupt earlier event"},
		{"last before no event is none", "The last bus left the depot in 1978.", "1978=depot/"},
		{"a year mid-sentence opens nothing", "Officials said in 2027, a fire in a loading bay injured four workers.", "2027=/"},
		{"a year of saying dates a statement the story recalls", "Officials were warned in 2014 that the village sat in a high-risk zone.", "2014=/"},
		{"a previous record's year", "The previous national record was set in 2021, when officers seized 6.1 tonnes.", "2021=record/record earlier event"},
		{"a mark that someone set far before its year", "The Morvenian beat the mark of 2:00:58 that Dario Kessen set on the flat streets of Lunhaven in 2024.", "2024=record/record earlier event"},
		{"a mark set in a year", "The reading broke the 46.1C mark set in Brenmark in 2013.", "2013=record/record earlier event"},
		{"a record far before its year", "It beat the previous national record of 46.1C, set in the eastern city of Brenmark in 2011, by a degree.", "2011=record/record earlier event"},
		{"a record set now is none", "The heatwave set a new national record, and the town last flooded in 2011.", "2011=flood/flood earlier event"},
		{"a year of no listed event dates the thing it qualifies", "Residents recalled the 2011 budget.", "2011=budget/ earlier event"},
		{"a place named is no event, nor what was counted", "Heavy rain flooded 14 villages in northern Valdoria on Tuesday.", "Tuesday=flood/flood"},
		{"a wildfire that broke out dates the fire", "A wildfire broke out on Saturday near Orvell.", "Saturday=fire/"},
		{"so does a fire a clause of 'which' started", "The blaze near Orvell, which started on Friday, has scorched 12,000 hectares.", "Friday=fire/"},
		{"and one 'that' broke out", "A wildfire that broke out on Monday afternoon near Selvira has spread.", "Monday=fire/"},
		{"a day's date after its weekday dates what the weekday does", "Police said on Sunday, May 18, that seven fans died.", "Sunday=/say; May 18=/say"},
		{"so it does of an event", "A fire broke out on Tuesday, March 11, at the plant.", "Tuesday=fire/launch; March 11=fire/launch"},
		{"a crowd surge is a crush, no increase", "Seven fans died in a crowd surge at a turnstile gate on Saturday.", "Saturday=crush/"},
		{"a swearing-in is an inauguration", "Mira Tollen will be sworn in on June 1.", "June 1=inaugurate/"},
		{"what is no place is the event", "Turnout in Tolvar's regional election on Sunday was 58%.", "Sunday=election/"},
		{"a clause the date opens", "Vell was serving a sentence for theft when in July 1967 she escaped from prison.", "July 1967=escape/escape"},
		{"a name after the date", "In 2019, Osk Bank cut 300 jobs.", "2019=decrease/decrease"},
		{"no subject after the date", "On Monday, the court heard the case.", "Monday=/"},
		{"the verb over its object, an event", "Dana Vell escaped from a Lisova prison in 1972.", "1972=escape/escape"},
		{"an event of two words", "Dana Vell broke free on June 10, 1972.", "June 10, 1972=escape/"},
		{"what takes place", "The funeral will take place on Friday.", "Friday=funeral/"},
		{"the head of what takes place", "The funeral of the two firefighters will take place on Friday.", "Friday=funeral/"},
		{"the head of what is scheduled", "The inspectorate's public hearing on the accident is scheduled for April 24.", "April 24=hearing/"},
		{"the head of what is due", "An inquiry into the crash is due on May 3.", "May 3=inquiry/"},
		{"the head before a name", "A vigil for Reyes is planned for 7 p.m. Monday.", "Monday=vigil/"},
		{"the first head of a long phrase", "A detention hearing for Kellerman and six of the other defendants was set for Friday.", "Friday=hearing/"},
		{"what is set up is no plan", "Dabaro was set up in 2017 for families.", "2017=/"},
		{"how an act is done again is no event", "The game will be replayed from the start on March 3.", "March 3=replayed/"},
		{"nor is a redo from scratch", "The race was restarted from scratch on March 3.", "March 3=restarted/"},
		{"a start that is the event", "The festival got off to a good start on March 3.", "March 3=start/"},
		{"a day owns its noun", "Organizers cancelled some races but said Sunday's program would go ahead.", "Sunday=program/"},
		{"a day owns a compound that ends in an event", "Saturday's stand collapse killed seven people.", "Saturday=collapse/"},
		{"a day owns the noun its modifier qualifies", "Sunday's morning launch was canceled.", "Sunday=launch/"},
		{"a participle qualifies the noun a day owns", "Police said Monday's rescued drivers would not be charged.", "Monday=motorist/"},
		{"a verb after the owned noun is none of it", "Last year's festival drew about 300,000 people.", "Last year=festival/"},
		{"a vigil for victims", "A vigil for the victims took place on Tuesday.", "Tuesday=vigil/"},
		{"a name takes place", "The Osk Marathon takes place on Sunday.", "Sunday=osk marathon/"},
		{"a plunge is a crash, not a fall", "A bus plunged off a mountain road late on Saturday.", "Saturday=crash/decrease"},
		{"what gave way collapsed", "A section of haulage tunnel gave way late on Saturday.", "Saturday=collapse/"},
		{"a ceremony of an event dates the event", "Drosny will hand over office at an inauguration ceremony at City Hall on November 3.", "November 3=inaugurate/"},
		{"a time of day is no event", "The ferry capsized near Haldor late on Wednesday.", "Wednesday=capsize/"},
		{"a part of the day is no event", "Soldiers staged a putsch before dawn on Wednesday.", "Wednesday=coup/"},
		{"a name stepped over looks no nearer", "Soldiers tried to overthrow President Osric Vantha before dawn on Wednesday.", "Wednesday=coup/"},
		{"an event before a place phrase", "Troops put down an attempted coup in the capital on Tuesday.", "Tuesday=coup/"},
		{"a verb after a named subject's date", "Gunmen from the Kuvari Front on Friday released nine tourists.", "Friday=release/release"},
		{"a verb after a plural subject's date", "Customs officers on Wednesday intercepted 3.2 tonnes of ivory.", "Wednesday=intercept/intercept"},
		{"a verb after the place of a plural subject", "Customs officers at Port Halvik on Tuesday seized 3.2 tonnes of ivory.", "Tuesday=seize/seize"},
		{"a singular noun before the date is no subject of the verb after", "A shooting in Minneapolis on Wednesday killed two people.", "Wednesday=shooting/"},
		{"an irregular verb after the date", "Valdoria and Kesmarch on Friday met in Selvik.", "Friday=meet/meet"},
		{"a verb of saying after the date is no event", "The Kuvari Front on Friday said the talks had failed.", "Friday=/"},
		{"a place's date is its event's", "A shooting at the Lisova Academy on Wednesday killed two people.", "Wednesday=shooting/"},
		{"the verb over its direct object", "Osk Bank opened the Ossa Lane branch and all three of its offices on Monday.", "Monday=open/"},
		{"a direct object that is a thing", "Tavessa plans to land a spacecraft on the Moon on Thursday.", "Thursday=land/"},
		{"a measure's verb over its object dates the object", "Rebels seized the port of Tal Esmir on Sunday.", "Sunday=port/seize"},
		{"a word before a noun is no verb", "The team was forced to leave the crash site in August.", "August=site/"},
		{"a document names the act better than its verb", "The two sides signed a ceasefire on Monday.", "Monday=ceasefire/"},
		{"a halt is a closure", "Verolac halted production at its Brennock plant on Friday.", "Friday=close/"},
		{"a possessive opens a place phrase", "A boat capsized off their home island on Friday.", "Friday=capsize/"},
		{"a halt in the passive", "Production at Brennock was halted on Saturday.", "Saturday=close/"},
		{"a plan's word is no event", "The next auction, scheduled for March 25, will go ahead.", "March 25=auction/"},
		{"a previous event's date", "At its previous meeting on September 10, the board held rates.", "September 10=meet/meet earlier event"},
		{"an event that opens its clause", "A fire swept through the Dabaro refugee camp in northern Kaveria late Tuesday.", "Tuesday=fire/"},
		{"the object of during, not the event that opens the clause", "A crash happened during a two-man race in Norvania on Sunday.", "Sunday=race/"},
		{"a storm with an adjective before it", "A violent hailstorm tore through the Dorvallo Valley on Tuesday evening.", "Tuesday=storm/"},
		{"an event's verb right before the date", "The collapse occurred on Tuesday night.", "Tuesday=collapse/"},
		{"an event with no article that opens its clause", "Flooding damaged 300 homes in the valley on Monday.", "Monday=flood/damage"},
		{"a clause of its own after the event's verb", "The blaze burned for 31 hours before tugs put it out on Friday.", "Friday=put/burn"},
		{"an event that qualifies the subject", "Investigators said a departing jet struck a turboprop on Tuesday.", "Tuesday=aircraft/strike"},
		{"an adverb of repetition is no event", "The crater lake erupted again on Friday.", "Friday=erupt/"},
		{"a tram that came off the rails derailed", "A crowded city tram came off the rails on a tight bend on Tuesday evening.", "Tuesday=derail/"},
		{"electricity is power", "Some homes could be without electricity until Thursday.", "Thursday=power/"},
		{"a time of day looks no nearer", "Rajan slipped out through an unbolted service gate shortly before 10am on Thursday.", "Thursday=gate/escape"},
		{"a participle of the subject is no event", "A barge carrying styrene slammed into a bridge pier early Wednesday.", "Wednesday=pier/"},
		{"a time's adverb is no event", "The fire started shortly before 9 p.m. on February 9.", "February 9=fire/launch"},
		{"an infinitive is no object", "The loan is to meet Valdoria's needs over the next two years.", "over the next two years=need/meet"},
		{"the early hours look no nearer", "A light fitting shattered at its bakery in Leicester in the early hours of Tuesday.", "Tuesday=bakery/"},
		{"how far from a place is where", "The bus left the road about 6 miles northwest of Alta shortly after 7:30 a.m. Tuesday.", "Tuesday=/"},
		{"a coordinated event after the date", "The van, operated by a tour firm, left Route 9 about 11 miles south of Orlen at around 6:40 p.m. on Tuesday evening and rolled into a ditch.", "Tuesday=capsize/"},
		{"over the town is where", "A fire sent a thick column of black, acrid smoke over the town on Tuesday evening.", "Tuesday=smoke/"},
		{"a turbine toppled", "A wind turbine toppled late Wednesday.", "Wednesday=collapse/"},
		{"an incident that happened names no event", "The incident happened during Tuesday morning rush hour.", "Tuesday=/"},
		{"a year a thing was last done is an earlier event's", "The gate was last overhauled in 2013.", "2013=overhauled/ earlier event"},
		{"a roof that caved in during a practice", "Part of the roof caved in during a junior hockey practice on Tuesday evening.", "Tuesday=collapse/"},
		{"a roof that caved in under a weight", "The roof of a gymnasium in the town of Larkin Falls, Minnesota, caved in under the weight of heavy snow shortly after 4:30 p.m. on Tuesday, sending beams onto the court.", "Tuesday=collapse/"},
		{"a measure of two words ending in one's word", "All eight crew members were hauled aboard the Coral Meridian shortly after dawn on Wednesday.", "Wednesday=rescue/rescue"},
		{"on strike is a walkout", "Varnholt bus drivers are on strike Tuesday.", "Tuesday=walkout/walkout"},
		{"a car that jumped the track", "A roller coaster car jumped the track on Saturday.", "Saturday=derail/"},
		{"a detection", "The contamination was first detected on October 6.", "October 6=detect/"},
		{"close to a figure is a hedge, no closure", "A power failure stranded a train inside the tunnel for close to six hours late Wednesday.", "Wednesday=/"},
		{"a closure still closes", "The plant will close on Friday.", "Friday=close/close"},
		{"what takes effect is dated", "The closures will take effect on March 1.", "March 1=close/close"},
		{"a phrase set off by commas is no measure", "FBI agents recovered the painting, valued at $1.4 million, in a raid on Tuesday.", "Tuesday=raid/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimTexts(extractText(t, lx, tt.text), isDate, func(c *model.Claim) string {
				return strings.TrimSpace(c.Quote + "=" + c.Subject + "/" + c.Measure + " " + c.Version)
			})
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestRelativeDatesResolve checks that relative dates, including ones a
// user adds to the lexicon, resolve against the publication date.
func TestRelativeDatesResolve(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	require.NoError(t, lx.Extend(lexicon.RelativeDates, "last fortnight [-27..-1]", "the past fortnight"))
	docs, err := load.New(lx).Parse("t.txt", ".txt", []byte("Report\n\nPrices rose last week and fell over the past fortnight.\n"))
	require.NoError(t, err)
	docs[0].Source.Published = time.Date(2025, 3, 20, 9, 0, 0, 0, time.UTC)
	day := func(y int, m time.Month, d int) float64 {
		return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	want := map[string][2]float64{
		"last week":          {day(2025, 3, 7), day(2025, 3, 19)},
		"the past fortnight": {day(2025, 2, 21), day(2025, 3, 19)},
	}
	n := 0
	for _, c := range New(lx).Extract(docs[0]).Claims {
		w, ok := want[c.Quote]
		if c.Kind != model.TimeClaim || !ok {
			continue
		}
		n++
		assert.True(t, c.Value.Resolved, c.Quote)
		assert.Equal(t, w, [2]float64{c.Value.Lo, c.Value.Hi}, c.Quote)
	}
	assert.Equal(t, len(want), n)
}

// TestAgoDatesResolve checks that "N units ago" resolves against the
// publication date to within half a unit, and stays unresolved without one.
func TestAgoDatesResolve(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	day := func(y int, m time.Month, d int) float64 {
		return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	pub := time.Date(2025, 3, 20, 9, 0, 0, 0, time.UTC)
	p := day(2025, 3, 20)
	tests := []struct {
		name, text, quote string
		pub               time.Time
		want              [2]float64 // Lo, Hi; zero when unresolved
	}{
		{"days to the day", "The mill closed 10 days ago.", "10 days ago", pub, [2]float64{p - 10, p - 10}},
		{"years to half a year", "The mill closed three years ago.", "three years ago", pub, [2]float64{p - 1278, p - 913}},
		{"a hedge widens the span", "The mill closed about three years ago.", "about three years ago", pub, [2]float64{p - 1388, p - 804}},
		{"no publication date, no calendar", "The mill closed three years ago.", "three years ago", time.Time{}, [2]float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := load.New(lx).Parse("t.txt", ".txt", []byte("Report\n\n"+tt.text+"\n"))
			require.NoError(t, err)
			docs[0].Source.Published = tt.pub
			c := claimQuoted(New(lx).Extract(docs[0]).Claims, model.TimeClaim, tt.quote)
			require.NotNil(t, c)
			assert.Equal(t, tt.want != [2]float64{}, c.Value.Resolved)
			assert.Equal(t, tt.want, [2]float64{c.Value.Lo, c.Value.Hi})
		})
	}
}

// TestModifierYearBodyOnly checks that a year qualifying a thing is read
// in a body, where it states a summary's year, and not in a summary, whose
// own would be set against every such year of its body.
func TestModifierYearBodyOnly(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	claims := extractText(t, lx, "Guitar Sold\n\nKey points\n- Fans bid on a battered 1958 electric guitar\n\nA battered 1958 electric guitar was sold.\n")
	var sections []model.Section
	for _, c := range claims {
		if c.Kind == model.TimeClaim && c.Subject == "guitar" {
			sections = append(sections, c.Section)
		}
	}
	assert.Equal(t, []model.Section{model.Body}, sections)
}

// TestLegalTarget checks that the date of a legal act done to a person
// named as the subject of a passive verb names that person as its target,
// and that no place or object is read so.
func TestLegalTarget(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct{ name, text, want string }{
		{"an age between", "Teodor Varsk, 58, was arrested on March 14.", "March 14=teodor varsk"},
		{"an apposition's person", "Prosecutors said a second suspect, loan officer Mirela Duskin, had been detained on March 19.", "March 19=mirela duskin"},
		{"a place the person is from", "Hensley, of Bradford, West Yorkshire, was sentenced on Friday.", "Friday="},
		{"an object is no subject", "Police arrested Dorin Maskell on Friday.", "Friday="},
		{"the subject of an active verb did the act", "Sheriff Dorin Maskell arrested the owner on Friday.", "Friday="},
		{"no legal act", "Teodor Varsk, 58, was promoted on March 14.", "March 14="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimTexts(extractText(t, lx, tt.text), isDate, func(c *model.Claim) string { return c.Quote + "=" + c.Target })
			assert.Equal(t, tt.want, got)
		})
	}
}
