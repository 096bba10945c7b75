// Package number finds the figures and dates written in article text: "6,200 BTC",
// "$1.4bn", "two thousand", "1.2 gigawatts", "between 15 million and 20 million",
// "September 2021", "Last year". It works on lex tokens, knows nothing of countries or
// metrics, and is the only place in the project that turns written numbers into values.
package number

import (
	"math"
	"strings"

	"cryptoatlas/data/lex"
)

// Unit is what a figure counts. Values are normalised: power in MW, energy in TWh.
type Unit uint8

const (
	NoUnit        Unit = iota
	USD                // US dollars
	OtherCurrency      // euros, pounds, rupees...: recognised so they are never read as dollars
	BTC                // bitcoin
	PowerMW            // electrical power, in megawatts
	EnergyTWh          // electrical energy, in terawatt-hours
	Percent            // a share; kept, never charted
	Hashrate           // EH/s and the like; recognised so it is never read as power
)

var unitNames = [...]string{"", "USD", "other currency", "BTC", "MW", "TWh", "%", "hashrate"}

func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return "?"
}

// Approx is the qualifier written before a figure.
type Approx uint8

const (
	Exact     Approx = iota
	About            // about, around, approximately, roughly, some
	Estimated        // an estimated
	Nearly           // nearly, almost, just under
	Over             // over, more than, above
	AtLeast          // at least
	UpTo             // up to, as many as
	Under            // under, less than, below
)

var approxNames = [...]string{"", "about", "estimated", "nearly", "over", "at least", "up to", "under"}

// String returns the canonical qualifier ("" when exact), as used in JSON output.
func (a Approx) String() string {
	if int(a) < len(approxNames) {
		return approxNames[a]
	}
	return ""
}

// Symbol returns the sign a chart label puts before an approximate value.
func (a Approx) Symbol() string {
	switch a {
	case Exact:
		return ""
	case Over:
		return ">"
	case AtLeast:
		return "≥"
	case UpTo:
		return "≤"
	case Under:
		return "<"
	}
	return "≈"
}

// ParseApprox is the inverse of Approx.String; unknown words give Exact and false.
func ParseApprox(s string) (Approx, bool) {
	for i, n := range approxNames {
		if n == s {
			return Approx(i), true
		}
	}
	return Exact, false
}

// Quantity is one figure found in text.
type Quantity struct {
	Start, End  int // bytes: from the qualifier or "between" to the end of the unit
	Tok, TokEnd int // the same span in tokens
	Value       float64
	Max         float64 // the upper end of a range, when Range
	Range       bool
	Unit        Unit
	Approx      Approx
	Magnitude   bool // a magnitude word or suffix was written (million, bn, K)
	Noun        int  // index of the first word token after the figure, or -1
	Negative    bool // written with a minus sign or "minus": "-5 BTC", "−5 BTC", "minus 2,000 MW"
	Power       bool // a base or an exponent of a power ("10^308"): no figure of its own
}

// scanner holds the state of one pass over a sentence's tokens.
type scanner struct {
	dotThousands   bool // Scanner.DotThousands
	spaceThousands bool // Scanner.SpaceThousands
	text           string
	toks           []lex.Token
	lows           []string   // lex.LowerWords of toks
	infos          []wordInfo // words[lows[i]], looked up once per token
}

func (s *scanner) lower(i int) string {
	if i < 0 || i >= len(s.lows) {
		return ""
	}
	return s.lows[i]
}

func (s *scanner) info(i int) wordInfo {
	if i < 0 || i >= len(s.infos) {
		return wordInfo{}
	}
	return s.infos[i]
}

func (s *scanner) punct(i int) rune {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != lex.Punct {
		return 0
	}
	return s.toks[i].PunctRune(s.text)
}

// styleMatters reports whether number token i reads differently by convention: a digit,
// a dot and exactly three digits ("1.400": a fraction in English, a thousand in much of
// Europe), or up to three digits, one space and three digits ("208 109": two numbers in
// English, one in French).
func styleMatters(text string, toks []lex.Token, i int) bool {
	t := toks[i]
	s := text[t.Start:t.End]
	if k := strings.IndexByte(s, '.'); k > 0 && len(s)-k == 4 && strings.IndexByte(s[:k], ',') < 0 {
		return true
	}
	if len(s) <= 3 && i+1 < len(toks) && toks[i+1].Kind == lex.Number && (toks[i+1].End-toks[i+1].Start == 3 ||
		toks[i+1].End-toks[i+1].Start > 4 && text[toks[i+1].Start+3] == ',') { // "208 109", "1 889,1"
		gap := text[t.End:toks[i+1].Start]
		return gap == " " || gap == "\u00a0" || gap == "\u202f"
	}
	return false
}

