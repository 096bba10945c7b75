package data

import (
	"math"
	"slices"
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// Crypto holders: counts of people who hold crypto, as against populations, wallets,
// accounts, one firm's users and newcomers.

// centralBankCurrency: "the central bank's digital currency has lured half a million
// users": a CBDC, not crypto.
func (x *extractor) centralBankCurrency(q *number.Quantity) string {
	if !x.sentenceHas(cueCrypto) {
		return "" // "digital currency" names crypto's class
	}
	cl := x.clause[q.Tok]
	for j := 1; j+1 < q.Tok; j++ {
		if x.clause[j] != cl || x.lower(j) != "digital" || x.lower(j+1) != "currency" {
			continue
		}
		for k := max(0, j-3); k < j; k++ {
			if w := x.lower(k); (w == "bank" || w == "bank's") && x.lower(k-1) == "central" {
				return x.quoteToks(k-1, j+2)
			}
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

// bracketedHolders: a count of millions in brackets right after a country ("South
// Africa (6M), Egypt (3.4M), Kenya (2.8M)", "Nigeria (22 million)"), no other kind of
// figure in the sentence, in a text that has counted crypto holders already: each
// country's holders, as bracketedCoins reads coins.
func (x *extractor) bracketedHolders(q *number.Quantity) bool {
	return q.Magnitude && x.bracketedAfterCountry(q) && x.stated[CryptoHolders] &&
		x.sentenceCues()&(cuePopulation|cueGlobal) == 0 && x.onlyUnits(number.NoUnit, number.Percent)
}

// shareAsCount is the relative clause that restates as a count of people a share of a
// population the clause before says holds crypto: "8.5% of Kenya's population own
// digital assets, which makes up around 4.25 million citizens". It returns its words, or
// "".
func (x *extractor) shareAsCount(q *number.Quantity) string {
	if !isPeopleNoun(x.lower(q.TokEnd)) {
		return ""
	}
	which := -1
	for j := q.Tok - 1; j > 0 && j >= q.Tok-windowShareAsCount; j-- {
		// ", which amounts to", ", or the equivalent of", ", soit l'équivalent de"
		if (x.lower(j) == "which" || x.isAt(j, roleOrWord)) && x.punct(j-1) == ',' && j >= 2 {
			which = j
			break
		}
		if !x.isAt(j, roleRestate) && !x.isAt(j, roleEquivalentNoun) && !x.isAt(j, roleDefinite) && !x.isAt(j, roleOf) {
			return ""
		}
	}
	if which < 0 {
		return ""
	}
	before := x.clause[which-2] // the word before the comma
	for _, o := range x.qs {
		if o.Unit != number.Percent || o.TokEnd >= which || x.clause[o.Tok] != before {
			continue
		}
		// the crypto and the verb of holding may stand in the share's clause or after the
		// count ("12% of the country's population, which amounts to 6.45 million people,
		// were involved in crypto trading")
		if x.clauseCues(o.Tok)&cueCrypto != 0 && x.roleInClause(o.Tok, roleHolderVerb) != "" ||
			x.sentenceHas(cueCrypto) && (x.sentenceHasRole(roleHolderVerb) || x.sentenceHasRole(roleShareVerb)) {
			return x.quoteToks(which, q.TokEnd+1)
		}
	}
	return ""
}

// platformSubject: the count belongs to one exchange or app ("The Jordanian exchange
// has 1.1 million users"), not to a country's people.
func (x *extractor) platformSubject(q *number.Quantity) string {
	if !x.roles.has(rolePlatform) {
		return ""
	}
	if x.isAt(0, roleDefinite) && x.isAt(1, rolePlatform) && x.mentionAt(2) == nil && !x.isAt(2, roleBody) &&
		!x.saysBetween(1, q.Tok) && x.roleInClause(q.Tok, roleReckoning) == "" && !x.roleBetween(1, q.Tok, roleEstimateVerb) {
		return x.quoteToks(0, 2) // "La empresa, con sede central en México, donde tiene 4,4 millones de usuarios": the firm is the sentence's subject
	}
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && x.isAt(j, rolePlatform) && !x.isAt(j-1, roleShareOf) && cueOf(x.lower(j-1))&cuePrep == 0 &&
			!x.isAt(j+1, roleBody) &&
			!x.subjectBetween(j, q.Tok) && !x.roleBetween(j, q.Tok, roleReport, roleEstimateVerb) && !x.accordingTo(j) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// isHolders: a count of people who hold crypto, in a sentence, a table row, a list or a
// list's line; not a population, a trend, newcomers, wallets or one firm's users. It
// returns the reason either way.
func (x *extractor) isHolders(q *number.Quantity) (bool, string) {
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
	if whole, share := x.shareTriple(q); whole {
		return false, "a population: the figures after it are its share (“" + share + "”)"
	} else if share != "" && (x.listCues|x.topic)&cueCrypto != 0 {
		return true, "Crypto holders: the share (“" + share + "”) of the population before it, in a list about crypto"
	}
	if w := x.negatedClause(q); w != "" {
		return false, "denied (“" + w + "”)"
	}
	if w := x.whoDidNot(q); w != "" {
		return false, "people counted by what they did not do (“" + w + "”), not all who hold crypto" // "25,126 investors who did not declare it"
	}
	if w := x.lower(q.TokEnd + 1); is(w, roleLive) {
		return false, "a population (“" + w + "”)"
	}
	// German puts the verb last: "Während 57 Millionen Menschen im Dunkeln leben"
	for j := q.TokEnd + 1; j < len(x.toks) && j <= q.TokEnd+windowVerbLast && x.clause[j] == x.clause[q.Tok] && !x.isPunct(j); j++ {
		if x.isAt(j, roleLive) && isPeopleNoun(x.lower(q.TokEnd)) && !x.sentenceHasRole(roleHolderVerb) {
			return false, "a population (“" + x.quoteToks(j, j+1) + "”)"
		}
	}
	if x.cues[min(q.TokEnd, len(x.cues)-1)]&cuePopulation != 0 && q.TokEnd < len(x.toks) {
		return false, "a population (“" + x.quoteToks(q.Tok, q.TokEnd+1) + "”)" // "of the almost 10 million population"
	}
	if w := x.overPeriod(q); w != "" {
		return false, "people who joined over a period (“" + w + "”), not all who hold crypto"
	}
	if w := x.lower(q.Tok - 1); (w == "below" || w == "above") && x.isAt(q.Tok-2, roleChange) ||
		(q.Approx == number.Under || q.Approx == number.Over) && is(w, roleChange) {
		return false, "a trend (“" + x.quoteToks(q.Tok-1, q.TokEnd) + "”), not a count"
	}
	if q.Tok > 0 && x.cues[q.Tok-1]&cueIncrement != 0 {
		return false, "newcomers (“" + x.quoteToks(q.Tok-1, q.TokEnd) + "”), not everyone who holds crypto" // "an additional 500,000 investors joined"
	}
	if w := x.lower(q.TokEnd); is(w, roleNewcomer) && !x.toks[q.TokEnd].Is(lex.Capital) {
		return false, "newcomers (“" + w + "”), not everyone who holds crypto"
	}
	if w := x.startedInvesting(q); w != "" {
		return false, "newcomers (“" + w + "”), not everyone who holds crypto" // "12 million people started investing last year"
	}
	for j := q.TokEnd; j+1 < len(x.toks) && j < q.TokEnd+6; j++ {
		if x.isAt(j, roleHaveAux) && x.isAt(j+1, roleEverHeld) {
			return false, "people who ever held crypto (“" + x.quoteToks(j, j+2) + "”), not who hold it now"
		}
	}
	if w := x.holdingMoreThan(q); w != "" {
		return false, "the holders of more than an amount (“" + w + "”), a part of a country's holders" // "100,000 people have invested more than W100 million a head"
	}
	for j := q.TokEnd; j+2 < len(x.toks) && j < q.TokEnd+10 && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.lower(j) == "at" && (x.lower(j+1) == "some" || x.lower(j+1) == "any") && x.lower(j+2) == "point" {
			return false, "people who bought crypto at some time (“" + x.quoteToks(j, j+3) + "”), not who hold it now" // "2.6 million consumers have bought crypto at some point"
		}
	}
	if w := x.centralBankCurrency(q); w != "" {
		return false, "users of a central bank's digital currency (“" + w + "”), not of crypto"
	}
	if w := x.roleBefore(q, roleCBDC); w != "" {
		return false, "users of a central bank's digital currency (“" + w + "”), not of crypto"
	}
	if x.isAt(q.TokEnd, roleNotPeople) {
		return false, "a count of " + x.lower(q.TokEnd) + ", not of people"
	}
	if w := x.platformSubject(q); w != "" {
		return false, "the users of one firm (“" + w + "”), not a country's"
	}
	if w := x.walletWith(q); w != "" {
		return false, "the users of one wallet firm (“" + w + "”), not a country's"
	}
	if w := x.lower(q.TokEnd); is(w, roleRateWord) && !number.IsMonth(x.lower(q.TokEnd+1)) && !x.figureAt(q.TokEnd+1) {
		return false, "a rate (“" + x.quoteToks(q.TokEnd, q.TokEnd+2) + "”), not a count" // "an average of 725,000 new investors per month"
	}
	if w := x.equivalence(q); w != "" && x.shareAsCount(q) == "" { // not ", or the equivalent of 5.8 million people": a share restated
		return false, "a comparison (“" + w + "”), not a count of holders"
	}
	if w := x.lower(q.Tok - 2); w == "population" && !x.isPunct(q.Tok-1) && x.lower(q.Tok-1) != "or" || x.lower(q.Tok-1) == "population" {
		// not "8.5 percent of the population or 4.25 million people own cryptocurrencies"
		return false, "a population (“" + x.quoteToks(q.Tok-2, q.Tok) + "”)" // "and a population exceeding 250 million"
	}
	if x.lower(q.Tok-1) == "with" && isPeopleNoun(x.lower(q.TokEnd)) {
		// "Bhutan, a small landlocked kingdom in the Himalaya with less than 800,000
		// people, has been mining bitcoin": the people of the country the phrase describes.
		for j := q.Tok - 2; j >= 0 && j >= q.Tok-windowCountryWith && x.cues[j]&cueCrypto == 0; j-- {
			if x.isAt(j, roleCountryNoun) {
				return false, "a population (“" + x.quoteToks(j, j+1) + " … " + x.quoteToks(q.Tok-1, q.TokEnd+1) + "”)"
			}
		}
	}
	if w := x.countryWhichHas(q); w != "" {
		return false, "a population (“" + w + "”)"
	}
	if (x.lower(q.Tok-2) == "home" && x.lower(q.Tok-1) == "to" || x.isAt(q.Tok-2, roleCountryNoun, roleLocality) && x.lower(q.Tok-1) == "of" ||
		x.isAt(q.Tok-3, roleCountryNoun) && x.lower(q.Tok-2) == "of" && x.isAt(q.Tok-1, roleBeforeValue)) &&
		x.cues[min(q.TokEnd, len(x.cues)-1)]&(cueCryptoPeople|cueCrypto) == 0 {
		return false, "a population (“" + x.quoteToks(q.Tok-2, q.Tok) + "”)" // "a province home to 1.4 million people", "a nation of roughly 11.3 million people"
	}
	if w := x.peopleServed(q); w != "" {
		return false, "the people something is for (“" + w + "”), not who hold crypto" // "vaccines for over 4 million Finnish citizens"
	}
	if w := x.victims(q); w != "" {
		return false, "the victims of a theft or fraud (“" + w + "”), not a country's holders"
	}
	if w := x.subsetOfHolders(q); w != "" {
		return false, "a part of the holders (“" + w + "”), not all of them"
	}
	if w := x.surveySample(q); w != "" {
		return false, "the people a survey asked (“" + w + "”), not a country's holders"
	}
	if x.punct(q.Tok-1) == '(' && x.percentBefore(q.Tok-1) && (x.sentenceCues()|x.listCues|x.topic)&cueCryptoPeople != 0 &&
		(x.sentenceCues()|x.listCues|x.topic)&cueCrypto != 0 {
		return true, "Crypto holders: the count in brackets after a share of people holding crypto" // "sixth place with 29% (15 million)"
	}
	if x.isAt(q.Tok-1, roleWith) && q.Magnitude && x.figureEnds(q.TokEnd) && x.sentenceHas(cueRank) &&
		(x.sentenceCues()|x.listCues|x.topic)&(cueCryptoPeople|cuePeople) != 0 && (x.sentenceCues()|x.listCues|x.topic)&cueCrypto != 0 {
		return true, "Crypto holders: a ranking's count (“" + x.quoteToks(q.Tok-1, q.TokEnd) + "”) in a text counting holders" // "the US takes the lead with 46 million."
	}
	if x.colonListOfHolders(q) {
		return true, "Crypto holders: a list, after a colon, of where the people who hold crypto live"
	}
	if x.bracketedHolders(q) {
		return true, "Crypto holders: a count in brackets after a country, in a text that counts holders"
	}
	if w := x.shareAsCount(q); w != "" {
		return true, "Crypto holders: the count a share of people holding crypto comes to (“" + w + "”)"
	}
	if w := x.countChangedTo(q); w != "" {
		return true, "Crypto holders: the level the count stated before changed to (“" + w + "”)" // "This number dropped to 480,000 in October"
	}
	if noun := x.peopleCounted(q); noun >= 0 {
		if x.isAt(noun, roleHouseholds) {
			return false, "a count of households (“" + x.nounText(noun) + "”), not of people" // "just over 550,000 households" hold crypto
		}
		if w := x.everHeld(q); w != "" {
			return false, "people who have ever held crypto (“" + w + "”), not those who hold it now"
		}
		if w := x.usingOther(noun); w != "" {
			return false, "people using something else (“" + w + "”), not crypto" // "over 5 million Cubans using mobile internet, ..."
		}
		for j := q.TokEnd; j < noun; j++ {
			if x.isAt(j, roleOtherInvestment) {
				return false, "people who hold or use something else (“" + x.quoteToks(j, noun+1) + "”), not crypto" // "2.6 crore unique mutual fund investors", "750 million smartphone users"
			}
		}
		return true, "Crypto holders: a count of people (“" + x.nounText(noun) + "”) who hold crypto"
	}
	if w := x.holdersAre(q); w != "" && x.sentenceCues()&cueCrypto != 0 && x.sentenceCues()&(cuePopulation|cueGlobal) == 0 {
		return true, "Crypto holders: the people who hold crypto, then what they number (“" + w + "”)"
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
	v := q.TokEnd
	if x.lower(v) == "still" {
		v++
	}
	if q.Unit == number.NoUnit && (q.Magnitude || q.Value >= 1000) && x.isAt(v, roleHolderVerb) &&
		(x.sentenceCues()|x.topic)&cueCrypto != 0 && x.sentenceCues()&(cuePopulation|cueGlobal) == 0 {
		// "a total of around 390,000 have exited while 1.56 million still hold": the count is
		// the subject of its verb of holding
		return true, "Crypto holders: a count that is the subject of “" + x.quoteToks(q.TokEnd, v+1) + "”"
	}
	if q.Unit == number.NoUnit && q.Magnitude && x.stated[CryptoHolders] && x.roles.has(roleRespectively) &&
		x.sentenceCues()&(cuePopulation|cueGlobal) == 0 && x.onlyUnits(number.NoUnit) {
		// "Russia, Indonesia and South Africa round out the top 10 with 14.6 million,
		// 12.23 million and 7.7 million respectively", in a paragraph counting holders.
		return true, "Crypto holders: the counts of a “respectively” list in a paragraph that counts crypto holders"
	}
	return false, "no count of people holding crypto (a population, a global count, or no crypto word)"
}

// onlyUnits reports whether every figure of the sentence is written in one of units
// (number.NoUnit for a bare count).
func (x *extractor) onlyUnits(units ...number.Unit) bool {
	for _, o := range x.qs {
		if !slices.Contains(units, o.Unit) {
			return false
		}
	}
	return true
}

// shareTriple reads a row that gives a population, a percentage and the count it comes
// to ("India 1,428,627,663 6.55% 93,537,015"): the count agrees with the percentage of
// the population. It reports whether q is the population (the whole) and, for either
// figure of such a triple, the percentage as written; "" when q is in none.
func (x *extractor) shareTriple(q *number.Quantity) (whole bool, share string) {
	if !x.percent {
		return false, ""
	}
	agree := func(pop, pct, count *number.Quantity) bool {
		want := pop.Value * pct.Value / 100
		return count.Value > 0 && math.Abs(want-count.Value) <= 0.02*count.Value
	}
	for i := range x.qs {
		p := &x.qs[i]
		if p.Unit != number.Percent || i == 0 || i+1 >= len(x.qs) {
			continue
		}
		pop, count := &x.qs[i-1], &x.qs[i+1]
		if pop.Unit != number.NoUnit || count.Unit != number.NoUnit || p.Tok-pop.TokEnd > 2 || count.Tok-p.TokEnd > 2 {
			continue
		}
		if pop.Tok == q.Tok && agree(pop, p, count) {
			return true, x.quoteToks(p.Tok, p.TokEnd)
		}
		if count.Tok == q.Tok && agree(pop, p, count) {
			return false, x.quoteToks(p.Tok, p.TokEnd)
		}
	}
	return false, ""
}

// percentBefore reports whether a percentage ends just before token i.
func (x *extractor) percentBefore(i int) bool {
	for _, o := range x.qs {
		if o.TokEnd == i && o.Unit == number.Percent {
			return true
		}
	}
	return false
}

// victims: "allegedly stole roughly £5bn from more than 128,000 investors": the people
// a theft or fraud took from.
func (x *extractor) victims(q *number.Quantity) string {
	for j := max(0, q.Tok-3); j < q.Tok; j++ {
		if x.isAt(j, roleVictim) {
			return x.quoteToks(j, j+1) // "the scheme deceived more than 2 million investors"
		}
	}
	// "Más de 120,000 inversores chinos fueron víctimas de este esquema": named victims
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+windowVictims && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.isAt(j, roleVictim) {
			return x.quoteToks(j, j+1)
		}
	}
	// "a crypto scam in which over 7000 investors lost their money": the count loses
	for j := q.TokEnd; j+1 < len(x.toks) && j <= q.TokEnd+2 && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.isAt(j, roleLoseVerb) && x.isAt(j+1, roleLostThing) {
			return x.quoteToks(j, j+2)
		}
	}
	if x.lower(q.Tok-1) != "from" || !x.sentenceHas(cueLoss) {
		return ""
	}
	for j := q.Tok - 2; j >= 0 && x.clause[j] == x.clause[q.Tok]; j-- {
		if x.cues[j]&cueLoss != 0 {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// subsetOfHolders: "138,000 aged 50 and older", "traders investing in cryptocurrency
// margins and futures": a part of a country's holders.
func (x *extractor) subsetOfHolders(q *number.Quantity) string {
	// "100,000 Ugandans with over $1,000,000 worth of Bitcoin": the rich among them.
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+3; j++ {
		if x.lower(j) != "with" {
			continue
		}
		for _, o := range x.qs {
			if o.Tok > j && o.Tok <= j+2 && (o.Unit == number.USD || o.Unit == number.BTC || o.Unit == number.OtherCurrency) {
				return x.quoteToks(j, o.TokEnd)
			}
		}
	}
	// "25,126 people who hold bitcoin and did not declare it": the ones the tax office
	// found hiding it.
	for j := q.TokEnd; j+1 < len(x.toks) && j <= q.TokEnd+windowUndeclared && x.roles.has(roleDeclare); j++ {
		for k := j + 1; k <= j+3 && x.cues[j]&cueNegation != 0; k++ {
			if x.isAt(k, roleDeclare) {
				return x.quoteToks(j, k+1) // "não fizeram a declaração"
			}
		}
	}
	if !x.roles.has(roleSubset) {
		return ""
	}
	cl := x.clause[q.Tok]
	for j := max(0, q.Tok-8); j < len(x.toks) && j <= q.TokEnd+windowSubsetAfter; j++ {
		if x.clause[j] == cl && x.isAt(j, roleSubset) { // "over 140,000 people invest in cryptocurrency margins and futures"
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// equivalence: a count brought in to picture another figure: "1 terawatt hour a year,
// equivalent to the electricity consumption of 200,000 Swedish households".
func (x *extractor) equivalence(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := max(0, q.Tok-7); j+1 < q.Tok; j++ {
		// Equal to another thing's measure ("equal to the consumption of"), not to the
		// count itself ("44 percent of its population – equal to 30 million people").
		if w := x.lower(j); x.clause[j] == cl && (w == "equivalent" || w == "equal" || w == "comparable" || w == "equates" || w == "equate") && x.lower(j+1) == "to" &&
			(x.lower(j+2) == "the" || x.lower(j+2) == "that") {
			return x.quoteToks(j, j+2)
		}
		if w := x.lower(j); x.clause[j] == cl && w == "equivalent" && x.lower(j+1) == "of" {
			return x.quoteToks(j, j+2) // "the electricity equivalent of 200,000 households"
		}
	}
	return ""
}

// surveySample: the count is a study's sample, not the people of a country who hold
// crypto: "an online survey of 52,883 people across 27 countries", "more than 28,000
// investors from 23 countries were surveyed".
func (x *extractor) surveySample(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	// "The report, conducted among more than 40,000 citizens", "El informe, realizado a
	// más de 40 000 ciudadanos": a study carried out on those people.
	if x.roles.has(roleSurveyDoc) || x.roles.has(roleSurvey) {
		for j := max(0, q.Tok-windowConducted); j < q.Tok; j++ {
			if x.isAt(j, roleConducted) && x.clause[j] == cl && !x.figureBetween(j, q.Tok) {
				return x.quoteToks(j, q.TokEnd)
			}
		}
	}
	if !x.roles.has(roleSurvey) && !x.roles.has(roleManyStates) {
		return ""
	}
	for j := max(0, q.Tok-3); j < q.Tok; j++ {
		if x.isAt(j, roleSurvey) && x.lower(j+1) == "of" { // not "surveys suggest some 48,000"
			return x.quoteToks(j, q.TokEnd)
		}
		if x.isAt(j, roleSurvey) && x.isAt(j+1, roleSurveyDoc) && x.lower(j+2) == "of" && j+3 == q.Tok {
			return x.quoteToks(j, q.TokEnd) // "the annual survey report of 2,768 adults"
		}
		if w := x.lower(j); (w == "surveyed" || w == "polled" || w == "interviewed" || w == "questioned" || w == "screening" || w == "screened" || w == "asked") && j >= q.Tok-2 {
			return x.quoteToks(j, q.TokEnd) // "which surveyed over 2,609 adults", "by screening some 1,000 adults"
		}
	}
	// "une enquête menée auprès de 6.000 adultes", "a survey conducted among 6,000 adults".
	if w := x.lower(q.Tok - 1); is(w, roleOf) || w == "among" || w == "with" {
		for j := max(0, q.Tok-windowSurvey); j < q.Tok-1; j++ {
			if x.clause[j] == cl && x.isAt(j, roleSurvey) && x.lower(j) != "asked" {
				return x.quoteToks(j, q.TokEnd)
			}
		}
	}
	// In the count's own phrase, not a source named after a comma ("3 lakh users, a
	// survey found"): "28,000 investors ... were surveyed", "1,200 respondents".
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+windowPeopleAfter+4 && x.clause[j] == cl && !x.isPunct(j); j++ {
		if w := x.lower(j); is(w, roleSurvey) && w != "survey" && w != "surveys" && w != "poll" && w != "study" {
			return x.quoteToks(q.Tok, j+1)
		}
	}
	// A part of a sample counted before it: "Of 1,225 respondents, 1,093 investors earn less".
	for _, o := range x.qs {
		if o.Tok < q.Tok && o.Unit == number.NoUnit && x.isAt(o.TokEnd, roleSurvey) && o.Value >= q.Value {
			return x.quoteToks(o.Tok, o.TokEnd+1)
		}
	}
	// People counted across many countries are no one country's.
	for _, o := range x.qs {
		if o.Tok > q.Tok && x.clause[o.Tok] != cl {
			break // past the clause
		}
		if o.Tok > q.Tok && o.Unit == number.NoUnit && o.Value >= 2 && x.isAt(o.TokEnd, roleManyStates) {
			return x.quoteToks(q.Tok, o.TokEnd+1)
		}
	}
	return ""
}

// nounText is a counted noun as written: the whole name of a demonym ("New Zealanders").
func (x *extractor) nounText(noun int) string {
	if m := x.mentionAt(noun); m != nil {
		return x.quoteToks(m.Tok, m.TokEnd)
	}
	return x.quoteToks(noun, noun+1)
}

// peopleCounted returns the people noun of a count of people who hold crypto, or -1:
// "15 million citizens hold cryptocurrency",
// "5 million registered crypto users", "20 million Pakistanis own crypto", "puts its
// crypto users at 33 million"; not a global count and not a population ("the
// country's 120 million people").
func (x *extractor) peopleCounted(q *number.Quantity) int {
	if !q.Magnitude && q.Value < 1000 {
		return -1
	}
	noun := -1
	if q.Noun >= 0 && (q.Noun == q.TokEnd || q.Noun == q.TokEnd+1 && number.LinkWord(x.lower(q.TokEnd))) {
		noun = x.peopleAfter(q.Noun)
	} else if x.punct(q.TokEnd) == '(' {
		noun = x.peopleAfter(q.TokEnd) // "19 million (1.33%) crypto users"
	}
	if noun < 0 && (x.isAt(q.TokEnd, roleNotState) || x.isAt(q.TokEnd+1, roleNotState)) {
		return -1 // "certified 80,000 public servants": the count's own noun, not the investors before it
	}
	if noun < 0 {
		// No people noun right after ("grew to over 2 million within two years"): the
		// people named before it, if any.
		noun = x.peopleBefore(q.Tok)
		if noun < 0 {
			noun = x.numberOfPeople(q)
		}
		if noun < 0 {
			noun = x.whoHold(q)
		}

	}
	if noun < 0 || x.global(q) {
		return -1
	}
	// "users", "holders", "investors" and demonyms count crypto users where the heading
	// or title is about crypto; "people" and "citizens" need the sentence to say so, and
	// are a population when a possessive owns them.
	specific := x.cues[noun]&cueCryptoPeople != 0 || x.mentionAt(noun) != nil
	if n := x.numberOfHolders(q); !specific && n >= 0 {
		// "the number of crypto owners is 3.33 million people, or 3% of the population",
		// "the number of people holding Bitcoin is 109,175": what is numbered says who
		noun, specific = n, true
	}
	if !specific && x.population(q) {
		return -1
	}
	if x.sentenceHas(cueCrypto) {
		return noun
	}
	// "some 900,000 Swedes hold it": a demonym holding what the article is about.
	if m := x.mentionAt(noun); m != nil && x.isAt(m.TokEnd, roleHolderVerb) && (x.listCues|x.topic)&cueCrypto != 0 {
		return noun
	}
	// Only users, holders and investors count as crypto users by the article's topic; a
	// demonym needs the sentence to say so ("1.5 million Kenyans have an income ...").
	if x.cues[noun]&cueCryptoPeople != 0 && (x.listCues|x.topic)&cueCrypto != 0 {
		return noun
	}
	return -1
}

// shareOfPopulation: the population is only the whole the count is a share of: "30% of
// the population (about 3 million people) owning digital assets", "27 million people,
// 8.3% of America's population, own cryptocurrency". A percentage stands before "of"
// and a verb of holding or using follows the count.
func (x *extractor) shareOfPopulation(q *number.Quantity) bool {
	// The share in the count's clause, or set off right after it: "0.9 million citizens
	// of Morocco, or about 2.4% of the overall population, own cryptocurrency".
	pct, aside := false, false
	for _, o := range x.qs {
		if o.Unit == number.Percent && x.isAt(o.TokEnd, roleOf) {
			if x.clause[o.Tok] == x.clause[q.Tok] {
				pct = true
			} else if o.Tok > q.TokEnd && o.Tok <= q.TokEnd+8 {
				pct, aside = true, true
			}
		}
	}
	if !pct {
		return false
	}
	cl := x.clause[q.Tok]
	for j := range x.toks {
		if (x.clause[j] == cl || aside && j > q.TokEnd) && j < q.TokEnd+windowShareAside && x.isAt(j, roleHolderVerb, roleShareVerb) {
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
		compared := x.lower(j-2) == "than" || x.lower(j-3) == "than"
		for k := max(0, j-windowTimesPopulation); k < j && !compared; k++ {
			compared = x.isAt(k, roleTimes) // "almost 1.5 times the population", "casi 1,5 veces de lo que sería la población"
		}
		if !compared {
			return false
		}
	}
	return true
}

// population: the figure counts a country's people, not its crypto users.
func (x *extractor) population(q *number.Quantity) bool {
	if x.clauseCues(q.Tok)&cuePopulation != 0 && !x.shareOfPopulation(q) && !x.populationCompared(q) && !x.withinPopulation(q) {
		return true
	}
	// "the World Bank's population data, which puts it at 6.45 million people": the
	// relative clause counts what its antecedent names.
	for _, r := range x.relative {
		if r.clause == x.clause[q.Tok] {
			for j := max(0, r.comma-6); j < r.comma; j++ {
				if x.cues[j]&cuePopulation != 0 {
					return true
				}
			}
		}
	}
	j := q.Tok - 1
	return j >= 0 && (x.toks[j].Is(lex.Possessive) || x.lower(j) == "its" || x.lower(j) == "their")
}

// withinPopulation: the population word only says where the counted people are, and a
// verb of holding follows it: "1.9 million people in the UK population (equivalent to
// 3.86% of adults) hold cryptocurrencies".
func (x *extractor) withinPopulation(q *number.Quantity) bool {
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+windowWithinPopulation; j++ {
		if x.cues[j]&cuePopulation == 0 {
			continue
		}
		in := false
		for k := j - 1; k >= q.TokEnd && k >= j-3; k-- {
			in = in || x.isAt(k, roleIn)
		}
		if !in {
			return false
		}
		for k := j + 1; k < len(x.toks) && k <= j+windowShareAside; k++ {
			if x.isAt(k, roleHolderVerb) {
				return true
			}
			if x.punct(k) == '.' || x.punct(k) == ';' {
				break
			}
		}
		return false
	}
	return false
}

// figureEnds reports whether token j ends the figure's phrase: punctuation, or a word
// that cannot be the counted noun ("33 million, according to", "33 million last year").
func (x *extractor) figureEnds(j int) bool {
	if x.isPunct(j) || j >= len(x.toks) {
		return true
	}
	return x.isAt(j, rolePhraseEnd)
}

// peopleAfter finds a noun for people within three words after token i, or after the
// bracket that opens there: "citizens",
// "registered crypto users", "Pakistanis", "New Zealanders", "Lebanese use ...",
// "Nigerian adults"; it returns its token or -1.
func (x *extractor) peopleAfter(i int) int {
	if x.punct(i) == '(' {
		// "19 million (1.33%) crypto users": past a bracket that restates the count.
		for j := i + 1; j < len(x.toks) && j <= i+windowBracket; j++ {
			if x.punct(j) == ')' {
				i = j + 1
				break
			}
		}
	}
	for j, end := i, i+windowPeopleAfter; j < len(x.toks) && j < end; j++ {
		if r := x.punct(j); (r == '\'' || r == '’') && (x.lower(j-1) == "d" || x.lower(j-1) == "l") {
			continue // "6,5 millions d'investisseurs": the elided "de" before the noun
		}
		if j > i && lex.IsHyphen(x.punct(j)) && x.toks[j-1].End == x.toks[j].Start && j+1 < len(x.toks) && x.toks[j].End == x.toks[j+1].Start {
			end++ // "7,000,000 UK crypto-holders": a compound's hyphen
			continue
		}
		if x.toks[j].Kind != lex.Word {
			return -1
		}
		if isPeopleNoun(x.lower(j)) {
			return j
		}
		if m := x.mentionAt(j); m != nil && !m.Region { // "26 million Texas clients" are not Americans counted
			next := x.lower(m.TokEnd)
			if strings.HasSuffix(x.lower(m.TokEnd-1), "s") || isPeopleNoun(next) || is(next, roleHolderVerb) || x.peopleWord(m) {
				return j // a demonym counted: "20 million Pakistanis", "400,000 Lebanese use"
			}
		}
	}
	return -1
}

// colonListOfHolders: "11.7 million East Africans own cryptocurrencies: 6.1 million in
// Kenya, 2.3 million in Tanzania": a count after the colon of a sentence whose first part
// counts people holding crypto, placed "in" a country.
func (x *extractor) colonListOfHolders(q *number.Quantity) bool {
	if !q.Magnitude && q.Value < 1000 || x.lower(q.TokEnd) != "in" ||
		x.mentionAt(q.TokEnd+1) == nil && !(x.lower(q.TokEnd+1) == "the" && x.mentionAt(q.TokEnd+2) != nil) {
		return false
	}
	colon := -1
	for j := 0; j < q.Tok; j++ {
		if x.punct(j) == ':' {
			colon = j
		}
	}
	hold, crypto := false, false
	for j := 0; j < colon; j++ {
		hold = hold || x.isAt(j, roleHolderVerb, roleShareVerb)
		crypto = crypto || x.cues[j]&cueCrypto != 0
	}
	return colon >= 0 && hold && crypto
}

// usingOther: the people counted use or own something the phrase names that is not
// crypto, and the phrase ends there: "With over 5 million Cubans using mobile internet,
// estimates place the number of Cubans using bitcoin at 100,000".
func (x *extractor) usingOther(noun int) string {
	end := noun + 1
	if m := x.mentionAt(noun); m != nil {
		end = m.TokEnd
	}
	if end+1 >= len(x.toks) || !x.isAt(end, roleHolderVerb, roleShareVerb) {
		return ""
	}
	if x.isAt(end+1, roleObjectPronoun) {
		return "" // "some 900,000 Swedes hold it": the crypto named before
	}
	for j := end + 1; j < len(x.toks) && j <= end+windowUsingOther; j++ {
		if x.cues[j]&cueCrypto != 0 || x.figureAt(j) {
			return ""
		}
		if x.isPunct(j) {
			if j == end+1 {
				return ""
			}
			return x.quoteToks(end, j)
		}
	}
	return ""
}

// peopleWord reports whether a mention is a people word of another language
// ("brasileiros", "Français"), which names the people, never the state.
func (x *extractor) peopleWord(m *namedCountry) bool {
	_, ok := country.People(x.lower(m.Tok))
	return ok && m.TokEnd == m.Tok+1
}

// numberOfPeople finds the people noun of a sentence whose subject is their number, for
// the level it reaches: "the number of crypto users surged ..., bringing the total to
// 15.6 million", "the count of holders grew from 900,000 to 2 million". It returns the
// noun's token or -1.
func (x *extractor) numberOfPeople(q *number.Quantity) int {
	w := x.lower(q.Tok - 1)
	if is(w, roleOf) && x.isAt(q.Tok-2, roleCopula) {
		w = x.lower(q.Tok - 2) // "A quantidade de CPFs ... foi de 1.300.535"
	}
	if w != "to" && w != "at" && !is(w, roleCopula, roleReach) {
		return -1
	}
	for j := 0; j+2 < q.Tok; j++ {
		if x.isAt(j, roleNumberOf) && x.isAt(j+1, roleOf) {
			for k := j + 2; k < q.Tok && k <= j+4; k++ {
				if isPeopleNoun(x.lower(k)) {
					return k
				}
				if m := x.mentionAt(k); m != nil && !m.Region && strings.HasSuffix(x.lower(m.TokEnd-1), "s") {
					return k // "the number of South Koreans investing in digital assets"
				}
			}
		}
	}
	return -1
}

// numberOfHolders is the noun of a "number of" phrase the count gives, where the phrase
// speaks of crypto: "the number of crypto owners is 3.33 million", "le nombre de
// propriétaires de cryptomonnaies est de 3,33 millions", "the number of people holding
// Bitcoin is 109,175". It returns -1 otherwise.
func (x *extractor) numberOfHolders(q *number.Quantity) int {
	noun := x.numberOfPeople(q)
	if noun < 0 {
		return -1
	}
	for j := max(0, noun-2); j < q.Tok; j++ {
		if x.cues[j]&(cueCrypto|cueCryptoPeople) != 0 {
			return noun
		}
	}
	return -1
}

// countChangedTo: "This number dropped to 480,000 in October", after a sentence that
// counted holders, or "users surged to 15.6 million, and by March that number had
// climbed to 16 million" after a count in the same sentence: the count, referred to as
// "this number", changed to the figure. It returns the words.
func (x *extractor) countChangedTo(q *number.Quantity) string {
	if q.Unit != number.NoUnit || !x.stated[CryptoHolders] && !x.foundBefore(CryptoHolders, q.Tok) {
		return ""
	}
	w := x.levelReached(q.Tok)
	if w == "" {
		return ""
	}
	for j := 1; j < q.Tok; j++ {
		if x.isAt(j, roleNumberOf) && x.isAt(j-1, roleDemonstrative, roleDefinite) && x.clause[j] == x.clause[q.Tok] { // "this number", "o número"
			return x.quoteToks(j-1, j+1) + " … " + w
		}
	}
	return ""
}

// whoDidNot is the relative clause with a negation that picks the people counted out of
// all who hold: "detected 25,126 bitcoin investors who did not report the asset",
// "25.126 investidores em Bitcoin que não incluíram o criptoativo", or whose second
// verb is negated: "25.126 pessoas físicas que tinham bitcoins ao final de 2022, e não
// informaram".
func (x *extractor) whoDidNot(q *number.Quantity) string {
	for j := q.TokEnd; j+1 < len(x.toks) && j <= q.TokEnd+windowPeopleAfter+1 && !x.isPunct(j); j++ {
		if !x.isAt(j, roleRelPronoun) {
			continue
		}
		for k := j + 1; k < len(x.toks) && k <= j+2; k++ {
			if x.cues[k]&cueNegation != 0 {
				return x.quoteToks(j, k+1)
			}
		}
		for k := j + 3; k+1 < len(x.toks) && k <= j+windowRelativeVerbs; k++ {
			if r := x.punct(k); r == '.' || r == ';' || x.figureAt(k) {
				break
			}
			if x.isAt(k, roleAnd) && (x.negatesVerb(k+1) || x.negatesVerb(k+2)) {
				return x.quoteToks(j, j+1) + " … " + x.quoteToks(k, k+3)
			}
		}
		return ""
	}
	return ""
}

// negatesVerb reports whether token j is a negation of a verb ("did not", "não"), not
// "without", which qualifies a noun.
func (x *extractor) negatesVerb(j int) bool {
	return j < len(x.toks) && x.cues[j]&cueNegation != 0 && x.lower(j) != "without"
}

// everHeld is "ever" before a verb of holding in the count's clause ("the total number
// of UK residents who have ever owned cryptos to 2.6 million"), or "have had exposure",
// or "".
func (x *extractor) everHeld(q *number.Quantity) string {
	for j := 0; j+1 < len(x.toks); j++ {
		if x.isAt(j, roleEver) && x.clause[j] == x.clause[q.Tok] && x.isAt(j+1, roleHolderVerb) {
			return x.quoteToks(j, j+2)
		}
		if j > 0 && x.lower(j) == "had" && x.lower(j+1) == "exposure" && (x.lower(j-1) == "have" || x.lower(j-1) == "has") && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j-1, j+2) // "1.95 million Australians have had exposure to cryptocurrencies"
		}
	}
	return ""
}

// foundBefore reports whether the sentence has read a figure of metric m before token tok.
func (x *extractor) foundBefore(m Metric, tok int) bool {
	for _, f := range x.founds {
		if f.metric == m && f.tok < tok {
			return true
		}
	}
	return false
}

// startedInvesting: the people counted "started" or "began" to invest, within a few
// words after the count ("5 million people started investing in the sector",
// "começaram a investir"): those who joined, not all who hold.
func (x *extractor) startedInvesting(q *number.Quantity) string {
	for j := q.TokEnd; j+1 < len(x.toks) && j <= q.TokEnd+windowStarted && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.isAt(j, roleBegan) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
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

// peopleServed is the words by which a count of people is what something is given for
// ("to provide Covid-19 vaccines for over 4 million Finnish citizens"): "for" before the
// count and no verb of holding after its noun. "" otherwise.
func (x *extractor) peopleServed(q *number.Quantity) string {
	if x.lower(q.Tok-1) != "for" {
		return ""
	}
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+windowPeopleFront && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.isAt(j, roleHolderVerb, roleShareVerb) || x.cues[j]&cueCrypto != 0 {
			return "" // "for 2 million people who own crypto"
		}
	}
	return x.quoteToks(q.Tok-1, q.TokEnd)
}

// clauseBreakBetween reports whether a comma and a new subject's verb stand between tokens
// i and j ("that still hold their cryptoassets, half have more than £300"): what follows
// is said of another group.
func (x *extractor) clauseBreakBetween(i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if x.punct(k) == ',' && (x.cues[k+2]&cueHave != 0 || x.isAt(k+2, roleHolderVerb)) {
			return true
		}
	}
	return false
}

// countryWhichHas is the words by which a relative clause gives the people of the
// country it describes ("Bhutan, which has less than a million people, is ..."), when
// nothing after the count in its clause speaks of crypto; "" otherwise.
func (x *extractor) countryWhichHas(q *number.Quantity) string {
	if w := x.lower(q.Tok - 1); w != "has" && w != "had" && w != "have" || !isPeopleNoun(x.lower(q.TokEnd)) {
		return ""
	}
	if w := x.lower(q.Tok - 2); w != "which" && w != "that" || x.punct(q.Tok-3) != ',' {
		return ""
	}
	named := x.isAt(q.Tok-4, roleCountryNoun)
	for _, m := range x.ments {
		named = named || m.TokEnd == q.Tok-3
	}
	if !named {
		return ""
	}
	for j := q.TokEnd; j < len(x.toks) && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.cues[j]&(cueCrypto|cueCryptoPeople) != 0 || x.isAt(j, roleHolderVerb) {
			return ""
		}
	}
	return x.quoteToks(q.Tok-2, q.TokEnd+1)
}

// accordingTo reports whether token j is in a phrase naming a source ("According to
// BrokerChooser and the comparison platform, there are ..."): the source, not the subject.
func (x *extractor) accordingTo(j int) bool {
	for k := j - 1; k >= 0 && k >= j-windowSource && x.punct(k) != ','; k-- {
		if w := x.lower(k); w == "according" && x.lower(k+1) == "to" || w == "acordo" && x.lower(k+1) == "com" || w == "según" || w == "selon" {
			return true
		}
	}
	return false
}

// holdingMoreThan is the words by which the clause counts only the people holding more
// than an amount ("have invested more than W100 million a head", "hold over $1 million
// in crypto each"), or "".
func (x *extractor) holdingMoreThan(q *number.Quantity) string {
	for j := q.TokEnd; j+2 < len(x.toks) && j < q.TokEnd+windowPeopleFront && x.clause[j] == x.clause[q.Tok]; j++ {
		if !x.isAt(j, roleHolderVerb) {
			continue
		}
		k := j + 1
		switch {
		case x.lower(k) == "more" && x.lower(k+1) == "than", x.lower(k) == "at" && x.lower(k+1) == "least":
			k += 2
		case x.lower(k) == "over" || x.lower(k) == "above":
			k++
		default:
			continue
		}
		if k < len(x.toks) && (x.toks[k].Kind == lex.Number || strings.ContainsAny(x.quoteToks(k, k+1), "0123456789")) {
			return x.quoteToks(j, k+1)
		}
		if k+1 < len(x.toks) && x.isPunct(k) && x.punct(k) != ',' && x.toks[k+1].Kind == lex.Number {
			return x.quoteToks(j, k+2) // "more than $1"
		}
	}
	// "25.126 pessoas físicas teriam, ao final de 2022, pelo menos 0,05 Bitcoin": a
	// verb of having, then an amount of coins or money given as a floor.
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+windowVerbAfterPeople && x.lower(j) != "and"; j++ {
		if !x.isAt(j, roleHadOnce) && (!x.isAt(j, roleHolderVerb) && x.cues[j]&cueHave == 0 || strings.HasSuffix(x.lower(j+1), "ed")) {
			continue // not "has processed more than $20 billion": an auxiliary
		}
		for k := range x.qs {
			o := &x.qs[k]
			if o.Tok > j && o.Tok <= j+windowFloorAfterVerb && x.clause[o.Tok] == x.clause[j] && !x.clauseBreakBetween(j, o.Tok) &&
				(o.Approx == number.Over || o.Approx == number.AtLeast) &&
				(o.Unit == number.BTC || o.Unit == number.USD || o.Unit == number.OtherCurrency) {
				return x.quoteToks(j, j+1) + " … " + x.quoteToks(o.Tok, o.TokEnd)
			}
		}
	}
	return ""
}

// whoHold is the verb of a relative clause that makes a bare count people holding
// crypto ("Of the 1.9 million that still hold their cryptoassets"), or -1.
func (x *extractor) whoHold(q *number.Quantity) int {
	j := q.TokEnd
	if w := x.lower(j); w != "that" && w != "who" {
		return -1
	}
	j++
	if x.isAt(j, roleStill) {
		j++
	}
	if x.isAt(j, roleHolderVerb, roleShareVerb) && x.sentenceHas(cueCrypto) {
		return j
	}
	return -1
}

// walletWith returns the words of a wallet "with" the count q of users ("Lemon, la
// billetera virtual con más de 5,5 millones de usuarios"): one firm's users. A state's
// wallet holds coins, not people, so the words are asked of people counts only.
func (x *extractor) walletWith(q *number.Quantity) string {
	for j := max(0, q.Tok-windowWalletWith); j < q.Tok; j++ {
		if !x.isAt(j, roleWalletApp) || x.clause[j] != x.clause[q.Tok] {
			continue
		}
		for k := j + 1; k < q.Tok; k++ {
			if x.isAt(k, roleWith) {
				return x.quoteToks(j, k+1)
			}
		}
	}
	return ""
}

// holdersAre returns the words of a clause whose subject is people who hold crypto and
// whose copula gives their count: "le persone che possiedono crypto-asset sono circa 2,8
// milioni", "the people who own crypto are about 4 million".
func (x *extractor) holdersAre(q *number.Quantity) string {
	k := q.Tok - 1
	if q.Unit != number.NoUnit || !(q.Magnitude || q.Value >= 1000) || !x.isAt(k, roleBe, roleCopula, roleIsNow) {
		return ""
	}
	for p := k - 1; p >= 0 && p >= k-windowHoldersAre && x.clause[p] == x.clause[q.Tok]; p-- {
		if !isPeopleNoun(x.lower(p)) {
			continue
		}
		for j := p + 1; j < k; j++ {
			if x.isAt(j, roleHolderVerb, roleShareVerb) {
				return x.quoteToks(p, k+1)
			}
		}
	}
	return ""
}
