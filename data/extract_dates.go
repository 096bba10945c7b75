package data

import (
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// classifyDates finds the dates that are figures: the year bitcoin became legal tender
// ("legal tender in September 2021"), and the year a loan's term ends ("reforms
// scheduled through 2027").
func (x *extractor) classifyDates() {
	legal := x.legalTender()
	x.tenderAdoptedNow(legal)
	if legal < 0 {
		// "Since the Central African Republic adopted bitcoin in April 2022", in an article
		// that speaks of legal tender (asked second: the sentence's own words cost less).
		if a := x.adoptedBitcoin(); a >= 0 && x.tenderTalked() {
			legal = a
		}
	}
	byLaw := false
	if legal < 0 && x.roles.has(roleInEffect) {
		// "The law went into effect on September 7, 2021", "la ley entró en vigor el 7 de
		// septiembre de 2021": the bitcoin law of an article that speaks of legal tender
		if l := x.lawInEffect(); l >= 0 && x.tenderTalked() && x.topic&cueCrypto != 0 {
			legal, byLaw = l, true
		}
	}
	// A year ends a loan only in a sentence about it, or one that carries its talk on with
	// a word of ending ("The programme runs through 2027"): "Looking ahead to 2025" does not.
	loan := x.sentenceHas(cueLoan) || (x.loanTalk || x.stated[LoanUSD] || x.articleLoan) && x.sentenceHas(cueEnd|cueProgram) ||
		(x.sentenceHas(cueProgram) && x.lender() != "")
	// Of dates on both sides of "legal tender" in its clause, it takes the nearer: not
	// 2023 in "used Bitcoin in 2023, and it has been legal tender since 2021" (dates on
	// one side may be a list: "in 2021 and 2022, respectively").
	first := legal
	for k, d := range x.ds {
		if d.Rel != number.Absolute && d.Rel != number.LastYear && d.Rel != number.ThisYear {
			continue
		}
		legal := x.tenderFor(d.Tok, first)
		nearest := -1
		if legal >= 0 {
			for k, d := range x.ds {
				if d.Year != 0 && x.clause[d.Tok] == x.clause[legal] && (nearest < 0 || abs(d.Tok-legal) < abs(x.ds[nearest].Tok-legal)) {
					nearest = k
				}
			}
		}
		when := d.Resolve(x.a.Published, x.lastWhen)
		if when.Year == 0 {
			continue
		}
		f := figure{value: float64(when.Year), tok: d.Tok, clause: x.clause[d.Tok], span: Span{d.Start, d.End}, asOf: when, dated: true}
		switch {
		case legal >= 0 && (nearest < 0 || nearest == k || d.Year == 0 || (d.Tok < legal) == (x.ds[nearest].Tok < legal)) && (abs(d.Tok-legal) <= windowLegalTender || x.adoptedBetween(d, legal)) && x.clause[legal] == f.clause &&
			x.localAdopter(legal) == "" &&
			(!x.repealed(legal, d) || x.adoptedAt(d)) &&
			x.near(min(d.Tok, legal), windowPlan, 0)&cuePlan == 0 && x.near(d.Tok, 0, d.TokEnd-d.Tok+4)&cuePlan == 0 &&
			x.near(legal, windowPlan, 0)&(cuePlan|cueNegation) == 0 && !x.planBetween(legal, d.Tok) &&
			!x.offsetBetween(d, legal) &&
			!isEndPrep(d.Prep) && (byLaw || x.tenderOfCrypto(legal)) && (d.Year != 0 || x.roleInClause(legal, roleAnniversary) == ""):
			f.metric = LegalTenderYear
			f.why = "Legal tender since: the year “legal tender” is dated"
			if byLaw {
				f.why = "Legal tender since: the year the law of an article on legal tender took effect (“" + x.quoteToks(legal, legal+1) + "”)"
			}
		case loan && d.Rel == number.Absolute && d.Year != 0 && !x.graceYear(d) && !x.fiscalYear(d) && !x.previousProgramme(d) && (isEndPrep(d.Prep) && d.Prep != "by" || x.near(d.Tok, 2, 0)&cueEnd != 0 && (d.Prep == "in" || d.Prep == "on") || x.spanOfLoan(d)) &&
			x.wouldHave(d.Tok) == "" && !x.monitoredProgramme() && !x.isAt(d.Tok-2, roleCalledOff) && !x.isAt(d.Tok-1, roleCalledOff) && !x.withinAYear(d) &&
			!(d.Prep == "to" && x.lower(d.Tok-2) == "back"): // not "the programme dates back to July 2022": where it began
			f.metric = LoanTermEndYear
			f.why = "A loan's last year: “" + x.quoteToks(max(d.Tok-1, 0), d.Tok) + "” a year, in a sentence about a loan"
			f.asOf = number.When{}
			f.dated = false
			f.span = Span{int(x.toks[max(d.Tok-1, 0)].Start), d.End} // "through 2027"
			if x.spanOfLoan(d) {
				f.why = "A loan's last year: the end of the span “" + x.quoteToks(d.Tok-2, d.TokEnd) + "” naming a loan"
				f.span = Span{d.Start, d.End}
			}
			// "The board will decide whether ... extending the programme till 2020": the
			// term is proposed. A term that "will run until 2028" is simply its end.
			for j := 0; j < d.Tok; j++ {
				if x.cues[j]&cuePlan != 0 && x.clause[j] == x.clause[d.Tok] && !x.isAt(j, roleTermFuture) {
					f.planned, f.why = true, "Planned, not current: “"+x.quoteToks(j, j+1)+"”"
				}
			}

		default:
			continue
		}
		x.founds = append(x.founds, f)
	}
}

// legalTender returns the token where the sentence names legal-tender status ("legal
// tender", "legal currency", "an official currency" of bitcoin), or -1.
func (x *extractor) legalTender() int {
	for i := 0; i+1 < len(x.toks); i++ {
		if w := x.lower(i); tenderFirst.Maybe(w) && tenderPairs[[2]string{w, x.lower(i + 1)}] || x.madeCurrency(i) {
			return i
		}
	}
	return -1
}

// madeCurrency reports whether a country's own money named at token i is what bitcoin is
// made: "Bitcoin as the national currency", "Bitcoin sebagai mata uang resmi" (coin, an
// as-word, at most an article or "mata" between).
func (x *extractor) madeCurrency(i int) bool {
	if w := x.lower(i); !tenderAsFirst.Maybe(w) || !tenderAsPairs[[2]string{w, x.lower(i + 1)}] && !tenderAsPairs[[2]string{w, ""}] {
		return false
	}
	as := i - 1
	if as > 0 && (x.isAt(as, roleDefinite) || x.isAt(as, roleIndefinite) || x.lower(as) == "mata") {
		as--
	}
	return as > 0 && x.isAt(as, roleMadeAs) && x.isAt(as-1, roleCoin) && x.clause[as-1] == x.clause[i]
}

// offsetBetween reports whether a span of time "after" or "before" stands between a date
// and the legal tender at token legal: the tender is dated by the span from the date, not
// by it ("buying since late November 2022, about a year after it officially recognized
// the digital currency as legal tender").
func (x *extractor) offsetBetween(d number.Date, legal int) bool {
	for k := min(d.TokEnd, legal) + 1; k < max(d.Tok, legal); k++ {
		if (x.isAt(k, roleAfterEvent) || x.lower(k) == "before") && x.isAt(k-1, roleSpanUnit) {
			return true
		}
	}
	return false
}

// tenderFor returns the legal-tender phrase a date at token tok is read with: the one
// nearest to it in its clause, else the sentence's first, first ("The first country to
// accept Bitcoin as legal tender is El Salvador, whose government passed legislation
// making the cryptocurrency legal tender on 9 June 2021": the second).
func (x *extractor) tenderFor(tok, first int) int {
	best := first
	if first < 0 {
		return first
	}
	for i := first + 1; i+1 < len(x.toks); i++ {
		if w := x.lower(i); tenderFirst.Maybe(w) && tenderPairs[[2]string{w, x.lower(i + 1)}] && x.clause[i] == x.clause[tok] &&
			(x.clause[best] != x.clause[tok] || abs(i-tok) < abs(best-tok)) {
			best = i
		}
	}
	return best
}

// adoptedBitcoin returns the token of "bitcoin" right after a verb that adopts it, or -1
// (its caller asks whether the article has spoken of legal tender).
func (x *extractor) adoptedBitcoin() int {
	for i := 1; i < len(x.toks); i++ {
		if x.isAt(i, roleCoin) && (x.isAt(i-1, roleAdopt) || x.lower(i-1) == "adopt") {
			// not "officially recognized bitcoin as a form of payment": a means of
			// payment is no legal tender
			for j := i + 1; j+2 < len(x.toks) && j <= i+4; j++ {
				if x.isAt(j+1, roleOf) && x.isAt(j+2, rolePayment) {
					return -1
				}
			}
			return i
		}
	}
	return -1
}

// tenderOfCrypto reports whether the legal tender named at token legal is a crypto's: a
// crypto word near it, or "it" adopted as legal tender in a clause that names a crypto
// before ("El Salvador's venture into Bitcoin began with the decision to adopt it as
// legal tender in 2021").
func (x *extractor) tenderOfCrypto(legal int) bool {
	if x.stateCoinNear(legal) {
		return false // "established the Digital Ruble as a new form of legal tender in 2023"
	}
	if x.near(legal, 8, 4)&cueCrypto != 0 {
		return true
	}
	for j := max(2, legal-windowTenderWhich); j < legal; j++ {
		// "risks associated with Bitcoin, which the country adopted as legal tender in
		// 2021": the relative clause's "which" is the crypto before its comma.
		if x.lower(j) == "which" && x.punct(j-1) == ',' && x.cues[j-2]&cueCrypto != 0 && x.clause[j] == x.clause[legal] {
			return true
		}
	}
	for j := max(1, legal-3); j < legal; j++ {
		if x.lower(j) == "it" && (x.isAt(j-1, roleAdopt) || x.lower(j-1) == "adopt") {
			return x.clauseCues(legal)&cueCrypto != 0
		}
		// "even though it has been legal tender since 2021": "it" is the sentence's bitcoin
		if w := x.lower(j + 1); x.lower(j) == "it" && (w == "has" || w == "became" || is(w, roleHaveAux, roleBe)) &&
			x.sentenceHas(cueCrypto) && x.topic&cueCrypto != 0 {
			return true
		}
	}
	return false
}

// stateCoinNear reports whether a central bank's digital currency is named near the
// legal tender at token legal, in its sentence: a CBDC by name ("e-naira") or "digital"
// before a state's currency ("the digital ruble", "the digital yuan").
func (x *extractor) stateCoinNear(legal int) bool {
	for j := max(0, legal-8); j < len(x.toks) && j <= legal+4; j++ {
		if x.isAt(j, roleCBDC) || x.lower(j) == "digital" && number.IsCurrencyWord(x.lower(j+1)) {
			return true
		}
	}
	return false
}

// planBetween reports whether a word of plan or possibility stands between tokens a and b
// of one clause: "legal tender could happen as early as November".
func (x *extractor) planBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for j := a + 1; j < b; j++ {
		if x.clause[j] != x.clause[a] {
			return false
		}
		if x.cues[j]&cuePlan != 0 {
			return true
		}
	}
	return false
}