// thinGap reports whether token j follows the token before it after exactly one space,
// a no-break space or a narrow no-break space.
func (s *scanner) thinGap(j int) bool {
	if j < 1 || j >= len(s.toks) {
		return false
	}
	gap := s.text[s.toks[j-1].End:s.toks[j].Start]
	return gap == " " || gap == "\u00a0" || gap == "\u202f"
}

// plainThousands reports whether token j is a group of three digits that can only be a
// number's thousands, whatever the text's language: one opening with a zero ("allocated
// 2 000 megawatts" in English copy), or one set apart by a non-breaking or thin space.
func (s *scanner) plainThousands(j int) bool {
	if j < 1 || j >= len(s.toks) || s.toks[j].End-s.toks[j].Start != 3 {
		return false
	}
	gap := s.text[s.toks[j-1].End:s.toks[j].Start]
	return s.text[s.toks[j].Start] == '0' || gap == "\u00a0" || gap == "\u202f"
}

// capitalized reports whether token i is a word written with a capital first letter.
func (s *scanner) capitalized(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != lex.Word {
		return false
	}
	c := s.text[s.toks[i].Start]
	return c >= 'A' && c <= 'Z'
}

func (s *scanner) attached(i int) bool {
	return i >= 0 && i < len(s.toks) && !s.toks[i].Is(lex.SpaceBefore)
}

// Scanner keeps the buffers of a scan for the next one; a Scanner is not safe for
// concurrent use.
type Scanner struct {
	infos []wordInfo
	// DotThousands reads a dot followed by three digits as a thousands separator
	// ("1.400 millones", "6.276 BTC"), as Spanish, Portuguese, Italian, German and
	// Indonesian write numbers; English reads them as decimals.
	DotThousands bool
	// SpaceThousands joins groups of three digits set apart by one space ("208 109"),
	// as French writes thousands.
	SpaceThousands bool
	// Style, when set, is asked once per text (the one Reset names), at its first number
	// that reads differently by convention ("1.400", "208 109"), which DotThousands and
	// SpaceThousands to use from then on; the numbers before it read the same either way.
	Style     func(text string) (dotThousands, spaceThousands bool)
	styleText string
	styleDone bool
}

// Reset forgets the number style, for a new text.
func (sc *Scanner) Reset(text string) {
	sc.DotThousands, sc.SpaceThousands, sc.styleText, sc.styleDone = false, false, text, false
}

// Scan finds the figures and dates in a sentence's tokens and appends them to qs and ds.
// lows are the tokens' lower-case forms (lex.LowerWords); nil computes them.
func Scan(qs []Quantity, ds []Date, text string, toks []lex.Token, lows []string) ([]Quantity, []Date) {
	var sc Scanner
	return sc.Scan(qs, ds, text, toks, lows)
}

// Scan is the package's Scan, reusing the scanner's buffers.
func (sc *Scanner) Scan(qs []Quantity, ds []Date, text string, toks []lex.Token, lows []string) ([]Quantity, []Date) {
	if lows == nil {
		lows = lex.LowerWords(nil, text, lex.LowerASCII(text), toks, nil)
	}
	if cap(sc.infos) < len(toks) {
		sc.infos = make([]wordInfo, len(toks), 2*len(toks))
	}
	sc.infos = sc.infos[:len(toks)]
	clear(sc.infos)
	// One look-up per word; a sentence with no digit and no number, month or date word
	// holds nothing to find.
	relevant := false
	for i, t := range toks {
		switch {
		case t.Kind == lex.Number:
			relevant = true
			if !sc.styleDone && sc.Style != nil && styleMatters(text, toks, i) {
				sc.DotThousands, sc.SpaceThousands = sc.Style(sc.styleText)
				sc.styleDone = true
			}
		case wordFilter.Maybe(lows[i]):
			inf := words[lows[i]]
			sc.infos[i] = inf
			switch inf.kind {
			case wNumber, wMonth, wDateWord:
				relevant = true
			case wMagnitude:
				relevant = relevant || !inf.attached
			}
		}
	}
	if !relevant {
		return qs, ds
	}
	s := scanner{text: text, toks: toks, lows: lows, infos: sc.infos, dotThousands: sc.DotThousands, spaceThousands: sc.SpaceThousands}
	first := len(qs)
	for i := 0; i < len(toks); i++ {
		if !s.mayStart(i) {
			continue // most words cannot begin a date or a figure
		}
		if d, ok := s.date(i); ok {
			ds = append(ds, d)
			i = d.TokEnd - 1
			continue
		}
		if q, ok := s.quantity(i); ok {
			// "10^308 BTC": a base and its exponent, neither of them the figure.
			q.Power = s.punct(q.TokEnd) == '^' || s.punct(q.Tok-1) == '^'
			qs = append(qs, q)
			i = q.TokEnd - 1
		}
	}
	s.shareListUnits(qs[first:])
	s.carryUnitForward(qs[first:])
	s.localDollars(qs[first:])
	return qs, ds
}

