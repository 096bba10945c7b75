package data

import (
	"strings"

	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// What bears on a figure: the words before and after it within a window, its clause,
// plans, hedges and negations, parts and additions, and the list item it stands in.

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

// valueSetOff is the dollar figure set off by commas right after token end, with the
// words that value it (", valued at around $7 billion,"), or nil.
func (x *extractor) valueSetOff(end int) *number.Quantity {
	if x.punct(end) != ',' {
		return nil
	}
	for k := range x.qs {
		o := &x.qs[k]
		if o.Unit == number.USD && o.Tok > end && o.Tok <= end+4 && x.punct(o.TokEnd) == ',' {
			for j := end + 1; j < o.Tok; j++ {
				if x.cues[j]&cueValue != 0 {
					return o
				}
			}
		}
	}
	return nil
}

// governing is governed, returning the word that bears on the figure ("" when none).
func (x *extractor) governing(tok, end int, c cue) string {
	from := tok - windowGovernFront
	for j := tok - 1; j >= 0 && j >= from; j-- {
		if x.figureAt(j) || x.clause[j] != x.clause[tok] {
			break
		}
		if x.punct(j) == ',' {
			// "the sale, in 2014, of 30,000 bitcoins": a short phrase set off by commas
			// stands aside; the word before it governs.
			for k := j - 1; k > 0 && k >= j-windowSetOff; k-- {
				if x.punct(k) == ',' {
					from -= j - k + 1
					j = k
					break
				}
				if x.isPunct(k) || x.cues[k]&c != 0 {
					break
				}
			}
			continue
		}
		if x.cues[j]&c != 0 && !x.negated(j) {
			return x.quoteToks(j, j+1)
		}
		if c == cueLoss && x.cues[j]&cueSeize != 0 {
			break // "repay fraud victims after seizing 3,200 BTC": the seizure governs it
		}
	}
	// ", which was sold through auctions": a relative clause right after the figure, or
	// after the value that restates it (", valued at around $7 billion, which it seized in
	// 2018"), says what became of it.
	rel := end
	if o := x.valueSetOff(end); o != nil {
		rel = o.TokEnd
	}
	if x.punct(rel) == ',' && (x.lower(rel+1) == "which" || x.lower(rel+1) == "that") {
		for j := rel + 2; j < len(x.toks) && j < rel+6; j++ {
			if x.cues[j]&c != 0 && !x.negated(j) {
				return x.quoteToks(j, j+1)
			}
		}
	}
	for j := end; j < len(x.toks) && j < end+windowGovernBack; j++ {
		if x.figureAt(j) || x.punct(j) == ',' || x.punct(j) == ';' || x.isAt(j, roleOpener) {
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

// plannedWord returns the word that makes a figure planned or hypothetical, or "": a
// plan word shortly before it ("plans to buy 1,000 BTC", "set to expand to 600 MW"), a
// plan noun closing its phrase ("a 2,000MW Bitcoin Mining Plan"), a target year after
// it ("500 megawatts by 2025"), or a conditional sentence ("If they were to buy ...").
func (x *extractor) plannedWord(q *number.Quantity) string { return x.planWord(q, true) }

// planWord is plannedWord; a target year counts only when targetYear is set (a loan
// "repayable by 2035" is granted, its year a horizon).
func (x *extractor) planWord(q *number.Quantity, targetYear bool) string {
	if x.grantedAfter(q) {
		return "" // "access to $337 million from the nearly $3 billion bailout approved in 2023"
	}
	if x.nowBefore(q) {
		return "" // "If approved, the measure would put it ahead of El Salvador, which currently holds 6,276 BTC"
	}
	rankOnly := x.rankConditional()
	if x.near(q.Tok, windowPlan, 0)&cuePlan != 0 && !rankOnly {
		if t := x.nearTok(q.Tok, windowPlan, cuePlan); !x.colonBetween(t, q.Tok) && !x.decidingAbout(t, q.Tok) && !x.approvedPlan(t) && !x.noPlan(t) &&
			!x.aimAfter(t, q) {
			return x.quoteToks(t, t+1)
		}
	}
	if w := x.loanRequested(q); w != "" && !x.approvedBefore(q) {
		return w
	}
	if x.lower(q.TokEnd) == "of" && x.isAt(q.TokEnd+1, roleRequestNoun) {
		return x.quoteToks(q.TokEnd, q.TokEnd+2) // "received up to 4.6 GW of requests from miners": power asked for
	}
	for j := max(0, q.Tok-windowImminent); j+1 < q.Tok; j++ {
		if n := x.imminentAt(j); n > 0 && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j, j+n) // "is about to finalize a $1.3 billion loan", "est sur le point de finaliser un accord de prêt de"
		}
	}
	for j := max(0, q.Tok-windowPlan); j+1 < q.Tok; j++ {
		if w := x.lower(j); (w == "set" || w == "prepared" || w == "ready" || w == "willing") && x.lower(j+1) == "to" && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j, j+2) // "are set to expand to 1,000 MW", "is prepared to make available"
		}
		if j > 0 && x.lower(j) == "going" && x.lower(j+1) == "to" && x.isAt(j-1, roleBe) && x.clause[j] == x.clause[q.Tok] {
			return "going to" // "is going to hit 150 million users in 2024"
		}
		if x.lower(j) == "hoping" && (x.isAt(j-1, roleBe) || x.isAt(j-2, roleBe)) && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j-1, j+1) // "Pakistan is now hoping for a bigger loan programme", not "adopted it hoping to cut fees"
		}
		if j > 1 && x.lower(j) == "to" && x.isAt(j-1, roleBe) && x.toks[j+1].Kind == lex.Word && x.lower(j+1) != "be" &&
			x.cues[j+1]&cueCrypto == 0 && x.clause[j] == x.clause[q.Tok] &&
			x.stateSubjectEndsAt(j-2) { // a state or lender, not "the strategy is to"
			return x.quoteToks(j-1, j+2) // "The IMF is to provide a $52.8 million loan"
		}
		if w := x.lower(j + 1); x.lower(j) == "on" && (w == "course" || w == "track") && x.lower(j+2) == "to" && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j, j+3) // "on course to consume eight terawatt hours this year"
		}
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+windowNounAfter+1; j++ {
		if x.isPunct(j) {
			break
		}
		// Not a loan's "plan", the programme itself: "the country's $1.4 billion loan plan"
		// (a "loan proposal" or "loan request" is still a plan).
		if x.isAt(j, rolePlanNoun) && !x.approvedBefore(q) && !(x.lower(j) == "plan" && x.cues[j-1]&cueLoan != 0) {
			return x.quoteToks(j, j+1)
		}
	}
	if w := x.futureVerbAfter(q); w != "" {
		return w
	}
	// "$1 billion in financing that El Salvador is seeking from the IMF"
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+windowSeekAfter && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.isAt(j, roleSeek) && !x.aimAfter(j, q) {
			return x.quoteToks(j, j+1)
		}
	}
	if w := x.headlineFuture(q); w != "" {
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
		if !targetYear || x.changeVerb(q.Tok, 6) >= 0 {
			break // "the holdings grew to 1,240 coins by March": a past change, not a target
		}
		if d.Prep == "by" && d.Tok >= q.TokEnd && d.Tok <= q.TokEnd+windowTargetYear && x.clause[d.Tok] == x.clause[q.Tok] {
			return x.quoteToks(d.Tok-1, d.TokEnd)
		}
	}
	if x.isAt(0, roleStartsIf) && !rankOnly {
		return x.quoteToks(0, 1)
	}
	// "it's like giving a $1.2 trillion loan to the USA", "as if it held": an analogy.
	for j := 0; j+1 < q.Tok; j++ {
		if x.clause[j] != x.clause[q.Tok] {
			continue
		}
		if w, n := x.lower(j), x.lower(j+1); w == "like" && strings.HasSuffix(n, "ing") || w == "as" && n == "if" {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// imminentAt returns how many words at token j say that what follows is about to happen
// ("about to", "on the verge of", "close to finalizing", "sur le point de", "a punto
// de"), or 0.
func (x *extractor) imminentAt(j int) int {
	if x.lower(j) == "close" && x.lower(j+1) == "to" && strings.HasSuffix(x.lower(j+2), "ing") {
		return 3 // not "close to $1 billion": a qualifier
	}
	for _, p := range imminentPhrases {
		if x.wordsAt(j, p) {
			return len(p)
		}
	}
	return 0
}

// wordsAt reports whether the words from token j are ws.
func (x *extractor) wordsAt(j int, ws []string) bool {
	for k, w := range ws {
		if x.lower(j+k) != w {
			return false
		}
	}
	return true
}

// approvedPlan reports whether the plan noun at token t is one a lender approved: "the
// IMF approved a plan of 638 million US dollars to help Benin", "a approuvé mercredi un
// plan d'aide": a programme granted, not a plan.
func (x *extractor) approvedPlan(t int) bool {
	if !x.isAt(t, rolePlanNoun) {
		return false
	}
	for j := max(0, t-3); j < t; j++ {
		if x.isAt(j, roleApprove, roleAdopt) && x.clause[j] == x.clause[t] {
			return true
		}
	}
	return false
}

// nowBefore reports whether "now" or "currently" stands shortly before the figure in its
// clause: "which currently holds around 6,276 BTC", "as it now holds 5,700 Bitcoins" is
// today's, whatever the sentence supposes or pledges around it.
func (x *extractor) nowBefore(q *number.Quantity) bool {
	for j := max(0, q.Tok-windowNow); j < q.Tok; j++ {
		if x.isAt(j, roleNow) && x.clause[j] == x.clause[q.Tok] {
			return true
		}
	}
	return false
}

// noPlan reports whether the plan word at token t is denied: "there are currently no
// announced sales planned".
func (x *extractor) noPlan(t int) bool {
	for j := max(0, t-3); j < t; j++ {
		if x.cues[j]&cueNegation != 0 {
			return true
		}
	}
	if x.isAt(t, roleTalks) {
		// "Après quatre ans de négociations, le FMI a approuvé un prêt": the talks are over
		for j := range x.toks {
			if x.clause[j] == x.clause[t] && x.isAt(j, roleApprove, roleAdopt) && !x.negated(j) {
				return true
			}
			if x.clause[j] == x.clause[t] && x.isAt(j, roleReached) && x.roleBetween(j, min(j+4, len(x.toks)), roleAgreement) {
				return true // "Tras más de tres años de negociaciones, ... llegaron a un acuerdo"
			}
		}
	}
	if x.isAt(t, roleProvidesFor) {
		// "um acordo que prevê a limitação ... em troca de um pacote de US$ 1,4 bilhão",
		// "l'accord prévoit": what an agreement lays down, not a plan
		for j := max(0, t-3); j < t; j++ {
			if x.cues[j]&(cueProgram|cueLoan) != 0 {
				return true
			}
		}
	}
	if x.isAt(t, roleWorks) {
		// "The construction of the 100-megawatt data centre ... has been completed": built
		for j := range x.toks {
			if x.clause[j] == x.clause[t] && x.isAt(j, roleCompleted) && !x.isAt(j-1, rolePartly) {
				return true
			}
		}
	}
	return false
}

// rankConditional reports whether what the sentence supposes is only a ranking's order:
// "If the ranking were based on the number of owners, India would rank first with 93
// million people": the counts are stated, the order is what would change.
func (x *extractor) rankConditional() bool {
	if !x.sentenceHas(cueRank) {
		return false
	}
	for j := 0; j+1 < len(x.toks); j++ {
		if w := x.lower(j); (w == "would" || w == "could") && x.cues[j+1]&cueRank != 0 {
			return true
		}
	}
	return false
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
		if x.isAt(j, roleFutureAux) && x.cues[min(j+1, len(x.cues)-1)]&cueRank == 0 { // not "China would rank second"
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

// toSell is the plan and the verb of selling or keeping right before the figure when
// what is to come is done with coins held now: "The UK government is preparing to sell
// 61,000 Bitcoin", "is seeking to retain about 61,000 bitcoins", "busca retener".
func (x *extractor) toSell(q *number.Quantity) string {
	v := q.Tok - 1
	keep := x.isAt(v, roleKeepVerb)
	if !x.isAt(v, roleSellVerb) && !keep || !x.isAt(v-1, roleInfinitive) && !(keep && x.cues[v-1]&cuePlan != 0) {
		return ""
	}
	if w := x.plannedWord(q); w != "" && (keep || x.governing(q.Tok, q.TokEnd, cueSeize|cuePurchase) == "") {
		if x.cues[v-1]&cuePlan != 0 {
			return x.quoteToks(v-1, v+1) // "buscando retener"
		}
		return w + " … " + x.quoteToks(v-1, v+1)
	}
	return ""
}

// plannedOrClause is plannedWord, or a plan word anywhere before the figure in its
// clause ("the government has proposed a bill that will limit supply to new farms to
// 100 MW"), or a target the figure is raised to ("working on expanding Bhutan's mining
// capacity to 600MW").
func (x *extractor) plannedOrClause(q *number.Quantity) string {
	if w := x.plannedWord(q); w != "" {
		return w
	}
	if x.isAt(q.TokEnd, roleNow) || x.nowBefore(q) {
		return "" // "... to 270 MW from 2026, down from 300 MW today", "as it now holds 5,700 Bitcoins"
	}
	if w := x.nearWord(q.Tok, q.Tok, 0, cuePlan); w != "" && !x.decidingAbout(x.nearTok(q.Tok, q.Tok, cuePlan), q.Tok) && !x.rankConditional() &&
		!x.noPlan(x.nearTok(q.Tok, q.Tok, cuePlan)) {
		return w
	}
	// "The first phase of development consists of 200MW of mining capacity": a project's
	// phase is its plan, unless the sentence says it runs.
	if w := x.roleBefore(q, rolePhase); w != "" && q.Unit == number.PowerMW && !x.roles.has(roleRunning) {
		return w
	}
	// "a commencé la construction d'une installation de minage de 20 MW": a site being
	// built, unless the clause says the works are done.
	if q.Unit == number.PowerMW {
		for j := 0; j < q.Tok; j++ {
			if x.isAt(j, roleWorks) && x.clause[j] == x.clause[q.Tok] && !x.noPlan(j) {
				return x.quoteToks(j, j+1)
			}
			if x.isAt(j, rolePartly) && x.isAt(j+1, roleCompleted) && x.clause[j] == x.clause[q.Tok] {
				return x.quoteToks(j, j+2) // "Bitfarms' partially completed 200-megawatt mine": still being built
			}
		}
	}
	if x.lower(q.Tok-1) == "to" {
		for j := max(0, q.Tok-7); j < q.Tok-1; j++ {
			// not "acquired 30 BTC, raising its total reserves to 6,190.18 BTC": a gerund
			// after a comma or "and" tells what was done
			consequence := strings.HasSuffix(x.lower(j), "ing") && (x.punct(j-1) == ',' || x.lower(j-1) == "and")
			if x.isAt(j, roleExpand) && x.clause[j] == x.clause[q.Tok] && !x.doneBy(j) && !consequence {
				return x.quoteToks(j, j+1) + " … to"
			}
		}
		// "received the permits to increase the power draw of its Rio Cuarto mining
		// facility in Argentina to 100 MW": an infinitive of raising, further back.
		for j := max(1, q.Tok-windowRaiseTo); j < q.Tok-7; j++ {
			if x.lower(j-1) == "to" && x.isAt(j, roleExpand) && x.clause[j] == x.clause[q.Tok] {
				return x.quoteToks(j-1, j+1) + " … to"
			}
		}
	}
	return ""
}

// doneBy: the raise at token j is how something already done was done: "has expanded
// its commitment to mining by increasing the power allocation to 600 MW".
func (x *extractor) doneBy(j int) bool {
	if j == 0 || x.lower(j-1) != "by" {
		return false
	}
	for k := 0; k < j-1; k++ {
		if x.clause[k] == x.clause[j] && x.cues[k]&cueHave != 0 && x.lower(k) != "having" {
			return true
		}
	}
	return false
}

// nearTok is the token of the word of class c nearest before token i in its window and
// clause, or i when there is none.
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

// imagined: the figure follows words that open a likeness or a supposition ("That's like
// the U.S. holding over $7 trillion worth of Bitcoin", "as if France held", "como si",
// "comme si", "imagine"): a figure made up for scale. It returns those words.
func (x *extractor) imagined(q *number.Quantity) string {
	for j := 0; j < q.Tok; j++ {
		switch {
		case x.lower(j) == "like" && j <= 4 && x.isAt(0, roleDemonstrative) && (j == 1 || x.isAt(j-1, roleCopula)): // "That's" is one token, its "'s" dropped
			return x.quoteToks(0, j+1) // "That's like", "It is like"
		case x.isAt(j, roleAsIf) && x.isAt(j+1, roleIfWord) && x.clause[j] == x.clause[q.Tok]: // not "como se sabe", as is known
			return x.quoteToks(j, j+2)
		case x.isAt(j, roleImagine) && j <= 1:
			return x.quoteToks(j, j+1) // "Imagine the UK holding ..."
		}
	}
	return ""
}

// aimAfter reports whether the plan word at t comes after the figure, set off by a comma
// and followed by an infinitive: "tiene $550 millones en BTC, buscando romper la
// dependencia", "holds 500 BTC, hoping to double it": what the holder aims at next, not
// the figure.
func (x *extractor) aimAfter(t int, q *number.Quantity) bool {
	if t < q.TokEnd || t+1 >= len(x.toks) {
		return false
	}
	comma := false
	for k := q.TokEnd; k < t; k++ {
		comma = comma || x.punct(k) == ','
	}
	if !comma {
		return false
	}
	w := x.lower(t + 1)
	return w == "to" || len(w) > 4 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")) && !x.toks[t+1].Is(lex.Capital)
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

// comparedTo: "He compared this to the 1,000-megawatt capacity of the Bushehr plant",
// "compared with 450 MW in Kenya": a figure brought in to compare, not stated of the
// country.
func (x *extractor) comparedTo(q *number.Quantity) string {
	if x.lower(q.Tok-1) == "the" && x.lower(q.Tok-2) == "than" {
		return x.quoteToks(q.Tok-2, q.TokEnd) // "more Romanians on crypto platforms than the 178,000 investors on the exchange"
	}
	// "quasi il doppio dei 27,4 milioni dell'India", "nearly twice the 27.4 million of
	// India": the figure another is a multiple of.
	if j := q.Tok - 2; x.isAt(j, roleTimes) && (x.isAt(j+1, roleOf) || x.isAt(j+1, roleTheMany) || x.lower(j+1) == "dei" || x.lower(j+1) == "des") {
		return x.quoteToks(j, q.TokEnd)
	}
	// "Au lieu des 200 000 BTC environ que les outils avaient dénombré", "instead of the
	// 200,000 BTC often cited": a figure the sentence sets aside for another.
	for j := max(0, q.Tok-4); j+1 < q.Tok; j++ {
		if setAsidePairs[[2]string{x.lower(j), x.lower(j + 1)}] {
			return x.quoteToks(j, j+2)
		}
	}
	// "more than the Netherlands, which consumed 106 TWh": the compared country's figure.
	for j := max(0, q.Tok-8); j < q.Tok; j++ {
		if x.lower(j) != "than" {
			continue
		}
		for k := j + 1; k < q.Tok && k <= j+5; k++ {
			if w := x.lower(k); w == "that" || w == "which" || w == "whose" {
				return x.quoteToks(j, k+1)
			}
		}
	}
	// "more electricity than whole countries like Norway (124 TWh) or Chile (74 TWh)", "mais
	// eletricidade do que países inteiros como a Noruega (124 TWh)": the power or energy
	// of the countries compared after "than" is theirs, not their miners' (a compared
	// country's coins are still its holding: "more Bitcoin than Bhutan's 10,635 BTC").
	for j := max(0, q.Tok-windowThanCountry); j < q.Tok && (q.Unit == number.EnergyTWh || q.Unit == number.PowerMW); j++ {
		if x.lower(j) != "than" && !(x.lower(j) == "do" && x.lower(j+1) == "que") && !x.romanceThan(j) || x.clause[j] != x.clause[q.Tok] {
			continue
		}
		for _, m := range x.ments {
			if m.Tok > j && m.TokEnd <= q.Tok {
				return x.quoteToks(j, j+1) + " … " + x.quoteToks(m.Tok, m.TokEnd)
			}
		}
	}
	// "more than the current electricity consumption of Colombia, which in 2021 reached
	// 70 TWh", "superior al consumo eléctrico actual de Colombia, que 2021 alcanzó los
	// 70,2 TWh": the power or energy of what is compared, in a relative clause after it.
	for j := max(0, q.Tok-windowThanCountry); j < q.Tok && (q.Unit == number.EnergyTWh || q.Unit == number.PowerMW); j++ {
		if x.lower(j) != "than" && !(x.isAt(j, roleSuperior) && x.isAt(j+1, roleCompareLink)) || x.figureBetween(j, q.Tok) {
			continue
		}
		for k := j + 2; k+1 < q.Tok; k++ {
			if x.punct(k) == ',' && x.isAt(k+1, roleRelPronoun) {
				return x.quoteToks(j, j+1) + " … " + x.quoteToks(k+1, k+2)
			}
		}
	}
	for j := max(0, q.Tok-6); j < q.Tok; j++ {
		if x.isAt(j, roleCompareVerb) && x.clause[j] == x.clause[q.Tok] {
			for k := j + 1; k < q.Tok; k++ {
				if v := x.lower(k); v == "to" || v == "with" {
					if x.possessiveBefore(q.Tok, k) {
						return "" // "compared to El Salvador's more than 5,800 Bitcoins": its own figure, stated
					}
					return x.quoteToks(j, k+1)
				}
			}
		}
	}
	return ""
}

// possessiveBefore reports whether a country's possessive stands between token from and
// the figure at tok, owning it: "compared to El Salvador's 5,800".
func (x *extractor) possessiveBefore(tok, from int) bool {
	for _, m := range x.ments {
		if m.Tok > from && m.TokEnd <= tok && m.TokEnd >= tok-2 && m.Possessive {
			return true
		}
	}
	return false
}

// pastFigure: "up from 450 MW a year earlier", "down from 6,000 BTC": the figure a current
// one is compared with.
func (x *extractor) pastFigure(q *number.Quantity) string {
	if x.isAt(q.TokEnd, roleNow) {
		return "" // "down from 300 MW today": today's, against a planned one
	}
	// A holding as it stood at a past moment (a loan's size does not change with time):
	// "Its total reserves of more than 11,000 coins, worth $1.4 billion, represented over
	// 40% of GDP at the time", "At the time of seizure of bitcoins, ... its total value
	// was estimated at $500 million" (not "at the time of writing").
	if q.Unit == number.BTC || q.Unit == number.USD && !x.sentenceHas(cueLoan|cueProgram) {
		for j := q.TokEnd; j+2 < len(x.toks); j++ {
			if x.atTheTime(j) && !x.ofWriting(j+3) {
				return x.quoteToks(j, j+3)
			}
		}
		if x.atTheTime(0) && x.lower(3) == "of" && !x.ofWriting(3) {
			return x.quoteToks(0, 5)
		}
	}
	for j := 0; j+2 < q.Tok; j++ {
		// "at the time, the nation's total BTC holdings were 700 BTC": fronted, a past moment
		if x.atTheTime(j) && x.punct(j+3) == ',' && (j == 0 || x.isPunct(j-1)) {
			return x.quoteToks(j, j+3)
		}
	}
	from := q.Tok - 1
	if x.lower(from) == "the" {
		from-- // "up from the 5,000,000 in 2022"
	}
	if x.isAt(from, roleFrom) && x.isAt(from-1, rolePast) || x.isAt(from, roleChangeFrom) && x.isAt(from-1, roleChange) {
		return x.quoteToks(from-1, q.Tok) // "up from 450 MW", "sono aumentate da 6.101,15 BTC il 4 marzo a 6.189,18 BTC"
	}
	// "increases the arrangement from the $3 billion originally approved in December 2022
	// to $8 billion": the level a change started from, words between it and "to".
	if x.isAt(from, roleChangeFrom) {
		for _, o := range x.qs {
			if o.Tok > q.TokEnd && o.Tok <= q.TokEnd+windowChangedFrom && x.lower(o.Tok-1) == "to" && x.clause[o.Tok] == x.clause[q.Tok] {
				if w := x.changedFrom(o.Tok - 1); w != "" {
					return x.quoteToks(from, q.Tok) + " … to " + x.quoteToks(o.Tok, o.TokEnd)
				}
			}
		}
	}
	// "wurden von 49.857 BTC auf 23.788 BTC reduziert", "went from 6,000 BTC to 4,100 BTC":
	// the level a change started from, wherever the clause puts its verb. A fall needs no
	// verb; a rise does, or it may be a range.
	if x.isAt(q.Tok-1, roleChangeFrom) && x.isAt(q.TokEnd, roleToward) {
		for _, o := range x.qs {
			if o.Tok == q.TokEnd+1 && o.Unit == q.Unit && (o.Value < q.Value || x.roleInClause(q.Tok, roleChange) != "") {
				return x.quoteToks(q.Tok-1, o.TokEnd)
			}
		}
	}
	// "sind von 6.109 BTC zum Zeitpunkt der IWF-Vereinbarung auf 6.349 BTC": German
	// "von ... auf" is a change, words between or not, and with no verb in sight.
	if x.isAt(q.Tok-1, roleLevelFrom) {
		for _, o := range x.qs {
			if o.Tok > q.TokEnd && o.Tok <= q.TokEnd+windowChangedFrom && o.Unit == q.Unit && x.isAt(o.Tok-1, roleLevelTo) && x.clause[o.Tok] == x.clause[q.Tok] {
				return x.quoteToks(q.Tok-1, q.TokEnd) + " … auf " + x.quoteToks(o.Tok, o.TokEnd)
			}
		}
	}
	// "die gigantische Menge an Bitcoins (ursprünglich 49.857 BTC)", "the 600 MW
	// originally allotted": the size before a change. Not a loan's: "the loan, initially
	// for $3.6 billion" is its size as approved, often still its size.
	for j := max(0, q.Tok-2); j <= q.TokEnd && q.Unit != number.USD; j++ {
		if j == q.Tok {
			j = q.TokEnd
		}
		if x.isAt(j, roleOriginally) && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j, j+1)
		}
	}
	// "Inizialmente la Sassonia possedeva 50.000 Bitcoin": opening the sentence, it dates
	// the whole clause.
	if x.isAt(0, roleOriginally) && x.clause[0] == x.clause[q.Tok] && q.Unit != number.USD {
		return x.quoteToks(0, 1)
	}
	// "up from 10% (around five million adults) in 2022": the count of an earlier share.
	if x.punct(q.Tok-1) == '(' {
		for _, o := range x.qs {
			if o.TokEnd == q.Tok-1 && o.Unit == number.Percent && x.lower(o.Tok-1) == "from" && x.isAt(o.Tok-2, rolePast) {
				return x.quoteToks(o.Tok-2, o.TokEnd)
			}
		}
	}
	// "the overall loan amount of $4.7 billion has been raised to $5.5 billion": the figure
	// a change started from.
	for j := q.TokEnd; j+1 < len(x.toks) && j < q.TokEnd+4 && x.clause[j] == x.clause[q.Tok]; j++ {
		if w := x.lower(j); (is(w, roleChange) || is(w, roleExpand) || w == "raised" || w == "revised" || w == "cut" || w == "reduced") &&
			x.lower(j+1) == "to" && x.figureAt(j+2) {
			return x.quoteToks(q.TokEnd, j+2)
		}
	}
	if w := x.changedLater(q); w != "" {
		return w // "a $6 billion IMF programme in 2019, which was increased to $7bn"
	}
	// "down from an all-time high of over 13,000 BTC": the phrase after "from" names it;
	// "from the peak of 500 megawatts": a peak left behind, whatever came before "from".
	if x.isAt(q.Tok-1, roleOf) {
		for j := q.Tok - 2; j >= 1 && j >= q.Tok-7 && (!x.isPunct(j) || lex.IsHyphen(x.punct(j))) && !x.figureAt(j); j-- {
			if x.lower(j) == "from" && x.isAt(j-1, rolePast) {
				return x.quoteToks(j-1, q.Tok)
			}
			if x.lower(j) == "from" && x.roleBetween(j, q.Tok, roleEarlier) {
				return x.quoteToks(j, q.Tok) // "dropping to just 9,094 BTC from their initial holdings of 49,857 BTC"
			}
			if x.isAt(j, rolePeak, roleHigh) && j >= 2 && (x.isAt(j-2, roleFrom) || x.isAt(j-1, roleFrom)) {
				return x.quoteToks(j-2, q.Tok)
			}
		}
	}
	// "At its peak in 2021–2022, miners consumed around 500 MW", "mining peaked at 1 GW":
	// the highest level once reached, not today's.
	if x.lower(q.Tok-1) == "at" && strings.HasPrefix(x.lower(q.Tok-2), "peak") {
		return x.quoteToks(q.Tok-2, q.Tok)
	}
	// "soared ... to a peak of 1,500MW in October": a peak is a high once reached (not
	// "a record high of", which may be where a holding stands now).
	if x.isAt(q.Tok-1, roleOf) && x.isAt(q.Tok-2, rolePeak) {
		return x.quoteToks(q.Tok-2, q.Tok)
	}
	// "at its peak", "À son plus haut", "au plus haut", "en su pico".
	for j := 0; j+2 < q.Tok; j++ {
		if w := x.lower(j); w != "at" && w != "à" && w != "au" && w != "en" {
			continue
		}
		k := j + 1
		switch x.lower(k) {
		case "its", "their", "the", "son", "sa", "leur", "su", "sus":
			k++
		}
		if w := x.lower(k); w == "plus" || w == "más" {
			k++
		}
		if k > j+1 && k < q.Tok && x.isAt(k, rolePeak, roleHigh) && !x.figureBetween(k, q.Tok) && !x.figureAt(j-1) {
			return x.quoteToks(j, k+1) // not "fallen from ~500 MW at the peak to ~150 MW": the peak is the figure before
		}
	}
	// "earlier estimates put the US at close to 200,000 BTC", "estimaciones anteriores
	// apuntaban a que Estados Unidos tenía cerca de 200.000 BTC": an estimate superseded.
	for j := 0; j+1 < q.Tok; j++ {
		if a, b := x.lower(j), x.lower(j+1); is(a, roleEarlier) && is(b, roleEstimate) || is(a, roleEstimate) && is(b, roleEarlier) {
			return x.quoteToks(j, j+2)
		}
	}
	// "its user count grew from 600,000 to over 4 million": where a change started. Without
	// a verb of change, "from X to Y" is a range ("from 12 TWh to 40 TWh").
	if x.lower(q.Tok-1) == "from" && x.toAfter(q) {
		if j := x.changeVerb(q.Tok-1, 4); j >= 0 {
			return x.quoteToks(j, q.Tok)
		}
	}
	return ""
}

// remainsOfThose reports whether the sentence opens "Of those," and says its coins are
// what is still held ("Of those, only 4,100 BTC are still held by US authorities"): what
// remains of a stock is its level, not a part of it.
func (x *extractor) remainsOfThose(q *number.Quantity) bool {
	return x.lower(0) == "of" && x.isAt(1, roleShareOf) && x.punct(2) == ',' && q.Unit == number.BTC && x.remainderWord(q.Tok) != ""
}

// partOfStated: "home-based miners consuming around 130 MW of this amount", "$25
// million of that sum": a part of a figure stated before, not a figure of its own.
func (x *extractor) partOfStated(q *number.Quantity) string {
	// "Of this, household mining accounted for no more than 100 MW."
	if x.lower(0) == "of" && x.isAt(1, roleShareOf) && x.punct(2) == ',' && !x.remainsOfThose(q) {
		return x.quoteToks(0, 2)
	}
	j := q.TokEnd
	if !x.isAt(j, roleOf) {
		return ""
	}
	if x.isAt(j+1, roleShareOf) && x.isAt(j+2, roleStatedWhole) {
		return x.quoteToks(j, j+3)
	}
	return ""
}

// toAfter reports whether "to" and another figure follow q, past its noun and its date:
// "from 9.9 million users in 2021 to 28.52 million in 2024".
func (x *extractor) toAfter(q *number.Quantity) bool {
	for j := q.TokEnd; j+1 < len(x.toks) && j <= q.TokEnd+4 && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.lower(j) == "to" {
			// "from 500MW in January to a peak of 1,500MW"
			return x.figureAt(j+1) || x.isAt(j+2, rolePeak, roleHigh) && x.isAt(j+3, roleOf) && x.figureAt(j+4)
		}
	}
	return false
}

// changeSize: "users surged by over 600,000", "increased its holdings by 4,576 BTC": the
// size of a change, not a level.
func (x *extractor) changeSize(q *number.Quantity) string {
	if x.lower(q.Tok-1) == "by" {
		if j := x.changeVerb(q.Tok-1, 4); j >= 0 {
			return x.quoteToks(j, q.Tok)
		}
	}
	return ""
}

// changeVerb returns the verb of change ("rose", "grew", "surged") among the n words
// before token i in its clause, or -1.
func (x *extractor) changeVerb(i, n int) int {
	for j := i - 1; j >= 0 && j >= i-n && x.clause[j] == x.clause[i]; j-- {
		if x.isAt(j, roleChange) || x.lower(i) == "by" && x.isAt(j, roleExpand) {
			return j // "rose by", and "to increase the loan by USD 765 million"
		}
	}
	return -1
}

// decidingAbout reports whether the plan word at t weighs what to do with a figure that
// exists ("considering how to handle the 1,666 bitcoins seized", "deciding what to do
// with its 900 BTC", "weighing whether to compensate victims after seizing 61,000
// BTC"), not a figure still to come.
func (x *extractor) decidingAbout(t, q int) bool {
	for j := t + 1; j+1 < q; j++ {
		if w := x.lower(j); (w == "how" || w == "what") && x.lower(j+1) == "to" {
			return true
		}
		// "is weighing whether to compensate the victims after seizing 61,000 Bitcoin": the
		// seizure is done; the plan is about what follows it.
		if w, n := x.lower(j), x.lower(j+1); (w == "after" || w == "since") && (strings.HasSuffix(n, "ing") || x.cues[j+1]&cueSeize != 0) {
			return true
		}
		// "le permitirá postergar la última revisión del préstamo de unos u$s 44.000
		// millones": the plan is about a review of a loan already granted.
		if x.isAt(j, roleReview) {
			for k := j + 1; k < q && k <= j+3; k++ {
				if x.cues[k]&cueLoan != 0 {
					return true
				}
			}
		}
	}
	return false
}

// punctBetween reports whether punctuation stands between tokens i and j.
func (x *extractor) punctBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if x.isPunct(k) {
			return true
		}
	}
	return false
}

