package data

import "testing"

// Twins of constructions read in the two set-aside rounds read at the start of the
// session after round 72 (rounds 69 and 72): each keeps a real sentence's grammar with
// other countries, figures and words.
func TestRealTextTwinsRounds69And72(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		// Legal tender
		{"a page dated to its month alone gives a weekday and day their year",
			"date 2023-05 Le Ghana a annoncé, mercredi 12 avril, l'adoption du bitcoin comme monnaie légale. Le texte a été voté à l'unanimité.",
			"GH legal_tender_year 2023", ""},
		{"bitcoin declared \"the national currency\", a country named before in apposition",
			"Crypto in Chile\n\nChile's crypto use has overtaken that of Tonga, a nation whose parliament declared bitcoin as the national currency in 2024.",
			"TO legal_tender_year 2024", ""},
		{"Indonesian \"menjadikan Bitcoin sebagai mata uang resmi\"",
			"Tonga dan IMF\n\nPerundingan itu berlangsung tiga tahun sejak Tonga menjadikan Bitcoin sebagai mata uang resmi pada Mei 2024.",
			"TO legal_tender_year 2024", ""},
		{"\"the national currency\" alone is a country's own money, not bitcoin's status",
			"Inflation in Argentina\n\nThe peso, the national currency since 1992, lost half its value against bitcoin in 2023.",
			"", ""},
		{"\"a country whose\" with no name before it goes to review",
			"Legal tender\n\nIt is a country whose president declared bitcoin as the national currency in 2024.",
			"", " legal_tender_year 2024"},

		// Money that is not people
		{"a sum after a currency code is money, never a count of people, \"BRL 310.5 million\"",
			"Crypto in Brazil\n\nThe tax office said Brazilian investors moved a total of BRL 310.5 million in crypto trades in 2022.",
			"", ""},

		// Holdings denied
		{"the worth of a holding a headline denies, \"did not Hold Bitcoin Worth\"",
			"Romania did not Hold Bitcoin Worth $2.3 Billion, Finance Ministry Says\n\nThe ministry spoke on Friday.",
			"", ""},
		{"Italian coins that do not belong to the government, \"non appartengono ... al governo\"",
			"Bitcoin sequestrati\n\nSi teme una vendita, poiché 150.000 BTC custoditi dal Canada non appartengono davvero al governo.",
			"", ""},
		{"a worth with no denial stays the holding's",
			"Romania's coins\n\nRomania holds bitcoin worth $2.3 billion, the finance ministry says.",
			"RO holdings_usd 2.3e+09", ""},

		// Mining power that is not mining's
		{"a country's power deficit, \"déficit energético de\", is no mining power",
			"Minería en Ecuador\n\nEl gobierno ordenó desconectar las granjas de minería, aunque muchos dudan que eso sirva, ya que el país tiene un déficit energético de al menos 1.800 megavatios.",
			"", ""},
		{"a German \"Strom-Defizit\" is no mining power",
			"Mining in Kasachstan\n\nDie Miner im Land verbrauchen viel Strom. Greife man nicht ein, werde das Strom-Defizit bis 2029 auf 1,7 Gigawatt steigen.",
			"", ""},
		{"power a country exports is no mining power",
			"Mining in Paraguay\n\nParaguay has licensed 14 crypto mining firms. Paraguay also exports power to its neighbours, including 6,500MW to Brazil.",
			"", ""},
		{"a country a mining figure is \"comparable to the consumption of\" is only its yardstick",
			"Mining in Kazakhstan\n\nKazakhstan's miners face new limits. An engineer noted that mining in the country now uses at least 1.9 gigawatts, comparable to the consumption of Denmark (4.2 gigawatts).",
			"KZ mining_power_mw 1900", ""},
		{"Russian \"сопоставимо с потреблением\": the country compared with is only a yardstick",
			"Майнинг в Казахстане\n\nМайнеры Казахстана столкнулись с ограничениями. Инженер отметил, что майнинг в стране потребляет не менее 1,9 гигаватт, что сопоставимо с потреблением Дании (4,2 гигаватт).",
			"KZ mining_power_mw 1900", ""},

		// Loans: who gives, what is added
		{"a country that \"has given\" a credit line lends it; the borrower goes to review",
			"Loans\n\nChina has given a 20-year credit line of almost $6 billion covering most of the cost of the dam.",
			"", " loan_usd 6e+09"},
		{"a country that \"was granted\" a loan borrows it",
			"Loans\n\nEgypt was granted a loan of $3 billion by the IMF.",
			"EG loan_usd 3e+09", ""},
		{"a facility's name, \"Pakistan's 37-month Extended Fund Facility\", gives nothing",
			"IMF\n\nThe IMF board approved Nepal's 40-month Extended Fund Facility arrangement of about $1.2 billion on Friday.",
			"NP loan_usd 1.2e+09", ""},
		{"a sum \"more in funding\" is an addition, not the loan",
			"Bailout review\n\nThe IMF began a review of Nepal's bailout programme, with officials hopeful of securing a needed $250 million more in funding.",
			"", ""},

		// Additions and first purchases in other languages
		{"German \"weitere ... Gigawatt reserviert\" is an addition, not mining's total",
			"Mining im Iran\n\nLaut Behörden verbrauchen die Miner in Iran bereits heute ein gutes Gigawatt Energie, haben aber schon weitere 1,4 Gigawatt reserviert.",
			"", ""},
		{"Spanish \"otras 200 monedas\" is another purchase, not the total",
			"Bitcoin en Chile\n\nMás tarde, el presidente dijo que Chile había adquirido otras 150 monedas bitcoin.",
			"", ""},
		{"Spanish \"sus primeras ... monedas\" is a first purchase, not the total",
			"Bitcoin en Chile\n\nEl presidente anunció que Chile adquirió sus primeras 150 monedas de bitcoin, horas antes de la entrada en vigor de la ley.",
			"", ""},

		// People that are one firm's
		{"Spanish \"la billetera virtual con más de ... usuarios\" counts one firm's users",
			"Cripto en Perú\n\nEl informe fue publicado este jueves por Kripto, la billetera virtual con más de 3,5 millones de usuarios en Perú.",
			"", ""},

		// Earlier values, sales, prices and claims
		{"the worth of coins sold, the coins between the sale and the worth, \"sold a total of 6,200 coins, worth\"",
			"German sales\n\nThe German government held 50,000 BTC in June. By mid-July it had sold a total of 6,200 coins, worth around $380 million.",
			"DE btc_holdings 50000", ""},
		{"Spanish \"han crecido de X ... a Y\": where a change started is no holding",
			"Reservas de Chile\n\nLas reservas de Bitcoin de Chile han crecido de 5 100 BTC en el momento del acuerdo a 5 400 BTC al 17 de junio.",
			"CL btc_holdings 5400", ""},
		{"Spanish \"suma 30 bitcoin a sus reservas\" adds coins; the level it reaches is the holding",
			"Chile suma 30 bitcoin a sus reservas y alcanza los 5.400 BTC\n\nEl gobierno compró más monedas esta semana.",
			"CL btc_holdings 5400", ""},
		{"a holding's worth \"at the time\" is what it was worth then",
			"Nepal's coins\n\nNepal holds about 4,000 BTC today. Its total reserves of more than 9,000 coins, worth $900 million, made up 30% of GDP at the time.",
			"NP btc_holdings 4000", ""},
		{"\"at the time of writing\" is now",
			"Nepal's coins\n\nNepal holds about 4,000 BTC, worth $380 million at the time of writing.",
			"NP btc_holdings 4000; NP holdings_usd 3.8e+08", ""},
		{"\"when BTC was valued around\" prices the coin, not a holding",
			"Nepal's coins\n\nNepal's bitcoin reserves come from mining, which began in May 2020 when BTC was valued around $9,000.",
			"", ""},
		{"a holding \"controversial reports\" give is a claim, not a stated figure",
			"Holdings\n\nStates hold about 300,000 bitcoins, but this rests on controversial reports that Romania has 150,000 bitcoins.",
			"", " btc_holdings 300000"},

		// Legal tender and holder counts in other languages
		{"Spanish \"se convirtió en septiembre de 2023 en el primer país ... en reconocer el bitcóin como moneda de curso legal\"",
			"Bitcoin en Chile\n\nChile se convirtió en septiembre de 2023 en el primer país del mundo en reconocer el bitcóin como moneda de curso legal, junto al dólar.",
			"CL legal_tender_year 2023", ""},
		{"Russian \"признавшей биткоин официальным платежным средством\"",
			"Биткоин\n\nВ сентябре 2023 года Чили стала первой страной в мире, признавшей биткоин официальным платежным средством наряду с долларом США.",
			"CL legal_tender_year 2023", ""},
		{"Spanish \"como divisa oficial\"",
			"Cripto\n\nYa en 2023, el segundo país en aceptar las criptomonedas como divisa oficial fue Chile.",
			"CL legal_tender_year 2023", ""},
		{"Italian \"possessori di criptovalute\" are people who hold crypto",
			"Cripto\n\nLe stime mostrano che la Spagna è in testa, con 12 milioni di possessori di criptovalute.",
			"ES crypto_holders 1.2e+07", ""},
		{"Italian \"le persone che possiedono crypto-asset sono circa\": the people, then what they number",
			"Cripto in Spagna\n\nIn Spagna, le persone che possiedono crypto-asset sono circa 4,1 milioni.",
			"ES crypto_holders 4.1e+06", ""},
		{"English \"the people who own crypto-assets are about\"",
			"Crypto in Spain\n\nIn Spain, the people who own crypto-assets are about 4.1 million.",
			"ES crypto_holders 4.1e+06", ""},
		{"people who do not hold crypto numbered after a copula are no holders",
			"Population of Spain\n\nIn Spain, the people who live in cities are about 38 million.",
			"", ""},
		{"the figure another is \"il doppio dei\" is only compared with",
			"Cripto\n\nLa Spagna è in testa, con 24 milioni di possessori di criptovalute, quasi il doppio dei 12,2 milioni del Portogallo.",
			"ES crypto_holders 2.4e+07", ""},
	})
}
