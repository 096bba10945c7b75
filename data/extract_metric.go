package data

import (
	"math"
	"slices"
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
	if x.dollarsUnwritten(q) {
		q.Unit = number.USD // "207,189 Bitcoins worth 21.28 billion": the currency left out
	}
	if x.coinsOfBitcoin(q) {
		// "El Salvador now holds 700 coins" in an article about bitcoin: bitcoins.
		q.Unit, q.TokEnd, q.End = number.BTC, q.TokEnd+1, int(x.toks[q.TokEnd].End)
		f.span.End = q.End
	}
	if x.numberOfCoins(q) {
		q.Unit = number.BTC // "portant le nombre total de bitcoins du pays à 550"
	}
	if x.row && x.cells != nil {
		// A table with bars between its cells: its header says what each cell counts.
		switch col := x.columnOf(q); col {
		case "btc":
			if q.Unit == number.NoUnit {
				q.Unit = number.BTC // "1 | United States | 212,000 | $7.37 billion |" under "Bitcoin Holdings (BTC)"
			}
		case "", "rank", "country":
			x.drop(q, "%s in a table's cell that counts no measure", unitWords(q.Unit)) // "Notes", "Rank"
			return
		}
	}
	if q.Power {
		x.drop(q, "%s in a power (“^”): a base or an exponent, not a figure", unitWords(q.Unit))
		return
	}
	if q.Unit == number.BTC && x.isAt(q.TokEnd-1, roleCoin) && x.isAt(q.TokEnd, roleCoinModified) {
		// "three bitcoin farms", "2,000 bitcoin miners": the coin word names what they are
		x.drop(q, "a count of %s, not of bitcoin", x.lower(q.TokEnd))
		return
	}
	if w := x.groupedLikeDecimal(q); w != "" {
		x.drop(q, "%s written “%s”: an approximation does not give three decimals, so the dot is likely a thousands mark", unitWords(q.Unit), w)
		return
	}
	if q.Negative {
		x.drop(q, "%s written negative: no country holds, draws or borrows less than nothing", unitWords(q.Unit))
		return
	}
	if w := x.comparedTo(q); w != "" {
		x.drop(q, "%s named for comparison (“%s”)", unitWords(q.Unit), w)
		return
	}
	if w := x.pastFigure(q); w != "" {
		x.drop(q, "%s: an earlier figure (“%s”), not the current one", unitWords(q.Unit), w)
		return
	}
	if w := x.imagined(q); w != "" {
		x.drop(q, "%s in a likeness the sentence imagines (“%s”), not a figure it states", unitWords(q.Unit), w)
		return
	}
	if x.isAt(q.Tok-1, roleRateWord) {
		x.drop(q, "%s: the base of a rate (“%s”), not a figure", unitWords(q.Unit), x.quoteToks(q.Tok-1, q.TokEnd)) // "for every 100 kilowatts sent out, 18 vanished", "18 searches for every 10,000 persons"
		return
	}
	if w := x.perHead(q); w != "" {
		x.drop(q, "%s per head (“%s”): a share, not a total", unitWords(q.Unit), w) // "about $1,000 in bitcoin per citizen"
		return
	}
	if w := x.partOfStated(q); w != "" {
		x.drop(q, "%s: a part of a figure stated before (“%s”)", unitWords(q.Unit), w)
		return
	}
	if w := x.changeSize(q); w != "" {
		x.drop(q, "%s: the size of a change (“%s”), not a level", unitWords(q.Unit), w)
		return
	}
	var ok bool
	switch q.Unit {
	case number.BTC:
		if w := x.toSell(q); w != "" {
			f.metric, f.why = BTCHoldings, "Holdings: coins the state is to sell or keep (“"+w+"”) are coins it holds"
			break
		}
		if w := x.plannedOrClause(q); w != "" {
			f.metric, f.planned, f.why = BTCHoldings, true, "Planned, not current: “"+w+"”"
			break
		}
		x.seizure = false // isHolding says whether it read a seizure
		if ok, f.why = x.isHolding(q); !ok {
			x.drop(q, "A bitcoin amount, not a holding: %s", f.why)
			x.keepNeutral(q)
			return
		}
		f.metric, f.seizure = BTCHoldings, x.seizure || x.governing(q.Tok, q.TokEnd, cueSeize) != "" // "61,000 BTC were confiscated", whatever made it a holding
		f.agency = x.agencyHolder(q)
	case number.USD:
		// "€345 million ($378 million)": dollars in brackets after a sum in another
		// currency are read, as a holding's worth, where that sum stands
		read := q
		if whole := x.convertedSum(q); whole != nil {
			read = whole
		}
		loan, whyLoan := x.isLoan(q) // a loan's own rules read SDR amounts and their dollars
		value, whyValue := false, ""
		if !loan {
			x.valued = 0
			value, whyValue = x.isValuation(read)
		}
		switch {
		case loan:
			f.metric, f.why = LoanUSD, whyLoan
		case value:
			f.metric, f.why, f.valueOf = HoldingsUSD, whyValue, x.valued
			if w := x.planToCreate(q); w != "" {
				f.planned, f.why = true, "Planned, not current: “"+w+"”" // "set to establish a reserve fund valued between ..."
			}
		default:
			if whyLoan != "" {
				whyValue = whyLoan + "; " + whyValue // "a part of a loan ...; no value word ..."
			}
			x.drop(q, "A dollar amount, neither a loan nor a holding's value: %s", whyValue)
			return
		}
	case number.PowerMW:
		if ok, f.why = x.isMining(q); !ok {
			x.drop(q, "A power figure, not mining power: %s", f.why)
			x.keepNeutral(q)
			return
		}
		if x.nearestFigure(cueCapacity, q) {
			x.drop(q, "A power figure of generating capacity (“%s”), not mining", x.cueWord(q.Tok, cueCapacity))
			x.keepNeutral(q)
			return
		}
		if x.perUnit(q) {
			x.drop(q, "A power figure per unit (each, per), not a country's mining")
			return
		}
		if w := x.seizedRigs(q); w != "" {
			x.drop(q, "A power figure of rigs seized or shut down (“%s”), not mining that runs", w)
			return
		}
		f.metric = MiningPowerMW
		if w := x.plannedOrClause(q); w != "" {
			f.planned, f.why = true, "Planned, not current: “"+w+"”"
		}
		f.limit = x.limitBefore(q) // "to limit mining to 100 MW nationwide"
		for j := q.TokEnd; f.limit == "" && j < len(x.toks) && j <= q.TokEnd+windowLimitAfter && !x.isPunct(j); j++ {
			if x.isAt(j, roleLimit) {
				f.limit = x.quoteToks(j, j+1) // "introduced 380 MW electric power limits for digital miners"
			}
		}
	case number.EnergyTWh:
		if ok, f.why = x.isMining(q); !ok {
			x.drop(q, "An energy figure, not mining energy: %s", f.why)
			x.keepNeutral(q)
			return
		}
		if w := x.perDay(q); w != "" {
			x.drop(q, "An energy figure, not mining energy: a day's use (“%s”), not a year's", w)
			x.keepNeutral(q)
			return
		}
		f.metric = MiningEnergyTWh
		if w := x.plannedOrClause(q); w != "" {
			f.planned, f.why = true, "Planned, not current: “"+w+"”"
		}
	case number.NoUnit:
		if w := x.bareCoins(q); w != "" {
			f.metric, f.why = BTCHoldings, "Holdings: a count of coins after “"+w+"”"
			break
		}
		if x.bracketedCoins(q) {
			f.metric, f.why = BTCHoldings, "Holdings: a count in brackets after its country, where bitcoin holdings are told"
			break
		}
		if w := x.listedWithCoins(q); w != "" {
			f.metric, f.why = BTCHoldings, "Holdings: a count after “"+w+"” in a list whose first figure is bitcoin"
			break
		}
		if w := x.coinUnits(q); w != "" {
			// "possui 213 mil unidades da criptomoeda", "190,000 units of bitcoin": coins.
			ok, why := x.isHolding(q)
			if !ok {
				x.drop(q, "A bitcoin amount (“%s”), not a holding: %s", w, why)
				return
			}
			f.metric, f.why = BTCHoldings, why+" (units of bitcoin: “"+w+"”)"
			break
		}
		if ok, f.why = x.isHolders(q); !ok {
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
		if t := x.nearTok(q.Tok, q.Tok, cuePlan); w == "" && !x.grantedAfter(q) && !x.approvedPlan(t) && !x.noPlan(t) && !x.decidingAbout(t, q.Tok) {
			w = x.nearWord(q.Tok, q.Tok, 0, cuePlan) // "expects to reach agreement ... on a $1.3bn loan"
		}
		if (w == "will" || w == "would") && x.approvalBeforePlan(x.nearTok(q.Tok, q.Tok, cuePlan)) {
			w = "" // "the programme approved by the board on Friday will give the country access to $15.6 billion"
		}
		if w != "" {
			f.planned, f.why = true, "Planned, not granted: “"+w+"”"
		}
	}
	x.founds = append(x.founds, f)
	if f.metric == LoanUSD {
		x.founds[len(x.founds)-1].lender = x.lenderFor(q)
	}
}

// approvalBeforePlan reports whether the sentence, before the plan word at token t, says a
// lender has approved ("approved", "signed", "ratified"), not that it will ("to be
// approved", "If approved"): what it "will" then give is the granted loan paid out.
func (x *extractor) approvalBeforePlan(t int) bool {
	for j := 0; j < t && j < len(x.toks); j++ {
		if w := x.lower(j); is(w, roleApprove) && strings.HasSuffix(w, "ed") && x.lower(j-1) != "be" && !x.negated(j) &&
			!x.conditionBefore(j) {
			return true
		}
	}
	return false
}

// conditionBefore reports whether a word that makes a clause a condition ("if", "once",
// "upon", "when") stands shortly before token j: "Once the review is approved by the
// Board, Sri Lanka will have access to $337 million" is still to come.
func (x *extractor) conditionBefore(j int) bool {
	for k := max(0, j-windowCondition); k < j; k++ {
		if x.isAt(k, roleCondition) {
			return true
		}
	}
	return false
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
	// Each fact's mentions are indexed and sorted once, however many restate it: a text
	// repeating one figure a hundred thousand times stays linear.
	var touched map[*Fact]map[Span]bool
	for _, r := range x.restated {
		f := x.facts[factKey{iso2: r.iso2, metric: r.metric, value: r.value}]
		if f == nil {
			continue
		}
		seen := touched[f]
		if seen == nil {
			if touched == nil {
				touched = map[*Fact]map[Span]bool{}
			}
			seen = make(map[Span]bool, len(f.Mentions))
			for _, m := range f.Mentions {
				seen[m.Span] = true
			}
			touched[f] = seen
		}
		if !seen[r.mention.Span] {
			seen[r.mention.Span] = true
			f.Mentions = append(f.Mentions, r.mention)
		}
	}
	for f := range touched {
		sort.SliceStable(f.Mentions, func(i, j int) bool { return f.Mentions[i].Start < f.Mentions[j].Start })
	}
}

// limitBefore is the word of limiting in q's clause before it, as written, or "": not
// a market's capitalisation ("the coin with the largest market cap").
func (x *extractor) limitBefore(q *number.Quantity) string {
	if !x.roles.has(roleLimit) {
		return ""
	}
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == x.clause[q.Tok] && x.isAt(j, roleLimit) && x.lower(j-1) != "market" {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
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
		if a.Unit != b.Unit || !x.listed(a.TokEnd, b.Tok) || x.difference(a) != "" || x.difference(b) != "" || x.perHead(a) != "" || x.perHead(b) != "" {
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
		respectively = respectively || x.isAt(i, roleRespectively)
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
		if !(respectively && (b == "(" || b == "and" || b == "," || is(b, roleWith))) && !(b == h && (b == "with" || b == "(")) {
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

// figureBetween reports whether a figure starts after token i and before token j.
func (x *extractor) figureBetween(i, j int) bool {
	for _, q := range x.qs {
		if q.Tok > i && q.Tok < j {
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

// mergeRoundings folds a headline's figure, or one the text states roughly, into the one
// the text states more exactly for the same country: "Reserve Now Hits 6,313 BTC" above
// "total holdings to approximately 6,313.18 BTC", "Over 16 Million" above 16.3 million,
// "almost 2,000 BTC" beside 1,981, "about $1.3 billion" beside "$1.28 to $1.3 billion".
// Charted apart, the two would read as two reports of the country's figure.
func (x *extractor) mergeRoundings() {
	kept := x.order[:0]
	for _, f := range x.order {
		g := x.roundedFrom(f)
		if g == nil {
			kept = append(kept, f)
			continue
		}
		x.fold(f, g)
		x.decisionsOf(f, func(d *Decision) {
			d.Why.Metric = "A rounder statement of the text's " + g.Label() + ": " + d.Why.Metric
		})
	}
	x.order = kept
}

// roundedFrom is the fact f rounds when f is said only in the headline, or said only
// approximately ("almost 2,000 BTC" beside 1,981): the same country's figure of f's
// metric, stated in the text, that rounds or
// truncates to f at f's last written digit and lies within 5% of it. Nil when there is
// none.
func (x *extractor) roundedFrom(f *Fact) *Fact {
	if !f.Attributed() || f.Value <= 0 {
		return nil
	}
	headline := x.onlyInHeadline(f)
	if f.Max == nil && !headline && f.Approx == number.Exact && f.Value == math.Trunc(f.Value) {
		// "6,190 BTC" in a summary beside "6,190.18 BTC" in the text: the same count
		// without its decimals.
		for _, g := range x.order {
			if g != f && g.ISO2 == f.ISO2 && g.Metric == f.Metric && g.Max == nil && g.Planned == f.Planned &&
				g.Value != math.Trunc(g.Value) && (math.Trunc(g.Value) == f.Value || math.Round(g.Value) == f.Value) {
				return g
			}
		}
	}
	if f.Max != nil || !headline && f.Approx == number.Exact {
		return nil
	}
	if g := x.rangeAtBound(f); g != nil {
		return g
	}
	step := 1.0 // the place of f's last written digit: 6,313 → 1, 16 million → 1 million
	for step < f.Value && math.Mod(f.Value, step*10) == 0 {
		step *= 10
	}
	var best *Fact
	for _, g := range x.order {
		if g == f || g.ISO2 != f.ISO2 || g.Metric != f.Metric || g.Max != nil || g.Planned != f.Planned || x.onlyInHeadline(g) {
			continue
		}
		r, t := math.Round(g.Value/step)*step, math.Floor(g.Value/step)*step
		// A bound said of the same figure: "over $750 million" beside $780.5 million.
		bound := (f.Approx == number.Over || f.Approx == number.AtLeast) && f.Value < g.Value ||
			f.Approx == number.Nearly && f.Value > g.Value
		// A bound that truncates the text's figure may lie further off ("Plus de 6
		// millions" above 6,5 millions, "over four million" beside about 4.3 million), as
		// may one that rounds it up ("Nearly 2,000" above 1,889).
		near := 0.05
		if bound && (t == f.Value || f.Approx == number.Nearly && r == f.Value) {
			near = 0.1
		}
		if g.Value == f.Value || (r != f.Value && t != f.Value && !bound) || math.Abs(g.Value-f.Value) > near*g.Value {
			continue
		}
		if best == nil || math.Abs(g.Value-f.Value) < math.Abs(best.Value-f.Value) {
			best = g
		}
	}
	return best
}

// pruneHeadlineParts drops a loan said only in the headline when the text states the
// same number and reads it as a part of a loan: "IMF reaches deal with Sri Lanka for USD 337
// million bailout" over "access to USD 337 million from the nearly USD 3 billion bailout";
// or when it adds up two loans the text states (sumOfTextLoans). The headline compresses
// what the text explains.
func (x *extractor) pruneHeadlineParts() {
	kept := x.order[:0]
	for _, f := range x.order {
		why := ""
		if f.Metric == LoanUSD && f.Max == nil && x.inHeadline(f.Mentions[0].Span) && !x.statedInText(f) {
			for _, d := range x.out.Decisions {
				if d.Dropped != "" && d.Value == f.Value && !x.inHeadline(d.Span) && slices.Contains(x.loanParts, d.Start) {
					why = d.Dropped
					break
				}
			}
			if why == "" {
				why = x.sumOfTextLoans(f)
			}
		}
		if why == "" {
			kept = append(kept, f)
			continue
		}
		delete(x.facts, keyOf(f))
		x.decisionsOf(f, func(d *Decision) {
			if x.inHeadline(d.Span) {
				d.Dropped = "the text reads the headline's figure otherwise: " + why
				d.Metric, d.ISO2, d.Planned = "", "", false
			}
		})
	}
	x.order = kept
}

// sumOfTextLoans: "IMF board approves US$1.7B in funding to Jamaica" above "about US$968
// million under the PLL and about US$764 million under the RSF": a headline's loan that
// adds up two loans the text states, within the headline's rounding, is their sum, not a
// loan of its own. It returns why, or "".
func (x *extractor) sumOfTextLoans(f *Fact) string {
	var loans []float64
	for _, d := range x.out.Decisions {
		if d.Metric == LoanUSD && !d.Planned && !x.inHeadline(d.Span) && d.Value != f.Value {
			loans = append(loans, d.Value)
		}
	}
	for i := range loans {
		for j := i + 1; j < len(loans); j++ {
			if sum := loans[i] + loans[j]; math.Abs(sum-f.Value) <= 0.05*f.Value {
				return "the sum of two loans the text states (" + Thousands(loans[i]) + " and " + Thousands(loans[j]) + " dollars), not a loan of its own"
			}
		}
	}
	return ""
}

// statedInText reports whether the text, not only its headline, states f as a current
// figure (a planned mention of the same number does not count).
func (x *extractor) statedInText(f *Fact) bool {
	for _, m := range f.Mentions {
		if x.inHeadline(m.Span) || x.repeatsHeadline(m.Quote) {
			continue
		}
		for _, d := range x.out.Decisions {
			if d.Span == m.Span && d.Dropped == "" && !d.Planned {
				return true
			}
		}
	}
	return false
}

// rangeAtBound is the range fact f restates by one of its bounds: "about $1.3 billion"
// beside "$1.28 to $1.3 billion" for the same country is the range, said roughly.
func (x *extractor) rangeAtBound(f *Fact) *Fact {
	near := func(a, b float64) bool { return math.Abs(a-b) <= 0.005*b }
	for _, g := range x.order {
		if g != f && g.Max != nil && g.ISO2 == f.ISO2 && g.Metric == f.Metric && g.Planned == f.Planned &&
			(near(f.Value, g.Value) || near(f.Value, *g.Max)) {
			return g
		}
	}
	return nil
}

// onlyInHeadline reports whether every mention of f is in the article's headline or a
// heading, or in a line that repeats one.
func (x *extractor) onlyInHeadline(f *Fact) bool {
	for _, m := range f.Mentions {
		if !x.inHeadline(m.Span) && !x.repeatsHeadline(m.Quote) {
			return false
		}
	}
	return len(f.Mentions) > 0
}

// inHeadline reports whether a span lies in the headline or a heading.
func (x *extractor) inHeadline(s Span) bool {
	for _, b := range x.a.Blocks {
		if (b.Kind == Title || b.Kind == Heading) && s.Start >= b.Start && s.End <= b.End {
			return true
		}
	}
	return false
}

// repeatsHeadline reports whether a sentence repeats the headline or a heading, as pages
// often do.
func (x *extractor) repeatsHeadline(quote string) bool {
	for _, b := range x.a.Blocks {
		if (b.Kind == Title || b.Kind == Heading) && strings.TrimSpace(quote) == strings.TrimSpace(x.a.Text[b.Start:b.End]) {
			return true
		}
	}
	return false
}

// groupedLikeDecimal is the digits of an approximate coin count that a dot splits before
// exactly three digits ("~61.245 BTC" in a table whose other rows write "~328,372 BTC"):
// no one rounds to a thousandth of a coin, so the dot likely groups thousands in a copy
// that changed its marks. It returns the digits, or "" when the figure reads plainly.
func (x *extractor) groupedLikeDecimal(q *number.Quantity) string {
	if q.Unit != number.BTC || q.Approx == number.Exact || q.Value >= 1000 {
		return ""
	}
	for j := q.Tok; j < q.TokEnd; j++ {
		if x.toks[j].Kind != lex.Number {
			continue
		}
		d := x.a.Text[x.toks[j].Start:x.toks[j].End]
		if k := strings.IndexByte(d, '.'); k > 0 && len(d)-k-1 == 3 && !strings.ContainsRune(d, ',') && strings.Count(d, ".") == 1 {
			return d
		}
	}
	return ""
}

// quantityAt returns the figure token j belongs to, or nil.
func (x *extractor) quantityAt(j int) *number.Quantity {
	for k := range x.qs {
		if j >= x.qs[k].Tok && j < x.qs[k].TokEnd {
			return &x.qs[k]
		}
	}
	return nil
}

// convertedSum returns, for dollars in brackets right after a sum in another currency
// ("€345 million ($378 million)"), the two read as one figure: from the first sum's first
// word to the closing bracket. Otherwise nil.
func (x *extractor) convertedSum(q *number.Quantity) *number.Quantity {
	if x.punct(q.Tok-1) != '(' || x.punct(q.TokEnd) != ')' {
		return nil
	}
	o := x.quantityAt(q.Tok - 2)
	if o == nil || o.Unit != number.OtherCurrency || o.TokEnd != q.Tok-1 {
		return nil
	}
	whole := *q
	whole.Tok, whole.TokEnd = o.Tok, q.TokEnd+1
	return &whole
}
