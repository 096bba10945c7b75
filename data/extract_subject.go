package data

import (
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// Who a clause is about when it names no country as a figure's owner: a country it
// refers back to ("the country", "the government"), or someone else — a firm, a person,
// a brand, a continent, many states, a region standing for its country — whose figure
// the paragraph's or heading's country must not take.

// refersBack reports whether the clause, before token before, has a country for its
// subject without naming it: "the country", "the island nation", "its government".
func (x *extractor) refersBack(clause, before int) string {
	noun, _ := x.refersBackAt(clause, before)
	return noun
}

// refersBackAt is refersBack with the words around the country noun, the adjectives
// Romance languages put after it included ("o país sul-americano"), for regionReferral.
func (x *extractor) refersBackAt(clause, before int) (noun, around string) {
	for i := 0; i < before && i < len(x.toks); i++ {
		if x.clause[i] != clause || !x.isAt(i, roleCountryNoun) {
			continue
		}
		if x.toks[i].Is(lex.Capital) && x.lower(i) == "fund" {
			continue // "the International Monetary Fund" is a lender, not a state
		}
		j := i - 1
		for k := 0; k < 2; k++ {
			if w := x.lower(j); w != "" && !is(w, roleDefinite) && w != "their" && !is(w, roleRanked) && x.toks[j].Kind == lex.Word && cueOf(w)&cuePrep == 0 {
				j-- // adjectives: "the island nation", "the Southeast Asian country"
			}
		}
		if w := x.lower(j); is(w, roleDefinite) && !x.isAt(j+1, roleRanked) {
			return x.quoteToks(j, i+1), x.quoteToks(j, min(i+4, len(x.toks))) // "the country", "its government", "el país centroamericano", "le pays"
		}
	}
	return "", ""
}

// regionReferral: a country referred to with its part of the world (noun, with the
// words around it: "the South American country", "o país sul-americano") is the one
// country the paragraph has named there, or stays in doubt when none or several fit.
// ok is false when the words name no part of the world.
func (x *extractor) regionReferral(noun, around string) (p pick, ok bool) {
	region := x.regionOfWords(around)
	if region == "" {
		return pick{}, false
	}
	iso2 := ""
	if c, found := country.ByISO2(x.para); found && c.Region == region {
		iso2 = x.para
	} else {
		for _, m := range x.named[min(x.paraNamedAt, len(x.named)):] {
			if c, found := country.ByISO2(m.ISO2); found && c.Region == region {
				if iso2 != "" && iso2 != m.ISO2 {
					iso2 = ""
					break
				}
				iso2 = m.ISO2
			}
		}
	}
	if iso2 == "" {
		return pick{doubt: "“" + noun + "” names a part of the world where the paragraph names no one country"}, true
	}
	return pick{iso2: iso2, rule: RuleRefersBack, cue: noun}, true
}

// inTheCountry reports whether the sentence places its figure "in the country" ("en el
// país", "no país", "dans le pays"): where, said of the one country the article is about.
func (x *extractor) inTheCountry() bool { return x.inTheCountryWords() != "" }

// inTheCountryWords is the words of inTheCountry, as written, or "".
func (x *extractor) inTheCountryWords() string {
	for j := 1; j+1 < len(x.toks); j++ {
		// Portuguese "no" is "in the" only before "país": English "no country" is not
		if x.isAt(j+1, roleCountryNoun) && x.isAt(j, roleDefinite) && x.isAt(j-1, roleIn) {
			return x.quoteToks(j-1, j+2)
		}
		if x.isAt(j+1, roleCountryNoun) && x.isAt(j, roleInThe) && (x.lower(j) != "no" || x.lower(j+1) == "país") {
			return x.quoteToks(j, j+2)
		}
		if w := x.lower(j); (w == "du" || w == "del" || w == "do") && (x.lower(j+1) == "pays" || x.lower(j+1) == "país") {
			return x.quoteToks(j, j+2) // "le nombre total de bitcoins du pays": the country's own
		}
	}
	return ""
}

// regionOfWords is the part of the world the words name ("the South American country"
// gives "South America"), or "".
func (x *extractor) regionOfWords(words string) string {
	low := strings.ToLower(words)
	for _, r := range regionAdjectives {
		if strings.Contains(low, r.words) {
			return r.region
		}
	}
	return ""
}

// agencyHolder is the one state agency the figure's clause names before it as holder: a
// country's name followed by capitalised words that end in a word for an agency ("the
// U.S. Marshals Service (USMS) holds just over 28,988 Bitcoin"), or "".
func (x *extractor) agencyHolder(q *number.Quantity) string {
	for _, m := range x.ments {
		if m.TokEnd >= q.Tok || x.clause[m.Tok] != x.clause[q.Tok] {
			continue
		}
		for k := m.TokEnd; k < q.Tok && k < m.TokEnd+3; k++ {
			if t := x.toks[k]; t.Kind != lex.Word || !t.Is(lex.Capital) {
				break
			}
			if x.isAt(k, roleAgencyNoun) {
				return x.quoteToks(m.Tok, k+1)
			}
		}
	}
	return ""
}

// knownName reports whether the capitalised word at k is no name of a firm or a person:
// a country, a lender, a month, or a word the rules know.
func (x *extractor) knownName(k int) bool {
	w := x.lower(k)
	return x.mentionAt(k) != nil || cueOf(w) != 0 || roleWords[w] != (roleSet{}) || number.IsMonth(w) || x.institutionAt(k) != ""
}

// ownerAfter is the owner a possessive "of" names right after coins, when it is a name
// that is no country, state body or word the rules know: "behind the 214,246 BTC of
// MicroStrategy", "die 214.246 BTC von MicroStrategy". Not coins a clause says were
// seized, which "von" takes from someone ("50.000 Bitcoins von Movie2k beschlagnahmt").
func (x *extractor) ownerAfter(q *number.Quantity) string {
	j := q.TokEnd
	if w := x.lower(j); w != "of" && w != "von" && w != "di" || j+1 >= len(x.toks) {
		return ""
	}
	k := j + 1
	if t := x.toks[k]; t.Kind != lex.Word || !t.Is(lex.Capital) || x.knownName(k) {
		return ""
	}
	if x.clauseCues(q.Tok)&cueSeize != 0 {
		return ""
	}
	return x.quoteToks(j, k+1)
}

// otherSubject returns the name that is the subject of a clause, before token before,
// when it is someone other than a country or its state: a person or a firm written with
// a capital inside the sentence ("In 2019, Bitfury purchased ...", "the survey found that
// Dmitrovich owns ..."). A figure of such a clause is theirs, so the country a paragraph
// or heading is about does not take it. Names after a preposition ("according to
// Chainalysis"), lenders, institutions of the state, months and cue words are not it.
func (x *extractor) otherSubject(clause, before int) string {
	if before > 1 && x.clause[0] == clause && x.camelCase(0) && x.toks[1].Kind == lex.Word && !x.toks[1].Is(lex.Capital) &&
		x.mentionAt(0) == nil && cueOf(x.lower(1))&cuePrep == 0 {
		return x.quoteToks(0, 1) // "PlusToken attracted over 2 million investors": a brand opens the sentence
	}
	for i := 1; i < before && i < len(x.toks); i++ {
		t := x.toks[i]
		if x.clause[i] != clause || t.Kind != lex.Word || !t.Is(lex.Capital) || x.toks[i-1].Kind == lex.Word && x.toks[i-1].Is(lex.Capital) {
			continue // only the first word of a run of capitals: "Manhattan Solar Partners"
		}
		if p := x.punct(i - 1); x.isPunct(i-1) && p != ',' && p != '–' && p != '—' {
			continue // after a quotation mark, colon or bracket a capital starts a phrase
		}
		if w := x.lower(i - 1); x.toks[i-1].Kind == lex.Word && w != "that" && w != "and" && cueOf(w)&cueConj == 0 {
			continue // "according to Chainalysis", "the Ministry", "told Reuters"
		}
		end := i
		for end < before && x.toks[end].Kind == lex.Word && x.toks[end].Is(lex.Capital) {
			if x.knownName(end) {
				end = -1 // a country, the state, a lender or a word the rules know
				break
			}
			end++
		}
		if end <= i || end >= before || x.toks[end].Kind != lex.Word || x.toks[end].Is(lex.Capital) {
			continue
		}
		if w := x.lower(end); cueOf(w)&cuePrep != 0 || is(w, roleSaying, roleReport) || w == "of" || w == "and" {
			continue // "Bukele said ...": what follows is what was said
		}
		return x.quoteToks(i, end)
	}
	return ""
}

// regionSubject reports whether a clause that names no country speaks, before token
// before, of a continent or a region ("the African continent", "Latin America", "the
// region"): its figure is the region's, not the country a paragraph is about.
func (x *extractor) regionSubject(clause, before int) string {
	for i := 0; i < before && i < len(x.toks); i++ {
		if x.clause[i] != clause || x.inMention(i) {
			continue // "South Africa" is a country
		}
		if x.isAt(i, roleContinent) {
			return x.quoteToks(max(0, i-2), i+1)
		}
	}
	return ""
}

// manyStatesAfter reports whether the clause, after token tok, says its figure is many
// states' ("are held by governments around the world").
func (x *extractor) manyStatesAfter(clause, tok int) bool {
	for j := tok + 1; j < len(x.toks); j++ {
		if x.clause[j] == clause && x.isAt(j, roleManyStates) && !x.inMention(j) {
			return true
		}
	}
	return false
}

// regionNamed returns the region the sentence names for iso2 when it names the country
// only by a region ("Irkutsk", "Texas"), or "".
func (x *extractor) regionNamed(iso2 string) string {
	region := ""
	for _, m := range x.ments {
		if m.ISO2 != iso2 {
			continue
		}
		if !m.Region {
			return ""
		}
		region = x.quoteToks(m.Tok, m.TokEnd)
	}
	return region
}

// inMention reports whether token i is part of a country's name.
func (x *extractor) inMention(i int) bool {
	for _, m := range x.ments {
		if i >= m.Tok && i < m.TokEnd {
			return true
		}
	}
	return false
}

// camelCase reports whether token i is a name with a capital inside ("PlusToken",
// "BitRiver"), never a word of the language.
func (x *extractor) camelCase(i int) bool {
	w := x.toks[i].Text(x.a.Text)
	if x.toks[i].Kind != lex.Word || x.toks[i].Is(lex.AllCaps) || len(w) < 4 {
		return false
	}
	for k := 1; k < len(w)-1; k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
			return true
		}
	}
	return false
}

