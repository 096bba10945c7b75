package country

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"cryptoatlas/data/lex"
)

// notCountries are phrases that contain a country's name but do not name the country.
// Matching them first (longest match wins) keeps "Latin America" from counting as the
// United States and "New Jersey" from counting as Jersey.
var notCountries = []string{
	"Latin America", "Latin American", "Latin Americans", "South America", "South American",
	"Central America", "Central American", "North America", "North American", "Bank of America",
	"Native American", "Native Americans", "American Express", "New Mexico", "New Jersey",
	"Jersey City", "New Guinea", "Georgia Tech", "Niger Delta", "South China Sea",
	"East China Sea", "China Sea", "Gulf of Mexico", "Indian Ocean", "Swiss Re", "Turkish Airlines",
	"Emirates airline", "Dutch auction", "French fries", "Mexico City", "Panama City",
	"Kuwait City", "Guatemala City", "Singapore dollar", "Hong Kong dollar",
}

// personNames are country names that are also first names or surnames, or the last word
// of places ("Island", German for Iceland, in "Rhode Island"); they count only where no
// capitalised word stands beside them ("in Jordan", not "Michael Jordan").
var personNames = map[string]bool{"chad": true, "jordan": true, "georgia": true, "israel": true, "holland": true,
	"island": true, "islands": true}

// sentenceOpeners are capitalised words that begin sentences before a country name.
var sentenceOpeners = map[string]bool{
	"in": true, "the": true, "and": true, "but": true, "for": true, "from": true, "with": true, "at": true,
	"by": true, "on": true, "to": true, "as": true, "since": true, "while": true, "after": true, "before": true,
	"like": true, "unlike": true, "both": true, "neighbouring": true, "neighboring": true, "across": true,
	"inside": true, "outside": true, "within": true, "meanwhile": true, "so": true, "if": true, "when": true,
}

type pattern struct {
	iso2    string // "" for a phrase that names no country
	words   []string
	poss    []bool // which words carry a possessive ending in the name itself
	exact   bool   // acronyms: compare the text byte for byte
	demonym bool   // an adjective or people form
	region  bool   // a province or territory standing for its country
	genitiv bool   // a German genitive ("Russlands"): the country owns what follows, as "Russia's" does
	article bool   // written with a lower-case article ("le Salvador"): the word after it is capitalised
}

type table struct {
	filter lex.WordFilter       // the first words, for skipping the map look-up
	first  map[string][]pattern // lower-case first word -> patterns, longest first
	exact  map[string]string    // lower-case full name -> ISO2, for ByName
	names  map[string][]string  // ISO2 -> every name
	people map[string]string    // lower-case people word of another language -> ISO2
	state  map[string]string    // lower-case state adjective of another language -> ISO2
	stateF lex.WordFilter       // state's keys, for skipping the map look-up
	before map[string]string    // lower-case German state adjective, every ending -> ISO2
	beforF lex.WordFilter       // before's keys
}

