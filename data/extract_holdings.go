package data

import (
	"strings"

	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// Bitcoin holdings and their dollar value: what a state holds, as against what it
// bought, sold, moved or was said to have.

// personsOwn is the personal pronoun that owns the coins right after them: "6,528 BTC
// in his vault", "the 120 BTC on her account".
func (x *extractor) personsOwn(q *number.Quantity) string {
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+3 && !x.isPunct(j); j++ {
		if w := x.lower(j); w == "his" || w == "her" {
			return x.quoteToks(j, j+1)
		}
	}
	// "said he had 6,528 BTC": a person the clause's verb of having belongs to.
	for j := max(0, q.Tok-3); j+1 < q.Tok; j++ {
		if x.isAt(j, rolePersonPronoun) && x.cues[j+1]&(cueHave|cueHold) != 0 && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// demonymsHold: a country's people, named by a plural demonym, are the clause's holders
// before the figure ("Canadians own about 1.9 million bitcoins", "Pakistanis hold Bitcoin
// worth approximately $20 billion"). It returns their words.
func (x *extractor) demonymsHold(q *number.Quantity) string {
	for _, m := range x.ments {
		if m.Demonym && m.TokEnd <= q.Tok && m.clause == x.clause[q.Tok] && strings.HasSuffix(x.lower(m.TokEnd-1), "s") &&
			x.isAt(m.TokEnd, roleHolderVerb) {
			return x.quoteToks(m.Tok, m.TokEnd+1)
		}
	}
	return ""
}

// isHolding: a bitcoin amount the country holds. A holding verb or noun in the clause
// ("holds", "reserve", "stash"), a total written as "has acquired", or the country's
// possessive right before it ("El Salvador's 6,200 BTC"); not a sale, theft, transfer,
// plan, rate ("1 BTC a day") or price. It returns the reason either way.
func (x *extractor) isHolding(q *number.Quantity) (bool, string) {
	c := x.clauseCues(q.Tok) | x.listCues&(cueHold|cueTotal)
	if x.provenanceAfter(q) {
		c &^= cuePurchase // "194,000 BTC, primarily acquired through the 2019 PlusToken seizure": how they came, not a purchase
	}
	if w := x.personsOwn(q); w != "" {
		return false, "a person's coins (“" + w + "”), not the state's" // "with 6,528 BTC in his vault"
	}
	if w := x.demonymsHold(q); w != "" {
		return false, "people's coins (“" + w + "”), not the state's" // "Canadians own about 1.9 million bitcoins"
	}
	for j := 0; j < q.Tok; j++ {
		if x.isAt(j, roleIndirect) && x.clause[j] == x.clause[q.Tok] {
			return false, "coins held indirectly (“" + x.quoteToks(j, j+1) + "”), through shares in firms, not by the state" // "the fund's indirect bitcoin exposure grows to 7,161 BTC"
		}
	}
	for j := q.TokEnd; j+1 < len(x.toks) && j < q.TokEnd+3; j++ {
		if x.lower(j) == "through" && (x.lower(j+1) == "stakes" || x.lower(j+1) == "shares" || x.lower(j+1) == "investments") {
			return false, "coins held indirectly (“" + x.quoteToks(j, j+2) + "”), through shares in firms, not by the state" // "investments linked to 7,161 Bitcoin through stakes in companies"
		}
	}
	if w := x.governing(q.Tok, q.TokEnd, cueLoss); w != "" {
		return false, "a flow (“" + w + "”): coins moved, sold or lost are not a holding"
	}
	if w := x.lower(q.TokEnd); is(w, roleCaseName) && x.toks[min(q.TokEnd, len(x.toks)-1)].Kind == lex.Word {
		return false, "the name of a case (“" + x.quoteToks(q.Tok, q.TokEnd+1) + "”), not a holding" // "following the 320 Bitcoin case"
	}
	if w := x.lower(q.TokEnd); x.cues[min(q.TokEnd, len(x.cues)-1)]&(cueSeize|cueHold) != 0 && isParticiple(w) {
		// "22 Bitcoin seized in a 2021 case disappeared from a cold wallet", "48 BTC kept
		// by a prosecutor had vanished": the participle names where the coins came from
		// or were kept, the verb after it what became of them.
		for j := q.TokEnd + 1; j < len(x.toks) && j <= q.TokEnd+windowSeizedThen && x.clause[j] == x.clause[q.Tok]; j++ {
			if x.cues[j]&cueLoss != 0 {
				return false, "a flow (“" + x.quoteToks(q.TokEnd, q.TokEnd+1) + " … " + x.quoteToks(j, j+1) + "”): coins moved, sold or lost are not a holding"
			}
		}
	}
	if w := x.participleLast(q, cueLoss); w != "" {
		return false, "a flow (“" + w + "”): coins moved, sold or lost are not a holding" // "sind 4.576 BTC in die Reserven zurückgekehrt"
	}
	if x.passiveAfter(q.TokEnd, cuePurchase|cueLoss) {
		// "with 3,046 BTC being known to have been bought at an average price": a flow
		return false, "a flow told in the passive after it: coins bought, moved or sold are not a holding"
	}
	if w := x.seizuresListed(q); w != "" {
		return false, "one of the seizures a holding is listed by (“" + w + "”), a part of it" // "holds 69,000 bitcoins seized from Ulbricht and 50,676 bitcoins seized from Zhong"
	}
	if w := x.supplyOfBitcoin(q); w != "" {
		return false, "bitcoin's own supply (“" + w + "”), not a country's holding"
	}
	if w := x.thenLost(q); w != "" {
		// "confiscated 1,889 BTC in 2018; they were forfeited and then sold in 2021"
		return false, "coins the sentence says were later sold or lost (“" + w + "”), not a holding"
	}
	if j := q.Tok - 2; x.lower(q.Tok-1) == "of" && x.isAt(j, roleWhole) {
		if w := x.governingBefore(j, cueLoss); w != "" {
			// "sold its entire stash of 194,000 Bitcoin": the stash is gone.
			return false, "a flow (“" + w + " … " + x.quoteToks(j, j+1) + "”): coins moved, sold or lost are not a holding"
		}
	}
	if x.isRate(q) {
		return false, "a rate (per day, each, every)"
	}
	if w := x.monthByMonth(q); w != "" {
		return false, "one month's amount in a list of them (“" + w + "”), not a holding"
	}
	if w := x.increment(q); w != "" {
		return false, "an addition (“" + w + "”), not the total"
	}
	if w := x.lower(q.Tok - 1); q.Value == 1 && (w == "for" || w == "per" || w == "of" || w == "each") {
		return false, "one coin in a price (“" + w + " one”), not a holding" // "had to pay for one bitcoin"
	}
	if w := x.lower(q.Tok - 1); is(w, roleFirstOnes) && x.clauseCues(q.Tok)&cuePurchase != 0 {
		return false, "a first purchase (“" + w + "”), not the total" // "has just bought its first 200 coins"
	}
	if w := x.lower(q.Tok - 1); w == "mine" || w == "mined" || w == "mines" || w == "mining" {
		return false, "coins mined (“" + w + "”), a flow, not what is held" // "to mine one bitcoin", "has mined 13,000 BTC"
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
	if w := x.notTheState(q); w != "" {
		return false, "the text says they are not the state's (“" + w + "”)"
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
	if w, _ := x.broughtTo(q); w != "" {
		return true, "Holdings: the total a purchase brought them to (“" + w + "”)"
	}
	if w := x.governingBefore(q.Tok, cuePurchase); w != "" && !x.haveBeforePurchase(q) {
		if x.isAt(x.cueRightBefore(q.Tok, windowGovernFront, cuePurchase), roleAmass) && !x.datedInClause(q) {
			// "The country subsequently accumulated 6,234.18 Bitcoin": amassing, with no
			// date to make it one purchase, builds the stock it holds.
			return true, "Holdings, a running total: “" + w + "”"
		}
		return false, "one purchase (“" + w + "”), not a total"
	}
	if w := x.afterAnEvent(q); w != "" {
		return false, "what one seizure or purchase added (“" + w + "”), not the total after it"
	}
	if w := x.addedWith(q); w != "" {
		return false, "an addition (“" + w + "”), not the total" // "has grown to 6,209 Bitcoin with 240 BTC added since December"
	}
	if w := x.holdingChangedTo(q); w != "" {
		return true, "Holdings: the level the holding stated before changed to (“" + w + "”)"
	}
	if w := x.correctedLater(q); w != "" {
		return false, "a figure the sentence goes on to correct (“" + w + "”)"
	}
	if w := x.actualFigure(q); w != "" && (x.stated[BTCHoldings] || x.correctsHolding(q)) {
		return true, "Holdings: the actual figure, correcting one stated before (“" + w + "”)"
	}
	if w := x.possessionVerb(q); w != "" {
		return true, "Holdings: what the state has (“" + w + "”)"
	}
	if w := x.statePossessive(q); w != "" {
		return true, "Holdings: the state's own (“" + w + "”)"
	}
	if j := x.coinsNumberedBefore(q); j >= 0 && (x.isAt(j-2, roleBring) || x.isAt(j-3, roleBring)) {
		// "portant le nombre total de bitcoins du pays à 550": the level a purchase brought
		// the country's coins to
		return true, "Holdings: the number of coins it came to (“" + x.quoteToks(j, q.Tok) + "”)"
	}
	if c&cueHold == 0 && c&cueTotal != 0 && c&(cuePurchase|cueLoss) != 0 && x.near(q.Tok, windowHave, 0)&cueHave == 0 {
		// "A total of 400 BTC was purchased on Sept. 6": the total of a purchase.
		return false, "the total of a purchase (“" + x.cueWord(q.Tok, cuePurchase|cueLoss) + "”), not a holding"
	}
	if x.lower(q.Tok-1) == "of" && x.isAt(q.Tok-2, roleBatch) {
		return false, "a part of a purchase (“" + x.quoteToks(q.Tok-2, q.Tok) + "”)"
	}
	if c&(cueHold|cueTotal) != 0 {
		w := x.cueWord(q.Tok, cueHold|cueTotal)
		if w == "" {
			return true, "Holdings: the list's heading speaks of holdings"
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
		if c&cuePurchase == 0 {
			// "Bulgaria has seized enough Bitcoin to pay off a fifth of its debt – a
			// stunning 213,519 Bitcoins": the clause's seizure, told at some length.
			x.seizure = true
			return true, "Holdings: coins the state seized (“" + x.cueWord(q.Tok, cueSeize) + "”)"
		}
		return false, "one purchase (“" + x.cueWord(q.Tok, cuePurchase) + "”), not a total"
	}
	for _, m := range x.ments {
		if m.Possessive && m.TokEnd == q.Tok {
			return true, "Holdings: the country's possessive owns them (“" + x.quoteToks(m.Tok, m.TokEnd) + "”)"
		}
	}
	if x.listItem(q) >= 0 && x.onlyCountryAndCoins(q) {
		// "2. Cina: 190.000 BTC ($ 11,9 miliardi)", "- Royaume-Uni – 61 245 BTC": a line
		// that gives a country and its bitcoin and nothing else says what the country has.
		return true, "Holdings: a line giving only a country and its coins"
	}
	if x.listItem(q) >= 0 && (c|x.sentenceCues()|x.listCues|x.topic)&(cueHold|cueRank|cueTotal) != 0 || x.listItem(q) >= 0 && x.holdersWord() {
		// "State holders include Bhutan (9,200 BTC), Finland (1,980 BTC) ...", "Bhutan
		// holds 9,200 BTC; Finland, 1,980 BTC", "1. Bulgaria: 3,200 BTC".
		return true, "Holdings: a list of holders, each country with its coins"
	}
	if x.row && ((x.listCues|x.topic)&(cueHold|cueRank|cueTotal) != 0 || x.holdersWord()) {
		return true, "Holdings: a table row in a list of holdings"
	}
	if m := x.bracketsAfter(&figure{tok: q.Tok}); m != nil && !m.Demonym && (x.sentenceHas(cueHold|cueRank) || x.holdersWord()) {
		// "holders include Bhutan ($865M, 10,635 BTC)": the coins in a country's brackets
		return true, "Holdings: in brackets after its country, in a list of holders"
	}
	if x.valueLine && (x.listCues|x.topic)&(cueHold|cueRank|cueTotal) != 0 {
		return true, "Holdings: a list's line under its country, in a list of holdings"
	}
	if x.isAt(q.Tok-1, roleWith) && (c&cueRank != 0 || (x.topic|x.listCues)&cueHold != 0 || x.stated[BTCHoldings] ||
		x.isAt(q.Tok-2, roleRanked) && q.Unit == number.BTC) { // "the UK government is listed second with 61,245 BTC"
		// "Ukraine leads the list, with 46,351 bitcoins", "The United Kingdom follows with
		// 61,245 BTC" in an article or paragraph about holdings.
		return true, "Holdings: a ranking of holders (“with”)"
	}
	return false, "no holding word (holds, reserve, owns) in its clause"
}

// monthByMonth is the month a figure is given for when the sentence lists another of its
// unit for another month ("211 Bitcoins in September, 209 Bitcoins in November and 230
// Bitcoins in December"): amounts per month, not a stock. "" otherwise.
func (x *extractor) monthByMonth(q *number.Quantity) string {
	inMonth := func(o *number.Quantity) bool {
		return x.lower(o.TokEnd) == "in" && number.IsMonth(x.lower(o.TokEnd+1))
	}
	if !inMonth(q) {
		return ""
	}
	for k := range x.qs {
		if o := &x.qs[k]; o.Tok != q.Tok && o.Unit == q.Unit && inMonth(o) && x.lower(o.TokEnd+1) != x.lower(q.TokEnd+1) {
			return x.quoteToks(q.TokEnd, q.TokEnd+2)
		}
	}
	return ""
}

// cueRightBefore is the nearest token with cue c within window tokens before tok, in
// its clause and with no other figure between, or -1.
func (x *extractor) cueRightBefore(tok, window int, c cue) int {
	for j := tok - 1; j >= 0 && j >= tok-window && x.clause[j] == x.clause[tok] && !x.figureAt(j); j-- {
		if x.cues[j]&c != 0 {
			return j
		}
	}
	return -1
}

// haveBeforePurchase reports whether a verb of having stands right before the verb of
// buying that governs the figure ("has acquired 6,200 BTC": a running total), not before
// another verb of the sentence ("had also bought Bitcoin last month, adding 150 coins").
func (x *extractor) haveBeforePurchase(q *number.Quantity) bool {
	g := x.cueRightBefore(q.Tok, windowGovernFront, cuePurchase)
	if g < 0 {
		return x.near(q.Tok, windowHave, 0)&cueHave != 0
	}
	for j := g - 1; j >= 0 && j >= g-windowHavePurchase; j-- {
		if x.cues[j]&cueHave != 0 {
			return true // "has acquired", "has so far acquired", "has over the years, accumulated"
		}
		if w := x.lower(j); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "to" {
			return false // "has continued to purchase Bitcoin, adding 30 BTC": another verb's
		}
	}
	return false
}

// addedWith is the words of an absolute phrase that names coins added to a holding:
// "with 240 BTC added since December 2024", "con 21 BTC comprados esta semana".
func (x *extractor) addedWith(q *number.Quantity) string {
	if x.isAt(q.Tok-1, roleOf) && x.isAt(q.Tok-2, roleIncreaseNoun) {
		return x.quoteToks(q.Tok-2, q.Tok) // "the stash swelled to 12,062 BTC with the addition of 4,576 BTC"
	}
	if !x.isAt(q.Tok-1, roleWith) || q.TokEnd >= len(x.toks) || x.cues[q.TokEnd]&cuePurchase == 0 {
		return ""
	}
	return x.quoteToks(q.Tok-1, q.TokEnd+1)
}

// afterAnEvent is the words by which the figure is what one event added: "after a
// record-breaking forfeiture of 127,271 BTC", "tras la incautación de 50.000 BTC".
func (x *extractor) afterAnEvent(q *number.Quantity) string {
	if !x.isAt(q.Tok-1, roleOf) || x.cues[max(q.Tok-2, 0)]&(cueSeize|cuePurchase) == 0 {
		return ""
	}
	for j := max(0, q.Tok-windowAfterEvent); j < q.Tok-2; j++ {
		if x.isAt(j, roleAfterEvent) {
			return x.quoteToks(j, q.Tok)
		}
	}
	return ""
}

// supplyOfBitcoin is the words by which the figure is bitcoin's whole supply ("With the
// supply of BTC capped at 21 million coins"), or "".
func (x *extractor) supplyOfBitcoin(q *number.Quantity) string {
	for j := max(0, q.Tok-windowSupply); j < q.Tok; j++ {
		if x.isAt(j, roleSupply) && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// numberOfCoins reports whether a bare number is what "the number of bitcoins" before it
// comes to: "portant le nombre total de bitcoins du pays à 550", "bringing the number of
// bitcoins it holds to 2,381".
func (x *extractor) numberOfCoins(q *number.Quantity) bool {
	if q.Unit != number.NoUnit || q.Range || q.Magnitude {
		return false
	}
	if x.coinsNumberedBefore(q) >= 0 {
		return true
	}
	// "an increase of 8 bitcoins, bringing the country's reserves to nearly 6200": the
	// level a stock of coins was brought to, in a sentence that counts coins.
	if _, stock := x.broughtTo(q); stock && !isPeopleNoun(x.lower(q.TokEnd)) {
		for j := range x.toks {
			if x.isAt(j, roleCoin) {
				return true
			}
		}
	}
	return false
}

// coinsNumberedBefore is the token of "number" in "the (total) number of bitcoins ...
// to" right before the figure, in its clause, or -1.
func (x *extractor) coinsNumberedBefore(q *number.Quantity) int {
	if w := x.lower(q.Tok - 1); w != "to" && w != "à" && w != "a" && w != "em" && w != "en" {
		return -1
	}
	for j := max(1, q.Tok-windowNumberOfCoins); j+2 < q.Tok; j++ {
		if !x.isAt(j, roleNumberNoun) || x.clause[j] != x.clause[q.Tok] {
			continue
		}
		k := j + 1
		if x.lower(k) == "total" {
			k++
		}
		if x.isAt(k, roleOf) && x.isAt(k+1, roleCoin) {
			return j
		}
	}
	return -1
}

// holdingChangedTo: "However, that number has now fallen to 7,486 BTC", after a
// sentence that stated a holding: the holding, referred to as "that number", changed to
// the figure. It returns the words.
func (x *extractor) holdingChangedTo(q *number.Quantity) string {
	if !x.stated[BTCHoldings] {
		return ""
	}
	w := x.levelReached(q.Tok)
	if w == "" {
		return ""
	}
	for j := 1; j < q.Tok; j++ {
		if x.isAt(j, roleNumberOf, roleStatedWhole, roleWhole) && x.isAt(j-1, roleDemonstrative) && x.lower(j-1) != "the" && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j-1, j+1) + " … " + w
		}
	}
	return ""
}

// actualFigure: "the actual number is around 29,000 bitcoins", "фактическое количество
// составляет около 29 000": a word of what is actual and a word of a number just before
// the figure, at most two linking words between. It returns the words.
func (x *extractor) actualFigure(q *number.Quantity) string {
	for j := q.Tok - 2; j >= 1 && j >= q.Tok-4 && x.clause[j] == x.clause[q.Tok]; j-- {
		if x.isAt(j-1, roleActual) && x.isAt(j, roleNumberOf, roleStatedWhole, roleWhole) {
			return x.quoteToks(j-1, q.Tok)
		}
	}
	return ""
}

// correctedLater: "it was reported that the government holds about 200,000 bitcoins,
// but ... the actual number is around 29,000": a holding a later clause of the sentence,
// after a word of contrast, corrects with a figure of the same unit. It returns the words.
func (x *extractor) correctedLater(q *number.Quantity) string {
	contrast := false
	for k := q.TokEnd; k < len(x.toks); k++ {
		contrast = contrast || x.cues[k]&cueConj != 0 && x.clause[k] != x.clause[q.Tok]
		if !contrast {
			continue
		}
		for _, o := range x.qs {
			if o.Tok > k && o.Tok <= k+4 && o.Unit == q.Unit {
				if w := x.actualFigure(&o); w != "" {
					return w
				}
			}
		}
	}
	return ""
}

// correctsHolding reports whether q corrects an earlier figure of its unit in its
// sentence whose clause holds or has coins ("holds about 200,000 bitcoins, but ... the
// actual number is around 29,000").
func (x *extractor) correctsHolding(q *number.Quantity) bool {
	for i := range x.qs {
		o := &x.qs[i]
		if o.Tok < q.Tok && o.Unit == q.Unit && x.near(o.Tok, windowHave, 0)&(cueHold|cueHave) != 0 && x.correctedLater(o) != "" {
			return true
		}
	}
	return false
}

// broughtTo returns the words that make coins the level a purchase or a seizure brought
// the state's stock to, in the clause after it: "bought seven more, bringing its total to
// 6,173 BTC", "elevando su total a", "portando la scorta totale del paese a 1.291
// monete". A verb of bringing, a word of a total or a stock after it, and the figure
// right after "to". It says too whether the words name a stock ("reserves", "holdings")
// rather than only a total; "" and false otherwise.
func (x *extractor) broughtTo(q *number.Quantity) (string, bool) {
	to := q.Tok - 1
	if !x.isAt(to, roleToward) && x.lower(to) != "a" && x.lower(to) != "para" {
		return "", false
	}
	for j := to - 1; j >= max(0, to-windowBroughtTo); j-- {
		if x.clause[j] != x.clause[q.Tok] {
			return "", false
		}
		if !x.isAt(j, roleBring) {
			continue
		}
		words, stock := "", false
		for k := j + 1; k < to; k++ {
			if x.cues[k]&(cueTotal|cueHold) != 0 || x.isAt(k, roleStatedWhole) {
				words = x.quoteToks(j, q.Tok)
				stock = stock || x.cues[k]&cueHold != 0
			}
		}
		return words, stock
	}
	return "", false
}

// coinsOfBitcoin reports whether a count of "coins" ("monedas", "unidades") counts bitcoins: the sentence or the
// article's title speaks of bitcoin and of no other coin.
func (x *extractor) coinsOfBitcoin(q *number.Quantity) bool {
	if q.Unit != number.NoUnit || q.Range || !x.isAt(q.TokEnd, roleCoinNoun) {
		return false
	}
	if x.isAt(q.TokEnd+1, roleOf) {
		// Not "500 unidades de minería": what the units are of says it (coinUnits). "213
		// mil unidades da criptomoeda" are the article's coins.
		j := q.TokEnd + 2
		if x.isAt(j, roleDefinite) {
			j++
		}
		if !x.isAt(j, roleCoin) && !(x.cues[min(j, len(x.cues)-1)]&cueCrypto != 0 && j < len(x.toks) && !x.isAt(j, roleOtherCoin)) {
			return false
		}
	}
	return x.aboutBitcoin()
}

// aboutBitcoin reports whether the sentence, or else the article's title, speaks of
// bitcoin, and the sentence of no other coin: its "coins" or "the cryptocurrency" are
// bitcoin.
func (x *extractor) aboutBitcoin() bool {
	bitcoin := false
	for j := range x.toks {
		if x.isAt(j, roleOtherCoin) {
			return false
		}
		bitcoin = bitcoin || x.isAt(j, roleCoin)
	}
	return bitcoin || x.titleBitcoin()
}

// bracketedValue reports whether a dollar sum opens brackets right after a country, in
// a sentence of holders or of bitcoin held, and no loan's: "Smaller holders include
// Bhutan ($865M, 10,635 BTC), El Salvador ($496.9M, 6,111 BTC)", "nations like Bhutan
// ($1.6B) and El Salvador ($1.3B) have secured significant positions" in a text of
// holdings.
func (x *extractor) bracketedValue(q *number.Quantity) bool {
	m := x.mentionEndingAt(q.Tok - 2)
	if x.punct(q.Tok-1) != '(' || m == nil || m.Demonym || (x.punct(q.TokEnd) != ')' && x.punct(q.TokEnd) != ',') {
		return false // not "Nigerians ($1.2 billion)": people's
	}
	if x.sentenceHas(cueLoan | cueProgram | cueMining) {
		return false
	}
	return x.sentenceHas(cueHold|cueRank) || x.holdersWord() || x.stated[BTCHoldings] || (x.topic|x.listCues)&cueHold != 0
}

// dollarsUnwritten reports whether a count in billions or millions right after "worth"
// or "valued at", following a bitcoin amount in its sentence, is dollars whose sign the
// writer left out: "207,189 Bitcoins worth 21.28 billion".
func (x *extractor) dollarsUnwritten(q *number.Quantity) bool {
	if q.Unit != number.NoUnit || !q.Magnitude || q.Value < 1e6 {
		return false
	}
	j := q.Tok - 1
	if x.lower(j) == "at" {
		j--
	}
	if w := x.lower(j); w != "worth" && w != "valued" {
		return false
	}
	for _, o := range x.qs {
		if o.Unit == number.BTC && o.TokEnd <= j {
			return true
		}
	}
	return false
}

// theirHoldings: "One in six Australians own cryptocurrency, with the total value of
// their holdings nearly $8 billion": "their" takes the people the sentence counts.
func (x *extractor) theirHoldings(q *number.Quantity) string {
	// "the value of all cryptocurrency holdings for people aged 50+ is around $7.6 billion"
	for j := 0; j+2 < q.Tok; j++ {
		if w := x.lower(j + 1); x.isAt(j, roleWhole) && (w == "for" || w == "of" || w == "by" || w == "among") {
			for k := j + 2; k < q.Tok && k <= j+4; k++ {
				if isPeopleNoun(x.lower(k)) {
					return x.quoteToks(j, k+1)
				}
			}
		}
	}
	for j := 0; j+1 < q.Tok; j++ {
		if x.lower(j) != "their" || !x.isAt(j+1, roleWhole) {
			continue
		}
		for _, m := range x.ments {
			if m.Tok < j && m.Demonym && strings.HasSuffix(x.lower(m.TokEnd-1), "s") {
				return x.quoteToks(m.Tok, m.TokEnd) + " … " + x.quoteToks(j, j+2)
			}
		}
		if x.sentenceHas(cuePeople) {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// planToCreate: the value of something a plan is to create ("Kazakhstan is set to
// establish a national reserve fund valued between $500 million and $1 billion"), not
// of coins held now. It returns the words of the plan.
func (x *extractor) planToCreate(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := 0; j+1 < q.Tok; j++ {
		if x.clause[j] != cl || !(x.cues[j]&cuePlan != 0 || x.lower(j) == "set" && x.lower(j+1) == "to") {
			continue
		}
		for k := j + 1; k < q.Tok && k <= j+3; k++ {
			switch x.lower(k) {
			case "establish", "create", "launch", "build", "form", "found":
				return x.quoteToks(j, k+1)
			}
		}
	}
	return ""
}

// sentenceHasWord reports whether the sentence writes the lower-case word w.
func (x *extractor) sentenceHasWord(w string) bool {
	for j := range x.toks {
		if x.lower(j) == w {
			return true
		}
	}
	return false
}

// titleBitcoin reports whether the article's title names bitcoin.
func (x *extractor) titleBitcoin() bool {
	t := strings.ToLower(x.a.Title)
	return strings.Contains(t, "bitcoin") || strings.Contains(t, "btc")
}

// bracketedCoins reports whether a bare count stands in brackets right after a country,
// in a sentence of bitcoin reserves or an article that has told of holdings, with no
// people in the sentence: "After El Salvador is Bhutan (621), Venezuela (240)", "exceed
// those of El Salvador (6,118) ... and Bhutan (10,635)".
func (x *extractor) bracketedCoins(q *number.Quantity) bool {
	// thousands may be written out ("China (190 mil)"), millions are no state's coins
	if q.Magnitude && q.Value >= 1e6 || q.Value < 1 || !x.bracketedAfterCountry(q) {
		return false
	}
	// the list's first brackets may name the unit: "dos EUA (326,5 mil bitcoins); China
	// (190 mil); Reino Unido (61,2 mil)"
	if x.sentenceCues()&(cuePeople|cueCryptoPeople|cuePopulation) != 0 || !x.onlyUnits(number.NoUnit, number.BTC) {
		return false
	}
	if x.stated[BTCHoldings] || x.articleHeld {
		return true
	}
	for _, f := range x.founds {
		if f.metric == BTCHoldings && f.quantity != nil && x.bracketedAfterCountry(f.quantity) {
			return true // the list's first brackets, in this sentence, held coins
		}
	}
	for j := 0; j+1 < len(x.toks); j++ {
		if x.isAt(j, roleCoin) && x.cues[j+1]&cueHold != 0 {
			return true // "bitcoin reserves", "Bitcoin holdings"
		}
	}
	return false
}

// coinPrice is the words that make a sum bitcoin's price rather than a holding's worth:
// "based on a Bitcoin value of $64,000", "with the value of BTC surpassing $122,000" (not
// "the value of BTC holdings"). It returns "" otherwise.
func (x *extractor) coinPrice(q *number.Quantity) string {
	isPrice := func(j int) bool { return x.lower(j) == "value" || x.lower(j) == "price" }
	if x.lower(q.Tok-1) == "of" && isPrice(q.Tok-2) && x.isAt(q.Tok-3, roleCoin) {
		return x.quoteToks(q.Tok-3, q.Tok)
	}
	for k := q.Tok - 2; k >= 2 && k >= q.Tok-3; k-- {
		if x.isAt(k, roleCoin) && x.lower(k-1) == "of" && isPrice(k-2) && x.cues[k+1]&cueHold == 0 && !x.figureBetween(k, q.Tok) {
			return x.quoteToks(k-2, q.Tok)
		}
	}
	return ""
}

// bracketedAfterCountry reports whether the figure stands alone in brackets right after
// a country's name: "Bhutan (13,029)", "Kenya (2.8M)", "Canada (400 MW)".
func (x *extractor) bracketedAfterCountry(q *number.Quantity) bool {
	return x.punct(q.Tok-1) == '(' && x.punct(q.TokEnd) == ')' && x.mentionEndingAt(q.Tok-2) != nil
}

// listedWithCoins is the country and "with" before a bare count in a sentence whose
// first figure is coins: "The United States leads with 198,012 BTC, followed by China
// with 194,000 and the United Kingdom with 61,245". "" when not.
func (x *extractor) listedWithCoins(q *number.Quantity) string {
	if q.Magnitude || q.Value < 1 || !x.isAt(q.Tok-1, roleWith) || x.isAt(q.TokEnd, roleCoinNoun) || isPeopleNoun(x.lower(q.TokEnd)) {
		return ""
	}
	country := x.mentionEndingAt(q.Tok - 2)
	if country == nil || !x.onlyUnits(number.NoUnit, number.BTC) {
		return ""
	}
	for _, o := range x.qs {
		if o.Tok < q.Tok {
			if o.Unit == number.BTC {
				return x.quoteToks(country.Tok, q.Tok)
			}
			return "" // the list's first figure is not coins
		}
	}
	return ""
}

// bareCoins: a number written without a unit where the clause's subject is a bitcoin
// holding ("the country's Bitcoin holdings increased from 5968 ... to 7474").
func (x *extractor) bareCoins(q *number.Quantity) string {
	if q.Magnitude || q.Value < 1 || q.TokEnd < len(x.toks) && x.toks[q.TokEnd].Kind == lex.Word && !x.figureEnds(q.TokEnd) &&
		x.cues[q.TokEnd]&cuePrep == 0 {
		return "" // "expanded to over 3,000 layers": a count of its noun, not coins
	}
	if p := x.lower(q.Tok - 1); p != "from" && p != "to" {
		return ""
	}
	if w := x.levelReached(q.Tok); w != "" && x.stated[BTCHoldings] && x.lower(q.Tok-1) == "to" {
		return w // "This figure has since dropped to 11,924", after a holding
	}
	if q.Value >= 1900 && q.Value <= 2100 && q.Value == float64(int(q.Value)) && x.lower(q.Tok-1) != "to" {
		return "" // a year
	}
	cl := x.clause[q.Tok]
	for j := 0; j+1 < q.Tok; j++ {
		if x.clause[j] == cl && x.isAt(j, roleCoin) && (x.lower(j+1) == "holdings" || x.lower(j+1) == "reserve" || x.lower(j+1) == "reserves") {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// holdersAreCountries reports whether the people noun at token j is followed by the
// countries it names: "Smaller holders include Bhutan ($865M, 10,635 BTC)", "holders
// such as Finland".
func (x *extractor) holdersAreCountries(j int) bool {
	for k := range x.ments {
		if m := &x.ments[k]; m.Tok > j+1 && m.Tok <= j+windowHoldersNamed && !m.Demonym && !x.figureBetween(j, m.Tok) {
			return true
		}
	}
	return false
}

// peopleSubject: the clause's subject is people ("Korean investors held coins worth
// ...", "Citizens own about 4,000 BTC"): their coins, not the state's.
func (x *extractor) peopleSubject(q *number.Quantity) string {
	// "46,351 Bitcoins held in between these officials", "coins owned by citizens".
	for j := q.TokEnd; j+1 < len(x.toks) && j < q.TokEnd+6; j++ {
		if (x.lower(j) == "held" || x.lower(j) == "owned") && (x.lower(j+1) == "by" || x.lower(j+1) == "between" || x.lower(j+1) == "in") {
			for k := j + 2; k < len(x.toks) && k <= j+5; k++ {
				if isPeopleNoun(x.lower(k)) || x.isAt(k, roleOfficials) {
					return x.quoteToks(k, k+1)
				}
			}
		}
	}
	if !x.sentenceHas(cuePeople) && !x.roles.has(roleOfficials) {
		return "" // no people named: the coins are no one's but the state's
	}
	cl := x.clause[q.Tok]
	isPeople := func(j int) bool {
		return isPeopleNoun(x.lower(j)) && !x.isAt(j-1, roleStateNoun, roleCountryNoun) && !x.holdersAreCountries(j) ||
			x.isAt(j, roleOfficials) // "Government officials in Ukraine hold" their own coins
	}
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && isPeople(j) && x.saysBetween(j, q.Tok) && x.theyAfterSaying(j, q.Tok) {
			return x.quoteToks(j, j+1) // "filings by officials showed that they collectively own"
		}
	}
	named := false // a country named as the clause's subject
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] != cl {
			continue
		}
		named = named || x.mentionAt(j) != nil
		if named && (x.isAt(j, roleCopula) || x.lower(j) == "sind" || x.lower(j) == "ist" || x.lower(j) == "sono") && x.rankedHolder(j) {
			return "" // "Die Vereinigten Staaten sind der größte Bitcoin-Besitzer ... und verfügen über": what the country is
		}
		people := isPeople(j)
		if x.cues[j]&cuePrep != 0 || x.figureAt(j) {
			return "" // "... in the hands of investors", a count before it
		}
		if people {
			if x.saysBetween(j, q.Tok) && !x.theyAfterSaying(j, q.Tok) {
				return "" // "Salvadoran officials say the national reserve now holds 6,190 BTC"
			}
			return x.quoteToks(j, j+1) // not "State holders include ..."
		}
		if x.cues[j]&(cueHold|cueHave|cuePurchase|cueLoss) != 0 {
			return "" // the verb came first: the subject had no people noun
		}
	}
	return ""
}

// rankedHolder reports whether a people noun of holders follows the copula at j within
// ten words, ranked ("is the largest known bitcoin holder", "sind der größte
// Bitcoin-Besitzer"): the sentence ranks the country named before it among holders.
func (x *extractor) rankedHolder(j int) bool {
	ranked := false
	for k := j + 1; k < len(x.toks) && k <= j+10 && x.clause[k] == x.clause[j]; k++ {
		ranked = ranked || x.isAt(k, roleRanked, roleSuperlative)
		if isPeopleNoun(x.lower(k)) {
			return ranked
		}
	}
	return false
}

// walletSubject: the clause's subject is one wallet or address ("A wallet linked to the
// Greek police holds 140 BTC", "one of its wallets alone holds 1,200 BTC"): a part.
func (x *extractor) walletSubject(q *number.Quantity) string {
	// One wallet among others ("a wallet linked to the police", "one of its wallets", "the
	// government-labeled wallet"); "the government's wallets hold 6,262 BTC" and "the
	// treasury wallet" are its holding.
	cl := x.clause[q.Tok]
	for j := 1; j < q.Tok; j++ {
		w := x.lower(j)
		if x.clause[j] != cl || !is(w, roleWallet) {
			continue
		}
		one := w == "wallet" || w == "address"
		for k := max(0, j-4); k < j; k++ {
			if x.isAt(k, roleSomeOf) {
				one = true
			}
		}
		if one && !x.isAt(j-1, roleWholeWallet) && !x.theStatesWallet(j) && !x.countrysStateWallet(j) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// theStatesWallet: "The Bitcoin wallet of the Bhutan Government": the state's own wallet,
// named with the definite article and owned by the state after "of".
// countrysStateWallet reports whether the wallet at token j is a named country's state
// wallet: "Bhutan's government wallet still holds roughly 12,456 BTC".
func (x *extractor) countrysStateWallet(j int) bool {
	if !x.isAt(j-1, roleStateNoun) {
		return false
	}
	m := x.mentionEndingAt(j - 2)
	return m != nil && m.Possessive
}

func (x *extractor) theStatesWallet(j int) bool {
	if x.lower(j+1) != "of" {
		return false
	}
	k := j - 1
	for k >= 0 && (x.isAt(k, roleCoin) || x.lower(k) == "crypto") {
		k--
	}
	if x.lower(k) != "the" {
		return false // "a wallet of the government" is one of several
	}
	k = j + 2
	if x.lower(k) == "the" {
		k++
	}
	if m := x.mentionAt(k); m != nil {
		k = m.TokEnd
		return x.isAt(k, roleStateNoun) || !m.Demonym
	}
	return x.isAt(k, roleStateNoun)
}

// statePossessive: "The Vietnamese state's 2,100 BTC", "the government's 8,000 BTC":
// a possessive of the state right before the coins.
func (x *extractor) statePossessive(q *number.Quantity) string {
	j := q.Tok - 1
	if j >= 0 && x.toks[j].Is(lex.Possessive) && x.isAt(j, roleStateNoun) {
		return x.quoteToks(j, q.Tok)
	}
	return ""
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

// possessionVerb: "has", "now has", "still has about" right before a bitcoin amount: the
// state's stock ("the US has 213,246 BTC"); "has bought" or "has invested" are not.
func (x *extractor) possessionVerb(q *number.Quantity) string {
	j := q.Tok - 1
	if x.isAt(j, roleStill) {
		j--
	}
	if x.cues[max(j, 0)]&cueHave != 0 && j >= 0 && x.lower(j) != "having" {
		return x.quoteToks(j, q.Tok)
	}
	if x.lower(j) == "on" && (x.lower(j-1) == "sitting" || x.lower(j-1) == "sits" || x.lower(j-1) == "sat") ||
		x.lower(j) == "auf" && (x.lower(j-1) == "sitzen" || x.lower(j-1) == "sitzt") {
		return x.quoteToks(j-1, q.Tok) // "Uruguay is sitting on 1,460 BTC", "Sachsens Behörden sitzen auf 50.000 Bitcoins"
	}
	if w := x.lower(j - 1); (x.lower(j) == "con" || x.lower(j) == "com") && (w == "cuenta" || w == "cuentan" || w == "conta" || w == "contam") {
		return x.quoteToks(j-1, q.Tok) // "EE.UU. cuenta con alrededor de 200.000 BTC"
	}
	return ""
}

// dollarsOfBitcoin: a dollar amount said to be held in bitcoin ("holds about $3.3
// billion in Bitcoin", "has about $12 billion worth of Bitcoin", "its hefty $2.8 billion
// Bitcoin stash"), not bought, sold or planned. It returns the words that say so.
func (x *extractor) dollarsOfBitcoin(q *number.Quantity) string {
	w := x.coinsAfterDollars(q)
	if w == "" || x.governed(q.Tok, q.TokEnd, cueLoss|cuePurchase|cueSeize) || x.plannedWord(q) != "" || x.isRate(q) {
		return "" // the worth of one seizure, sale or purchase, not of what is held
	}
	for j := max(0, q.Tok-3); j < q.Tok; j++ {
		if x.isAt(j, roleYieldVerb) && x.clause[j] == x.clause[q.Tok] {
			return "" // "producing more than $1.1 billion in BTC": coins made, not coins kept
		}
	}
	return w
}

// coinsAfterDollars is the words after a dollar sum that make it bitcoin held: "in
// bitcoin", "worth of bitcoins", "Bitcoin stash", or "".
func (x *extractor) coinsAfterDollars(q *number.Quantity) string {
	j := q.TokEnd
	if x.punct(j) == '(' {
		// "US$ 378 milhões (R$ 2,1 bilhões, na cotação atual) em bitcoins": past the sum
		// restated in brackets
		for k := j + 1; k < len(x.toks) && k <= j+windowRestated; k++ {
			if x.punct(k) == ')' {
				j = k + 1
				break
			}
		}
	}
	if x.lower(j) == "worth" {
		if (x.isPunct(j+1) || j+1 == len(x.toks)) && x.sentenceHas(cueCrypto) {
			return x.quoteToks(j, j+1) // "the government is sitting on $17.6 billion worth."
		}
		j++
	}
	w, n := x.lower(j), x.lower(j+1)
	isCoin := func(w string) bool { return is(w, roleCoin) || w == "coins" && x.titleBitcoin() }
	switch {
	case (w == "in" || w == "of" || w == "em" || w == "en" || w == "di" || w == "de") && isCoin(n): // "detém US$ 9,5 bilhões em bitcoins", "detiene circa 3,3 miliardi di dollari di Bitcoin"
		if x.isAt(j+2, roleCoinModified) || x.cues[min(j+2, len(x.cues)-1)]&cueMining != 0 && j+2 < len(x.toks) {
			return "" // "investing $1.1 billion in Bitcoin mining infrastructure": what the coin word names, not coins
		}
		if x.governed(q.Tok, j+2, cueLoss|cuePurchase|cueSeize) || x.passiveAfter(j+2, cueLoss|cuePurchase|cueSeize) {
			return "" // "$300 million in Bitcoin was stolen", "$1 billion worth of bitcoins have recently been seized"
		}
		return x.quoteToks(q.TokEnd, j+2)
	case (w == "in" || w == "of") && (n == "the" || n == "its" || x.cues[min(j+1, len(x.cues)-1)]&cueSeize != 0 || n == "forfeited") && isCoin(x.lower(j+2)):
		return x.quoteToks(q.TokEnd, j+3) // "$15 billion to $20 billion in forfeited Bitcoin"
	case isCoin(w) && x.cues[min(j+1, len(x.cues)-1)]&cueHold != 0 && j+1 < len(x.toks):
		return x.quoteToks(j, j+2) // "$2.8 billion Bitcoin stash"
	case isCoin(w) && j == q.TokEnd && x.governingBefore(q.Tok, cueHold) != "" && (j+1 == len(x.toks) || x.isPunct(j+1)):
		return x.quoteToks(j, j+1) // "Großbritannien hält 3,3 Milliarden Dollar BTC", "holds $3.3 billion BTC."
	case j == q.TokEnd && (w == "holding" || w == "stash" || w == "hoard" || w == "reserves" || w == "holdings") && (x.sentenceHas(cueCrypto) || x.topic&cueCrypto != 0):
		return x.quoteToks(j, j+1) // "This $3.47 billion holding is far smaller than ...", "Bhutan's $1.3 billion reserves"
	}
	return ""
}

// passiveAfter reports whether a passive verb of class c follows token j in its clause:
// "have recently been seized", "were later sold".
func (x *extractor) passiveAfter(j int, c cue) bool {
	for k := j; k < len(x.toks) && k < j+windowPassiveAfter && !x.isPunct(k); k++ {
		if w := x.lower(k); (w == "been" || w == "was" || w == "were" || w == "being" || w == "be") && k+2 < len(x.toks) {
			if x.cues[k+1]&c != 0 || x.cues[k+2]&c != 0 && !x.isPunct(k+1) {
				return true
			}
			// "being known to have been bought": past an auxiliary that carries no verb
		}
	}
	return false
}

// seizedFrom is the words "seized from" right after a figure, or "".
func (x *extractor) seizedFrom(o *number.Quantity) string {
	j := o.TokEnd
	if x.cues[min(j, len(x.cues)-1)]&cueSeize != 0 && j < len(x.toks) && isParticiple(x.lower(j)) && x.lower(j+1) == "from" {
		return x.quoteToks(j, j+2)
	}
	return ""
}

// seizuresListed is the words "seized from" after coins, when another count of coins
// in the sentence is also told by what it was seized from: the holding listed by its
// parts ("still holds 69,000 bitcoins seized from Ross Ulbricht and 50,676 bitcoins
// seized from Jimmy Zhong"). It returns "" otherwise.
func (x *extractor) seizuresListed(q *number.Quantity) string {
	w := x.seizedFrom(q)
	if w == "" {
		return ""
	}
	for i := range x.qs {
		if o := &x.qs[i]; o.Tok != q.Tok && o.Unit == number.BTC && x.seizedFrom(o) != "" {
			return w
		}
	}
	return ""
}

// participleLast is German's auxiliary before a figure and its participle of class c
// closing the clause after it: "sind knapp 4.576 BTC in die Reserven zurückgekehrt",
// "wurden 500 BTC an eine Börse überwiesen". It returns the two, or "".
func (x *extractor) participleLast(q *number.Quantity, c cue) string {
	aux := -1
	for j := q.Tok - 1; j >= 0 && j >= q.Tok-windowPassiveAfter && x.clause[j] == x.clause[q.Tok]; j-- {
		if x.isAt(j, roleGermanAux) {
			aux = j
			break
		}
	}
	if aux < 0 {
		return ""
	}
	last := -1
	for k := q.TokEnd; k < len(x.toks) && x.clause[k] == x.clause[q.Tok] && !x.isPunct(k); k++ {
		if x.toks[k].Kind == lex.Word && !x.isAt(k, roleGermanAux) {
			last = k
		}
	}
	if last < 0 || x.cues[last]&c == 0 {
		return ""
	}
	return x.quoteToks(aux, aux+1) + " … " + x.quoteToks(last, last+1)
}

// coinsNotHeld: the sentence states a bitcoin amount before the value but no holding
// ("some 46,351 Bitcoins held in between these officials which worth around US$ 2.66
// Billion"): the value is of those coins, which are not the state's. It returns them.
func (x *extractor) coinsNotHeld(q *number.Quantity) string {
	for _, f := range x.founds {
		if f.metric == BTCHoldings {
			return "" // a holding stated in the sentence: the value may well be its
		}
	}
	for _, o := range x.qs {
		if o.Unit != number.BTC || o.TokEnd > q.Tok || o.Range {
			continue
		}
		own := true // still within the coins' own noun phrase: "50,000 Bitcoin (BTC) holdings"
		for j := o.TokEnd; j < q.Tok; j++ {
			w := x.lower(j)
			if (is(w, roleWhole) || w == "reserve" || w == "reserves") && !own {
				return "" // "from its first 700 BTC, the nation's holdings surged to ... worth $130.5 million"
			}
			own = own && (x.isPunct(j) || x.isAt(j, roleCoin))
		}
		return x.quoteToks(o.Tok, o.TokEnd)
	}
	return ""
}

// tradingValue: "the total transaction value touching US$15.8 billion": the value of
// trades, not of coins held. It returns the words that say so.
func (x *extractor) tradingValue(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := 1; j < q.Tok; j++ {
		if x.clause[j] != cl || x.cues[j]&cueValue == 0 {
			continue
		}
		// "the total transaction value", "the overall transaction of Bitcoin alone is worth"
		for k := j - 1; k >= 0 && k >= j-windowTraded && x.clause[k] == cl; k-- {
			if x.isAt(k, roleTraded) {
				return x.quoteToks(k, j+1)
			}
		}
	}
	return ""
}

// marketValue: "the total value of all available coins in the crypto market is $2.4
// trillion": the worth of a market, named in the clause before the figure.
func (x *extractor) marketValue(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	value := false
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] != cl {
			continue
		}
		value = value || x.cues[j]&cueValue != 0
		// The market between the value word and the figure: not "at the current market
		// price" (a price), nor "Silk Road, a dark net market ..., and now holds $9.5
		// billion in bitcoin" (no value of the market).
		if value && x.isAt(j, roleMarket) && !x.isAt(j+1, roleValueWordAfterMarket) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// atTodaysPrice: "That's nearly $1.2 billion at today's price", "about $400 million at
// current prices": coins valued at the market, with the words that say so.
func (x *extractor) atTodaysPrice(q *number.Quantity) string {
	j := q.TokEnd
	if x.lower(j) != "at" {
		return ""
	}
	k := j + 1
	if x.lower(k) == "the" {
		k++
	}
	if w := x.lower(k); w != "today" && w != "today's" && w != "current" && w != "present" && w != "todays" {
		return ""
	}
	if w := x.lower(k + 1); w == "price" || w == "prices" || w == "rate" || w == "rates" || w == "market" {
		return x.quoteToks(j, k+2)
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
	if x.lower(j) == "circa" {
		j--
	}
	if (x.lower(j) == "de" || x.lower(j) == "di") && x.isAt(j-1, roleIsNow) {
		j-- // "o valor total desse estoque de Bitcoins é de cerca de", "il valore ... è di circa"
	}
	// "Der Wert der ... Reserven beläuft sich (aktuell) auf"
	if x.lower(j) == "auf" {
		for k := j - 1; k >= 1 && k >= j-3; k-- {
			if x.lower(k) == "sich" && (x.lower(k-1) == "beläuft" || x.lower(k-1) == "belaufen") {
				return x.valueIsAt(q, k-1, true)
			}
		}
	}
	return x.valueIsAt(q, j, false)
}

// valueIsAt continues valueIs with the copula or verb of amounting at token j.
func (x *extractor) valueIsAt(q *number.Quantity, j int, amounts bool) string {
	reach := x.isAt(j, roleReach) || amounts
	if (x.isAt(j, roleToward) || x.lower(j) == "a") && x.isAt(j-1, roleAmountsTo) {
		j-- // "US bitcoin reserves amount to $20 billion", "le riserve ... ammontano a"
		reach = true
	}
	if !x.isAt(j, roleCopula, roleIsNow) && !reach && !(x.lower(j) == "be" && x.lower(j-1) == "to") { // "estimated the value of the holdings to be"
		return ""
	}
	cl := x.clause[q.Tok]
	value, coins, crypto := -1, false, false
	for k := 0; k < j; k++ {
		if x.clause[k] != cl {
			continue
		}
		if x.cues[k]&cueValue != 0 && value < 0 {
			value = k
		}
		if x.cues[k]&(cueHold|cueCrypto) != 0 || x.isAt(k, roleValueThing) {
			coins = true
		}
		crypto = crypto || x.cues[k]&cueCrypto != 0
	}
	if reach && value < 0 && crypto { // not "gold reserves grew ..., reaching $39.7 billion"
		for k := 0; k < j; k++ {
			if x.clause[k] == cl && x.cues[k]&cueHold != 0 {
				value = k // "Slovakia's Bitcoin Reserve Tops $300 Million"
			}
		}
	}
	if value < 0 {
		// "revealing the US BTC holdings to be $12 billion", "bitcoin holdings stand at":
		// the coins' stock is the subject the figure is given for.
		for k := max(1, j-windowHeldSubject); k < j; k++ {
			if x.clause[k] == cl && x.cues[k]&cueHold != 0 && (x.isAt(k-1, roleCoin) || x.coinOfStock(k, j)) {
				value = k
			}
		}
	}
	if value < 0 || !coins || x.governed(q.Tok, q.TokEnd, cueLoss) || x.plannedWord(q) != "" {
		return ""
	}
	return x.quoteToks(value, value+1) + " … " + x.quoteToks(j, q.Tok)
}

// remainderWord returns the word by which the clause of the figure at tok says it is
// what is still held: "still", "noch", "remain", "left", "restantes", or "".
func (x *extractor) remainderWord(tok int) string {
	for j := max(0, tok-windowHave); j < len(x.toks) && j <= tok+windowHave; j++ {
		if x.clause[j] != x.clause[tok] {
			continue
		}
		if x.isAt(j, roleRemainder) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// coinOfStock reports whether the stock word at k is of bitcoin written after it, before
// the verb at end: "le riserve statunitensi di Bitcoin ammontano a".
func (x *extractor) coinOfStock(k, end int) bool {
	for i := k + 1; i < end && i <= k+3; i++ {
		if !x.isAt(i, roleOf) {
			continue
		}
		c := i + 1
		if x.isAt(c, roleDefinite) {
			c++ // "las reservas salvadoreñas de la criptomoneda"
		}
		if c < end && (x.isAt(c, roleCoin) || x.cues[c]&cueCrypto != 0) {
			return true
		}
	}
	return false
}

// coinStockBefore reports whether the sentence names a stock of bitcoin before q ("El
// Salvador's bitcoin reserves cost about $107 million, but today they are worth", "las
// reservas salvadoreñas de la criptomoneda ... valen"): the worth in a later clause is
// that stock's.
func (x *extractor) coinStockBefore(q *number.Quantity) bool {
	for k := 0; k < q.Tok; k++ {
		if x.cues[k]&cueHold != 0 && (x.isAt(k-1, roleCoin) || x.coinOfStock(k, q.Tok)) {
			return true
		}
	}
	return false
}

// restatedValue is the words by which a sentence with no other figure restates in
// dollars the holding its paragraph stated ("At current market prices, this amounts to
// approximately $19.6 billion", "Today, that volume is estimated at $19.4 billion"), or "".
func (x *extractor) restatedValue(q *number.Quantity) string {
	if !x.stated[BTCHoldings] || len(x.qs) != 1 {
		return ""
	}
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if w := x.lower(j); x.clause[j] != cl || w != "this" && w != "that" {
			continue
		}
		if x.toks[j].Is(lex.Possessive) && j+1 == q.Tok {
			return x.quoteToks(j, q.Tok) // "That's around $23.4 billion sitting in digital wallets"
		}
		k := j + 1
		if x.isAt(k, roleValueThing) || x.lower(k) == "volume" || x.lower(k) == "amount" || x.lower(k) == "sum" {
			k++ // "that volume", "this stash"
		}
		if x.isAt(k, roleAmountsTo) && x.lower(k+1) == "to" && k+2 == q.Tok {
			return x.quoteToks(j, k+2)
		}
		if v := x.lower(k + 1); (x.lower(k) == "is" || x.lower(k) == "was") && (v == "estimated" || v == "valued" || v == "worth") {
			return x.quoteToks(j, k+2)
		}
		return ""
	}
	return ""
}

// bracketedAfterHolding: "10,635 BTC ($897.6 million)", "61,245 BTC (worth over $5
// billion)", a table's "| 190,000 BTC | $18.66 billion |": a dollar figure in brackets
// or the next cell right after a holding values it. It returns the
// holding as written.
func (x *extractor) bracketedAfterHolding(q *number.Quantity) string {
	j := q.Tok - 1
	if x.isAt(j, roleBeforeValue) {
		j--
	}
	if x.lower(j) == "or" && x.punct(j-1) == ',' {
		j-- // "Total BTC holdings are 28,988.36, or approx. $3.44 Billion"
	}
	if k := x.restatedBy(j); k >= 0 {
		j = k // "posee 5,750 BTC, es decir, aproximadamente 354 millones de dólares"
	}
	if x.lower(j) == "at" {
		j--
	}
	if x.row {
		// "1st United States ~328,372 BTC ~US$ 30 Billion": a row's next cell, no mark between
		for _, f := range x.founds {
			if f.metric == BTCHoldings && f.quantity != nil && !f.planned && f.quantity.TokEnd == q.Tok {
				x.valued = f.span.Start + 1
				return x.quoteToks(f.quantity.Tok, f.quantity.TokEnd)
			}
		}
	}
	if x.punct(j) != '(' && x.punct(j) != '/' && x.punct(j) != '|' && !(x.punct(j) == ',' || lex.IsDash(x.punct(j))) {
		return ""
	}
	for _, f := range x.founds {
		if f.metric == BTCHoldings && f.quantity != nil && !f.planned && (f.quantity.TokEnd == j || x.coinNounsBetween(f.quantity.TokEnd, j)) {
			x.valued = f.span.Start + 1
			return x.quoteToks(f.quantity.Tok, f.quantity.TokEnd)
		}
	}
	return ""
}

// restatedBy returns the comma before the words ending at token j (a comma after them
// allowed) that restate what came before: "that is", "es decir", "ou seja", "cioè"; or
// -1.
func (x *extractor) restatedBy(j int) int {
	if x.punct(j) == ',' {
		j--
	}
	switch w, v := x.lower(j-1), x.lower(j); {
	case w == "that" && v == "is", w == "es" && v == "decir", w == "ou" && v == "seja", w == "o" && v == "sea":
		if x.punct(j-2) == ',' {
			return j - 2
		}
	case v == "cioè" || v == "i.e" || v == "soit" || v == "d.h":
		if x.punct(j-1) == ',' {
			return j - 1
		}
	}
	return -1
}

// coinNounsBetween reports whether tokens i to j (j excluded) are the few words naming
// the coins a count counts, a coin word among them: "190 mil unidades de bitcoin, cerca de
// US$ 13,2 bilhões".
func (x *extractor) coinNounsBetween(i, j int) bool {
	if j <= i || j-i > 4 || x.punct(j) != ',' && x.punct(j) != '(' {
		return false
	}
	coin := false
	for k := i; k < j; k++ {
		if x.toks[k].Kind != lex.Word {
			return false
		}
		coin = coin || x.isAt(k, roleCoin)
	}
	return coin
}

// currencyReserves reports whether q's clause speaks of a country's foreign-currency or
// gold reserves ("international reserves", "foreign exchange reserves"), not bitcoin.
func (x *extractor) currencyReserves(q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for j := 1; j < len(x.toks); j++ {
		if x.clause[j] != cl || (x.lower(j) != "reserves" && x.lower(j) != "reserve") {
			continue
		}
		if x.isAt(j-1, roleFxReserve) || x.lower(j-1) == "sovereign" && x.sentenceHasWord("fiat") {
			return true // "Brazil's sovereign reserves ... are largely tied to fiat currencies"
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
	if w := x.lower(q.TokEnd); (w == "in" || w == "of" || w == "em" || w == "en" || w == "de") && x.isAt(q.TokEnd+1, roleOtherCoin) {
		return true // "$217 million in Ethereum"
	}
	j := q.Tok - 1
	for j >= 0 && (x.isAt(j, roleBeforeValue, roleValueLink) || x.lower(j) == "at" || x.lower(j) == "em" || x.lower(j) == "en" || x.lower(j) == "approximately" || x.lower(j) == "which" ||
		x.lower(j) == "to" || x.cues[j]&cueValue != 0 || x.cues[j+1]&cueValue != 0 && x.isAt(j, roleInThe) || x.isAt(j, roleNow)) {
		j-- // "no valor de": Portuguese "in the value of"; "MicroStrategy's 214,246 BTC, currently valued at"
	}
	if x.isPunct(j) {
		j--
	}
	if x.punct(j) == ')' { // "656.013 Ethereum (ETH), avaliados em": past the ticker in brackets
		for j >= 0 && x.punct(j) != '(' {
			j--
		}
		j--
	}
	if x.lower(j) == "tokens" && x.isAt(j-1, roleCoin) {
		j-- // "13,000 Bitcoin tokens worth": the coins are bitcoin
	}
	if j >= 0 && x.isAt(j, roleOtherCoin, roleOtherAsset) {
		return true // "656 Ethereum, valued at", "44,000 ounces of gold worth $79M"
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

// worthOfCoinsToSell reports whether the figure values coins before it in its clause
// that the state is to sell, so holds: "preparing to sell 61,000 Bitcoin worth $7.1
// billion".
func (x *extractor) worthOfCoinsToSell(q *number.Quantity) bool {
	for _, f := range x.founds {
		if f.metric == BTCHoldings && f.clause == x.clause[q.Tok] && f.tok < q.Tok && f.quantity != nil && x.toSell(f.quantity) != "" {
			return true
		}
	}
	return false
}

// saleValued is the word of selling (sold, venta) before the coins a value phrase right
// before the figure prices, reached from the phrase's start rather than the figure:
// "el gobierno vendió reservas de BTC por un valor de 100 millones de dólares",
// "ingresos por la venta de reservas de BTC por un valor de".
func (x *extractor) saleValued(q *number.Quantity) string {
	v := x.cueRightBefore(q.Tok, windowValue, cueValue)
	if v < 0 {
		return ""
	}
	if x.isAt(v-1, roleIndefinite) {
		v-- // "un valor", "a value"
	}
	if x.isAt(v-1, roleForSum) {
		v-- // "por un valor de"
	}
	coins := false // the coins valued may stand between: "had sold a total of 6,200 coins, worth"
	from := v - windowValuedThing
	for j := v - 1; j >= 0 && j >= from && x.clause[j] == x.clause[q.Tok]; j-- {
		if o := x.quantityAt(j); o != nil {
			if coins || o.Unit != number.BTC && !x.isAt(o.TokEnd, roleCoinNoun, roleCoin) || o.TokEnd < v-2 {
				break
			}
			coins, from = true, o.Tok-windowValuedThing
			j = o.Tok
			continue
		}
		if coins && x.cues[j]&(cueHold|cueHave) != 0 {
			break // "After months of sales, Tonga now commands 3,050 BTC worth": what it holds
		}
		if x.isAt(j, roleSold, roleSaleNoun) && !x.negated(j) {
			return x.quoteToks(j, v)
		}
	}
	return ""
}

// worthSince is the "since ... were worth" before a value, or the "years ago" after it:
// the worth the coins had when a change began ("has multiplied 10 times since they were
// worth USD 800,000", "did not exceed USD 800,000 in Bitcoin four years ago"), or "".
func (x *extractor) worthSince(q *number.Quantity) string {
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+windowAgo && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.isAt(j, roleAgo) && j > q.TokEnd {
			return x.quoteToks(j-1, j+1) // "did not exceed USD 800,000 in Bitcoin four years ago"
		}
	}
	v := q.Tok - 1
	if !x.isAt(v, roleWorthWord) || !x.isAt(v-1, roleWasWere) {
		return ""
	}
	// "These bitcoins were worth less than 700,000 euros (about $760,000) when they were
	// confiscated": what they were worth at a past moment
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+2; j++ {
		if x.isAt(j, roleTimeClause) {
			return x.quoteToks(v-1, v+1) + " … " + x.quoteToks(j, j+1)
		}
	}
	for j := v - 2; j >= 0 && j >= v-4; j-- {
		if x.lower(j) == "since" {
			return x.quoteToks(j, q.Tok)
		}
	}
	return ""
}

// frontedWorthOfSale is the sale or transfer a value phrase opening the sentence
// describes: "Valued at nearly $19.7 billion, this massive liquidation triggers
// questions" prices the coins sold, its subject after the comma. It returns the sale's
// words, or "".
func (x *extractor) frontedWorthOfSale(q *number.Quantity) string {
	end := q.TokEnd
	if x.punct(end) == '(' {
		for end < len(x.toks) && end <= q.TokEnd+windowRestated && x.punct(end) != ')' {
			end++ // "USD 8,46 juta (sekitar Rp133 miliar),": past the sum restated
		}
		end++
	}
	if q.Tok > 4 || x.punct(end) != ',' {
		return ""
	}
	valued := false
	for j := 0; j < q.Tok; j++ {
		valued = valued || x.cues[j]&cueValue != 0 // "Valued at", "Dengan nilai sekitar"
	}
	if !valued {
		return ""
	}
	for j := end + 1; j < len(x.toks) && j <= end+4; j++ {
		if x.isAt(j, roleSaleNoun) || x.cues[j]&cueLoss != 0 {
			return x.quoteToks(end+1, j+1) // "this massive liquidation", "pemindahan ini"
		}
	}
	return ""
}

func (x *extractor) isValuation(q *number.Quantity) (bool, string) {
	for j := max(0, q.Tok-windowMarketValue); j < q.Tok; j++ {
		if x.lower(j) == "market" && x.cues[max(j-1, 0)]&cueCrypto != 0 && x.clause[j] == x.clause[q.Tok] && (x.cues[j+1]&cueValue != 0 || x.lower(j+1) == "cap" || x.lower(j+1) == "capitalization" || x.lower(j+1) == "capitalisation") {
			return false, "a market's size (“" + x.quoteToks(j, j+2) + "”), not a state's holding" // "the crypto market value reached $572.5 billion"
		}
	}
	if w := x.demonymsHold(q); w != "" {
		return false, "the worth of people's coins (“" + w + "”), not the state's"
	}
	// "Bulgaria did not hold bitcoin worth $1.6 billion" (a state that "denies" holding
	// them sends them to review with the coins instead)
	if w := x.negatedClause(q); w != "" && !is(strings.ToLower(w), roleDeny) {
		return false, "the worth of a holding denied (“" + w + "”)"
	}
	if w := x.frontedWorthOfSale(q); w != "" {
		return false, "the worth of a sale (“" + w + "”), not of a holding"
	}
	if w := x.worthSince(q); w != "" {
		return false, "what the coins were worth once (“" + w + "”), not their worth now"
	}
	if h := x.bracketedAfterHolding(q); h != "" {
		return true, "Value of holdings: in brackets or the cell after the holding (“" + h + "”)"
	}
	if x.bracketedValue(q) {
		return true, "Value of holdings: in brackets after its country, in a list of holders" // "holders include Bhutan ($865M, 10,635 BTC)"
	}
	if w := x.lower(q.TokEnd); is(w, roleWorthAfter) && x.holdingInClause(q) {
		return true, "Value of holdings: “" + w + "” after it, of the holding in its clause" // "12.000 Bitcoin, die 1,3 Milliarden US-Dollar wert sind"
	}
	if w := x.levelReached(q.Tok); w != "" && x.stated[HoldingsUSD] {
		return true, "Value of holdings: the worth the value stated before changed to (“" + w + "”)" // "It has appreciated to $2.6 billion"
	}
	if p, w := x.lower(q.TokEnd), x.lower(q.TokEnd+1); (p == "in" || p == "en" || p == "em") && (w == "value" || w == "valor" || w == "valore" || w == "valeur") &&
		(x.stated[BTCHoldings] || x.holdingInSentence()) {
		return true, "Value of holdings: “" + x.quoteToks(q.TokEnd, q.TokEnd+2) + "” after a holding" // "con cerca de US$5.5 mil millones en valor"
	}
	if x.lower(q.Tok-1) == "with" {
		for _, m := range x.ments {
			if m.Demonym && m.TokEnd <= q.Tok-1 && q.Tok-1-m.TokEnd <= 1 {
				return false, "people's coins (“" + x.quoteToks(m.Tok, q.Tok) + "”), not the state's" // "100,000 Ugandans with over $1,000,000 worth of Bitcoin"
			}
		}
	}
	// Whose value it is comes before what it is the value of: people's, a market's or a
	// trade's worth is no state's holding, however it is worded.
	if w := x.tradingValue(q); w != "" {
		return false, "a value traded (“" + w + "”), not held"
	}
	if w := x.marketValue(q); w != "" {
		return false, "the value of a whole market (“" + w + "”), not a holding"
	}
	if w := x.peopleSubject(q); w != "" {
		return false, "people's coins (“" + w + "”), not the state's"
	}
	if w := x.theirHoldings(q); w != "" {
		return false, "people's holdings (“" + w + "”), not the state's" // "Australians own crypto, with the total value of their holdings ..."
	}
	if w := x.allCryptoValued(q); w != "" {
		return false, "the value of all its crypto (“" + w + "”), not of its bitcoin"
	}
	if w := x.dollarsOfBitcoin(q); w != "" {
		if w := x.roleInClause(q.Tok, roleTraded); w != "" && x.clauseCues(q.Tok)&cueHold == 0 {
			return false, "dollars in bitcoin in a clause of trades, not holdings (“" + w + "”)" // "$829 million in bitcoin, 0.5 percent of all transactions"
		}
		return true, "Value of holdings: dollars held in bitcoin (“" + w + "”)"
	}
	if w := x.oneCoinValued(q); w != "" {
		return false, "the price of one coin (“" + w + "”)" // "the value of 1 Bitcoin was round $7,000"
	}
	if w := x.coinsTotaling(q); w != "" {
		return true, "Value of holdings: coins “" + w + "” a sum" // "thousands of Bitcoins, totaling more than $1 billion, that it seized"
	}
	if w := x.valueIs(q); w != "" {
		return true, "Value of holdings: “" + w + "”"
	}
	if w := x.restatedValue(q); w != "" {
		return true, "Value of holdings: the holding stated before, restated in dollars (“" + w + "”)"
	}
	if w := x.atTodaysPrice(q); w != "" && (x.stated[BTCHoldings] || x.holdingInSentence()) && !x.valueOfOther(q) {
		return true, "Value of holdings: coins priced “" + w + "”"
	}
	if x.valueOfOther(q) {
		return false, "the value of coins bought, sold or of another token"
	}
	if w := x.hedge(q); w != "" {
		return false, w // "Venezuela's supposed secret bitcoin stash, valued at $60 billion"
	}
	if w := x.coinPrice(q); w != "" {
		return false, "the price of one coin (“" + w + "”)"
	}
	if w := x.coinsNotHeld(q); w != "" {
		return false, "the value of coins (“" + w + "”) the sentence does not say the state holds"
	}
	if w := x.holdsDollars(q); w != "" {
		return true, "Value of holdings: dollars the state “" + w + "”, in a sentence on bitcoin reserves" // "El Salvador, which holds $351.75 million"
	}
	if x.near(q.Tok, windowValue, 0)&cueValue == 0 {
		return false, "no value word (valued, worth) just before it"
	}
	if x.isRate(q) {
		return false, "a price or a rate"
	}
	if x.near(q.Tok, windowPlan, 0)&cuePlan != 0 && !x.worthOfCoinsToSell(q) {
		return false, "planned (“" + x.cueWord(q.Tok, cuePlan) + "”)"
	}
	if x.currencyReserves(q) && !x.holdingInClause(q) {
		return false, "the value of currency reserves, not bitcoin" // "Brazil's international reserves, valued at $370 billion"
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+3 && !x.isPunct(j); j++ {
		if w := x.lower(j); is(w, roleRateWord) || w == "a" && x.lower(j+1) == "coin" {
			return false, "a price per coin" // not "worth $331 million, per Arkham": a source
		}
	}
	if w := x.lower(q.Tok - 1); w == "at" && x.isAt(q.Tok-2, rolePriceWord) {
		return false, "a price (“" + x.quoteToks(q.Tok-2, q.Tok) + "”)"
	}
	if w := x.governing(q.Tok, q.TokEnd, cueLoss); w != "" {
		return false, "the value of a sale or loss (“" + w + "”)"
	}
	if w := x.saleValued(q); w != "" {
		return false, "the value of coins sold or lost (“" + w + "”)"
	}
	if w := x.purchaseValued(q); w != "" {
		return false, "the value of a purchase (“" + w + "”)"
	}
	if x.holdingInClause(q) || x.stated[BTCHoldings] || x.holdingInSentence() || x.coinStockBefore(q) ||
		x.clauseCues(q.Tok)&(cueHold|cueTotal) != 0 && (x.sentenceHas(cueCrypto) || x.topic&cueCrypto != 0) {
		// Not "arrangements totalling 369.6 million SDR, equivalent to about $588 million"
		// in a text about no crypto: a holding word alone is no crypto holding.
		for _, f := range x.founds {
			if f.metric == BTCHoldings && f.clause == x.clause[q.Tok] && f.tok < q.Tok {
				x.valued = f.span.Start + 1 // "controlla 28.988 BTC, del valore di circa 3,44 miliardi": the coins it values
			}
		}
		return true, "Value of holdings: “" + x.cueWord(q.Tok, cueValue) + "” with a holding"
	}
	return false, "a value, but of no holding stated"
}

// coinsTotaling: the sum follows coins and "totaling" or "worth in all" ("thousands of
// Bitcoins, totaling more than $1 billion"): the coins' worth. It returns the words.
func (x *extractor) coinsTotaling(q *number.Quantity) string {
	j := q.Tok - 1
	if !x.isAt(j, roleTotaling) {
		return ""
	}
	k := j - 1
	if x.punct(k) == ',' {
		k--
	}
	if x.isAt(k, roleCoin) && x.clause[k] == x.clause[q.Tok] {
		return x.quoteToks(k, j+1)
	}
	// "tem em seu tesouro 240 unidades do token, totalizando 22 milhões de dólares": a
	// holding the sentence states before, with no other sum between.
	if x.punct(j-1) != ',' {
		return ""
	}
	for _, f := range x.founds {
		if f.metric != BTCHoldings || f.quantity == nil || f.planned || f.tok >= j || f.tok < j-windowTotaling {
			continue
		}
		for _, o := range x.qs {
			if o.Tok > f.tok && o.Tok < q.Tok && o.Unit != number.BTC {
				return ""
			}
		}
		x.valued = f.span.Start + 1
		return x.quoteToks(f.quantity.Tok, f.quantity.TokEnd) + " … " + x.quoteToks(j, j+1)
	}
	return ""
}

// oneCoinValued: a single coin is what the clause values just before the figure ("the
// value of 1 Bitcoin was round $7,000", "the price of one bitcoin stood at $60,000"): a
// price. It returns the coin's words.
func (x *extractor) oneCoinValued(q *number.Quantity) string {
	// "which began in April 2019 when BTC was valued around $5,000": the coin itself is
	// the subject valued, after a word that opens a clause of time
	for j := q.Tok - 1; j >= 2 && j >= q.Tok-4; j-- {
		if x.isAt(j, roleWorthWord) || x.lower(j) == "priced" || x.lower(j) == "trading" || x.lower(j) == "traded" {
			if x.isAt(j-1, roleWasWere) && x.isAt(j-2, roleCoin) && x.isAt(j-3, roleTimeClause) {
				return x.quoteToks(j-2, j+1)
			}
		}
	}
	for _, o := range x.qs {
		if o.Unit == number.BTC && o.Value == 1 && !o.Range && o.TokEnd <= q.Tok && o.TokEnd >= q.Tok-3 &&
			x.clause[o.Tok] == x.clause[q.Tok] && x.isAt(o.Tok-1, roleOf) {
			return x.quoteToks(o.Tok-1, o.TokEnd)
		}
	}
	return ""
}

// purchaseValued: the clause buys coins and then prices them, with no holding word
// between: "compró más de 1.000 monedas de bitcoin por un valor de 100 millones de
// dólares". It returns the verb of buying.
func (x *extractor) purchaseValued(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := q.Tok - 1; j >= 0 && j >= q.Tok-windowPurchaseValued && x.clause[j] == cl; j-- {
		if x.cues[j]&(cueHold|cueHave|cueTotal) != 0 || x.isAt(j, roleBring) {
			return "" // "Con esa compra, El Salvador tiene 6.101 bitcoines que tienen un valor ...": what it has; "bringing its total to"
		}
		// not "El Salvador has acquired over 6,200 BTC, valued at about $745 million": all
		// it has bought so far is what it holds
		if w := x.lower(j - 1); x.cues[j]&cuePurchase != 0 && !x.negated(j) && !x.isAt(j, roleAmass) &&
			w != "has" && w != "have" && w != "had" {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// allCryptoValued: "a holding value of around $15.27 billion in digital currencies",
// "held 22 cryptocurrencies valued at about $919 million": the worth of every coin held,
// not of the bitcoin. It returns the words that say so.
func (x *extractor) allCryptoValued(q *number.Quantity) string {
	if j := q.TokEnd; x.lower(j) == "in" && x.isAt(j+1, roleAllCrypto) {
		return x.quoteToks(j, j+2)
	}
	if j := q.TokEnd; x.lower(j) == "in" && x.lower(j+1) == "digital" && (x.lower(j+2) == "currencies" || x.lower(j+2) == "assets") {
		return x.quoteToks(j, j+3)
	}
	j := q.Tok - 1
	valued := false
	for j >= 0 && (x.isAt(j, roleBeforeValue, roleValueLink) || x.lower(j) == "at" || x.cues[j]&cueValue != 0) {
		valued = valued || x.cues[j]&cueValue != 0
		j--
	}
	if x.isAt(j, roleAllCrypto) && !x.isAt(j-1, roleCoin) && valued { // not "13,000 Bitcoin tokens worth"
		return x.quoteToks(j, q.Tok) // "Kryptowährungen im Wert von etwa"
	}
	return ""
}

// notTheState is the words by which the sentence, after a coin count, denies the state
// owns them: "listed with 46,351 BTC, though these likely belong to officials as
// individuals, not the state itself". "" when it does not.
func (x *extractor) notTheState(q *number.Quantity) string {
	for j := q.TokEnd; j+2 < len(x.toks); j++ {
		if x.lower(j) != "not" {
			// "200.000 BTC detenuti non appartengono realmente al governo": a negation in
			// the figure's clause, the state a few words on
			if x.cues[j]&cueNegation != 0 && x.clause[j] == x.clause[q.Tok] {
				for k := j + 1; k < len(x.toks) && k <= j+windowNotTheState && x.clause[k] == x.clause[j]; k++ {
					if x.isAt(k, roleStateNoun) && x.cues[k]&cueNegation == 0 {
						return x.quoteToks(j, k+1)
					}
				}
			}
			continue
		}
		k := j + 1
		if x.lower(k) == "to" {
			k++ // "not to the state"
		}
		if x.lower(k) == "the" {
			k++
		}
		if w := x.lower(k); w == "state" || w == "government" || w == "state's" || w == "government's" {
			return x.quoteToks(j, k+1)
		}
	}
	return ""
}

// onlyCountryAndCoins reports whether the sentence is a list line holding only a
// country's name, the coin count q and, in brackets after it, their value: no verb or
// noun says anything else of them. A number opening the line is its rank.
func (x *extractor) onlyCountryAndCoins(q *number.Quantity) bool {
	if q.Unit != number.BTC {
		return false
	}
	inMention := func(i int) bool {
		for _, m := range x.ments {
			if i >= m.Tok && i < m.TokEnd {
				return true
			}
		}
		return false
	}
	bracket := false
	for i := range x.toks {
		switch {
		case i >= q.Tok && i < q.TokEnd, inMention(i):
		case x.isPunct(i):
			if x.punct(i) == '(' && i == q.TokEnd {
				bracket = true
			} else if x.punct(i) == ')' {
				bracket = false
			}
		case bracket:
		case i < q.Tok && x.toks[i].Kind == lex.Number && i <= 1:
		case x.toks[i].Kind == lex.Word && len(x.lower(i)) == 1:
			// "d" of "d'America": an elided article inside a name
		default:
			return false
		}
	}
	return true
}

// thenLost is the words by which the sentence goes on to say the coins were afterwards
// sold or lost: a word of sequence ("then", "later", "subsequently") just before a flow
// after the figure. "" when it does not.
func (x *extractor) thenLost(q *number.Quantity) string {
	for j := q.TokEnd + 1; j < len(x.toks); j++ {
		if x.cues[j]&cueLoss == 0 {
			continue
		}
		for k := j - 1; k >= j-2 && k > q.TokEnd; k-- {
			if x.isAt(k, roleAfterwards) {
				return x.quoteToks(k, j+1)
			}
		}
	}
	return ""
}

// coinUnits is the words by which a bare count counts bitcoins: "units" of bitcoin, or of
// "the cryptocurrency" in a sentence about bitcoin ("213 mil unidades da criptomoeda",
// "190 mil unidades de bitcoin"). "" when it does not.
func (x *extractor) coinUnits(q *number.Quantity) string {
	j := q.TokEnd
	if !x.isAt(j, roleUnits, roleCoinNoun) || !x.isAt(j+1, roleOf) {
		return ""
	}
	if x.isAt(j+2, roleCoin) || x.cues[min(j+2, len(x.cues)-1)]&cueCrypto != 0 && x.aboutBitcoin() {
		return x.quoteToks(j, j+3)
	}
	return ""
}

// holdsDollars returns the verb of holding right before a dollar sum in a sentence about
// states' bitcoin reserves ("taken the lead in state-held Bitcoin (BTC) reserves,
// boasting $782.46 million, ... outpacing El Salvador, which holds $351.75 million"), or "".
func (x *extractor) holdsDollars(q *number.Quantity) string {
	v := q.Tok - 1
	if !x.isAt(v, roleHoldsSum) || !x.sentenceHas(cueCrypto) {
		return ""
	}
	for j := range x.toks {
		if j != v && x.isAt(j, roleReserveNoun) {
			return x.quoteToks(v, v+1)
		}
	}
	return ""
}

// provenanceAfter reports whether every word of buying in q's clause comes after it and
// says how the coins were come by ("approximately 194,000 BTC, primarily acquired through
// the 2019 PlusToken Ponzi scheme seizure"): a participle before "through", "via" or "from".
func (x *extractor) provenanceAfter(q *number.Quantity) bool {
	found := false
	for j := range x.toks {
		if x.clause[j] != x.clause[q.Tok] || x.cues[j]&cuePurchase == 0 {
			continue
		}
		if j < q.TokEnd || !isParticiple(x.lower(j)) || !x.isAt(j+1, roleProvenance) {
			return false
		}
		found = true
	}
	return found
}
