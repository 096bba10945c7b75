// Package number finds the figures and dates written in article text: "6,200 BTC",
// "$1.4bn", "two thousand", "1.2 gigawatts", "between 15 million and 20 million",
// "September 2021", "Last year". It works on lex tokens, knows nothing of countries or
// metrics, and is the only place in the project that turns written numbers into values.
package number

import (
	"math"
	"strconv"

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
}

// amount is one number with its currency, magnitude and unit, before ranges are joined.
type amount struct {
	tok, end  int // tokens [tok, end)
	value     float64
	unit      Unit
	magnitude float64 // 0 when none was written
	decimal   bool    // written with a fraction: "1.2"
	words     bool    // written in words: "two thousand"
	yearLike  bool    // a bare four-digit number that reads as a year
	approx    Approx  // a "-plus" or "+" written after it
}

// scanner holds the state of one pass over a sentence's tokens.
type scanner struct {
	text  string
	toks  []lex.Token
	lows  []string   // lex.LowerWords of toks
	infos []wordInfo // words[lows[i]], looked up once per token
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

func (s *scanner) attached(i int) bool {
	return i >= 0 && i < len(s.toks) && !s.toks[i].Is(lex.SpaceBefore)
}

// Scanner keeps the buffers of a scan for the next one; a Scanner is not safe for
// concurrent use.
type Scanner struct {
	infos []wordInfo
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
	s := scanner{text: text, toks: toks, lows: lows, infos: sc.infos}
	// One look-up per word; a sentence with no digit and no number, month or date word
	// holds nothing to find.
	relevant := false
	for i, t := range toks {
		switch {
		case t.Kind == lex.Number:
			relevant = true
		case wordFilter.Maybe(lows[i]):
			inf := words[lows[i]]
			s.infos[i] = inf
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
			qs = append(qs, q)
			i = q.TokEnd - 1
		}
	}
	s.shareListUnits(qs[first:])
	return qs, ds
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
	case "a", "an", "half", "us", "u.s.":
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

	// Ranges: "between A and B", "from A to B", "A to B", "A-B".
	sep := a.end
	joins := false
	switch {
	case opener == "between" && s.lower(sep) == "and":
		joins = true
	case s.lower(sep) == "to":
		joins = true
	case lex.IsDash(s.punct(sep)) && !a.words:
		joins = true
	}
	if joins {
		if b, ok := s.amount(sep + 1); ok && !(a.yearLike && b.yearLike) {
			if r, ok := joinRange(a, b); ok {
				if opener == "from" && s.changeBefore(a.tok-1) {
					// "rose from 5,000 to 6,200 BTC": the figure is where it ended.
					return s.finish(Quantity{Tok: b.tok, TokEnd: b.end, Value: b.value, Unit: b.unit, Approx: b.approx, Magnitude: b.magnitude != 0}, b.tok), true
				}
				q = r
				start := a.tok
				if opener == "between" || opener == "from" {
					start--
				}
				return s.finish(q, start), true
			}
		}
	}
	if a.yearLike {
		return Quantity{}, false
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
	q.Tok = start
	q.Start = int(s.toks[start].Start)
	q.End = int(s.toks[q.TokEnd-1].End)
	q.Noun = -1
	for j := q.TokEnd; j < len(s.toks) && j < q.TokEnd+3; j++ {
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
	}
	for _, p := range qualifiers {
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
	for j := i - 1; j >= 0 && j >= i-5; j-- {
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
	if a.magnitude == 0 && b.magnitude != 0 && (a.decimal || a.value < 1000) {
		av = roundSignificant(av * b.magnitude)
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
		if !listed {
			continue
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

// amount reads [currency] number [magnitude] [unit | currency word] at token i.
func (s *scanner) amount(i int) (amount, bool) {
	a := amount{tok: i}
	unit := NoUnit
	j := i
	// Currency written before the number: $, US$, USD, €, £, Rs, PKR, HK$.
	if j < len(s.toks) {
		switch r := s.punct(j); {
		case r == '$':
			unit = USD
			if p := s.lower(j - 1); p != "" && s.attached(j) {
				if p != "us" && p != "u.s." {
					unit = OtherCurrency // HK$, C$, A$, NT$
				}
				a.tok = j - 1
			}
			j++
		case r == '€' || r == '£' || r == '¥' || r == '₹' || r == '₦' || r == '₱' || r == '₩' || r == '₽' || r == '₺' || r == '₨':
			unit = OtherCurrency
			j++
		case r == '₿':
			unit = BTC
			j++
		case r == 0 && j < len(s.toks) && s.toks[j].Kind == lex.Word:
			w := s.lower(j)
			if inf := s.info(j); inf.kind == wCurrency && (s.toks[j].Is(lex.AllCaps) || w == "rs") && j+1 < len(s.toks) {
				k := j + 1
				if s.punct(k) == '.' { // "Rs. 50"
					k++
				}
				if s.punct(k) == '$' && s.attached(k) { // "US$"
					k++
				}
				if k < len(s.toks) && s.toks[k].Kind == lex.Number {
					unit = inf.unit
					j = k
				}
			} else if (w == "us" || w == "u.s.") && s.punct(j+1) == '$' {
				unit = USD
				j += 2
			}
		}
	}
	if j >= len(s.toks) {
		return a, false
	}
	// The number itself, in digits or in words.
	t := s.toks[j]
	switch t.Kind {
	case lex.Number:
		v, dec, ok := parseDigits(s.text[t.Start:t.End])
		if !ok {
			return a, false
		}
		a.value, a.decimal = v, dec
		a.yearLike = unit == NoUnit && !dec && t.End-t.Start == 4 && v >= 1900 && v <= 2100
		j++
	case lex.Word:
		v, mag, n := s.numberWords(j)
		if n == 0 {
			return a, false
		}
		a.value, a.words, a.magnitude = v, true, mag
		j += n
	default:
		return a, false
	}
	// Magnitude: million, bn, K (attached), crore.
	if inf := s.info(j); inf.kind == wMagnitude && (!inf.attached || s.attached(j)) {
		a.value *= inf.num
		a.magnitude = inf.num
		a.yearLike = false
		j++
	}
	// "-plus" or "+" right after the number: "6,200-plus".
	if r := s.punct(j); (r == '+' && s.attached(j)) || (lex.IsDash(r) && s.attached(j) && s.lower(j+1) == "plus") {
		a.approx = Over
		if r == '+' {
			j++
		} else {
			j += 2
		}
	}
	// Unit or currency written after: BTC, megawatts, kWh, %, dollars, euros.
	if u, scale, n := s.unitAt(j); n > 0 {
		if unit == NoUnit || (unit == USD && u == OtherCurrency) {
			unit = u
		}
		if u != USD && u != OtherCurrency {
			unit = u
		}
		a.value *= scale
		a.yearLike = false
		j += n
	}
	if unit != NoUnit {
		a.yearLike = false
	}
	if math.IsInf(a.value, 0) || math.IsNaN(a.value) || a.value > 1e18 {
		return a, false
	}
	a.value = roundSignificant(a.value)
	a.unit = unit
	a.end = j
	return a, true
}

// unitAt reads a unit written at token j and returns it, the factor to the canonical
// unit, and how many tokens it spans.
func (s *scanner) unitAt(j int) (Unit, float64, int) {
	if j >= len(s.toks) {
		return NoUnit, 0, 0
	}
	if r := s.punct(j); r == '%' {
		return Percent, 1, 1
	}
	w := s.lower(j)
	if w == "" {
		return NoUnit, 0, 0
	}
	inf := s.info(j)
	switch inf.kind {
	case wCurrency:
		if w == "rs" { // "Rs" is written before the number, never after
			return NoUnit, 0, 0
		}
		return inf.unit, 1, 1
	case wUnit:
	default:
		switch {
		case (w == "us" || w == "u.s.") && s.info(j+1).unit == USD:
			return USD, 1, 2
		case w == "per" && s.lower(j+1) == "cent":
			return Percent, 1, 2
		}
		return NoUnit, 0, 0
	}
	switch inf.unit {
	case BTC:
		if (w == "bitcoin" || w == "bitcoins") && notBTCBefore[s.lower(j+1)] {
			return NoUnit, 0, 0
		}
	case Hashrate:
		if (w == "eh" || w == "th" || w == "ph") && s.punct(j+1) != '/' {
			return NoUnit, 0, 0
		}
		if s.punct(j+1) == '/' {
			return Hashrate, 1, 3
		}
	case PowerMW:
		// "megawatt-hours", "terawatt hours": energy, not power.
		k := j + 1
		if lex.IsDash(s.punct(k)) {
			k++
		}
		if h := s.lower(k); h == "hours" || h == "hour" || h == "h" {
			return EnergyTWh, inf.scale * 1e-6, k - j + 1
		}
	}
	return inf.unit, inf.scale, 1
}

// numberWords reads number words at token j: "two thousand", "twenty-five million",
// "a million", "half a billion", "two hundred and fifty". It returns the value, the last
// magnitude word's value (0 when none) and the tokens used; 0 tokens when no number
// starts here.
func (s *scanner) numberWords(j int) (value, magnitude float64, n int) {
	start := j
	var total, current float64
	seen := false
	switch w := s.lower(j); w {
	case "a", "an", "one":
		if inf := s.info(j + 1); (inf.kind == wMagnitude && !inf.attached) || s.lower(j+1) == "hundred" {
			current = 1
			seen = true
			j++
		} else if w != "one" {
			return 0, 0, 0
		}
	case "half":
		if s.lower(j+1) == "a" {
			if inf := s.info(j + 2); inf.kind == wMagnitude && !inf.attached {
				return 0.5 * inf.num, inf.num, 3
			}
		}
		return 0, 0, 0
	}
loop:
	for ; j < len(s.toks); j++ {
		w := s.lower(j)
		inf := s.info(j)
		switch {
		case inf.kind == wNumber && w == "hundred":
			if current == 0 {
				current = 1
			}
			current *= 100
		case inf.kind == wNumber:
			current += inf.num
		case inf.kind == wMagnitude && !inf.attached && seen:
			if current == 0 {
				current = 1
			}
			total += current * inf.num
			current = 0
			magnitude = inf.num
		case lex.IsDash(s.punct(j)) && seen && s.attached(j) && s.info(j+1).kind == wNumber:
			continue
		case w == "and" && seen && s.info(j+1).kind == wNumber && s.lower(j+1) != "hundred":
			continue
		default:
			break loop
		}
		seen = true
	}
	if !seen {
		return 0, 0, 0
	}
	return total + current, magnitude, j - start
}

// parseDigits parses "6,200", "6,190.18", "1.2" and "2021". A lone comma followed by
// one or two digits ("1,5") is read as a decimal comma.
func parseDigits(s string) (float64, bool, bool) {
	var buf [64]byte
	n := 0
	dec := false
	commas := 0
	lastComma := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			commas++
			lastComma = i
		}
	}
	decimalComma := commas == 1 && len(s)-lastComma-1 <= 2 && !containsByte(s, '.')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ',' && decimalComma:
			c = '.'
			dec = true
		case c == ',':
			continue
		case c == '.':
			if dec {
				return 0, false, false // 1.2.3: a version or a date, not a number
			}
			dec = true
		}
		if n == len(buf) {
			return 0, false, false
		}
		buf[n] = c
		n++
	}
	v, err := strconv.ParseFloat(string(buf[:n]), 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false, false
	}
	return v, dec, true
}

// roundSignificant keeps 12 significant digits, so scaling a written value ("1.4
// billion kilowatt-hours" to TWh) does not leave binary noise (1.4000000000000001).
func roundSignificant(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}
