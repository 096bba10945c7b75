package data

import "testing"

// Twins of constructions read in the development text recovered after the machine that
// held the real set's texts was reset (a random 200 of the development articles and the
// parts drawn last): each keeps a real sentence's grammar with other countries, figures
// and words.
func TestRealTextTwinsRecovered(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"an Italian range with articles, \"tra i A e i B\"",
			"Cripto in Nigeria\n\nSecondo l'associazione, tra i 9 e i 12 milioni di nigeriani possiedono criptovalute.",
			"NG crypto_holders 9e+06..1.2e+07", ""},
		{"a Portuguese range with articles, \"entre os A e os B\"",
			"Cripto no Brasil\n\nSegundo o estudo, entre os 20 e os 30 milhões de brasileiros têm criptomoedas.",
			"BR crypto_holders 2e+07..3e+07", ""},
		{"a German participle between a count and its coins keeps them coins, never people",
			"Beschlagnahmte Coins\n\nDie US-Justiz hat rund 128.000 Bitcoin beschlagnahmt. Von den rund 128.000 konfiszierten BTC durch US-Behörden stammen 30.000 aus einer einzigen Wallet.",
			"US btc_holdings 128000", ""},
		{"the worth of barrels of oil, \"no valor de\", is no holding's",
			"Reserva de bitcoin\n\nO governo dos EUA detém cerca de 198.000 bitcoins apreendidos. Criada em 1975, a reserva de petróleo dos EUA detém cerca de 400 milhões de barris de petróleo (no valor de cerca de US$ 30 bilhões) em quatro cavernas.",
			"US btc_holdings 198000", ""},
		{"the worth of coins, \"no valor de\", is the holding's",
			"Bitcoin no Butão\n\nO Butão detém 9.800 bitcoins (no valor de cerca de US$ 950 milhões), segundo a Arkham.",
			"BT btc_holdings 9800; BT holdings_usd 9.5e+08", ""},
		{"a holding the sentence goes on to correct gives way to the actual figure",
			"Bhutan's coins\n\nLast spring analysts estimated that Bhutan's government holds about 13,000 bitcoins, but a records request showed the actual number is closer to 9,200 bitcoins.",
			"BT btc_holdings 9200", ""},
		{"a Russian correction, \"однако ... фактическое количество составляет\"",
			"Биткоины Сальвадора\n\nРанее писали, что правительство Сальвадора владеет примерно 8 000 биткоинов, однако отчёт показал, что фактическое количество составляет около 6 100 биткоинов.",
			"SV btc_holdings 6100", ""},
		{"\"the actual number\" with no holding before it corrects nothing",
			"Crypto in Kenya\n\nSurveys put crypto users in Kenya at 4 million, but the actual number of Kenyans who hold crypto may be 6 million.",
			"KE crypto_holders 4e+06", ""},
		{"a French reported conditional holds, \"détiendraient\"",
			"Les bitcoins de l'État\n\nD'après plusieurs plateformes d'analyse, les Émirats arabes unis détiendraient environ 6 300 BTC, un chiffre que le gouvernement n'a pas confirmé.",
			"AE btc_holdings 6300", ""},
		{"a sale denied is no denial of the coins, \"does not want to sell the confiscated\"",
			"Seized coins\n\nThe Polish police does not want to sell the confiscated 520 BTC, a spokesman said.",
			"PL btc_holdings 520", ""},
		{"a denial of the coins themselves still denies them",
			"Seized coins\n\nThe Polish police does not hold the 520 BTC the court named.",
			"", ""},
		{"a country ranked as the largest holder, \"sind ... der größte Bitcoin-Besitzer\", holds what it has",
			"Staatliche Bitcoin\n\nDas Vereinigte Königreich ist nach Angaben von Arkham der zweitgrößte bekannte Bitcoin-Besitzer unter den Staaten und verfügt über rund 61.000 BTC.",
			"GB btc_holdings 61000", ""},
		{"people after a country's copula, unranked, still hold their own coins",
			"Crypto in Ghana\n\nGhana is a country where investors hold about 900 BTC on local exchanges.",
			"", ""},
		{"dollars a state's bitcoin reserves \"amount to\" value them",
			"Reserve update\n\nThe finance minister said on Monday that Bhutan's bitcoin reserves amount to $1.1 billion.",
			"BT holdings_usd 1.1e+09", ""},
		{"Italian \"le riserve ... di Bitcoin ammontano a\"",
			"Le riserve del Regno\n\nIl ministero ha confermato a marzo che le riserve di Bitcoin del Regno Unito ammontano a 7.000 milioni di dollari.",
			"GB holdings_usd 7e+09", ""},
		{"gold reserves that amount to dollars are no bitcoin's worth",
			"Reserves\n\nThe central bank said Bhutan's gold reserves amount to $300 million.",
			"", ""},
	})
}
