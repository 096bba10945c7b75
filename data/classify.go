package data

import (
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// classify decides which metric a figure states, from its unit and the words around
// it, and records it as found; figures that are none of the vocabulary's are left.
func (x *extractor) classify(q *number.Quantity) {
	f := found{
		value: q.Value, approx: q.Approx, tok: q.Tok, clause: x.clause[q.Tok],
		span: Span{q.Start, q.End}, quantity: q,
	}
	if q.Range {
		m := q.Max
		f.max = &m
	}
	switch q.Unit {
	case number.BTC:
		if !x.isHolding(q) {
			return
		}
		f.metric = BTCHoldings
	case number.USD:
		switch {
		case x.isLoan(q):
			f.metric = LoanUSD
			f.lender = x.lender()
		case x.isValuation(q):
			f.metric = HoldingsUSD
		default:
			return
		}
	case number.PowerMW:
		if !x.isMining(q) || x.near(q.Tok, 5, q.TokEnd-q.Tok+4)&cueCapacity != 0 {
			return
		}
		f.metric = MiningPowerMW
	case number.EnergyTWh:
		if !x.isMining(q) {
			return
		}
		f.metric = MiningEnergyTWh
	case number.NoUnit:
		if !x.isHolders(q) {
			return
		}
		f.metric = CryptoHolders
	default:
		return // percentages, other currencies, hashrates: kept in the text, never charted
	}
	x.founds = append(x.founds, f)
}

// shareListMetrics gives every figure of a list the metric one of them has: "loans of
// $20 billion and $8 billion", "13,000 and 6,100 BTC, respectively".
func (x *extractor) shareListMetrics() {
	for k := 0; k+1 < len(x.qs); k++ {
		a, b := &x.qs[k], &x.qs[k+1]
		if a.Unit != b.Unit || !x.listed(a.TokEnd, b.Tok) {
			continue
		}
		fa, fb := x.foundOf(a), x.foundOf(b)
		switch {
		case fa != nil && fb == nil:
			g := *fa
			g.value, g.max, g.approx, g.tok, g.span, g.quantity = b.Value, rangeMax(b), b.Approx, b.Tok, Span{b.Start, b.End}, b
			x.founds = append(x.founds, g)
		case fa == nil && fb != nil:
			g := *fb
			g.value, g.max, g.approx, g.tok, g.span, g.quantity = a.Value, rangeMax(a), a.Approx, a.Tok, Span{a.Start, a.End}, a
			x.founds = append(x.founds, g)
		}
	}
}

func rangeMax(q *number.Quantity) *float64 {
	if !q.Range {
		return nil
	}
	m := q.Max
	return &m
}

// listed reports whether only commas and "and"/"or" stand between tokens i and j.
func (x *extractor) listed(i, j int) bool {
	if j <= i || j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if w := x.lower(k); w != "and" && w != "or" && x.punct(k) != ',' {
			return false
		}
	}
	return true
}

