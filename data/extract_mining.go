package data

import (
	"strings"

	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// Mining power and energy: a country's mining, as against its whole grid, the world's
// network, rigs seized or a site's units.

// seizedRigs: power of mining machines seized, confiscated or shut down ("confiscated
// 213,000 rigs with a combined capacity of 850 MW"): not mining that runs.
// The clause before a relative one is read too: "shut down 1,620 illegal mining farms,
// which consumed 250 megawatts".
func (x *extractor) seizedRigs(q *number.Quantity) string {
	if w := x.rigsTakenBefore; w != "" && x.refersToRigs() {
		return w // "it shut more than 5,000 cryptomining farms ... “The farms were collectively using 850 megawatts”"
	}
	if w := x.roleBefore(q, roleRigsTaken); w != "" || !x.roles.has(roleRigsTaken) {
		return w
	}
	for _, r := range x.relative {
		if r.clause != x.clause[q.Tok] || r.comma < 1 {
			continue
		}
		for j, cl := r.comma-1, x.clause[r.comma-1]; j >= 0 && x.clause[j] == cl; j-- {
			if x.isAt(j, roleRigsTaken) {
				return x.quoteToks(j, j+1)
			}
		}
	}
	return ""
}

// couldDraw is the words by which the figure is what machines are able to draw ("capable
// of consuming", "capaces de consumir"), or "".
func (x *extractor) couldDraw(q *number.Quantity) string {
	for j := max(0, q.Tok-windowCapable); j+1 < q.Tok; j++ {
		if x.isAt(j, roleCapable) && x.clause[j] == x.clause[q.Tok] && !x.figureBetween(j, q.Tok) {
			return x.quoteToks(j, q.Tok)
		}
	}
	return ""
}

// roleInSentence returns the sentence's first word of role r, as written, or "".
func (x *extractor) roleInSentence(r role) string {
	for j := range x.toks {
		if x.isAt(j, r) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// refersToRigs reports whether the sentence opens by referring back to rigs or farms in
// the past tense ("The farms were collectively using", "They had drawn"), past an
// opening quotation mark: what they drew before they were taken.
func (x *extractor) refersToRigs() bool {
	i := 0
	if x.isPunct(i) {
		i++
	}
	if x.lower(i) != "they" {
		if !x.isAt(i, roleDefinite, roleMinerRef) || !x.isAt(i+1, roleCoinModified) {
			return false
		}
		i++
	}
	w := x.lower(i + 1)
	return w == "were" || w == "was" || w == "had"
}

// contributesTo: "rigs can cause an increase of 60-90MW, contributing to the total annual
// consumption of two billion kWh": the total a part adds to is the whole's.
func (x *extractor) contributesTo(q *number.Quantity) string {
	for j := max(0, q.Tok-windowContributes); j+2 < q.Tok; j++ {
		if x.isAt(j, roleContribute) && x.lower(j+1) == "to" && x.lower(j+2) == "the" &&
			(x.lower(j+3) == "total" || x.lower(j+3) == "overall") {
			return x.quoteToks(j, j+4)
		}
	}
	return ""
}

// partOfTotal: "100 megawatts of Georgia's total 125 megawatts of crypto-mining
// capacity": a figure of a total of its unit stated right after it is a part of it.
func (x *extractor) partOfTotal(q *number.Quantity) string {
	if x.lower(q.TokEnd) != "of" {
		return ""
	}
	for _, o := range x.qs {
		if o.Tok > q.TokEnd && o.Tok <= q.TokEnd+4 && o.Unit == q.Unit && o.Value > q.Value {
			for j := q.TokEnd + 1; j < o.Tok; j++ {
				if x.lower(j) == "total" || x.lower(j) == "overall" {
					return x.quoteToks(q.Tok, o.TokEnd)
				}
			}
		}
	}
	return ""
}

// wholeOfPart: "distributes 1.5MW of the 102MW it generates to miners": a figure after
// "of the" that follows another of its unit is the whole the first is a share of.
func (x *extractor) wholeOfPart(q *number.Quantity) string {
	if q.Tok < 3 || x.lower(q.Tok-1) != "the" || x.lower(q.Tok-2) != "of" {
		return ""
	}
	for _, o := range x.qs {
		if o.TokEnd == q.Tok-2 && o.Unit == q.Unit {
			return x.quoteToks(o.Tok, q.TokEnd)
		}
	}
	return ""
}

// curtailed is the word, just before a power figure in its clause, by which miners gave
// that power up: "curtailed 1,500 MW", "released roughly 1,000 MW to the grid".
func (x *extractor) curtailed(q *number.Quantity) string {
	for j := max(0, q.Tok-4); j < q.Tok; j++ {
		if x.clause[j] == x.clause[q.Tok] && x.isAt(j, roleCurtail) {
			return x.quoteToks(j, j+1)
		}
	}
	if x.lower(q.TokEnd) == "to" && x.lower(q.TokEnd+1) == "spare" {
		return x.quoteToks(q.TokEnd, q.TokEnd+2) // "they have 5,000 megawatts to spare"
	}
	// "approximately 320 MW of mining load was disconnected": the passive after the figure
	for j := q.TokEnd; j+1 < len(x.toks) && j < q.TokEnd+windowPassive && x.clause[j] == x.clause[q.Tok]; j++ {
		if w := x.lower(j); (w == "was" || w == "were" || w == "been") && x.isAt(j+1, roleCurtail, roleRigsTaken) {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// dependingOn is the "depending on" after a range that makes it what any one operation
// may need: "need anywhere from 30 to 300 megawatts of electrical capacity, depending on
// the size of the mining operation". "" when none.
func (x *extractor) dependingOn(q *number.Quantity) string {
	if !q.Range {
		return ""
	}
	for j := q.TokEnd; j+1 < len(x.toks) && j <= q.TokEnd+windowNounAfter+4 && x.clause[j] == x.clause[q.Tok]; j++ {
		if w := x.lower(j); (w == "depending" || w == "dependiendo" || w == "dependendo" || w == "selon") && (x.lower(j+1) == "on" || x.lower(j+1) == "de" || x.lower(j+1) == "del" || x.lower(j+1) == "da" || x.lower(j+1) == "do" || w == "selon") {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// monthsSpan is the span of months after a figure that it is counted over ("from
// January 2021 to September 2021", "de janeiro de 2021 a setembro de 2021"): two dates
// with months, the second closing the first in the same year. "" when none.
func (x *extractor) monthsSpan(q *number.Quantity) string {
	for i, a := range x.ds {
		if a.Tok < q.TokEnd || a.Month == 0 || x.clause[a.Tok] != x.clause[q.Tok] || a.Tok > q.TokEnd+windowSetOff {
			continue
		}
		for _, b := range x.ds[i+1:] {
			if b.Month != 0 && b.Tok > a.TokEnd && b.Tok <= a.TokEnd+2 && (b.Year == a.Year || a.Year == 0) && b.Month > a.Month {
				return x.quoteToks(a.Tok-1, b.TokEnd)
			}
		}
	}
	return ""
}

// isMining: power or energy for bitcoin mining, not a country's whole grid, a worldwide
// or network figure. It returns the reason either way.
func (x *extractor) isMining(q *number.Quantity) (bool, string) {
	if !x.sentenceHas(cueMining) && x.listCues&cueMining == 0 && !x.miningCarried(q) {
		return false, "no mining word in the sentence"
	}
	if w := x.nationalPower(q); w != "" {
		return false, "the country's whole electricity (“" + w + "”), not mining's"
	}
	if w := x.monthsSpan(q); w != "" && q.Unit == number.EnergyTWh {
		return false, "energy over months (“" + w + "”), not a year's"
	}
	if w := x.dependingOn(q); w != "" {
		return false, "what one site may need (“" + w + "”), not a country's mining"
	}
	if w := x.roleBefore(q, roleShortage); w != "" {
		return false, "power the country lacks (“" + w + "”), not mining's" // "a shortage of 5,000 MW"
	}
	if m := x.mentionEndingAt(q.Tok - 2); m != nil && x.punct(q.Tok-1) == '(' && x.yardstick(m) {
		return false, "the use of a country compared with (“" + x.quoteToks(m.Tok, m.TokEnd) + "”), not mining's" // "comparable to the consumption of Ireland (3.1 gigawatts)"
	}
	if w := x.roleBefore(q, roleExportPower); w != "" {
		return false, "power sold abroad (“" + w + "”), not mining's" // "also exports power to its neighbours, including 9,000 MW to Thailand"
	}
	if w := x.wholeOfPart(q); w != "" {
		return false, "the whole (“" + w + "”) a share is taken from, not what mining draws" // "1.5 MW of the 102 MW it generates"
	}
	if w := x.couldDraw(q); w != "" {
		return false, "what machines could draw (“" + w + "”), not what mining draws" // "213,000 unlicensed rigs capable of consuming 850 megawatts"
	}
	if w := x.curtailed(q); w != "" {
		return false, "power mining gave back to the grid (“" + w + "”), not what it draws" // "miners released 1,000 MW during the heatwave"
	}
	if w := x.contributesTo(q); w != "" {
		return false, "the whole mining adds to (“" + w + "”), not mining's"
	}
	if w := x.partOfTotal(q); w != "" {
		return false, "a part of the total stated after it (“" + w + "”), not all of the country's mining"
	}
	if w := x.overPeriod(q); w != "" && q.Unit == number.EnergyTWh {
		return false, "energy over a span of years (“" + w + "”), not a year's"
	}
	if w := x.sinceDate(q); w != "" && q.Unit == number.EnergyTWh {
		return false, "energy used since a date (“" + w + "”), not a year's" // "since the start of 2024, ... has consumed 20,822.62 GWh"
	}
	if w := x.increment(q); w != "" {
		return false, "an addition (“" + w + "”), not the total" // "secured an additional 100 megawatts"
	}
	if w := x.oneUnit(q); w != "" {
		return false, "one facility's or an average facility's power (“" + w + "”), not the country's"
	}
	if w := x.householdsUse(q); w != "" {
		return false, "households' use (“" + w + "”), not mining's"
	}
	if w := x.oneFirm(q); w != "" {
		return false, "one firm's power (“" + w + "”), not the country's mining"
	}
	if w := x.countryConsumed(q); w != "" {
		return false, "the country's own consumption (“" + w + "”), not mining's"
	}
	if w := x.shareOfWhole(q); w != "" {
		return false, "a share (“" + w + "”) of the country's mining, not all of it"
	}
	if w := x.gridSentence(q); w != "" {
		return false, "a sentence about a plant's or the grid's power (“" + w + "”) that names no miners"
	}
	if x.global(q) {
		if w := x.cueWord(q.Tok, cueGlobal); w != "" {
			return false, "a worldwide or network figure (“" + w + "”)"
		}
		return false, "the network's own: bitcoin mining itself is the clause's subject"
	}
	if w := x.cueWord(q.Tok, cueMining); w != "" {
		return true, "Mining: “" + w + "”"
	}
	if !x.sentenceHas(cueMining) && x.listCues&cueMining == 0 && x.restatesBefore(q) {
		return true, "Mining: “" + x.quoteToks(0, 1) + "” restates the sentence before, about mining"
	}
	return true, "Mining: the paragraph's miners"
}

// nationalPower: the clause speaks of a country's grid, demand or generation and not of
// mining ("Oman's grid has 12 GW of capacity", "Kazakhstan consumes 115 TWh of electricity").
//
// The grid word stands before the figure as its subject's, and no mining word does; a
// mining word after it must not be the figure's purpose ("12 GW ... for mining").
func (x *extractor) nationalPower(q *number.Quantity) string {
	// "to use 2,000 megawatts from its surplus of 7,000 MW to support crypto mining": the
	// whole another figure is drawn from is the country's, whatever it is drawn for.
	if j := q.Tok - 2; x.lower(q.Tok-1) == "of" && x.isAt(j, roleGrid) {
		for k := j - 1; k >= 1 && k >= j-2; k-- {
			if x.isAt(k, roleFrom) && x.figureAt(k-1) {
				return x.quoteToks(k, q.Tok)
			}
		}
	}
	// "21 volcanoes producing more than 2000 megawatts of power": what generators make (not
	// "which generate a total of 120 MW of mining power": the figure says whose it is).
	if x.lower(q.TokEnd) == "of" && x.cues[min(q.TokEnd+1, len(x.cues)-1)]&cueMining != 0 {
		return ""
	}
	for j := max(0, q.Tok-windowGenerate); j < q.Tok; j++ {
		if x.isAt(j, roleGenerate) && !x.miningBeside(j) && x.clause[j] == x.clause[q.Tok] && !x.figureBetween(j, q.Tok) {
			return x.quoteToks(j, q.Tok)
		}
	}
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
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+10 && x.clause[j] == cl; j++ {
		if x.cues[j]&cueMining != 0 || x.figureAt(j) || x.isAt(j, roleMinerRef) {
			break
		}
		if j < q.TokEnd+3 && x.isAt(j, roleGenerator) && (x.isAt(j+1, roleSiteNoun) || x.lower(j+1) == "park") {
			return x.quoteToks(q.Tok, j+2) // "at a 280-megawatt wind farm in Texas": a generator's capacity
		}
		if x.isAt(j, roleSiteNoun) {
			break // "Rogun 3's 25MW operation near the dam": the figure is the operation's
		}
		if j < q.TokEnd+7 && x.isAt(j, roleGenerate) {
			return x.quoteToks(j, j+1) // "5% of the 4.9 GW of hydroelectric power it has generated"
		}
		if j < q.TokEnd+4 && x.isAt(j, rolePlant) {
			return x.quoteToks(q.Tok, j+1) // "its 895-megawatt Assu Sol plant": a plant's capacity
		}
		if w := x.lower(j); w == "generation" && x.lower(j+1) == "capacity" {
			return x.quoteToks(j, j+2) // "1.2 gigawatts gained to its power generation capacity"
		}
	}
	// A mining word before the figure makes the clause mining's ("mining operations ...
	// with total consumption reaching 600 MW"), unless a word of the country's generation
	// stands after it, away from any mining word: "600 MW to bitcoin mining, 11% of the
	// country's current generating capacity, estimated at 5,631 MW" is the country's.
	if q.Unit == number.PowerMW && x.antecedent(q.Tok, cueMining) != "" {
		// "illegal miners, whose power consumption is estimated at 1.2 thousand MW" (an
		// energy figure so placed often has no span of time)
		return ""
	}
	grid, mining, gen := -1, -1, -1
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] != cl {
			continue
		}
		if x.cues[j]&cueMining != 0 {
			mining = j
		}
		if x.isAt(j, roleGrid) || x.cues[j]&cueCapacity != 0 || x.isAt(j, roleGenerating) {
			grid = j
			if x.isAt(j, roleGenerating) && !x.miningBeside(j) {
				gen = j
			}
		}
		if x.figureAt(j) && grid >= 0 {
			grid, gen = -1, -1 // the grid word before another figure is that figure's
		}
	}
	if mining >= 0 {
		if gen < mining {
			return ""
		}
		grid = gen
	}
	if grid < 0 {
		// "1,500 MW of wind capacity alone": the capacity the figure measures.
		for j := q.TokEnd; j+2 < len(x.toks) && j < q.TokEnd+1; j++ {
			if x.lower(j) == "of" && x.cues[j+1]&cueMining == 0 && (x.cues[j+1]&cueCapacity != 0 || x.lower(j+1) == "capacity" ||
				x.lower(j+2) == "capacity" || x.cues[j+2]&cueCapacity != 0) {
				return x.quoteToks(j, j+3)
			}
		}
		return ""
	}
	return x.quoteToks(grid, grid+1)
}

// miningBeside reports whether a mining word stands within two words of token j:
// "mining capacity", "capacity of mining farms".
func (x *extractor) miningBeside(j int) bool {
	for k := max(0, j-2); k < len(x.toks) && k <= j+3; k++ {
		if x.cues[k]&cueMining != 0 {
			return true
		}
	}
	return false
}

// superlativeWorld reports whether the only worldwide words near q are "in the world"
// after a superlative ("the highest ... in the world"): a ranking, not a world figure.
func (x *extractor) superlativeWorld(q *number.Quantity) bool {
	found := false
	for j := max(0, q.Tok-6); j < len(x.toks) && j <= q.TokEnd+5; j++ {
		if x.cues[j]&cueGlobal == 0 {
			continue
		}
		if w := x.lower(j + 1); x.lower(j) == "world" && x.lower(j-1) == "the" && (strings.HasSuffix(w, "est") || is(w, roleRanked)) &&
			x.toks[j].Is(lex.Possessive) {
			found = true // "one of the world's biggest bitcoin exchanges": a ranking
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

// rankedWorldwide reports whether every worldwide word of q's clause ranks a country
// ("ranks second worldwide", "the third-largest globally") rather than counting the world.
func (x *extractor) rankedWorldwide(q *number.Quantity) bool {
	if !x.sentenceHas(cueWorldwide | cueGlobal) {
		return false
	}
	cl, found := x.clause[q.Tok], false
	for j := range x.toks {
		if x.clause[j] != cl || x.cues[j]&(cueWorldwide|cueGlobal) == 0 {
			continue
		}
		ranked := false
		for k := max(0, j-2); k < j; k++ {
			w := x.lower(k)
			ranked = ranked || x.cues[k]&cueRank != 0 || is(w, roleRanked) || strings.HasSuffix(w, "est")
		}
		if !ranked {
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

// miningCarried: after a paragraph has stated a mining figure, a clause whose subject
// refers back to the miners ("They used 5.2 TWh last year", "Licensed sites used 1.1
// TWh") is about mining too, unless it speaks of the whole country.
func (x *extractor) miningCarried(q *number.Quantity) bool {
	if !x.stated[MiningPowerMW] && !x.stated[MiningEnergyTWh] && !x.miningTalk && x.topic&cueMining == 0 {
		return false // neither the paragraph nor the article's title speaks of mining
	}
	if x.statedIn(q.Unit) && (x.roles.has(roleRespectively) && x.onlyUnits(q.Unit) ||
		x.bracketedAfterCountry(q) && x.onlyUnits(q.Unit, number.NoUnit)) {
		// "The list continues with Canada, Malaysia and Argentina with 400 MW, 300 MW and
		// 135 MW, respectively", "Canada (400 MW), Malaysia (300 MW)", after a sentence
		// that gave a country's mining power.
		return true
	}
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && (x.isAt(j, roleCountryNoun) || x.clauseCues(q.Tok)&cuePopulation != 0) {
			return false
		}
	}
	for j := 0; j < len(x.toks) && j < q.TokEnd+5; j++ {
		if x.clause[j] == cl && x.isAt(j, roleMinerRef) {
			return true // "They used 5.2 TWh", "set aside 600 megawatts for such operations"
		}
	}
	return x.restatesBefore(q)
}

// statedIn reports whether the article has stated a figure of a metric written in unit u.
func (x *extractor) statedIn(u number.Unit) bool {
	for _, m := range metricsWrittenIn(u) {
		if x.stated[m] {
			return true
		}
	}
	return false
}

// restatesBefore: a sentence that opens by restating the one before in other units,
// "That's some 16 billion kilowatt-hours a year", "This equals 1.9 GW", with no
// comparison before its figure.
func (x *extractor) restatesBefore(q *number.Quantity) bool {
	if q.Tok > 6 || len(x.toks) < 2 || x.clause[0] != x.clause[q.Tok] {
		return false
	}
	w, n := x.lower(0), x.lower(1)
	contracted := w == "that" && x.toks[0].Is(lex.Possessive) // "That's", read as "that" + "'s"
	if w != "that" && w != "this" || !contracted && n != "is" && n != "equals" && n != "amounts" && n != "means" {
		return false
	}
	for j := 1; j < q.Tok; j++ {
		if x.isAt(j, roleComparative) || x.lower(j) == "than" || x.isAt(j, roleDifference) {
			return false
		}
	}
	return true
}

// householdsUse: "while the country's households use about 700 gigawatt hours", "the 700
// GWh used to power its homes": households use the power, not miners.
func (x *extractor) householdsUse(q *number.Quantity) string {
	for j := max(0, q.Tok-6); j+1 < q.Tok; j++ {
		if x.clause[j] == x.clause[q.Tok] && x.isAt(j, roleHouseholds) && (x.isAt(j+1, roleConsume) || x.lower(j+1) == "use") {
			return x.quoteToks(j, j+2)
		}
	}
	for j := q.TokEnd; j+2 < len(x.toks) && j < q.TokEnd+8 && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.cues[j]&cueMining != 0 || x.figureAt(j) {
			break
		}
		if w := x.lower(j); (w == "power" || w == "powering" || w == "supply" || w == "supplying" || w == "heat" || w == "heating") &&
			x.lower(j-2) != "enough" && x.lower(j-1) != "enough" { // not "enough to power 400,000 homes": a comparison
			for k := j + 1; k <= j+3 && k < len(x.toks); k++ {
				if x.isAt(k, roleHouseholds) {
					return x.quoteToks(j, k+1)
				}
			}
		}
	}
	return ""
}

// sinceDate is the date "since" which the figure's clause counts, as written, or "".
func (x *extractor) sinceDate(q *number.Quantity) string {
	for _, d := range x.ds {
		if x.clause[d.Tok] != x.clause[q.Tok] {
			continue
		}
		for j := d.Tok - 1; j >= 0 && j >= d.Tok-windowSinceDate; j-- {
			if x.isAt(j, roleSinceWord) {
				return x.quoteToks(j, d.TokEnd) // "since the start of 2024", "desde enero"
			}
		}
	}
	return ""
}

// unitsBefore reports whether the clause names, before token j, the units an average is
// taken over: "mining facilities", "farms", "rigs", "machines".
func (x *extractor) unitsBefore(j int) bool {
	for k := 0; k < j; k++ {
		if x.clause[k] == x.clause[j] && x.isAt(k, roleCoinModified) && strings.HasSuffix(x.lower(k), "s") {
			return true
		}
	}
	return false
}

// oneUnit: "A single mining center consumes 3.6 million kilowatts", "mining facilities
// on average use 5 MW": one site, or the average of many, not the country's sum.
func (x *extractor) oneUnit(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := 0; j+1 < q.Tok; j++ {
		if x.clause[j] != cl {
			continue
		}
		if w := x.lower(j); (w == "single" || w == "one" || w == "each") && x.cues[j+1]&cueMining != 0 {
			return x.quoteToks(j, j+2)
		}
		if x.isAt(j, roleEach) && j >= q.Tok-windowEach && !x.figureBetween(j, q.Tok) {
			return x.quoteToks(j, q.Tok) // "34 of the largest mines, each running at 40 megawatts or more"
		}
		if w := x.lower(j); (w == "a" || w == "an") && x.lower(j+1) == "mining" && (x.lower(j+2) == "rig" || x.lower(j+2) == "machine") {
			return x.quoteToks(j, j+3) // "a mining rig drawing 1,000 kilowatts": one machine
		}
		if x.lower(j) == "on" && x.lower(j+1) == "average" && x.unitsBefore(j) {
			return x.quoteToks(j, j+2) // not "crypto mining consumes on average 16 billion kilowatt-hours per year": over time
		}
		if w := x.lower(j); w == "a" || w == "an" {
			if k := x.unnamedSite(j, q.Tok); k > 0 {
				return x.quoteToks(j, k+1) // "a nearby mining farm pulled 120 MW": one farm, not named
			}
		}
	}
	// "For a miner running a 1-megawatt facility - roughly 3,000 ASICs - the bill went
	// from ...": an example, not a site.
	if x.lower(0) == "for" && (x.lower(1) == "a" || x.lower(1) == "an") && x.clause[0] == cl {
		return x.quoteToks(0, 3)
	}
	// "BIT Mining's acquisition of a 51 MW facility": a site a firm buys, not a country's
	// mining.
	if w := x.lower(q.Tok - 1); (w == "a" || w == "an") && x.isAt(q.TokEnd, roleSiteNoun) && x.governingBefore(q.Tok-1, cuePurchase) != "" {
		return x.governingBefore(q.Tok-1, cuePurchase) + " … " + x.quoteToks(q.Tok-1, q.TokEnd+1)
	}
	// "A 1 megawatt mine uses more energy per day than a typical home": an example site
	// compared, not one that is named.
	if w, n := x.lower(q.Tok-1), x.lower(q.TokEnd); (w == "a" || w == "an") && (n == "mine" || n == "farm" || n == "rig") {
		for j := q.TokEnd + 1; j < len(x.toks) && x.clause[j] == cl; j++ {
			if x.lower(j) == "than" {
				return x.quoteToks(q.Tok-1, q.TokEnd+1) + " … than"
			}
		}
	}
	return ""
}

// unnamedSite is the token of the site noun ("farm", "mine") that ends the indefinite
// noun phrase starting at token a, when no name stands between it and token end (the
// figure): one site, not named. -1 when it is not.
func (x *extractor) unnamedSite(a, end int) int {
	reach := a + 3
	for k := a + 1; k < end && k <= reach; k++ {
		// "a BitFury-owned Bitcoin mining farm": a firm's compound and the coin's name
		// stand before the site as adjectives do.
		if x.toks[k].Is(lex.Capital) && lex.IsHyphen(x.punct(k+1)) && isParticiple(x.lower(k+2)) {
			k, reach = k+2, reach+3
			continue
		}
		if x.isAt(k, roleCoin) {
			reach++
			continue
		}
		if x.toks[k].Kind != lex.Word || x.toks[k].Is(lex.Capital) {
			break
		}
		if !x.isAt(k, roleOneSite) {
			continue
		}
		for j := k + 1; j < end; j++ {
			if x.toks[j].Is(lex.Capital) && !x.toks[j].Is(lex.AllCaps) || x.mentionAt(j) != nil {
				return -1 // "a mining farm in Ekibastuz": a named place (not "ASIC miners")
			}
		}
		return k
	}
	return -1
}

// oneFirm: "Mining company "Geomaintenance" consumed 70.6 million kilowatt hours": one
// firm named as the clause's subject, not a country's sector ("mining companies in
// Kazakhstan consume ..." are many).
func (x *extractor) oneFirm(q *number.Quantity) string {
	v := q.Tok - 1
	if !x.isAt(v, roleConsume) {
		return ""
	}
	for j := max(0, v-5); j < v; j++ {
		if w := x.lower(j); x.clause[j] == x.clause[v] && (w == "company" || w == "firm") && !x.countryBetween(j, v) &&
			cueOf(x.lower(j-1))&cuePrep == 0 && !x.isAt(j-1, roleShareOf) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// countryConsumed: "the controlled part of the country consumed 10.8 billion kilowatt
// hours": the country itself is the subject of a verb of using power, and no mining word
// stands before the figure in its clause.
func (x *extractor) countryConsumed(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	subject := -1
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] != cl {
			continue
		}
		if x.cues[j]&cueMining != 0 || x.isAt(j, roleMinerRef) {
			return ""
		}
		if w := x.lower(j); w == "country" || w == "nation" {
			subject = j
		}
		if subject >= 0 && x.isAt(j, roleConsume) && j == q.Tok-1 && x.sentenceHasRole(roleGrid) {
			return x.quoteToks(subject, j+1)
		}
	}
	return ""
}

// sentenceHasRole reports whether a word of the sentence plays role r.
func (x *extractor) sentenceHasRole(r role) bool {
	for j := range x.toks {
		if x.isAt(j, r) {
			return true
		}
	}
	return false
}

// shareOfWhole: "the share of illegal crypto miners is estimated at 250 to 450 MW": a
// part of a whole the clause names as a share.
func (x *extractor) shareOfWhole(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := 0; j+1 < q.Tok; j++ {
		if w := x.lower(j); x.clause[j] == cl && (w == "share" || w == "portion") && x.lower(j+1) == "of" {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// gridSentence: a sentence with no mining word of its own, carried into mining by its
// paragraph or list, that speaks of a plant's or the grid's capacity or consumption
// before the figure ("The latter has a nominal capacity of 120 MW, but only 90 MW are
// usable", "electricity consumption ... increased to almost 83 billion kWh"): the power
// is the plant's or the country's, unless the clause refers to the miners ("they").
func (x *extractor) gridSentence(q *number.Quantity) string {
	if x.sentenceHas(cueMining) {
		return ""
	}
	cl := x.clause[q.Tok]
	for j := 0; j < len(x.toks) && j < q.TokEnd+5; j++ {
		if x.clause[j] == cl && x.isAt(j, roleMinerRef) {
			return ""
		}
	}
	for j := 0; j < q.Tok; j++ {
		if x.isAt(j, roleGrid) || x.cues[j]&cueCapacity != 0 {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// consumptionOfMining: "the electricity consumption of Bitcoin mining is 138.85 TWh": the
// network's, unless a country follows ("of bitcoin mining in Kazakhstan").
func (x *extractor) consumptionOfMining(q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for j := 2; j+1 < q.Tok; j++ {
		if x.clause[j] != cl || x.lower(j-1) != "of" || !x.isAt(j-2, roleGrid) {
			continue
		}
		if (x.isAt(j, roleCoin) || x.lower(j) == "crypto") && x.cues[j+1]&cueMining != 0 {
			return !x.countryBetween(j, q.Tok)
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
		if (x.isAt(j, roleCoin) || x.lower(j) == "crypto" || x.lower(j) == "cryptocurrency") && x.cues[j+1]&cueMining != 0 &&
			x.isAt(j+2, roleConsume) {
			k := j - 1
			if k < 0 {
				return true
			}
			// Only as the subject: at the clause's start, or after "that" or a verb of
			// saying; "the power allocated to bitcoin mining" is a country's.
			if x.isAt(k, roleSaying) {
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
		if len(x.ments) == 0 && x.genericMining(q) || x.consumptionOfMining(q) {
			return true
		}
	}
	if x.rankedWorldwide(q) {
		return false // "Crypto mining in Russia ranks second worldwide, with 16 TWh"
	}
	return x.worldwide(q) || x.globalNear(q)
}

// globalNear reports whether a word of the world's network stands near the figure, other
// than a power grid's network ("a load of 693 MW on Kazakhstan's power distribution
// network") or a share of the world's named before ("2.5% of Bitcoin's global hash
// rate, with total consumption reaching 600 MW").
func (x *extractor) globalNear(q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for j := max(0, q.Tok-6); j < len(x.cues) && j <= q.TokEnd+4; j++ {
		if x.cues[j]&cueGlobal == 0 || x.clause[j] != cl {
			continue
		}
		if w := x.lower(j); (w == "network" || w == "network's") && (x.isAt(j-1, roleGrid) || x.lower(j-1) == "distribution" || x.lower(j-1) == "power") {
			continue
		}
		if x.shareOfTheWorld(j) || x.nameOfIndex(j) || x.worldAverage(j) {
			continue
		}
		return true
	}
	return false
}

// worldAverage reports whether the world's word at j names an average the figure is
// compared with ("exceeding the global average of 15%"), not the figure's scope.
func (x *extractor) worldAverage(j int) bool {
	return x.isAt(j+1, roleAverage)
}

// nameOfIndex reports whether the world's word at j opens the name of a ranking or report
// ("the Global Crypto Adoption Index", "Indeks Adopsi Crypto Global"): the ranking's
// name, not the figure's scope.
func (x *extractor) nameOfIndex(j int) bool {
	for k := max(0, j-3); k < len(x.toks) && k <= j+3; k++ {
		if k != j && x.isAt(k, roleIndexName) && x.toks[k].Is(lex.Capital) {
			return true
		}
	}
	return false
}

// shareOfTheWorld reports whether the world's word at j follows "N% of": a share of the
// world stated of the country, not the figure's own scope.
func (x *extractor) shareOfTheWorld(j int) bool {
	for _, o := range x.qs {
		if o.Unit == number.Percent && o.TokEnd < j && o.TokEnd >= j-4 && x.lower(o.TokEnd) == "of" {
			for _, m := range x.ments {
				if m.TokEnd <= o.Tok && x.clause[m.Tok] == x.clause[o.Tok] && !m.excluded {
					return true // "mining in Ethiopia accounts for 2.5% of the global hash rate"
				}
			}
		}
	}
	return false
}

// worldwide reports whether the figure's clause says it is the world's ("global",
// "worldwide"): near the figure, or in a clause that names no country. "To establish
// Pakistan as a global centre, the government has earmarked 2,000 MW" is Pakistan's.
func (x *extractor) worldwide(q *number.Quantity) bool {
	if !x.sentenceHas(cueWorldwide) {
		return false
	}
	cl := x.clause[q.Tok]
	named := false
	for _, m := range x.ments {
		named = named || m.clause == cl && !m.excluded
	}
	for j, c := range x.cues {
		if c&cueWorldwide != 0 && x.clause[j] == cl && (!named || j >= q.Tok-windowWorldwide && j < q.TokEnd+windowWorldwide) && !x.shareOfTheWorld(j) && !x.nameOfIndex(j) &&
			!x.worldAverage(j) {
			return true
		}
	}
	return false
}

// mergeLimits joins a limit on mining's power to the country's fact of the same value
// stated plainly elsewhere ("caps miners at 450 MW" in the headline, "has reserved 450
// MW for miners" in the text): stated as a level once, the figure is no longer unsure.
func (x *extractor) mergeLimits() {
	kept := x.order[:0]
	for _, f := range x.order {
		if f.limitOf != "" && f.ISO2 == "" {
			k := keyOf(f)
			k.iso2 = f.limitOf
			if g := x.facts[k]; g != nil {
				x.fold(f, g)
				continue
			}
		}
		kept = append(kept, f)
	}
	x.order = kept
}

// perDay is the words by which an energy figure is a day's: "145.6 million kWh per day",
// "engloutissent quotidiennement 145,6 millions de kWh", "384 481 670 kWh par jour". ""
// when it is not.
func (x *extractor) perDay(q *number.Quantity) string {
	if x.isAt(q.Tok-1, roleDaily) {
		return x.quoteToks(q.Tok-1, q.Tok)
	}
	// "one day of Bitcoin mining in the US is equivalent to about 231,726,027 kWh": the
	// subject is a day's work
	for j := 0; j+2 < q.Tok; j++ {
		if (x.lower(j) == "one" || x.lower(j) == "a" || x.lower(j) == "each" || x.lower(j) == "every") && x.isAt(j+1, roleDay) && x.isAt(j+2, roleOf) &&
			x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j, j+3)
		}
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+3; j++ {
		if x.isAt(j, roleDaily) {
			return x.quoteToks(j, j+1)
		}
		if (x.isAt(j, roleRateWord) || x.lower(j) == "a" || x.lower(j) == "par" || x.lower(j) == "por" || x.lower(j) == "al") && x.isAt(j+1, roleDay) {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}
