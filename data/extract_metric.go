package data

import (
	"sort"
	"strings"

	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// classify decides which metric a figure states, from its unit and the words around
// it, and records it as found; figures that are none of the vocabulary's are left.
func (x *extractor) classify(q *number.Quantity) {
	f := figure{
		value: q.Value, approx: q.Approx, tok: q.Tok, clause: x.clause[q.Tok],
		span: Span{q.Start, q.End}, quantity: q,
	}
	if q.Range {
		m := q.Max
		f.max = &m
	}
	if w := x.pastFigure(q); w != "" {
		x.drop(q, "%s an earlier figure (“%s”), not the current one", unitWords(q.Unit), w)
		return
	}
	var ok bool
	switch q.Unit {
	case number.BTC:
		x.seizure = false
		defer func() { x.seizure = false }()
		if w := x.plannedWord(q); w != "" {
			f.metric, f.planned, f.why = BTCHoldings, true, "Planned, not current: “"+w+"”"
			break
		}
		if ok, f.why = x.isHolding(q); !ok {
			x.drop(q, "A bitcoin amount, not a holding: %s", f.why)
			x.keepNeutral(q)
			return
		}
		f.metric = BTCHoldings
	case number.USD:
		var why string
		switch {
		case x.isLoanWhy(q, &f.why):
			f.metric = LoanUSD
		case x.isValuationWhy(q, &why):
			f.metric, f.why = HoldingsUSD, why
		default:
			if why == "" {
				why = "no loan or value word bears on it"
			}
			x.drop(q, "A dollar amount, neither a loan nor a holding's value: %s", why)
			return
		}
	case number.PowerMW:
		if ok, f.why = x.isMiningWhy(q); !ok {
			x.drop(q, "A power figure, not mining power: %s", f.why)
			x.keepNeutral(q)
			return
		}
		if x.nearestFigure(cueCapacity, q) {
			x.drop(q, "A power figure of generating capacity (“%s”), not mining", x.cueWord(q.Tok, cueCapacity))
			x.keepNeutral(q)
			return
		}
		if x.isRate(q) {
			x.drop(q, "A power figure per unit (each, per), not a country's mining")
			return
		}
		if w := x.seizedRigs(q); w != "" {
			x.drop(q, "A power figure of rigs seized or shut down (“%s”), not mining that runs", w)
			return
		}
		f.metric = MiningPowerMW
		if w := x.plannedWord(q); w != "" {
			f.planned, f.why = true, "Planned, not current: “"+w+"”"
		}
	case number.EnergyTWh:
		if ok, f.why = x.isMiningWhy(q); !ok {
			x.drop(q, "An energy figure, not mining energy: %s", f.why)
			x.keepNeutral(q)
			return
		}
		f.metric = MiningEnergyTWh
		if w := x.plannedWord(q); w != "" {
			f.planned, f.why = true, "Planned, not current: “"+w+"”"
		}
	case number.NoUnit:
		if w := x.bareCoins(q); w != "" {
			f.metric, f.why = BTCHoldings, "Holdings: a count of coins after “"+w+"”"
			break
		}
		if ok, f.why = x.isHoldersWhy(q); !ok {
			x.drop(q, "A count, not of crypto holders: %s", f.why)
			return
		}
		f.metric = CryptoHolders
		if w := x.plannedWord(q); w != "" {
			f.planned, f.why = true, "Planned, not current: “"+w+"”"
		}
	default:
		x.drop(q, "%s: outside the vocabulary (percentages, other currencies, hash rates are never charted)", unitWords(q.Unit))
		return
	}
	if !f.metric.Possible(f.value) || (f.max != nil && !f.metric.Possible(*f.max)) {
		// "for one kilowatt-hour" is a unit in a price; "50 trillion BTC" cannot be
		x.drop(q, "%s too small or too large to be a country's %s", unitWords(q.Unit), f.metric.Label())
		return
	}
	if f.metric == LoanUSD && !f.planned {
		w := x.planWord(q, false)
		if w == "" {
			w = x.cueWordBefore(q, cuePlan) // "expects to reach agreement ... on a $1.3bn loan"
		}
		if w != "" {
			f.planned, f.why = true, "Planned, not granted: “"+w+"”"
		}
	}
	f.seizure = x.seizure
	x.founds = append(x.founds, f)
	if f.metric == LoanUSD {
		x.founds[len(x.founds)-1].lender = x.lenderFor(q)
	}
}

// keepNeutral remembers a BTC, MW or TWh figure that was not read as a fact on its own
// ("Officials hope Pakistan's 2 GW allocation will ...", a heading "Oman: 240 MW under
// contract"): if the article states the same value for the same country elsewhere,
// this is another mention of that fact. Sales, rates and global figures are never kept.
func (x *extractor) keepNeutral(q *number.Quantity) {
	if x.governed(q.Tok, q.TokEnd, cueLoss) || x.isRate(q) || x.global(q) || q.Range {
		return
	}
	ms := metricsWrittenIn(q.Unit)
	if len(ms) != 1 || ms[0] == LoanUSD {
		return // a dollar amount may be any of several metrics: never a restatement
	}
	m := ms[0]
	f := figure{metric: m, value: q.Value, tok: q.Tok, clause: x.clause[q.Tok], span: Span{q.Start, q.End}}
	if iso := x.countryFor(&f).iso2; iso != "" {
		x.restated = append(x.restated, restatement{iso2: iso, metric: m, value: q.Value,
			mention: Mention{Span: f.span, Sentence: x.sent, Quote: x.a.Text[x.sent.Start:x.sent.End]}})
	}
}

// restatement is a figure that repeats a fact only if the fact is stated elsewhere.
type restatement struct {
	iso2    string
	metric  Metric
	value   float64
	mention Mention
}

// addRestatements adds each kept figure as a mention of the fact it repeats.
func (x *extractor) addRestatements() {
	for _, r := range x.restated {
		f := x.facts[factKey{iso2: r.iso2, metric: r.metric, value: r.value}]
		if f == nil {
			continue
		}
		dup := false
		for _, m := range f.Mentions {
			dup = dup || m.Span == r.mention.Span
		}
		if !dup {
			f.Mentions = append(f.Mentions, r.mention)
			sort.Slice(f.Mentions, func(i, j int) bool { return f.Mentions[i].Start < f.Mentions[j].Start })
		}
	}
}

// shareListMetrics gives every figure of a list the metric one of them has: "loans of
// $20 billion and $8 billion", "13,000 and 6,100 BTC, respectively"; and bare counts
// parallel to a holder count the same: "Nigeria, with 22 million users, is followed by
// Vietnam, with 20 million", "owners (46 million), then Pakistan and India (27 million
// and 26 million, respectively)".
func (x *extractor) shareListMetrics() {
	x.shareParallelCounts()
	for k := 0; k+1 < len(x.qs); k++ {
		a, b := &x.qs[k], &x.qs[k+1]
		if a.Unit != b.Unit || !x.listed(a.TokEnd, b.Tok) || x.difference(a) != "" || x.difference(b) != "" {
			continue
		}
		fa, fb := x.foundOf(a), x.foundOf(b)
		switch {
		case fa != nil && fb == nil:
			g := *fa
			g.value, g.max, g.approx, g.tok, g.span, g.quantity = b.Value, rangeMax(b), b.Approx, b.Tok, Span{b.Start, b.End}, b
			g.why = "Listed with a figure read as " + g.metric.Label() + ": " + g.why
			x.founds = append(x.founds, g)
			x.undrop(g.span)
		case fa == nil && fb != nil:
			g := *fb
			g.value, g.max, g.approx, g.tok, g.span, g.quantity = a.Value, rangeMax(a), a.Approx, a.Tok, Span{a.Start, a.End}, a
			g.why = "Listed with a figure read as " + g.metric.Label() + ": " + g.why
			x.founds = append(x.founds, g)
			x.undrop(g.span)
		}
	}
}

func (x *extractor) shareParallelCounts() {
	var holders *figure
	for i := range x.founds {
		if x.founds[i].metric == CryptoHolders {
			holders = &x.founds[i]
			break
		}
	}
	if holders == nil {
		return
	}
	respectively := false
	for i := range x.toks {
		respectively = respectively || x.lower(i) == "respectively"
	}
	before := func(tok int) string {
		if x.isPunct(tok - 1) {
			return string(x.punct(tok - 1))
		}
		return x.lower(tok - 1)
	}
	h := before(holders.tok)
	for k := range x.qs {
		q := &x.qs[k]
		if q.Unit != number.NoUnit || !q.Magnitude || x.foundOf(q) != nil {
			continue
		}
		b := before(q.Tok)
		if !(respectively && (b == "(" || b == "and" || b == ",")) && !(b == h && (b == "with" || b == "(")) {
			continue
		}
		g := *holders
		g.value, g.max, g.approx, g.tok, g.span, g.quantity = q.Value, rangeMax(q), q.Approx, q.Tok, Span{q.Start, q.End}, q
		g.clause, g.iso2, g.pick = x.clause[q.Tok], "", pick{}
		g.why = "Crypto holders: a count parallel to “" + x.a.Text[holders.span.Start:holders.span.End] + "”"
		x.founds = append(x.founds, g)
		x.undrop(g.span)
	}
}

func rangeMax(q *number.Quantity) *float64 {
	if !q.Range {
		return nil
	}
	m := q.Max
	return &m
}

// listed reports whether only commas and "and"/"or" stand between tokens i and j, or
// a country with the verb left out ("has 1,391 bitcoins and Georgia only 66 bitcoins").
func (x *extractor) listed(i, j int) bool {
	if j <= i || j-i > 5 {
		return false
	}
	for _, m := range x.ments {
		if m.Tok > i && m.TokEnd <= j && (x.lower(i) == "and" || x.lower(i) == "while" || x.punct(i) == ',') {
			rest := true
			for k := m.TokEnd; k < j; k++ {
				if w := x.lower(k); w != "only" && w != "just" && w != "with" && w != "about" && w != "some" {
					rest = false
				}
			}
			for k := i + 1; k < m.Tok; k++ {
				if x.lower(k) != "the" && x.lower(k) != "and" {
					rest = false
				}
			}
			if rest {
				return true
			}
		}
	}
	if j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if w := x.lower(k); w != "and" && w != "or" && x.punct(k) != ',' {
			return false
		}
	}
	return true
}