func (x *extractor) foundOf(q *number.Quantity) *found {
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
func (x *extractor) governed(tok, end int, c cue) bool {
	for j := tok - 1; j >= 0 && j >= tok-4; j-- {
		if x.figureAt(j) {
			break
		}
		if x.cues[j]&c != 0 && !x.negated(j) {
			return true
		}
	}
	for j := end; j < len(x.toks) && j < end+3; j++ {
		if x.figureAt(j) || x.punct(j) == ',' || x.punct(j) == ';' {
			break
		}
		if x.cues[j]&c != 0 && !x.negated(j) && !x.figureSoonAfter(j, 3) {
			return true
		}
	}
	return false
}

func (x *extractor) negated(j int) bool {
	return (j > 0 && x.cues[j-1]&cueNegation != 0) || (j > 1 && x.cues[j-2]&cueNegation != 0)
}

// isHolding: a bitcoin amount the country holds. A holding verb or noun in the clause
// ("holds", "reserve", "stash"), a total written as "has acquired", or the country's
// possessive right before it ("El Salvador's 6,200 BTC"); not a sale, theft, transfer,
// plan, rate ("1 BTC a day") or price.
func (x *extractor) isHolding(q *number.Quantity) bool {
	c := x.clauseCues(q.Tok) | x.listCues&(cueHold|cueTotal)
	if x.governed(q.Tok, q.TokEnd, cueLoss) || x.near(q.Tok, 8, 0)&cuePlan != 0 || x.isRate(q) {
		return false
	}
	if c&(cueHold|cueTotal) != 0 {
		return true
	}
	if c&cuePurchase != 0 {
		// "has acquired 6,200 BTC" or "acquired 6,200 BTC since 2021" is a running total;
		// "bought 21 BTC on Tuesday" is one purchase.
		if x.near(q.Tok, 6, 0)&cueHave != 0 {
			return true
		}
		for _, d := range x.ds {
			if d.Prep == "since" && x.clause[d.Tok] == x.clause[q.Tok] {
				return true
			}
		}
		return false
	}
	for _, m := range x.ments {
		if m.Possessive && m.TokEnd == q.Tok {
			return true
		}
	}
	return false
}

// isRate: "1 BTC a day", "per week", "every month", "daily".
func (x *extractor) isRate(q *number.Quantity) bool {
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+3; j++ {
		w := x.lower(j)
		switch {
		case w == "per" || w == "each" || w == "every" || w == "apiece":
			return true
		case (w == "a" || w == "an") && j+1 < len(x.cues) && x.cues[j+1]&cueRate != 0:
			return true
		case w == "daily" || w == "weekly" || w == "monthly" || w == "annually":
			return true
		}
	}
	return false
}

// isLoan: a dollar amount a loan word belongs to ("a $7 billion loan", "a loan of $3
// billion", "its $1.4 billion IMF loan"), or a programme or deal word when a lender is
// named; not a tranche, disbursement or repayment.
func (x *extractor) isLoan(q *number.Quantity) bool {
	// A loan word right after the amount names it, whatever else the clause says:
	// "the first tranche of its $1.4 billion IMF loan".
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+3; j++ {
		if x.cues[j]&cueLoan != 0 {
			return true
		}
	}
	if x.nearestFigure(cueTranche, q) {
		return false
	}
	if x.nearestFigure(cueLoan, q) {
		return true
	}
	return (x.nearestFigure(cueProgram, q) || x.loanTalk && x.governed(q.Tok, q.TokEnd, cueProgram)) && x.lender() != ""
}

// nearestFigure reports whether a word of class c within 6 tokens of the figure q (in
// its clause) belongs to q rather than to another dollar figure nearer to it.
func (x *extractor) nearestFigure(c cue, q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for j, v := range x.cues {
		if v&c == 0 || x.clause[j] != cl {
			continue
		}
		best, bestD := -1, 7
		for k := range x.qs {
			o := &x.qs[k]
			if o.Unit != number.USD {
				continue
			}
			d := 0
			switch {
			case j < o.Tok:
				d = o.Tok - j
			case j >= o.TokEnd:
				d = j - o.TokEnd + 1
			}
			if d < bestD || d == bestD && j >= o.TokEnd {
				best, bestD = k, d
			}
		}
		if best >= 0 && &x.qs[best] == q {
			return true
		}
	}
	return false
}

// lender names who lends: an institution named in the sentence (IMF, World Bank), or a
// country named as the source of the loan.
func (x *extractor) lender() string {
	for i := range x.toks {
		for _, l := range lenders {
			if i+len(l.words) > len(x.toks) {
				continue
			}
			ok := true
			for k, w := range l.words {
				if x.lower(i+k) != w && !(w == "-" && x.punct(i+k) == '-') {
					ok = false
					break
				}
			}
			if ok {
				return l.name
			}
		}
	}
	for _, m := range x.ments {
		if m.lender {
			if c, ok := country.ByISO2(m.ISO2); ok {
				return c.Name
			}
		}
	}
	return ""
}

// isValuation: a dollar amount that values bitcoin holdings ("valued at about $745
// million", "holdings worth $1.2bn", "The coins are worth $1.05 billion" after a
// holding), not a price per coin or a planned reserve.
func (x *extractor) isValuation(q *number.Quantity) bool {
	if x.near(q.Tok, 5, 0)&cueValue == 0 || x.isRate(q) || x.near(q.Tok, 8, 0)&cuePlan != 0 {
		return false
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+3; j++ {
		if w := x.lower(j); w == "per" || w == "each" || w == "apiece" || w == "a" && x.lower(j+1) == "coin" {
			return false
		}
	}
	if w := x.lower(q.Tok - 1); w == "at" && (x.lower(q.Tok-2) == "price" || x.lower(q.Tok-2) == "trading" || x.lower(q.Tok-2) == "traded") {
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
	return x.clauseCues(q.Tok)&(cueHold|cueTotal) != 0 || x.stated[BTCHoldings]
}

// isMining: power or energy for bitcoin mining (in the sentence, or a paragraph that
// has already stated a mining figure), not a global or network-wide figure.
func (x *extractor) isMining(q *number.Quantity) bool {
	if !x.sentenceHas(cueMining) && x.listCues&cueMining == 0 && !x.stated[MiningPowerMW] && !x.stated[MiningEnergyTWh] {
		return false
	}
	return x.near(q.Tok, 6, q.TokEnd-q.Tok+5)&cueGlobal == 0
}

// isHolders: a count of people who hold crypto: "15 million citizens hold cryptocurrency",
// "5 million registered crypto users", "20 million Pakistanis own crypto", "puts its
// crypto users at 33 million"; not a global count.
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
	if noun < 0 {
		return false
	}
	if x.near(q.Tok, 6, q.TokEnd-q.Tok+8)&cueGlobal != 0 {
		return false
	}
	if x.sentenceHas(cueCrypto) {
		return true
	}
	// "users", "holders", "investors" count crypto users where the heading or title is
	// about crypto; "people" and "citizens" need the sentence to say so.
	return x.cues[noun]&cueCryptoPeople != 0 && (x.listCues|x.topic)&cueCrypto != 0
}

// figureEnds reports whether token j ends the figure's phrase: punctuation, or a word
// that cannot be the counted noun ("33 million, according to", "33 million last year").
func (x *extractor) figureEnds(j int) bool {
	if x.punct(j) != 0 {
		return true
	}
	switch x.lower(j) {
	case "according", "last", "this", "in", "by", "as", "and", "since", "after", "before", "now", "today":
		return true
	}
	return false
}

// peopleAfter finds a noun for people within three words after token i: "citizens",
// "registered crypto users", "Pakistanis", "Nigerian adults"; it returns its token or -1.
func (x *extractor) peopleAfter(i int) int {
	for j := i; j < len(x.toks) && j < i+3; j++ {
		if x.toks[j].Kind != lex.Word {
			return -1
		}
		if isPeopleNoun(x.lower(j)) {
			return j
		}
		for _, m := range x.ments {
			if m.Tok == j && strings.HasSuffix(x.lower(m.TokEnd-1), "s") && m.TokEnd == j+1 {
				return j // "20 million Pakistanis"
			}
		}
	}
	return -1
}

// peopleBefore finds a noun for people in the six tokens before a figure that closes
// its phrase: "puts Nigeria's crypto users at 33 million".
func (x *extractor) peopleBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if x.figureAt(j) {
			return -1
		}
		if isPeopleNoun(x.lower(j)) {
			return j
		}
	}
	return -1
}