// isPunct reports whether token i is punctuation.
func (x *extractor) isPunct(i int) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].Kind == lex.Punct
}

// increment: "another 420 BTC", "an additional 21 BTC": a purchase added to a holding.
func (x *extractor) increment(q *number.Quantity) string {
	if w := x.lower(q.Tok - 1); w == "by" || w == "en" {
		// "un aumento del programa en unos US$1000 millones": Spanish says "by" with "en"
		for j := max(0, q.Tok-windowIncrement); j < q.Tok-1; j++ {
			if x.isAt(j, roleChange, roleExpand) {
				return x.quoteToks(j, j+1) + " … by" // "increased its holdings by 4,576 BTC", "the extension of its loan to Honduras by $215.8 million"
			}
		}
	}
	if x.lower(q.Tok-1) == "um" {
		// German puts the verb last: "ihre Reserven um mindestens 5.000 BTC erhöht"
		for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+windowIncrement && x.clause[j] == x.clause[q.Tok]; j++ {
			if x.isAt(j, roleChange) {
				return "um … " + x.quoteToks(j, j+1)
			}
		}
	}
	if x.lower(q.Tok-1) == "mais" && q.Approx == number.Exact {
		return x.quoteToks(q.Tok-1, q.Tok) // "o país tinha comprado mais 200 bitcoins": 200 more ("mais de" is "more than")
	}
	if j := q.Tok - 1; j >= 0 && x.cues[j]&cueIncrement != 0 && x.lower(j) != "more" && x.lower(j) != "new" &&
		!(x.lower(j) == "additional" && x.near(q.Tok, windowHave, 0)&cueHave != 0 && x.clauseCues(q.Tok)&cuePurchase == 0) {
		// not "the agency also has an additional 90 bitcoins in its possession": more it holds
		return x.quoteToks(j, j+1)
	}
	if x.isAt(q.TokEnd, roleIncreaseNoun) {
		return x.quoteToks(q.TokEnd, q.TokEnd+1) // "a $5 billion augmentation to its loan program"
	}
	if x.isAt(q.Tok-1, roleAddsTo) {
		for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+2; j++ {
			if x.isAt(j, roleToward) || x.lower(j) == "a" {
				return x.quoteToks(q.Tok-1, q.Tok) + " … " + x.quoteToks(j, j+1) // "El Salvador suma 21 bitcoin a sus reservas"
			}
		}
	}
	if x.lower(q.TokEnd) == "more" && x.lower(q.TokEnd+1) != "than" && q.Unit == number.USD {
		return x.quoteToks(q.TokEnd, q.TokEnd+1) // "securing a needed $330 million more in funding"
	}
	if x.isAt(q.TokEnd, roleAddedAfter) {
		return x.quoteToks(q.TokEnd, q.TokEnd+1) // "con 50 MW adicionales en Presidente Franco"
	}
	if j := q.Tok - 2; j >= 0 && x.isAt(j+1, roleOf) && x.cues[j]&cueIncrement != 0 && x.lower(j) != "more" && x.lower(j) != "new" {
		return x.quoteToks(j, j+2) // "une augmentation de 224,8 millions de dollars", "an augmentation of $63 million"
	}
	if x.isAt(q.Tok-1, roleOf) && x.isAt(q.Tok-4, roleIncreaseNoun) && x.lower(q.Tok-3) == "in" {
		return x.quoteToks(q.Tok-4, q.Tok) // "an increase in holdings of 8 bitcoins"
	}
	return ""
}

