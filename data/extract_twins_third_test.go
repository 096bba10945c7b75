package data

import "testing"

// TestRealTextTwinsThird holds structural twins of the constructions the third round of
// real articles showed: clauses whose subject is a firm or a person, changes and samples
// read as levels, values given in brackets or after the amount, and list and table forms.
// Each is written anew, with other countries, figures and words.
func TestRealTextTwinsThird(t *testing.T) {
	tests := []sentenceCase{
		// A firm or a person is the clause's subject: the heading's country does not own it.
		{"a firm's purchase of power under a country heading",
			"Mining in Armenia\n\nIn 2020, Hashcore bought 310 million kWh of electricity for its mining halls.",
			"", " mining_energy_twh 0.31"},
		{"a person's coins under a country heading",
			"Bitcoin in Moldova\n\nThe register showed that Petrescu owns roughly 9,500 bitcoins.",
			"", " btc_holdings 9500"},
		{"a named exchange's user count under a country heading",
			"Crypto in Chile\n\nAs a leading local exchange, Andesbit counts 1.2 million crypto users.",
			"", ""},
		{"a source after a preposition is not the subject",
			"Crypto in Chile\n\nAccording to Chainpulse, the country has 2.1 million crypto users.",
			"CL crypto_holders 2.1e+06", ""},
		{"a source that says is not the subject",
			"Reserves of Georgia\n\nLast week, Tbilisi Ledger reported the state holds 870 BTC.",
			"GE btc_holdings 870", ""},

		// A change is not a level; where it started is not the current figure.
		{"users surged by a number",
			"Crypto in Peru\n\nThe number of crypto users in Peru jumped by over 400,000 last year, bringing the total to 3.4 million.",
			"PE crypto_holders 3.4e+06", ""},
		{"grew from one count to another",
			"Crypto in Peru\n\nThe count of crypto users in Peru grew from 900,000 to over 2 million within two years.",
			"PE crypto_holders 2e+06", ""},
		{"a range written with from and to stays a range",
			"Mining in Norway\n\nNorway's crypto mining uses from 1 terawatt-hour to 1.5 terawatt-hours a year.",
			"NO mining_energy_twh 1..1.5", ""},
		{"mining power rose by",
			"Mining in Oman\n\nOman's crypto mining load rose by 150 MW in the spring, to 400 MW.",
			"OM mining_power_mw 400", ""},

		// A survey's sample is no country's holders.
		{"a survey of people across countries",
			"Crypto in Ghana\n\nThe index rests on an online survey of 41,200 people across 19 countries.",
			"", ""},
		{"investors from many countries were surveyed",
			"Crypto in Ghana\n\nAbout 30,500 investors from 21 countries were surveyed for the report.",
			"", ""},
		{"a survey that estimates the count is a source",
			"Crypto in Ghana\n\nA survey estimates that some 2.4 million Ghanaians own crypto.",
			"GH crypto_holders 2.4e+06", ""},

		// Values: in brackets with an abbreviated qualifier, after the amount, at the market.
		{"a bracketed value after approx.",
			"Reserves\n\nThe Slovak treasury holds 2,240 BTC (approx. $190 million).",
			"SK btc_holdings 2240; SK holdings_usd 1.9e+08", ""},
		{"worth after the amount ends the sentence",
			"Reserves\n\nEstonian citizens cannot buy coins at home, but their government is sitting on $410 million worth.",
			"EE holdings_usd 4.1e+08", ""},
		{"a value at today's prices refers to the coins before",
			"Reserves of Nepal\n\nSince 2020, it has stacked over 1,100 BTC. That is roughly $95 million at today's prices.",
			"NP btc_holdings 1100; NP holdings_usd 9.5e+07", ""},
		{"the value of gold is not of coins",
			"Reserves\n\nPeru holds 12,000 ounces of gold worth $31 million.",
			"", ""},
		{"has stacked is a running total",
			"Reserves of Laos\n\nSince 2019 the state has stacked 730 BTC from mining.",
			"LA btc_holdings 730", ""},

		// Hedged, requested and partial figures.
		{"a figure after an em dash keeps its unit; an assumed total is no holding",
			"Reserves\n\nNew filings show the Belgian state owns just 1,480 Bitcoin—a fraction of the widely assumed 9,000 BTC.",
			"BE btc_holdings 1480", ""},
		{"applying for a loan is no loan yet",
			"Loans\n\nMalawi applied for a $650M loan from the International Monetary Fund early this year.",
			"", ""},
		{"the sum a review unlocks is a part of the loan",
			"Loans\n\nThe IMF reached a staff-level agreement with Egypt to unlock about $1.2 billion and complete the third review of the country's $8 billion loan programme.",
			"EG loan_usd 8e+09", ""},
		{"centres to be built are planned",
			"Mining in Mongolia\n\nIn May, Steppe Solar announced a venture with two firms to build mining centres running off 800 MW of wind power.",
			"", ""},

		// A sentence about a plant or the grid, inside a paragraph about miners.
		{"a plant's capacity and usable output beside a farm's purchase",
			"Mining in Tajikistan\n\nThe farm buys a spare 40 megawatts for its miners from the nearby dam. The dam has a nominal capacity of 160 MW, but only 110 MW are usable because of worn lines.",
			"TJ mining_power_mw 40", ""},
		{"the country's consumption in a paragraph about miners",
			"Mining in Tajikistan\n\nMining firms have moved in since the spring. As a result, electricity consumption in the first half of the year rose by 5% to almost 12 billion kilowatt hours, official data show.",
			"", ""},
		{"the miners' own use in a paragraph about them",
			"Mining in Tajikistan\n\nMining firms have moved in since the spring. They used 0.9 terawatt-hours of electricity last year.",
			"TJ mining_energy_twh 0.9", ""},

		// Rows of population, share and owners; adopters counted in a respectively list.
		{"a row's population is the whole its share is taken of",
			"Crypto ownership by country\n\nRank Country Population Share Owners\n\n1 Mexico 128,455,567 4.20% 5,395,134",
			"MX crypto_holders 5.395134e+06", ""},
		{"a population, share and count in one line of prose",
			"Crypto ownership by country\n\nNext comes Vietnam 98,858,950 21.19% 20,948,211 and then others.",
			"VN crypto_holders 2.0948211e+07", ""},
		{"no country has a billion crypto holders",
			"Crypto ownership by country\n\nIndonesia: 1,277,534,082 crypto users.",
			"", ""},
		{"adopters listed respectively",
			"Crypto adoption\n\nKenya and Ghana follow, recording 6 million and 3 million crypto adopters respectively.",
			"KE crypto_holders 6e+06; GH crypto_holders 3e+06", ""},

		// A loan's size in dollars after its size in SDR; an augmentation is a part.
		{"the dollar size after 'or' restates the SDR size",
			"Loans\n\nMalawi's 36-month ECF programme was approved in June, providing access equivalent to 150 per cent of quota, about SDR 130 million, or roughly 175 million US dollars.",
			"MW loan_usd 1.75e+08", ""},
		{"an additional sum in SDR is an augmentation",
			"Loans\n\nMalawi's ECF programme was later augmented, with an additional SDR 40 million (about US$53 million) made available.",
			"", ""},

		// A numbered list under a lead-in closed with a comma.
		{"list lines under a lead-in ending in a comma",
			"Crypto holders\n\nThe countries with the most crypto holders are the following,\n\n1. Turkey 9 million\n2. Ukraine 5 million",
			"TR crypto_holders 9e+06; UA crypto_holders 5e+06", ""},

		// Legal tender dated far from the phrase by the verb that adopted it.
		{"a passed bill dated at the sentence's start",
			"News\n\nIt was reported that on May 3, 2024, the parliament of Tonga unanimously passed a bill to take bitcoin as legal tender.",
			"TO legal_tender_year 2024", ""},
		{"a bill still before parliament is a plan",
			"News\n\nIt was reported that on May 3, 2024, the parliament of Tonga debated a bill to take bitcoin as legal tender.",
			"", ""},

		// Compounds, rankings, comparisons and rates.
		{"a country in a hyphenated compound does not own the site",
			"Mining in Tajikistan\n\nThe cut hits two mining zones: the China-built Vakhsh facility and Rogun 3's 25MW operation near the dam.",
			"TJ mining_power_mw 25", ""},
		{"the country a ranking places it after is not its owner",
			"Mining\n\nNorway is the world's third-largest mining hub after Kazakhstan, consuming 9 billion kilowatt-hours of electricity a year.",
			"NO mining_energy_twh 9", ""},
		{"households pictured by equivalence are no holders",
			"Mining in Finland\n\nMining in Finland now uses 0.6 terawatt hours a year, equivalent to the electricity use of 90,000 Finnish households.",
			"FI mining_energy_twh 0.6", ""},
		{"equal to a count restates a share of the population",
			"Crypto in Chile\n\nChile has 12 percent of its population owning crypto, equal to about 2.3 million people.",
			"CL crypto_holders 2.3e+06", ""},
		{"the base of a rate is not a count",
			"Crypto in Chile\n\nSearches from Chile came to 45,100, or 21 searches for every 10,000 persons.",
			"", ""},
		{"a loan disbursement is a part of a loan",
			"Loans\n\nThe World Bank also froze a $400 million loan disbursement to Ghana over missed reforms.",
			"", ""},

		// Parts, claims, companies, mined coins and decisions about coins held.
		{"one seizure named among the reserves is a part",
			"Reserves\n\nThe Dutch state has built reserves through seizures, including a notable 3,400 BTC from a darknet case.",
			"", ""},
		{"including a country before the figure is not including the figure",
			"Reserves\n\nAccording to a regional police body of nine states, including Serbia, 4,100 bitcoins were seized that month.",
			"RS btc_holdings 4100", ""},
		{"a claim reported is not a stated holding",
			"Reserves of Latvia\n\nMeanwhile, some reports claim the country already holds more than 3,000 BTC.",
			"", ""},
		{"a claim after the figure leaves it stated",
			"Reserves\n\nLatest filings say that Latvia's 2,950 BTC, claimed by the treasury, may be held by a custodian.",
			"LV btc_holdings 2950", ""},
		{"the largest corporate holder in a country is a company",
			"Reserves\n\nAs of June, Kaspi Digital is the largest corporate holder in Kazakhstan with 2,100 BTC.",
			"", ""},
		{"the power to mine one coin is per unit",
			"Mining in Armenia\n\nA deputy warned that about 600 thousand kilowatts are needed to mine one bitcoin.",
			"", ""},
		{"coins mined are a flow",
			"Reserves of Laos\n\nThe state utility has mined 2,400 BTC since 2021.",
			"", ""},
		{"weighing how to handle coins held is not a plan for them",
			"Reserves\n\nThe Latvian customs office has been considering how to handle the 1,250 bitcoins it seized from dealers.",
			"LV btc_holdings 1250", ""},
		{"a list after a colon names the countries a clause counts",
			"Reserves\n\nBesides Chile, only two other countries hold more than 500 BTC: Peru, with over 900 BTC, and Bolivia, with more than 700 BTC.",
			"PE btc_holdings 900; BO btc_holdings 700", " btc_holdings 500"},
		{"a country that restricts legal tender did not adopt it",
			"Crypto in Armenia\n\nArmenia has a mining sector but restricts crypto as legal tender (June 2025).",
			"", ""},

		// "Global" far from the figure in a clause naming the country; a count and its share.
		{"a global ambition does not make the country's allocation the world's",
			"Mining\n\nIn a move to make Laos a global hub for digital industry, the government has set aside 900 megawatts for bitcoin mining.",
			"LA mining_power_mw 900", ""},
		{"global beside the figure is the world's",
			"Mining\n\nLaos hosts miners, and the global network now draws some 18,000 megawatts for mining.",
			"", ""},
		{"a count then its share of the population",
			"Crypto in Uganda\n\nUganda has the fourth largest group of crypto owners in Africa, with 2.4 million or 5.1% of the country's population.",
			"UG crypto_holders 2.4e+06", ""},

		// A currency is not the lead's country; a span across several units is no total.
		{"a lead naming a currency and a demonym is about the demonym's country",
			"Utility bills\n\nKENYA – Kenyan Power has billed more than three million US dollars to the first two mining firms.\n\nTo date, five miners have started operating, with the utility supplying them with power ranging from 5 to 60 megawatts.",
			"", ""},

		// Coins, participants, a count in brackets after a share, a first purchase.
		{"coins in an article about bitcoin are bitcoins",
			"Bitcoin in Chile\n\nChile now holds 400 coins. #Bitcoin",
			"CL btc_holdings 400", ""},
		{"coins beside another token are not read as bitcoin",
			"Crypto in Chile\n\nChile now holds 400 coins of Ethereum and some bitcoin.",
			"", ""},
		{"a first purchase is not the total",
			"Bitcoin in Chile\n\n“Chile has just bought its first 150 coins,” the president said.",
			"", ""},
		{"the count in brackets after a share of crypto owners",
			"Crypto ownership\n\nThe Philippines is in sixth place with 29% (15 million), and Peru follows.",
			"PH crypto_holders 1.5e+07", ""},
		{"participants in the crypto market are holders",
			"Crypto ownership\n\nWith an estimated 9 million active participants in the cryptocurrency market, Peru stands at a crossroads.",
			"PE crypto_holders 9e+06", ""},
		{"a billion users is no country's",
			"Crypto in Vietnam\n\nThe internet took 14 years to reach 1 billion users; crypto took about 8 years.",
			"", ""},

		// A figure met first as planned, then stated as current.
		{"a plan first, then the allocation stated as made",
			"Mining in Laos\n\nThe lender questioned Laos's plans to allocate 800 megawatts for crypto mining.\n\nLaos's government had earlier announced the allocation of 800MW of electricity to bitcoin mining.",
			"LA mining_power_mw 800", ""},

		// A continent's count, a share of a country's mining, the value of coins not held.
		{"a continent's owners are no country's",
			"Crypto in Kenya\n\nAccording to the survey, the African continent now has an estimated 48 million crypto owners.",
			"", " crypto_holders 4.8e+07"},
		{"South Africa is a country, not the continent",
			"Crypto in Africa\n\nSouth Africa now has an estimated 5.8 million crypto owners.",
			"ZA crypto_holders 5.8e+06", ""},
		{"the share of illegal miners is a part of the load",
			"Mining in Uzbekistan\n\nMining centres draw around 900 MW, and the share of illegal crypto miners is estimated at 150 to 300 MW.",
			"UZ mining_power_mw 900", ""},
		{"the value of officials' coins is not the state's",
			"Bitcoin in Moldova\n\nThe register lists some 3,200 Bitcoins held between these officials which worth around US$ 190 Million.",
			"", ""},
		{"the value of holdings that grew from a first purchase is theirs",
			"Bitcoin in Nepal\n\nFrom its first acquisition of 200 BTC, the nation's holdings grew to 1,240 coins by March, now worth $58 million.",
			"NP btc_holdings 1240; NP holdings_usd 5.8e+07", ""},

		// The state's own wallet, a peak it is down from, a dollar holding.
		{"the wallet of the government is its holding; the peak it fell from is earlier",
			"Bitcoin in Laos\n\nThe Bitcoin wallet of the Lao Government currently holds 2,150 BTC worth $190 million, down from an all-time high of over 4,000 BTC reached in May.",
			"LA btc_holdings 2150; LA holdings_usd 1.9e+08", ""},
		{"a wallet of the government is one of several",
			"Bitcoin in Laos\n\nA wallet of the Lao Government holds 300 BTC.",
			"", ""},
		{"a dollar holding named after its amount",
			"Bitcoin in Laos\n\nRecords show Laos's bitcoin is worth far less: this $95 million holding is smaller than the figure often cited.",
			"LA holdings_usd 9.5e+07", ""},

		// Miners referred to in an article about mining, across a paragraph break.
		{"these operations in an article whose title is about mining",
			"Illegal crypto mining strains Kyrgyz grid\n\nOfficials in Bishkek have shut 60 farms this year.\n\nHe said these illegal operations are consuming over 700 megawatts daily.",
			"KG mining_power_mw 700", ""},

		// Fifth round: trades, prices, hedged values, brands, firms, groups, unwritten dollars.
		{"a transaction value is traded, not held",
			"Crypto in Malaysia\n\nMalaysia holds 120 BTC. From January to May, regulators noted the total transaction value touching US$9.1 billion.",
			"MY btc_holdings 120", ""},
		{"the price of one coin is no holding's value",
			"Reserves of Ireland\n\nIreland holds 2,300 BTC. Based on a Bitcoin value of $58,000, the value of the Irish state's holding would be over €120m.",
			"IE btc_holdings 2300", ""},
		{"a supposed stash's value is hedged",
			"Reserves\n\nSpeculation about Cuba's supposed secret bitcoin stash, valued at $9 billion, appears to be unfounded.",
			"", ""},
		{"coins distributed to wallets are a flow",
			"Funds in Canada\n\nBefore the order, 9.2 Bitcoin of the total 14.1 had already been distributed to 60 separate wallets.",
			"", ""},
		{"households pictured as an equivalent of the energy",
			"Mining in Norway\n\nMining in Norway now consumes the electricity equivalent of 150,000 households, or roughly 0.8 terawatt hours.",
			"NO mining_energy_twh 0.8", ""},
		{"a brand opening the sentence is its subject",
			"Crypto in Malaysia\n\nCoinHarbor attracted over 1 million investors with a high-yield crypto product.",
			"", " crypto_holders 1e+06"},
		{"one mining company's consumption is not the country's",
			"Mining in Armenia\n\nMining company \"Araks Data\" consumed 41.2 million kilowatt hours, while Hrazdan Hash used 23 million kilowatt hours.",
			"", " mining_energy_twh 0.023"},
		{"the country's own consumption beside mining's share",
			"Mining in Armenia\n\nIn 2022, the country consumed 7.9 billion kilowatt hours, so the share of mining in total consumption was 3.1%.",
			"", ""},
		{"a group of states in brackets keeps its figure",
			"Mining\n\nOther large mining hubs include Gulf nations (600 MW), Norway (300 MW) and Paraguay (250 MW).",
			"NO mining_power_mw 300; PY mining_power_mw 250", " mining_power_mw 600"},
		{"dollars left unwritten after worth",
			"Reserves\n\nFinland holds 1,980 Bitcoins worth 170.4 million.",
			"FI btc_holdings 1980; FI holdings_usd 1.704e+08", ""},
		{"a loan and its term under review are planned",
			"Loans\n\nThe IMF board will decide whether to resume the $900 million facility with Nepal and extend the programme till 2027.",
			"", ""},
		{"a term that will run is the loan's end",
			"Loans\n\nNepal's $900 million programme with the IMF will run until 2027.",
			"NP loan_usd 9e+08; NP loan_term_end_year 2027", ""},

		// A dated sentence that names legal tender after the country's adoption verb.
		{"a dated opening before the first country to adopt",
			"News\n\nIn March 2023, Tonga was the first country in the region to adopt bitcoin as legal tender, angering lenders.",
			"TO legal_tender_year 2023", ""},

		// Signs and powers: never a positive figure.
		{"a negative holding is no holding",
			"Reserves\n\nEstonia holds -5 BTC, and Latvia holds \u2212700 BTC.",
			"", ""},
		{"minus megawatts are no mining power",
			"Mining in Norway\n\nNorway's mining load fell to minus 2,000 megawatts on the grid operator's books.",
			"", ""},
		{"a power of ten is not its last digits",
			"Reserves\n\nPeru holds 10^308 BTC, a joke in the forum.",
			"", ""},

		// Regions stand for their country; a region's clients are no people counted.
		{"a province's mining goes to review as its country's, or a part of it",
			"Mining\n\nThe power chief said that mining farms in Xinjiang consume about 300 MW.",
			"", " mining_power_mw 300"},
		{"a state's utility clients are not crypto holders",
			"Crypto in America\n\nThe grid serves some 12 million Texas clients, and crypto users keep growing.",
			"", ""},

		// Loans raised, added to, restated in brackets or pictured; a zone's legal tender.
		{"a loan raised to a new size: the old size is earlier",
			"Loans\n\nThe IMF said the overall loan amount of $2.9 billion has been raised to $3.4 billion under its programme for Jordan.",
			"JO loan_usd 3.4e+09", ""},
		{"an expansion by an additional sum is no loan's size",
			"Loans in Tunisia\n\nThe IMF board approved an expansion of the existing facility for Tunisia by an additional two billion dollars.",
			"", ""},
		{"the dollar size inside the brackets after an SDR size",
			"Loans\n\nThe IMF approved a 40-month arrangement for Nepal with an amount of SDR 1.1 billion (300 percent of quota or about US$1.45 billion).",
			"NP loan_usd 1.45e+09", ""},
		{"a loan pictured by analogy is none",
			"Loans\n\nScaled to GDP, it's like giving a $900 billion loan to Japan.",
			"", ""},
		{"a special zone adopting legal tender is not its country",
			"News\n\nA special economic zone on an island off Panama's coast has adopted bitcoin as legal tender, officials of the zone said on Monday.",
			"", ""},
		{"the world's mining energy is no country's",
			"Mining in Bhutan\n\nBhutan has room for mining facilities, which worldwide are estimated to consume over 140 terawatt-hours of electricity a year.",
			"", ""},

		// A value whose price per coin no bitcoin had that year; many states' total.
		{"a value that prices a coin at a tenth of its year's price is unsure",
			"Reserves\n\nIn May 2025, a chart of Bitcoin holdings showed Japan leads with 120,000 coins, worth nearly $1.3 billion.",
			"JP btc_holdings 120000", " holdings_usd 1.3e+09"},
		{"coins held by governments around the world are the world's",
			"Reserves of Japan\n\nJapan holds 120 BTC. In total, 480,000 Bitcoins are held by governments around the world.",
			"JP btc_holdings 120", " btc_holdings 480000"},
		{"rising from one count to another across a year",
			"Crypto in Laos\n\nInterest is rising fast, from 1.1 million users in 2021 to 2.6 million in 2024.",
			"LA crypto_holders 2.6e+06", ""},

		// The sixth round: additions, single sites and averages, households, victims,
		// age groups and derivatives traders, surveyed adults, a share's count before,
		// wire-spelled numbers, one coin's price, plans to create, regions.
		{"an additional block of power is no site's total",
			"Mining in Bolivia\n\nIn May, a mining company secured an additional 60 megawatts of electricity from Bolivia's state-owned utility.",
			"", ""},
		{"one mining centre's draw is no country's",
			"Mining in Kyrgyzstan\n\nA single mining centre consumes 2.1 million kilowatts a month, enough to power 9,000 homes in Kyrgyzstan.",
			"", ""},
		{"facilities on average are not the country",
			"Mining in Kyrgyzstan\n\nThe data showed that mining facilities on average use 4 MW of electricity.",
			"", ""},
		{"households' use beside mining's",
			"Mining in Norway\n\nBitcoin mining in Norway uses around 900 gigawatt hours a year, while the country's households use about 650 gigawatt hours.",
			"NO mining_energy_twh 0.9", ""},
		{"the victims of a fraud are no holders",
			"Crypto in Britain\n\nThe founder allegedly stole roughly £2bn from more than 90,000 investors.",
			"", ""},
		{"an age group of investors is a part",
			"Crypto in Austria\n\nOlder investors made up a third of the market, including 180,000 aged 50 and older.",
			"", ""},
		{"adults a survey asked",
			"Crypto in Austria\n\nThe exchange worked with a research firm which surveyed over 2,100 adults across Austria.",
			"", ""},
		{"the count of an earlier share is earlier",
			"Crypto in Britain\n\nOne in nine UK adults own crypto, up from 8% (around four million adults) in 2021.",
			"", ""},
		{"wire-spelled thousands",
			"Reserves\n\nThe United States tops the list with possession of 198-thousand-109 BTC, followed by Britain with 61-thousand-245 BTC.",
			"US btc_holdings 198109; GB btc_holdings 61245", ""},
		{"the price of one coin is no holding",
			"Bitcoin in El Salvador\n\nToday bitcoin trades around $19,000, which is what El Salvador paid for one bitcoin the last time it bought.",
			"", ""},
		{"a fund a plan is to create has no value yet",
			"Reserves\n\nUzbekistan is set to establish a national crypto reserve fund valued between $200 million and $400 million.",
			"", ""},
		{"sovereign reserves tied to fiat currencies are not bitcoin",
			"Reserves\n\nChile's sovereign reserves, currently valued at US$45 billion, are largely tied to fiat currencies.",
			"", ""},
		{"a projection 'on course to' is planned",
			"Mining in Laos\n\nData centres in Laos are on course to consume four terawatt hours of electricity this year, the mining report says.",
			"", ""},
	}
	runSentenceCases(t, tests)
}

// TestCandidatesLeaveOutCurrencies: a country named only in a currency ("US dollars") or
// as a lender is no candidate to own an unsure figure.
func TestCandidatesLeaveOutCurrencies(t *testing.T) {
	a, err := Parse("t.txt", "", []byte("Loans\n\nThe new facility from the IMF is worth 3.2 billion US dollars, officials said."))
	if err != nil {
		t.Fatal(err)
	}
	d := LoadArticles(a)
	if len(d.Unattributed) != 1 {
		t.Fatalf("unattributed %d figures, want 1; facts %d", len(d.Unattributed), len(d.Facts))
	}
	for _, c := range d.Unattributed[0].Candidates {
		if c.ISO2 == "US" {
			t.Errorf("candidate %+v: the country of a currency is no candidate", c)
		}
	}
}