// tenderNow reports whether a sentence with no number or date may still state the year
// of legal tender: it speaks of legal tender in an article whose date is known ("The
// Central African Republic has approved Bitcoin as legal tender"). A sentence that
// names legal tender is the article speaking of it, so the article need not be read.
func (x *extractor) tenderNow() bool {
	return !x.a.Published.IsZero() && x.legalTender() >= 0
}

// tenderTalked reports whether the article speaks of legal tender anywhere, read from
// its text once, when a sentence first asks, in one pass over its words.
func (x *extractor) tenderTalked() bool {
	if x.tenderTalk == 0 {
		x.tenderTalk = -1
		// One pass over the words: a word that may open a phrase is looked up with the
		// word after it.
		text := x.lowered
		prev := ""
		for i := 0; i < len(text); {
			for i < len(text) && !isWordByte(text[i]) {
				i++
			}
			j := i
			for j < len(text) && isWordByte(text[j]) {
				j++
			}
			w := text[i:j]
			if prev != "" && tenderPairs[[2]string{prev, w}] {
				x.tenderTalk = 1
				break
			}
			prev = ""
			if tenderFirst.Maybe(w) {
				prev = w
			}
			i = j
		}
	}
	return x.tenderTalk > 0
}

// tenderAdoptedNow: "The Central African Republic has adopted bitcoin as a legal
// currency, the presidency announced on Wednesday": legal tender adopted in the present
// perfect, or taking effect, with no year written: the year it was published.
func (x *extractor) tenderAdoptedNow(legal int) {
	if legal < 0 || x.hasYear() || x.a.Published.IsZero() || x.repealed(legal, number.Date{Tok: legal}) {
		return
	}
	if x.near(legal, 8, 4)&cuePlan != 0 || !x.tenderOfCrypto(legal) {
		return
	}
	now := -1
	adopts := false
	for j := 0; j < legal+6 && j < len(x.toks); j++ {
		adopts = adopts || x.clause[j] == x.clause[legal] && x.isAt(j, roleAdopt, roleBecomes)
	}
	for j := 0; j < legal+6 && j+1 < len(x.toks); j++ {
		w, n := x.lower(j), x.lower(j+1)
		if j < legal-windowTenderNow && !x.isAt(j, roleToday, roleThisDay) {
			continue // the verbs of adopting stand close to the phrase; the day may open the sentence
		}
		if j < legal && (w == "has" || w == "have") && is(n, roleAdopt) ||
			(w == "took" || w == "takes") && n == "effect" { // "the law ... as legal tender took effect Tuesday"
			now = j
		}
		// "Desde este martes, El Salvador se convirtió en el primer país ... de curso
		// legal", "today has become": a day of the week the article was written in.
		if adopts && now < 0 && (x.isAt(j, roleToday) || x.isAt(j, roleThisDay) && number.IsWeekday(n)) && !x.agoBefore(j) {
			now = j
		}
	}
	if now < 0 || x.clause[now] != x.clause[legal] || x.localAdopter(legal) != "" {
		return
	}
	year := x.a.Published.Year()
	x.founds = append(x.founds, figure{
		metric: LegalTenderYear, value: float64(year), tok: now, clause: x.clause[now],
		span: Span{int(x.toks[now].Start), int(x.toks[min(now+1, len(x.toks)-1)].End)}, dated: true,
		asOf: number.When{Year: year, Precision: number.YearOnly},
		why:  "Legal tender since: adopted as the article was published (“" + x.quoteToks(now, now+2) + "”)",
	})
}

