package data

import (
	"math"
	"slices"
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// packageOf: "a $3.5 billion loan package", "financing package of $3.5 billion", "more
// financial support from the World Bank ... of more than $3.5 billion": a total that counts
// other lenders.
func (x *extractor) packageOf(q *number.Quantity) string {
	end := q.TokEnd
	if x.punct(end) == '(' {
		for end < len(x.toks) && x.punct(end) != ')' {
			end++ // "$115bn (€105bn) package": past the other currency
		}
		end++
	}
	for j := end; j < len(x.toks) && j < end+windowNounAfter; j++ {
		if x.isAt(j, rolePackage) && !x.boardApproved(q) {
			return x.quoteToks(q.TokEnd, j+1)
		}
	}
	for j := max(0, q.Tok-4); j < q.Tok; j++ {
		if w := x.lower(j); w == "package" && x.cueWord(q.Tok, cueLoan) == "" {
			return "package"
		}
	}
	for j := q.TokEnd; j+1 < len(x.toks) && j < q.TokEnd+6; j++ {
		if k := x.severalLendersAt(j); k > 0 {
			return x.quoteToks(j, k+1) // "access to up to $3.5 billion from multiple creditors", "a $57 billion bailout from a range of global allies"
		}
		if x.lower(j) == "other" && x.lower(j+1) == "than" {
			return x.quoteToks(j, j+2) // "$2 billion in financing from sources other than the IMF"
		}
		if j < q.TokEnd+3 && (x.lower(j) == "bilateral" || x.lower(j) == "commercial" || x.lower(j) == "debt-relief" || x.lower(j) == "debt" && (x.lower(j+1) == "relief" || x.lower(j+2) == "relief")) {
			return x.quoteToks(q.TokEnd, j+1) // "$6bn in bilateral financing", "a $50bn debt-relief deal": not the IMF's loan
		}
	}
	if x.lower(q.Tok-1) == "of" && x.lower(q.Tok-2) == "tune" {
		return "to the tune of" // "support ... to the tune of $3.5 billion": another's money
	}
	return ""
}

// boardApproved reports whether the clause says one lender approved the figure's
// package before it, the sentence's first sum: "The IMF approved a US$2.9 billion loan
// package for Sri Lanka", "the IMF's board signed off on a $15.6 billion aid package":
// what the lender's board approves is its own loan.
func (x *extractor) boardApproved(q *number.Quantity) bool {
	if x.lenderCount() != 1 || x.otherLenders() {
		return false
	}
	for _, o := range x.qs {
		if o.Tok < q.Tok && o.Unit == number.USD {
			return false // "approved a $15.6bn loan programme for Ukraine, part of a global $115bn package"
		}
	}
	for j := 0; j < q.Tok; j++ {
		if x.clause[j] == x.clause[q.Tok] && (x.isAt(j, roleApprove) || x.lower(j) == "signed" && x.lower(j+1) == "off") && !x.negated(j) {
			return true
		}
	}
	return false
}

// otherLenders reports whether the sentence names lenders besides the one it is about:
// "other partners", "multiple creditors".
func (x *extractor) otherLenders() bool {
	for j := 0; j+1 < len(x.toks); j++ {
		if x.severalLendersAt(j) > 0 {
			return true
		}
	}
	return false
}

// severalLendersAt is the token of the lenders that a word of many at token j counts
// ("multiple creditors", "a range of global allies", "other partners"), or -1.
func (x *extractor) severalLendersAt(j int) int {
	if !x.isAt(j, roleSeveral) {
		return -1
	}
	for k := j + 1; k < len(x.toks) && k <= j+3; k++ {
		if x.isAt(k, roleLenders) {
			return k
		}
		if x.toks[k].Kind != lex.Word {
			return -1
		}
	}
	return -1
}

// earlierProgramme is the words naming the loan before the figure an earlier one ("a
// previous programme of $240 million", "un précédent programme de 240 millions", "its
// previous $3 billion loan programme", "which replaces the loan of 2019 amounting to
// $4.2 billion"), or "".
func (x *extractor) earlierProgramme(q *number.Quantity) string {
	for j := max(0, q.Tok-windowChangedFrom); j+1 < q.Tok; j++ {
		if x.isAt(j, roleReplaces) && x.clause[j] == x.clause[q.Tok] {
			for k := j + 1; k < q.Tok && k <= j+3; k++ {
				if x.cues[k]&(cueLoan|cueProgram) != 0 {
					return x.quoteToks(j, k+1) // "which replaces the loan of 2019 amounting to $4.2 billion"
				}
			}
		}
	}
	if x.isAt(q.Tok-1, roleEarlier) {
		// "an earlier $3 billion, 46-month Extended Fund Facility": the loan's noun may
		// come after the words that describe it
		for k := q.TokEnd; k < len(x.toks) && k < q.TokEnd+windowEarlierLoan && x.clause[k] == x.clause[q.Tok]; k++ {
			if x.cues[k]&(cueLoan|cueProgram) != 0 {
				return x.quoteToks(q.Tok-1, q.Tok) + " … " + x.quoteToks(k, k+1)
			}
		}
	}
	for j := max(0, q.Tok-windowNounAfter-1); j < q.Tok; j++ {
		if !x.isAt(j, roleEarlier) || x.clause[j] != x.clause[q.Tok] {
			continue
		}
		for k := j + 1; k < q.Tok && k <= j+2; k++ {
			if x.cues[k]&(cueLoan|cueProgram) != 0 {
				return x.quoteToks(j, k+1)
			}
		}
	}
	return ""
}

// sizeExpanded is the verb of expanding and the article before a loan's size that is
// what is expanded ("The agreement expands a $3 billion, 46-month Extended Fund
// Facility", "expands its $1.2 billion loan"), or "". Not an expansion to come ("to
// expand a $3 billion facility"): that is a plan's.
func (x *extractor) sizeExpanded(q *number.Quantity) string {
	j := q.Tok - 1
	if x.isAt(j, roleIndefinite, roleDefinite) {
		j--
	}
	if j >= 0 && x.isAt(j, roleExpand) && !x.negated(j) && !x.isAt(j-1, roleInfinitive) {
		return x.quoteToks(j, q.Tok)
	}
	return ""
}

// paidInParts: the tranche words after the figure say how it is paid, not that it is a
// part: "$1.9 billion, payable in several tranches over four years".
func (x *extractor) paidInParts(q *number.Quantity) bool {
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+6; j++ {
		if x.cues[j]&cueTranche != 0 {
			for k := max(q.TokEnd, j-3); k < j; k++ {
				if w := x.lower(k); w == "in" || w == "en" || w == "through" || w == "dont" || w == "whose" || w == "cuyo" || w == "cujo" {
					return true // "dont le versement s'échelonnera jusqu'à 2024": how the whole is paid
				}
			}
			return false
		}
	}
	return false
}

// partOfLoanBefore: the figure values a part named before it, "the fifth tranche of the
// loan programme, worth $245 million": a tranche word heads the phrase the loan word is
// in, and only a comma and a value word stand between that phrase and the figure.
func (x *extractor) partOfLoanBefore(q *number.Quantity) string {
	j := q.Tok - 1
	for j > 0 && (x.cues[j]&cueValue != 0 || x.isAt(j, roleBeforeValue) || x.cues[j-1]&cueValue != 0 && x.isAt(j, roleOf) || x.cues[j+1]&cueValue != 0 && x.isAt(j, roleInThe)) {
		j-- // "no valor de", "d'un montant de": the words that link a value
	}
	if x.punct(j) != ',' {
		// "a segunda tranche de financiamento para Angola no valor de 248,15 milhões":
		// the value phrase closes the tranche's noun phrase, no comma between
		if j == q.Tok-1 {
			return ""
		}
		for t := j; t >= 0 && t >= j-windowTrancheValue && x.clause[t] == x.clause[q.Tok] && !x.figureAt(t); t-- {
			if x.cues[t]&cueTranche != 0 {
				return x.quoteToks(t, t+1)
			}
		}
		return ""
	}
	for l := j - 1; l >= 0 && l >= j-4; l-- {
		if x.cues[l]&(cueLoan|cueProgram) == 0 {
			continue
		}
		for t := max(0, l-4); t < l; t++ {
			if x.cues[t]&cueTranche != 0 && x.lower(t+1) == "of" {
				return x.quoteToks(t, l+1)
			}
		}
	}
	return ""
}

// combinedAfter: the sentence goes on to a combined total of which this figure is a part:
// "an SDR 416.3 million (about US$548 million) arrangement under the EFF and an SDR
// 208.2 million (about US$274 million) ECF for Honduras for a combined SDR 624.5 million".
func (x *extractor) combinedAfter(q *number.Quantity) string {
	for j := q.TokEnd; j+1 < len(x.toks); j++ {
		w := x.lower(j)
		if w != "combined" && !(w == "total" && x.lower(j+1) == "of") {
			continue
		}
		for _, o := range x.qs {
			if o.Tok > j && o.Tok <= j+3 && (o.Unit == q.Unit || o.Unit == number.OtherCurrency) {
				return x.quoteToks(j, o.TokEnd)
			}
		}
	}
	return ""
}

// drawnUnder is the words by which the figure is what a country has drawn so far under
// its loan: received under it ("received a total of $275.8 million under the ECF"), or
// disbursements brought to it ("brings disbursements under the programme to $135
// million"). "" when it is not.
func (x *extractor) drawnUnder(q *number.Quantity) string {
	if x.lower(q.TokEnd) == "under" {
		for j := max(0, q.Tok-6); j < q.Tok; j++ {
			if x.isAt(j, roleDrawn) {
				return x.quoteToks(j, j+1) + " … under"
			}
		}
	}
	to := q.Tok - 1
	if o := x.afterOtherCurrency(q); o != nil {
		to = o.Tok - 1 // "brings total disbursements to SDR 95.5 million (about US$132.2 million)"
	}
	if w := x.runningTotalTo(to); w != "" {
		return w
	}
	if x.isAt(to, roleDrawSum) {
		// "allowing the authorities to draw SDR254 million (about US$350 million)", "has so
		// far accessed Sh404 billion ($3.12 billion)"
		return x.quoteToks(to, to+1)
	}
	// "brings total disbursements under the ECF/EFF to SDR 704.7 million (about $936.6
	// million) and under the RSF to SDR 166.67 million (about $221.5 million)": a second
	// "to" coordinated with the first brings a second running total.
	if x.isAt(to, roleToward) {
		for j := to - 1; j > 0 && j >= to-windowCoordinatedTo; j-- {
			if x.lower(j) != "and" {
				continue
			}
			for k := j - 1; k > 0 && k >= j-windowCoordinatedTo; k-- {
				if x.isAt(k, roleToward) {
					if w := x.runningTotalTo(k); w != "" {
						return w
					}
					break
				}
			}
			break
		}
	}
	return ""
}

// runningTotalTo: "brings disbursements under the 40-month programme to $135 million",
// "allows a disbursement of $149 million, bringing total access under the ECF to $606
// million": what a payment brings a sum "to" (the token to) is what has been paid so far.
func (x *extractor) runningTotalTo(to int) string {
	if !x.isAt(to, roleToward) {
		return ""
	}
	near := x.bringsTo(to)
	for j := 0; j < to; j++ {
		if x.cues[j]&cueTranche != 0 && (near || j >= to-12 && x.bringsTo(j+1)) {
			return x.quoteToks(j, j+1) + " … " + x.quoteToks(to, to+1)
		}
	}
	return ""
}

// bringsTo reports whether a verb that brings a sum to a new total stands shortly
// before the "to" at token to: "brings the total to", "raising the programme to",
// "bringing the country's total access under the ECF to".
func (x *extractor) bringsTo(to int) bool {
	for j := max(0, to-windowBrings); j < to; j++ {
		if x.isAt(j, roleBrings) {
			return true
		}
	}
	return false
}

// cancelled is the word by which the clause calls its loan off: "its previous $5 billion
// programme was cancelled in March".
func (x *extractor) cancelled(q *number.Quantity) string {
	if w := x.lower(q.Tok - 1); is(w, roleCalledOff) {
		return x.quoteToks(q.Tok-1, q.Tok) // "It replaces a failed $57 billion program"
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+20 && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.isAt(j, roleCalledOff) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// loanBeforeBrackets returns the loan word right before a country whose brackets hold
// the sum after a source's words ("approved loans to Pakistan (by various estimates,
// from $7.6 billion to $14.5 billion)", "кредитов Пакистану (по разным данным, от 7,6 до
// 14,5 миллиарда долларов)"), or "".
func (x *extractor) loanBeforeBrackets(q *number.Quantity) string {
	m := x.bracketedAfterMention(q)
	if m == nil {
		return ""
	}
	for j := m.Tok - 1; j >= 0 && j >= m.Tok-3; j-- {
		if x.cues[j]&cueLoan != 0 {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// bracketedAfterMention returns the country whose name the brackets holding q open
// right after, words before q in them or none ("Pakistan ($7.6 billion)", "Pakistan (by
// various estimates, from $7.6 billion"), or nil.
func (x *extractor) bracketedAfterMention(q *number.Quantity) *namedCountry {
	for j := q.Tok - 1; j >= 1 && j >= q.Tok-windowBrackets; j-- {
		if r := x.punct(j); r == ')' {
			return nil
		} else if r == '(' {
			return x.mentionEndingAt(j - 1)
		}
	}
	return nil
}

// isLoan: a dollar amount a loan word belongs to ("a $7 billion loan", "a loan of $3
// billion", "its $1.4 billion IMF loan"), or a programme or deal word when a lender is
// named; not a tranche, disbursement, repayment or a package that counts other lenders.
// It returns the reason either way ("" when no loan word bears on it at all).
func (x *extractor) isLoan(q *number.Quantity) (bool, string) {
	if w := x.packageOf(q); w != "" {
		if x.otherLenders() {
			// "it and other partners have agreed on terms for a more than $5 billion loan
			// package": a headline's "$5b loan" is that package
			x.loanParts = append(x.loanParts, q.Start)
		}
		return false, "a financing package (“" + w + "”) that counts other lenders, not the loan"
	}
	if x.lower(q.Tok-1) == "of" && (x.lower(q.Tok-2) == "part" || x.lower(q.Tok-2) == "share") && !x.loanNounAfter(q) {
		// not "a disbursement of $27.63 million to Mali, part of $193.5 million three-year loan": the whole is the loan
		return x.loanPart(q, "the whole a loan is part of (“"+x.quoteToks(q.Tok-2, q.Tok)+"”), not the loan") // "a $15.6 billion loan, part of $115 billion in support"
	}
	if w := x.dollarsOfBitcoin(q); w != "" {
		return false, "dollars held in bitcoin (“" + w + "”), not lent" // "mandates halting El Salvador's $675 million Bitcoin reserves"
	}
	if h := x.bracketedAfterHolding(q); h != "" {
		return false, "the worth in brackets of the coins before it (“" + h + "”), not lent" // "accumulated 6,234 Bitcoin (approximately $735 million) and negotiated a loan"
	}
	if w := x.cancelled(q); w != "" {
		return false, "a loan called off (“" + w + "”), not one that runs"
	}

	if x.punct(q.Tok-1) == '(' && x.mentionEndingAt(q.Tok-2) != nil {
		for _, f := range x.founds {
			if o := f.quantity; f.metric == LoanUSD && o != nil && x.bracketedAfterMention(o) != nil {
				// "loans to Ghana ($3 billion) and Zambia ($1.3 billion)": the list goes on
				return true, "Loan: a list of loans, each in brackets after its country"
			}
		}
	}
	if w := x.sumOfLoans(q); w != "" {
		return false, "the sum of several loans (“" + w + "”), not one loan's size"
	}
	if w := x.roleInClause(q.Tok, roleDebtStock); w != "" {
		return false, "what a country owes (“" + w + "”), not one loan's size" // "Nigeria's loan exposure ... rose to $17.1 billion"
	}
	if w := x.hadObtained(q); w != "" {
		return false, "an earlier loan (“" + w + "”), told in the past perfect"
	}
	if w := x.earlierProgramme(q); w != "" {
		return false, "an earlier programme (“" + w + "”), not the loan now" // "un précédent programme de 240 millions de dollars"
	}
	if w := x.sizeExpanded(q); w != "" {
		return false, "the size before an expansion (“" + w + "”), not the loan's now" // "The agreement expands a $3 billion, 46-month Extended Fund Facility"
	}
	if w := x.overLife(q); w != "" && (x.lender() != "" || x.loanTalk || x.articleLoan) && x.cues[max(q.Tok-1, 0)]&cueTranche == 0 {
		return true, "Loan: the whole sum, paid over the programme's life (“" + w + "”)" // "the IMF will provide USD440 million over three years"
	}
	if w := x.receivedSum(q); w != "" {
		return x.loanPart(q, "a sum a country receives (“"+w+"”), not a loan's size") // "Mauritania will receive $52 million in financing"
	}
	if w := x.ofWhich(q); w != "" {
		return x.loanPart(q, "a part of the sum before it (“"+w+"”), not the loan's size") // "US$ 4,8 bilhões, dos quais US$ 4,3 bilhões no âmbito da SRF"
	}
	if w := x.afterReview(q); w != "" {
		return x.loanPart(q, "a sum paid on a completed review (“"+w+"”), a tranche, not the loan's size") // "approved a loan of about US$79.1 million for Mongolia following two rounds of reviews"
	}
	if w := x.onReview(q); w != "" {
		return x.loanPart(q, "a sum paid once a review is done (“"+w+"”), a tranche, not the loan's size") // "If the review is approved, Cameroon will benefit from about $72.7 million"
	}
	if w := x.availableNow(q); w != "" {
		return x.loanPart(q, "a part of a loan, available now or left to draw (“"+w+"”), not its size") // "about US$25 million becomes immediately available"
	}
	if w := x.drawnUnder(q); w != "" {
		return false, "a sum drawn under a loan (“" + w + "”), not its size" // "received a total of $275.8 million under the ECF"
	}
	if w := x.fromLargerLoan(q); w != "" {
		return x.loanPart(q, "a part of a loan (“"+w+"”), not its size") // "access to USD 337 million from the nearly USD 3 billion bailout"
	}
	if w := x.combinedAfter(q); w != "" {
		return x.loanPart(q, "a part of the total stated after it (“"+w+"”), not the whole loan") // "an EFF of about US$548 million and an ECF of about US$274 million, for a combined US$822 million"
	}
	for j := max(1, q.Tok-8); j < q.Tok; j++ {
		if x.lower(j-1) == "sdr" && x.lower(j) == "allocation" {
			return false, "an SDR allocation (“" + x.quoteToks(j-1, j+1) + "”), a reserve asset the IMF lends no one"
		}
	}
	if w := x.increment(q); w != "" {
		return false, "an addition to a loan (“" + w + "”), not its size" // "expanded the facility by an additional $3 billion"
	}
	if w := x.loansOwed(q); w != "" {
		return false, "what a country owes across loans (“" + w + "”), not one loan's size" // "Ecuador took the fourth spot with $8.2 billion worth of loans from the IMF"
	}
	if w := x.valueOfLoan(q); w != "" {
		return true, "Loan: the value of “" + w + "”" // "signed a 39-month Extended Fund Facility (July 2019 to September 2022) with a total value of $6 billion"
	}
	if w := x.sumOfPayments(q); w != "" {
		return false, "the sum paid out so far (“" + w + "”), not the loan's size"
	}
	if w := x.tranchesAmountTo(q); w != "" {
		return false, "a sum paid out so far (“" + w + "”), not the loan's size" // "the total disbursement to Chad under the ECF arrangement was now $135 million"
	}
	if w := x.atThatTime(q); w != "" {
		return false, "the size at an earlier time (“" + w + "”), not now" // "bringing access under the ECF to $146.3 million at that time"
	}
	if w := x.levelReached(q.Tok); w != "" {
		l := x.antecedent(q.Tok, cueLoan|cueProgram)
		if l == "" {
			l = x.pronounFor(q.Tok, cueLoan)
		}
		if l == "" {
			// "increases the Extended Fund Facility arrangement from ... to $8 billion",
			// "The amount was later increased to about US $62 million": the changed thing
			// named in the clause
			for j := q.Tok - 1; j >= 0 && j >= q.Tok-2*windowChangedFrom && x.clause[j] == x.clause[q.Tok]; j-- {
				if (x.cues[j]&(cueLoan|cueProgram) != 0 || x.isAt(j, roleAccess)) && !x.figureAt(j) {
					l = x.quoteToks(j, j+1)
					break
				}
			}
		}
		if l != "" && (x.lender() != "" || x.loanTalk || x.articleLoan || x.lenderSeen) {
			return true, "Loan: the size the “" + l + "” was changed to (“" + w + "”)"
		}
	}
	if o := x.afterOtherCurrency(q); o != nil {
		if x.lower(o.Tok-1) == "by" {
			return false, "the size of a change (“by " + x.quoteToks(o.Tok, o.TokEnd) + "”), not the loan" // "augmentation of access ... by SDR720 million ($934 million)"
		}
		if k := x.closingBracket(q); k > 0 && x.cues[min(k+1, len(x.cues)-1)]&cueIncrement != 0 {
			return false, "an addition to a loan (“" + x.quoteToks(k+1, k+2) + "”), not its size" // "an SDR 65.5 million (about $102 million) augmentation to the facility"
		}
		if j := x.nearTok(o.Tok, windowAugment, cueIncrement); j < o.Tok && x.lower(j+1) != "to" { // not "augmented to SDR 2.62 billion": the new size
			return false, "an addition to a loan (“" + x.quoteToks(j, o.TokEnd) + "”), not its size" // "an augmentation of access equivalent to SDR 46.8 million or US$63 million"
		}
	}
	if w := x.approvedUnder(q); w != "" {
		return true, "Loan: the sum approved under a lending arrangement (“" + w + "”)"
	}
	if w := x.brokenDown(q); w != "" {
		return x.loanPart(q, "a total broken down after it into parts (“"+w+"”), not one lender's loan") // "por 10 mil 200 millones de dólares: 4 mil 200 millones vendrán del FMI y 6 mil millones de bancos multilaterales"
	}
	if w := x.agreementFor(q); w != "" {
		return true, "Loan: the sum an agreement with a lender is for (“" + w + "”)"
	}
	if w := x.approvedFor(q); w != "" {
		return true, "Loan: the sum a lending arrangement was approved for (“" + w + "”)"
	}
	// A loan noun right after the amount names it: at once when the amount modifies it
	// ("its $1.4 billion IMF loan", even in "the first tranche of its $1.4 billion IMF
	// loan"); across a preposition only when no part is named first ("a first
	// disbursement of around $113 million under the loan" is the part's).
	after, direct := -1, true
	from := q.TokEnd
	if k := x.closingBracket(q); k > 0 && x.punct(q.TokEnd) == '(' && x.figureAt(q.TokEnd+1) {
		from = k + 1 // "$US3 billion ($4.5 billion) bailout": past the sum restated in brackets
	}
	for j := from; j < len(x.toks) && j < from+windowNounAfter && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.cues[j]&cueLoan != 0 {
			after = j
			break
		}
		if x.cues[j]&cuePrep != 0 || x.isPunct(j) {
			direct = false
		}
	}
	if after >= 0 && x.cues[min(after+1, len(x.cues)-1)]&cueTranche != 0 && after+1 < len(x.toks) {
		return x.loanPart(q, "a part of a loan (“"+x.quoteToks(after, after+2)+"”), not its size") // "a $750 million loan disbursement"
	}
	if after >= 0 && direct {
		return true, "Loan: “" + x.quoteToks(after, after+1) + "”"
	}
	for j := max(0, q.Tok-3); j < q.Tok; j++ {
		if x.cues[j]&cueTranche != 0 {
			return x.loanPart(q, "a part of a loan (“"+x.quoteToks(j, j+1)+"”), not its size")
		}
	}
	if after >= 0 {
		return true, "Loan: “" + x.quoteToks(after, after+1) + "”"
	}
	if x.nearestFigure(cueTranche, q) && !x.paidInParts(q) {
		return x.loanPart(q, "a part of a loan (“"+x.cueWord(q.Tok, cueTranche)+"”), not its size")
	}
	if w := x.partOfLoanBefore(q); w != "" {
		return x.loanPart(q, "a part of a loan (“"+w+"”), not its size") // "the fifth tranche of the loan programme, worth $245 million"
	}
	if x.nearestFigure(cueLoan, q) {
		return true, "Loan: “" + x.cueWord(q.Tok, cueLoan) + "”"
	}
	if w := x.loanBeforeBrackets(q); w != "" {
		return true, "Loan: “" + w + "” before the borrower whose brackets hold the sum"
	}
	if x.lower(q.Tok-1) == "to" && q.Tok >= 2 && (x.lower(q.Tok-2) == "total" || x.cues[q.Tok-2]&(cueLoan|cueProgram) != 0) &&
		x.bringsTo(q.Tok-1) && (x.sentenceHas(cueLoan) && x.lender() != "" || x.loanTalk || x.articleLoan || x.lenderSeen) {
		// "increase the loan by USD 765 million, which brings the total to USD 4.4 billion",
		// "brings the total assistance programme to almost USD 4.5 billion"
		return true, "Loan: the total a change brings it to (“" + x.quoteToks(q.Tok-2, q.Tok) + "”)"
	}
	if w := x.lower(q.Tok - 1); (w == "to" && x.isAt(q.Tok-2, roleAmountsTo)) ||
		w == "totalling" || w == "totaling" {
		l := x.nearWord(q.Tok, q.Tok, 0, cueLoan)
		if l == "" {
			l = x.antecedent(q.Tok, cueLoan)
		}
		if l != "" {
			from := q.Tok - 1
			if w == "to" {
				from--
			}
			return true, "Loan: the total of “" + l + "” (“" + x.quoteToks(from, q.Tok) + "”)" // "approved the two facilities last year amounting to $2.34 billion"
		}
	}
	// "an arrangement ... for SDR 664.20 million (about US$925.9 million)", "the ECF
	// arrangement was approved, granting access equivalent to about US$3 billion": the
	// loan's size in dollars beside another unit, or the access it grants.
	loanSentence := x.clauseCues(q.Tok)&cueLoan != 0 || x.sentenceHas(cueLoan|cueProgram) && (x.loanTalk || x.lender() != "")
	if loanSentence {
		if o := x.afterOtherCurrency(q); o != nil {
			if j := o.Tok - 1; x.cues[max(j, 0)]&cueIncrement != 0 {
				return false, "an addition to a loan (“" + x.quoteToks(j, o.TokEnd) + "”), not its size"
			}
			return true, "Loan: its size in dollars beside another currency (“" + x.quoteToks(o.Tok, o.TokEnd) + "”)"
		}
		if x.accessTo(q) {
			return true, "Loan: the access a lending arrangement grants"
		}
	}
	if (x.nearestFigure(cueProgram, q) || x.loanTalk && x.governed(q.Tok, q.TokEnd, cueProgram)) && x.lender() != "" && x.lenderCount() == 1 {
		return true, "Loan: a programme (“" + x.cueWord(q.Tok, cueProgram) + "”) with a lender named"
	}
	// "L'accord global, d'un montant de 403,4 millions de dollars": an agreement's amount,
	// in an article that names a lender
	if w := x.programmeAmount(q); w != "" && x.lenderCount() == 0 && (x.lenderSeen || x.articleNamesLender()) {
		return true, "Loan: the amount of “" + w + "”, in an article that names a lender"
	}
	// "The lender's executive board has approved the second review of Ethiopia's $3.4
	// billion financing program": the lender an earlier sentence named, referred to
	if w := x.lenderReferred(); w != "" && (x.lenderSeen || x.articleNamesLender()) && x.lenderCount() == 0 && x.programmeAfter(q) {
		return true, "Loan: a programme (“" + x.cueWord(q.Tok, cueProgram) + "”) of the lender named before (“" + w + "”)"
	}
	if w := x.lower(q.Tok - 2); x.lower(q.Tok-1) == "of" && (is(w, roleFacilityKind) || x.approvedPlan(q.Tok-2)) && x.institution() != "" {
		// "the IMF approved a fund of 1.4 billion dollars for El Salvador"
		return true, "Loan: a " + w + " a lender grants (“" + x.institution() + "”)"
	}
	return false, ""
}

// afterOtherCurrency returns the amount in another currency that a dollar figure just
// after it restates, in brackets or after "or" ("SDR 664.20 million (about US$925.9
// million)", "about SDR 2.24 billion, or roughly three billion US dollars"), or nil.
func (x *extractor) afterOtherCurrency(q *number.Quantity) *number.Quantity {
	// "SDR 2.286 billion (395 percent of quota or about US$3 billion)": inside brackets
	// that follow the amount in another currency.
	for j := q.Tok - 1; j >= 0 && j >= q.Tok-10 && x.punct(j) != ')'; j-- {
		if x.punct(j) == '(' {
			for k := range x.qs {
				if o := &x.qs[k]; o.TokEnd == j && (o.Unit == number.OtherCurrency || o.Unit == number.NoUnit && o.Magnitude && x.sdrBefore(o.Tok)) {
					return o // "special drawing rights (SDR) of 1.472 billion ($1.9 billion)"
				}
			}
			break
		}
	}
	j := q.Tok - 1
	for n := 0; n < 4 && j >= 0 && (x.lower(j) == "or" || x.punct(j) == ',' || x.punct(j) == '(' || x.lower(j) == "equivalent" || x.isAt(j, roleRestate)); n++ {
		j-- // "SDR 2.556 billion, equivalent to about $3.4 billion"
	}
	if j == q.Tok-1 {
		return nil // nothing joins them: two amounts side by side
	}
	for k := range x.qs {
		if o := &x.qs[k]; o.TokEnd == j+1 && o.Unit == number.OtherCurrency {
			return o
		}
	}
	return nil
}

// sdrBefore reports whether the IMF's unit is named in the few words before token i
// ("special drawing rights (SDR) of 1.472 billion").
func (x *extractor) sdrBefore(i int) bool {
	for j := max(0, i-windowSDR); j < i; j++ {
		if w := x.lower(j); w == "sdr" || w == "sdrs" || w == "rights" && x.lower(j-1) == "drawing" {
			return true
		}
	}
	return false
}

// accessTo: "granting access equivalent to about US$3 billion", "access to $1.3 billion".
func (x *extractor) accessTo(q *number.Quantity) bool {
	for j := max(0, q.Tok-4); j < q.Tok; j++ {
		if x.isAt(j, roleAccess) {
			return x.lower(j-1) != "immediate" // "immediate access to about $190 million" is a first tranche
		}
	}
	return false
}

// nearestFigure reports whether a word of class c within 6 tokens of the figure q (in
// its clause) belongs to q rather than to another figure of its unit nearer to it:
// in "46,000 MW of installed capacity and 2,000 MW for miners", "installed" is the
// first figure's.
func (x *extractor) nearestFigure(c cue, q *number.Quantity) bool {
	cl := x.clause[q.Tok]
	for j, v := range x.cues {
		if v&c == 0 || x.clause[j] != cl {
			continue
		}
		best, bestD := -1, windowNearFigure+1
		for k := range x.qs {
			o := &x.qs[k]
			if o.Unit != q.Unit && !(q.Unit == number.USD && o.Unit == number.NoUnit && o.Magnitude) {
				continue // a sum in millions with its currency left out competes too ("un décaissement immédiat de 68,3 millions")
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

// lenderFor names who lends the loan q: the institution or country after "from" that
// follows it ("borrowed A$600 million (US$390 million) from Australia"), else the
// sentence's lender.
func (x *extractor) lenderFor(q *number.Quantity) string {
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+windowLender; j++ {
		if x.lower(j) != "from" {
			continue
		}
		k := j + 1
		if x.lower(k) == "the" {
			k++
		}
		if name := x.institutionAt(k); name != "" {
			return name
		}
		if m := x.mentionAt(k); m != nil {
			if c, ok := country.ByISO2(m.ISO2); ok {
				return c.Name
			}
		}
		break
	}
	return x.lender()
}

// lender names a lender the sentence gives: an institution (IMF, World Bank), else a
// country named as the source of a loan.
func (x *extractor) lender() string {
	if name := x.institution(); name != "" {
		return name
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

// lenderCount is how many lending institutions the sentence names: "assistance ... from
// the IMF, the World Bank and the IDB" is a package of several.
func (x *extractor) lenderCount() int {
	var seen []string
	for i := range x.toks {
		if name := x.institutionAt(i); name != "" && !slices.Contains(seen, name) {
			seen = append(seen, name)
		}
	}
	return len(seen)
}

// institutionAt returns the lending institution named at token i, or "".
func (x *extractor) institutionAt(i int) string {
	if x.lower(i) == "fund" && x.toks[i].Is(lex.Capital) && x.lower(i-1) == "the" && x.sentenceHas(cueLoan|cueProgram) {
		return "IMF" // "the Fund" in a sentence about a loan
	}
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
	return ""
}

// borrowerNamed is the one country a sentence about a lender's loan or programme names
// as its borrower ("completed the review of the ECF for Tanzania", "Kenya's programme
// with the IMF"), or "".
func (x *extractor) borrowerNamed() string {
	if !x.sentenceHas(cueLoan|cueProgram) || x.lender() == "" {
		return ""
	}
	iso := ""
	for _, m := range x.ments {
		if m.excluded || m.lender || m.modifier || !(m.prep == "for" || m.prep == "to" || m.Possessive) {
			continue
		}
		if iso != "" && !sameCode(iso, m.ISO2) {
			return ""
		}
		iso = m.ISO2
	}
	return iso
}

// antecedent is the word of class c that ends the noun phrase a relative clause holding
// token i describes ("the amount of the loan, which ... amounts to $773 million"), or "".
func (x *extractor) antecedent(i int, c cue) string {
	for _, r := range x.relative {
		if r.clause != x.clause[i] {
			continue
		}
		for j := r.comma - 1; j >= 0 && j >= r.comma-3; j-- {
			if x.cues[j]&c != 0 {
				return x.quoteToks(j, j+1)
			}
		}
	}
	return ""
}

// sumOfLoans is the words that make the figure a sum of several loans: "approves loans
// totaling over $294M", "two loans worth $500 million", or "". Not "loans of $20
// billion and $8 billion": a list, one for each.
func (x *extractor) sumOfLoans(q *number.Quantity) string {
	j := q.Tok - 1
	if w := x.lower(j); w == "to" && x.isAt(j-1, roleAmountsTo) {
		j--
	}
	if x.figureAt(q.TokEnd+1) || x.figureAt(q.TokEnd+2) {
		return "" // "loans worth $20 billion and $8 billion, respectively": one each
	}
	if w := x.lower(j); is(w, roleAmountsTo) || w == "worth" {
		if l := x.lower(j - 1); l == "loans" || l == "préstamos" || l == "empréstimos" || l == "prêts" {
			return x.quoteToks(j-1, q.Tok)
		}
	}
	return ""
}

// hadObtained is the past perfect that tells the loan of the figure's clause as one got
// before the events of the article ("the $5.2 billion Stand-By Arrangement loan it had
// secured in FY2020/21", "La RCA avait déjà reçu du FMI une première facilité de 7,9
// millions de dollars"), or "".
func (x *extractor) hadObtained(q *number.Quantity) string {
	cl := x.clause[q.Tok]
	for j := max(0, q.Tok-windowHadObtained); j < len(x.toks) && j < q.TokEnd+windowHadObtained && x.clause[j] == cl; j++ {
		if !x.isAt(j, roleHad) || x.reportedBefore(j) {
			continue // not "announced on Friday that it had approved": reported speech, not an earlier time
		}
		for k := j + 1; k < len(x.toks) && k <= j+2; k++ {
			if x.isAt(k, roleObtained) {
				return x.quoteToks(j, k+1)
			}
		}
	}
	return ""
}

// receivedSum is the verb of receiving right before a sum that no loan noun names after it
// ("will receive $52 million in financing", "recibirá US$ 100 millones"), or "": a payment.
// Not "received a $7 billion loan", whose noun says what it is.
func (x *extractor) receivedSum(q *number.Quantity) string {
	if !x.isAt(q.Tok-1, roleReceive) {
		return ""
	}
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+windowNounAfter && !x.isPunct(j); j++ {
		if x.cues[j]&cueLoan != 0 {
			return ""
		}
	}
	return x.quoteToks(q.Tok-1, q.Tok)
}

// overLife: the sum is paid "over" or "across" a span of years or months written right
// after it ("will provide USD440 million over three years", "can receive about $3
// billion over four years", "approximately US$276 million over the course of a
// three-year"): the whole loan, not a part. It returns the span's words.
func (x *extractor) overLife(q *number.Quantity) string {
	j := q.TokEnd
	if !x.isAt(j, roleOverSpan) {
		return ""
	}
	for k := j + 1; k < len(x.toks) && k <= j+windowOverLife && (!x.isPunct(k) || lex.IsHyphen(x.punct(k))); k++ {
		if x.isAt(k, roleSpanUnit) {
			return x.quoteToks(j, k+1)
		}
	}
	return ""
}

// onReview: the sentence makes the sum hang on a programme review, before the figure
// ("If the review is approved by the Board, ... will get about $72.7 million", "Si la
// revue est approuvée ..., le Cameroun va bénéficier d'un financement de", "Upon completion
// of the review"). It returns the condition's words.
func (x *extractor) onReview(q *number.Quantity) string {
	for j := 0; j < q.Tok; j++ {
		if !x.isAt(j, roleCondition) || x.lower(j) == "after" {
			continue // not "after completing the first review": done, whatever it paid
		}
		for k := j + 1; k < q.Tok && k <= j+windowCondition; k++ {
			if x.isAt(k, roleReview) {
				return x.quoteToks(j, k+1)
			}
		}
	}
	return ""
}

// afterReview is the words right after the figure that tie it to a completed review
// ("approved a loan of about US$79.1 million for Mongolia following two rounds of
// reviews"), or "".
func (x *extractor) afterReview(q *number.Quantity) string {
	for k := q.TokEnd; k < len(x.toks) && k <= q.TokEnd+windowAfterReview && x.clause[k] == x.clause[q.Tok]; k++ {
		if x.figureAt(k) {
			return ""
		}
		if !x.isAt(k, roleReview) {
			continue
		}
		for j := max(q.TokEnd, k-windowCondition); j < k; j++ {
			if x.isAt(j, roleAfterReview) && (x.lower(j) != "under" || k > j+1) { // "under the ninth review", not a loan "under review"
				return x.quoteToks(j, k+1)
			}
		}
	}
	return ""
}

// reportedBefore reports whether a verb of saying stands in the few words before token j
// ("announced on Friday that it had approved", "said it had secured").
func (x *extractor) reportedBefore(j int) bool {
	return x.roleBetween(j-windowReported-1, j, roleReport, roleAnnounce)
}

// pronounFor is the word of class c, in an earlier clause of the sentence, that "it" as
// the subject of token i's clause stands for ("The initial $1.3 billion for its Extended
// Credit Facility was authorized in 2022, but it was later raised to $1.7 billion"), or "".
func (x *extractor) pronounFor(i int, c cue) string {
	cl := x.clause[i]
	for j := i - 1; j >= 0 && j >= i-windowPassive && x.clause[j] == cl; j-- {
		if x.lower(j) != "it" {
			continue
		}
		for k := j - 1; k >= 0; k-- {
			if x.clause[k] != cl && x.cues[k]&c != 0 {
				return x.quoteToks(k, k+1)
			}
		}
	}
	return ""
}

// fromLargerLoan is the words by which the figure is drawn from a larger loan named just
// after it: "access to USD 337 million from the nearly USD 3 billion bailout". "" when
// it is not.
func (x *extractor) fromLargerLoan(q *number.Quantity) string {
	if x.lower(q.TokEnd) != "from" {
		return ""
	}
	for k := range x.qs {
		o := &x.qs[k]
		if o.Tok <= q.TokEnd || o.Tok > q.TokEnd+3 || o.Unit != q.Unit || o.Value <= q.Value {
			continue
		}
		for j := o.TokEnd; j < len(x.toks) && j <= o.TokEnd+2; j++ {
			if x.cues[j]&cueLoan != 0 {
				return x.quoteToks(q.TokEnd, j+1)
			}
		}
	}
	return ""
}

// valueOfLoan is the loan word a "value of" names: "a facility ... with a total value of $6
// billion", when the clause names no coins the value could be of. "" when it does not.
func (x *extractor) valueOfLoan(q *number.Quantity) string {
	if x.lower(q.Tok-1) != "of" || x.lower(q.Tok-2) != "value" || x.clauseCues(q.Tok)&cueCrypto != 0 {
		return ""
	}
	for j := q.Tok - 3; j >= 0 && j >= q.Tok-windowLoanValue && x.clause[j] == x.clause[q.Tok]; j-- {
		if x.cues[j]&cueLoan != 0 {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// availableNow is the words by which the clause makes the figure available at once
// ("becomes immediately available to Armenia", "available immediately") or says it is
// what remains ("the remaining $2.5 billion", "that currently remains available", "los
// 720 millones de dólares disponibles"): a part of the loan. "" when it does not.
func (x *extractor) availableNow(q *number.Quantity) string {
	if x.isAt(q.Tok-1, roleStillToDraw) {
		return x.quoteToks(q.Tok-1, q.Tok) // "the remaining $2.5 billion"
	}
	if x.isAt(q.TokEnd, roleStillToDraw) {
		return x.quoteToks(q.Tok, q.TokEnd+1) // "los 720 millones de dólares disponibles" ("made available" is granted)
	}
	for j := q.TokEnd; j+1 < len(x.toks) && j < q.TokEnd+windowGovernBack+5; j++ {
		w, v := x.lower(j), x.lower(j+1)
		if x.clause[j] == x.clause[q.Tok] && (w == "immediately" && v == "available" || w == "available" && v == "immediately") {
			return x.quoteToks(j, j+2)
		}
		if (w == "remains" || w == "remain" || w == "still") && v == "available" {
			return x.quoteToks(j, j+2) // "the $1.96 billion in IMF financing that currently remains available"
		}
	}
	return ""
}

// tranchesAmountTo is the words by which a copula gives the figure as what the payments
// made so far amount to ("the total disbursement to Chad ... was now $135 million"): a
// tranche word earlier in the clause, the figure right after "is"/"was". "" when not.
func (x *extractor) tranchesAmountTo(q *number.Quantity) string {
	c := q.Tok - 1
	if x.lower(c) == "now" {
		c--
	}
	if c < 1 || !x.isAt(c, roleCopula) {
		return ""
	}
	for j := 0; j < c; j++ {
		if x.clause[j] == x.clause[q.Tok] && x.cues[j]&cueTranche != 0 {
			return x.quoteToks(j, j+1) + " … " + x.quoteToks(c, c+1)
		}
	}
	return ""
}

// sumOfPayments: the figure is brought to or given as the whole "of" the payments made,
// named after it past a restatement ("porte à 346,1 millions de dollars, soit environ 205
// milliards de FCFA, le volume des décaissements déjà effectués"). It returns the words.
func (x *extractor) sumOfPayments(q *number.Quantity) string {
	for j := q.TokEnd; j+1 < len(x.toks) && j <= q.TokEnd+windowPaymentsAfter && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.cues[j+1]&cueTranche != 0 && x.isAt(j, roleOf) && x.isAt(j-1, roleStatedWhole, roleNumberOf) {
			return x.quoteToks(j-1, j+2)
		}
	}
	return ""
}

// atThatTime is the words after a loan's figure that date it to an earlier moment
// ("bringing access under the ECF to $146.3 million at that time"), or "". Not "at the
// time of writing", which is now.
func (x *extractor) atThatTime(q *number.Quantity) string {
	j := q.TokEnd
	if x.lower(j) == "at" && (x.lower(j+1) == "that" || x.lower(j+1) == "the") && x.lower(j+2) == "time" && x.lower(j+3) != "of" {
		return x.quoteToks(j, j+3)
	}
	return ""
}

// approvedUnder: "the IMF on Wednesday approved US$113 million under a 36-month
// Extended Fund Facility (EFF) program for Barbados": a sum the lender approves under
// (or for) an arrangement is the arrangement's size. It returns the words that say so.
func (x *extractor) approvedUnder(q *number.Quantity) string {
	if !x.isAt(q.Tok-1, roleApprove) || x.lender() == "" && !x.lenderSeen { // "It has approved about US$968 million under ..."; "it" the Fund an earlier sentence named
		return ""
	}
	if w := x.lower(q.TokEnd); w != "under" && w != "for" {
		return ""
	}
	for j := q.TokEnd + 1; j < len(x.toks) && j <= q.TokEnd+windowApprovedUnder && x.clause[j] == x.clause[q.Tok]; j++ {
		if x.cues[j]&cueTranche != 0 {
			return ""
		}
		if x.cues[j]&cueLoan != 0 {
			return x.quoteToks(q.Tok-1, q.Tok) + " … " + x.quoteToks(q.TokEnd, q.TokEnd+1) + " … " + x.quoteToks(j, j+1)
		}
	}
	return ""
}

// approvedFor: "The 27-month EFF for Ecuador was approved in September 2020 for about
// $6.5 billion", "El acuerdo del SAF fue aprobado ... por unos US$ 6,500 millones": the
// sum a loan, the clause's subject, was approved for. It returns the words that say so.
func (x *extractor) approvedFor(q *number.Quantity) string {
	at := q.Tok - 1
	for at >= 0 && int(x.toks[at].Start) >= q.Start {
		at-- // past the qualifier: "por un total de aproximadamente 823 millones"
	}
	if x.isAt(at, roleOf) && x.cues[max(at-1, 0)]&cueTotal != 0 && x.isAt(at-3, roleForSum) {
		at -= 3 // "por un total de aproximadamente 823 millones", "for a total of"
	}
	if !x.isAt(at, roleForSum) {
		return ""
	}
	loanWords := cueLoan
	if x.lender() != "" || x.lenderSeen || x.articleLoan {
		loanWords |= cueProgram // "Los acuerdos ... fueron aprobados ... por": an IMF text's arrangements
	}
	cl, from := x.clause[q.Tok], at-1
	if x.punct(from) == ',' && from > 0 {
		cl, from = x.clause[from-1], from-1 // "fueron aprobados en septiembre de 2023, por un total de": the sum set off by a comma
	}
	words := 0 // words looked at, a date counting as none: "aprobados en el 21 de septiembre de 2023, por"
	for j := from; j > 0 && words <= windowApprovedFor && x.clause[j] == cl; j-- {
		if !x.dateAt(j) {
			words++
		}
		if x.cues[j]&cueTranche != 0 {
			return ""
		}
		if !x.isAt(j, roleApprove) && !x.isAt(j, roleAdopt) {
			continue
		}
		if x.roleBetween(j, at, roleOriginally) {
			return "" // "aprobado inicialmente en 2024 por 4.000 millones": its first size, since raised
		}
		for k := j - 1; k >= 0 && k >= j-windowApprovedLoan && x.clause[k] == cl; k-- {
			if x.cues[k]&cueTranche != 0 {
				return ""
			}
			if x.cues[k]&loanWords != 0 {
				return x.quoteToks(k, k+1) + " … " + x.quoteToks(j, j+1) + " … " + x.quoteToks(at, at+1)
			}
		}
		return ""
	}
	return ""
}

// dateAt reports whether token j is part of a date.
func (x *extractor) dateAt(j int) bool {
	for _, d := range x.ds {
		if j >= d.Tok && j < d.TokEnd {
			return true
		}
	}
	return false
}

// brokenDown: a colon or dash after the sum opens its parts, two or more sums of its unit
// that add up to it ("por 10 mil 200 millones de dólares: 4 mil 200 millones vendrán
// directamente del FMI y 6 mil millones serán de bancos multilaterales"). It returns the
// parts.
func (x *extractor) brokenDown(q *number.Quantity) string {
	if r := x.punct(q.TokEnd); r != ':' && !lex.IsDash(r) {
		return ""
	}
	sum, n, last := 0.0, 0, -1
	for _, o := range x.qs {
		if o.Tok > q.TokEnd && o.Tok <= q.TokEnd+windowBrokenDown && (o.Unit == q.Unit || o.Unit == number.NoUnit && o.Magnitude) && !o.Range {
			sum += o.Value
			n++
			last = o.TokEnd
		}
	}
	if n < 2 || math.Abs(sum-q.Value) > 0.02*q.Value {
		return ""
	}
	return x.quoteToks(q.TokEnd+1, last)
}

// agreementFor: "un acuerdo entre el Gobierno salvadoreño y el FMI por 1.400 millones de
// dólares", "an agreement with the IMF for $3 billion": the sum an agreement with a lender
// the sentence names is for. It returns the agreement's word and "for".
func (x *extractor) agreementFor(q *number.Quantity) string {
	if !x.isAt(q.Tok-1, roleForSum) || x.lender() == "" {
		return ""
	}
	cl := x.clause[q.Tok]
	for j := q.Tok - 2; j >= 0 && j >= q.Tok-windowAgreementFor && x.clause[j] == cl && !x.figureAt(j); j-- {
		if x.cues[j]&cueTranche != 0 {
			return ""
		}
		if x.isAt(j, roleAgreement) {
			return x.quoteToks(j, j+1) + " … " + x.quoteToks(q.Tok-1, q.Tok)
		}
	}
	return ""
}

// loansOwed: a sum of loans in the plural, "$46 billion loans from IMF", "loans worth
// $12.2 billion", "$8.2 billion worth of loans": the stock a country owes, summed over
// its programmes. It returns the words that say so.
func (x *extractor) loansOwed(q *number.Quantity) string {
	j := q.TokEnd
	if x.lower(j) == "worth" && x.lower(j+1) == "of" {
		j += 2 // not "in loans": "Ghana, with about $3 billion in loans" is one programme
	}
	if x.isAt(j, roleLoansPlural) {
		return x.quoteToks(q.TokEnd, j+1)
	}
	if x.lower(q.Tok-1) == "worth" && x.isAt(q.Tok-2, roleLoansPlural) {
		return x.quoteToks(q.Tok-2, q.Tok)
	}
	return ""
}

// loanPart records that the loan rules read q as a part of a loan, or as the whole one
// is part of, and says so: a headline stating the same number is read the text's way
// (pruneHeadlineParts).
func (x *extractor) loanPart(q *number.Quantity, why string) (bool, string) {
	x.loanParts = append(x.loanParts, q.Start)
	return false, why
}

// closingBracket is the token of the ")" right after the figure, or 0.
func (x *extractor) closingBracket(q *number.Quantity) int {
	for j := q.TokEnd; j < len(x.toks) && j < q.TokEnd+windowBracket; j++ {
		if x.punct(j) == ')' {
			return j
		}
		if x.punct(j) == '(' {
			return 0
		}
	}
	return 0
}

// loanNounAfter reports whether the noun phrase the figure opens is a loan: "$193.5
// million three-year loan".
func (x *extractor) loanNounAfter(q *number.Quantity) bool {
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+windowNounAfter+1; j++ {
		if x.cues[j]&cueLoan != 0 {
			return true
		}
		if x.isPunct(j) && !lex.IsHyphen(x.punct(j)) {
			return false
		}
	}
	return false
}

// lenderReferred returns the words by which a sentence refers to the lending institution
// an earlier one named ("the lender's executive board", "the Fund"), or "".
func (x *extractor) lenderReferred() string {
	for j := 1; j < len(x.toks); j++ {
		if w := x.lower(j); (w == "lender" || w == "lender's" || w == "fund" || w == "fund's") && x.isAt(j-1, roleDefinite) {
			if w == "fund" || w == "fund's" {
				if !x.toks[j].Is(lex.Capital) {
					continue // "the fund" may be any fund; "the Fund" is the IMF
				}
			}
			return x.quoteToks(j-1, j+1)
		}
	}
	return ""
}

// programmeAfter reports whether a programme's noun follows the amount q within its noun
// phrase: "$3.4 billion financing program", "$1.2 billion Extended Fund Facility".
func (x *extractor) programmeAfter(q *number.Quantity) bool {
	for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+3 && !x.isPunct(j); j++ {
		if x.cues[j]&cueProgram != 0 {
			return true
		}
	}
	return false
}

// articleNamesLender reports whether the article names a lending institution anywhere
// ("The IMF commended progress", two sentences after "the lender's executive board").
// Asked only of a sentence that refers to a lender without naming it.
func (x *extractor) articleNamesLender() bool {
	for _, l := range lenders {
		name := strings.Join(l.words, " ")
		for i := strings.Index(x.lowered, name); i >= 0; {
			end := i + len(name)
			if (i == 0 || !isWordByte(x.lowered[i-1])) && (end == len(x.lowered) || !isWordByte(x.lowered[end])) {
				return true
			}
			k := strings.Index(x.lowered[end:], name)
			if k < 0 {
				break
			}
			i = end + k
		}
	}
	return false
}

// programmeAmount returns the programme's noun whose amount the figure gives: "l'accord
// global, d'un montant de", "el programa, por un monto de" (the amount word right before
// the figure, the programme's noun a few words before it, in one clause), or "".
func (x *extractor) programmeAmount(q *number.Quantity) string {
	j := q.Tok - 1
	if x.lower(j) == "de" || x.lower(j) == "of" {
		j--
	}
	if !x.isAt(j, roleAmountNoun) {
		return ""
	}
	for k := j - 1; k >= 0 && k >= j-windowProgrammeAmount && x.clause[k] == x.clause[q.Tok]; k-- {
		if x.cues[k]&cueProgram != 0 {
			return x.quoteToks(k, k+1)
		}
		if x.figureAt(k) {
			return ""
		}
	}
	return ""
}