// otherCoinListed: another coin's amount follows the figure in its clause ("the stash
// includes 212,000 BTC and 45,000 ETH"), so what is listed is the holding's make-up by
// coin, and the bitcoin figure is all its bitcoin.
func (x *extractor) otherCoinListed(q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for _, o := range x.qs {
		if o.Tok >= q.TokEnd && x.clause[o.Tok] == cl && o.Tok <= q.TokEnd+3 && x.isAt(o.TokEnd, roleOtherCoin) {
			return true
		}
	}
	return false
}

// partOf: the clause opens with a share of a whole stated before ("Of the total, 69,369
// BTC was seized from ...", "of which 94,643 BTC", "Almost half of this — 94,643 BTC").
func (x *extractor) partOf(q *number.Quantity) string {
	// "significant reserves through seizures, including a notable 69,000 BTC from the
	// Silk Road case": one item of a whole.
	for j := max(0, q.Tok-3); j < q.Tok; j++ {
		if w := x.lower(j); (w == "including" || w == "includes" || w == "included") && !x.countryWithin(j, q.Tok-j) && !x.punctBetween(j, q.Tok) &&
			!x.otherCoinListed(q) {
			return x.quoteToks(j, j+1)
		}
	}
	// "41,500 bitcoins from this confiscation": what one seizure left, not the total.
	if x.lower(q.TokEnd) == "from" {
		if w := x.lower(q.TokEnd + 1); (is(w, roleShareOf) || w == "the" || w == "one" || w == "a") && x.isAt(q.TokEnd+2, roleOneEvent) {
			return x.quoteToks(q.TokEnd, q.TokEnd+3)
		}
	}
	// "85 BTC, part of the state's 1,300 BTC": named a part right after.
	if x.punct(q.TokEnd) == ',' && x.isAt(q.TokEnd+1, roleShareWord) && x.lower(q.TokEnd+2) == "of" &&
		!x.isAt(q.TokEnd+3, roleShareOf) {
		return x.quoteToks(q.TokEnd+1, q.TokEnd+3)
	}
	cl := x.clause[q.Tok]
	// "Part of Hungary's 3,300 BTC reserve, some 400 BTC, was lent": the figure after
	// the phrase that opens with a share of a whole.
	if x.isAt(0, roleShareWord) && x.lower(1) == "of" && x.clause[0] == cl {
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
			if j == 0 && x.remainsOfThose(q) {
				continue
			}
			if opens || right || x.isAt(j-1, roleShareWord) {
				return x.quoteToks(j, j+2)
			}
		case w == "the":
			if x.isAt(j+2, roleWhole) {
				if j == 0 || x.isPunct(j-1) {
					return x.quoteToks(j, j+3) // "Of the total, ..." opens the clause
				}
			}
		}
	}
	return ""
}

