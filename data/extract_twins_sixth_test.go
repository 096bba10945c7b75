package data

import "testing"

// Twins of constructions read in round 33 once it joined the development set: each
// keeps a real sentence's grammar with other countries, figures and words.
func TestRealTextTwinsRoundThirtyThree(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a French holding \"à son plus haut\" is an earlier level",
			"Les bitcoins de l'Ukraine\n\nLe gouvernement ukrainien détient aujourd'hui 46 000 BTC.\nEn 2023, le gouvernement a vendu des milliers de bitcoins. À son plus haut, en mars 2022, le gouvernement possédait 52 110 BTC, soit plus de 2 milliards de dollars.",
			"UA btc_holdings 46000", ""},
		{"a country \"which has\" a count of people gives its population",
			"Crypto in Brunei\n\nBrunei, which has fewer than half a million people, has become one of the ten largest state holders of bitcoin.",
			"", ""},
		{"a count of people who hold crypto is still counted when the relative clause speaks of crypto",
			"Crypto in Peru\n\nPeru, which has 3 million people who own crypto, is drafting new rules.",
			"PE crypto_holders 3e+06", ""},
		{"power of mining farms shut down, in the relative clause after them, is no mining that runs",
			"Mining in Kyrgyzstan\n\nLast week, Kyrgyz authorities closed 420 unlicensed crypto mining farms, which reportedly drew 90 megawatts of power in the past year.",
			"", ""},
		{"a mining rig drawing power is one machine, not a country's mining",
			"Norway's tax break\n\nNorway once cut the power tax for data centres by 95%. So a mining rig drawing 2,000 kilowatts paid very little.",
			"", ""},
		{"an example mine compared with a household is no site",
			"How much power does mining take?\n\nA 5 megawatt mine in Canada burns more power in a week than an average Canadian household does in a decade.",
			"", ""},
		{"coins added in a Portuguese \"aquisição\" are one purchase, the total after it the holding",
			"Butão compra bitcoins\n\nO Butão ampliou suas reservas de Bitcoin com a aquisição de 40 BTC. Com a nova compra, as reservas do governo butanês somam 12.040 BTC.",
			"BT btc_holdings 12040", ""},
		{"a Spanish loan a country \"ha pedido\" is requested, not granted",
			"Ecuador ha pedido un préstamo de 5.000 millones de dólares al FMI\n\nEl organismo dijo que las conversaciones siguen abiertas.",
			"", ""},
		{"Spanish \"cuenta con\" says what a state has",
			"Reservas de bitcoin\n\nLos gobiernos también acumulan. Se estima que el Reino Unido cuenta con alrededor de 61.000 BTC.",
			"GB btc_holdings 61000", ""},
		{"the value of \"Bitcoin tokens\" is the value of bitcoin",
			"Bitcoin in Bhutan\n\nData firms say the kingdom of Bhutan has about 10,000 Bitcoin tokens worth roughly $900 million.",
			"BT btc_holdings 10000; BT holdings_usd 9e+08", ""},
		{"a firm cited as the source (\"de acordo com\") is no holder",
			"Reservas dos EUA\n\nDe acordo com um levantamento feito pela empresa de análise Arkham, registros públicos mostram que o país norte-americano possui 198.000 Bitcoins.",
			"US btc_holdings 198000", ""},
		{"\"le gouvernement étatsunien\" is the United States",
			"Les réserves américaines\n\nLe gouvernement étatsunien et sa réserve de 198 000 bitcoins (BTC) dépassent toutes les entreprises cotées.",
			"US btc_holdings 198000", ""},
		{"\"o país norte-americano\" is the United States",
			"Reservas americanas\n\nSegundo dados públicos, o país norte-americano possui 198.000 Bitcoins apreendidos.",
			"US btc_holdings 198000", ""},
		{"four words may stand between a count and its people noun",
			"Korea's crypto market\n\nThe central bank of South Korea said there were over 14.2 million local digital asset investors at the end of June.",
			"KR crypto_holders 1.42e+07", ""},
		{"a loan \"later raised to\" a new sum, with \"it\" standing for the loan",
			"Kenya and the IMF\n\nKenya's first $2.3 billion Extended Fund Facility was agreed in April 2021, but it was later raised to $3.6 billion.",
			"KE loan_usd 3.6e+09", ""},
		{"the value of bitcoins a customs office \"stores\"",
			"Estonian customs stores bitcoins worth $25 million",
			"EE holdings_usd 2.5e+07", ""},
		{"people who hold bitcoin but did not declare it are a part of the holders",
			"Receita Federal\n\nA Receita Federal identificou 18.400 pessoas que possuem bitcoins e não declararam o ativo em 2024.",
			"", ""},
		{"people who did not tell the tax office, in a Portuguese headline",
			"Mais de 18 mil brasileiros não informaram à Receita Federal seus bitcoins",
			"", ""},
		{"a loan \"approved ... for\" a sum, its arrangement the clause's subject",
			"Sri Lanka and the IMF\n\nThe 48-month EFF for Sri Lanka was approved in March 2023 for about $3 billion.",
			"LK loan_usd 3e+09", ""},
		{"a Spanish loan \"aprobado ... por\" a sum",
			"Egipto y el FMI\n\nEl acuerdo de 46 meses del SAF de Egipto fue aprobado en diciembre del 2022 por unos US$ 3,000 millones.",
			"EG loan_usd 3e+09", ""},
		{"Spanish \"estas operaciones\" carry the mining of the sentence before",
			"Minería en Kazajistán\n\nEl ministerio dijo que el 80 % de los equipos mineros del país operan sin licencia. Estas operaciones consumen más de 600 megavatios de electricidad.",
			"KZ mining_power_mw 600", ""},
	})
}

// Twins of the mining-power figures the development set charted wrongly: plans in
// Romance languages, one unnamed farm, a firm's extra block, a group of states, a
// source's demonym and "the country" after another country was named last.
func TestRealTextTwinsMiningPower(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"\"the country\" after a sentence that named another country last goes to review",
			"Kazakhstan weighs mining\n\nKazakhstan could follow the example of the Kingdom of Bhutan, which has abundant hydropower. The country has set aside 80 megawatts for Bitcoin mining.",
			"", " mining_power_mw 80"},
		{"\"the country\" is the paragraph's when the other country was named only in a comparison",
			"Mining in Iran\n\nIran, the third power in mining after the United States, is tightening its rules. The country spends 12 billion kilowatt hours on mining each year.",
			"IR mining_energy_twh 12", ""},
		{"a Portuguese range \"2 a 3 GW\" is one range",
			"Mineração no mundo\n\nA Rússia continua na frente com 2 a 3 GW de poder de mineração.",
			"RU mining_power_mw 2000..3000", ""},
		{"a French capacity that \"sera portée à\" a size is planned",
			"Le minage au Laos\n\nLa capacité de minage du pays sera portée à 300 mégawatts d'ici 2026.",
			"", ""},
		{"a Spanish capacity a country is \"planeando\" to raise is planned",
			"Minería en Laos\n\nLaos está planeando aumentar su capacidad minera de 150 a 400 megavatios.",
			"", ""},
		{"a Spanish miner's \"intenciones\" are planned",
			"Minería en Uruguay\n\nLa minera tiene intenciones de poner en línea un total de 40 MW en Uruguay antes de fin de año.",
			"", ""},
		{"power \"requested\" by miners, after the figure, is not yet theirs",
			"Mining in Tajikistan\n\nThe ministry believes that the 15 megawatts of power requested by mining firms in Tajikistan should go to factories.",
			"", ""},
		{"a figure in brackets after the Portuguese \"nações do Golfo\" is the group's",
			"Mineração no mundo\n\nOutros países mineradores incluem nações do Golfo (500 MW), Noruega (200 MW) e Paraguai (150 MW).",
			"NO mining_power_mw 200; PY mining_power_mw 150", " mining_power_mw 500"},
		{"a demonym before a newspaper names the source, not the figure's country",
			"Mining in Abkhazia\n\nThe total capacity of the mining rigs is 35 MW, the minister of economy told the Russian business newspaper Kommersant.",
			"", " mining_power_mw 35"},
		{"one unnamed farm's draw is no country's mining",
			"Blackout in Kazakhstan\n\nOfficials said the outage came because a nearby mining farm pulled 90 MW from the substation.",
			"", ""},
		{"an extra block a firm secured (\"suplementar\") is an addition, not its total",
			"Mineração no Paraguai\n\nA Hive garantiu um suplementar 50 megawatts de eletricidade da estatal do Paraguai.",
			"", ""},
	})
}

// Twins of loans the development set charted wrongly: a sum in brackets after
// shillings written against their number, an earlier loan told in the past perfect, and
// the sum of several loans.
func TestRealTextTwinsLoansRead(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"dollars in brackets after shillings drawn so far are drawn, the possible total is the loan",
			"Uganda and the IMF\n\nUganda has so far accessed Sh2.1 trillion ($560 million) under the ECF programme out of a possible Sh3.0 trillion ($800 million).",
			"UG loan_usd 8e+08", ""},
		{"an earlier loan a country \"had secured\" is told as past",
			"Tunisia and the IMF\n\nTunisia secured the $1.9 billion loan on special terms, having already used most of its quota under the $2.9 billion Extended Fund Facility it had secured in 2016.",
			"TN loan_usd 1.9e+09", ""},
		{"a French loan a country \"avait déjà reçu\" is an earlier one",
			"Le Tchad et le FMI\n\nLe Tchad avait déjà reçu du FMI une première facilité de crédit rapide de 115 millions de dollars en avril dernier.",
			"", ""},
		{"loans \"totaling\" a sum are several loans, not one",
			"World Bank approves loans totaling over $310M for Tajikistan",
			"", ""},
	})
}

// Twins of holder counts and values the development set charted wrongly.
func TestRealTextTwinsHoldersAndValuesRead(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"\"an additional\" count of investors is newcomers",
			"Crypto in Canada\n\nAfter the election, an additional 300,000 investors joined the Canadian market.",
			"", ""},
		{"a firm that opens the sentence owns the counts of users in it, in each country",
			"Billeteras en América Latina\n\nLa empresa, con sede central en Argentina, donde tiene 2,1 millones de usuarios de criptomonedas, opera además en Chile (800.000 usuarios) y Perú (300.000 usuarios).",
			"", ""},
		{"the value of \"assets\" taken in custody is not of bitcoin",
			"Bitcoin seized in Bulgaria\n\nIn a crypto fraud case named OneCoin, the Bulgarian police have taken custody of assets worth more than $1.1 billion.",
			"", ""},
		{"\"Holding\" in a firm's name is no holding, and a Spanish \"transferencia\" is a flow",
			"Bután mueve bitcoins\n\nEl gobierno de Bután, a través de su brazo financiero Druk Holding & Investments (DHI), ha ejecutado una transferencia por un total de 300 bitcoin (BTC), valorados en aproximadamente $30 millones, hacia una nueva dirección.",
			"", ""},
	})
}

