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

// MetricInfo is everything the project knows about a metric, in one place: its names
// for the contract and for people, the unit its figures are written in, and the range a
// country's figure can truly have.
type MetricInfo struct {
	Metric  Metric
	Unit    string // the contract's unit name: BTC, USD, MW, TWh, year, people
	Label   string // "Bitcoin holdings"
	Derived bool   // never stated, only computed
	// Written is the unit a stated figure of the metric is written in (number.NoUnit for
	// counts and years).
	Written number.Unit
	// Least is the smallest value that is an amount of the metric rather than a unit of
	// measure in a price or rate ("for one kilowatt-hour", "$1,000 per coin"). A year's
	// mining energy is at least what the least mining power (0.1 MW) draws in a year,
	// 876 MWh: "175 megawatt hours" is one site's use over some days, not a year's.
	Least float64
	// Most is the most it can truly be: fewer than 21 million bitcoin will ever exist and
	// no state holds a tenth of them (a count of millions is the supply or the world's; a
	// bill's million-coin purchase, planned, still fits), no
	// country holds or borrows a quadrillion dollars, bitcoin mining worldwide draws
	// under 50 GW and uses under 200 TWh a year (one country's mining, less: above 100
	// TWh a figure is the world's network, not a country's), and no country has a
	// billion people holding crypto (the most populous have under 1.5 billion people,
	// most of whom hold none).
	Most float64
	// Whole is true for a metric a country has one figure of at a time, whose parts an
	// article also states: a loan's tranches, augmentations and sums drawn; one agency's
	// or wallet's coins and their worth; one exchange's or survey's share of a country's
	// holders. Of two sizes an article gives one country, the smaller is more often such
	// a part than a second figure, so it goes to review (Extract).
	Whole bool
}

// Metrics is the vocabulary, in the order tables and profiles list it.
var Metrics = []MetricInfo{
	{Metric: BTCHoldings, Unit: "BTC", Label: "Bitcoin holdings", Written: number.BTC, Least: 1e-8, Most: 2e6, Whole: true},
	{Metric: HoldingsUSD, Unit: "USD", Label: "Holdings value", Written: number.USD, Least: 1000, Most: 1e15, Whole: true},
	{Metric: MiningPowerMW, Unit: "MW", Label: "Mining power", Written: number.PowerMW, Least: 0.1, Most: 5e4},
	{Metric: MiningEnergyTWh, Unit: "TWh", Label: "Mining energy per year", Written: number.EnergyTWh, Least: 0.1 * 8760 / 1e6, Most: 100},
	{Metric: LoanUSD, Unit: "USD", Label: "Loan", Written: number.USD, Least: 1e5, Most: 1e15, Whole: true},
	{Metric: LoanTermEndYear, Unit: "year", Label: "Loan term ends", Least: 1900, Most: 2200},
	{Metric: CryptoHolders, Unit: "people", Label: "Crypto holders", Least: 100, Most: 9e8, Whole: true},
	{Metric: LegalTenderYear, Unit: "year", Label: "Bitcoin legal tender since", Least: 1900, Most: 2200},
	{Metric: BTCPriceUSD, Unit: "USD", Label: "Implied bitcoin price", Derived: true, Most: math.Inf(1)},
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

// Largest returns the most a metric's value can truly be (+Inf when unknown).
func (m Metric) Largest() float64 {
	if i, ok := m.Info(); ok {
		return i.Most
	}
	return math.Inf(1)
}

// Possible reports whether v can be a country's figure of the metric: neither a unit
// of measure in a price nor more than can exist.
func (m Metric) Possible(v float64) bool {
	i, ok := m.Info()
	return ok && v >= i.Least && v <= i.Most
}

// metricsWrittenIn lists the stated metrics whose figures are written in unit u, in the
// vocabulary's order.
func metricsWrittenIn(u number.Unit) []Metric {
	var out []Metric
	for _, i := range Metrics {
		if !i.Derived && i.Written == u && u != number.NoUnit {
			out = append(out, i.Metric)
		}
	}
	return out
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
