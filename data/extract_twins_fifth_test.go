package data

import "testing"

// TestRealTextTwinsFifth holds structural twins of constructions the eighth set-aside
// round showed once scored: a headline that rounds the text's figure, futures said with
// "going to", power miners gave back or a country generates, households' power named
// after the figure, legal tender adopted as "it", a sentence restating the one before in
// other units, and a seizure after which a plan is weighed. Written anew, with other
// countries, figures and words.
func TestRealTextTwinsFifth(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		// A headline rounding the figure the text states is the same figure, not a second.
		{"a headline rounding the text's holding is that holding",
			"Norway's Reserve Reaches 4,120 BTC\n\nA purchase this week brings Norway's holdings to roughly 4,120.35 BTC.",
			"NO btc_holdings 4120.35", ""},
		{"a headline rounding to millions is the text's count",
			"Kenya Passes 6 Million Crypto Owners\n\nKenya now has 6.1 million crypto owners, the survey found.",
			"KE crypto_holders 6.1e+06", ""},
		{"a headline figure the text's does not round to stays apart",
			"Norway Holds 4,500 BTC\n\nNorway held 4,120 BTC in March.",
			"NO btc_holdings 4500; NO btc_holdings 4120", ""},

		// "is going to" is a future.
		{"a count a country is going to reach is planned",
			"Crypto in Vietnam\n\nVietnam is going to reach 21 million crypto users in 2027, the study says.",
			"", ""},

		// Power that miners gave back to the grid is not what they draw.
		{"power miners curtailed is not mining power",
			"Mining in Kazakhstan\n\nDuring the August heatwave, miners in Kazakhstan curtailed some 600 MW to spare the grid.",
			"", ""},
		{"power miners released is not mining power",
			"Mining in Norway\n\nNorway's miners released 320 MW when the cold snap came.",
			"", ""},

		// The power homes use, named after the figure, is not mining's; a country's
		// generation is not mining's.
		{"a comparison with the power homes use",
			"Mining in Norway\n\nNorwegian mining farms used 950 GWh last year, more than the 800 GWh used to power the homes of the capital.",
			"NO mining_energy_twh 0.95", ""},
		{"the power a country generates is not mining's",
			"Mining in Paraguay\n\nParaguay's miners take only a sliver of the 8.7 GW of hydropower the country has generated since the dam opened.",
			"", ""},

		// A raise by which something is already done is done.
		{"an allocation raised as the means of a done expansion is current",
			"Mining in Paraguay\n\nParaguay has deepened its bet on bitcoin mining by raising the power reserved for miners to 450 MW.",
			"PY mining_power_mw 450", ""},

		// Legal tender adopted as "it", with the coin named earlier in the clause.
		{"legal tender adopted as it",
			"Bitcoin in Africa\n\nThe Central African Republic's experiment with Bitcoin started with a vote to adopt it as legal tender in 2022.",
			"CF legal_tender_year 2022", ""},

		// "That's N" restates the sentence before in other units.
		{"a restatement of mining's share in kilowatt-hours",
			"Mining in Iran\n\nOfficials said mining farms draw heavily on the grid. They use about 2% of the power Iran consumes. That's roughly 7 billion kilowatt-hours a year.",
			"IR mining_energy_twh 7", ""},
		{"a comparison after that's is not a restatement",
			"Mining in Iran\n\nOfficials said mining farms draw heavily on the grid. They use about 2% of the power Iran consumes. That's less than the 9 billion kilowatt-hours homes use.",
			"", ""},

		// A seizure after which a plan is weighed is done; a country naming a crime is
		// not the one that seized.
		{"coins seized before a plan is weighed",
			"Seizures in Europe\n\nGermany is weighing whether to repay Spain fraud victims after seizing 3,200 Bitcoin from the gang.",
			"DE btc_holdings 3200", ""},
	})
}

// TestListUnderBareHeading: a list of countries under a heading that names no measure
// ("Top Countries") counts what the headline does; under a headline about something
// else its bare numbers are no one's holders. Counts in Indonesian read as in English.
func TestListUnderBareHeading(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a ranking under a bare heading counts the headline's owners",
			"Crypto Ownership Figures\n\nLeading Countries\n1. Brazil (14 million)\n2. Turkey (12 million)",
			"BR crypto_holders 1.4e+07; TR crypto_holders 1.2e+07", ""},
		{"a ranking under a bare heading in an article about something else",
			"Football Attendance Figures\n\nLeading Countries\n1. Brazil (14 million)\n2. Turkey (12 million)",
			"", ""},
		{"an Indonesian count of users",
			"Pengguna kripto di Malaysia\n\nMenurut laporan itu, Malaysia memiliki sekitar 2,5 juta pengguna kripto pada tahun lalu.",
			"MY crypto_holders 2.5e+06", ""},
	})
}

// TestTableValueCell: a table's dollar cell after its bitcoin cell values the holding,
// in English and in French.
func TestTableValueCell(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a value cell after a holding cell",
			"State bitcoin\n\nCountry | BTC held | Value (USD) |\nFinland | 1,981 BTC | $190.2 million |",
			"FI btc_holdings 1981; FI holdings_usd 1.902e+08", ""},
		{"a French value cell",
			"Réserves des États\n\nPays | Avoirs en BTC | Valeur (USD) |\nFinlande | 1 981 BTC | 190,2 millions de dollars |",
			"FI btc_holdings 1981; FI holdings_usd 1.902e+08", ""},
	})
}

// TestSeizureNoun: "the seizure of N BTC" is coins seized, as "seized N BTC" is; a
// country after "victims in" says where the victims were, not who seized.
func TestSeizureNoun(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a seizure named as a noun",
			"Seizures in Europe\n\nPolice in Portugal announced the seizure of 1,450 Bitcoin from a darknet vendor.",
			"PT btc_holdings 1450", ""},
		{"victims in a country do not seize",
			"Seizures in Spain\n\nSpanish police closed the case this week.\nThe seizure of 3,100 Bitcoin is the largest yet, tied to a scheme that cheated victims in Peru.",
			"", " btc_holdings 3100"},
	})
}

// TestRegionAdoptsTender: "This region embraced BTC as legal tender" is a place within a
// country, not the country.
func TestRegionAdoptsTender(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a region's legal tender is not its country's",
			"Charter zones in Guatemala\n\nA charter zone on Guatemala's coast drew investors. This region embraced BTC as legal tender in March 2023, long after El Salvador.",
			"", ""},
	})
}

// TestRealTextTwinsRoundTen holds structural twins of what the tenth round showed once
// read: a loan asked for, a loan that is part of a larger whole or was called off,
// facilities totalled, a province's population, a person's coins, a ranking's bare
// count, dollars of coins said to have been seized, and a population share set off in
// Portuguese. Written anew.
func TestRealTextTwinsRoundTen(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a loan a country asks for is planned",
			"Malawi and the IMF\n\nMalawi asks for its IMF loan to be raised to $350 million.",
			"", ""},
		{"the whole a loan is part of",
			"Jordan and the IMF\n\nThe IMF approves a $1.2 billion Jordan loan, part of $4 billion in wider support.",
			"JO loan_usd 1.2e+09", ""},
		{"a programme called off",
			"Jordan and the IMF\n\nJordan's earlier $700 million IMF programme was cancelled in 2019.",
			"", ""},
		{"facilities totalled after the fact",
			"Malawi and the IMF\n\nThe IMF approved two facilities for Malawi in 2023 amounting to $175 million.",
			"MW loan_usd 1.75e+08", ""},
		{"a province home to its people is a population",
			"Mining in Iran\n\nInspectors found crypto-mining rigs drawing 700 megawatts, equal to the energy usage of a whole Iranian province home to 2.1 million people.",
			"IR mining_power_mw 700", ""},
		{"a region home to crypto users counts them",
			"Crypto in Asia\n\nThailand is home to over 9 million crypto users.",
			"TH crypto_holders 9e+06", ""},
		{"coins in a person's vault are not the state's",
			"Officials' crypto\n\nThe list was topped by a deputy consul of Ukraine in Poland, with 2,310 BTC in his vault.",
			"", ""},
		{"a ranking's bare count in an article about owners",
			"9 Million People Own Cryptocurrency In Thailand\n\nWorldwide, India takes the lead with 93 million.",
			"TH crypto_holders 9e+06; IN crypto_holders 9.3e+07", ""},
		{"dollars of coins that have been seized",
			"Seizures in Europe\n\nMore than $400 million worth of bitcoins have lately been seized by Dutch authorities.",
			"", ""},
		{"a Portuguese share of the population set off after the count",
			"Criptomoedas no mundo\n\nLogo atrás está a Tailândia, com 9 milhões de pessoas que possuem criptomoedas, ou 12,6% da população do país.",
			"TH crypto_holders 9e+06", ""},
	})
}

// TestLeadTellsTopic: a text with no headline is about crypto when its lead paragraph
// says so; a game's players are no country's holders; Portuguese "ativos digitais" are
// crypto and Spanish "bitcoines" are bitcoins.
func TestLeadTellsTopic(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"an untitled text whose lead is about crypto",
			"A adesão às criptomoedas cresce em todo o mundo, segundo um novo levantamento de uma empresa do setor, que mede a parcela da população de cada país.\nJá a terceira posição ficou com a Tailândia, que conta com 9 milhões de investidores nesse setor, ou 12,6% da população.",
			"TH crypto_holders 9e+06", ""},
		{"a game's players",
			"Crypto in Thailand\n\nThailand's crypto scene grew fast. One blockchain game peaked at nearly two million users in early 2022.",
			"", ""},
		{"Portuguese digital assets are crypto",
			"Pesquisa global\n\nNa Tailândia, 9 milhões de pessoas possuem ativos digitais, segundo o levantamento.",
			"TH crypto_holders 9e+06", ""},
		{"Spanish bitcoines",
			"Reservas de bitcoin\n\nSegún el portal oficial, Panamá posee 2.350 bitcoines.",
			"PA btc_holdings 2350", ""},
	})
}

