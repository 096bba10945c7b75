package chart

import (
	"testing"

	"cryptoatlas/data"
)

// reportArticles are dated reports on El Salvador's and Bhutan's reserves and
// Pakistan's mining power over three years: steps between reports, two articles that
// disagree on one day, a planned figure, and a figure with no date.
var reportArticles = [][2]string{
	{"sv-2022.txt", "El Salvador adds to its reserve\nPublished: 15 March 2022\nEl Salvador holds about 1,800 BTC after its latest purchases.\n"},
	{"sv-2023.txt", "El Salvador keeps buying\nPublished: 2 November 2023\nEl Salvador holds 2,800 BTC, the treasury said.\nBhutan holds about 9,000 BTC, according to blockchain data.\n"},
	{"bt-2024a.txt", "Bhutan's mined bitcoin\nPublished: 10 June 2024\nBhutan holds 13,000 BTC from its hydropower mining.\n"},
	{"bt-2024b.txt", "A second tally of Bhutan's coins\nPublished: 10 June 2024\nA rival tally says Bhutan holds 12,000 BTC.\n"},
	{"sv-2025.txt", "El Salvador's reserve passes 6,000 coins\nPublished: 4 April 2025\nEl Salvador has acquired over 6,100 BTC.\nPakistan has allocated 2,000 megawatts to bitcoin mining.\n"},
	{"pk-2025.txt", "Pakistan mining plan\nPublished: 1 August 2025\nPakistan has allocated 1,500 MW to bitcoin mining, and the programme is set to expand to 3,000 MW by 2027.\n"},
	{"undated.txt", "Notes on reserves\nEl Salvador holds 5,000 BTC, an older estimate says.\n"},
}

func reportsDataset(t testing.TB) *data.Dataset {
	t.Helper()
	return parseArticles(t, reportArticles...)
}