// localDollars: "$US3 billion ($4.5 billion)": a bare dollar sum in brackets after a sum
// written as US dollars restates it in the writer's own dollars (Australian, Canadian,
// Hong Kong), another currency.
func (s *scanner) localDollars(qs []Quantity) {
	for k := 1; k < len(qs); k++ {
		a, b := &qs[k-1], &qs[k]
		if a.Unit != USD || b.Unit != USD || b.Tok < 1 || s.punct(b.Tok-1) != '(' || b.Tok-1 != a.TokEnd || s.punct(b.Tok) != '$' {
			continue
		}
		if t := strings.ToLower(s.text[a.Start:a.End]); strings.Contains(t, "us$") || strings.Contains(t, "$us") ||
			strings.Contains(t, "us $") || strings.Contains(t, "usd") || strings.Contains(t, "u.s.") {
			b.Unit = OtherCurrency
		}
	}
}

// mayStart reports whether a date or a figure can begin at token i: a number, a
// currency sign, or a number, month, date or currency word.
func (s *scanner) mayStart(i int) bool {
	t := s.toks[i]
	switch t.Kind {
	case lex.Number:
		return true
	case lex.Punct:
		switch t.PunctRune(s.text) {
		case '$', '€', '£', '¥', '₹', '₦', '₱', '₩', '₽', '₺', '₨', '₿':
			return true
		}
		return false
	}
	switch s.infos[i].kind {
	case wNumber, wMonth, wRelStart, wDateWord, wCurrency:
		return true
	}
	switch s.lows[i] {
	case "a", "an", "half", "us", "u.s.", "u":
		return true
	}
	return false
}

// Parse returns the first figure written in s, for callers that hold a single phrase.
func Parse(s string) (Quantity, bool) {
	toks := lex.Tokenize(nil, s, 0, len(s))
	qs, _ := Scan(nil, nil, s, toks, nil)
	if len(qs) == 0 {
		return Quantity{}, false
	}
	return qs[0], true
}