// TestInhabitantsWhoHold: inhabitants who hold crypto are holders in Portuguese as in
// English, when the population is only the share set off after them.
func TestInhabitantsWhoHold(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Portuguese inhabitants who hold crypto",
			"Criptomoedas no mundo\n\nNa Alemanha, 4 milhões de habitantes possuem criptomoedas, equivalente a 4,8% da população do país.",
			"DE crypto_holders 4e+06", ""},
	})
}

// TestRealTextTwinsRoundEleven holds structural twins of what the eleventh round showed
// once read: a loan proposal approved, an arrangement "in an amount equivalent to" a sum,
// a tranche of a loan valued after a comma, a loan paid in tranches, assistance from one
// lender or several, and a share of a plant's output. Written anew.
func TestRealTextTwinsRoundEleven(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"an approved loan proposal is granted",
			"Nepal and the IMF\n\nThe IMF approved a USD 395 million loan proposal for Nepal on Friday.",
			"NP loan_usd 3.95e+08", ""},
		{"a loan proposal not yet approved is planned",
			"Nepal and the IMF\n\nNepal sent the IMF a USD 395 million loan proposal on Friday.",
			"", ""},
		{"an arrangement in an amount equivalent to a sum",
			"Malawi and the IMF\n\nThe IMF board approved an extended credit facility for Malawi in an amount equivalent to about US$175 million.",
			"MW loan_usd 1.75e+08", ""},
		{"a tranche of the loan valued after a comma",
			"Tunisia and the IMF\n\nThe IMF released to Tunisia the third tranche of the loan programme, worth $320 million.",
			"", ""},
		{"a loan payable in tranches is the whole loan",
			"Tunisia and the IMF\n\nThe IMF granted Tunisia a loan of $1.6 billion, payable in several tranches over four years.",
			"TN loan_usd 1.6e+09", ""},
		{"assistance from one lender",
			"Tunisia and the IMF\n\nThe IMF approved $745 million in emergency assistance for Tunisia.",
			"TN loan_usd 7.45e+08", ""},
		{"assistance from several lenders is a package",
			"Tunisia and its lenders\n\nTunisia will get some $4 billion in assistance from the IMF, the World Bank and the African Development Bank.",
			"", ""},
		{"the whole a plant's share is taken from",
			"Mining in Kenya\n\nThe Olkaria plant in Kenya sends 2 MW of the 180 MW it generates to bitcoin miners.",
			"KE mining_power_mw 2", ""},
	})
}

// TestHeadlineFuture: a headline's "Subject to verb" and a state's "is to verb" are
// futures; "the strategy is to hold" is not a state's future tense.
func TestHeadlineFuture(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a headline's subject to verb",
			"IMF to provide $61 million loan to Nepal\n\nThe board met on Monday.",
			"", ""},
		{"a lender is to provide",
			"Nepal and the IMF\n\nThe International Monetary Fund (IMF) is to provide a $61 million loan to Nepal.",
			"", ""},
		{"a headline without the future",
			"IMF provides $61 million loan to Nepal\n\nThe board met on Monday.",
			"NP loan_usd 6.1e+07", ""},
	})
}

// TestPeopleOfOtherLanguages: Spanish, Portuguese, French and Italian write a country's
// people in lower case after a count ("de brasileiros", "gli italiani"): they are its
// people counted, as "Brazilians" are; "entre A et B" is a range.
func TestPeopleOfOtherLanguages(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a Portuguese count of a country's people",
			"Criptomoedas na América Latina\n\nAté o fim de 2024, 4 milhões de chilenos detinham criptomoedas, segundo o levantamento.",
			"CL crypto_holders 4e+06", ""},
		{"an Italian count of a country's people",
			"Cripto in Europa\n\nNel 2024 erano oltre 2,1 milioni gli spagnoli che detengono cripto-attività.",
			"ES crypto_holders 2.1e+06", ""},
		{"a French range of a country's people",
			"Cryptomonnaies en Afrique\n\nEntre 5 millions et 7 millions de marocains détiennent des cryptomonnaies, selon l'étude.",
			"MA crypto_holders 5e+06..7e+06", ""},
		{"a people word far from any count is no country",
			"Criptomonedas\n\nLos chilenos compran cada vez más bitcoin, y el mercado creció 40% en 2024.",
			"", ""},
	})
}

// TestRealTextTwinsRoundTwelve holds structural twins of what the twelfth round showed
// once read. Written anew.
func TestRealTextTwinsRoundTwelve(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"an alleged crime does not hedge the coins seized",
			"Seizures\n\nThe U.S. Department of Justice seized roughly 8,400 Bitcoin linked to an alleged fraud scheme run from Laos.",
			"US btc_holdings 8400", ""},
		{"power enough for homes is still mining's",
			"Mining in Norway\n\nNorway's bitcoin miners can draw more than 300 megawatts at their peak, enough to power about 60,000 homes.",
			"NO mining_power_mw 300", ""},
		{"a programme that expired",
			"Moldova and the IMF\n\nThe IMF's $120 million Extended Credit Facility arrangement with Moldova, signed in 2016, expired in March.",
			"", ""},
		{"immediate access is a first tranche",
			"Jordan and the IMF\n\nThe approval provides Jordan with immediate access to about $130 million, with the rest to be phased over the programme, the IMF said.",
			"", ""},
		{"coins held indirectly through shares",
			"Sovereign funds\n\nSingapore's sovereign wealth fund's indirect bitcoin holdings grew to 2,300 BTC through its shares in listed firms.",
			"", ""},
		{"French people nouns are capitalised",
			"Cryptomonnaies en Europe\n\nIls sont déjà 7% (soit environ 4,7 millions de Français) à détenir des cryptomonnaies.",
			"FR crypto_holders 4.7e+06", ""},
		{"a holding word in a text about no crypto values no holding",
			"Moldova and the IMF\n\nThe programme could be supported by arrangements totalling 260 million SDR, equivalent to about $380 million, the fund said.",
			"", ""},
		{"a people's coins are not the state's",
			"Bitcoin in Canada\n\nThe survey shows that Canadians own approximately 2.1 million bitcoins in total.",
			"", ""},
		{"a capacity likely within two years is planned",
			"Mining in Finland\n\nFinland is very likely to develop a bitcoin mining capacity of 250 MW within the next two years.",
			"", ""},
	})
}

// TestRealTextTwinsRoundThirteen holds structural twins of what the thirteenth round
// showed once read. Written anew.
func TestRealTextTwinsRoundThirteen(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a study's sample of a country's people",
			"Crypto in Czechia\n\nA recent study of 1,450 adult Czechs found that most crypto investors hold for the long term.",
			"", ""},
		{"a language named by a demonym is not its country",
			"Suriname and the IMF\n\nSuriname's economy shrank last year. The IMF approved a US$690 million EFF arrangement for the Dutch-speaking Caribbean country.",
			"SR loan_usd 6.9e+08", ""},
		{"an augmentation of a loan's access is an addition",
			"Suriname and the IMF\n\nThe IMF board approved Suriname's request for an augmentation of access equivalent to SDR 40 million or US$ 53 million and an extension of the EFF arrangement.",
			"", ""},
	})
}

// TestLoanParts: a loan's parts before a combined total, an SDR allocation, access drawn
// from several creditors, and a deal a country expects (in Spanish) are not its loan.
func TestLoanParts(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"parts before a combined total",
			"Guatemala and the IMF\n\nThe IMF approved an SDR 300 million (about US$400 million) arrangement under the EFF and an SDR 150 million (about US$200 million) ECF for Guatemala, for a combined SDR 450 million (about US$600 million).",
			"GT loan_usd 6e+08", ""},
		{"an SDR allocation is no loan",
			"Moldova and the IMF\n\nIn addition, Moldova can use its SDR allocation from the IMF equivalent to about $120 million to cover its immediate financing needs.",
			"", ""},
		{"access from several creditors is a package",
			"El Salvador and the IMF\n\nThe 40-month arrangement gives El Salvador access to up to $3.1 billion from several creditors.",
			"", ""},
		{"a Spanish deal a country expects is planned",
			"El Salvador y el FMI\n\nEl Salvador espera alcanzar un acuerdo de préstamo de 1.200 millones de dólares con el FMI en unas semanas.",
			"", ""},
	})
}

// TestUntitledMiningLead: a text with no headline whose lead speaks of mining carries it
// to a later paragraph's "these operations"; Spanish "criptomineras" are miners.
func TestUntitledMiningLead(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"an untitled lead about mining carries to a later paragraph",
			"Kuwait's crypto mining industry faces an illegal mining crisis. Officials say most devices run without permits.\nThe utility's chief spoke on Sunday about the grid.\nThese unlicensed operations draw more than 120 megawatts of electricity around the clock.",
			"KW mining_power_mw 120", ""},
		{"Spanish crypto miners",
			"Minería en Paraguay\n\nEn Paraguay, las 40 criptomineras registradas usan 280 MW de potencia, según la empresa estatal.",
			"PY mining_power_mw 280", ""},
	})
}