// onlyCountry reports whether m is the only country its clause names.
func (x *extractor) onlyCountry(m namedCountry) bool {
	for _, o := range x.ments {
		if o.clause == m.clause && !o.excluded && !o.based && o.ISO2 != m.ISO2 {
			return false
		}
	}
	return true
}

// unnamedCountry reports whether a clause speaks, before token before, of a country it
// does not name: "another country", "two countries in the region", "several governments".
// leaderNamed reports whether, between tokens from and before, one country is named
// after "with" as the one that leads: "Governments are securing their stake, with the
// U.S. government leading the pack, holding 198,109 BTC".
func (x *extractor) leaderNamed(from, before int) bool {
	for _, m := range x.ments {
		if m.Tok <= from || m.TokEnd > before || m.coord {
			continue
		}
		w := m.Tok - 1
		if x.isAt(w, roleDefinite) {
			w--
		}
		if x.lower(w) == "with" && x.punct(w-1) == ',' {
			return true
		}
	}
	return false
}

func (x *extractor) unnamedCountry(clause, before int) bool {
	if !x.roles.has(roleManyStates) && !x.roles.has(roleCountryNoun) && !x.roles.has(roleJurisdiction) {
		return false // no word for a country, named or not
	}
	// "only two other countries hold more than 1,000 BTC: Bhutan, with over 10,000 BTC":
	// after a colon the list names them.
	from := 0
	for i := before - 1; i > 0; i-- {
		if x.punct(i) == ':' {
			for _, m := range x.ments {
				if m.Tok > i && m.Tok < before {
					from = i + 1
				}
			}
			break
		}
	}
	for i := from; i < before && i < len(x.toks); i++ {
		if x.clause[i] != clause {
			continue
		}
		if (i == 0 || x.isPunct(i-1) || x.isAt(i-1, roleThoseMany) && (i == 1 || x.isPunct(i-2))) && x.mentionAt(i) == nil {
			if x.isAt(i, roleManyStates) && !x.leaderNamed(i, before) {
				return true // "Countries are estimated to hold ...": many, none named
			}
		}
		switch w := x.lower(i); {
		case is(w, roleManyStates, roleJurisdiction) || w == "country" || w == "nation":
		case w == "state" || w == "government":
			if i+1 < len(x.toks) && (x.toks[i+1].Kind == lex.Word || lex.IsDash(x.punct(i+1))) {
				continue // an adjective: "a state loan", "a government bond", "state-owned"
			}
		default:
			continue
		}
		if k := i + 2; x.punct(i+1) == ',' && (x.mentionAt(k) != nil || x.isAt(k, roleDefinite) && x.mentionAt(k+1) != nil) {
			continue // "only one other country, the Central African Republic, has followed suit": named in apposition
		}
		j := i - 1
		if x.isAt(j, roleRegion) {
			j--
		}
		if x.isAt(j, roleSomeOf) {
			if j > 1 && x.punct(j-1) == ',' && x.mentionEndingAt(j-2) != nil {
				continue // "El Salvador, a country whose president declared ...": named before, in apposition
			}
			return true
		}
	}
	return false
}