// Twins of holdings and their values the development set missed.
func TestRealTextTwinsValuesMissed(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a bare count after \"with\" in a list takes the unit of the holding before it",
			"Bitcoin reserves\n\nThat puts Iran behind only Russia, which holds 12,400 bitcoins, and Kazakhstan, with 3,150.",
			"RU btc_holdings 12400; KZ btc_holdings 3150", ""},
		{"a Spanish reserve \"valorada en\" a sum",
			"Reserva de Bután\n\nActualmente, la reserva que tiene Bután en bitcoin está valorada en casi USD 900 millones.",
			"BT holdings_usd 9e+08", ""},
		{"a Portuguese sum \"que vale\" a value",
			"Reservas do Butão\n\nO Butão possui 12.000 bitcoins. Esse montante, que vale cerca de US$ 1,1 bilhão, vem da mineração.",
			"BT btc_holdings 12000; BT holdings_usd 1.1e+09", ""},
		{"dollars before \"holding\" value it, in an article about bitcoin",
			"The US Bitcoin reserve\n\nThe Marshals hold about 29,000 BTC for the United States. This $3.1 billion holding is far smaller than many think.",
			"US btc_holdings 29000; US holdings_usd 3.1e+09", ""},
		{"a Portuguese value set off by commas after the coins it values",
			"Os países com mais bitcoin\n\nCom 46 mil unidades de bitcoin, cerca de US$ 4,1 bilhões, a Ucrânia ocupa a quarta posição.",
			"UA btc_holdings 46000; UA holdings_usd 4.1e+09", ""},
		{"a sentence that restates the paragraph's holding in dollars",
			"Peru's reserve\n\nPeru's government holds about 2,000 bitcoins. At current market prices, this amounts to approximately $190 million.",
			"PE btc_holdings 2000; PE holdings_usd 1.9e+08", ""},
	})
}

// Twins of a span of years and a start date the development set read as a year's
// energy and a loan's end.
func TestRealTextTwinsSpansRead(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"energy lost \"in the past\" many years is no year's mining",
			"Illegal mining in Tajikistan\n\nAs a result, in the past 9 years, the Central Asian nation has lost 3.2 billion kWh of electricity to illegal crypto mining, the president said.",
			"", ""},
		{"a programme that \"dates back to\" a year began then",
			"Malawi and the IMF\n\nFor Malawi, the funding programme dates back to November 2023, when the $175 million Extended Credit Facility was approved.",
			"MW loan_usd 1.75e+08", ""},
	})
}

// Twins of Romance holdings the development set missed, and a Spanish rate.
func TestRealTextTwinsRomanceHoldings(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Spanish \"conserva\" says what a state keeps",
			"Las reservas de Bután\n\nEn la actualidad, Bután conserva 9,820 bitcoins en sus monederos públicos.",
			"BT btc_holdings 9820", ""},
		{"a Spanish ranking that \"sigue\" with each country's coins",
			"Los Estados con más bitcoin\n\nLe sigue Ucrania, con 46.351 BTC (USD 4.100 millones), y luego Bután, con 12.000 BTC (USD 1.060 millones).",
			"UA btc_holdings 46351; UA holdings_usd 4.1e+09; BT btc_holdings 12000; BT holdings_usd 1.06e+09", ""},
		{"a Spanish purchase \"por día\" is a rate, whatever the verb before it",
			"La política de compras\n\nEl Gobierno de El Salvador ha dicho que mantiene su política de comprar 1 BTC por día.",
			"", ""},
	})
}

// Twins of the countries CLDR's names let the extractor read, and of a network's seat.
func TestRealTextTwinsCountryNames(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a Spanish country name no hand-written table holds",
			"Banco Mundial aprueba más de $300 millones de financiamiento para Tayikistán y Afganistán",
			"", " loan_usd 3e+08"},
		{"a French name read for a borrower",
			"Le Fonds monétaire international (FMI) a approuvé un accord d’environ 52 millions de dollars en faveur de la Gambie.",
			"GM loan_usd 5.2e+07", ""},
		{"a network \"con sede en\" a country sits there; the seizure is another's",
			"Incautación récord\n\nLas autoridades estadounidenses anunciaron una incautación récord de casi 90.000 BTC, vinculada a una red de estafas con sede en Filipinas.",
			"US btc_holdings 90000", ""},
		{"an Italian bill that \"richiede\" a central bank to buy coins is planned",
			"Riserva strategica\n\nIl disegno di legge richiede alla banca centrale della Thailandia di acquistare 5.000 Bitcoin del valore di 500 milioni di dollari.",
			"", ""},
	})
}

// Twins of rounds xo and xq, read as development text.
func TestRealTextTwinsRoundsXoXq(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"victims \"located in\" a country are neither its seizure nor its holders",
			"Spanish police hold seized bitcoin\n\nThe 20,000 Bitcoin was confiscated in 2019 in central Madrid from people involved in defrauding 90,000 investors, mostly located in Brazil.",
			"", " btc_holdings 20000"},
		{"a French estimate \"au lieu des\" a figure is set aside",
			"Les bitcoins de l'État\n\nAu lieu des 150 000 BTC environ que les outils de suivi avaient comptés, le total de l'Inde ne s'élevait qu'à 9 870 BTC environ.",
			"IN btc_holdings 9870", ""},
		{"coins a government is \"auctioning off\" are a sale",
			"Germany's sale\n\nThe government seized Bitcoin from a piracy website and began auctioning off around $2 billion worth of BTC.",
			"", ""},
		{"power a country is \"preparing to allocate\" is planned",
			"Mining in Nepal\n\nNepal is preparing to allocate 1,000 megawatts of electricity to Bitcoin mining as part of a national plan.",
			"", ""},
		{"coins a country was responsible for \"mining\" in listed months are flows",
			"Mining in Laos\n\nLaos has been responsible for mining 180 Bitcoins in March, 175 Bitcoins in April and 190 Bitcoins in May (over a third of the total mined in those months).",
			"", ""},
		{"a generic \"For a miner running\" a facility is an example",
			"Norway's tax\n\nFor a miner running a 2-megawatt facility, the monthly power bill went from $9,000 to $500,000.",
			"", ""},
		{"an unnamed warehouse of rigs is one site, even with an acronym after it",
			"Raids in Iraq\n\nAccording to local media, a warehouse containing mainly ASIC miners was using around 40 megawatts of power.",
			"", ""},
		{"a part \"of\" a country's \"total\" capacity stated right after it",
			"Mining in Armenia\n\nAnalysts say 70 megawatts of Armenia's total 90 megawatts of crypto-mining capacity is for bitcoin.",
			"AM mining_power_mw 90", ""},
		{"a country and its agency set off by a comma are one state, not two",
			"Aduanas\n\nLa policía criminal de Alemania, BKA, tiene 1,210 bitcoins en su posesión.",
			"DE btc_holdings 1210", ""},
		{"a firm that \"estima\" a country's count reports it",
			"Cripto en Chile\n\nLa empresa chilena, que junto con Binance domina el mercado local, estima que hay cerca de 2 millones de personas que usan plataformas cripto en el país.",
			"CL crypto_holders 2e+06", ""},
		{"a value after \", or\" restates the holding",
			"Marshals' count\n\nTotal holdings are 31,400 BTC for the United States, or approx. $3.1 Billion at current price.",
			"US btc_holdings 31400; US holdings_usd 3.1e+09", ""},
		{"the total a mining load adds to is the region's whole use",
			"Mining in Abkhazia\n\nIn Abkhazia, mining rigs cause an extra load of 50-70MW, contributing to the total annual consumption of 1.8 billion kWh per year.",
			"", " mining_power_mw 50..70"},
	})
}

// Twins of rounds xs and xt, read as development text.
func TestRealTextTwinsRoundsXsXt(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a count before \"bitcoin farms\" counts farms",
			"Mining in Kyrgyzstan\n\nKyrgyzstan has 12 bitcoin farms of 30 MW each.",
			"", ""},
		{"houses use power, not miners",
			"Mining in Norway\n\nHe estimates Norway's bitcoin mining machines use around 900 gigawatt hours every year, whereas the country's houses use around 600 gigawatt hours.",
			"NO mining_energy_twh 0.9", ""},
		{"German authorities \"sitzen auf\" coins they hold",
			"Sachsens Bitcoins\n\nDie Behörden in Deutschland sitzen auf 40.000 Bitcoins im Wert von derzeit etwa zwei Milliarden Euro.",
			"DE btc_holdings 40000", ""},
		{"\"That's\" a sum restates the paragraph's holding in dollars",
			"Federal coins\n\nOn-chain firms count about 210,000 BTC held by US federal agencies. That's around $20.1 billion sitting in wallets across several agencies.",
			"US btc_holdings 210000; US holdings_usd 2.01e+10", ""},
	})
}

// Twins of round xr, read as development text.
func TestRealTextTwinsRoundXr(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a count compared with \"the global average\" is still the country's",
			"Crypto in Zambia\n\nAbout 12.1% of Zambian adults own some form of cryptocurrency, totaling 1.2 million individuals, exceeding the global average of 10%.",
			"ZM crypto_holders 1.2e+06", ""},
		{"a \"press release\" is no payment, and dollars beside an SDR sum are the loan",
			"Benin and the IMF\n\nThe IMF has approved a new 42-month Extended Fund Facility for Benin with access to special drawing rights (SDR) of 484 million ($638 million), according to a press release by the IMF on Friday.",
			"BJ loan_usd 6.38e+08", ""},
		{"a Spanish future (\"instalará\") is planned",
			"Minería en Paraguay\n\nLa empresa anunció que instalará en Paraguay una granja de minado de bitcoin de 150 MW.",
			"", ""},
		{"a Spanish total that \"superará\" a sum is not yet reached",
			"El FMI y Ecuador\n\nEl acuerdo también facilitará financiamiento adicional del Banco Mundial, con un monto total que superará los 2.000 millones de dólares para Ecuador.",
			"", ""},
	})
}

// Twins of holder counts the development set charted wrongly: a garbled list and people
// counted by a floor on what they hold.
func TestRealTextTwinsHolderParts(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a \"respectively\" list that names a country twice leaves that country's figures to review",
			"Crypto adopters\n\nKenya, Ghana, Egypt, and Ghana also record high numbers of crypto adopters, which are 6 million, 3 million, 2 million, and 1 million respectively.",
			"KE crypto_holders 6e+06; EG crypto_holders 2e+06", " crypto_holders 3e+06;  crypto_holders 1e+06"},
		{"people who had at least an amount of bitcoin, in Portuguese, are a part of the holders",
			"Receita Federal\n\nA Receita Federal identificou que 31.400 pessoas físicas teriam, ao final de 2023, pelo menos 0,1 Bitcoin.",
			"", ""},
		{"\"has processed more than\" a sum does not make the holders a part",
			"Crypto in Bangladesh\n\nBangladesh has over 9 million active cryptocurrency users and has processed more than $5 billion in transactions.",
			"BD crypto_holders 9e+06", ""},
	})
}