// TestRealTextTwinsRoundFifteen holds structural twins of what the fifteenth round showed
// once read. Written anew.
func TestRealTextTwinsRoundFifteen(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a loan increased by a sum",
			"Angola and the IMF\n\nThe Fund assessed Angola's request to increase the loan by USD 540 million, bringing the total to USD 4.2 billion.",
			"AO loan_usd 4.2e+09", ""},
		{"bilateral financing is not the IMF's loan",
			"Egypt and the IMF\n\nEgypt agreed to the IMF loan in May but had to secure around $4bn in bilateral financing first.",
			"", ""},
		{"a debt-relief deal is not a loan",
			"Sudan and the IMF\n\nIMF approves $1.8bln loan, $30bln debt-relief deal for Sudan",
			"SD loan_usd 1.8e+09", ""},
		{"a loan word across a contrast is not the figure's",
			"Ukraine and the IMF\n\nThe country received the first tranche of $1.7 billion but further loans were frozen.",
			"", ""},
		{"a plant's capacity is not mining's",
			"Mining in Brazil\n\nThe utility may place a bitcoin miner at its 640-megawatt solar plant in Bahia, Brazil.",
			"", ""},
		{"curtailed generation is a change, not mining's energy",
			"Mining in Brazil\n\nBrazil's wind farms curtailed output by about 21 terawatt-hours over four years, which miners hope to use.",
			"", ""},
		{"a shuttered operation",
			"Mining in Malaysia\n\nHe chose Sarawak after he was forced to shutter a 15-megawatt mining operation in China.",
			"", ""},
		{"capacity gained to a country's generation",
			"Mining in Iran\n\nThe mining ban comes after only 1.5 gigawatts (GW) were gained to the country's power generation capacity.",
			"", ""},
		{"a nation of its people is a population",
			"Bitcoin in Cuba\n\nThere are at least 60,000 Cuban bitcoin users in this island nation of roughly 11 million people.",
			"CU crypto_holders 60000", ""},
		{"a seizure told at length before its coins",
			"Seizures in Europe\n\nIn 2019 Romania has seized enough Bitcoin to cover a tenth of its budget gap – a stunning 41,200 Bitcoins.",
			"RO btc_holdings 41200", ""},
		{"people using something else",
			"Bitcoin in Cuba\n\nWith over 6 million Cubans using mobile internet, estimates place the number of Cubans using bitcoin at 150,000.",
			"CU crypto_holders 150000", ""},
		{"the rich among a country's people",
			"Bitcoin in Uganda\n\nAnalysts estimate there are as many as 80,000 Ugandans with over $1,000,000 worth of Bitcoin in their wallets.",
			"", ""},
	})
}

// TestRealTextTwinsRoundSixteen holds structural twins of what the sixteenth round
// showed once read. Written anew.
func TestRealTextTwinsRoundSixteen(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a list after a colon places each count in its country",
			"Crypto in West Africa\n\nA research firm estimates that 9.4 million West Africans own cryptocurrencies: 5.2 million in Nigeria, 1.8 million in Ghana, and 0.9 million in the Ivory Coast.",
			"NG crypto_holders 5.2e+06; GH crypto_holders 1.8e+06; CI crypto_holders 900000", ""},
		{"coins held through stakes in companies",
			"Sovereign funds\n\nThe fund held investments linked to around 2,900 Bitcoin through stakes in listed companies, Denmark's filings show.",
			"", ""},
		{"a sum received under a programme",
			"Niger and the IMF\n\nNiger previously received a total of $190 million under the ECF program since 2023.",
			"", ""},
		{"disbursements brought to a sum",
			"Madagascar and the IMF\n\nThe payment brings disbursements under Madagascar's Extended Credit Facility program to about $210 million so far.",
			"", ""},
		{"a town of its people is a population",
			"Bitcoin in El Salvador\n\nAfter El Salvador made Bitcoin legal tender, this small seaside town of 2,500 people was transformed.",
			"", ""},
	})
}

// TestRealTextTwinsRoundFourteen holds structural twins of what the fourteenth round
// showed once read, after it had been scored as set-aside text. Written anew.
func TestRealTextTwinsRoundFourteen(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a loan for a country's neighbour is the neighbour's",
			"Chad and the IMF\n\nThe Fund agreed a comparable $510 million loan programme for Chad's neighbour Niger only days earlier.",
			"NE loan_usd 5.1e+08", ""},
		{"coins that went missing are not held",
			"Custody failures\n\nAuditors in Lithuania found that 48 BTC kept by a regional prosecutor had vanished from a hardware wallet.",
			"", ""},
		{"coins seized, then gone, are not held",
			"Custody failures\n\nSome 75 Bitcoin seized in a 2022 raid disappeared from an evidence locker in Vilnius, Lithuanian media say.",
			"", ""},
		{"a case named by its coins",
			"Custody failures\n\nLithuania's police began checking all confiscated cryptocurrency holdings after the 75 Bitcoin case.",
			"", ""},
		{"the value of coins whose country is unsure goes with them",
			"Custody failures\n\nLithuania's police seized 640 BTC in a 2021 raid.\n\nThe 31 BTC, worth about $2.9 million today, were held by a district station.",
			"LT btc_holdings 640", " btc_holdings 31;  holdings_usd 2.9e+06"},
		{"people who hold or have held crypto, in Italian",
			"Cripto in Spagna\n\nQuasi 4 milioni di spagnoli possiedono o hanno posseduto criptovalute, secondo lo studio.",
			"", ""},
		{"payments brought to a running total after a disbursement",
			"Zambia and the IMF\n\nThe review unlocks a disbursement of about US$93.1 million, bringing Zambia’s total access under the arrangement to about US$567.8 million.",
			"", ""},
		{"a running total in another currency and dollars",
			"Togo and the IMF\n\nThe new payment, which brings total disbursements under the arrangement to SDR 84.2 million (about US$111.7 million), followed the review.",
			"", ""},
		{"a programme's end after a review that names its borrower",
			"Zambia and the IMF\n\nThe IMF completed the second review of the Extended Credit Facility for Zambia, allowing a disbursement of about US$70 million.\n\nThe board also approved an extension of the arrangement to October 2027.",
			"ZM loan_term_end_year 2027", ""},
		{"a survey report's sample is not a count of holders",
			"Crypto in New Zealand\n\nAn annual crypto survey report of 3,104 adults shows wide use among younger New Zealanders.",
			"", ""},
		{"a foreign firm buying sites in a country",
			"Mining in Paraguay\n\nHashCo, a Canadian bitcoin mining company listed in Toronto, agreed to buy 38 MW of mining facilities in Paraguay for about US$9 million.",
			"PY mining_power_mw 38", ""},
		{"unpaid bills at mining facilities are no loan",
			"Mining in Paraguay\n\nThe utility cut power to two mining facilities in Paraguay over about $4 million in unpaid bills.",
			"", ""},
		{"coins the text says are not the state's",
			"Which states hold the most bitcoin\n\nMoldova is listed with 2,870 BTC, though these coins most likely belong to its officials as private persons, not the state.",
			"", ""},
	})
}