// quantity reads a figure starting at token i: an amount, possibly a range of two, with
// the qualifier written before it.
func (s *scanner) quantity(i int) (Quantity, bool) {
	a, ok := s.amount(i)
	if !ok {
		return Quantity{}, false
	}
	q := Quantity{Tok: a.tok, TokEnd: a.end, Value: a.value, Unit: a.unit, Approx: a.approx, Magnitude: a.magnitude != 0}
	opener := s.lower(a.tok - 1)

	// Ranges: "between A and B", "from A to B", "A to B", "A-B", and "between" in the
	// real set's other languages: "entre A et B", "entre A y B", "tra A e B".
	sep := a.end
	joins := false
	article := 0 // "tra i 15 e i 20 milioni", "entre os 3 e os 5 milhões": an article after "between"
	if rangeArticles[opener] && betweenWords[s.lower(a.tok-2)] {
		article, opener = 1, s.lower(a.tok-2)
	}
	between := betweenWords[opener]
	switch {
	case between && (s.lower(sep) == "and" || s.lower(sep) == "et" || s.lower(sep) == "y" || s.lower(sep) == "e" || s.lower(sep) == "und"):
		joins = true
	case s.lower(sep) == "to" || s.lower(sep) == "bis":
		joins = true // "9 bis 11 Millionen"
	case opener == "de" && (s.lower(sep) == "a" || s.lower(sep) == "à"):
		joins = true // "de 9 a 11 millones", "de 9 à 11 millions"
	case (opener == "от" && s.lower(sep) == "до") || (opener == "od" && s.lower(sep) == "do"):
		joins = true // "от 1300 до 1700 МВт", "od 3 do 4 mln"
	case s.lower(sep) == "a" && a.unit == NoUnit && a.magnitude == 0 && sep+1 < len(s.toks) && s.toks[sep+1].Kind == lex.Number:
		joins = true // "com 3 a 4 GW": a bare number, "a" and the next, in Romance text
	case lex.IsDash(s.punct(sep)) && !a.words:
		joins = true
	}
	if joins {
		next := sep + 1
		if article > 0 && rangeArticles[s.lower(next)] {
			next++
		}
		if b, ok := s.amount(next); ok && !(a.yearLike && b.yearLike) {
			if r, ok := joinRange(a, b); ok {
				if (opener == "from" || opener == "de" || opener == "von" || opener == "от" || opener == "od") && s.changeBefore(a.tok-1) {
					// "rose from 5,000 to 6,200 BTC", "d'augmenter la capacité de minage de
					// 100 à 600 mégawatts": the figure is where it ended.
					return s.finish(Quantity{Tok: b.tok, TokEnd: b.end, Value: b.value, Unit: b.unit, Approx: b.approx, Magnitude: b.magnitude != 0}, b.tok), true
				}
				q = r
				start := a.tok - article
				if between || opener == "from" || opener == "от" || opener == "od" {
					start--
				}
				return s.finish(q, start), true
			}
		}
	}
	if a.yearLike {
		return Quantity{}, false
	}
	if a.unit == BTC && a.end-a.tok == 2 && s.toks[a.tok].End-s.toks[a.tok].Start == 4 && a.value >= 1990 && a.value <= 2100 &&
		a.end < len(s.toks) && s.toks[a.end].Kind == lex.Word && !s.toks[a.end].Is(lex.Capital) && s.info(a.end).kind == 0 {
		return Quantity{}, false // "CAR's 2023 Bitcoin repeal": a year before a noun, not 2,023 coins
	}
	if a.unit == NoUnit && !q.Magnitude && a.words && a.value < 100 {
		// "one of the", "three exchanges": small counts written in words are not figures.
		return Quantity{}, false
	}
	return s.finish(q, a.tok), true
}

// finish sets the qualifier from the words before token start and the byte span.
func (s *scanner) finish(q Quantity, start int) Quantity {
	if q.Approx == Exact {
		if ap, n := s.qualifier(start); n > 0 {
			q.Approx = ap
			start -= n
		}
	}
	if j := start - 1; j >= 0 && (s.punct(j) == '-' || s.punct(j) == '\u2212') && s.toks[j].End == s.toks[start].Start &&
		(j == 0 || s.toks[j].Is(lex.SpaceBefore) || s.punct(j-1) == '(') {
		q.Negative, start = true, j // "-5 BTC", "(−700 BTC)"; not the dash of "10-20" or "COVID-19"
	} else if s.lower(start-1) == "minus" {
		q.Negative, start = true, start-1
	}
	q.Tok = start
	q.Start = int(s.toks[start].Start)
	q.End = int(s.toks[q.TokEnd-1].End)
	q.Noun = -1
	for j := q.TokEnd; j < len(s.toks) && j < q.TokEnd+3; j++ {
		if linkWords[s.lower(j)] && j == q.TokEnd && q.Magnitude {
			continue // "2,5 millones de usuarios": the noun after "de"
		}
		if s.toks[j].Kind == lex.Word {
			q.Noun = j
			break
		}
		if r := s.punct(j); r != '-' && r != '\u2011' {
			break
		}
	}
	return q
}

// qualifier matches the words just before token i against the qualifier phrases.
func (s *scanner) qualifier(i int) (Approx, int) {
	switch s.punct(i - 1) {
	case '~', '≈':
		return About, 1
	case '>':
		return Over, 1
	case '<':
		return Under, 1
	case '.':
		// An abbreviated qualifier with its full stop: "approx. $18.3 billion", "ca. 500".
		switch s.lower(i - 2) {
		case "approx", "ca", "circa", "abt":
			return About, 2
		case "est":
			return Estimated, 2
		}
	}
	for _, p := range qualifiersByLast[s.lower(i-1)] {
		n := len(p.words)
		if i-n < 0 {
			continue
		}
		match := true
		for k, w := range p.words {
			if s.lower(i-n+k) != w {
				match = false
				break
			}
		}
		if match {
			return p.approx, n
		}
	}
	return Exact, 0
}

