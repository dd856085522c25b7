package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/reconcile-news/reconcile/model"
	"github.com/reconcile-news/reconcile/reconcile/lexicon"
)

// roleTexts lists the role claims of claims as "person=role".
func roleTexts(claims []model.Claim) string {
	return claimTexts(claims, func(c *model.Claim) bool { return c.Kind == model.RoleClaim },
		func(c *model.Claim) string { return c.Subject + "=" + c.Value.Text })
}

// TestRoles pins the titles read before a name, in appositives and after
// possessives, each next to a lookalike.
func TestRoles(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		name, text, want string
	}{
		{"title before a name", "Foreign Minister Nadia Korvell said the plan was fair.", "nadia korvell=minister"},
		{"a commandant and a vice commandant", "Coast Guard Commandant Tomas Quellin spoke. Coast Guard Vice Commandant Ilse Varn spoke.",
			"tomas quellin=commandant of coast guard; ilse varn=vice commandant of coast guard"},
		{"a deputy before a portfolio", "Deputy Emergency Situations Minister Teodor Vask said the search would go on.",
			"teodor vask=deputy minister of emergency situations"},
		{"a former deputy before a portfolio", "Former Deputy Finance Minister Ana Kress spoke.", "ana kress=former deputy minister of finance"},
		{"a harbour master and a deputy", "Harbour Master Ingrid Sollvik spoke. Deputy Harbour Master Jonas Brekk spoke.", "ingrid sollvik=harbour master; jonas brekk=deputy harbour master"},
		{"a minister of a portfolio", "Minister of Mines Ilse Varnholm visited the pithead.", "ilse varnholm=minister of mining"},
		{"a deputy minister of a portfolio", "Deputy Minister of Finance Oren Kass spoke on Monday.", "oren kass=deputy minister of finance"},
		{"a hyphenated title and its deputy", "Auditor-General Irena Dosvalt spoke. Deputy Auditor-General Oren Kass spoke.",
			"irena dosvalt=auditor general; oren kass=deputy auditor general"},
		{"a librarian and a councillor", "City Librarian Maren Tolvaj spoke. Councillor Rafe Imbrecht spoke.", "maren tolvaj=librarian; rafe imbrecht=councillor"},
		{"a department's director is no plain director", "Safety Director Marit Solvane spoke. Research Director Ilse Varn spoke.",
			"marit solvane=safety director; ilse varn=research director"},
		{"a portfolio before a minister's title stays a portfolio", "Former finance minister Radek Oslund spoke.",
			"radek oslund=former minister of finance"},
		{"a managing director is no plain director", "Managing Director Lukas Wendl spoke. Operations Director Ilse Varn spoke.",
			"lukas wendl=managing director; ilse varn=operations director"},
		{"status and owner before a name", "Saravelian Foreign Minister Nadia Korvell and former President Bohdan Mazurenskyy met in Lisova.",
			"nadia korvell=minister; bohdan mazurenskyy=former president"},
		{"possessive owner", "Valdoria's President Bohdan Mazurenskyy visited Gresk.", "bohdan mazurenskyy=president of valdoria"},
		{"a chief information security officer", "Chief Information Security Officer Dalia Vorsk spoke.", "dalia vorsk=chief information security officer"},
		{"a ship's officers", "Captain Ilse Marven spoke. First Officer Jonas Brekk spoke. Chief Engineer Pavel Drozan spoke.",
			"ilse marven=captain; jonas brekk=first officer; pavel drozan=chief engineer"},
		{"chief officers of investment and risk", "Chief Investment Officer Marek Dalvo spoke. Chief Risk Officer Ilse Varn spoke.",
			"marek dalvo=chief investment officer; ilse varn=chief risk officer"},
		{"a state in one word with the title, first", "Ex-president Halvard Sten attended the talks.", "halvard sten=former president"},
		{"a state in one word with the title, last", "Valdoria's President-elect Mira Tollen met investors.", "mira tollen=president-elect of valdoria"},
		{"a state joined to its title opening a sentence", "Then-President Halvard Sten spoke.", "halvard sten=former president"},
		{"a state after its title", "President elect Ivo Hart spoke in Gresk.", "ivo hart=president-elect"},
		{"a general manager is no coach", "Tollmere Stadium General Manager Tobias Rennick spoke.", "tobias rennick=general manager of tollmere stadium"},
		{"a finance director keeps the portfolio word of a minister's title", "Finance Director Pavel Drozd spoke. Former finance minister Radek Oslund spoke. Former finance director Ivo Hart spoke.",
			"pavel drozd=finance director; radek oslund=former minister of finance; ivo hart=former finance director"},
		{"a plant manager is no coach", "Plant Manager Irena Dovak spoke. Branch manager Denise Okafor spoke.", "irena dovak=plant manager; denise okafor=branch manager"},
		{"a department's title before a director's keeps its capitals", "Former Met Office director Anselm Tirr spoke. Site director Jurgen Sallow spoke.",
			"anselm tirr=former head; jurgen sallow=head"},
		{"a manager is a coach", "Rovers manager Tobias Rennick spoke.", "tobias rennick=coach"},
		{"a deputy coordinator", "Deputy Regional Emergency Coordinator Brann Halvik spoke.", "brann halvik=deputy coordinator of regional emergency"},
		{"a time of day is no prime minister", "It made its closest approach at 3.42pm Eastern Time on Wednesday.", ""},
		{"a hospital's name is no general's", "Staff at Brennholt General Hospital found ransom notes.", ""},
		{"a deputy general secretary", "Deputy General Secretary Maren Holtz said members had no choice.", "maren holtz=deputy secretary"},
		{"a treasurer and a deputy treasurer", "City Treasurer Tomas Reyvik spoke. Deputy Treasurer Ana Vell spoke.", "tomas reyvik=treasurer; ana vell=deputy treasurer"},
		{"a chairwoman", "Chairwoman Ilse Marn opened the meeting.", "ilse marn=chairman"},
		{"a warden", "The minister suspended Warden Kasimir Doleth on Wednesday.", "kasimir doleth=warden"},
		{"a deputy's title is its own", "Deputy Prime Minister Piet Oren met Vice President Jane Dorn.", "piet oren=deputy prime minister; jane dorn=vice president"},
		{"an assistant's title is its own", "Assistant Chief Constable Mara Voskel met Deputy Chief Constable Ivo Hart.", "mara voskel=assistant chief constable; ivo hart=deputy chief constable"},
		{"a portfolio that is also a title word", "Justice Minister Dorin Valescu met Interior Minister Ada Lind.", "dorin valescu=minister of justice; ada lind=minister of interior"},
		{"a role before a rank", "Air Force spokesman Colonel Idris Venn spoke.", "idris venn=spokesperson of air force"},
		{"ranks", "Rear Admiral Ansel Brekke met Commodore Ilse Varn and Vice-Rector Piet Oren.", "ansel brekke=rear admiral; ilse varn=commodore; piet oren=vice rector"},
		{"a portfolio before the title", "Energy Minister Sabeth Orrun spoke in Kavrasi.", "sabeth orrun=minister of energy"},
		{"a portfolio by another name", "Internal Affairs Minister Lena Voss spoke in Osk.", "lena voss=minister of interior"},
		{"a portfolio the list does not know is kept as written", "Tourism Minister Ada Lind met Roads Minister Ivo Hart.", "ada lind=minister of tourism; ivo hart=minister of roads"},
		{"a director-general", "Director-General Mattis Orlow told staff the probe had landed.", "mattis orlow=head"},
		{"a speaker and a deputy speaker", "Speaker Ilsa Marrow read the tally to Deputy Speaker Tomas Reyl.", "ilsa marrow=speaker; tomas reyl=deputy speaker"},
		{"a deputy in an appositive", "Piet Oren, the deputy mayor, spoke in Gresk.", "piet oren=deputy mayor"},
		{"a chief's deputy before a portfolio", "Chief Mine Inspector Taddeo Rusk met Deputy Chief Mine Inspector Ilse Varn.",
			"taddeo rusk=inspector of mine; ilse varn=deputy inspector of mine"},
		{"a detective's rank is the rank", "Detective Chief Inspector Maren Holvik met Detective Sergeant Ola Brin.",
			"maren holvik=chief inspector; ola brin=sergeant"},
		{"a chief fire officer", "Chief Fire Officer Tom Reed spoke in Gresk.", "tom reed=chief fire officer"},
		{"a state before a portfolio", "Former finance minister Ilse Marow spoke in Gresk.", "ilse marow=former minister of finance"},
		{"a state before a portfolio of several words", "Former maritime affairs minister Oren Kask toured the harbour.", "oren kask=former minister"},
		{"a state before a deputy and a portfolio", "The talks were led by former deputy trade minister Pell Aramund.", "pell aramund=former deputy minister of trade"},
		{"a state before a body's title", "Former cabin crew union president Dagna Rell said workers had warned for years.", "dagna rell=former president"},
		{"a chief medical officer", "Chief Medical Officer Ilse Marrow said side effects were mild.", "ilse marrow=chief medical officer"},
		{"an inspector's title", "Chief Sanitation Inspector Anselm Quist said the outbreak had not peaked.", "anselm quist=inspector of sanitation"},
		{"a title after a comma before a name is that name's", "Speaking to the Herald Sun, Inspector Bernie Rankin said the figure was low.", "bernie rankin=inspector"},
		{"a prosecutor's title", "Deputy State Prosecutor Halvard Renn said the scheme was a fraud.", "halvard renn=deputy prosecutor"},
		{"a chief executive is a title of its own", "Former chief executive Lina Marsk spoke in Gresk.", "lina marsk=former chief executive"},
		{"a chief economist is no chief and an economist", "Chief Economist Tobin Achterly spoke in Gresk.", "tobin achterly=chief economist"},
		{"a chief financial officer does not", "Chief financial officer Lina Marsk spoke in Gresk.", "lina marsk=chief financial officer"},
		{"a state before a country's abbreviation", "Former US President Ilse Marow met former U.S. envoy Piet Oren.", "ilse marow=former president; piet oren=former envoy"},
		{"a stopword between a state and a title is no portfolio", "The former us President Ilse Marow spoke.", "ilse marow=president"},
		{"a hyphenated word that is no state", "Vice-chair Ilsa Marn spoke in Gresk.", ""},
		{"appositive after a name", "Oren Vasquel, head of the Valdorian Reconstruction Fund, met investors.",
			"oren vasquel=head of the valdorian reconstruction fund"},
		{"appositive with an owner and a status", "Oren Vasquel, Valdoria's former defense minister, met investors.",
			"oren vasquel=former minister of valdoria"},
		{"appositive with an owner and no status", "Oren Vasquel, Valdoria's defense minister, met investors.",
			"oren vasquel=minister of valdoria"},
		{"an owner after an article refers back and names no body", "It is bad, said Ilsa Vennard, the service's deputy director.", "ilsa vennard=deputy head"},
		{"appositive with a title the table does not hold", "Anouk Brell, the service's chief forecaster, spoke.", ""},
		{"a person of a place is the person", "Governor Teodra Halm of Kessary Province called it a blow.", "teodra halm=governor"},
		{"an organization of a thing is one name", "Mira Tollen, head of the Altmere Chamber of Commerce, spoke.", "mira tollen=head of the altmere chamber of commerce"},
		{"appositive before a name", "Karsten's chief negotiator, Teodor Raskin, said the talks went well.",
			"teodor raskin=negotiator of karsten"},
		{"a title word before an organization's name is no role", "Osk have won four Premier League titles.", ""},
		{"a title word inside a works' name is no role", "A fire shut down the Kestrel Head Desalination Plant on Tuesday.", ""},
		{"a title word inside a place's name is no role", "Thousands gathered on Prince Edward Island on Sunday.", ""},
		{"a surname that names a place too is a person's", "On Sunday President Park said little.", "park=president"},
		{"a title word before a person's name is", "Premier Anika Sorel opened the Osk League season.", "anika sorel=prime minister"},
		{"a title with no name is no role", "The president's office said the talks went well.", ""},
		{"a headline's capitals prove nothing", "Minister Quits Over Dam Collapse\n\nThe minister resigned on Friday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, roleTexts(extractText(t, lx, tt.text)))
		})
	}
}

// TestRoleQuotes pins the words a role's quote takes in: the portfolio
// and the owner before a title, and no date word.
func TestRoleQuotes(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		name, text, want string
	}{
		{"a portfolio at the start of a sentence", "Sports Minister Kelda Marrin visited the ground.", "Sports Minister Kelda Marrin"},
		{"a portfolio of two words", "Then Foreign Affairs Minister Ola Brak spoke.", "Foreign Affairs Minister Ola Brak"},
		{"a date word is no portfolio", "On Monday Minister Ola Brak spoke.", "Minister Ola Brak"},
		{"a stopword is no portfolio", "The Minister Ola Brak spoke.", "Minister Ola Brak"},
		{"an owner before an appositive title", "Halden Bay's chief executive, Teodor Vasse, apologised.", "Halden Bay's chief executive, Teodor Vasse"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimTexts(extractText(t, lx, tt.text), func(c *model.Claim) bool { return c.Kind == model.RoleClaim },
				func(c *model.Claim) string { return c.Quote })
			assert.Equal(t, tt.want, got)
		})
	}
}