// Twins of round xv, read as development text.
func TestRealTextTwinsRoundXv(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a French loan a country \"avait demandé\" is requested, not granted",
			"Le Maroc et le FMI\n\nLa Tunisie avait officiellement demandé au Fonds monétaire international une ligne de crédit de 2 milliards de dollars sur deux ans.",
			"", ""},
		{"coins of a \"trove\" a government liquidated are sold",
			"Seized bitcoin\n\nThis comes after Austrian authorities recently liquidated a separate trove of nearly 9,000 BTC seized from the same forum.",
			"", ""},
		{"coins \"known to be bought\" at a price are a flow, the stock before them a holding",
			"El Salvador's wallet\n\nThe government now holds 6,102 BTC, with 2,950 BTC publicly known to be bought at an average price of only $42,000.",
			"SV btc_holdings 6102", ""},
		{"bitcoin's capped supply is no holding",
			"A strategic reserve\n\nWith the supply of BTC capped at 21 million coins, the administration wants Brazil to become a major holder of the asset.",
			"", ""},
		{"coins bought \"(BTC) every day\" are a rate",
			"Daily purchases\n\nDespite the slump, Bhutan continues to buy one bitcoin (BTC) every day, officials said.",
			"", ""},
	})
}

// Twins of rounds xu and xw, read as development text.
func TestRealTextTwinsRoundsXuXw(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a country named in apposition after \"one other country\" is named",
			"Bitcoin as money\n\nWhile Chile's adoption of Bitcoin has been closely watched, only one other country, Peru, has followed suit, adopting Bitcoin as legal tender in April 2023.",
			"PE legal_tender_year 2023", ""},
		{"a French purchase \"portant le nombre total de bitcoins du pays à\" a level is the holding",
			"Le Salvador achète des bitcoins\n\nLe chef de l'État du Salvador a acheté 200 bitcoins lundi. Par ailleurs, il en a encore acheté 120, portant le nombre total de bitcoins du pays à 320.",
			"SV btc_holdings 320", ""},
		{"French \"au Salvador\" names El Salvador",
			"Le bitcoin a cours légal au Salvador depuis septembre 2021",
			"SV legal_tender_year 2021", ""},
	})
}

// Twins of round xy, read as development text.
func TestRealTextTwinsRoundXy(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"\"a new lot of\" coins a country has purchased is one purchase",
			"Purchases\n\nThe country has purchased a new lot of 310 Bitcoins earlier this week, Bhutan's prime minister revealed on Twitter.",
			"", ""},
		{"coins \"adding\" to coffers are an addition, and a total fronted by \"at the time\" an earlier level",
			"Purchases\n\nThe president had also bought Bitcoin last month, adding 120 coins to Bhutan's coffers; at the time, the nation's total BTC holdings were 900 BTC.",
			"", ""},
		{"a running total after \"has\" with an aside between (\"has over the years, accumulated\")",
			"US reserve\n\nAccording to a finance site, the US has over the years, accumulated approximately 205,000 BTC.",
			"US btc_holdings 205000", ""},
		{"coins a record forfeiture added are not the total after it",
			"Federal bitcoin\n\nThe amount of bitcoin held by the UK government passed $9 billion after a record-breaking forfeiture of 61,000 BTC.",
			"GB holdings_usd 9e+09", ""},
		{"a Portuguese \"possibilidade\" of buying coins is a plan",
			"Reserva estratégica\n\nHá um grande debate sobre a possibilidade do Brasil adotar uma estratégia parecida, de comprar 500 mil bitcoins para uma reserva de valor.",
			"", ""},
	})
}

// Twins of round xx, read as development text.
func TestRealTextTwinsRoundXx(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"financing \"from sources other than\" a lender is not its loan",
			"Kenya and the IMF\n\nEarlier, the central bank governor said Kenya had arranged over $1.5 billion in financing from sources other than the IMF.",
			"", ""},
		{"coins a relative clause says the state seized, after the value set off by commas",
			"Seized bitcoin\n\nThe German government is deciding what to do with approximately 45,000 Bitcoin, valued at around $4 billion, which it seized in 2024.",
			"DE btc_holdings 45000; DE holdings_usd 4e+09", ""},
	})
}

// Twins of loans read again at the session's end: commercial loans and a sum received.
func TestRealTextTwinsLoansLate(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"\"commercial loans\" are another lender's",
			"Egypt's financing\n\nEgypt's external commitments include $3 billion in deposits from Qatar, along with $2.5 billion in commercial loans.",
			"", ""},
		{"a sum a country \"will receive\" in financing is a payment",
			"Niger and the IMF\n\nNiger will receive $48 million in financing from the International Monetary Fund (IMF).",
			"", ""},
		{"a country that \"received\" a loan named after the sum got that loan",
			"Jordan and the IMF\n\nJordan received a $1.2 billion loan from the International Monetary Fund in January.",
			"JO loan_usd 1.2e+09", ""},
	})
}

// Twins of round wa, read as development text.
func TestRealTextTwinsRoundWa(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a loan the lender \"had approved\" years before is an earlier one",
			"Moldova and the IMF\n\nThe board approved a new arrangement for Moldova this week. On May 10, 2019, the IMF had approved Moldova's three-year SBA of SDR 120 million (about US$165 million), the statement noted.",
			"", ""},
		{"a loan a lender \"announced ... that it had approved\" is reported, not earlier",
			"Togo and the IMF\n\nThe board of the IMF announced on Friday that it had approved a plan of 390 million US dollars to help Togo.",
			"TG loan_usd 3.9e+08", ""},
		{"an arrangement \"augmented to\" a sum is its new size",
			"Bosnia and the IMF\n\nOn June 3, 2010, the arrangement was extended by one year and augmented to SDR 1.2 billion (about €1.4 billion, or US$1.8 billion) for Bosnia and Herzegovina.",
			"BA loan_usd 1.8e+09", ""},
	})
}

// Twins of round wc, read as development text.
func TestRealTextTwinsRoundWc(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a French loan a country \"serait sur le point de conclure\" is not yet granted",
			"Le Honduras et le FMI\n\nLe Honduras serait sur le point de conclure un programme de prêt de 800 millions de dollars avec le FMI.",
			"", ""},
		{"a French sum the fund agreed \"pour verser\" is a payment",
			"Le Honduras et le FMI\n\nLe FMI a déclaré avoir trouvé un accord avec le Honduras pour verser 90 millions de dollars au pays.",
			"", ""},
		{"power under \"ongoing discussions\" is planned",
			"Mining in Laos\n\nThe firm disclosed its ongoing discussions regarding access to 80 megawatts of power for a bitcoin mining site in Laos.",
			"", ""},
		{"citizens something is given \"for\" are not holders",
			"Seized bitcoin in Estonia\n\nThe ministry is considering using the proceeds of the bitcoin sale to provide vaccines for over 1 million Estonian citizens.",
			"", ""},
		{"a French envelope \"dont le versement\" runs over years is the whole loan",
			"Le Congo et le FMI\n\nCette FEC pour le Congo porte sur une enveloppe globale de quelque 320 millions de dollars, dont le versement s'échelonnera jusqu'à la fin de 2025.",
			"CG loan_usd 3.2e+08", ""},
	})
}

// Twins of round wb, read as development text.
func TestRealTextTwinsRoundWb(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"power a firm's \"acquisition of a\" site names is the site's, not the country's",
			"Mining in Kenya\n\nAn example is a Chinese miner's acquisition of a 40 MW facility in Kenya, a $10 million investment.",
			"", ""},
		{"the consumption of miners a relative clause describes is mining's",
			"Mining in Uzbekistan\n\nOnly illegal miners, whose power consumption is estimated at 300 MW, will be turned off in Uzbekistan, the minister said.",
			"UZ mining_power_mw 300", ""},
	})
}

// Twins of round 38 (parts xk, xl, xm and xn), set aside last session and read now as
// development text.
func TestRealTextTwinsRoundThirtyEight(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a French sum with the dollar sign after it is in dollars",
			"Le Kenya et le FMI\n\nLe Fonds monétaire international a approuvé un prêt de 4,1 milliards $ pour le Kenya, qui traverse une crise de la dette.",
			"KE loan_usd 4.1e+09", ""},
		{"what a Spanish sentence says there \"se tendría\" is not yet so",
			"Minería en Bolivia\n\nHoy los criptomineros en Bolivia consumen 200 MW de potencia y a fin de año, según los contratos, se tendría una demanda de 450 MW de potencia.",
			"BO mining_power_mw 200", ""},
		{"power written with \"adicionales\" after it is an addition",
			"Minería en Bolivia\n\nLa demanda de las criptomineras en Bolivia crecería con 30 MW adicionales en Cochabamba.",
			"", ""},
		{"a German holding changed \"von ... auf\" is the later level",
			"Bitcoin in Österreich\n\nDie Bitcoin-Bestände der Polizei in Österreich wurden von 3.000 BTC auf 1.200 BTC reduziert.",
			"AT btc_holdings 1200", ""},
		{"coins \"originally\" seized are the size before a sale",
			"Bitcoin in Austria\n\nThe Austrian police still hold 1,200 BTC. The huge stash (originally 3,000 BTC) came from a darknet market.",
			"AT btc_holdings 1200", ""},
		{"a French request for a loan is no loan granted",
			"Le Malawi et le FMI\n\nLa demande d'un prêt de 900 millions de dollars du Malawi auprès du FMI serait bloquée.",
			"", ""},
		{"an English request for a loan is no loan granted",
			"Malawi and the IMF\n\nMalawi's request for a $900 million loan has stalled at the IMF.",
			"", ""},
		{"a loan the board approved at a country's request is granted",
			"Malawi and the IMF\n\nThe IMF Board has approved Malawi's request for a $900 million ECF.",
			"MW loan_usd 9e+08", ""},
		{"the dollar value of a small seizure goes with the seizure",
			"US bitcoin\n\nThe US government holds about 190,000 BTC in all. In March, the FBI seized 15.5 Bitcoin (about $1.1 million) in Ohio.",
			"US btc_holdings 190000", ""},
		{"a French sum paid if a review is approved is a tranche",
			"Le Bénin et le FMI\n\nSi la revue est approuvée par le conseil du FMI, le Bénin va bénéficier d'un financement d'environ 40 millions de dollars.",
			"", ""},
		{"an English sum paid once a review is approved is a tranche",
			"Benin and the IMF\n\nOnce the review is approved by the IMF Board, Benin will get access to about $40 million in financing.",
			"", ""},
		{"a Spanish increase \"en\" a sum is its size, the access it lifts to is the loan",
			"Costa Rica y el FMI\n\nEl directorio del FMI aprobó un aumento del programa de Costa Rica en unos US$500 millones, lo que eleva el acceso total hasta los US$2300 millones.",
			"CR loan_usd 2.3e+09", ""},
		{"the value of one coin is a price",
			"Bitcoin in Kazakhstan\n\nKazakhstan's central bank holds 300 BTC in a reserve. When it bought them, the value of 1 Bitcoin was about $9,000.",
			"KZ btc_holdings 300", ""},
		{"investors in mutual funds are not crypto holders",
			"Crypto in India\n\nOver 2 crore Indians own crypto. By contrast, there were only 3.1 crore unique demat account investors in India in 2021.",
			"IN crypto_holders 2e+07", ""},
		{"a headline's mine \"to begin operation\" is yet to run",
			"300 MW bitcoin mine to begin operation in Ethiopia next year\n\nThe site is being built now.",
			"", ""},
		{"a Spanish sum \"de los cuales\" is a part of the one before",
			"Chile y el FMI\n\nLa conclusión de la revisión permite a Chile retirar US$ 2.000 millones, de los cuales US$ 1.500 millones en la línea de crédito flexible.",
			"", ""},
	})
}