func (s *scanner) changeBefore(i int) bool {
	// "increase its bailout loan to Egypt from US$3 billion to $8 billion": the verb may
	// stand a phrase away.
	for j := i - 1; j >= 0 && j >= i-changeVerbReach; j-- {
		if changeVerbs[s.lower(j)] {
			return true
		}
		if r := s.punct(j); r == '.' || r == ';' {
			return false
		}
	}
	return false
}

// joinRange makes "A to B" one figure, sharing the unit and magnitude written once
// ("15 to 20 million", "$1-2 billion"). It refuses pairs that are not a range.
func joinRange(a, b amount) (Quantity, bool) {
	if a.unit != NoUnit && b.unit != NoUnit && a.unit != b.unit {
		return Quantity{}, false
	}
	unit := b.unit
	if unit == NoUnit {
		unit = a.unit
	}
	av := a.value
	if scaled := roundSignificant(av * b.magnitude); a.magnitude == 0 && b.magnitude != 0 &&
		(a.decimal || a.value < 1000 || scaled < b.value && scaled*10 > b.value) {
		av = scaled // "15 to 20 million"; "entre 17.000 y 20.000 millones": the magnitude is both ends'
	}
	if a.unit == NoUnit && a.scale == 0 && b.scale != 0 && b.scale != 1 {
		av = roundSignificant(av * b.scale) // "3–4 GW": both in gigawatts
	}
	if !(av < b.value) {
		return Quantity{}, false
	}
	return Quantity{
		Tok: a.tok, TokEnd: b.end, Value: av, Max: b.value, Range: true, Unit: unit,
		Magnitude: a.magnitude != 0 || b.magnitude != 0,
	}, true
}

// shareListUnits gives a bare number in a list the unit written after the last item:
// "13,000 and 6,100 BTC" are both BTC.
func (s *scanner) shareListUnits(qs []Quantity) {
	for k := len(qs) - 2; k >= 0; k-- {
		q, next := &qs[k], qs[k+1]
		if q.Unit != NoUnit || q.Range {
			continue
		}
		listed := next.Tok > q.TokEnd
		for j := q.TokEnd; j < next.Tok; j++ {
			if r := s.punct(j); r != ',' && s.lower(j) != "and" && s.lower(j) != "or" {
				listed = false
				break
			}
		}
		if !listed || next.Unit == Percent && q.Magnitude {
			continue // "6.1 million or 11.6% of the population": a count, then its share
		}
		q.Unit = next.Unit
		if next.Unit == NoUnit {
			q.Noun = next.Noun // "3.1 million and 1.2 million crypto users"
		}
		if !q.Magnitude && next.Magnitude && (q.Value < 1000 || q.Value != math.Trunc(q.Value)) {
			q.Value = roundSignificant(q.Value * magnitudeOf(next))
			q.Magnitude = true
		}
	}
}

// carryUnitForward gives a bare number the unit of a figure before it in the sentence
// when it stands where a list's next item puts its figure: in brackets right after a
// name ("ahead of El Salvador (6,118 BTC) and Bhutan (10,635)") or after "with" that
// follows a name set off by a comma ("the U.S., which holds 198,109 bitcoins, and the
// U.K., with 61,245").
func (s *scanner) carryUnitForward(qs []Quantity) {
	for k := 1; k < len(qs); k++ {
		q := &qs[k]
		if q.Unit != NoUnit || q.Range || q.Magnitude || q.Noun >= 0 && q.Noun == q.TokEnd && s.toks[q.Noun].Kind == lex.Word {
			continue // a count of something named after it ("61,245 people")
		}
		var prev *Quantity
		for j := k - 1; j >= 0; j-- {
			if qs[j].Unit != NoUnit && qs[j].Unit != Percent {
				prev = &qs[j]
				break
			}
		}
		if prev == nil || prev.Magnitude || prev.Unit != BTC {
			continue
		}
		bracketed := s.punct(q.Tok-1) == '(' && s.capitalized(q.Tok-2) && s.punct(q.TokEnd) == ')'
		with := s.lower(q.Tok-1) == "with" && s.punct(q.Tok-2) == ',' && (s.capitalized(q.Tok-3) || s.punct(q.Tok-3) == '.')
		if bracketed || with {
			q.Unit = prev.Unit
		}
	}
}

// magnitudeOf recovers the magnitude a figure was written with from its value's size;
// lists only share a magnitude between numbers of like size, so the nearest power of
// a thousand is the one written.
func magnitudeOf(q Quantity) float64 {
	for _, m := range []float64{1e12, 1e9, 1e6, 1e3} {
		if q.Value >= m {
			return m
		}
	}
	return 1
}