// ofWhich: the figure follows a relative "of which" shortly before it ("$4.8 billion, of
// which $4.3 billion under the SRF", "dos quais", "de los cuales", "dont", "di cui",
// "davon"): a part of the figure before. It returns the relative's words.
func (x *extractor) ofWhich(q *number.Quantity) string {
	for j := max(0, q.Tok-4); j < q.Tok; j++ {
		switch {
		case x.isAt(j, roleOfWhichOne):
			return x.quoteToks(j, j+1)
		case x.isAt(j, roleOf) && j+1 < q.Tok:
			k := j + 1
			if x.isAt(k, roleTheMany) {
				k++ // "de los cuales"
			}
			if x.isAt(k, roleWhich) {
				return x.quoteToks(j, k+1)
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
		if x.clause[j] == cl && x.cues[j]&cueNegation != 0 && x.lower(j) != "no" && x.lower(j) != "without" && !x.deniesSale(j, q.Tok) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// deniesSale reports whether the negation at j denies a sale within three words after
// it, before the figure at q: "does not want to sell the confiscated 1666 BTC", "has not
// sold its coins". The coins are still held; the sentence denies only the sale.
func (x *extractor) deniesSale(j, q int) bool {
	for k := j + 1; k < q && k <= j+3; k++ {
		if x.isAt(k, roleSold, roleSellVerb) {
			return true
		}
	}
	return false
}

// roleBefore returns the first word of role r in q's clause before q, as written, or "".
func (x *extractor) roleBefore(q *number.Quantity, r role) string {
	if !x.roles.has(r) {
		return "" // no word of the sentence plays it: nothing to scan for
	}
	cl := x.clause[q.Tok]
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == cl && x.isAt(j, r) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// hedge says why a figure is not stated as true: a rumour ("rumours of a 5,000 BTC
// stash", a row marked "(rumored)"), or a question ("Does the government actually hold
// 213,519 bitcoin?").
func (x *extractor) hedge(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := max(0, q.Tok-4); j < len(x.toks) && j <= q.TokEnd+8 && x.roles.has(roleRumour); j++ {
		if x.isAt(j, roleRumour) && (j < q.Tok || x.clause[j] == cl) {
			if j >= q.TokEnd && (x.isAt(j+1, roleCrimeNoun) || x.cues[min(j+1, len(x.cues)-1)]&cueLoss != 0) {
				continue // "coins linked to an alleged fraud scheme": the crime is alleged, not the coins
			}
			return "a rumour (“" + x.quoteToks(j, j+1) + "”), not a stated figure"
		}
	}
	for j := 0; j+1 < q.Tok && x.roles.has(roleGuessers); j++ {
		if x.isAt(j, roleSomeOf) && x.isAt(j+1, roleGuessers) && x.clause[j] == x.clause[q.Tok] {
			// "Some analysts estimate the country has at least 200,000 bitcoins": a guess of
			// some, not a figure the article states.
			return "some people's guess (“" + x.quoteToks(j, j+2) + "”), not a stated figure"
		}
	}
	for j := 0; j < q.Tok && x.roles.has(roleAssumed); j++ {
		if x.isAt(j, roleAssumed) && x.clause[j] == cl {
			// "the widely assumed 200,000 BTC", "some reports claim the country possesses ..."
			return "assumed or claimed (“" + x.quoteToks(j, j+1) + "”), not a stated figure"
		}
	}
	if n := len(x.toks); n > 0 && x.punct(n-1) == '?' && x.isAt(0, roleAsk) {
		return "a question (“" + x.quoteToks(0, 1) + " …?”), not a statement"
	}
	if n := len(x.toks); n > 0 && x.punct(n-1) == '?' {
		if w := x.answeredNo(); w != "" {
			return "a question the text answers “" + w + "”, not a statement" // "200K BTC in state reserves? Unfortunately no"
		}
	}
	return ""
}

// answeredNo is the answer that follows a question when it begins by saying no ("No.",
// "Unfortunately no", "Not really"), or "".
func (x *extractor) answeredNo() string {
	rest := x.a.Text[x.sent.End:]
	rest = strings.TrimLeft(rest, " \t\r\n")
	low := strings.ToLower(rest[:min(len(rest), 24)])
	for _, lead := range answerLeads {
		for _, no := range answersNo {
			if a := lead + no; strings.HasPrefix(low, a) && (len(low) == len(a) || !isLetter(low[len(a)])) {
				return rest[:len(a)]
			}
		}
	}
	return ""
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// overPeriod: "has held about 400,000 Bitcoins over the past decade": all it held over
// the years, not what it holds.
func (x *extractor) overPeriod(q *number.Quantity) string {
	for j := q.TokEnd; j+2 < len(x.toks) && j < q.TokEnd+6; j++ {
		if x.lower(j) == "over" && x.lower(j+1) == "the" && (x.lower(j+2) == "past" || x.lower(j+2) == "last" || x.lower(j+2) == "years" || x.lower(j+3) == "years") {
			return x.quoteToks(j, j+3)
		}
	}
	// "in the past 13 years, the nation has lost 6.816 billion kWh": a span of years
	// fronted in the figure's clause.
	for j := 0; j+4 < q.Tok; j++ {
		if w := x.lower(j); (w == "in" || w == "over" || w == "during") && x.lower(j+1) == "the" && (x.lower(j+2) == "past" || x.lower(j+2) == "last") &&
			x.figureAt(j+3) && (x.lower(j+4) == "years" || x.lower(j+4) == "decades") && x.clause[j] == x.clause[q.Tok] {
			return x.quoteToks(j, j+5)
		}
	}
	return ""
}

// saysBetween reports whether a verb of saying stands between tokens i and j: what
// follows is what the firm reports, not what it has ("Arkham revealed that 61,245 BTC").
func (x *extractor) saysBetween(i, j int) bool { return x.roleBetween(i, j, roleReport) }

// theyAfterSaying reports whether the people named before a verb of saying are what
// follows's subject again ("officials' declarations showed that they collectively own").
func (x *extractor) theyAfterSaying(i, j int) bool { return x.roleBetween(i, j, rolePeoplePronoun) }

// roleBetween reports whether a word playing any of the roles rs stands between tokens i
// and j, both left out ("La empresa ... estima que hay 3 millones": a verb of estimating).
func (x *extractor) roleBetween(i, j int, rs ...role) bool {
	for k := i + 1; k < j; k++ {
		if x.isAt(k, rs...) {
			return true
		}
	}
	return false
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

// subjectBetween reports whether a country stands between tokens i and j other than
// where something is ("the largest corporate holder in China"): one that may be the
// clause's subject.
func (x *extractor) subjectBetween(i, j int) bool {
	for _, m := range x.ments {
		if m.Tok > i && m.TokEnd <= j && m.prep != "in" {
			return true
		}
	}
	return false
}

// sentenceCues ORs the cues of the whole sentence.
func (x *extractor) sentenceCues() cue { return x.sentCues }

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
		if gap < 1 || gap > 2 || m.Possessive || m.excluded || x.comparedBefore(&m, q.Tok) || x.rankedBehind(&m, q.Tok) {
			return -1
		}
		for j := m.TokEnd; j < q.Tok; j++ {
			// "China with 194,000 BTC, the United Kingdom with 61,000 BTC", "U.S. authorities
			// with 198,109 BTC": "with" joins an item to its figure as a colon would.
			if w := x.lower(j); w == "with" && j == q.Tok-1 || is(w, roleStateNoun) && x.lower(j+1) == "with" && j == m.TokEnd {
				continue
			}
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

// comparedBefore reports whether country m is named after "than" in a comparison that a
// comma closes before the figure at tok: "holds more Bitcoin than China and the UK, with
// about 198,000 BTC" is the subject's.
func (x *extractor) comparedBefore(m *namedCountry, tok int) bool {
	comma := false
	for j := m.TokEnd; j < tok; j++ {
		comma = comma || x.punct(j) == ','
	}
	if !comma {
		return false
	}
	for j := m.Tok - 1; j >= 0 && j >= m.Tok-windowThanList; j-- {
		if x.lower(j) == "than" {
			return true
		}
		if x.figureAt(j) || x.clause[j] != x.clause[m.Tok] {
			return false
		}
	}
	return false
}

// rankedBehind reports whether m is the country another is ranked behind, with the
// figure after it the other's: "China follows the US with an estimated 194,775 BTC",
// "China folgt den USA mit geschätzten 194.775 BTC", "ranks second behind the US with".
func (x *extractor) rankedBehind(m *namedCountry, tok int) bool {
	v := m.Tok - 1
	if x.isAt(v, roleDefinite) || x.lower(v) == "den" || x.lower(v) == "dem" {
		v--
	}
	if v < 1 || !x.isAt(v, roleRankedBehind) {
		return false
	}
	subject := false
	for _, o := range x.ments {
		subject = subject || o.Tok < v && x.clause[o.Tok] == x.clause[m.Tok]
	}
	if !subject {
		return false
	}
	for j := m.TokEnd; j < tok; j++ {
		if x.isAt(j, roleWithFigure) {
			return true
		}
	}
	return false
}

// romanceThan reports whether token j is the "que", "che" or "als" of a comparison a
// comparative opened a few words before: "consume más electricidad que países enteros".
func (x *extractor) romanceThan(j int) bool {
	if w := x.lower(j); w != "que" && w != "che" && w != "als" {
		return false
	}
	for k := max(0, j-3); k < j; k++ {
		if x.isAt(k, roleComparative) {
			return true
		}
	}
	return false
}

// datedInClause reports whether q's clause dates an event ("On January 22, El Salvador
// has bought 410 BTC"): a purchase on a day, not the running total "has acquired".
func (x *extractor) datedInClause(q *number.Quantity) bool {
	for _, d := range x.ds {
		if x.clause[d.Tok] == x.clause[q.Tok] && d.Prep != "since" && !isEndPrep(d.Prep) && !x.isLeadingDate(d) &&
			!(d.Tok > q.TokEnd && x.figureBetween(q.TokEnd, d.Tok)) { // not "6,234 Bitcoin ($735 million) and negotiated a $1.4 billion loan in February 2025": the loan's date
			return true
		}
	}
	return false
}

// perUnit: a power figure per machine or site ("Each 750-kilowatt container", "2 MW per
// container"). Power is a rate already: "2,000 MW every day" or "per day", as reporters
// write it, is still the country's draw.
func (x *extractor) perUnit(q *number.Quantity) bool {
	for j := max(0, q.Tok-windowHave); j < q.Tok; j++ {
		if x.lower(j) == "each" && x.clause[j] == x.clause[q.Tok] {
			return true
		}
	}
	// "four miners, supplied with energy ranging from 10 to 100 megawatts": the span of
	// several units' figures, not a total.
	if q.Range {
		for j := max(0, q.Tok-3); j < q.Tok; j++ {
			if w := x.lower(j); w == "ranging" || w == "varying" || w == "ranges" || w == "varies" {
				return true
			}
		}
	}
	// "800 thousand kilowatts are required to mine one bitcoin": the power one coin takes.
	for j := q.TokEnd; j+3 < len(x.toks) && j < q.TokEnd+6; j++ {
		if x.lower(j) == "to" && x.toks[j+1].Kind == lex.Word {
			if n := x.lower(j + 2); (n == "one" || n == "a" || n == "each" || n == "1") && x.isAt(j+3, roleCoin) {
				return true
			}
		}
	}
	w := x.lower(q.TokEnd)
	return (w == "per" || w == "each" || w == "apiece") && x.cues[min(q.TokEnd+1, len(x.cues)-1)]&cueRate == 0 &&
		!x.isAt(q.TokEnd+1, roleRateAdverb)
}

// perHead is the words that share the figure out per person after it, in its clause:
// "roughly $1,000 in bitcoin per citizen", "1.000 US-Dollar in Bitcoins pro Bürger".
func (x *extractor) perHead(q *number.Quantity) string {
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+windowPerHead && !x.isPunct(j) && !x.figureAt(j); j++ {
		if x.isAt(j, rolePerPrep) && x.isAt(j+1, rolePerHead) {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// isRate: "1 BTC a day", "per week", "every month", "daily", "achète quotidiennement 1
// BTC".
func (x *extractor) isRate(q *number.Quantity) bool {
	if x.isAt(q.Tok-1, roleRateAdverb) && q.Tok >= 2 && x.cues[q.Tok-2]&(cuePurchase|cueHold|cueLoss) != 0 {
		return true // the Romance order: the adverb between the verb and its object
	}
	// "with each piece consuming a total of 195 megawatts": per unit, before the figure.
	for j := max(0, q.Tok-windowHave); j < q.Tok; j++ {
		if x.lower(j) == "each" && x.clause[j] == x.clause[q.Tok] {
			return true
		}
		if (x.lower(j) == "per" || x.lower(j) == "pro") && x.isAt(j+1, rolePerHead) && x.clause[j] == x.clause[q.Tok] {
			return true // "holds per capita about 0.015 bitcoin", "pro Kopf rund 0,015 Bitcoin"
		}
	}
	end := q.TokEnd
	if x.punct(end) == '(' && x.punct(end+2) == ')' {
		end += 3 // "one bitcoin (BTC) every day": past the ticker in brackets
	}
	for j := end; j < len(x.toks) && j < end+3; j++ {
		w := x.lower(j)
		switch {
		case x.isPunct(j):
			return false // "4.8K BTC, per one tracker": a source, not a rate
		case is(w, roleRateWord) && j > end:
			return false // "100 MW with each site limited to 1 MW": the rate is another figure's
		case w == "per" && x.dateAt(j+1):
			return false // "6.349 BTC per 17 Juni 2025": as of a date, as Dutch and Indonesian write it
		case w == "per" && x.isAt(j+1, roleIndefinite, roleDefinite) && x.cues[min(j+2, len(x.cues)-1)]&cueValue != 0:
			return false // "190.000 BTC per un valore di circa 22,5 miliardi": Italian "for a value of"
		case is(w, roleRateWord):
			return true
		case (w == "a" || w == "an") && j+1 < len(x.cues) && x.cues[j+1]&cueRate != 0:
			return true
		case is(w, roleRatePrep) && x.isAt(j+1, roleRatePeriod):
			return true // "comprar 1 BTC por día", "1 BTC par jour"
		case is(w, roleRateAdverb):
			return true
		}
	}
	return false
}

func (x *extractor) mentionAt(tok int) *namedCountry {
	for k := range x.ments {
		if x.ments[k].Tok == tok {
			return &x.ments[k]
		}
	}
	return nil
}

// mentionEndingAt returns the country named whose last token is tok, or nil.
func (x *extractor) mentionEndingAt(tok int) *namedCountry {
	for k := range x.ments {
		if x.ments[k].TokEnd == tok+1 {
			return &x.ments[k]
		}
	}
	return nil
}

// approvedBefore reports whether the clause approves what it names before the figure:
// "The IMF approved a USD 4.7 billion loan proposal": the proposal is granted.
func (x *extractor) approvedBefore(q *number.Quantity) bool {
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] != x.clause[q.Tok] {
			continue
		}
		if x.isAt(j, roleApprove) {
			return !x.negated(j)
		}
	}
	return false
}

// grantedAfter reports whether the figure's loan is said, just after it, to have been
// approved or signed: "the nearly USD 3 billion bailout approved in 2023" is granted,
// whatever the clause around it plans.
func (x *extractor) grantedAfter(q *number.Quantity) bool {
	for j := q.TokEnd; j+1 < len(x.toks) && j <= q.TokEnd+2; j++ {
		if x.cues[j]&cueLoan != 0 && x.isAt(j+1, roleApprove) && strings.HasSuffix(x.lower(j+1), "ed") && x.lower(j-1) != "be" {
			return true
		}
	}
	return false
}

// headlineFuture: a headline's "Subject to verb" is its future tense ("IMF to provide
// $52.8 million loan to Nepal", "Bhutan to Sell 1,000 BTC"). It returns "to" and the verb.
func (x *extractor) headlineFuture(q *number.Quantity) string {
	if x.kind != Title {
		return ""
	}
	for j := 1; j < q.Tok && j <= 4; j++ {
		if x.lower(j) != "to" {
			continue
		}
		prev, next := x.toks[j-1], j+1
		if prev.Kind == lex.Word && prev.Is(lex.Capital) && next < q.Tok && x.toks[next].Kind == lex.Word &&
			x.cues[next]&cueCrypto == 0 && !x.figureAt(next) {
			return x.quoteToks(j, next+1)
		}
		return ""
	}
	// "500 MW Bitcoin mine to start operation in phases": the figure's noun phrase, then
	// "to" and a verb of what is yet to happen (not "2,000 MW to power mining": a purpose).
	for j := q.TokEnd + 1; j+1 < len(x.toks) && j <= q.TokEnd+4 && x.toks[j-1].Kind == lex.Word; j++ {
		if x.lower(j) == "to" && x.isAt(j+1, roleComingVerb) {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// stateSubjectEndsAt reports whether token k ends a name or a state's noun, past an
// acronym in brackets: "Pakistan", "the government", "the International Monetary Fund
// (IMF)".
func (x *extractor) stateSubjectEndsAt(k int) bool {
	if x.punct(k) == ')' {
		for k > 0 && x.punct(k) != '(' {
			k--
		}
		k--
	}
	return k >= 0 && x.toks[k].Kind == lex.Word && (x.toks[k].Is(lex.Capital) || x.isAt(k, roleStateNoun, roleCountryNoun))
}

// levelReached is the words by which the figure at tok is the level a count changed to
// ("has since dropped to 4,150", "rose to about 7 million"): the whole at another
// moment, not a part of it. "" when it is not.
func (x *extractor) levelReached(tok int) string {
	for j := tok - 1; j >= 1 && j >= tok-3 && x.clause[j] == x.clause[tok]; j-- {
		// "o número chegou a 1,3 milhão", "a augmenté à", "stieg auf"
		if w := x.lower(j); w != "to" && (x.isAt(j, roleToward) || w == "a") && x.isAt(j-1, roleChange, roleReached) {
			return x.quoteToks(j-1, j+1)
		}
		if x.lower(j) == "to" {
			if x.lower(j-2) == "be" && x.lower(j-3) == "to" {
				return "" // "asked for its loan to be increased to $1.7 billion": not yet
			}
			if x.isAt(j-1, roleChange) {
				return x.quoteToks(j-1, j+1)
			}
			if w := x.collapsedFrom(j); w != "" && j == tok-1 {
				return w
			}
			return x.changedFrom(j)
		}
	}
	return ""
}

// collapsedFrom: "from US$3 billion to $8 billion", read by the number package as the
// one figure a change reached, after a verb of change a phrase before: the words
// "from US$3 billion to", or "". Only a number and its unit stand between "from" and
// "to".
func (x *extractor) collapsedFrom(to int) string {
	for j := to - 1; j >= 0 && j >= to-windowCollapsedFrom; j-- {
		if x.isAt(j, roleChangeFrom) {
			if j < to-1 && x.roleInClause(to, roleChange) != "" || j < to-1 && x.roleInClause(to, roleExpand) != "" {
				return x.quoteToks(j, to+1)
			}
			return ""
		}
		if k := x.toks[j].Kind; k != lex.Number && !number.IsCurrencyWord(x.lower(j)) && !number.IsMagnitudeWord(x.lower(j)) && !x.isPunct(j) {
			return ""
		}
	}
	return ""
}

// changedFrom: the "to" at token to closes a change "from" an earlier figure, its verb
// before that ("increases the arrangement from the $3 billion originally approved in
// December 2022 to $8 billion"). It returns the verb and "from ... to".
func (x *extractor) changedFrom(to int) string {
	cl := x.clause[to]
	for _, o := range x.qs {
		if o.TokEnd > to || o.Tok < to-windowChangedFrom || x.clause[o.Tok] != cl {
			continue
		}
		from := o.Tok - 1
		if x.lower(from) == "the" {
			from--
		}
		if !x.isAt(from, roleChangeFrom) {
			continue
		}
		for j := from - 1; j >= 0 && j >= from-windowChangedFrom && x.clause[j] == cl; j-- {
			if x.isAt(j, roleChange, roleExpand) {
				return x.quoteToks(j, j+1) + " … from … to"
			}
		}
	}
	return ""
}

// changedLater is the words of a relative clause right after the figure's noun phrase
// saying it was changed to another figure ("a $6 billion IMF programme in 2019, which
// was increased to $7bn"), or "": the figure is the size before.
func (x *extractor) changedLater(q *number.Quantity) string {
	for _, r := range x.relative {
		if r.comma < q.TokEnd || r.comma > q.TokEnd+windowChangedLater || x.clause[r.comma-1] != x.clause[q.Tok] {
			continue
		}
		for j := r.comma + 2; j+1 < len(x.toks) && j <= r.comma+4; j++ {
			if x.isAt(j, roleChange) && x.lower(j+1) == "to" && x.figureAt(j+2) {
				return x.quoteToks(r.comma+1, j+2)
			}
		}
	}
	// "Kenya's first $2.3 billion facility was agreed in April 2021, but it was later
	// raised to $3.6 billion": a later clause whose "it" is the figure's noun phrase.
	for j := q.TokEnd; j+3 < len(x.toks) && j <= q.TokEnd+windowChangedIt; j++ {
		if x.figureAt(j) {
			return "" // another figure comes first: "it" may be its
		}
		if x.lower(j) != "it" || x.clause[j] == x.clause[q.Tok] {
			continue
		}
		for k := j + 1; k+2 < len(x.toks) && k <= j+4 && x.clause[k] == x.clause[j]; k++ {
			if x.isAt(k, roleChange) && x.lower(k+1) == "to" && x.figureAt(k+2) {
				return x.quoteToks(j, k+2)
			}
		}
		return ""
	}
	return ""
}

// loanRequested: the figure is in the phrase of a request for a loan ("the request for a
// $1.3 billion loan", "la demande d'un prêt de 1,3 milliard de dollars"), a loan asked for
// and not yet granted. It returns the request's word.
func (x *extractor) loanRequested(q *number.Quantity) string {
	for j := max(0, q.Tok-windowPlan); j+1 < q.Tok; j++ {
		// "buscou um empréstimo de US$ 1,3 bilhão", "pidió un préstamo": a loan sought,
		// though "buscou o FMI" only turned to the Fund
		if x.isAt(j, roleSeekPast) && x.clause[j] == x.clause[q.Tok] && (x.cues[j+1]&cueLoan != 0 || x.cues[j+2]&cueLoan != 0 && j+2 < q.Tok) {
			return x.quoteToks(j, j+1)
		}
	}
	for j := max(0, q.Tok-windowPlan); j < q.Tok; j++ {
		if !x.isAt(j, roleRequestNoun) || x.clause[j] != x.clause[q.Tok] {
			continue
		}
		for k := j + 1; k <= q.TokEnd && k < len(x.toks); k++ {
			if x.cues[k]&cueLoan != 0 && !x.figureAt(k) {
				return x.quoteToks(j, j+1)
			}
		}
	}
	return ""
}

// atTheTime reports whether "at the time" or "at that time" starts at token j.
func (x *extractor) atTheTime(j int) bool {
	return x.lower(j) == "at" && (x.lower(j+1) == "the" || x.lower(j+1) == "that") && x.lower(j+2) == "time"
}

// ofWriting reports whether "of" at token j and the word after make "at the time" now:
// "of writing", "of publication", "of press", "of reporting".
func (x *extractor) ofWriting(j int) bool {
	if x.lower(j) != "of" {
		return false
	}
	switch x.lower(j + 1) {
	case "writing", "publication", "publishing", "press", "reporting", "this":
		return true
	}
	return false
}
