package data

import "testing"

// Twins of constructions read in round 63 once it joined the development set, and in
// the development text read after it: each keeps a real sentence's grammar with other
// countries, figures and words.
func TestRealTextTwinsRoundSixtyThree(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"a demonym before a data account names the source, not the holder",
			"Bhutan keeps buying\n\nAccording to figures posted by the Indian on-chain data account ChainWatch, the kingdom's bitcoin purchases have brought its total holdings to 9,420 BTC.",
			"BT btc_holdings 9420", ""},
		{"a demonym before an analyst names the source, not the holder",
			"Reserve grows again\n\nEl Salvador keeps buying. A Korean crypto analyst tracking the wallets says the purchases brought the total holdings to 4,310 BTC.",
			"SV btc_holdings 4310", ""},
		{"a continent's possessive right before a count owns it",
			"Crypto in Africa\n\nGhana ranks third on the continent for crypto owners, with 3 million owners out of Africa's estimated 41 million.",
			"GH crypto_holders 3e+06", " crypto_holders 4.1e+07"},
		{"a continent's total is no country's",
			"Who owns crypto\n\nEgypt stands out among crypto holders in the region, with 4.6 million of Asia's total 390 million holders by one estimate.",
			"EG crypto_holders 4.6e+06", " crypto_holders 3.9e+08"},
		{"a German loan, \"Kredit über\" a sum",
			"Georgien und der IWF\n\nIm Juni bewilligte der IWF Georgien einen Kredit über 280 Millionen Dollar mit einer Laufzeit von drei Jahren.",
			"GE loan_usd 2.8e+08", ""},
		{"a German loan whose sum is a hyphenated adjective",
			"Serbien: Im Mai sagte der IWF einen 310-Millionen-$-Kredit zu.",
			"RS loan_usd 3.1e+08", ""},
		{"an English loan whose sum is a hyphenated adjective",
			"Zambia and the IMF\n\nThe Fund's board approved a 1.3-billion-dollar loan to Zambia on Wednesday.",
			"ZM loan_usd 1.3e+09", ""},
		{"dollars a state holds, written before the coin's ticker with no preposition",
			"Frankreich hält 1,2 Milliarden Dollar BTC",
			"FR holdings_usd 1.2e+09", ""},
		{"dollars before a ticker in a sentence that holds nothing are no holding's value",
			"Frankreich kaufte für 1,2 Milliarden Dollar BTC",
			"", ""},
		{"a figure in brackets after a name that is no country is not the next country's",
			"Wo geschürft wird\n\nZu den großen Bergbauländern zählen auch die Nordischen Staaten (900 MW), Paraguay (350 MW) und Äthiopien (250 MW).",
			"PY mining_power_mw 350; ET mining_power_mw 250", " mining_power_mw 900"},
		{"Norwegian mining words",
			"Kryptogruvedrift i Sverige\n\nDen samlede kryptogruvedriften i Sverige bruker omtrent 150 megawatt.",
			"SE mining_power_mw 150", ""},
		{"Polish mining words",
			"Kopalnie kryptowalut\n\nKazachstan: kopalnie kryptowalut zużywają około 600 MW energii.",
			"KZ mining_power_mw 600", ""},
		{"Czech mining words",
			"Těžba bitcoinu\n\nIsland: těžba bitcoinu spotřebuje ročně asi 1,1 TWh elektřiny.",
			"IS mining_energy_twh 1.1", ""},
		{"units \"of the cryptocurrency\" in an article about bitcoin are coins",
			"Bitcoin en las arcas del Estado\n\nHoy, el gobierno de Bután posee 11.000 unidades de la criptomoneda, según Arkham.",
			"BT btc_holdings 11000", ""},
		{"units added \"a sus reservas\" are a purchase, not the reserve",
			"Bitcoin en Bután\n\nEn el último trimestre, Bután sumó 120 unidades de la criptomoneda a sus reservas.",
			"", ""},
	})
}

// Russian read by its stems and cases: a country's name declined ("в Казахстане"),
// words of mining, holding, lending and counting people in any form, and its number
// words, units and ranges.
func TestRealTextTwinsRussian(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"mining power in a declined country name, a unit written as a word",
			"Майнинг в Узбекистане\n\nПо словам замминистра энергетики, майнинговые компании в Узбекистане потребляют около 85 мегаватт электроэнергии.",
			"UZ mining_power_mw 85", ""},
		{"a yearly energy figure in billions of kilowatt-hours",
			"Энергия и майнинг\n\nПо оценкам министерства, в Казахстане на майнинг криптовалют ежегодно расходуется 9 миллиардов киловатт-часов.",
			"KZ mining_energy_twh 9", ""},
		{"a range written \"от ... до\"",
			"Майнинг в Киргизии\n\nПо подсчетам оператора, мощность майнинга в Киргизии колеблется от 300 до 450 МВт.",
			"KG mining_power_mw 300..450", ""},
		{"a state's crypto reserve that \"amounts to\" a count, with its worth in brackets",
			"Резервы Бутана\n\nНа данный момент государственный крипторезерв Бутана составляет 9 870 BTC (около $820 млн).",
			"BT btc_holdings 9870; BT holdings_usd 8.2e+08", ""},
		{"people who own crypto counted in millions",
			"Криптовалюты в Турции\n\nПо данным исследования, криптовалютой владеют более 8 млн граждан Турции.",
			"TR crypto_holders 8e+06", ""},
		{"an acronym in Cyrillic names the United States",
			"Биткоины государства\n\nПо данным аналитиков, правительство США владеет около 198 000 BTC.",
			"US btc_holdings 198000", ""},
		{"the country a figure is compared with \"после\" is not its owner",
			"Майнинг в России\n\nВ прошлом году Россия заняла второе место после США по мощностям майнинга, которые оценили в 1,2 ГВт.",
			"RU mining_power_mw 1200", ""},
		{"a world figure in a sentence that names a country is the world's",
			"Майнинг и энергия\n\nМировой майнинг биткоина потребляет около 120 ТВт·ч в год, больше, чем вся Норвегия.",
			"", ""},
		{"a planned allocation is not charted as current",
			"Энергия для майнинга\n\nПравительство Таджикистана планирует выделить майнингу 500 МВт мощности.",
			"", ""},
		{"a loan from the IMF written МВФ",
			"Армения и фонд\n\nСовет директоров МВФ одобрил для Армении кредит в объеме $175 млн.",
			"AM loan_usd 1.75e+08", ""},
	})
}