// classifyDates finds the dates that are figures: the year bitcoin became legal tender
// ("legal tender in September 2021"), and the year a loan's term ends ("reforms
// scheduled through 2027").
func (x *extractor) classifyDates() {
	legal := -1
	for i := 0; i+1 < len(x.toks); i++ {
		if x.lower(i) == "legal" && x.lower(i+1) == "tender" {
			legal = i
			break
		}
	}
	loan := x.sentenceHas(cueLoan) || x.loanTalk || (x.sentenceHas(cueProgram) && x.lender() != "")
	for _, d := range x.ds {
		if d.Rel != number.Absolute && d.Rel != number.LastYear && d.Rel != number.ThisYear {
			continue
		}
		when := d.Resolve(x.a.Published, x.lastWhen)
		if when.Year == 0 {
			continue
		}
		f := found{value: float64(when.Year), tok: d.Tok, clause: x.clause[d.Tok], span: Span{d.Start, d.End}, asOf: when, dated: true}
		switch {
		case legal >= 0 && abs(d.Tok-legal) <= 12 && x.clause[legal] == f.clause && !x.repealed(legal, d) &&
			x.near(min(d.Tok, legal), 8, 0)&cuePlan == 0 && !isEndPrep(d.Prep):
			f.metric = LegalTenderYear
		case loan && d.Rel == number.Absolute && (isEndPrep(d.Prep) && d.Prep != "by" || x.near(d.Tok, 2, 0)&cueEnd != 0 && d.Prep == "in"):
			f.metric = LoanTermEndYear
			f.asOf = number.When{}
			f.dated = false
			f.span = Span{int(x.toks[max(d.Tok-1, 0)].Start), d.End} // "through 2027"
		default:
			continue
		}
		x.founds = append(x.founds, f)
	}
}

// repealed reports whether a word that takes legal tender away stands between "legal
// tender" and its date, or just before whichever comes first: "ended bitcoin's legal
// tender status in January 2025", "legal tender status was revoked in 2025".
func (x *extractor) repealed(legal int, d number.Date) bool {
	from, to := min(legal, d.Tok)-6, max(legal, d.Tok)
	for j := max(from, 0); j < to && j < len(x.cues); j++ {
		if x.cues[j]&cueRepeal != 0 && x.clause[j] == x.clause[legal] && !x.negated(j) {
			return true
		}
	}
	return false
}

func isEndPrep(p string) bool {
	switch p {
	case "through", "thru", "until", "till", "to", "by":
		return true
	}
	return false
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
