package data

import (
	"strings"
	"testing"
)

// TestRealTextTwinsFourth holds structural twins of constructions the sixth set-aside
// round showed once scored: coins that only share bitcoin's name, limits and shortages
// read as mining power, a capitalised republic taken for "the republic", an anaphor with
// two countries before it, survey screening, and a stash's parts. Each is written anew,
// with other countries, figures and words.
func TestRealTextTwinsFourth(t *testing.T) {
	tests := []sentenceCase{
		// Forks and tokens named after bitcoin are other coins.
		{"a fork's coins listed after bitcoin are not bitcoin",
			"Seizures in Austria\n\nOfficers seized 840 Bitcoins, 910 Bitcoin Cash and 75 Bitcoin SV from the gang.",
			"", " btc_holdings 840"},
		{"a fork named gold is not bitcoin",
			"Seizures in Austria\n\nOfficers also recovered 2,300 Bitcoin Gold from the servers.",
			"", ""},

		// A limit on mining's power is what it may draw, maybe not what it draws: a
		// reader settles it, unless the text also states the figure as a level. A
		// shortage is not mining's at all.
		{"a planned cap on mining power is planned",
			"Mining in Tajikistan\n\nTajikistan will cap the power sold to crypto mining farms at 150 MW nationwide.",
			"", ""},
		{"a headline limiting mining power goes to review",
			"Uzbekistan Limits Electricity for Crypto Mining to 250 MW\n\nThe energy ministry published the rule on Monday.",
			"", " mining_power_mw 250"},
		{"a headline's limit still to come is planned",
			"Uzbekistan to Limit Electricity for Crypto Mining to 250 MW\n\nThe energy ministry published the draft on Monday.",
			"", ""},
		{"a limit also stated as an allotment is the allotment",
			"Uzbekistan Caps Crypto Mining at 250 MW\n\nUzbekistan has set aside 250 MW of grid power for licensed crypto miners.",
			"UZ mining_power_mw 250", ""},
		{"new sites must use less than a figure",
			"Mining in Uzbekistan\n\nNew mining sites will have to draw less than 5 MW each.",
			"", ""},
		{"a shortage of power is not mining power",
			"Mining in Kyrgyzstan\n\nAccording to the grid operator, Kyrgyzstan runs a deficit of about 700 MW of electricity each winter, which miners worsen.",
			"", ""},

		// "The Central Africa Republic" is a country's name, not "the republic" of the paragraph.
		{"a republic's name spelled loosely is not an anaphor",
			"Bitcoin in Latin America\n\nParaguay debated a bitcoin bill in 2021.\nThe Central Africa Republic adopted bitcoin as legal tender in 2022.",
			"CF legal_tender_year 2022", ""},

		// An anaphor after two countries is unsure.
		{"this country after two countries goes to review",
			"Crypto owners in Asia\n\nThe index placed Malaysia seventh with 1.9 million owners. Malaysia was rated ahead of Cambodia, at 9th, even though this Southeast Asian country had more crypto owners – 2.4 million – and a larger share of its people.",
			"MY crypto_holders 1.9e+06", " crypto_holders 2.4e+06"},

		// A survey's screening sample is no count of holders.
		{"adults screened for a survey",
			"Crypto in Greece\n\nThe share was estimated by screening some 1,240 Greek adults, among whom 410 held crypto.",
			"", ""},

		// A stash's parts: the bitcoin part of a state's stash is its holding.
		{"a state's stash includes its bitcoin",
			"Government wallets\n\nThe Norwegian state's stash includes 1.25k BTC and 800 ETH, the tracker shows.",
			"NO btc_holdings 1250", ""},

		// Hedged timing is not a date it happened.
		{"legal tender approved as the article is published, in a sentence without a number",
			"Bitcoin becomes legal tender in Tonga\n\nMarch 3, 2026\n\nTonga has approved Bitcoin as legal tender, the prime minister's office said.",
			"TO legal_tender_year 2026", ""},
		{"legal tender that could come by a month this year is planned",
			"Bitcoin in Samoa\n\nJune 2, 2021\n\nSamoa's minister spoke on Monday. He said the timeline for bitcoin becoming legal tender could happen as early as October or November this year.",
			"", ""},
		{"legal tender that could happen this year is planned",
			"Bitcoin in Samoa\n\nAsked about timing, the minister said bitcoin becoming legal tender could happen as early as this year.",
			"", ""},

		// Only a headline or heading names the country: a reader settles the figure. On
		// articles scored before they were read, the headline's country was right for
		// such figures less than half the time.
		{"a figure whose paragraph names no country waits for review",
			"Seizures in Armenia\n\nInvestigators said the seized wallets held 60 BTC.",
			"", " btc_holdings 60"},
		// Mining power is the exception, measured later on the development set (12 right,
		// 1 wrong): in an article that names one country only, its unnamed mining power is
		// that country's.
		{"mining power in an article naming one country is that country's",
			"Mining in Armenia\n\nOperators switched on 60 MW of new machines over the summer.",
			"AM mining_power_mw 60", ""},
		{"a numbered heading naming only a country ties the lines below it",
			"Five stranded-power stories\n\n## 3. Armenia\n\nMiners take about 60 MW from the grid.",
			"AM mining_power_mw 60", ""},
		{"a country named earlier in the paragraph ties the figure",
			"Mining news\n\nLicensed miners in Armenia expanded this year. They now draw about 60 MW.",
			"AM mining_power_mw 60", ""},
		{"a value after a holding stated earlier follows it",
			"Bitcoin in Nepal\n\nNepal's treasury holds 1,100 BTC.\n\nAt current prices that stash is worth about $95 million.",
			"NP btc_holdings 1100; NP holdings_usd 9.5e+07", ""},
		{"a loan's end after a loan stated earlier follows it",
			"IMF and Laos\n\nThe IMF approved a $300 million loan for Laos in May.\n\nThe programme, meant to steady the currency and rebuild reserves, runs until June 2029.",
			"LA loan_usd 3e+08; LA loan_term_end_year 2029", ""},
		{"the answer to a question naming a country is about it",
			"Five questions on mining\n\nQ: How much energy do miners in Latvia use?\n\nA: Roughly 0.6 TWh in 2024, by our estimate.",
			"LV mining_energy_twh 0.6", ""},

		// Round 7 of the set-aside, once read: coins unloaded or stolen are no holding, a
		// count of a noun is not coins, people deceived are victims, adults asked are a
		// sample, cryptomining is mining, dollars in brackets after pounds take their role.
		{"coins a state offloads are a flow",
			"Portugal Offloads 3,100 BTC After Court Ruling\n\nThe sale drew attention.",
			"", ""},
		{"dollars stolen in bitcoin are no holding's value",
			"Fraud in Chile\n\nOver $300 million in Bitcoin was stolen in the Andes scheme before Chilean police seized the servers.",
			"", ""},
		{"a count followed by its noun is not coins",
			"Fraud in Chile\n\nChilean prosecutors said the scheme expanded to over 2,000 layers of recruiters.",
			"", ""},
		{"people deceived by a scheme are its victims",
			"Fraud in Chile\n\nChilean prosecutors said the scheme deceived more than 900,000 investors.",
			"", ""},
		{"adults asked for a survey are its sample",
			"Crypto in Ireland\n\nThe firm asked over 1,500 Irish adults about their views on crypto.",
			"", ""},
		{"a state that sold its stash of coins no longer holds them",
			"Bitcoin in Peru\n\nPeru is reported to have sold its entire stash of 8,200 Bitcoin, first seized from a pyramid scheme.",
			"", ""},
		{"investors a scheme deceived, in a paragraph about a country",
			"Fraud in Chile\n\nChile's police seized the servers of the Andes scheme. The scheme spread to over 2,000 layers and deceived more than 900,000 investors.",
			"", ""},
		{"we asked adults of a country",
			"Crypto in Canada\n\nWe asked over 1,100 U.S. adults and 900 Canadian adults about their views on digital assets.",
			"", ""},
		{"a German state's seizure is Germany's (it waited for review until annotators were found to agree)",
			"Seizures\n\nThe state of Bavaria seized nearly 1,200 BTC during a criminal investigation last year.",
			"DE btc_holdings 1200", ""},
		{"citizens of a country, set off by a share of its population, own crypto",
			"Crypto ownership around the world\n\nAccording to the aggregator, 0.7 million citizens of Tunisia, or about 5.6% of the population, own cryptocurrency.",
			"TN crypto_holders 700000", ""},
		{"cryptomining is mining",
			"Energy in Finland\n\nThe regulator estimates that electricity use by cryptomining in Finland is around 0.8 terawatt hours a year.",
			"FI mining_energy_twh 0.8", ""},
		{"the IMF approving a fund for a country is a loan",
			"IMF news\n\nThe IMF approved a fund of 900 million dollars for Jamaica at the end of March.",
			"JM loan_usd 9e+08", ""},
	}
	runSentenceCases(t, tests)
}