// TestRealTextTwinsRoundEighteen holds structural twins of what the eighteenth round
// showed once read. Written anew.
func TestRealTextTwinsRoundEighteen(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a platform named as the source is not the subject",
			"Crypto owners in Brazil\n\nBrazil leads the region in crypto ownership. According to a broker index and the comparison platform, there are a total of 2.4 crore crypto owners there.",
			"BR crypto_holders 2.4e+07", ""},
		{"an earlier share and its count after a rise",
			"Crypto in Ireland\n\nThe regulator says one in nine (11%) Irish adults own crypto, a rise from 8% (around 300,000 adults) in 2023.",
			"", ""},
		{"a sum in won named by its country's adjective",
			"Crypto in Japan\n\nAbout 60% of Japan's 7.2 million crypto users hold coins worth two million Japanese yen or less.",
			"JP crypto_holders 7.2e+06", ""},
		{"a headline question answered no",
			"150K BTC in Serbian reserves? Sadly no\n\nReports claimed the state was sitting on a vast stash. It was not true.",
			"", ""},
		{"an approximate restatement is the same figure",
			"Customs holdings\n\nAfter holding almost 3,000 bitcoins for five years, Estonia's customs board will sell them.\n\nEstonia's customs board holds 2,964 bitcoins, an audit found.",
			"EE btc_holdings 2964", ""},
		{"a rough value at a range's bound is the range",
			"Sovereign bitcoin\n\nThe kingdom of Nepal holds bitcoin worth approximately $2.1 billion.\n\nNepal's reserve is valued at approximately $2.05 to $2.1 billion.",
			"NP holdings_usd 2.05e+09..2.1e+09", ""},
		{"a lower bound said of the same value",
			"Sovereign bitcoin\n\nNepal's bitcoin reserve is worth $912.4 million, a tracker shows.\n\nNepal counts as a top state holder with over $900 million in BTC.",
			"NP holdings_usd 9.124e+08", ""},
		{"a loan extended by a sum is not that sum",
			"The IMF agrees to extend its loan to Guatemala by $ 142.6 million\n\nThe board approved the extension of its credit to Guatemala by 142.6 million dollars after a third review.",
			"", ""},
		{"the total a relative clause says a loan amounts to",
			"Guatemala and the IMF\n\nThe Fund raised the amount of Guatemala's loan, which with these 142.6 million now amounts to 611 million dollars.",
			"GT loan_usd 6.11e+08", ""},
		{"a headline's sum the text draws from a larger loan",
			"IMF reaches staff-level agreement with Ghana for USD 360 million bailout\n\nThe deal would give Ghana access to USD 360 million from the nearly USD 3 billion bailout approved in 2023 for the country.",
			"GH loan_usd 3e+09", ""},
		{"a loan enlarged in principle is planned",
			"Egypt and the IMF\n\nEgypt and the IMF have agreed, in principle, to extend the programme and increase the loan size to $5 billion, officials said.",
			"", ""},
		{"a facility's total value is its size",
			"Egypt and the IMF\n\nEgypt signed a 46-month Extended Fund Facility (December 2022 to October 2026) with a total value of $3 billion.",
			"EG loan_term_end_year 2026; EG loan_usd 3e+09", ""},
		{"installed capacity in Spanish is not mining's",
			"Minería en Uruguay\n\nUruguay tiene una capacidad instalada de 5 gigavatios (GW) y destinó cerca de 300 MW a la minería de Bitcoin.",
			"UY mining_power_mw 300", ""},
		{"a respectively list with a share in brackets after each count",
			"Crypto users\n\nAhead of Germany come Turkey, India and Mexico, with 14 million (16.2% of the population), 31 million (2.2%) and 9 million (7.1%) crypto users, respectively.",
			"TR crypto_holders 1.4e+07; IN crypto_holders 3.1e+07; MX crypto_holders 9e+06", ""},
		{"the same list in Portuguese",
			"Usuários de cripto\n\nAntes da Alemanha estão Turquia, Índia e México, com 14 milhões (16,2% da população total), 31 milhões (2,2%) e 9 milhões (7,1%) de usuários de cripto, respectivamente.",
			"TR crypto_holders 1.4e+07; IN crypto_holders 3.1e+07; MX crypto_holders 9e+06", ""},
		{"holders in Portuguese and investors in Indonesian",
			"Cripto na Ásia\n\nA Tailândia aparece em segundo lugar com 12,7 milhões de detentores de criptomoedas.\n\nMenurut data regulator, jumlahnya telah mencapai 9,4 juta investor kripto di Malaysia.",
			"TH crypto_holders 1.27e+07; MY crypto_holders 9.4e+06", ""},
		{"new investors per month are a rate",
			"Kripto di Malaysia\n\nRata-rata pertambahan investor kripto di Malaysia mencapai 410.000 per bulan.",
			"", ""},
		{"investors among a survey's respondents",
			"Kripto di Malaysia\n\nDari total 2.310 responden di Malaysia, sebanyak 1.870 investor tercatat memiliki pendapatan rendah.",
			"", ""},
		{"an earlier count after \"naik dari\"",
			"Kripto di Malaysia\n\nJumlah investor kripto di Malaysia meningkat menjadi 9,42 juta investor per November 2025, naik dari 9,18 juta investor pada Oktober 2025.",
			"MY crypto_holders 9.42e+06", ""},
		{"mining power in an article that names one country",
			"Power cuts and mining\n\nAuthorities in Uzbekistan have shut dozens of unlicensed mining farms this winter.\n\nThe head of the grid operator said illegal mining still consumes around 850 MW.",
			"UZ mining_power_mw 850", ""},
		{"coins in an article that names one country stay unsure",
			"Seized coins\n\nAuthorities in Uzbekistan have closed a fraud ring this winter.\n\nInvestigators said the wallets held 120 BTC.",
			"", " btc_holdings 120"},
		{"holding verbs in French and Indonesian",
			"Réserves d'État\n\nLa Finlande suit comme troisième détenteur, possédant environ 2 100 BTC, obtenus par des saisies.\n\nPemerintah Filipina terungkap memiliki simpanan lebih dari 130 Bitcoin (BTC) hasil sitaan.",
			"FI btc_holdings 2100; PH btc_holdings 130", ""},
		{"civil servants' coins in Portuguese are not the state's",
			"Declarações\n\nOs servidores públicos da Moldávia possuem 1.240 bitcoins, segundo as declarações.",
			"", ""},
		{"the nation after a fronted date made bitcoin legal tender",
			"The Central African Republic has dropped its crypto token after an IMF review.\nIn April 2022, the landlocked nation became the second country in the world to make Bitcoin legal tender.",
			"CF legal_tender_year 2022", ""},
		{"a country after an elided French article",
			"Réserves d'État\n\nLes réserves d'Espagne comptent environ 4 300 BTC, selon un traqueur.",
			"ES btc_holdings 4300", ""},
		{"a heading under a site's name rounds the text's figure",
			"Regional News\n\nThailand Has Over 12 Million Crypto Investors\n\nThailand now has more than 12.4 million cryptocurrency holders, a market report says.",
			"TH crypto_holders 1.24e+07", ""},
	})
}

// TestRealTextTwinsRoundNineteen holds structural twins of what the nineteenth round
// showed once read. Written anew.
func TestRealTextTwinsRoundNineteen(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"numbered lines giving only a country, its coins and their value",
			"Together, seven nations own about $5 billion of bitcoin.\nBelow are the governments named above with their estimated stakes.\n1. Sweden – 4,100 BTC ($260 million)\n2. Norway: 950 BTC ($60 million)\n3. Chile - 12 BTC ($0.8 million)",
			"SE btc_holdings 4100; SE holdings_usd 2.6e+08; NO btc_holdings 950; NO holdings_usd 6e+07; CL btc_holdings 12; CL holdings_usd 800000", " holdings_usd 5e+09"},
		{"bulleted lines in French with a decimal comma",
			"Le classement des pays\n\n- Suède – 4 100 BTC\n- Norvège – 950 BTC\n- Pologne – 0,004 BTC",
			"SE btc_holdings 4100; NO btc_holdings 950; PL btc_holdings 0.004", ""},
		{"a term that would have ended is no term",
			"Georgia and the IMF\n\nThe IMF board completed the last review of the Stand-By Arrangement with Georgia and approved a new 24-month SBA.\nThe cancellation of the SBA, which would have expired on June 30, 2026, allows the approval of the new SBA.",
			"", ""},
		{"a sum immediately available is a first tranche",
			"Georgia and the IMF\n\nUpon the Board’s approval of the new SBA, an amount equivalent to SDR 21.7 million (about US$29 million) becomes immediately available to Georgia.",
			"", ""},
		{"coins seized and then sold in the same sentence",
			"Seizures\n\nAfter the Danish police confiscated 2,310 BTC in drug cases in 2019, they were forfeited to the state and then sold in 2022 for $61 million.",
			"", ""},
		{"a seizure only speculated",
			"Seizures\n\nThe Serbian government was speculated to confiscate around 30,000 BTC during a 2018 operation.",
			"", ""},
		{"a relative clause after a name and its bracketed figure",
			"Ranking\n\nThe reserves now exceed those of Panama (2,450), which adopted Bitcoin as legal tender in 2023, and Malta (1,120), known for its exchanges.",
			"PA legal_tender_year 2023", ""},
		{"North Korea in Indonesian",
			"Kripto\n\nKelompok peretas Korea Utara diperkirakan memiliki 12.870 Bitcoin (BTC), menurut sebuah bursa.",
			"KP btc_holdings 12870", ""},
		{"a compared country's possessive owns the figure after it, and coins linked to a country are its",
			"Reserves\n\nThe group tied to Iran now holds more bitcoin than Finland’s 1,981 BTC, and the 2,400 BTC linked to Panama, the region's pioneer.",
			"FI btc_holdings 1981; PA btc_holdings 2400", ""},
		{"countries listed with their coins by \"with\"",
			"Hackers and the state\n\nOnly U.S. authorities with 149,800 BTC, Japan with 21,000 BTC, the Netherlands with 9,300 BTC, and Norway with 4,600 BTC have larger known sovereign bitcoin holdings than Iran.",
			"US btc_holdings 149800; JP btc_holdings 21000; NL btc_holdings 9300; NO btc_holdings 4600", ""},
		{"a French survey's sample",
			"Cryptos en Belgique\n\nSelon le rapport Global State of Crypto, basé sur une enquête menée auprès de 4.000 adultes aux États-Unis, au Canada et en Belgique, le taux d'adoption serait de 12%.",
			"", ""},
		{"a French credit line and its size",
			"Le FMI accorde une nouvelle ligne de crédit de 3,2 milliards de dollars au Kenya",
			"KE loan_usd 3.2e+09", ""},
		{"a Spanish arrangement \"por un monto de\"",
			"El FMI y Bolivia\n\nEl Directorio Ejecutivo del Fondo Monetario Internacional aprobó hoy un acuerdo a favor de Bolivia por un monto de 2.100 millones de dólares.",
			"BO loan_usd 2.1e+09", ""},
		{"a French augmentation is not the loan, the total it reaches is",
			"Le FMI et le Ghana\n\nLe FMI a approuvé une augmentation de 180,5 millions de dollars de ses deux programmes de crédit pour le Ghana, qui atteignent désormais un montant total de 1,9 milliard de dollars.",
			"GH loan_usd 1.9e+09", ""},
		{"a German holding and its worth after it",
			"Bitcoin in Nepal\n\nNepal schürft seit 2021 Bitcoin. Das Königreich hält nun laut einer Analysefirma mehr als 9.000 Bitcoin, die 800 Millionen US-Dollar wert sind.",
			"NP btc_holdings 9000; NP holdings_usd 8e+08", ""},
		{"a Swiss apostrophe between thousands",
			"Bitcoin in Nepal\n\nDas Himalaya-Königreich Nepal hält über 9'400 Bitcoins.",
			"NP btc_holdings 9400", ""},
		{"coins per head are a rate",
			"Bitcoin in Nepal\n\nSo hält Nepal pro Kopf rund 0,02 Bitcoin.",
			"", ""},
		{"French amassed coins, and some analysts' guess",
			"Réserves d'État\n\nLes Pays-Bas ont amassé près de 12 000 BTC grâce à diverses saisies. Certains analystes estiment toutefois que le pays dispose d'au moins 30 000 bitcoins.",
			"NL btc_holdings 12000", ""},
		{"authorities reported confiscating coins",
			"Seizures\n\nAuthorities in the Austrian state of Tyrol reported confiscating roughly 3,100 Bitcoin (BTC) in a fraud case.",
			"AT btc_holdings 3100", ""},
		{"an Indonesian ranking with \"dengan\"",
			"Kripto\n\nAmerika Serikat (AS) berada di puncak daftar dengan kepemilikan 201.400 BTC, diikuti oleh Inggris dengan 58.300 BTC.",
			"US btc_holdings 201400; GB btc_holdings 58300", ""},
		{"a loan a country is hoping for is planned",
			"Egypt and the IMF\n\nEgypt is now hoping for a bigger loan programme worth $4bn to $6bn spanning three years.",
			"", ""},
		{"hoping to do something after adopting it is no plan",
			"Bitcoin in Panama\n\nPanama adopted bitcoin as legal tender in 2023 hoping to cut remittance fees.",
			"PA legal_tender_year 2023", ""},
		{"power miners request is planned, power to spare is not mining's",
			"Mining in Texas\n\nThe demand from crypto miners who, based on their requests to connect to the grid, tops 9 GW.\n\nThe utility says it has 2,000 megawatts to spare for bitcoin miners.",
			"", ""},
		{"a count after \"than the\" is compared with",
			"Crypto in Hungary\n\nThe regulator said there are three times more Hungarians on crypto platforms than the 95,000 investors registered on the stock exchange.",
			"", ""},
		{"a line with a verb is not a bare holding",
			"Seizure news\n\n- Sweden – sold 4,100 BTC last spring",
			"", ""},
	})
}

