package chart

import (
	"math"
	"strings"

	"cryptoatlas/data"
	"cryptoatlas/data/number"
)

// noteSep joins the parts of a note line.
const noteSep = " · "

// noteFor writes a row's second line, the figures that qualify the bar: the dollar
// value of a holding, the energy a mining allocation implies, a loan's lender and term.
// It returns the facts the note quotes so they are cited too.
func noteFor(kind Kind, idx *index, iso2 string, ests []estimate) (string, []*data.Fact) {
	switch kind {
	case Holdings:
		return holdingsNote(idx, iso2, ests)
	case Mining:
		return miningNote(idx, iso2, ests)
	case Loans:
		return loansNote(idx, iso2, ests)
	}
	return "", nil
}

// holdingsNote is the dollar value of the holding: from the article behind the bar
// when it gives one, else the latest stated value.
func holdingsNote(idx *index, iso2 string, ests []estimate) (string, []*data.Fact) {
	f := pick(idx, idx.stated(iso2, data.HoldingsUSD), ests)
	if f == nil {
		return "", nil
	}
	return "worth " + f.Label(), []*data.Fact{f}
}

// miningNote gives the energy per year the bar's allocation implies (derived, so
// labelled), and an energy figure an article states outright ("reported", so it does
// not read against the "not stated" of a row without a MW figure).
func miningNote(idx *index, iso2 string, ests []estimate) (string, []*data.Fact) {
	var parts []string
	var cites []*data.Fact
	if len(ests) > 0 {
		if d := idx.derivedEnergy(ests[0].lead()); d != nil {
			approx := d.Approx
			if approx == number.Exact {
				// MW x 8,760 h assumes the allocation runs all year: an upper estimate.
				approx = number.About
			}
			parts = append(parts, data.FormatValue(d.Metric, d.Value, nil, approx)+"/yr (derived)")
		}
	}
	if f := pick(idx, idx.stated(iso2, data.MiningEnergyTWh), ests); f != nil {
		s := data.FormatValue(f.Metric, f.Value, f.Max, f.Approx) + "/yr"
		if f.AsOf.Year > 0 {
			s += " in " + f.AsOf.Label()
		}
		parts = append(parts, s+" (reported)")
		cites = append(cites, f)
	}
	return strings.Join(parts, noteSep), cites
}

// derivedEnergy finds the energy the dataset derived from one stated MW figure.
func (idx *index) derivedEnergy(mw *data.Fact) *data.Fact {
	want := mw.Value * 8760 / 1e6
	for _, f := range idx.facts[mw.ISO2] {
		if f.Derived && f.Metric == data.MiningEnergyTWh && f.Article == mw.Article &&
			math.Abs(f.Value-want) <= 1e-9*math.Max(1, want) {
			return f
		}
	}
	return nil
}

// loansNote names the lender and the year the term ends: "IMF · term to 2027".
func loansNote(idx *index, iso2 string, ests []estimate) (string, []*data.Fact) {
	if len(ests) == 0 {
		return "", nil
	}
	lead := ests[0].lead()
	var parts []string
	if lead.Lender != "" {
		parts = append(parts, lead.Lender)
	}
	// A term belongs to the loan its article describes; when the country has one loan
	// figure only, a term stated anywhere is that loan's.
	term := pick(idx, idx.stated(iso2, data.LoanTermEndYear), ests)
	if term != nil && !sameArticle(term, ests[0]) && len(ests) > 1 {
		term = nil
	}
	var cites []*data.Fact
	if term != nil {
		parts = append(parts, "term to "+data.FormatValue(term.Metric, term.Value, nil, term.Approx))
		cites = append(cites, term)
	}
	return strings.Join(parts, noteSep), cites
}

// pick chooses the fact a note quotes: the latest from an article behind the bar, else
// the latest of all.
func pick(idx *index, facts []*data.Fact, ests []estimate) *data.Fact {
	if len(facts) == 0 {
		return nil
	}
	ordered := idx.group(facts)
	if len(ests) > 0 {
		for _, e := range ordered {
			for _, f := range e.facts {
				if sameArticle(f, ests[0]) {
					return f
				}
			}
		}
	}
	return ordered[0].lead()
}

func sameArticle(f *data.Fact, e estimate) bool {
	for _, g := range e.facts {
		if g.Article == f.Article {
			return true
		}
	}
	return false
}