// TestHeadingOnlyFigureOffersTheHeadingsCountry: a figure left for review because only
// the headline names a country offers that country first, so Enter settles it.
func TestHeadingOnlyFigureOffersTheHeadingsCountry(t *testing.T) {
	a, err := Parse("test.txt", "", []byte("Seizures in Armenia\n\nInvestigators said the seized wallets held 60 BTC."))
	if err != nil {
		t.Fatal(err)
	}
	d := LoadArticles(a)
	if len(d.Unattributed) != 1 {
		t.Fatalf("unattributed: %d, want 1", len(d.Unattributed))
	}
	u := d.Unattributed[0]
	if len(u.Candidates) == 0 || u.Candidates[0].ISO2 != "AM" {
		t.Fatalf("candidates %+v, want Armenia first", u.Candidates)
	}
	if !strings.Contains(u.Why.Country, "only the headline does (Armenia)") || u.Candidates[0].Why != "the country the headline is about" {
		t.Errorf("why %q, candidate %q: not saying only the headline names Armenia", u.Why.Country, u.Candidates[0].Why)
	}
}

// TestRegionSeizureIsItsCountrys: coins a German state's police seized are held by the
// state, and chart for Germany with the region named in the reason; a region's mining
// power still waits in review with its country offered first, since it may be a part.
func TestRegionSeizureIsItsCountrys(t *testing.T) {
	a, err := Parse("test.txt", "", []byte("Seizures\n\nThe state of Bavaria seized nearly 1,200 BTC during a criminal investigation last year.\n\nMining farms in Bavaria draw about 40 MW, the grid operator said."))
	if err != nil {
		t.Fatal(err)
	}
	d := LoadArticles(a)
	if len(d.Facts) != 1 || d.Facts[0].ISO2 != "DE" || d.Facts[0].Metric != BTCHoldings {
		t.Fatalf("facts %+v: want Germany's 1,200 BTC", d.Facts)
	}
	if w := d.Facts[0].Why.Country; !strings.Contains(w, "Bavaria") {
		t.Errorf("why %q does not name the region", w)
	}
	if len(d.Unattributed) != 1 || d.Unattributed[0].Metric != MiningPowerMW || len(d.Unattributed[0].Candidates) == 0 || d.Unattributed[0].Candidates[0].ISO2 != "DE" {
		t.Fatalf("unattributed %+v: want the region's mining power with Germany first", d.Unattributed)
	}
	if w := d.Unattributed[0].Why.Country; !strings.Contains(w, "Bavaria, a region of Germany") {
		t.Errorf("why %q does not name the region", w)
	}
}