func (x *extractor) foundOf(q *number.Quantity) *figure {
	for i := range x.founds {
		if x.founds[i].quantity == q {
			return &x.founds[i]
		}
	}
	return nil
}

// figureAt reports whether token j is part of a figure.
func (x *extractor) figureAt(j int) bool {
	for _, q := range x.qs {
		if j >= q.Tok && j < q.TokEnd {
			return true
		}
	}
	return false
}

// figureSoonAfter reports whether a figure starts within n tokens after token j.
func (x *extractor) figureSoonAfter(j, n int) bool {
	for _, q := range x.qs {
		if q.Tok > j && q.Tok <= j+n {
			return true
		}
	}
	return false
}

// governed reports whether a word of class c bears on the figure at tokens [tok, end):
// it stands at most 4 tokens before the figure, or at most 3 after it without a figure
// of its own following ("sold 50,000 BTC", "1,200 BTC moved"), and is not negated
// ("has not moved").
func (x *extractor) governed(tok, end int, c cue) bool { return x.governing(tok, end, c) != "" }

// governingBefore is governing, looking only before the figure: "bought 40 BTC", not
// "holds 700 BTC bought from an exchange".
func (x *extractor) governingBefore(tok int, c cue) string {
	for j := tok - 1; j >= 0 && j >= tok-windowGovernFront; j-- {
		if x.figureAt(j) || x.clause[j] != x.clause[tok] {
			break
		}
		if x.cues[j]&c != 0 && !x.negated(j) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// governing is governed, returning the word that bears on the figure ("" when none).
func (x *extractor) governing(tok, end int, c cue) string {
	for j := tok - 1; j >= 0 && j >= tok-windowGovernFront; j-- {
		if x.figureAt(j) || x.clause[j] != x.clause[tok] {
			break
		}
		if x.cues[j]&c != 0 && !x.negated(j) {
			return x.quoteToks(j, j+1)
		}
	}
	// ", which was sold through auctions": a relative clause right after the figure says
	// what became of it.
	if x.punct(end) == ',' && (x.lower(end+1) == "which" || x.lower(end+1) == "that") {
		for j := end + 2; j < len(x.toks) && j < end+6; j++ {
			if x.cues[j]&c != 0 && !x.negated(j) {
				return x.quoteToks(j, j+1)
			}
		}
	}
	for j := end; j < len(x.toks) && j < end+windowGovernBack; j++ {
		if x.figureAt(j) || x.punct(j) == ',' || x.punct(j) == ';' || is(x.lower(j), roleOpener) {
			break // "holds 11,000 BTC after selling part of its reserve": the sale is not of these
		}
		if x.cues[j]&c != 0 && !x.negated(j) && !x.figureSoonAfter(j, 3) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

func (x *extractor) negated(j int) bool {
	return (j > 0 && x.cues[j-1]&cueNegation != 0) || (j > 1 && x.cues[j-2]&cueNegation != 0)
}

// isHolding: a bitcoin amount the country holds. A holding verb or noun in the clause
// ("holds", "reserve", "stash"), a total written as "has acquired", or the country's
// possessive right before it ("El Salvador's 6,200 BTC"); not a sale, theft, transfer,
// plan, rate ("1 BTC a day") or price. It returns the reason either way.
func (x *extractor) isHolding(q *number.Quantity) (bool, string) {
	c := x.clauseCues(q.Tok) | x.listCues&(cueHold|cueTotal)
	if w := x.governing(q.Tok, q.TokEnd, cueLoss); w != "" {
		return false, "a flow (“" + w + "”): coins moved, sold or lost are not a holding"
	}
	if x.isRate(q) {
		return false, "a rate (per day, each, every)"
	}
	if w := x.increment(q); w != "" {
		return false, "an addition (“" + w + "”), not the total"
	}
	if w := x.partOf(q); w != "" {
		return false, "a share of a total stated before (“" + w + "”)"
	}
	if w := x.difference(q); w != "" {
		return false, "a difference between two holdings (“" + w + "”)"
	}
	if w := x.negatedClause(q); w != "" {
		return false, "denied (“" + w + "”)"
	}
	if w := x.overPeriod(q); w != "" {
		return false, "a total over a period (“" + w + "”), not what is held now"
	}
	if w := x.hedge(q); w != "" {
		return false, w
	}
	if w := x.walletSubject(q); w != "" {
		return false, "one wallet's balance (“" + w + "”), not the state's holding"
	}
	if w := x.peopleSubject(q); w != "" {
		return false, "people's coins (“" + w + "”), not the state's"
	}
	if w := x.platformSubject(q); w != "" {
		return false, "a company's coins (“" + w + "”), not the state's"
	}
	if w := x.governingBefore(q.Tok, cuePurchase); w != "" && x.near(q.Tok, windowHave, 0)&cueHave == 0 {
		return false, "one purchase (“" + w + "”), not a total"
	}
	if w := x.possessionVerb(q); w != "" {
		return true, "Holdings: what the state has (“" + w + "”)"
	}
	if w := x.statePossessive(q); w != "" {
		return true, "Holdings: the state's own (“" + w + "”)"
	}
	if c&cueHold == 0 && c&cueTotal != 0 && c&(cuePurchase|cueLoss) != 0 && x.near(q.Tok, windowHave, 0)&cueHave == 0 {
		// "A total of 400 BTC was purchased on Sept. 6": the total of a purchase.
		return false, "the total of a purchase (“" + x.cueWord(q.Tok, cuePurchase|cueLoss) + "”), not a holding"
	}
	if x.lower(q.Tok-1) == "of" && is(x.lower(q.Tok-2), roleBatch) {
		return false, "a part of a purchase (“" + x.quoteToks(q.Tok-2, q.Tok) + "”)"
	}
	if c&(cueHold|cueTotal) != 0 {
		w := x.cueWord(q.Tok, cueHold|cueTotal)
		if w == "" {
			return true, "a holding word in the list's heading"
		}
		return true, "Holdings, a stock not a flow: “" + w + "”"
	}
	if w := x.governing(q.Tok, q.TokEnd, cueSeize); w != "" && x.near(q.Tok, windowHave, 0)&cueHave == 0 {
		// Coins a state seized are its own, unless the article states a larger total of
		// which they are a part (pruned once the article is read: pruneSeizures).
		x.seizure = true
		return true, "Holdings: coins the state seized (“" + w + "”)"
	}
	if c&(cuePurchase|cueSeize) != 0 {
		// "has acquired 6,200 BTC" or "acquired 6,200 BTC since 2021" is a running total;
		// "bought 21 BTC on Tuesday" is one purchase.
		if x.near(q.Tok, windowHave, 0)&cueHave != 0 && !x.datedInClause(q) {
			return true, "Holdings, a running total: “" + x.cueWord(q.Tok, cueHave) + " " + x.cueWord(q.Tok, cuePurchase|cueSeize) + "”"
		}
		for _, d := range x.ds {
			if d.Prep == "since" && x.clause[d.Tok] == x.clause[q.Tok] {
				return true, "Holdings, a running total: “" + x.cueWord(q.Tok, cuePurchase) + " … since”"
			}
		}
		return false, "one purchase (“" + x.cueWord(q.Tok, cuePurchase) + "”), not a total"
	}
	for _, m := range x.ments {
		if m.Possessive && m.TokEnd == q.Tok {
			return true, "Holdings: the country's possessive owns them (“" + x.quoteToks(m.Tok, m.TokEnd) + "”)"
		}
	}
	if x.listItem(q) >= 0 && (c|x.sentenceCues()|x.listCues|x.topic)&(cueHold|cueRank|cueTotal) != 0 || x.listItem(q) >= 0 && x.holdersWord() {
		// "State holders include Bhutan (9,200 BTC), Finland (1,980 BTC) ...", "Bhutan
		// holds 9,200 BTC; Finland, 1,980 BTC", "1. Bulgaria: 3,200 BTC".
		return true, "Holdings: a list of holders, each country with its coins"
	}
	if x.valueLine && (x.listCues|x.topic)&(cueHold|cueRank|cueTotal) != 0 {
		return true, "Holdings: a list's line under its country, in a list of holdings"
	}
	if x.lower(q.Tok-1) == "with" && (c&cueRank != 0 || (x.topic|x.listCues)&cueHold != 0 || x.stated[BTCHoldings]) {
		// "Ukraine leads the list, with 46,351 bitcoins", "The United Kingdom follows with
		// 61,245 BTC" in an article or paragraph about holdings.
		return true, "Holdings: a ranking of holders (“with”)"
	}
	return false, "no holding word (holds, reserve, owns) in its clause"
}

// plannedWord returns the word that makes a figure planned or hypothetical, or "": a
// plan word shortly before it ("plans to buy 1,000 BTC", "set to expand to 600 MW"), a
// plan noun closing its phrase ("a 2,000MW Bitcoin Mining Plan"), a target year after
// it ("500 megawatts by 2025"), or a conditional sentence ("If they were to buy ...").
func (x *extractor) plannedWord(q *number.Quantity) string { return x.planWord(q, true) }

// planWord is plannedWord; a target year counts only when targetYear is set (a loan
// "repayable by 2035" is granted, its year a horizon).
func (x *extractor) planWord(q *number.Quantity, targetYear bool) string {
	if x.near(q.Tok, windowPlan, 0)&cuePlan != 0 && !x.colonBetween(x.nearTok(q.Tok, windowPlan, cuePlan), q.Tok) {
		return x.nearWord(q.Tok, windowPlan, 0, cuePlan)
	}
	for j := max(0, q.Tok-windowPlan); j+1 < q.Tok; j++ {
		if x.lower(j) == "set" && x.lower(j+1) == "to" && x.clause[j] == x.clause[q.Tok] {
			return "set to" // "are set to expand to 1,000 MW"
		}
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+windowNounAfter+1; j++ {
		if x.isPunct(j) {
			break
		}
		if is(x.lower(j), rolePlanNoun) {
			return x.quoteToks(j, j+1)
		}
	}
	if w := x.futureVerbAfter(q); w != "" {
		return w
	}
	if !x.a.Published.IsZero() {
		// "to 270 MW from 2026": a figure from a year still to come.
		for _, d := range x.ds {
			if d.Prep == "from" && d.Year > x.a.Published.Year() && d.Tok >= q.TokEnd && d.Tok <= q.TokEnd+2 {
				return x.quoteToks(d.Tok-1, d.TokEnd)
			}
		}
	}
	if targetYear && x.lower(q.TokEnd) == "by" && (x.lower(q.TokEnd+1) == "year-end" || x.lower(q.TokEnd+1) == "year" && x.lower(q.TokEnd+3) == "end" ||
		x.lower(q.TokEnd+1) == "the" && x.lower(q.TokEnd+2) == "end") {
		return x.quoteToks(q.TokEnd, q.TokEnd+2) // "to exceed 27 million by year-end"
	}
	for _, d := range x.ds {
		if targetYear && d.Prep == "by" && d.Tok >= q.TokEnd && d.Tok <= q.TokEnd+windowTargetYear && x.clause[d.Tok] == x.clause[q.Tok] {
			return x.quoteToks(d.Tok-1, d.TokEnd)
		}
	}
	if is(x.lower(0), roleStartsIf) {
		return x.quoteToks(0, 1)
	}
	return ""
}

// futureVerbAfter: the figure is the subject of a future verb ("The 150-megawatt farm,
// which will be one of the largest, will be installed in Green Data City").
func (x *extractor) futureVerbAfter(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	seen := 0
	for j := q.TokEnd; j < len(x.toks) && seen < 4; j++ {
		if x.clause[j] != cl {
			continue
		}
		if x.figureAt(j) || x.punct(j) == ';' {
			return ""
		}
		if w := x.lower(j); w == "will" || w == "would" {
			if j == q.TokEnd || x.isPunct(j-1) || x.toks[j-1].Kind == lex.Word {
				return x.quoteToks(j, j+1)
			}
		}
		if x.toks[j].Kind == lex.Word && x.cues[j]&(cueHold|cuePurchase|cueLoss|cueHave|cueSeize|cueRank|cueEnd|cueRepeal) != 0 {
			return "" // another verb came first: "draws 600 MW and will ..."
		}
		seen++
	}
	return ""
}

// nearTok is the token of the first word of class c in the window before token i.
func (x *extractor) nearTok(i, before int, c cue) int {
	cl := x.clause[min(i, len(x.clause)-1)]
	last := i
	for j := max(0, i-before); j < len(x.cues) && j <= i; j++ {
		if x.clause[j] == cl && x.cues[j]&c != 0 {
			last = j // the nearest: "Bill: Proposed holding 1M BTC" plans after the colon too
		}
	}
	return last
}

// colonBetween reports whether a colon stands between tokens i and j: "More than you
// might think: roughly 150,000 Uruguayans hold some crypto" answers, it does not guess.
func (x *extractor) colonBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if x.punct(k) == ':' {
			return true
		}
	}
	return false
}

// nearWord is the first word of class c near token i (as near reads it), as written.
func (x *extractor) nearWord(i, before, after int, c cue) string {
	cl := x.clause[min(i, len(x.clause)-1)]
	for j := max(0, i-before); j < len(x.cues) && j <= i+after; j++ {
		if x.clause[j] == cl && x.cues[j]&c != 0 {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// seizedRigs: power of mining machines seized, confiscated or shut down ("confiscated
// 213,000 rigs with a combined capacity of 850 MW"): not mining that runs.
func (x *extractor) seizedRigs(q *number.Quantity) string { return x.roleBefore(q, roleRigsTaken) }

// pastFigure: "up from 450 MW a year earlier", "down from 6,000 BTC": the figure a current
// one is compared with.
func (x *extractor) pastFigure(q *number.Quantity) string {
	if w := x.lower(q.TokEnd); w == "today" || w == "now" || w == "currently" {
		return "" // "down from 300 MW today": today's, against a planned one
	}
	if x.lower(q.Tok-1) == "from" && is(x.lower(q.Tok-2), rolePast) {
		return x.quoteToks(q.Tok-2, q.Tok)
	}
	return ""
}

// isPunct reports whether token i is punctuation.
func (x *extractor) isPunct(i int) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].Kind == lex.Punct
}

// increment: "another 420 BTC", "an additional 21 BTC": a purchase added to a holding.
func (x *extractor) increment(q *number.Quantity) string {
	if x.lower(q.Tok-1) == "by" {
		for j := max(0, q.Tok-6); j < q.Tok-1; j++ {
			if is(x.lower(j), roleChange) {
				return x.quoteToks(j, j+1) + " … by" // "increased its holdings by 4,576 BTC"
			}
		}
	}
	if j := q.Tok - 1; j >= 0 && x.cues[j]&cueIncrement != 0 && x.lower(j) != "more" && x.lower(j) != "new" {
		return x.quoteToks(j, j+1)
	}
	return ""
}

// partOf: the clause opens with a share of a whole stated before ("Of the total, 69,369
// BTC was seized from ...", "of which 94,643 BTC", "Almost half of this — 94,643 BTC").
func (x *extractor) partOf(q *number.Quantity) string {
	// "41,500 bitcoins from this confiscation": what one seizure left, not the total.
	if x.lower(q.TokEnd) == "from" {
		if w := x.lower(q.TokEnd + 1); (is(w, roleShareOf) || w == "the" || w == "one" || w == "a") && is(x.lower(q.TokEnd+2), roleOneEvent) {
			return x.quoteToks(q.TokEnd, q.TokEnd+3)
		}
	}
	// "85 BTC, part of the state's 1,300 BTC": named a part right after.
	if x.punct(q.TokEnd) == ',' && is(x.lower(q.TokEnd+1), roleShareWord) && x.lower(q.TokEnd+2) == "of" &&
		!is(x.lower(q.TokEnd+3), roleShareOf) {
		return x.quoteToks(q.TokEnd+1, q.TokEnd+3)
	}
	cl := x.clause[q.Tok]
	// "Part of Hungary's 3,300 BTC reserve, some 400 BTC, was lent": the figure after
	// the phrase that opens with a share of a whole.
	if is(x.lower(0), roleShareWord) && x.lower(1) == "of" && x.clause[0] == cl {
		for j := 2; j < q.Tok; j++ {
			if x.punct(j) == ',' {
				return x.quoteToks(0, 2)
			}
		}
	}
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] != cl || x.lower(j) != "of" {
			continue
		}
		// "of which 94,643 BTC", "half of this — 94,643 BTC", "Of these, 1,100 BTC": the
		// share stands right after, or the phrase opens the clause.
		opens := j == 0 || x.isPunct(j-1)
		right := q.Tok-(j+2) <= 1
		switch w := x.lower(j + 1); {
		case is(w, roleShareOf):
			if opens || right || is(x.lower(j-1), roleShareWord) {
				return x.quoteToks(j, j+2)
			}
		case w == "the":
			if is(x.lower(j+2), roleWhole) {
				if j == 0 || x.isPunct(j-1) {
					return x.quoteToks(j, j+3) // "Of the total, ..." opens the clause
				}
			}
		}
	}
	return ""
}

// difference: "194,000 BTC, placing them roughly 4,000 BTC below the U.S. total".
func (x *extractor) difference(q *number.Quantity) string {
	w := x.lower(q.TokEnd)
	if is(w, roleDifference) || is(w, roleComparative) && x.lower(q.TokEnd+1) == "than" {
		return w
	}
	return ""
}

// negatedClause: a negation before the figure in its clause ("India doesn't have 100
// million crypto users", "Bhutan does not hold 50,000 BTC").
func (x *extractor) negatedClause(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := max(0, q.Tok-windowNegation); j < q.Tok; j++ {
		if x.clause[j] == cl && x.cues[j]&cueNegation != 0 && x.lower(j) != "no" && x.lower(j) != "without" {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// adoptionCount: a count of people that restates an adoption or ownership rate in an
// article about crypto ("an ownership and usage rate of 35 percent in 2022 – almost 16
// million people").
func (x *extractor) adoptionCount(q *number.Quantity) string {
	if (x.topic|x.listCues)&cueCrypto == 0 || x.lower(q.TokEnd) != "people" && x.lower(q.TokEnd) != "users" {
		return ""
	}
	return x.roleBefore(q, roleAdoption)
}

// cueWordBefore returns the first word of class c in q's clause before q, or "".
func (x *extractor) cueWordBefore(q *number.Quantity, c cue) string {
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && x.cues[j]&c != 0 {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// roleBefore returns the first word of role r in q's clause before q, as written, or "".
func (x *extractor) roleBefore(q *number.Quantity, r role) string {
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && is(x.lower(j), r) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// platformSubject: the count belongs to one exchange or app ("The Jordanian exchange
// has 1.1 million users"), not to a country's people.
func (x *extractor) platformSubject(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && is(x.lower(j), rolePlatform) && !is(x.lower(j-1), roleShareOf) && cueOf(x.lower(j-1))&cuePrep == 0 &&
			!is(x.lower(j+1), roleBody) &&
			!x.countryBetween(j, q.Tok) && !x.saysBetween(j, q.Tok) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// bareCoins: a number written without a unit where the clause's subject is a bitcoin
// holding ("the country's Bitcoin holdings increased from 5968 ... to 7474").
func (x *extractor) bareCoins(q *number.Quantity) string {
	if q.Magnitude || q.Value < 1 || q.TokEnd < len(x.toks) && x.toks[q.TokEnd].Kind == lex.Word && !x.figureEnds(q.TokEnd) {
		return ""
	}
	if p := x.lower(q.Tok - 1); p != "from" && p != "to" {
		return ""
	}
	if q.Value >= 1900 && q.Value <= 2100 && q.Value == float64(int(q.Value)) && x.lower(q.Tok-1) != "to" {
		return "" // a year
	}
	cl := x.clause[q.Tok]
	for j := 0; j+1 < q.Tok; j++ {
		if x.clause[j] == cl && is(x.lower(j), roleCoin) && (x.lower(j+1) == "holdings" || x.lower(j+1) == "reserve" || x.lower(j+1) == "reserves") {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// hedge says why a figure is not stated as true: a rumour ("rumours of a 5,000 BTC
// stash", a row marked "(rumored)"), or a question ("Does the government actually hold
// 213,519 bitcoin?").
func (x *extractor) hedge(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := max(0, q.Tok-4); j < len(x.toks); j++ {
		if is(x.lower(j), roleRumour) && (j < q.Tok || x.clause[j] == cl && j <= q.TokEnd+8) {
			return "a rumour (“" + x.quoteToks(j, j+1) + "”), not a stated figure"
		}
	}
	if n := len(x.toks); n > 0 && x.punct(n-1) == '?' && is(x.lower(0), roleAsk) {
		return "a question (“" + x.quoteToks(0, 1) + " …?”), not a statement"
	}
	return ""
}

// overPeriod: "has held about 400,000 Bitcoins over the past decade": all it held over
// the years, not what it holds.
func (x *extractor) overPeriod(q *number.Quantity) string {
	for j := q.TokEnd; j+2 < len(x.toks) && j < q.TokEnd+6; j++ {
		if x.lower(j) == "over" && x.lower(j+1) == "the" && (x.lower(j+2) == "past" || x.lower(j+2) == "last" || x.lower(j+2) == "years" || x.lower(j+3) == "years") {
			return x.quoteToks(j, j+3)
		}
	}
	return ""
}

// saysBetween reports whether a verb of saying stands between tokens i and j: what
// follows is what the firm reports, not what it has ("Arkham revealed that 61,245 BTC").
func (x *extractor) saysBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if is(x.lower(k), roleReport) {
			return true
		}
	}
	return false
}

// peopleSubject: the clause's subject is people ("Korean investors held coins worth
// ...", "Citizens own about 4,000 BTC"): their coins, not the state's.
func (x *extractor) peopleSubject(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] != cl {
			continue
		}
		if x.cues[j]&cuePrep != 0 || x.figureAt(j) {
			return "" // "... in the hands of investors", a count before it
		}
		if isPeopleNoun(x.lower(j)) && !is(x.lower(j-1), roleStateNoun|roleCountryNoun) {
			return x.quoteToks(j, j+1) // not "State holders include ..."
		}
		if x.cues[j]&(cueHold|cueHave|cuePurchase|cueLoss) != 0 {
			return "" // the verb came first: the subject had no people noun
		}
	}
	return ""
}

// countryBetween reports whether a country is named between tokens i and j: the
// clause's subject is then that country ("a research firm puts Bhutan's holdings at").
func (x *extractor) countryBetween(i, j int) bool {
	for _, m := range x.ments {
		if m.Tok > i && m.TokEnd <= j {
			return true
		}
	}
	return false
}

// walletSubject: the clause's subject is one wallet or address ("A wallet linked to the
// Greek police holds 140 BTC", "one of its wallets alone holds 1,200 BTC"): a part.
func (x *extractor) walletSubject(q *number.Quantity) string { return x.roleBefore(q, roleWallet) }

// statePossessive: "The Vietnamese state's 2,100 BTC", "the government's 8,000 BTC":
// a possessive of the state right before the coins.
func (x *extractor) statePossessive(q *number.Quantity) string {
	j := q.Tok - 1
	if j >= 0 && x.toks[j].Is(lex.Possessive) && is(x.lower(j), roleStateNoun) {
		return x.quoteToks(j, q.Tok)
	}
	return ""
}

// sentenceCues ORs the cues of the whole sentence.
func (x *extractor) sentenceCues() cue {
	var c cue
	for _, v := range x.cues {
		c |= v
	}
	return c
}

// holdersWord reports whether the sentence or its list's heading speaks of holders
// ("State holders include ...", a heading "Government bitcoin holders").
func (x *extractor) holdersWord() bool {
	for i := range x.toks {
		if w := x.lower(i); w == "holders" || w == "holder" {
			return true
		}
	}
	return (x.listCues|x.topic)&cueCryptoPeople != 0 && (x.listCues|x.topic)&cueCrypto != 0
}

// listItem returns the country a figure stands beside as a list item, or -1: the
// country right before it with only punctuation or a list marker between ("Bhutan
// (9,200 BTC)", "Ghana: 3.1 million", "Bulgaria – 3,200 BTC", "Finland, 1,980 BTC",
// "Finland — 1,980 BTC"); the index is into the sentence's countries.
func (x *extractor) listItem(q *number.Quantity) int {
	for k := len(x.ments) - 1; k >= 0; k-- {
		m := x.ments[k]
		if m.TokEnd > q.Tok {
			continue
		}
		gap := q.Tok - m.TokEnd
		if gap < 1 || gap > 2 || m.Possessive || m.excluded {
			return -1
		}
		for j := m.TokEnd; j < q.Tok; j++ {
			if r := x.punct(j); !x.isPunct(j) || (r != '(' && r != ':' && r != ',' && !lex.IsDash(r)) {
				return -1
			}
		}
		// After "Bhutan, " the figure is an item only where the sentence lists: a verb
		// would stand between a subject and its object.
		return k
	}
	return -1
}

// possessionVerb: "has", "now has", "still has about" right before a bitcoin amount: the
// state's stock ("the US has 213,246 BTC"); "has bought" or "has invested" are not.
func (x *extractor) possessionVerb(q *number.Quantity) string {
	j := q.Tok - 1
	if is(x.lower(j), roleStill) {
		j--
	}
	if x.cues[max(j, 0)]&cueHave != 0 && j >= 0 && x.lower(j) != "having" {
		return x.quoteToks(j, q.Tok)
	}
	if x.lower(j) == "on" && (x.lower(j-1) == "sitting" || x.lower(j-1) == "sits" || x.lower(j-1) == "sat") {
		return x.quoteToks(j-1, q.Tok) // "Uruguay is sitting on 1,460 BTC"
	}
	return ""
}

// datedInClause reports whether q's clause dates an event ("On January 22, El Salvador
// has bought 410 BTC"): a purchase on a day, not the running total "has acquired".
func (x *extractor) datedInClause(q *number.Quantity) bool {
	for _, d := range x.ds {
		if x.clause[d.Tok] == x.clause[q.Tok] && d.Prep != "since" && !isEndPrep(d.Prep) && !x.isLeadingDate(d) {
			return true
		}
	}
	return false
}

// isRate: "1 BTC a day", "per week", "every month", "daily".
func (x *extractor) isRate(q *number.Quantity) bool {
	// "with each piece consuming a total of 195 megawatts": per unit, before the figure.
	for j := max(0, q.Tok-windowHave); j < q.Tok; j++ {
		if x.lower(j) == "each" && x.clause[j] == x.clause[q.Tok] {
			return true
		}
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+3; j++ {
		w := x.lower(j)
		switch {
		case x.isPunct(j):
			return false // "4.8K BTC, per one tracker": a source, not a rate
		case is(w, roleRateWord):
			return true
		case (w == "a" || w == "an") && j+1 < len(x.cues) && x.cues[j+1]&cueRate != 0:
			return true
		case is(w, roleRateAdverb):
			return true
		}
	}
	return false
}

// isValuation: a dollar amount that values bitcoin holdings ("valued at about $745
// million", "holdings worth $1.2bn", "The coins are worth $1.05 billion" after a
// holding), not a price per coin or a planned reserve.
func (x *extractor) isValuationWhy(q *number.Quantity, why *string) bool {
	if h := x.bracketedAfterHolding(q); h != "" {
		*why = "Value of holdings: in brackets after the holding (“" + h + "”)"
		return true
	}
	if x.lower(q.TokEnd) == "in" && x.lower(q.TokEnd+1) == "value" && (x.stated[BTCHoldings] || x.holdingInSentence()) {
		*why = "Value of holdings: “in value” after a holding"
		return true
	}
	if w := x.dollarsOfBitcoin(q); w != "" {
		*why = "Value of holdings: dollars held in bitcoin (“" + w + "”)"
		return true
	}
	if w := x.valueIs(q); w != "" {
		*why = "Value of holdings: “" + w + "”"
		return true
	}
	ok := x.isValuation(q)
	switch {
	case ok:
		*why = "Value of holdings: “" + x.cueWord(q.Tok, cueValue) + "” with a holding"
	case x.near(q.Tok, windowValue, 0)&cueValue == 0:
		*why = "no value word (valued, worth) just before it"
	case x.near(q.Tok, windowPlan, 0)&cuePlan != 0:
		*why = "planned (“" + x.cueWord(q.Tok, cuePlan) + "”)"
	default:
		*why = "a value, but of no holding (a price, a sale, or no holding stated)"
	}
	return ok
}

// dollarsOfBitcoin: a dollar amount said to be held in bitcoin ("holds about $3.3
// billion in Bitcoin", "has about $12 billion worth of Bitcoin", "its hefty $2.8 billion
// Bitcoin stash"), not bought, sold or planned. It returns the words that say so.
func (x *extractor) dollarsOfBitcoin(q *number.Quantity) string {
	if x.governed(q.Tok, q.TokEnd, cueLoss|cuePurchase|cueSeize) || x.plannedWord(q) != "" || x.isRate(q) {
		return ""
	}
	j := q.TokEnd
	if x.lower(j) == "worth" {
		j++
	}
	w, n := x.lower(j), x.lower(j+1)
	isCoin := func(w string) bool { return is(w, roleCoin) }
	switch {
	case (w == "in" || w == "of") && isCoin(n):
		return x.quoteToks(q.TokEnd, j+2)
	case (w == "in" || w == "of") && (n == "the" || n == "its") && isCoin(x.lower(j+2)):
		return x.quoteToks(q.TokEnd, j+3)
	case isCoin(w) && x.cues[min(j+1, len(x.cues)-1)]&cueHold != 0 && j+1 < len(x.toks):
		return x.quoteToks(j, j+2) // "$2.8 billion Bitcoin stash"
	}
	return ""
}

// valueIs: a value named as the clause's subject and stated by a copula ("The total value
// of the Chinese government's BTC holdings is about $12.97 billion", "the value of El
// Salvador's investment now stands at $66 million").
func (x *extractor) valueIs(q *number.Quantity) string {
	j := q.Tok - 1
	if x.lower(j) == "at" {
		j--
	}
	if x.lower(j) == "somewhere" {
		j--
	}
	reach := is(x.lower(j), roleReach)
	if !is(x.lower(j), roleCopula) && !reach {
		return ""
	}
	cl := x.clause[q.Tok]
	value, coins := -1, false
	for k := 0; k < j; k++ {
		if x.clause[k] != cl {
			continue
		}
		if x.cues[k]&cueValue != 0 && value < 0 {
			value = k
		}
		if x.cues[k]&(cueHold|cueCrypto) != 0 || is(x.lower(k), roleValueThing) {
			coins = true
		}
	}
	if reach && value < 0 && coins {
		for k := 0; k < j; k++ {
			if x.clause[k] == cl && x.cues[k]&cueHold != 0 {
				value = k // "Slovakia's Bitcoin Reserve Tops $300 Million"
			}
		}
	}
	if value < 0 || !coins || x.governed(q.Tok, q.TokEnd, cueLoss) || x.plannedWord(q) != "" {
		return ""
	}
	return x.quoteToks(value, value+1) + " … " + x.quoteToks(j, q.Tok)
}

// bracketedAfterHolding: "10,635 BTC ($897.6 million)", "61,245 BTC (worth over $5
// billion)": a dollar figure in brackets right after a holding values it. It returns the
// holding as written.
func (x *extractor) bracketedAfterHolding(q *number.Quantity) string {
	j := q.Tok - 1
	if is(x.lower(j), roleBeforeValue) {
		j--
	}
	if x.lower(j) == "at" {
		j--
	}
	if x.punct(j) != '(' && x.punct(j) != '/' && !(x.punct(j) == ',' || lex.IsDash(x.punct(j))) {
		return ""
	}
	for _, f := range x.founds {
		if f.metric == BTCHoldings && f.quantity != nil && f.quantity.TokEnd == j && !f.planned {
			return x.quoteToks(f.quantity.Tok, f.quantity.TokEnd)
		}
	}
	return ""
}

// currencyReserves reports whether q's clause speaks of a country's foreign-currency or
// gold reserves ("international reserves", "foreign exchange reserves"), not bitcoin.
func (x *extractor) currencyReserves(q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for j := 1; j < len(x.toks); j++ {
		if x.clause[j] != cl || (x.lower(j) != "reserves" && x.lower(j) != "reserve") {
			continue
		}
		if is(x.lower(j-1), roleFxReserve) {
			return true
		}
	}
	return false
}

// holdingInSentence reports whether a bitcoin holding was found in the sentence.
func (x *extractor) holdingInSentence() bool {
	for _, f := range x.founds {
		if f.metric == BTCHoldings && !f.planned {
			return true
		}
	}
	return false
}

// holdingInClause reports whether a bitcoin holding was found in q's clause.
func (x *extractor) holdingInClause(q *number.Quantity) bool {
	for _, f := range x.founds {
		if f.metric == BTCHoldings && f.clause == x.clause[q.Tok] {
			return true
		}
	}
	return false
}

// valueOfOther: the value stands right after an amount that is not a holding — coins
// bought or sold, or other tokens ("purchasing 997 BTC, valued at $80 million", "656
// Ethereum, valued at over $2 million").
func (x *extractor) valueOfOther(q *number.Quantity) bool {
	j := q.Tok - 1
	for j >= 0 && (is(x.lower(j), roleBeforeValue) || x.lower(j) == "at" || x.lower(j) == "approximately" ||
		x.lower(j) == "to" || x.cues[j]&cueValue != 0) {
		j--
	}
	if x.isPunct(j) {
		j--
	}
	if j >= 0 && is(x.lower(j), roleOtherCoin) {
		return true
	}
	for _, o := range x.qs {
		if o.TokEnd == j+1 && o.Unit == number.BTC {
			for _, f := range x.founds {
				if f.quantity != nil && f.quantity.Tok == o.Tok && f.metric == BTCHoldings {
					return false
				}
			}
			return true
		}
	}
	return false
}

func (x *extractor) isValuation(q *number.Quantity) bool {
	if x.valueOfOther(q) || x.peopleSubject(q) != "" {
		return false
	}
	if x.near(q.Tok, windowValue, 0)&cueValue == 0 || x.isRate(q) || x.near(q.Tok, windowPlan, 0)&cuePlan != 0 {
		return false
	}
	if x.currencyReserves(q) && !x.holdingInClause(q) {
		return false // "Brazil's international reserves, valued at $370 billion"
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+3; j++ {
		if w := x.lower(j); is(w, roleRateWord) || w == "a" && x.lower(j+1) == "coin" {
			return false
		}
	}
	if w := x.lower(q.Tok - 1); w == "at" && is(x.lower(q.Tok-2), rolePriceWord) {
		return false
	}
	if x.governed(q.Tok, q.TokEnd, cueLoss) {
		return false
	}
	for _, f := range x.founds {
		if f.metric == BTCHoldings && f.clause == x.clause[q.Tok] {
			return true
		}
	}
	return x.clauseCues(q.Tok)&(cueHold|cueTotal) != 0 || x.stated[BTCHoldings] || x.holdingInSentence()
}

// isMiningWhy is isMining with its reason.
func (x *extractor) isMiningWhy(q *number.Quantity) (bool, string) {
	if !x.sentenceHas(cueMining) && x.listCues&cueMining == 0 && !x.miningCarried(q) {
		return false, "no mining word in the sentence"
	}
	if w := x.nationalPower(q); w != "" {
		return false, "the country's whole electricity (“" + w + "”), not mining's"
	}
	if x.global(q) {
		return false, "a worldwide or network figure (“" + x.cueWord(q.Tok, cueGlobal) + "”)"
	}
	if w := x.cueWord(q.Tok, cueMining); w != "" {
		return true, "Mining: “" + w + "”"
	}
	return true, "Mining: the paragraph's miners"
}

// nationalPower: the clause speaks of a country's grid, demand or generation and not of
// mining ("Oman's grid has 12 GW of capacity", "Kazakhstan consumes 115 TWh of electricity").
//
// The grid word stands before the figure as its subject's, and no mining word does; a
// mining word after it must not be the figure's purpose ("12 GW ... for mining").
func (x *extractor) nationalPower(q *number.Quantity) string {
	// A mining purpose after the figure makes it mining's: "1,000 MW of grid capacity to
	// licensed miners", "3 GW of power capacity for mining".
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+6; j++ {
		if x.lower(j) != "for" && x.lower(j) != "to" {
			continue
		}
		for k := j + 1; k < len(x.toks) && k <= j+3; k++ {
			if x.cues[k]&cueMining != 0 {
				return ""
			}
		}
	}
	cl := x.clause[q.Tok]
	grid := -1
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] != cl {
			continue
		}
		if x.cues[j]&cueMining != 0 {
			return ""
		}
		if is(x.lower(j), roleGrid) || x.cues[j]&cueCapacity != 0 {
			grid = j
		}
		if x.figureAt(j) && grid >= 0 {
			grid = -1 // the grid word before another figure is that figure's
		}
	}
	if grid < 0 {
		// "1,500 MW of wind capacity alone": the capacity the figure measures.
		for j := q.TokEnd; j+2 < len(x.toks) && j < q.TokEnd+1; j++ {
			if x.lower(j) == "of" && x.cues[j+1]&cueMining == 0 && (is(x.lower(j+1), roleGrid) || is(x.lower(j+2), roleGrid)) {
				return x.quoteToks(j, j+3)
			}
		}
		return ""
	}
	return x.quoteToks(grid, grid+1)
}

// superlativeWorld reports whether the only worldwide words near q are "in the world"
// after a superlative ("the highest ... in the world"): a ranking, not a world figure.
func (x *extractor) superlativeWorld(q *number.Quantity) bool {
	found := false
	for j := max(0, q.Tok-6); j < len(x.toks) && j <= q.TokEnd+5; j++ {
		if x.cues[j]&cueGlobal == 0 {
			continue
		}
		if x.lower(j) != "world" || x.lower(j-1) != "the" || x.lower(j-2) != "in" {
			return false
		}
		sup := false
		for k := max(0, j-7); k < j-2; k++ {
			w := x.lower(k)
			sup = sup || strings.HasSuffix(w, "est") || w == "most" || is(w, roleRanked)
		}
		if !sup {
			return false
		}
		found = true
	}
	return found
}

// countryShare: a country's part of a worldwide figure, introduced by "of which" or
// "including" with the country named in the same phrase.
func (x *extractor) countryShare(q *number.Quantity) bool {
	intro := -1
	for j := max(0, q.Tok-6); j < q.Tok; j++ {
		if w := x.lower(j); w == "including" || w == "which" && x.lower(j-1) == "of" {
			intro = j
		}
	}
	if intro < 0 {
		return false
	}
	for _, m := range x.ments {
		if m.Tok > intro && (m.Tok < q.Tok || m.Tok <= q.TokEnd+2) {
			return true
		}
	}
	return false
}

// sameUnitFigures counts the sentence's figures in q's unit.
func (x *extractor) sameUnitFigures(q *number.Quantity) int {
	n := 0
	for _, o := range x.qs {
		if o.Unit == q.Unit {
			n++
		}
	}
	return n
}

// isMining: power or energy for bitcoin mining, not a global or network-wide figure.
func (x *extractor) isMining(q *number.Quantity) bool {
	if !x.sentenceHas(cueMining) && x.listCues&cueMining == 0 && !x.miningCarried(q) {
		return false
	}
	return !x.global(q)
}

// miningCarried: after a paragraph has stated a mining figure, a clause whose subject
// refers back to the miners ("They used 5.2 TWh last year", "Licensed sites used 1.1
// TWh") is about mining too, unless it speaks of the whole country.
func (x *extractor) miningCarried(q *number.Quantity) bool {
	if !x.stated[MiningPowerMW] && !x.stated[MiningEnergyTWh] {
		return false
	}
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && (is(x.lower(j), roleCountryNoun) || x.clauseCues(q.Tok)&cuePopulation != 0) {
			return false
		}
	}
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && is(x.lower(j), roleMinerRef) {
			return true
		}
	}
	return false
}

// genericMining: the clause's subject is bitcoin mining itself, no country's ("Bitcoin
// mining consumes 121 TWh a year"): the network's figure.
func (x *extractor) genericMining(q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for j := 0; j+1 < q.Tok; j++ {
		if x.clause[j] != cl {
			continue
		}
		if (is(x.lower(j), roleCoin) || x.lower(j) == "crypto" || x.lower(j) == "cryptocurrency") && x.cues[j+1]&cueMining != 0 &&
			is(x.lower(j+2), roleConsume) {
			k := j - 1
			if k < 0 {
				return true
			}
			// Only as the subject: at the clause's start, or after "that" or a verb of
			// saying; "the power allocated to bitcoin mining" is a country's.
			if is(x.lower(k), roleSaying) {
				return true
			}
			return x.isPunct(k)
		}
	}
	return false
}

// global: a worldwide figure ("Worldwide, miners draw 19 GW", "the bitcoin network
// consumes 150 TWh"): "worldwide" anywhere in the clause, "network" or "world" near.
func (x *extractor) global(q *number.Quantity) bool {
	if x.clauseCues(q.Tok)&cueWorldwide == 0 && x.near(q.Tok, 6, q.TokEnd-q.Tok+5)&cueGlobal != 0 && x.superlativeWorld(q) {
		return false // "one of the highest adoption rates in the world, with over 50 million users"
	}
	if x.countryShare(q) {
		return false // "of which Paraguay accounts for 0.4 GW", "including 13 million in Vietnam"
	}
	if q.Unit == number.EnergyTWh || q.Unit == number.PowerMW {
		if len(x.ments) == 0 && x.genericMining(q) {
			return true
		}
	}
	return x.clauseCues(q.Tok)&cueWorldwide != 0 || x.near(q.Tok, 6, q.TokEnd-q.Tok+5)&cueGlobal != 0
}

// isHoldersWhy is isHolders with its reason.
func (x *extractor) isHoldersWhy(q *number.Quantity) (bool, string) {
	if x.row && len(x.columns) > 0 {
		// A row under a header that names its columns: the count in the owners' column.
		switch x.columnOf(q) {
		case "owners":
			return true, "Crypto holders: the table's owners column"
		case "":
		default:
			return false, "a table cell of another column (" + x.columnOf(q) + ")"
		}
	}
	if x.row && q.Magnitude || x.row && q.Value >= 1000 {
		// A table row under a header counting crypto owners: "Kenya 4,580,760 8.52%".
		if x.listCues&(cuePeople|cueCryptoPeople) != 0 && (x.listCues|x.topic)&cueCrypto != 0 && x.listCues&cuePopulation == 0 || x.listCues&cueCryptoPeople != 0 {
			return true, "Crypto holders: a table row under a header counting them"
		}
	}
	if w := x.negatedClause(q); w != "" {
		return false, "denied (“" + w + "”)"
	}
	if w := x.lower(q.TokEnd + 1); is(w, roleLive) {
		return false, "a population (“" + w + "”)"
	}
	if w := x.overPeriod(q); w != "" {
		return false, "people who joined over a period (“" + w + "”), not all who hold crypto"
	}
	if w := x.lower(q.Tok - 1); (w == "below" || w == "above") && is(x.lower(q.Tok-2), roleChange) ||
		(q.Approx == number.Under || q.Approx == number.Over) && is(w, roleChange) {
		return false, "a trend (“" + x.quoteToks(q.Tok-1, q.TokEnd) + "”), not a count"
	}
	if w := x.lower(q.TokEnd); is(w, roleNewcomer) && !x.toks[q.TokEnd].Is(lex.Capital) {
		return false, "newcomers (“" + w + "”), not everyone who holds crypto"
	}
	for j := q.TokEnd; j+1 < len(x.toks) && j < q.TokEnd+6; j++ {
		if (x.lower(j) == "have" || x.lower(j) == "had") && is(x.lower(j+1), roleEverHeld) {
			return false, "people who ever held crypto (“" + x.quoteToks(j, j+2) + "”), not who hold it now"
		}
	}
	if is(x.lower(q.TokEnd), roleNotPeople) {
		return false, "a count of " + x.lower(q.TokEnd) + ", not of people"
	}
	if w := x.platformSubject(q); w != "" {
		return false, "the users of one firm (“" + w + "”), not a country's"
	}
	if x.isHolders(q) {
		return true, "Crypto holders: a count of people (“" + x.holdersNoun(q) + "”) who hold crypto"
	}
	if x.valueLine && (q.Magnitude || q.Value >= 1000) && (x.listCues|x.topic)&cueCryptoPeople != 0 && (x.listCues|x.topic)&cueCrypto != 0 {
		return true, "Crypto holders: a list's line under its country, in a list of crypto owners"
	}
	if w := x.adoptionCount(q); w != "" {
		return true, "Crypto holders: people counted by an adoption rate (“" + w + "”)"
	}
	if x.listItem(q) >= 0 && (q.Magnitude || q.Value >= 1000) && (x.sentenceCues()|x.listCues)&(cuePeople|cueCryptoPeople) != 0 &&
		(x.sentenceCues()|x.listCues|x.topic)&cueCrypto != 0 && x.clauseCues(q.Tok)&cuePopulation == 0 {
		return true, "Crypto holders: a list of countries, each with its count of crypto users"
	}
	return false, "no count of people holding crypto (a population, a global count, or no crypto word)"
}

// holdersNoun is the people noun a holder count names, for its reason.
func (x *extractor) holdersNoun(q *number.Quantity) string {
	noun := -1
	if q.Noun >= 0 && q.Noun == q.TokEnd {
		noun = x.peopleAfter(q.Noun)
	}
	if noun < 0 {
		noun = x.peopleBefore(q.Tok)
	}
	if noun < 0 {
		return ""
	}
	if m := x.mentionAt(noun); m != nil {
		return x.quoteToks(m.Tok, m.TokEnd)
	}
	return x.quoteToks(noun, noun+1)
}

// isHolders: a count of people who hold crypto: "15 million citizens hold cryptocurrency",
// "5 million registered crypto users", "20 million Pakistanis own crypto", "puts its
// crypto users at 33 million"; not a global count and not a population ("the
// country's 120 million people").
func (x *extractor) isHolders(q *number.Quantity) bool {
	if !q.Magnitude && q.Value < 1000 {
		return false
	}
	noun := -1
	if q.Noun >= 0 && q.Noun == q.TokEnd {
		noun = x.peopleAfter(q.Noun)
	}
	if noun < 0 && (q.TokEnd >= len(x.toks) || x.figureEnds(q.TokEnd)) {
		noun = x.peopleBefore(q.Tok)
	}
	if noun < 0 || x.global(q) {
		return false
	}
	// "users", "holders", "investors" and demonyms count crypto users where the heading
	// or title is about crypto; "people" and "citizens" need the sentence to say so, and
	// are a population when a possessive owns them.
	specific := x.cues[noun]&cueCryptoPeople != 0 || x.mentionAt(noun) != nil
	if !specific && x.population(q) {
		return false
	}
	if x.sentenceHas(cueCrypto) {
		return true
	}
	// "some 900,000 Swedes hold it": a demonym holding what the article is about.
	if m := x.mentionAt(noun); m != nil && is(x.lower(m.TokEnd), roleHolderVerb) && (x.listCues|x.topic)&cueCrypto != 0 {
		return true
	}
	// Only users, holders and investors count as crypto users by the article's topic; a
	// demonym needs the sentence to say so ("1.5 million Kenyans have an income ...").
	return x.cues[noun]&cueCryptoPeople != 0 && (x.listCues|x.topic)&cueCrypto != 0
}

// shareOfPopulation: the population is only the whole the count is a share of: "30% of
// the population (about 3 million people) owning digital assets", "27 million people,
// 8.3% of America's population, own cryptocurrency". A percentage stands before "of"
// and a verb of holding or using follows the count.
func (x *extractor) shareOfPopulation(q *number.Quantity) bool {
	pct := false
	for _, o := range x.qs {
		if o.Unit == number.Percent && x.clause[o.Tok] == x.clause[q.Tok] && x.lower(o.TokEnd) == "of" {
			pct = true
		}
	}
	if !pct {
		return false
	}
	cl := x.clause[q.Tok]
	for j := range x.toks {
		if x.clause[j] == cl && j < q.TokEnd+12 && is(x.lower(j), roleHolderVerb|roleShareVerb) {
			return true // "44 percent of its population using or owning crypto – just over 30 million people"
		}
	}
	return false
}

// populationCompared: the clause's population words only compare ("almost 1.5 times
// the population of the United Kingdom"), they do not count the figure.
func (x *extractor) populationCompared(q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for j := range x.toks {
		if x.clause[j] != cl || x.cues[j]&cuePopulation == 0 {
			continue
		}
		if !(is(x.lower(j-2), roleTimes) || is(x.lower(j-3), roleTimes) || x.lower(j-2) == "than" || x.lower(j-3) == "than") {
			return false
		}
	}
	return true
}

// population: the figure counts a country's people, not its crypto users.
func (x *extractor) population(q *number.Quantity) bool {
	if x.clauseCues(q.Tok)&cuePopulation != 0 && !x.shareOfPopulation(q) && !x.populationCompared(q) {
		return true
	}
	j := q.Tok - 1
	return j >= 0 && (x.toks[j].Is(lex.Possessive) || x.lower(j) == "its" || x.lower(j) == "their")
}

func (x *extractor) mentionAt(tok int) *namedCountry {
	for k := range x.ments {
		if x.ments[k].Tok == tok {
			return &x.ments[k]
		}
	}
	return nil
}

// figureEnds reports whether token j ends the figure's phrase: punctuation, or a word
// that cannot be the counted noun ("33 million, according to", "33 million last year").
func (x *extractor) figureEnds(j int) bool {
	if x.punct(j) != 0 {
		return true
	}
	return is(x.lower(j), rolePhraseEnd)
}

// peopleAfter finds a noun for people within three words after token i: "citizens",
// "registered crypto users", "Pakistanis", "New Zealanders", "Lebanese use ...",
// "Nigerian adults"; it returns its token or -1.
func (x *extractor) peopleAfter(i int) int {
	for j := i; j < len(x.toks) && j < i+windowPeopleAfter; j++ {
		if x.toks[j].Kind != lex.Word {
			return -1
		}
		if isPeopleNoun(x.lower(j)) {
			return j
		}
		if m := x.mentionAt(j); m != nil {
			next := x.lower(m.TokEnd)
			if strings.HasSuffix(x.lower(m.TokEnd-1), "s") || isPeopleNoun(next) || is(next, roleHolderVerb) {
				return j // a demonym counted: "20 million Pakistanis", "400,000 Lebanese use"
			}
		}
	}
	return -1
}

// peopleBefore finds a noun for people in the six tokens before a figure that closes
// its phrase: "puts Nigeria's crypto users at 33 million".
func (x *extractor) peopleBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-windowPeopleFront; j-- {
		if x.figureAt(j) {
			return -1
		}
		if isPeopleNoun(x.lower(j)) {
			return j
		}
	}
	return -1
}