// Twins of rounds wh and wi, read as development text.
func TestRealTextTwinsRoundsWhWi(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"what a holder is \"buscando\" to do next is no plan for its holding",
			"Bitcoin en Honduras\n\nHonduras, con Bitcoin como moneda de curso legal desde 2024, tiene $90 millones en BTC, buscando romper la dependencia del dólar.",
			"HN legal_tender_year 2024; HN holdings_usd 9e+07", ""},
		{"dollars of bitcoin a state is \"produciendo\" are coins made, not kept",
			"Bitcoin en Laos\n\n¿La apuesta de Laos? Minería estatal, produciendo más de $300 millones en BTC con energía hidroeléctrica.",
			"", ""},
		{"a sum followed by \"augmentation\" is an addition to a loan",
			"Jordan and the IMF\n\nThe IMF approved a $2 billion augmentation to its loan program for Jordan.",
			"", ""},
		{"a loan increased \"from\" one sum \"to\" another has the later size",
			"Jordan and the IMF\n\nThe board's decision increases the Extended Fund Facility arrangement for Jordan from the $1.2 billion first approved in March 2024 to $3.2 billion.",
			"JO loan_usd 3.2e+09", ""},
		{"a dollar sign glued to the article before it is still dollars",
			"Sri Lanka and the IMF\n\nThe International Monetary Fund has approved a$ 4bn ( £3bn ) loan to Sri Lanka.",
			"LK loan_usd 4e+09", ""},
		{"the power a dam \"generates a staggering\" amount of is the dam's",
			"Bitcoin mining in Brazil\n\nBrazil has cheap power and new rules for miners.\n\nA power surplus that drives bitcoin mining\n\nHydropower is the pillar of Brazil's grid. The famous Tucuruí dam generates a staggering 8 gigawatts (GW) of electrical power.",
			"", ""},
		{"a Portuguese sum the World Bank \"vai emprestar\" is a loan",
			"Peru e o Banco Mundial\n\nO Banco Mundial (BM) vai emprestar US$ 800 milhões ao Peru, ao longo de cinco anos, para projetos ambientais.",
			"PE loan_usd 8e+08", ""},
		{"coins a Spanish state \"almacena\" are held",
			"Bitcoin en Honduras\n\nEl presidente dijo que Honduras almacena 120 millones de dólares que suman 1.500 bitcóin en una billetera fría.",
			"HN btc_holdings 1500", ""},
		{"\"the release said\" is a statement, and the amount increased to a sum is the loan",
			"Togo and the IMF\n\nThe arrangement, under which the IMF agreed to lend Togo about US $40 million, was approved in 2001. The amount was later increased to about US $55 million, the release said.",
			"TG loan_usd 5.5e+07", " loan_usd 4e+07"},
		{"a loan a country asked \"to be increased to\" a sum keeps its size",
			"Malawi and the IMF\n\nMalawi asked for its $300 million loan programme to be increased to $400 million.",
			"MW loan_usd 3e+08", ""},
		{"people \"in the\" country's population who hold crypto are counted",
			"Crypto in Ireland\n\nThe study found that 700,000 people in the Irish population (equal to 17% of adults over 18 years old) hold cryptocurrencies.",
			"IE crypto_holders 700000", ""},
		{"a spun copy's \"one thousand thousand\" after digits is a million",
			"Crypto in Ireland\n\nIt found that 0.7 one thousand thousand people in Ireland currently own cryptocurrency.",
			"IE crypto_holders 700000", ""},
		{"coins a state seized and then sold go to review",
			"Bitcoin in Austria\n\nIn March the Austrian state of Tyrol seized almost 30,000 bitcoins and sold them, as the law requires.",
			"", " btc_holdings 30000"},
		{"coins that can only be sold after a verdict are still held",
			"Bitcoin in the Netherlands\n\nThe Dutch police seized 1,200 BTC last month. Confiscated coins can only be sold after a court verdict.",
			"NL btc_holdings 1200", ""},
		{"legal tender \"desde este martes\" dates to the article's year",
			"date 2026-03-03 Bitcoin en Honduras\n\nDesde este martes, Honduras se convirtió en el primer país de la región en utilizar el bitcoin como moneda de curso legal.",
			"HN legal_tender_year 2026", ""},
		{"legal tender \"one year ago today\" is not the article's year",
			"date 2026-03-03 Bitcoin in Honduras\n\nOne year ago today, Honduras became the first country in the region to make bitcoin legal tender.",
			"", ""},
		{"a Portuguese tranche \"no valor de\" a sum is a part of the loan",
			"Moçambique e o FMI\n\nO Fundo Monetário Internacional (FMI) aprovou a terceira tranche de financiamento para Moçambique no valor de 60,7 milhões de dólares.",
			"", ""},
		{"people who \"começaram a investir\" are newcomers",
			"Cripto no Brasil\n\nO Brasil aparece como destaque do estudo: 5 milhões de pessoas começaram a investir em criptomoedas no último ano.",
			"", ""},
	})
}

// Twins of rounds wj, wk and wl, read as development text.
func TestRealTextTwinsRoundsWjWl(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a French site a firm \"a commencé la construction\" of is planned, and a firm \"basé à\" a place is not its country",
			"Minage en Éthiopie\n\nD'autres opérateurs dans le pays incluent Rift Data basé à Singapour, qui a récemment commencé la construction d'une installation de minage de Bitcoin de 30 MW dans le nord de l'Éthiopie.",
			"", ""},
		{"a site whose construction \"has been completed\" runs",
			"Mining in Laos\n\nThe construction of the 80-megawatt (MW) bitcoin mining centre at Pakse in Laos has been completed, the operator announced.",
			"LA mining_power_mw 80", ""},
		{"a sum in \"That's like\" a likeness is made up for scale",
			"Bitcoin in Bhutan\n\nBhutan's bitcoin holdings are worth a third of its GDP. That's like Germany holding over $1.5 trillion worth of Bitcoin relative to its economy!",
			"", ""},
		{"a firm holding coins is not the country named in a comparison after it",
			"US bitcoin\n\nAccording to trackers, Metaplanet holds 20,000 BTC while Semler owns 8,700 BTC, less than what the United States government controls.",
			"", " btc_holdings 20000;  btc_holdings 8700"},
		{"an Italian firm holding coins \"mentre\" another does is not the country after",
			"Bitcoin negli Stati Uniti\n\nSecondo i tracker, Metaplanet detiene 20.000 BTC mentre Semler possiede 8.700 BTC, meno di quanto controlla il governo degli Stati Uniti.",
			"", " btc_holdings 20000;  btc_holdings 8700"},
		{"the bracketed worth of coins sent to review goes with them",
			"Reserva de Estados Unidos\n\nEl gobierno de Estados Unidos inició un proceso para quedarse con 80,000 BTC (aproximadamente US$ 9 mil millones) que irían a su reserva estratégica de Bitcoin. Hasta ahora, el gobierno ya poseía cerca de 198,000 BTC en su reserva estratégica.",
			"US btc_holdings 198000", " btc_holdings 80000;  holdings_usd 9e+09"},
		{"\"diese Anlagen\" after a sentence about miners are the miners",
			"Mining in Kasachstan\n\nIn Kasachstan betreiben Bitcoin-Miner tausende Geräte ohne Lizenz. Diese Anlagen verbrauchen mehr als 900 Megawatt Strom.",
			"KZ mining_power_mw 900", ""},
		{"\"this unlicensed activity\" after a sentence about miners is mining",
			"Mining in Kuwait\n\nKuwait says illegal crypto mining is spreading in residential areas. This unlicensed activity consumes more than 300 megawatts of power continuously.",
			"KW mining_power_mw 300", ""},
		{"\"cryptocurrency extraction\", as translations write it, is mining",
			"Power in Iran\n\nThe head of the grid company said that in Iran cryptocurrency extraction is consuming 900 megawatts.",
			"IR mining_power_mw 900", ""},
		{"a sum a country can receive \"over four years\" from the IMF is the whole loan",
			"Jordan and the IMF\n\nThe IMF and Jordan reached an agreement under which the country can receive about $1.3 billion over four years to carry out a reform programme.",
			"JO loan_usd 1.3e+09", ""},
		{"an augmentation of a loan programme \"by\" a sum, ten words apart, is an addition",
			"Jordan and the IMF\n\nThe IMF's executive board has approved the augmentation of the current loan programme with Jordan by $2 billion, the IMF said.",
			"", ""},
		{"coins \"in suo possesso\" are held",
			"Il Regno Unito e il bitcoin\n\nIl governo del Regno Unito è uno dei maggiori detentori di Bitcoin, con oltre 61.000 BTC in suo possesso.",
			"GB btc_holdings 61000", ""},
	})
}

// Twins of rounds wn and wo, read as development text.
func TestRealTextTwinsRoundsWnWo(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a Spanish sum a review \"liberaría\" is a tranche",
			"Honduras y el FMI\n\nEl FMI y las autoridades hondureñas alcanzaron un acuerdo técnico sobre la segunda revisión del programa ampliado que liberaría $90 millones.",
			"", ""},
		{"what a country's homes \"require\" is households' use, not mining's",
			"Mining in Norway\n\nBitcoin miners in Norway use about 1 terawatt hour of electricity per year, whereas Norway's homes require approximately 0.9 terawatt hours per year, the utility said.",
			"NO mining_energy_twh 1", ""},
		{"what an agreement \"prevê\" is laid down, and its loan is granted",
			"Honduras e o FMI\n\nHonduras e o Fundo Monetário Internacional (FMI) chegaram a um acordo que prevê reformas fiscais em troca de um pacote de financiamento no valor de US$ 800 milhões.",
			"HN loan_usd 8e+08", ""},
	})
}