// TestOtherLanguages: articles in the real set's other languages, read with their own
// number conventions ("1.400 millones", "208 109", "2,5 millions"), country names and
// words for holding, lending, mining and counting people. Written anew.
func TestOtherLanguages(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a Spanish holding and its value",
			"Reservas de bitcoin\n\nPanamá posee 2.350 bitcoins, valorados en unos 210 millones de dólares.",
			"PA btc_holdings 2350; PA holdings_usd 2.1e+08", ""},
		{"a Spanish IMF loan in thousands of millions",
			"Préstamo del FMI\n\nEl FMI aprobó un préstamo de 1.250 millones de dólares para Ecuador en marzo.",
			"EC loan_usd 1.25e+09", ""},
		{"a Portuguese count of users",
			"Criptomoedas no Brasil\n\nO Brasil tem cerca de 3,5 milhões de usuários de criptomoedas.",
			"BR crypto_holders 3.5e+06", ""},
		{"a French table with spaces between thousands",
			"Les réserves des États\n\nAllemagne | 10 250 BTC | 1,1 milliard de dollars |",
			"DE btc_holdings 10250; DE holdings_usd 1.1e+09", ""},
		{"a dotted decimal in an English article stays a decimal",
			"Bitcoin in Estonia\n\nThe Estonian treasury holds 6.276 BTC, a small sum.",
			"EE btc_holdings 6.276", ""},
		{"an Italian mining figure",
			"Mining in Etiopia\n\nIn Etiopia il governo destina 600 megawatt al mining di bitcoin, secondo il ministero.",
			"ET mining_power_mw 600", ""},
	})
}