// TestRealTextTwinsRoundTwenty holds structural twins of what the twentieth round showed
// once read. Written anew.
func TestRealTextTwinsRoundTwenty(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"an augmentation of access given in SDR and dollars",
			"Malawi and the IMF\n\nIn May 2023 the Board approved an augmentation of access of the equivalent of SDR 21.4 million (about US$28.6 million or 15 percent of quota) under the ECF arrangement for Malawi.",
			"", ""},
		{"people who bought at some point are not holders",
			"Crypto in Ireland\n\nAn estimated 640,000 Irish consumers have bought cryptoassets at some point, the regulator's research says.",
			"", ""},
		{"households whose energy use mining equates to",
			"Mining in Canada\n\nIn Canada, bitcoin mining equates to the annual energy consumption of one to two million households.",
			"", ""},
		{"a day's energy is not a year's",
			"Minage au Canada\n\nLes mineurs canadiens engloutissent quotidiennement 31,2 millions de kWh.\n\nCanadian miners use 0.9 million kWh per day at one site.",
			"", ""},
		{"a failed programme is not the loan",
			"Ecuador and the IMF\n\nIt replaces a failed $6.5 billion program from 2019, the largest in the Fund’s history there, for which Ecuador still owes over $4 billion.",
			"", ""},
		{"a state accumulating coins",
			"Reserves\n\nPanama pioneered the approach by making Bitcoin legal tender in 2023, accumulating over 2,500 BTC despite pressure from lenders.",
			"PA legal_tender_year 2023; PA btc_holdings 2500", ""},
		{"a share of the population, or N people, own crypto",
			"Crypto in Ghana\n\nA UN report says that 6.2 percent of Ghana's population or 2.1 million people own cryptocurrencies.",
			"GH crypto_holders 2.1e+06", ""},
		{"a few hundred thousand writes no number",
			"Crypto in Malaysia\n\nIn five years Malaysia has grown from a small crypto market with a few hundred thousand participants to a large one.",
			"", ""},
	})
}

// TestRealTextTwinsRoundTwentyTwo holds structural twins of what the twenty-second round
// showed once read. Written anew.
func TestRealTextTwinsRoundTwentyTwo(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"the total paid out so far, after \"was now\"",
			"Niger and the IMF\n\nThe board said that the total disbursement to Niger under the ECF arrangement was now $188 million.",
			"", ""},
		{"access raised to a sum at that time",
			"Niger and the IMF\n\nAdditional access was approved in May 2021, bringing Niger’s access under the ECF arrangement to $212.4 million at that time.",
			"", ""},
		{"an augmentation named after its bracketed dollars",
			"Nepal and the IMF\n\nThe executive board of the International Monetary Fund (IMF) approved an SDR 41.2 million (equivalent to about $55 million) augmentation to the facility, that will help Nepal cope with the aftermath of the floods.",
			"", ""},
		{"an earlier programme that expired",
			"Moldova and the IMF\n\nThe new arrangements follow a three-year program supported by a Poverty Reduction and Growth Facility, which was approved by the IMF Executive Board in June 2012 and expired in June 2015.",
			"", ""},
		{"a site built by a foreign mining giant is the host's",
			"Mining in Laos\n\nLaos also partners with HashPeak, a Malaysian bitcoin mining giant, running a 240 MW facility in the north.",
			"LA mining_power_mw 240", ""},
		{"the whole a disbursement is part of, when it is a loan, is the loan",
			"The IMF approved the disbursement of $31.2 million to Niger, part of $210.4 million three-year loan secured in 2022.",
			"NE loan_usd 2.104e+08", ""},
		{"a value \"equivalentes a\" a reserve in Spanish",
			"Reservas\n\nActualmente, Panamá posee 2.412 BTC, equivalentes a poco más de USD 240 millones.",
			"PA btc_holdings 2412; PA holdings_usd 2.4e+08", ""},
		{"people holding more than an amount are a part of the holders",
			"Crypto in Japan\n\nClose to 80,000 people in Japan have invested more than ¥10 million each in cryptocurrencies, according to government data.",
			"", ""},
	})
}

// TestRealTextTwinsRoundTwentyThree holds structural twins of what the twenty-third
// round showed once read. Written anew.
func TestRealTextTwinsRoundTwentyThree(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"units of bitcoin in Portuguese, and a ranking opened by \"com\"",
			"Reservas de bitcoin\n\nSozinho, o governo do Canadá possui 48 mil unidades de bitcoin, segundo a empresa.\n\nCom 12 mil unidades de bitcoin, a Suécia ocupa a segunda posição.",
			"CA btc_holdings 48000; SE btc_holdings 12000", ""},
		{"a currency code written against its amount",
			"Barbados and the IMF\n\nBarbados’s application for a three-year Extended Fund Facility with the IMF was approved in the amount of SDR208.0 million or approximately US$290 million.",
			"BB loan_usd 2.9e+08", ""},
		{"a bare Congo in an article about the Democratic Republic of the Congo",
			"The IMF and the Democratic Republic of the Congo\n\nThe IMF approved a $650 million loan to Congo on Monday.",
			"CD loan_usd 6.5e+08", ""},
		{"a figure dated to an earlier year than another of the same country",
			"Mining in Georgia\n\nIn 2020, Georgia-based bitcoin miners used 0.41GW to power their machines.\n\nIn 2021, bitcoin mining in Georgia required 0.69 gigawatts.",
			"GE mining_power_mw 690", ""},
		{"people \"that still hold\" crypto",
			"Crypto in Scotland\n\nThe research was conducted among 1,950 consumers in the United Kingdom. Of the 0.6 million that still hold their cryptoassets, half have more than £300.",
			"GB crypto_holders 600000", ""},
	})
}

// TestRealTextTwinsRoundTwentyFour holds structural twins of what the twenty-fourth
// round showed once read. Written anew.
func TestRealTextTwinsRoundTwentyFour(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"\"mil 400 millones\", and coins added to a reserve",
			"Honduras y el FMI\n\nHonduras llegó a un acuerdo con el FMI para un préstamo de mil 200 millones de dólares; en los días posteriores, el gobierno agregó 17 bitcoins a su Reserva Estratégica.",
			"HN loan_usd 1.2e+09", ""},
		{"power a firm is negotiating for is planned",
			"Mineração no Nepal\n\nEm um relatório, a empresa informou que está negociando adquirir 80 megawatts (MW) de energia para suas operações de mineração no Nepal.",
			"", ""},
		{"a ranking word well before \"after\" a country",
			"Crypto in ASEAN\n\nThe Philippines is the second largest cryptocurrency holder in the ASEAN region after Vietnam, with over 11.2 million crypto holders.",
			"PH crypto_holders 1.12e+07", ""},
	})
}

// TestRealTextTwinsRoundTwentyFive holds structural twins of what the twenty-fifth
// round showed once read. Written anew.
func TestRealTextTwinsRoundTwentyFive(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a ranked list whose names run into their figures",
			"The Top 3 Asian Countries with the Most Cryptocurrency Holders:\n3. Malaysia812,450\n2. Thailand5,120,300\n1. Vietnam17,400,000",
			"MY crypto_holders 812450; TH crypto_holders 5.1203e+06; VN crypto_holders 1.74e+07", ""},
		{"\"el país\" refers back, \"en su poder\" holds",
			"Bitcoin en Centroamérica\n\nPanamá cambió su ley de bitcoin.\n\nEl país centroamericano tiene en su poder una reserva de 2.412 bitcoins.",
			"PA btc_holdings 2412", ""},
		{"dots between thousands and a decimal comma",
			"Reserves\n\nPanama's government holds more than 2.412,76 BTC, the office said.",
			"PA btc_holdings 2412.76", ""},
		{"a French ECF's overall envelope, and disbursements brought to a total",
			"Le FMI et le Gabon\n\nCette FEC conclue avec le Gabon porte sur une enveloppe globale de quelque 520 millions de dollars, dont le versement s’échelonnera jusqu’à la fin de 2026.\n\nCe nouveau versement porte le montant total des décaissements au titre de l’accord FEC à 212,4 millions de dollars.",
			"GA loan_usd 5.2e+08", ""},
		{"a sum cut off after its dollar sign is no loan",
			"Chad and the IMF\n\nThe board approved a 36-month arrangement for Chad in the amount of SDR 1,121.2 million (about US$1,570.",
			"", ""},
		{"disbursements increased to a total, and what remains available",
			"Iraq and the IMF\n\nThe review raises the support disbursed under the arrangement, thereby increasing the total IMF financial support disbursed under the arrangement to about US$820 million.\n\nIraq has extra time to borrow from the $1.1 billion in IMF financing that currently remains available.",
			"", ""},
	})
}