// Twins of round wp, read as development text.
func TestRealTextTwinsRoundWp(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a Spanish \"capacidad de generación\" after a mining share is the country's",
			"Minería en Kenia\n\nMientras tanto, Kenia ha destinado 300 megavatios (MW) de electricidad a la minería de Bitcoin, lo que representa aproximadamente el 9% de la capacidad de generación actual del país, que es de 3,300 MW, según la empresa estatal.",
			"KE mining_power_mw 300", ""},
		{"a French range \"de X à Y\" after a verb of raising is a change",
			"Minage au Laos\n\nLe Laos et son partenaire voient grand. Ils prévoient d'augmenter la capacité de minage de 50 à 300 mégawatts.",
			"", ""},
		{"the worth of coins a country's people hold is not the state's",
			"Crypto in Nepal\n\nA trade group leader has recently claimed that Nepalis hold Bitcoin worth approximately $2 billion.",
			"", ""},
		{"people who \"fueron víctimas\" of a fraud are not holders",
			"Bitcoin en el Reino Unido\n\nLos fondos fueron confiscados en 2019. Más de 80,000 inversores chilenos fueron víctimas de este esquema.",
			"", ""},
		{"people who invest in \"margins and futures\", named a few words after the count, are a part",
			"Crypto in Korea\n\nThere are about 4 million individuals trading crypto as assets in Korea, while over 90,000 people invest in cryptocurrency margins and futures.",
			"KR crypto_holders 4e+06", ""},
		{"\"this number dropped to\" a count is the holders' later level",
			"Crypto in Belgium\n\nIn March 2021, there were 400,000 crypto owners in Belgium, the regulator said. This number dropped to 350,000 in November.",
			"BE crypto_holders 350000", " crypto_holders 400000"},
		{"\"one of the world's biggest\" exchanges ranks, it does not count the world",
			"Crypto in Japan\n\nJapan is home to one of the world's biggest bitcoin exchanges, with about 3 million people estimated to possess some of the best-known digital currencies.",
			"JP crypto_holders 3e+06", ""},
		{"coins a French state \"garde sous scellés\" are held",
			"Les États et le bitcoin\n\nLe marché crypto a changé d'échelle. Le Royaume-Uni garde sous scellés plus de 61 000 BTC issus de saisies.",
			"GB btc_holdings 61000", ""},
		{"a yearless date of a purchase for the law's anniversary is no adoption year",
			"date 2026-09-08 Honduras buys 21 BTC\n\nHonduras bought 21 BTC on September 7 to celebrate the second anniversary of its Bitcoin Law.",
			"", ""},
	})
}

// Twins of round wr, read as development text.
func TestRealTextTwinsRoundWr(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a firm that \"highlights that\" a state holds coins is a source, not the holder",
			"The UK's bitcoin\n\nRecent data points to a large stash held by the UK government. Crypto firm Arkham highlights that, based on a review of court filings, the government's coffers reportedly boast approximately 61,200 BTC.",
			"GB btc_holdings 61200", ""},
		{"a Portuguese \"apreensão temporária de\" coins is a seizure the state holds",
			"Polícia espanhola confisca bitcoins\n\nA polícia espanhola anunciou nesta quinta-feira a apreensão temporária de quase 3 mil bitcoins.",
			"ES btc_holdings 3000", ""},
		{"the sum a Spanish \"acuerdo ... con el FMI por\" is for is the loan",
			"Honduras y el FMI\n\nTras alcanzarse un acuerdo entre el Gobierno hondureño y el Fondo Monetario Internacional (FMI) por 830 millones de dólares, el Congreso aprobó reformas.",
			"HN loan_usd 8.3e+08", ""},
		{"Italian and French dollars \"di Bitcoin\", \"de bitcoins\" a state holds are its holding's worth",
			"I governi e il bitcoin\n\nIl governo spagnolo detiene circa 1,1 miliardi di dollari di Bitcoin, secondo Arkham.",
			"ES holdings_usd 1.1e+09", ""},
		{"coins hardware wallets \"contiennent\" are held, with their worth",
			"Le bitcoin du Canada\n\nLes portefeuilles contrôlés par la police canadienne contiennent 9 450 bitcoins, d'une valeur estimée à 800 millions de dollars.",
			"CA btc_holdings 9450; CA holdings_usd 8e+08", ""},
		{"coins a state is believed to hold (\"detenga\") are its holding, one agency's part and its worth go to review",
			"I bitcoin del Canada\n\nUn documento rivela che la polizia federale del Canada controlla attualmente 1.200 BTC, del valore di circa 100 milioni di dollari. Molti credono che il governo del Canada detenga quasi 9.000 BTC.",
			"CA btc_holdings 9000", " btc_holdings 1200;  holdings_usd 1e+08"},
		{"holdings that \"exceed\" a round count restate the exact count",
			"US bitcoin\n\nIn total, US holdings now exceed 250,000 BTC, valued at almost $25 billion. Analysts say the US government now controls 250,430 BTC, worth roughly $24.9 billion.",
			"US btc_holdings 250430; US holdings_usd 2.49e+10", ""},
		{"dollars \"em bitcoins\" after a sum restated in brackets are held",
			"Bitcoin na Irlanda\n\nO governo da Irlanda possui cerca de US$ 250 milhões (R$ 1,4 bilhão, na cotação atual) em bitcoins, mas não consegue vendê-los.",
			"IE holdings_usd 2.5e+08", ""},
	})
}

// Twins of rounds ww and wx, read as development text.
func TestRealTextTwinsRoundsWwWx(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a French sum a new tranche \"porte à\", the whole of the payments made, is no loan size",
			"Le Gabon et le FMI\n\nAprès la revue des accords avec le Gabon, le Fonds monétaire international (FMI) accorde un nouveau décaissement de 40 millions de dollars au titre de la Facilité élargie de crédit (FEC). Selon le FMI, cette nouvelle enveloppe porte à 210 millions de dollars, soit environ 125 milliards de FCFA, le volume des décaissements déjà effectués en faveur du Gabon depuis la conclusion du programme.",
			"", ""},
		{"a German ranking's \"mit\" gives a country its coins and their worth",
			"Staaten und Bitcoin\n\nAm unteren Ende der Rangliste stehen Chile mit 70 Bitcoin (rund 8 Millionen Dollar) und Peru mit 150 Bitcoin (17 Millionen Dollar).",
			"CL btc_holdings 70; CL holdings_usd 8e+06; PE btc_holdings 150; PE holdings_usd 1.7e+07", ""},
		{"Portuguese \"como se sabe\" is no likeness, and a \"saldo superior a\" a sum is the holding's worth",
			"Governos e bitcoin\n\nComo se sabe, o Chile possui 3 mil bitcoins. O Chile acumula um saldo de 3 mil BTCs, com saldo superior a 250 milhões de dólares.",
			"CL btc_holdings 3000; CL holdings_usd 2.5e+08", ""},
	})
}

// Twins of round wy, read as development text.
func TestRealTextTwinsRoundWy(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"power \"limits\" named after the figure are a limit, left for review",
			"Mining power\n\nUzbekistan's grid has been under strain this winter.\n\nEarlier, the system operator introduced 250 MW electric power limits for digital miners.",
			"", " mining_power_mw 250"},
		{"smartphone users are not crypto holders",
			"Crypto in Indonesia\n\nIndonesia ranks high on crypto adoption. The lead is supported by over 190 million smartphone users and cheap mobile data.",
			"", ""},
		{"coins \"were confiscated\" in a holding's sentence are a seizure, a part of the larger stash",
			"The UK's bitcoin\n\nThe UK government holds 61,300 BTC, analysts say. The origins of this massive Bitcoin holding trace back to an operation by the UK police in 2019, where 61,000 BTC were confiscated from two fraudsters.",
			"GB btc_holdings 61300", ""},
		{"a sale of something else in a sentence about bitcoin is no sale of coins",
			"Bitcoin in Austria\n\nThe Austrian police seized almost 9,000 BTC in March. The two suspects allegedly bought the Bitcoin with profits made from pirated films sold on websites in 2015.",
			"AT btc_holdings 9000", ""},
	})
}

// Twins of end years and dates written as Romance languages and IMF releases write them.
func TestRealTextTwinsEndDates(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"an arrangement extended \"until end-November\" a year ends that year",
			"Togo and the IMF\n\nThe Board approved the authorities' request to extend the ECF arrangement for Togo until end-November 2019.",
			"TG loan_term_end_year 2019", ""},
		{"a French programme \"en place jusqu'en\" a year ends that year",
			"Le Bénin et le FMI\n\nLe Bénin bénéficie d'un programme du FMI de 600 millions de dollars, un arrangement qui reste en place jusqu'en 2028.",
			"BJ loan_usd 6e+08; BJ loan_term_end_year 2028", ""},
		{"a Spanish programme extended \"hasta finales de\" a month ends that year",
			"Bolivia y el FMI\n\nEl directorio del FMI aprobó extender el programa de Servicio Ampliado con Bolivia hasta finales de marzo de 2027.",
			"BO loan_term_end_year 2027", ""},
		{"\"le dollar US\" names a currency, not the United States",
			"Le Salvador et le bitcoin\n\nLe Honduras a admis le bitcoin comme monnaie officielle, au même titre que le dollar US, le 5 mars 2026.",
			"HN legal_tender_year 2026", ""},
		{"a staff-monitored programme's end is no loan's",
			"Le FMI et le Tchad\n\nLes services du FMI ont examiné le programme de référence, lequel a été prorogé, à la demande du gouvernement tchadien, jusqu'à fin septembre 2026.",
			"", ""},
	})
}