// monitoredProgramme reports whether the sentence speaks of a programme the IMF's staff
// only monitors ("staff-monitored program", "le programme de référence"): it lends
// nothing, so its end is no loan's.
func (x *extractor) monitoredProgramme() bool {
	for j := range x.toks {
		if x.isAt(j, roleMonitored) || x.isAt(j, roleReference) && x.isAt(j-1, roleOf) && x.cues[max(j-2, 0)]&cueProgram != 0 {
			return true
		}
	}
	return false
}

// agoBefore reports whether a word that counts time back stands just before token j:
// "One year ago today", "hace un año hoy".
func (x *extractor) agoBefore(j int) bool {
	for k := max(0, j-3); k < j; k++ {
		if x.isAt(k, roleAgo) {
			return true
		}
	}
	return false
}

// adoptedBetween: the sentence's only year (or its month, in a dated page) dates a verb
// that adopts legal tender further from the phrase than the usual window: "on April 21,
// 2022, the national assembly of the Central African Republic unanimously passed a bill
// to take bitcoin as legal tender".
func (x *extractor) adoptedBetween(d number.Date, legal int) bool {
	years := 0
	for _, o := range x.ds {
		if o.Year != 0 && !x.isLeadingDate(o) {
			years++
		}
	}
	// a month alone in a dated page may be the date ("depois de se tornar, em Abril, na
	// segunda nação ... a adoptar a bitcoin como moeda oficial"): no year is written
	if years > 1 || years == 0 && (d.Year != 0 || d.Month == 0 || d.Rel != number.Absolute || x.a.Published.IsZero()) {
		return false
	}
	// The verb may also close the clause right after the phrase, as German puts it: "das
	// Bitcoin als gesetzliches Zahlungsmittel einführte".
	for j := min(d.TokEnd, legal); j < max(d.Tok, legal+windowVerbLast); j++ {
		if x.isAt(j, roleAdopt) && x.clause[j] == x.clause[legal] {
			return true
		}
	}
	return false
}

