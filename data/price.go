package data

import "math"

// What a bitcoin cost, to tell a holding's dollar value that cannot be true: 207,189
// coins "worth nearly $2.2 billion" in 2025 is $10,600 a coin, when a coin never cost
// under $74,000 that year. The lowest and highest prices of each year, in dollars,
// rounded outward (public market data).
var btcPriceRange = map[int][2]float64{
	2010: {0.003, 0.4}, 2011: {0.3, 32}, 2012: {4, 16}, 2013: {13, 1150}, 2014: {300, 1000},
	2015: {150, 500}, 2016: {350, 1000}, 2017: {750, 20000}, 2018: {3100, 17500},
	2019: {3300, 14000}, 2020: {3800, 29500}, 2021: {28500, 69000}, 2022: {15400, 48300},
	2023: {16400, 45000}, 2024: {38500, 108500}, 2025: {74000, 126500},
}

// priceSlack is how far a stated value may stray from the year's prices and still be
// read: values are often given at another day's price than the article's.
const priceSlack = 2.0

// plausiblePrice reports whether one coin at price dollars is a price bitcoin could
// have had in year (0: any year). Years after the table allow three times its last.
func plausiblePrice(price float64, year int) bool {
	if math.IsNaN(price) || price <= 0 {
		return false
	}
	lo, hi := 0.001, 1e6 // no year: only what no year ever saw is refused
	if r, ok := btcPriceRange[year]; ok {
		lo, hi = r[0]/priceSlack, r[1]*priceSlack
	} else if year > lastPriceYear() {
		r := btcPriceRange[lastPriceYear()]
		lo, hi = r[0]/3/priceSlack, r[1]*3*priceSlack
	}
	return price >= lo && price <= hi
}

func lastPriceYear() int {
	last := 0
	for y := range btcPriceRange {
		last = max(last, y)
	}
	return last
}