// Twins of rounds vb, wz and va, read as development text.
func TestRealTextTwinsRoundsVbWzVa(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"owners \"in\" a country right after the count are that country's, the next in the ranking has its own in brackets",
			"Crypto owners\n\nThere are 31.2 million crypto owners in Brazil, followed by Turkey (16.4 million) and Peru (9 million).",
			"BR crypto_holders 3.12e+07; TR crypto_holders 1.64e+07; PE crypto_holders 9e+06", ""},
		{"coins \"totaling\" a sum are worth it",
			"Canada seeks forfeiture of bitcoin\n\nCanada is suing for the forfeiture of thousands of Bitcoins, totaling more than $300 million, that police seized on Tuesday.",
			"CA holdings_usd 3e+08", ""},
		{"a German worth \"zwischen X und Y\" is a range",
			"Staaten und Bitcoin\n\nDen größten Teil halten die USA mit ca. 200.000 BTC, die im Wert zwischen 17 und 21 Milliarden US-Dollar liegen.",
			"US btc_holdings 200000; US holdings_usd 1.7e+10..2.1e+10", ""},
		{"Großbritannien is the United Kingdom",
			"Staaten und Bitcoin\n\nDie USA sind die Volkswirtschaft mit dem größten Bitcoin-Besitz (198.021 BTC), gefolgt von China (190.000 BTC) und Großbritannien (61.245 BTC).",
			"US btc_holdings 198021; CN btc_holdings 190000; GB btc_holdings 61245", ""},
		{"a Spanish \"demanda ... en todo el país\" is the country's electricity, not mining's",
			"Minería en Irán\n\nLos mineros de bitcoin de Irán consumen 2 TWh de electricidad al año. Actualmente hay una demanda de más de 60 000 MWh de electricidad en todo el país.",
			"IR mining_energy_twh 2", ""},
		{"a loan in Italian \"trattative\" is not yet granted, one approved after talks is",
			"El Salvador e il FMI\n\nIl paese centroamericano è in trattative con il FMI per un accordo di finanziamento di quasi 2 miliardi di dollari. Tras tres años de negociaciones, el FMI y el gobierno de Honduras llegaron a un acuerdo para otorgar al país un préstamo por USD 900 millones.",
			"HN loan_usd 9e+08", ""},
		{"the worth of shares in a bitcoin ETF is no holding of coins",
			"The new digital sovereigns\n\nAccording to US filings, Qatar holds 5mn shares in BlackRock's Bitcoin ETF, worth about $300mn.",
			"", ""},
		{"a sum broken down after a colon into parts from several lenders is no one lender's loan",
			"Bolivia y el FMI\n\nEl presidente de Bolivia anunció la firma del convenio con el FMI por 7 mil 500 millones de dólares: 3 mil 500 millones vendrán directamente del FMI y 4 mil millones serán de bancos multilaterales.",
			"", ""},
		{"the crypto market's value is no state's holding",
			"Crypto in Asia\n\nIndia leads the region's crypto boom. Here the crypto market value reached $480.5 billion, growing fastest in Central and Southern Asia.",
			"", ""},
	})
}

// Twins of constructions read in round 44 once it joined the development set.
func TestRealTextTwinsRoundFortyFour(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"the worth of reserves a Spanish government \"vendió\" is a sale, not its holding",
			"Reservas de Nepal\n\nNepal tiene 9.400 BTC. En 2024, el gobierno vendió reservas de BTC por un valor de 80 millones de dólares para pagar deudas.",
			"NP btc_holdings 9400", ""},
		{"income from \"la venta de reservas\" is a sale's worth",
			"Bitcoin en Laos\n\nLaos ha generado ingresos por la venta de reservas de BTC por un valor de 45 millones de dólares desde 2023.",
			"", ""},
		{"dollars \"per citizen\" are a share, not the holding's worth",
			"Bitcoin in Oman\n\nOman holds 4,200 BTC, worth about $380 million, or roughly $75 in bitcoin per resident.",
			"OM btc_holdings 4200; OM holdings_usd 3.8e+08", ""},
		{"a mine set up by foreign investors stands where it is, not in their country",
			"Mining in Oman\n\nReports said Turkish investors and a state fund had built a joint 120-megawatt bitcoin mine at Duqm.",
			"", " mining_power_mw 120"},
		{"a demonym's miners with a site \"in\" a country after them mine there",
			"Where miners went\n\nRussian miners now run 300 MW of machines in Ethiopia.",
			"ET mining_power_mw 300", ""},
		{"a country's electricity in a relative clause after \"more than\" is compared, not mining's",
			"Bitcoin's appetite\n\nBitcoin mining in Chile uses 6 TWh, more than the present power consumption of Uruguay, which in 2022 came to 11.5 TWh.",
			"CL mining_energy_twh 6", ""},
		{"a Spanish \"superior al consumo ... de\" a country, \"que\" reached, is compared",
			"Minería en Perú\n\nLa minería de bitcoin en Perú usa 3 TWh, una cifra superior al consumo eléctrico actual de Bolivia, que en 2022 alcanzó los 10,1 TWh.",
			"PE mining_energy_twh 3", ""},
		{"a digital rouble made legal tender is a state currency, not bitcoin",
			"Crypto rules in Belarus\n\nBelarus lets firms trade bitcoin. It launched the token-based \"digital rouble\" as legal tender in 2024.",
			"", ""},
	})
}

// Twins of constructions read in rounds vg to vj (round 51's development half).
func TestRealTextTwinsRoundFiftyOne(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"coins \"with\" a number \"added\" after a total are an addition",
			"Bhutan's reserve\n\nBhutan's bitcoin reserve has grown to 9,870 Bitcoin with 310 BTC added since March 2025.",
			"BT btc_holdings 9870", ""},
		{"a count \"that number\" climbed to later in the same sentence is the current one, the first an earlier level",
			"Crypto in Japan\n\nIn Japan, crypto users jumped to 8.2 million after the halving, and by June 2024, that number had already risen to 8.9 million.",
			"JP crypto_holders 8.9e+06", " crypto_holders 8.2e+06"},
		{"power \"of requests\" from miners is asked for, not drawn",
			"Quebec and miners\n\nThe province's utility has received close to 9 GW of requests from miners hoping to connect.",
			"", ""},
		{"investors counted by what they did not declare are a subset",
			"Crypto and tax in Chile\n\nChile's tax office said it found 18,400 crypto investors who did not declare their coins last year.",
			"", ""},
		{"a Portuguese count of investors \"que não\" declared is a subset",
			"Receita e bitcoin\n\nA Receita do Peru detectou 14.210 investidores em Bitcoin que não incluíram o ativo em suas declarações.",
			"", ""},
		{"a demonym before \"law enforcement\" stands for its state",
			"Police seize bitcoin\n\nDutch law enforcement seized 3,100 bitcoins, valued at about $190 million, from a darknet vendor.",
			"NL btc_holdings 3100; NL holdings_usd 1.9e+08", ""},
		{"Việt Nam, written with its marks, is Vietnam",
			"Crypto in Asia\n\nWith over 9 million people owning crypto assets in 2023, Việt Nam wants new rules.",
			"VN crypto_holders 9e+06", ""},
		{"a seizure the article says an official denies goes to review",
			"Official Denies Country Holds Bitcoin\n\nIn June, raids by Romanian police were reported to have led to the seizure of over 40,000 BTC. On Monday, however, Romania's chief prosecutor said that the police did not seize the bitcoins.",
			"", " btc_holdings 40000"},
		{"a headline that \"denies\" the state possesses coins worth a sum sends the sum to review",
			"Minister Denies Serbia Possessing $900 Million Worth of Bitcoins\n\nLast spring, Serbian police were reported to have seized 14,000 BTC.",
			"", " holdings_usd 9e+08;  btc_holdings 14000"},
		{"coins a country \"accumulated\", with no date, are its stock, their worth in brackets not a loan",
			"Bitcoin and the IMF\n\nHonduras adopted bitcoin in 2022. The nation later accumulated 4,120.5 Bitcoin (roughly $410 million) and agreed a $900 million loan with the IMF in May 2025.",
			"HN btc_holdings 4120.5; HN holdings_usd 4.1e+08; HN loan_usd 9e+08", ""},
		{"coins a state is \"preparing to sell\" are coins it holds",
			"Sale of seized coins\n\nThe Irish government is preparing to sell 6,400 Bitcoin worth $620 million, seized from a drug dealer.",
			"IE btc_holdings 6400; IE holdings_usd 6.2e+08", ""},
		{"\"Nearly\" a round number above the text's count is the same count, rounded up",
			"Estonia Plans to Sell Nearly 3,000 Confiscated Bitcoins\n\nEstonia's tax board holds 2,835 bitcoins taken in drug cases.",
			"EE btc_holdings 2835", ""},
		{"mining that consumes \"on average\" a yearly figure is the country's, averaged over time",
			"Mining in Ukraine\n\nUkraine's energy ministry estimates that crypto mining consumes on average 4 billion kilowatt-hours per year.",
			"UA mining_energy_twh 4", ""},
		{"a date with no year written ends no loan",
			"Power for Moldova\nPublished: 3 December 2024\n\nThe IMF loan to Moldova is on track. The agreement on gas supplies from Romania, which was in effect until November 30, was not renewed for lack of funds.",
			"", ""},
		{"a financial year's end is no loan's",
			"Uganda and the IMF\n\nUganda borrowed $1 billion from the IMF in 2021. The government will publish an audit of pandemic spending for the financial year ended in June 2021.",
			"UG loan_usd 1e+09", ""},
		{"an Italian sum a review lets the IMF \"trasferire\" is a payout",
			"Il FMI e la Giamaica\n\nL'approvazione della revisione dell'accordo Extended Fund Facility consente di trasferire circa 190 milioni di dollari alla Giamaica. Il paese ha già ricevuto 600 milioni.",
			"", ""},
		{"a headline's loan that the text calls a package with other partners is that package",
			"IMF agrees terms for $4b loan to Laos\n\nThe IMF said on Monday that it and other partners had agreed on terms for a $4 billion loan package to the Lao government.",
			"", ""},
		{"a loan a government \"pursues\" is sought, not granted",
			"Reform in Ecuador\n\nCongress passed the reform while the government pursues a $2.2 billion funding deal with the IMF.",
			"", ""},
	})
}