// TestRealTextTwinsSetAsideRead holds structural twins of what rounds 9, 17 and 21
// showed once read, after being set aside for two sessions. Written anew.
func TestRealTextTwinsSetAsideRead(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a Spanish loan quoted in an English article keeps its dotted thousands",
			"Ecuador and the IMF\n\nThe government in Quito kept buying dollars anyway, and the markets stayed calm through the whole of the week. — El FMI aprobó para Ecuador un programa de 2.300 millones de dólares.",
			"EC loan_usd 2.3e+09", ""},
		{"a French article groups thousands with dots",
			"Les États et le bitcoin\n\nEn tête du classement, la Finlande qui détient 1.981 bitcoins, saisis par les douanes lors d'enquêtes judiciaires.",
			"FI btc_holdings 1981", ""},
		{"a dollar sign escaped with backslashes is still a dollar sign",
			"Tonga and the IMF\n\nThe ECF arrangement for Tonga in the amount equivalent to SDR 2.1 million (about US\\\\$2.8 million) was approved by the IMF’s Executive Board in May 2015.",
			"TO loan_usd 2.8e+06", ""},
		{"a ranking's next country ending in s is no demonym of the count before it",
			"Crypto investors\n\nIndonesia leads with a total of 31 million crypto investors, followed by Vietnam with 17 million, and then the Philippines with 12 million.",
			"ID crypto_holders 3.1e+07; VN crypto_holders 1.7e+07; PH crypto_holders 1.2e+07", ""},
		{"a Portuguese ranking, \"seguida pela\" a country \"com\" its count",
			"Investidores em cripto\n\nA Turquia lidera, com um total de 27 milhões de investidores em criptomoedas, seguida pelo Vietnã, com 17 milhões.",
			"TR crypto_holders 2.7e+07; VN crypto_holders 1.7e+07", ""},
		{"the number of holders climbs to reach a count",
			"Crypto in Africa\n\nThe number of holders in Morocco climbed 40% to reach 6 million last year.",
			"MA crypto_holders 6e+06", ""},
		{"a peak left behind is no current figure",
			"Mining in Uzbekistan\n\nUzbekistan has cut the power it sells to crypto mining farms, which now draw about 90 megawatts, a 60% decrease from the peak of 300 megawatts in 2022.",
			"UZ mining_power_mw 90", ""},
		{"\"at its peak\" names an earlier level",
			"Mining in Kyrgyzstan\n\nKyrgyzstan then ordered miners off the grid. At its peak in 2022, crypto mining in the country drew about 400 megawatts (MW) of power.",
			"", ""},
		{"a wallet app's users, and those of them in one country, are the firm's",
			"Cripto en Chile\n\nAsí se movió el mercado en Chile durante 2024, según el informe anual de Buda, una de las mayores billeteras de la región, con 7 millones de usuarios, de los cuales 1,2 millones viven en Chile.",
			"", ""},
		{"a firm the sentence is about counts the users in its relative clause (a guard)",
			"Crypto in the Andes\n\nThe company, founded in Peru in 2018, where it now has 2.3 million users, also operates in Chile.",
			"", ""},
		{"a French number with spaces between thousands and a decimal comma",
			"Les bitcoins de l'État\n\nLa Bulgarie détient encore 2 415,6 bitcoins saisis lors d'une enquête.",
			"BG btc_holdings 2415.6", ""},
		{"a farm a deal is \"to develop\" is planned",
			"Mining in Qatar\n\nIn May, Qatar agreed $200 million in deals, including one with a Dubai-based group to develop a 90-megawatt crypto-mining farm, due to go online next year.",
			"", ""},
		{"power a country is in negotiations to secure is planned",
			"Mining in Nepal\n\nNepal is said to be in negotiations with a listed miner to secure 60 megawatts of power for a bitcoin mining site in the country.",
			"", ""},
		{"what Portuguese says mining \"pode\" reach is planned",
			"Mineração na Etiópia\n\nNa Etiópia, as operações de mineração consomem 400 megawatts de eletricidade, o que pode aumentar para 700 megawatts até o fim do ano.",
			"ET mining_power_mw 400", ""},
		{"a project's first phase is its plan",
			"Mining in Qatar\n\nQatar's new data park is meant for miners. The first phase of the project consists of 120MW of mining capacity.",
			"", ""},
		{"a phase the sentence says is running is not planned (a guard)",
			"Mining in Qatar\n\nQatar's new data park is meant for miners. Its first phase, now operational, draws 50 MW for bitcoin mining.",
			"QA mining_power_mw 50", ""},
		{"a part \"of this amount\" is no figure of its own",
			"Mining in Russia\n\nCrypto miners in Russia use about 1,000 MW, with home-based miners drawing around 80 MW of this amount.",
			"RU mining_power_mw 1000", ""},
		{"\"an added\" capacity is an increment",
			"Mining in Kazakhstan\n\nMining data centres in Kazakhstan stand ready to plug into the grid with an added 1.5GW capacity.",
			"", ""},
		{"US dollars written \"$US\", and the local dollars in brackets after them",
			"IMF deal for Mongolia\n\nUlaanbaatar: The IMF's executive board has approved a nearly $US2.4 billion ($3.6 billion) bailout loan for Mongolia over three years.",
			"MN loan_usd 2.4e+09", ""},
		{"what the IMF \"deverá\" lend is planned",
			"FMI e Moçambique\n\nO Fundo Monetário Internacional deverá apoiar Moçambique com um crédito de US$ 450 milhões, anunciou um responsável do fundo.",
			"", ""},
		{"a second running total coordinated with the first",
			"Nepal and the IMF\n\nThis brings total disbursements for Nepal under the ECF to SDR 300 million (about US$400 million) and under the RSF to SDR 50 million (about US$66.5 million), the fund said.",
			"", ""},
		{"a headline's bound folds into the text's figure a tenth above it",
			"Poll: over 3 million Chileans hold crypto\n\nAccording to the yearly poll released on Friday, 3.3 million Chileans own crypto in 2024.",
			"CL crypto_holders 3.3e+06", ""},
		{"bitcoin worth a sum that a wallet received is a flow",
			"Government coins on the move\n\nThe wallet that started the transfer received the roughly $300 million worth of bitcoin last week from an address tagged as the German Government.",
			"", ""},
		{"the value of the whole crypto market is no holding",
			"Crypto in Ghana\n\nGhana's regulator is drafting rules. The combined value of every coin on the crypto market is $3.1 trillion.",
			"", ""},
		{"the market price a holding is valued at is no market's worth (a guard)",
			"Bitcoin in Georgia\n\nGeorgia's finance ministry holds 1,200 BTC, and at the current market price its coins are worth about $120 million.",
			"GE btc_holdings 1200; GE holdings_usd 1.2e+08", ""},
		{"the value of holdings for people of an age is theirs",
			"Crypto in Canada\n\nCanada's older savers are active. The value of all crypto holdings for people aged 60+ is around $5.2 billion, more than any other group.",
			"", ""},
		{"what trading in bitcoin is worth is no holding",
			"Bitcoin in Korea\n\nSouth Korea's exchanges were busy. The overall trading of Bitcoin alone is worth US$41 billion this year.",
			"", ""},
		{"a count followed by \"population\" is a population",
			"Crypto owners\n\nJordan trails Lebanon, with 22% of the population owning crypto in 2023, just over one in five people of the nearly 11 million population.",
			"", ""},
		{"a level a change started from, to a peak",
			"Mining in Uzbekistan\n\nIn 2022, Uzbekistan's bitcoin mining capacity soared from 200MW in March to a peak of 900MW in November.",
			"", ""},
		{"sums of loans in the plural are what a country owes",
			"Top IMF debtors\n\nEgypt ranked second with $16 billion loans from IMF. Pakistan is the third highest debtor with loans worth $7.1 billion, and Kenya took the fourth spot with $3.4 billion worth of loans from the IMF.",
			"", ""},
		{"\"it\" is bitcoin in a clause after \"even though\"",
			"Bitcoin in El Salvador\n\nMost people in El Salvador did not pay with Bitcoin during 2024, even though it has been legal tender since 2021, a poll found.",
			"SV legal_tender_year 2021", ""},
		{"of two years in the clause, legal tender takes the nearer",
			"Bitcoin in El Salvador\n\nFew Salvadorans used Bitcoin in 2024, and it has been legal tender since 2021, a survey found.",
			"SV legal_tender_year 2021", ""},
		{"a Spanish first adopter with \"bitcóin\", the date well before \"curso legal\"",
			"Bitcóin en El Salvador\n\nEl Salvador se convirtió en septiembre de 2021 en el primer país del mundo en adoptar el bitcóin como moneda de curso legal, junto al dólar.",
			"SV legal_tender_year 2021", ""},
		{"what a purchase cost is no holding's value",
			"Bitcoin en Panamá\n\nEl Gobierno de Panamá compró el lunes más de 500 monedas de bitcoin por un valor de 45 millones de dólares, con lo que sus reservas superaron los 3.000 bitcoines.",
			"PA btc_holdings 3000", ""},
		{"a sum the lender approved under an arrangement is its size (the next facility's name garbled as the page has it)",
			"IMF and Malawi\n\nThe International Monetary Fund (IMF) on Tuesday approved US$95 million under a 40-month Extended Fund Facility (EFF) program for Malawi in addition to US$40 million Resilience and Sustainability F und (RSF) to support climate reforms.",
			"MW loan_usd 9.5e+07; MW loan_usd 4e+07", ""},
		{"a programme brought to a total in an article whose lender an earlier sentence named",
			"IMF and Angola\n\nThe International Monetary Fund (IMF) on Monday approved Angola's request for more financial assistance and at once disbursed USD 500 million.\nThe measure brings the total assistance programme to almost USD 3.9 billion, the fund's statement noted.",
			"", " loan_usd 3.9e+09"},
		{"a French SDR sum written \"DTS\", with its dollars in brackets",
			"Le FMI et le Niger\n\nLe Conseil d’administration du FMI a approuvé pour le Niger une facilité de crédit d’un montant de 197 millions de DTS (270 millions de dollars) en décembre.",
			"NE loan_usd 2.7e+08", ""},
		{"a French count of investors after an elided \"d'\"",
			"Les cryptos au Canada\n\n« Cela représente 4,2 millions d'investisseurs au Canada et une hausse de 10 % », selon l'étude sur les cryptos.",
			"CA crypto_holders 4.2e+06", ""},
		{"a German share \"der Bevölkerung\" beside the count it comes to",
			"Krypto in Kenia\n\nIn Kenia nutzen derzeit etwa 2 Millionen Menschen, fast 8 % der Bevölkerung, Kryptowährungen.",
			"KE crypto_holders 2e+06", ""},
		{"a German range written with \"bis\"",
			"Krypto in Österreich\n\nIn Österreich besitzen etwa 8 bis 10 % der Bevölkerung Kryptowährungen, was rund 0,7 bis 0,9 Millionen Menschen entspricht.",
			"AT crypto_holders 700000..900000", ""},
		{"a national agency named for its state holds what it seized",
			"Bitcoin in Germany\n\nAfter the sales, the BKA still holds about 12,400 bitcoins from older cases.",
			"DE btc_holdings 12400", ""},
		{"Spanish \"empresas mineras\" are miners",
			"Minería en Uruguay\n\nActualmente hay 40 empresas mineras operando legalmente en Uruguay, que representan 250 MW de potencia contratada.",
			"UY mining_power_mw 250", ""},
		{"Malay miners (\"pelombong\") and a peak left behind (\"daripada ... puncak sebanyak\")",
			"Bitcoin di Laos\n\nDi Laos, penggunaan tenaga semasa oleh pelombong menurun kepada kira-kira 90 megawatt, satu penurunan daripada penggunaan puncak sebanyak 300 megawatt.",
			"LA mining_power_mw 90", ""},
		{"coins a region's police hold are the state's",
			"Bitcoin in Germany\n\nThe police in Bavaria currently own 12,350 Bitcoins, the equivalent of almost 700 million euros, a newspaper reports.",
			"DE btc_holdings 12350", ""},
		{"a participle between a count and its coins",
			"Bitcoin in Germany\n\nThe state of Bavaria now sits on 12,000 seized bitcoins from a drugs case.",
			"DE btc_holdings 12000", ""},
		{"German region names and a participle between the count and \"Bitcoins\"",
			"Bitcoin in Bayern\n\nDer Freistaat Bayern sitzt auf 12.000 beschlagnahmten Bitcoins.",
			"DE btc_holdings 12000", ""},
		{"a ranking that would change gives its counts all the same",
			"Crypto owners\n\nIf the list were ranked by the number of crypto owners, Nigeria would rank first with 22 million people, Kenya would rank second with 6 million people, and Ghana would rank third with 3 million people.",
			"NG crypto_holders 2.2e+07; KE crypto_holders 6e+06; GH crypto_holders 3e+06", ""},
		{"a market named without a value of it does not stop a holding's value",
			"Bitcoin nos EUA\n\nO governo dos EUA apreendeu bitcoins ligados ao Silk Road, um mercado dark net fechado em 2013, e agora detém US$ 8,2 bilhões em bitcoins, segundo a Arkham.",
			"US holdings_usd 8.2e+09", ""},
		{"the value of another coin with its ticker in brackets",
			"Bitcoin no Butão\n\nO governo do Butão também detém 512.044 Ethereum (ETH), avaliados em aproximadamente $1.2 milhões.",
			"", ""},
		{"what a country will auction is no holding's value (a guard)",
			"Subasta en Chile\n\nChile subastará en junio cerca de 9 millones de dólares en bitcoins que fueron confiscados por la policía.",
			"", ""},
		{"recognised as a form of payment is no legal tender",
			"Bitcoin in Asia\n\nThailand has spoken of legal tender before. In 2019, the Thai government officially recognized bitcoin as a form of payment, and some banks now offer bitcoin services.",
			"", ""},
		{"the base of a rate is no figure (a guard)",
			"Mining in Kazakhstan\n\nKazakhstan blamed its crypto miners for the strain on the grid. In some regions losses hit 15% - for every 100 kilowatts sent out, 15 vanished.",
			"", ""},
		{"a count in Portuguese words, and the country named after it by its part of the world",
			"Cripto no mundo\n\nAssim como nos Estados Unidos, a adoção de criptoativos está crescendo em vários países, incluindo a Argentina. Com mais de sete milhões de investidores no setor, o país sul-americano é o sexto maior mercado cripto.",
			"AR crypto_holders 7e+06", ""},
		{"\"the West African country\" is the paragraph's African country",
			"Crypto adoption\n\nAdoption is rising in the United States and in Nigeria. The West African country now counts 22 million crypto users.",
			"NG crypto_holders 2.2e+07", ""},
		{"a Spanish count in words",
			"Cripto en Chile\n\nEn Chile hay dos millones de usuarios de criptomonedas, según el informe.",
			"CL crypto_holders 2e+06", ""},
		{"an article is no number (a guard)",
			"Bitcoin en El Salvador\n\nEl Salvador compró un bitcoin más para su reserva, que ya suma 6.150 bitcoins.",
			"SV btc_holdings 6150", ""},
		{"a headline's loan that adds up two the text states, the second approved by \"it\"",
			"IMF board approves US$1.2B in funding to Barbados\n\nThe International Monetary Fund's board met on Monday. It has approved about US$700 million under the Extended Fund Facility (EFF) arrangement and about US$490 million under the Resilience and Sustainability Facility (RSF).",
			"", " loan_usd 7e+08;  loan_usd 4.9e+08"},
		{"the value of every coin held is not its bitcoin's",
			"Government crypto\n\nThe UK's Treasury reports a holding value of around $4.1 billion in digital currencies. Its police forces held 14 cryptocurrencies valued at about $620 million last year.",
			"", ""},
		{"an earlier estimate is superseded",
			"Bitcoin de los Estados\n\nEn contraste, estimaciones anteriores apuntaban a que China tenía cerca de 190.000 BTC, una cifra nunca confirmada.",
			"", ""},
		{"a bound in the text folds into the figure it truncates, a tenth above it",
			"Crypto in Ghana\n\nThe report says 9 percent of Ghana's population (about 3.3 million Ghanaians) hold crypto. Over three million Ghanaians now own digital assets, the report adds.",
			"GH crypto_holders 3.3e+06", ""},
		{"Indonesian holding and value words (memegang, bernilai, senilai)",
			"Bitcoin negara\n\nMenurut Arkham, Bhutan memegang 12.500 BTC, yang bernilai sekitar $700 juta. Sementara itu El Salvador memiliki 6.100 BTC senilai $350 juta.",
			"BT btc_holdings 12500; BT holdings_usd 7e+08; SV btc_holdings 6100; SV holdings_usd 3.5e+08", ""},
		{"the value of a holding estimated \"to be\" a sum",
			"Bitcoin in Finland\n\nA research firm has estimated the value of Finland's bitcoin holdings to be approximately USD 150 million.",
			"FI holdings_usd 1.5e+08", ""},
		{"a count placed \"in the country\" the headline names",
			"Uganda's crypto boom\n\nA report by a UN agency says that 6 percent of the population or 2.8 million people own cryptocurrencies in the country.",
			"UG crypto_holders 2.8e+06", ""},
		{"Spanish \"en el país\" the headline names",
			"Cripto en México crece\n\nActualmente, al menos 4,1 millones de personas en el país son usuarios registrados de criptomonedas, según un reporte.",
			"MX crypto_holders 4.1e+06", ""},
		{"\"Of this,\" opens a part of the figure before",
			"Mining in Kazakhstan\n\nMining in Kazakhstan draws about 1,100 MW. Of this, home mining on household tariffs accounted for no more than 80 MW.",
			"KZ mining_power_mw 1100", ""},
		{"power that was disconnected",
			"Mining in Kazakhstan\n\nDuring the winter ban in Kazakhstan, approximately 210 MW of mining load was disconnected from the grid.",
			"", ""},
		{"a project's power is its plan",
			"Nepal Starts Project for a 300-Megawatt Bitcoin Mining Farm",
			"", ""},
		{"a country noun \"with\" its people counts a population",
			"Bitcoin in Laos\n\nLaos, a small landlocked country in the Mekong basin with fewer than 8 million people, has been mining bitcoin quietly for years.",
			"", ""},
		{"people who lost their money in a scam are its victims",
			"Crypto in Peru\n\nPeru's police also broke up an alleged $90 million crypto scam in which over 5,000 investors lost their savings.",
			"", ""},
		{"legal tender as Spanish \"moneda legal\" and German \"gesetzliches Zahlungsmittel\"",
			"Bitcoin en la República\n\nEn abril de 2022, la República Centroafricana adoptó el bitcoin como moneda legal.\n\nIm September 2021 wurde Bitcoin in El Salvador gesetzliches Zahlungsmittel.",
			"CF legal_tender_year 2022; SV legal_tender_year 2021", ""},
		{"a Portuguese count of taxpayers \"foi de\" a number",
			"Cripto no Brasil\n\nA quantidade de CPFs registrados na Receita Federal que declararam operações com criptomoedas, em março, foi de 1.250.431, um recuo de 2% em relação a fevereiro.",
			"BR crypto_holders 1.250431e+06", ""},
		{"a German value estimated after the sum (\"geschätzt\")",
			"Bitcoin der USA\n\nDie US-Regierung hält derzeit 31.200 Bitcoin, die auf etwa 3,1 Milliarden US-Dollar geschätzt werden.",
			"US btc_holdings 31200; US holdings_usd 3.1e+09", ""},
		{"a clause about a continent gives no country its count",
			"Crypto owners\n\nThe report said Ghana ranks among the top economies for crypto ownership, while Africa remains behind with 38 million owners.",
			"", " crypto_holders 3.8e+07"},
		{"a loan's access changed \"by\" an SDR sum is a change",
			"Kenya and the IMF\n\nThe IMF board authorised an augmentation of Kenya's access to the funds by SDR 400 million ($530 million), the fund said.",
			"", ""},
		{"the French \"le Salvador\"",
			"Bitcoin au Salvador\n\nLe Salvador a dépassé les 600.000 utilisateurs du portefeuille numérique en bitcoin et installé des bornes aux Etats-Unis, a annoncé le président.",
			"SV crypto_holders 600000", ""},
		{"financing a country \"está buscando\" is planned",
			"El Salvador e o FMI\n\nIsso turvou as perspectivas de mais de 1 bilhão de dólares em financiamento que a Costa Rica está buscando do Fundo Monetário Internacional (FMI).",
			"", ""},
		{"two countries and two counts in order, a few words apart, without \"respectively\"",
			"Crypto owners in Africa\n\nHowever, the data said Nigeria and Kenya are the top-rated countries with 22.3 million and 6.1 million crypto holders, according to reports.",
			"NG crypto_holders 2.23e+07; KE crypto_holders 6.1e+06", ""},
		{"the date of a board meeting is no loan's end",
			"Egypt and the IMF\n\nEgypt's $3 billion loan from the IMF awaits its review. The IMF board was expected to have a meeting scheduled on March 11 2024.",
			"EG loan_usd 3e+09", ""},
		{"a plan the lender approved is a loan granted",
			"IMF and Togo\n\n(Washington) The board of directors of the IMF announced on Friday that it had approved a plan of 390 million US dollars to help Togo, a country in West Africa.",
			"TG loan_usd 3.9e+08", ""},
		{"a French aid plan approved, \"d'un montant total de\"",
			"Le FMI et le Mali\n\nLe Fonds monétaire international (FMI) a approuvé mercredi un plan d’aide à destination du Mali d’un montant total de 1,8 milliard de dollars.",
			"ML loan_usd 1.8e+09", ""},
		{"what an approved programme \"will give\" is the loan granted",
			"IMF and Moldova\n\nThe three-year loan programme approved by the executive board on Friday will give Moldova access to $560 million, the IMF said.",
			"MD loan_usd 5.6e+08", ""},
		{"an approval still to come leaves the sum planned (a guard)",
			"IMF and Moldova\n\nOnce the review is approved by the IMF Executive Board, Moldova will have access to about $120 million in financing.",
			"", ""},
		{"a total a purchase raised, and the same count without its decimals",
			"Bitcoin in Bhutan\n\nBhutan's holdings stand at 6,250 BTC.\n\nOfficial records show the country acquired 25 BTC over the last month, raising its total reserves to 6,250.42 BTC.",
			"BT btc_holdings 6250.42", ""},
		{"what a country \"currently holds\" inside a supposition",
			"Bitcoin reserves\n\nIf approved, the bill would put Panama ahead of Bulgaria, which currently holds around 900 BTC.",
			"BG btc_holdings 900", ""},
		{"the energy of whole countries compared after \"than\" is theirs",
			"Mining and energy\n\nBitcoin mining uses more electricity than whole countries like Finland (82 TWh) or Belgium (81 TWh), with an estimated 150 TWh a year.",
			"", ""},
		{"Portuguese \"mais\" right before a number is more bought",
			"Bitcoin no Panamá\n\nO presidente anunciou que o Panamá tinha comprado mais 150 bitcoins, num total que agora é de 300.",
			"", ""},
		{"gold reserves reaching a sum are no bitcoin holding (a guard)",
			"Reserves of Uzbekistan\n\nForeign currency assets fell by $1.2 billion, while gold reserves grew by more than $2 billion, reaching $31.4 billion.",
			"", ""},
		{"a smaller loan sum in a later sentence goes to review beside the larger",
			"Kenya and the IMF\n\nThe IMF approved a $2.3 billion loan for Kenya to back its budget.\n\nKenya got $415 million from the IMF programme last week.",
			"KE loan_usd 2.3e+09", " loan_usd 4.15e+08"},
		{"one agency's coins beside the country's larger holding go to review",
			"US coins\n\nThe United States holds 198,000 BTC, trackers say.\n\nThe Marshals Service, one US agency, holds 28,900 BTC.",
			"US btc_holdings 198000", " btc_holdings 28900"},
		{"a rival estimate of the whole, larger or smaller, stays charted (a guard)",
			"Holders in Peru\n\nAbout 2.1 million Peruvians own crypto.\n\nA separate tally from a local exchange puts the number of Peruvians owning crypto at 3 million.",
			"PE crypto_holders 2.1e+06; PE crypto_holders 3e+06", ""},
		{"a level a holding fell to is charted, and the level before goes to review",
			"Reserve update\n\nLaos holds 1,200 BTC. Its holdings have since fallen to 950 BTC.",
			"LA btc_holdings 950", " btc_holdings 1200"},
		{"a sum of bitcoin reserves an IMF agreement names is no loan",
			"Bhutan and the IMF\n\nAn IMF agreement requires halting Bhutan's $900 million Bitcoin reserves and closing a state app.",
			"BT holdings_usd 9e+08", ""},
		{"a loan programme increased later: the earlier size is not charted, the new size is the loan",
			"Ghana and the IMF\n\nGhana entered a $2.4 billion IMF programme in 2021, which was increased to $3.1bn this year.",
			"GH loan_usd 3.1e+09", ""},
		{"a sum a review lets a borrower draw, with its dollars in brackets, is a part",
			"IMF and Jamaica\n\nThe IMF board completed the second review under the 36-month arrangement for Jamaica, allowing the authorities to draw SDR180 million (about US$240 million), the mission chief said.",
			"", ""},
		{"a value stated at a date, then the worth it rose to: the later worth is charted, the earlier goes to review",
			"Seized coins in Ireland\n\nIrish police seized more than 3,100 bitcoins from a flat in 2019. The seized bitcoin was valued at nearly $190 million in May 2020 when the bureau took the coins. It has appreciated to $310 million since.",
			"IE btc_holdings 3100; IE holdings_usd 3.1e+08", " holdings_usd 1.9e+08"},
		{"an Italian holding that rose \"da\" one level \"a\" another: the first is an earlier level",
			"Riserve di Bitcoin\n\nLe riserve di Bitcoin del Bhutan sono aumentate da 9.200 BTC il 2 aprile a 9.410 BTC, secondo i dati pubblici.",
			"BT btc_holdings 9410", ""},
		{"coins a person says \"he had\" are no state holding, whatever country the clause names",
			"Declarations\n\nTomas Varga, a trade attache of Slovakia in Chile, said he had 1,240 BTC, the registry shows.",
			"", ""},
		{"Spanish \"monedas\" in a bitcoin article are bitcoins",
			"Reserva de bitcoin de Bután\n\nEl gobierno de Bután ha alcanzado este martes 2,340 monedas disponibles en su reserva nacional.\n\nHasta la fecha, se han comprado 410 bitcoines a través de la estrategia diaria.",
			"BT btc_holdings 2340", ""},
		{"dollars in bitcoin in a clause of transactions are traded, not held",
			"Darknet money in Norway\n\nA study from a chain analysis firm found $410 million in bitcoin, about 1 percent of all transactions, went to darknet markets in Norway last year.",
			"", ""},
		{"a country's production capacity named after the mining figure in one clause is the country's, not mining's (Spanish)",
			"Minería en Kenia\n\nKenia ha dedicado 300 MW de electricidad a la minería de bitcoin, cerca del 9 % de la capacidad de producción actual del país, estimada en 3.300 MW, según la empresa eléctrica.",
			"KE mining_power_mw 300", ""},
		{"the surplus another power figure is drawn from is the country's, not mining's",
			"Power for miners in Laos\n\nThe government of Laos gives 900 megawatts from its surplus of 3,000 MW to crypto mining at a low tariff.",
			"LA mining_power_mw 900", ""},
	})
}
