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
	})
}