// Twins of constructions read in rounds vk, vl and vp once they joined the development set.
func TestRealTextTwinsRoundFiftyTwo(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a Spanish stake held \"indirectamente\" is no state's coins",
			"Fondos soberanos\n\nSuecia, a través de su fondo de pensiones, posee indirectamente 2,150 BTC gracias a su inversión en una empresa.",
			"", ""},
		{"a Portuguese supply \"fixada em\" 21 million is bitcoin's own",
			"Reservas da China\n\nA China detém 190.000 BTC. Essa quantidade representa 0,9% da oferta total da criptomoeda, fixada em 21 milhões de BTC.",
			"CN btc_holdings 190000", ""},
		{"a country named inside a phrase set off by commas is not the subject that opens the sentence",
			"Donations\n\nGeorgia, to collect aid during its dispute with Armenia, has amassed 410 BTC.",
			"GE btc_holdings 410", ""},
		{"a list of countries each with its own figure in commas keeps each its own",
			"Reservas de los gobiernos\n\nOtros países también acumulan bitcoin. Nepal, con 530 BTC, y Bolivia, con 120 BTC, también figuran entre los gobiernos que poseen bitcoin.",
			"NP btc_holdings 530; BO btc_holdings 120", ""},
		{"the sum an agreement \"expands\" is the size before it",
			"Jordan and the IMF\n\nThe IMF agreement expands a $1.3 billion, 48-month Extended Fund Facility that Jordan signed in 2020.",
			"", ""},
		{"a numbered list's rows with words after each count keep their counts",
			"Crypto owners\n\nThe top five countries for crypto users, according to one study, are:\n1. Kenya (6.1 million owners, making up 11.8% of population)\n2. Peru (2.9 million, making up 8.6% of population)\n3. Chile (1.7 million, making up 8.9% of population)",
			"KE crypto_holders 6.1e+06; PE crypto_holders 2.9e+06; CL crypto_holders 1.7e+06", ""},
		{"a Spanish count compared \"veces\" with another country's population still counts users",
			"Criptomonedas\n\nKenia cuenta con más de 12 millones de personas que utilizan criptomonedas, casi 2 veces de lo que sería la población de Noruega.",
			"KE crypto_holders 1.2e+07", ""},
		{"a Spanish share of the population that says it uses crypto, \"equivale a\" a count, is the count of users",
			"Criptomonedas\n\nEn tercer lugar está Perú. Este país andino cuenta con un 18% de su población que declara utilizar o poseer criptomonedas, lo que equivale a unos 6 millones de personas.",
			"PE crypto_holders 6e+06", ""},
		{"machines that \"collectively\" draw power are one site's, in the paragraph's country",
			"Mining in Qatar\n\nA new mining centre has opened in Qatar's free zone. About 1,500 machines run there in a trial. Together these machines collectively consume 8 megawatts of power.",
			"QA mining_power_mw 8", ""},
		{"a site \"in\" a place and its country after a demonym's firm stands in that country, and one partially completed is still being built",
			"Mining deals\n\nA US miner agreed to buy its fellow Norwegian mining peer's 90-megawatt Bitcoin mine in Tromsø, Finland. It also bought a partially completed 60 MW mine in Asunción, Paraguay.",
			"FI mining_power_mw 90", ""},
		{"the people a report was \"conducted among\" are its sample",
			"Crypto in Portugal\n\nThe study, conducted among more than 25,000 citizens of 12 European countries, shows crypto ownership in Portugal is rising.",
			"", ""},
		{"a Spanish report \"realizado a\" people counts its sample",
			"Criptomonedas en Chile\n\nEl estudio, realizado a más de 15 000 ciudadanos de 9 países, refleja que la penetración de las criptomonedas en Chile crece.",
			"", ""},
		{"a count with its own noun after it (\"public servants\") does not take the investors before it",
			"Crypto in Peru\n\nPeru passed a law to serve sophisticated investors and trained 60,000 public servants in Bitcoin basics.",
			"", ""},
		{"French \"activités minières\" make a paragraph about mining, so \"ces opérations\" are its miners",
			"Électricité au Kazakhstan\n\nLe pays fait face à une hausse des activités minières illégales. Plus de 80 % des 200 000 équipements miniers du pays ne sont pas autorisés. Ces opérations consomment plus de 900 mégawatts d'électricité.",
			"KZ mining_power_mw 900", ""},
		{"a country after a list closed by its conjunction and a comma is not in the list",
			"A small kingdom's coins\n\nTucked between Austria and Switzerland, Liechtenstein has built a bitcoin reserve worth over $90 million in recent years.",
			"LI holdings_usd 9e+07", ""},
		{"the end of a \"previous\" programme another replaces is not the loan's",
			"Tunisia and the IMF\n\nThe IMF board approved a $1.9 billion loan for Tunisia. This programme replaces a previous one that was set to expire in June 2024.",
			"TN loan_usd 1.9e+09", ""},
	})
}

// Twins of constructions read in rounds vq to vv once they joined the development set.
func TestRealTextTwinsRoundFiftyThree(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a magnitude letter before a period ends the sentence, so the next sentence's country is not the count's",
			"Crypto owners\n\nIn Qatar 9.2% own crypto while the total number of these owners is 270K. 8.4% in Jordan own crypto which makes about 950,000 people with crypto ownership.",
			"QA crypto_holders 270000; JO crypto_holders 950000", ""},
		{"countries after \"than\" that a comma closes are compared; the figure after \"with\" is the subject's",
			"State holders\n\nThe Ukrainian government now holds more Bitcoin than Bhutan and Finland, with about 46,000 BTC worth over $4 billion.",
			"UA btc_holdings 46000; UA holdings_usd 4e+09", ""},
		{"a Portuguese holding that \"passaram de\" one level \"para\" another is the later one",
			"Reservas do Butão\n\nAs reservas do Butão passaram de 9.100 BTC em 3 de março de 2025, quando o governo vendeu uma parte, para mais de 10.200 BTC após a nova mineração.",
			"BT btc_holdings 10200", ""},
		{"a Portuguese \"acrescentou\" of coins is one purchase, the total it brought the reserve to the holding",
			"Reservas do Butão\n\nEm abril, o país acrescentou 40 BTC ao seu portfólio, elevando suas reservas para um total de 9.410 bitcoins. O Butão segue comprando.",
			"BT btc_holdings 9410", ""},
		{"German \"von\" one level \"auf\" another, words between, is a change: the later is the holding",
			"Bitcoin in Bhutan\n\nDie Bitcoin-Bestände Bhutans sind von 9.020 BTC zum Zeitpunkt des Verkaufs auf 9.310 BTC gestiegen.",
			"BT btc_holdings 9310", ""},
		{"an increase \"from\" one sum \"to\" another with the borrower between is the later sum, not a range",
			"Jordan and the IMF\n\nThe IMF board confirmed a deal to increase its loan to Jordan from $1.2 billion to $1.9 billion.",
			"JO loan_usd 1.9e+09", ""},
		{"one firm-owned mining farm's energy is the farm's, not the country's",
			"Mining in Armenia\n\nOfficials said a Genesis-owned Bitcoin mining farm takes 3% of the country's electricity, or 210 million kWh in absolute terms.",
			"", ""},
		{"energy used \"since the start of\" a year is not a year's",
			"Mining\n\nAn analyst said that since the start of 2024, Bitcoin mining in Norway has consumed 620 GWh of electricity.",
			"", ""},
		{"a country named after \", with\" as leading many governments holds the figure",
			"State holders\n\nGovernments worldwide are buying Bitcoin, with the Bhutanese government leading the pack, holding 11,300 BTC valued at $1.1 billion. The governments together hold 2.1% of the circulating 19.9 million BTC.",
			"BT btc_holdings 11300; BT holdings_usd 1.1e+09", ""},
		{"a named country's \"government wallet\" holds the state's coins",
			"Bhutan moves coins\n\nDespite the sales, Nepal's government wallet still holds roughly 3,456 BTC, valued at approximately $310 million, according to one tracker.",
			"NP btc_holdings 3456; NP holdings_usd 3.1e+08", ""},
		{"a relative clause after a group a country's name owns describes the group, not the paragraph's country",
			"Bhutan's stash\n\nBhutan sold coins this spring. Its balance places it just behind Russia's Evil Corp, which reportedly controls 5,100 BTC.",
			"", " btc_holdings 5100"},
		{"the end of a review mission the sentence is about is not the loan's",
			"Zambia and the IMF\nPublished: 2 March 2024\n\nZambia's $1.3 billion IMF programme is on track. The assessment scheduled to last two weeks began on Monday, March 4 and will end on March 15, 2024.",
			"ZM loan_usd 1.3e+09", ""},
		{"a loan the parties have been \"discutido\" is not yet granted",
			"El Salvador e o FMI\n\nO FMI e o governo de Honduras têm discutido o empréstimo de US$ 2,1 bilhões e possíveis mudanças na lei desde outubro.",
			"", ""},
		{"a level a fund partners \"to ramp up\" capacity to is planned",
			"Mining in Laos\n\nLaos's state power firm is partnering with a mining company to ramp up capacity from 50 to 300 megawatts.",
			"", ""},
		{"farms a sentence says were shut, then \"The farms were using\" a figure, drew it before",
			"Mining curbs\n\nThe grid company said it shut more than 3,000 mining farms across Kuwait.\n“The farms were collectively using 420 megawatts”, its spokesman said.",
			"", ""},
		{"rigs \"capable of consuming\" a figure could draw it, not do",
			"Minería en Irak\n\nLas autoridades descubrieron 90.000 equipos mineros no autorizados capaces de consumir 300 megavatios.",
			"", ""},
		{"a sum approved \"following\" reviews is the tranche they release",
			"IMF and Mongolia\n\nThe IMF has approved a loan of about US$64.2 million for Laos following three rounds of reviews of the country's performance.",
			"", ""},
		{"a figure placed \"nel paese\" where only the article's first sentence names a country is that country's",
			"Regole nuove\n\nL'Uzbekistan vuole regolare il mining delle criptovalute.\n\nI miner non registrati consumano circa 300 MW di elettricità nel paese, secondo una stima.\n\nAnche il Tagikistan studia nuove regole.",
			"UZ mining_power_mw 300", ""},
		{"a coin's \"market cap\" is no limit on mining",
			"Mining in Ukraine\n\nIn 2023, mining the coin with the largest market cap, bitcoin, required 0.4 gigawatts in Ukraine.",
			"UA mining_power_mw 400", ""},
		{"a bailout \"from a range of global allies\" is a package of several lenders, not the IMF's loan",
			"Tunisia and the IMF\n\nInvestors watch the talks after Tunisia secured a $21 billion bailout from a range of global allies last year. The IMF board approved a $1.9 billion loan for Tunisia in March.",
			"TN loan_usd 1.9e+09", ""},
		{"coins \"these entities\" hold are many holders', and the value restating them goes to review with them",
			"Treasuries\n\nEl Salvador keeps buying bitcoin for its treasury. A tracker lists 60 companies and five countries with bitcoin. These entities hold approximately 1,600,000 bitcoins so far. This puts it at a value of $90 billion.",
			"", " btc_holdings 1.6e+06;  holdings_usd 9e+10"},
		{"people who have \"ever owned\" crypto are not those who hold it now",
			"Crypto in Ireland\n\nThis increase brings the total number of Irish residents who have ever owned cryptos to 600,000, up from 400,000 previously.",
			"", ""},
		{"a count of households is not of people",
			"Crypto in Spain\n\nBased on the central bank's data, 2.5% of Spanish households held crypto-assets: it can be estimated that there are just over 470,000 households.",
			"", ""},
		{"energy used \"dall'inizio del\" a year is not a year's",
			"Mining in Italia\n\n\"Dall'inizio del 2024, il mining di Bitcoin in Norvegia ha consumato ben 620 GWh di energia elettrica\", ha dichiarato un analista.",
			"", ""},
		{"a French \"précédent programme\" of a sum is an earlier loan, not the new one",
			"Le FMI et la Guinée\n\nLe FMI a approuvé un nouveau programme de 180 millions de dollars pour la Guinée. Le FMI avait suspendu, en mars dernier, un précédent programme de 250 millions de dollars en faveur du pays.",
			"GN loan_usd 1.8e+08", ""},
		{"coins an Indonesian sentence says the country \"membeli\" are a purchase",
			"Bitcoin di Bhutan\n\nPada minggu lalu, negara ini membeli 12 BTC, meningkatkan total kepemilikan BTC Bhutan menjadi 10.210 BTC.",
			"BT btc_holdings 10210", ""},
		{"a level a Portuguese article says there are \"planos\" to raise capacity to is planned",
			"Mineração no Nepal\n\nEm 2024, a empresa estatal anunciou planos para aumentar a capacidade de mineração do Nepal para 400 megawatts até 2026.",
			"", ""},
		{"Spanish \"monedas de bitcoin\" after a count are bitcoins",
			"Bitcoin en Panamá\n\nEl gobierno de Panamá posee 520 monedas de bitcoin, según el ministerio.",
			"PA btc_holdings 520", ""},
		{"countries with coins in brackets in a sentence of who \"surpassed\" whom are holders",
			"State coins\n\nThus, Ukraine has surpassed Finland (1,980 BTC) and Georgia (66 BTC) in terms of Bitcoin volumes.",
			"FI btc_holdings 1980; GE btc_holdings 66", ""},
		{"a Spanish \"potencial hidroeléctrico\" is the country's capacity, not mining's",
			"Minería en Nepal\n\nEl país, con un potencial hidroeléctrico de 42.000 megavatios, ha convertido su excedente en minería de bitcoin.",
			"", ""},
	})
}