// lowerStarts are the lower-case articles that open a name of the tables ("le Salvador"),
// read once: MayStartLower is asked of most words of every sentence.
var lowerStarts = func() []string {
	var out []string
	for _, names := range exonyms {
		for _, n := range names {
			if w, _, _ := strings.Cut(n, " "); n[0] >= 'a' && n[0] <= 'z' && w != n && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}()

var (
	tableOnce sync.Once
	tbl       *table
)

// add makes a name match: exact names only with their capitalisation; demonyms and
// regions are noted so callers can tell them from the country's own name.
func (t *table) add(iso2, name string, exact, demonym, region bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	w, poss := splitWords(name, exact)
	if len(w) == 0 {
		return
	}
	key := w[0]
	if exact {
		key = strings.ToLower(w[0])
	}
	article := !exact && len(w) > 1 && name[0] >= 'a' && name[0] <= 'z'
	t.first[key] = append(t.first[key], pattern{iso2: iso2, words: w, poss: poss, exact: exact, demonym: demonym, region: region, article: article})
	if iso2 != "" {
		if _, dup := t.exact[strings.ToLower(name)]; !dup {
			t.exact[strings.ToLower(name)] = iso2
			t.names[iso2] = append(t.names[iso2], name)
		}
	}
}

func matcher() *table {
	tableOnce.Do(func() {
		load()
		t := &table{first: map[string][]pattern{}, exact: map[string]string{}, names: map[string][]string{}, people: map[string]string{}}
		for iso, words := range peopleWords {
			for _, w := range words {
				t.people[w] = iso
			}
		}
		t.state = map[string]string{}
		for iso, words := range stateAdjectives {
			for _, w := range words {
				t.state[w], t.state[w+"s"] = iso, iso
				t.stateF.Add(w)
				t.stateF.Add(w + "s")
			}
		}
		t.before = map[string]string{}
		for iso, words := range stateAdjectivesBefore {
			for _, w := range words {
				for _, end := range []string{"", "n", "r", "s"} {
					t.before[w+end] = iso
					t.beforF.Add(w + end)
				}
			}
		}
		add := func(iso2, name string, exact bool, demonym ...bool) {
			t.add(iso2, name, exact, len(demonym) > 0 && demonym[0], false)
		}
		for _, c := range all {
			add(c.ISO2, c.Name, false)
			official := c.Official
			if k := strings.Index(official, " ("); k > 0 {
				official = official[:k]
			}
			add(c.ISO2, official, false)
		}
		for iso, names := range aliases {
			for _, n := range names {
				add(iso, n, false, isDemonym(n))
			}
		}
		for iso, names := range exonyms {
			for _, n := range names {
				add(iso, n, false)
			}
		}
		// Every other country's name in those languages, from CLDR: not hand-written,
		// and never one the tables above give another country or a word the list below
		// knows to be a name or a common word as well.
		for _, c := range all {
			r, err := language.ParseRegion(c.ISO2)
			if err != nil {
				continue
			}
			for _, l := range exonymLanguages {
				n := display.Regions(l).Name(r)
				if _, taken := t.exact[strings.ToLower(n)]; n == "" || taken || notExonyms[n] {
					continue
				}
				add(c.ISO2, n, false)
			}
		}
		// German writes a country's genitive with an "s" ("Russlands Bitcoin-Miner",
		// "Bhutans Staatsfonds"): CLDR's German name with it, where no other name is so
		// spelled.
		for _, c := range all {
			r, err := language.ParseRegion(c.ISO2)
			if err != nil {
				continue
			}
			n := display.Regions(language.German).Name(r)
			if n == "" || notExonyms[n] || strings.ContainsAny(n[len(n)-1:], "sxzß") {
				continue
			}
			g := n + "s"
			if _, taken := t.exact[strings.ToLower(g)]; taken {
				continue
			}
			w, poss := splitWords(g, false)
			t.first[w[0]] = append(t.first[w[0]], pattern{iso2: c.ISO2, words: w, poss: poss, genitiv: true})
		}
		// Russian declines a country's name ("в России", "из Казахстана", "Сальвадора"):
		// CLDR's Russian name in each case, where no other name is so spelled.
		for _, c := range all {
			r, err := language.ParseRegion(c.ISO2)
			if err != nil {
				continue
			}
			for _, f := range russianCases(display.Regions(language.Russian).Name(r)) {
				if _, taken := t.exact[strings.ToLower(f)]; !taken {
					add(c.ISO2, f, false)
				}
			}
		}
		for iso, names := range regions {
			for _, n := range names {
				t.add(iso, n, false, false, true)
			}
		}
		for iso, names := range acronyms {
			for _, n := range names {
				add(iso, n, true)
			}
		}
		for _, m := range []map[string][]string{agencies, leaders} {
			for iso, names := range m {
				for _, n := range names {
					add(iso, n, true)
				}
			}
		}
		for _, n := range notCountries {
			add("", n, false)
		}
		for k, ps := range t.first {
			sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
			t.first[k] = ps
			t.filter.Add(k)
		}
		tbl = t
	})
	return tbl
}

// russianCases are the forms a one-word Russian country name takes in the other cases,
// by its ending: "Россия" -> "России", "Россию", "Россией"; "Канада" -> "Канады",
// "Канаде", "Канаду", "Канадой"; "Казахстан" -> "Казахстана", "Казахстану",
// "Казахстане", "Казахстаном"; "Китай" -> "Китая", "Китаю", "Китае", "Китаем". Names
// that do not decline (ending in -о, -е, -и, -у) and names of several words give none.
func russianCases(name string) []string {
	if name == "" || strings.ContainsAny(name, " -") {
		return nil
	}
	r := []rune(name)
	stem, last := string(r[:len(r)-1]), r[len(r)-1]
	switch {
	case strings.HasSuffix(name, "ия"):
		return []string{stem + "и", stem + "ю", stem + "ей"}
	case last == 'а':
		return []string{stem + "ы", stem + "и", stem + "е", stem + "у", stem + "ой"}
	case last == 'я':
		return []string{stem + "и", stem + "е", stem + "ю", stem + "ей"}
	case last == 'й' || last == 'ь':
		return []string{stem + "я", stem + "ю", stem + "е", stem + "ем"}
	case strings.ContainsRune("бвгдзклмнпрстфхцчшщж", last):
		return []string{name + "а", name + "у", name + "е", name + "ом"}
	}
	return nil
}

// isDemonym tells an alias that is a demonym ("Pakistani", "Salvadorans", "Chinese")
// from one that is a name ("Emirates", "Holland"): one word with a demonym's ending.
func isDemonym(name string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	n := strings.ToLower(strings.TrimSuffix(name, "s"))
	for _, suf := range []string{"ian", "ean", "an", "ese", "ish", "i", "ic", "ch", "ine", "ot", "er", "ais", "ois", "que", "ol", "ard", "ite", "ni"} {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// splitWords tokenizes a name the way article text is tokenized, lower-casing all but
// exact patterns and writing every dash as "-".
func splitWords(name string, exact bool) ([]string, []bool) {
	toks := lex.Tokenize(nil, name, 0, len(name))
	out := make([]string, 0, len(toks))
	poss := make([]bool, 0, len(toks))
	var buf [64]byte
	for _, t := range toks {
		s := name[t.Start:t.End]
		switch {
		case t.Kind == lex.Punct && lex.IsDash(t.PunctRune(name)):
			s = "-"
		case !exact:
			s = string(lex.Lower(buf[:], s))
		}
		out = append(out, s)
		poss = append(poss, t.Is(lex.Possessive))
	}
	return out, poss
}

// Occurrence is where a country is named in text.
type Occurrence struct {
	ISO2        string
	Tok, TokEnd int // tokens [Tok, TokEnd)
	Start, End  int // bytes
	Possessive  bool
	Demonym     bool // an adjective or people form ("Brazilian", "Pakistanis"), not the country's name
	Region      bool // a province or territory named for its country ("Quebec", "Sichuan")
}

// People reports the country whose people a lower-case word names in Spanish,
// Portuguese, French or Italian ("brasileiros", "italiani"), if any.
func People(lower string) (iso2 string, ok bool) {
	iso2, ok = matcher().people[lower]
	return iso2, ok
}

// StateAdjective reports the country whose state a lower-case adjective after a word for a
// government names in Spanish, Portuguese, French or Italian ("salvadoreño",
// "britannique"), if any.
func StateAdjective(lower string) (iso2 string, ok bool) {
	t := matcher()
	return filtered(&t.stateF, t.state, lower)
}

// StateAdjectiveBefore reports the country whose state a lower-case German adjective
// before a word for a government names ("britische", "deutschen"), if any.
func StateAdjectiveBefore(lower string) (iso2 string, ok bool) {
	t := matcher()
	return filtered(&t.beforF, t.before, lower)
}

// filtered looks lower up in m, asking the filter of m's keys first.
func filtered(f *lex.WordFilter, m map[string]string, lower string) (iso2 string, ok bool) {
	if !f.Maybe(lower) {
		return "", false
	}
	iso2, ok = m[lower]
	return iso2, ok
}

// MayStart reports whether a country's name may start at t: only a capitalised word
// can. It is cheap enough to ask of every token before calling Match.
func MayStart(t lex.Token) bool { return t.Kind == lex.Word && t.Is(lex.Capital) }

// MayStartLower reports whether a lower-case word may open a name all the same: an
// article the tables write before one ("le Salvador", "du Salvador", "au Salvador", as
// French names El Salvador; "Salvador" alone is also a Brazilian city).
func MayStartLower(lower string) bool {
	return len(lower) <= 3 && slices.Contains(lowerStarts, lower)
}

// Match reports the country named at token i of a sentence's tokens, if any. The
// longest name wins; phrases such as "Latin America" match as no country and are
// reported with ok false but n > 0, so callers skip past them.
func Match(text string, toks []lex.Token, i int) (m Occurrence, n int, ok bool) {
	t := toks[i]
	if !MayStart(t) && (t.Kind != lex.Word || !MayStartLower(strings.ToLower(text[t.Start:t.End]))) {
		return Occurrence{}, 0, false
	}
	tb := matcher()
	if w := text[t.Start:t.End]; w[0] < utf8.RuneSelf && !tb.filter.Maybe(w) {
		// No name starts with this word. (The filter tells case apart only in ASCII: a
		// word in another script, "США" or "России", is looked up lower-cased.)
		return Occurrence{}, 0, false
	}
	var buf [64]byte
	key := lex.Lower(buf[:], text[t.Start:t.End])
	for _, p := range tb.first[string(key)] {
		if !matches(text, toks, i, p) {
			continue
		}
		n := len(p.words)
		if p.iso2 == "" {
			return Occurrence{}, n, false
		}
		if p.exact && p.words[0] == "US" && i+1 < len(toks) && toks[i+1].Kind == lex.Punct &&
			toks[i+1].PunctRune(text) == '$' && (!toks[i+1].Is(lex.SpaceBefore) || i+2 < len(toks) && toks[i+2].Kind == lex.Number) {
			return Occurrence{}, 1, false // US$ and "US $ 1 billion": a currency, not the country
		}
		if p.exact && p.words[0] == "US" && i > 0 && toks[i-1].Kind == lex.Punct && toks[i-1].PunctRune(text) == '$' && !t.Is(lex.SpaceBefore) {
			return Occurrence{}, 1, false // "$US3 billion": the currency
		}
		if p.exact && p.words[0] == "US" && i+2 < len(toks) && toks[i+1].Kind == lex.Punct && lex.IsHyphen(toks[i+1].PunctRune(text)) &&
			strings.HasPrefix(strings.ToLower(text[toks[i+2].Start:toks[i+2].End]), "dollar") {
			return Occurrence{}, 1, false // "US-Dollar": the currency
		}
		if n == 1 && personNames[string(key)] && besideName(text, toks, i) {
			return Occurrence{}, 1, false
		}
		last := toks[i+n-1]
		return Occurrence{
			ISO2: p.iso2, Tok: i, TokEnd: i + n,
			Start: int(t.Start), End: int(last.End),
			Possessive: last.Is(lex.Possessive) || p.genitiv, Demonym: p.demonym, Region: p.region,
		}, n, true
	}
	return Occurrence{}, 0, false
}

func matches(text string, toks []lex.Token, i int, p pattern) bool {
	if i+len(p.words) > len(toks) {
		return false
	}
	var buf [64]byte
	for k, w := range p.words {
		t := toks[i+k]
		// Inside a name a possessive must be the name's own ("People's Republic"), so
		// "Pakistan's Central Bank" does not run on into a longer name.
		if k < len(p.words)-1 && t.Is(lex.Possessive) != p.poss[k] {
			return false
		}
		s := text[t.Start:t.End]
		if p.article && k == 1 && !t.Is(lex.Capital) {
			return false // "du Salvador", not "du salvador"
		}
		switch {
		case w == "-":
			if t.Kind != lex.Punct || !lex.IsDash(t.PunctRune(text)) {
				return false
			}
		case p.exact:
			if s != w {
				return false
			}
		default:
			if string(lex.Lower(buf[:], s)) != w {
				return false
			}
		}
	}
	return true
}

// besideName reports whether a capitalised word stands right before (not at the start
// of the sentence) or right after token i, as in "Michael Jordan" or "Chad Smith".
func besideName(text string, toks []lex.Token, i int) bool {
	if i > 0 && toks[i-1].Kind == lex.Word && toks[i-1].Is(lex.Capital) {
		// At the start of a sentence every word is capitalised: "In Jordan" is the country.
		if i-1 > 0 || !sentenceOpeners[strings.ToLower(text[toks[i-1].Start:toks[i-1].End])] {
			return true
		}
	}
	return i+1 < len(toks) && toks[i+1].Kind == lex.Word && toks[i+1].Is(lex.Capital) && toks[i+1].Is(lex.SpaceBefore)
}
