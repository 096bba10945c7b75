package data

import (
	"math"
	"strconv"
	"strings"

	"cryptoatlas/data/number"
)

// Metric names a kind of figure. The names are a public contract (JSON, CSV).
type Metric string

const (
	BTCHoldings     Metric = "btc_holdings"
	HoldingsUSD     Metric = "holdings_usd"
	MiningPowerMW   Metric = "mining_power_mw"
	MiningEnergyTWh Metric = "mining_energy_twh"
	LoanUSD         Metric = "loan_usd"
	LoanTermEndYear Metric = "loan_term_end_year"
	CryptoHolders   Metric = "crypto_holders"
	LegalTenderYear Metric = "legal_tender_year"
	// BTCPriceUSD is only ever derived: holdings_usd / btc_holdings.
	BTCPriceUSD Metric = "implied_btc_price_usd"
)

// MetricInfo describes a metric for people and charts.
type MetricInfo struct {
	Metric  Metric
	Unit    string // the contract's unit name: BTC, USD, MW, TWh, year, people
	Label   string // "Bitcoin holdings"
	Derived bool   // never stated, only computed
}

// Metrics is the vocabulary, in the order tables and profiles list it.
var Metrics = []MetricInfo{
	{BTCHoldings, "BTC", "Bitcoin holdings", false},
	{HoldingsUSD, "USD", "Holdings value", false},
	{MiningPowerMW, "MW", "Mining power", false},
	{MiningEnergyTWh, "TWh", "Mining energy per year", false},
	{LoanUSD, "USD", "Loan", false},
	{LoanTermEndYear, "year", "Loan term ends", false},
	{CryptoHolders, "people", "Crypto holders", false},
	{LegalTenderYear, "year", "Bitcoin legal tender since", false},
	{BTCPriceUSD, "USD", "Implied bitcoin price", true},
}

// Info returns the description of m; ok is false for names outside the vocabulary.
func (m Metric) Info() (MetricInfo, bool) {
	for _, i := range Metrics {
		if i.Metric == m {
			return i, true
		}
	}
	return MetricInfo{}, false
}

// possibleMax is the most each stated metric can truly be: fewer than 21 million bitcoin
// will ever exist, no country holds or borrows a quadrillion dollars, the world
// generates under 10 TW and uses under 100,000 TWh a year, and fewer than 10 billion
// people live.
var possibleMax = map[Metric]float64{
	BTCHoldings: 21e6, HoldingsUSD: 1e15, MiningPowerMW: 1e7, MiningEnergyTWh: 1e5,
	LoanUSD: 1e15, LoanTermEndYear: 2200, CryptoHolders: 1e10, LegalTenderYear: 2200,
}

// Largest returns the most a metric's value can truly be (+Inf when unknown).
func (m Metric) Largest() float64 {
	if v, ok := possibleMax[m]; ok {
		return v
	}
	return math.Inf(1)
}

// Unit returns the metric's unit name.
func (m Metric) Unit() string { i, _ := m.Info(); return i.Unit }

// Label returns the metric's name for people.
func (m Metric) Label() string {
	if i, ok := m.Info(); ok {
		return i.Label
	}
	return string(m)
}

// FormatValue writes a figure the way a chart label or profile shows it:
// "6,200 BTC", "$745M", "$7B", "2,000 MW", "17.5 TWh", "15–20M people", "2021",
// with "≈", ">" and the like for approximate values.
func FormatValue(m Metric, value float64, max *float64, approx number.Approx) string {
	unit := m.Unit()
	v := formatNumber(unit, value)
	if max != nil {
		v = formatNumber(unit, value) + "–" + formatNumber(unit, *max)
		if unit == "people" {
			// "15–20M" reads better than "15M–20M".
			lo, hi := compact(value), compact(*max)
			if suffix(lo) == suffix(hi) && suffix(lo) != "" {
				v = strings.TrimSuffix(lo, suffix(lo)) + "–" + hi
			}
		}
	}
	switch unit {
	case "BTC":
		v += " BTC"
	case "MW":
		v += " MW"
	case "TWh":
		v += " TWh"
	case "people":
		v += " people"
	}
	return approx.Symbol() + v
}

// FormatShort is FormatValue without the unit word for people, for tight chart labels.
func FormatShort(m Metric, value float64, max *float64, approx number.Approx) string {
	return strings.TrimSuffix(FormatValue(m, value, max, approx), " people")
}

func formatNumber(unit string, v float64) string {
	switch unit {
	case "USD":
		return "$" + compact(v)
	case "year":
		return strconv.FormatFloat(math.Round(v), 'f', -1, 64)
	case "people":
		return compact(v)
	case "TWh":
		if v > 0 && v < 1 {
			// Keep two significant digits of small figures: 0.0009 TWh, not "0 TWh".
			prec := max(2, int(-math.Floor(math.Log10(v)))+1)
			return trimZeros(strconv.FormatFloat(v, 'f', prec, 64))
		}
		if v < 10 {
			return trimZeros(strconv.FormatFloat(v, 'f', 2, 64))
		}
		return Thousands(math.Round(v*10) / 10)
	}
	return Thousands(v)
}

// compact writes 745000000 as "745M", 1400000000 as "1.4B", 198000 as "198K".
func compact(v float64) string {
	abs := math.Abs(v)
	for _, u := range []struct {
		div float64
		s   string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}} {
		if abs >= u.div {
			x := v / u.div
			prec := 1
			if math.Abs(x) >= 100 || x == math.Trunc(x) {
				prec = 0
			}
			if math.Abs(x) < 10 && x*100 == math.Trunc(x*100) && x*10 != math.Trunc(x*10) {
				prec = 2 // $6.25B stays exact
			}
			return trimZeros(strconv.FormatFloat(x, 'f', prec, 64)) + u.s
		}
	}
	return Thousands(v)
}

func suffix(s string) string {
	if s == "" {
		return ""
	}
	last := s[len(s)-1]
	if last >= '0' && last <= '9' {
		return ""
	}
	return string(last)
}

// Thousands writes a number with thousands separators and at most two decimals:
// 6200 -> "6,200", 6190.18 -> "6,190.18".
func Thousands(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	neg := v < 0
	v = math.Abs(v)
	s := trimZeros(strconv.FormatFloat(v, 'f', 2, 64))
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteString(frac)
	return b.String()
}

func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