// TestRealTextTwinsRoundFiftyFour holds the constructions of round 51, the set-aside
// round of the session before, read once it had been scored.
func TestRealTextTwinsRoundFiftyFour(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a German count of \"Milliarden Kilowattstunden\" is energy in terawatt-hours",
			"Mining in Kasachstan\n\nNach Schätzungen des Ministeriums verbraucht das Krypto-Mining in Kasachstan jährlich rund 9 Milliarden Kilowattstunden.",
			"KZ mining_energy_twh 9", ""},
		{"the worth given for coins of an earlier year goes with them",
			"Bitcoin en Bolivie\n\nSelon un traqueur, la Bolivie détient 310 bitcoins depuis le 31 mars 2023. D'autres estiment que la Bolivie convertit de l'or en bitcoins depuis 2019, évaluant ses avoirs à environ 90 000 BTC, d'une valeur comprise entre 8 et 9 milliards de dollars.",
			"BO btc_holdings 310", ""},
		{"coins a government is \"seeking to retain\" are coins it holds, and a year they were seized in does not date their worth",
			"Dutch coins\nPublished: 12 June 2025\n\nThe Dutch government is seeking to retain about 3,500 bitcoins, worth about $350 million, seized in 2019 from a fraud ring.",
			"NL btc_holdings 3500; NL holdings_usd 3.5e+08", ""},
		{"a Spanish state \"buscando retener\" coins holds them",
			"Bitcoin en Bélgica\n\nEl gobierno de Bélgica está buscando retener unos 1.200 bitcoins incautados a una red criminal.",
			"BE btc_holdings 1200", ""},
		{"a head of state named alone stands for the state",
			"Bitcoin reserve\n\nBukele announced on X that the state now holds 6,420 BTC.",
			"SV btc_holdings 6420", ""},
		{"a president's surname alone ties mining power to the country",
			"Mining\n\nTokayev said crypto miners use about 1,200 megawatts of power.",
			"KZ mining_power_mw 1200", ""},
		{"French \"portant ... de X à Y\" is a change to Y, not a range",
			"Le Salvador et le FMI\n\nMalgré cet accord, le président du Salvador a continué d'acheter du BTC, portant les réserves officielles de 6 050 à 6 120 bitcoins.",
			"SV btc_holdings 6120", ""},
		{"Portuguese \"Irão\" is Iran, not a future verb",
			"Mineração no Irão\n\nO Ministério de Energia do Irão destinou 450 MW de energia às mineradoras autorizadas no país.",
			"IR mining_power_mw 450", ""},
		{"a Spanish \"respaldo financiero\" under an IMF agreement is the loan",
			"Jamaica y el FMI\n\nEl acuerdo con el FMI da a Jamaica un respaldo financiero de 610 millones de dólares.",
			"JM loan_usd 6.1e+08", ""},
		{"a sum that \"completarán\" a year's support is its last part",
			"Costa Rica y el FMI\n\nDe ser aprobados, los US$210 millones completarán el respaldo financiero del FMI a Costa Rica para este año.",
			"", ""},
		{"a Portuguese remainder that \"será liberado\" is to come",
			"Egito e o FMI\n\nO FMI aprovou um empréstimo de US$ 20 bilhões para o Egito. O restante do montante total, US$ 12 bilhões, será liberado ao longo do acordo.",
			"EG loan_usd 2e+10", ""},
		{"a French \"solde\" after coins is their worth",
			"Bitcoin au Bhoutan\n\nSelon un traqueur, le Bhoutan détient 900 bitcoins, avec un solde actuel d'environ 85 millions de dollars.",
			"BT btc_holdings 900; BT holdings_usd 8.5e+07", ""},
		{"a state's bitcoin \"portfolio\" valued at a sum is its holding's worth",
			"Nepal's coins\n\nNepal's bitcoin portfolio is valued at about $52 million, the minister said.",
			"NP holdings_usd 5.2e+07", ""},
		{"a plan to put off the review of a loan does not make the loan planned",
			"Ecuador y el FMI\n\nEl FMI le permitirá a Ecuador postergar por un mes la revisión del préstamo de unos US$ 4.000 millones.",
			"EC loan_usd 4e+09", ""},
		{"people who held coins \"e não informaram\" them are counted by what they did not do",
			"Receita Federal\n\nA Receita Federal informou que identificou 18.400 pessoas físicas que tinham bitcoins ao final de 2023, e não informaram o montante na declaração.",
			"", ""},
		{"people who held coins \"and did not declare\" them are a part, in English too",
			"Tax and crypto in Brazil\n\nBrazil's tax agency identified 9,300 people who held bitcoin at the end of 2023 and did not declare it.",
			"", ""},
		{"\"without rules and without protection\" negates no verb: the count is of all who trade",
			"Crypto in Pakistan\n\nPakistan has approximately 35 million citizens who are trading digital assets without rules and without protection.",
			"PK crypto_holders 3.5e+07", ""},
		{"a sale told of before the seizure still sends the seized coins to review",
			"Selling seized coins\n\nThe Dutch state could follow the Austrian government, which sold all of its Bitcoin holdings within two months. In 2021, the Austrian authorities confiscated 12,000 BTC from the operators of a piracy website.",
			"", " btc_holdings 12000"},
		{"\"Inizialmente\" opening a sentence makes its holding an earlier level",
			"Bitcoin in Austria\n\nInizialmente l'Austria possedeva 12.000 Bitcoin, confiscati a una rete di truffatori.",
			"", ""},
		{"\"its previous\" sum before a loan programme is an earlier loan",
			"Ghana and the IMF\n\nThe IMF board approved a $3 billion facility for Ghana last week. The country also completed its previous $1 billion loan programme in May.",
			"GH loan_usd 3e+09", ""},
		{"a sum \"expected under the ninth review\" is a tranche",
			"Sri Lanka and the IMF\n\nSri Lanka expects $330 million under the third review of its IMF loan, the minister said.",
			"", ""},
		{"a German \"Beschlagnahme von\" a dollar sum in bitcoin is one seizure's worth, not a holding",
			"Beschlagnahmen\n\nDie Aktion folgt auf die Beschlagnahme von 310 Millionen US-Dollar in Bitcoin durch die kanadische Regierung im Jahr 2022.",
			"", ""},
		{"coins \"of\" a named firm right after them are the firm's, and their worth with them",
			"Treasuries\n\nThe Japanese government holds 15,200 BTC and ranks behind the 90,000 BTC of Metaplanet, which are worth $8.1 billion.",
			"JP btc_holdings 15200", " btc_holdings 90000;  holdings_usd 8.1e+09"},
		{"a German state adjective before its government's noun names the state",
			"Bitcoin-Bestände\n\nDie finnische Regierung verfügt mit einem Wert von fast 160 Millionen US-Dollar über die größten Bitcoin-Bestände der Region.",
			"FI holdings_usd 1.6e+08", ""},
		{"the country another \"follows\" with a figure is not the figure's",
			"State coins\n\nFinland follows Georgia with an estimated 1,980 BTC, seized by customs in 2016.",
			"FI btc_holdings 1980", ""},
		{"a seizure dated in the past beside a smaller holding held now goes to review",
			"Bitcoin in Finnland\n\nIm März 2021 gab die finnische Polizei die Beschlagnahmung von rund 2.000 Bitcoins bekannt. Der Zoll besitzt derzeit etwa 1.500 Bitcoins.",
			"FI btc_holdings 1500", " btc_holdings 2000"},
		{"a value phrase opening a sentence whose subject is a sale prices the sale",
			"Coins sold\n\nThe government of Ukraine sold 3,200 bitcoins seized from a ring. Valued at nearly $310 million, this liquidation surprised traders.",
			"", ""},
		{"a hyphenated \"sell-off\" the value describes is a sale",
			"Coins sold\n\nThe government of Ukraine sold 3,200 bitcoins seized from a ring. Such a sell-off, with an estimated total value of $310 million, put pressure on prices.",
			"", ""},
		{"a Spanish \"Stand-By\" is a loan, and the sum \"disponibles\" under it what is left to draw",
			"Honduras y el FMI\n\nEl acceso a los 410 millones de dólares disponibles para Guatemala depende del Acuerdo Stand-By vigente. El Acuerdo Stand-By incluye 600 millones de dólares para Guatemala.",
			"GT loan_usd 6e+08", ""},
		{"a loan a Portuguese sentence says is under \"negociação\" is not yet granted",
			"Costa Rica e o FMI\n\nA decisão ocorre em meio a uma negociação com o FMI por um empréstimo de US$ 900 milhões para a Costa Rica.",
			"", ""},
		{"a German genitive of a region names its state's coins",
			"Bitcoin in Sachsen\n\nSachsens Ermittler haben im März fast 1.200 Bitcoins sichergestellt.",
			"DE btc_holdings 1200", ""},
		{"a national police force named alone stands for its state",
			"Seized coins\n\nThe Metropolitan Police seized 2,300 bitcoins in 2021, which remain in official custody.",
			"GB btc_holdings 2300", ""},
	})
}