// localAdopter: the clause that names legal tender has a place within a country for its
// subject ("A special economic zone on the island has adopted bitcoin as legal
// tender"): the place's money, not the country's. It returns the place's noun.
func (x *extractor) localAdopter(legal int) string {
	for j := 1; j < legal; j++ {
		if x.clause[j] != x.clause[legal] || !x.isAt(j, roleLocality) {
			continue
		}
		if w := x.lower(j - 1); (w == "a" || w == "the" || w == "this" || w == "economic" || w == "special") && !x.isAt(j+1, roleCountryNoun) &&
			(j < 2 || cueOf(x.lower(j-2))&cuePrep == 0) { // not "the first country in the region to adopt"
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// adoptedAt: an adopting verb dates the year ("legal tender, granted in 2023"), even in
// a sentence that speaks of its repeal.
func (x *extractor) adoptedAt(d number.Date) bool {
	for j := max(0, d.Tok-2); j < d.Tok; j++ {
		if x.isAt(j, roleAdopt) {
			return true
		}
	}
	return false
}

// graceYear: the year ends a grace period or a deadline ("a grace period until 2027
// before repayments start"), not the loan.
func (x *extractor) graceYear(d number.Date) bool {
	for j := max(0, d.Tok-4); j < d.Tok; j++ {
		if x.isAt(j, roleGrace) && x.clause[j] == x.clause[d.Tok] {
			return true
		}
	}
	// "The assessment ... started on Tuesday, April 2 and will end on April 12, 2024":
	// the sentence's subject is what ends.
	for j := 0; j < 3 && j < d.Tok; j++ {
		if x.isAt(j, roleGrace) {
			return true
		}
	}
	return false
}

// hasYear reports whether the sentence writes a year.
func (x *extractor) hasYear() bool {
	for _, d := range x.ds {
		if d.Year != 0 && !x.isLeadingDate(d) {
			return true
		}
	}
	return false
}

// isWordByte reports whether b belongs to a word of lower-cased text: an ASCII letter or
// any byte of a letter written in UTF-8 ("légal", "zahlungsmittel").
func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 0x80 }

// isLeadingDate reports whether d is the publication date a text opens with.
func (x *extractor) isLeadingDate(d number.Date) bool {
	return d.Start < 20 && !x.a.Published.IsZero() && leadingDate(x.a.Text).Equal(x.a.Published)
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

func isEndPrep(p string) bool { return is(p, roleEndPrep) }

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// spanOfLoan reports whether d ends a span of years that names a loan ("the 2021-2025
// facility", "its 2023–2026 programme"): the year it runs to.
func (x *extractor) spanOfLoan(d number.Date) bool {
	h := d.Tok - 1
	if x.betweenYears(d) {
		return true
	}
	if h < 1 || !lex.IsHyphen(x.punct(h)) {
		return false
	}
	opened := false
	for _, e := range x.ds {
		opened = opened || e.TokEnd == h && e.Year != 0 && e.Year < d.Year && e.Month == 0
	}
	return opened && d.Month == 0 && d.TokEnd < len(x.cues) && x.cues[d.TokEnd]&(cueLoan|cueProgram) != 0
}

// betweenYears reports whether d closes "between" one year "and" d after a word for a
// loan: "el acuerdo económico suscrito entre 2023 y 2026", "the programme, between 2024
// and 2027".
func (x *extractor) betweenYears(d number.Date) bool {
	if d.Month != 0 || !x.isAt(d.Tok-1, roleAnd) {
		return false
	}
	for _, e := range x.ds {
		if b := x.lower(e.Tok - 1); e.TokEnd != d.Tok-1 || e.Year == 0 || e.Year >= d.Year || e.Month != 0 || !number.IsBetweenWord(b) {
			continue
		}
		for j := e.Tok - 2; j >= 0 && j >= e.Tok-5; j-- {
			if x.cues[j]&(cueLoan|cueProgram) != 0 {
				return true
			}
		}
	}
	return false
}

// withinAYear reports whether d closes a span that opens within its year ("visited
// Dhaka from October 26 to November 9, 2022"): a visit or a meeting, not a programme,
// which runs for years.
func (x *extractor) withinAYear(d number.Date) bool {
	for _, e := range x.ds {
		if e.TokEnd <= d.Tok && d.Tok-e.TokEnd <= 1 && e.Prep == "from" && (e.Year == 0 || e.Year == d.Year) {
			return true
		}
	}
	return false
}

// previousProgramme reports whether the date's clause names, before it, an earlier
// programme the one told of replaces: "replaces a previous one that was set to expire in
// March 2024" (not "Earlier this year", nor "the previous government").
func (x *extractor) previousProgramme(d number.Date) bool {
	for j := 0; j+1 < d.Tok; j++ {
		if !x.isAt(j, roleEarlier) || x.clause[j] != x.clause[d.Tok] {
			continue
		}
		for k := j + 1; k < d.Tok && k <= j+2; k++ {
			if x.cues[k]&(cueLoan|cueProgram) != 0 || x.lower(k) == "one" {
				return true
			}
		}
	}
	return false
}

// fiscalYear reports whether the date closes a budget's year: "the financial year ended
// in June 2020", "fiscal year through June 2024".
func (x *extractor) fiscalYear(d number.Date) bool {
	for j := max(0, d.Tok-4); j+1 < d.Tok; j++ {
		if x.isAt(j, roleFiscal) && x.lower(j+1) == "year" {
			return true
		}
	}
	return false
}

// wouldHave is the "would have" of token i's clause, which speaks of what did not happen
// ("the SBA, which would have expired on December 11, 2025, was cancelled"), or "".
func (x *extractor) wouldHave(i int) string {
	for j := 0; j+1 < i; j++ {
		if x.clause[j] == x.clause[i] && (x.lower(j) == "would" || x.lower(j) == "could" || x.lower(j) == "should") && x.lower(j+1) == "have" {
			return x.quoteToks(j, j+2)
		}
	}
	return ""
}

// lawInEffect returns the token of a law the sentence says took effect ("The law went
// into effect on", "la ley entró en vigor", "das Gesetz trat ... in Kraft"), or -1.
func (x *extractor) lawInEffect() int {
	for i := range x.toks {
		if !x.isAt(i, roleLawNoun) {
			continue
		}
		for j := i + 1; j < len(x.toks) && j <= i+windowInEffect && x.clause[j] == x.clause[i]; j++ {
			if x.isAt(j, roleInEffect) {
				return i
			}
		}
	}
	return -1
}
