// Package number finds the figures and dates written in article text: "6,200 BTC",
// "$1.4bn", "two thousand", "1.2 gigawatts", "between 15 million and 20 million",
// "September 2021", "Last year". It works on lex tokens, knows nothing of countries or
// metrics, and is the only place in the project that turns written numbers into values.
package number

import (
	"math"
	"strconv"
	"strings"

	"cryptoatlas/data/lex"
)

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
	scale     float64 // the unit's factor to its canonical unit ("GW": 1000); 0 when no unit was written after
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
				switch pre := s.text[s.toks[j-1].Start:s.toks[j-1].End]; {
				case p == "us" || p == "u.s.":
					a.tok = j - 1
				case len(pre) <= 3 && strings.ToUpper(pre) == pre:
					unit = OtherCurrency // HK$, C$, A$, NT$
					a.tok = j - 1
				}
				// otherwise a word the sign was glued to: "approved a$ 7bn", "The earliest$ 1 billion"
			}
			j++
			if w := s.lower(j); (w == "us" || w == "nz") && s.attached(j) && s.attached(j+1) && j+1 < len(s.toks) && s.toks[j+1].Kind == lex.Number {
				if w == "nz" {
					unit = OtherCurrency // "$NZ2 million"
				}
				j++ // "$US3 billion"
			}
		case r == '€' || r == '£' || r == '¥' || r == '₹' || r == '₦' || r == '₱' || r == '₩' || r == '₽' || r == '₺' || r == '₨':
			unit = OtherCurrency
			j++
		case r == '₿':
			unit = BTC
			j++
		case r == 0 && j < len(s.toks) && s.toks[j].Kind == lex.Word:
			w := s.lower(j)
			if inf := s.info(j); inf.kind == wCurrency && (s.toks[j].Is(lex.AllCaps) || w == "rs" || w == "sh" || w == "ksh") && j+1 < len(s.toks) {
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
			} else if w == "u" && s.punct(j+1) == '$' && s.attached(j+1) && s.lower(j+2) == "s" && s.attached(j+2) {
				unit = USD // "U$S 56.300 millones", as Argentine papers write dollars
				j += 3
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
		digits := s.text[t.Start:t.End]
		dotThousands := s.dotThousands || s.info(j+1).dotLang && dotGroups3(digits) && !strings.ContainsRune(digits, ',')
		if next := s.info(j + 1); dotThousands && next.kind == wMagnitude && next.dotLang && strings.Count(digits, ",") == 1 && !strings.ContainsRune(digits, '.') {
			// "US$ 1,289 bilhão", "1,289 millones": before the magnitude word of a language
			// that groups thousands with dots, the comma is decimal.
			digits, dotThousands = strings.Replace(digits, ",", ".", 1), false
		}
		v, dec, ok := parseDigits(digits, dotThousands)
		if !ok {
			return a, false
		}
		a.value, a.decimal = v, dec
		a.yearLike = unit == NoUnit && !dec && t.End-t.Start == 4 && v >= 1900 && v <= 2100
		if unit == NoUnit && !dec && v < 1000 && j == a.tok && j > 0 && s.lower(j-1) == "mil" {
			if inf := s.info(j + 1); inf.kind == wMagnitude && inf.num >= 1e6 {
				a.value, a.tok = 1000+v, j-1 // "mil 400 millones": 1,400 million, as Mexican and Central American writers put it
			}
		}
		j++
		// "208 109 BTC": groups of three digits set apart by a space, as French writes
		// thousands.
		for (s.spaceThousands || s.plainThousands(j)) && !dec && t.End-t.Start <= 3 && j < len(s.toks) && s.toks[j].Kind == lex.Number && s.thinGap(j) {
			group := s.text[s.toks[j].Start:s.toks[j].End]
			if len(group) > 4 && group[3] == ',' && strings.IndexByte(group[4:], ',') < 0 && strings.IndexByte(group, '.') < 0 {
				// "1 889,1 bitcoins": the last group carries the decimal comma.
				g, _, ok := parseDigits(group[:3]+"."+group[4:], false)
				if !ok {
					break
				}
				a.value, a.decimal, a.yearLike = a.value*1000+g, true, false
				j++
				break
			}
			if len(group) != 3 {
				break
			}
			g, gdec, ok := parseDigits(group, false)
			if !ok || gdec {
				break
			}
			a.value = a.value*1000 + g
			a.yearLike = false
			j++
		}
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
	// Numbers spelled as some wires write them: "198-thousand-109 BTC", "500-thousand".
	if t.Kind == lex.Number && lex.IsHyphen(s.punct(j)) && s.attached(j) && s.attached(j+1) && s.lower(j+1) == "thousand" &&
		lex.IsHyphen(s.punct(j+2)) && s.attached(j+2) && s.attached(j+3) && j+3 < len(s.toks) && s.toks[j+3].Kind == lex.Number {
		if rest, dec, ok := parseDigits(s.text[s.toks[j+3].Start:s.toks[j+3].End], false); ok && !dec && rest < 1000 {
			a.value = a.value*1000 + rest
			a.yearLike = false
			j += 4
		}
	}
	// "1.9 one thousand thousand people": a spun copy's words for "million" after digits.
	if t.Kind == lex.Number && (s.lower(j) == "one" || s.lower(j) == "a") {
		if v, mag, n := s.numberWords(j); n > 1 && v == mag && v >= 1e6 {
			a.value *= v
			a.magnitude = v
			a.yearLike = false
			j += n
		}
	}
	// Magnitude: million, bn, K (attached), crore; "5.8-million" as some papers hyphenate it.
	if lex.IsDash(s.punct(j)) && s.attached(j) && s.attached(j+1) && s.info(j+1).kind == wMagnitude && !s.info(j+1).attached {
		j++
	}
	// "$400-M", "P20-B": a sum's letter of magnitude after a hyphen, as some papers write
	// it in headlines. Only after a currency sign, and only a capital letter that ends
	// the word.
	if unit == USD && lex.IsDash(s.punct(j)) && s.attached(j) && s.attached(j+1) && s.info(j+1).kind == wMagnitude && s.info(j+1).attached &&
		s.capitalized(j+1) && s.toks[j+1].End-s.toks[j+1].Start == 1 {
		j++
		inf := s.info(j)
		a.value *= inf.num
		a.magnitude = inf.num
		a.yearLike = false
		j++
	}
	if inf := s.info(j); inf.kind == wMagnitude && (!inf.attached || s.attached(j)) {
		a.value *= inf.num
		a.magnitude = inf.num
		a.yearLike = false
		j++
		// "1,4 mil millones": a thousand millions.
		if next := s.info(j); s.lower(j-1) == "mil" && next.kind == wMagnitude && !next.attached && next.num >= 1e6 {
			a.value *= next.num
			a.magnitude = inf.num * next.num
			j++
		}
		// "10 mil 200 millones de dólares": ten thousand two hundred millions, as
		// Mexican and Central American writers put it.
		if s.lower(j-1) == "mil" && j+1 < len(s.toks) && s.toks[j].Kind == lex.Number && a.decimal == false {
			if rest, dec, ok := parseDigits(s.text[s.toks[j].Start:s.toks[j].End], false); ok && !dec && rest < 1000 {
				if next := s.info(j + 1); next.kind == wMagnitude && !next.attached && next.num >= 1e6 {
					a.value = (a.value + rest) * next.num
					a.magnitude = next.num
					j += 2
				}
			}
		}
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
	// A unit used as an adjective: "a 100-megawatt site", "a 750-kilowatt container", "a
	// 3-billion-dollar loan", "einen 540-Millionen-$-Kredit".
	if lex.IsDash(s.punct(j)) && s.attached(j) && j+1 < len(s.toks) && s.attached(j+1) {
		if u, _, n := s.unitAt(j + 1); n > 0 && (u == PowerMW || u == EnergyTWh || a.magnitude != 0 && (u == USD || u == OtherCurrency)) {
			j++
		}
	}
	// "12,06 тыс. BTC", "5 mln. dolarów": the period of an abbreviated magnitude before
	// its unit.
	if a.magnitude != 0 && s.punct(j) == '.' && s.attached(j) && abbreviatedMagnitudes[s.lower(j-1)] {
		if _, _, n := s.unitAt(j + 1); n > 0 {
			j++
		}
	}
	// "580 millones de dólares": the unit after a linking word.
	if linkWords[s.lower(j)] && a.magnitude != 0 {
		if u, _, n := s.unitAt(j + 1); n > 0 && u != Percent {
			j++
		}
	}
	// "50,000 seized bitcoins", "50.000 beschlagnahmten Bitcoins": a participle between the
	// count and its coins.
	if unit == NoUnit && coinParticiples[s.lower(j)] {
		if u, _, n := s.unitAt(j + 1); n > 0 && u == BTC {
			j++
		}
	}
	// Unit or currency written after: BTC, megawatts, kWh, %, dollars, euros.
	if u, scale, n := s.unitAt(j); n > 0 && !(unit == USD && u == BTC) { // "$2.8 billion Bitcoin stash": dollars
		if unit == NoUnit || (unit == USD && u == OtherCurrency) {
			unit = u
		}
		if u != USD && u != OtherCurrency {
			unit = u
		}
		a.value *= scale
		a.scale = scale
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
	if s.punct(j) == '$' && s.attached(j+1) && s.lower(j+1) == "btc" {
		return BTC, 1, 2 // the ticker: "over 8,000 $BTC"
	}
	if s.punct(j) == '$' && !(j+1 < len(s.toks) && s.toks[j+1].Kind == lex.Number && s.attached(j+1)) {
		// The sign after the number, as French writes it: "6,7 milliards $",
		// "2,3 milliards $ US", "40 millions $ CA".
		switch s.lower(j + 1) {
		case "us", "é.-u.":
			return USD, 1, 2
		case "ca", "can", "cad", "au", "aus", "hk", "nz":
			return OtherCurrency, 1, 2
		}
		return USD, 1, 1
	}
	if r := s.punct(j); (r == '€' || r == '£') && !(j+1 < len(s.toks) && s.toks[j+1].Kind == lex.Number && s.attached(j+1)) {
		return OtherCurrency, 1, 1 // "4,3 milliards €"
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
		case w == "us" && lex.IsHyphen(s.punct(j+1)) && s.info(j+2).unit == USD:
			return USD, 1, 3 // "1,3 Milliarden US-Dollar"
		case w == "per" && s.lower(j+1) == "cent":
			return Percent, 1, 2
		case (w == "mega" || w == "giga") && strings.HasPrefix(s.lower(j+1), "watt") && len(s.lower(j+1)) <= 6:
			// "about 640 Mega Watts of electrical power": the unit written in two words.
			if w == "giga" {
				return PowerMW, 1e3, 2
			}
			return PowerMW, 1, 2
		case s.capitalized(j) && s.info(j+1).kind == wCurrency && s.lower(j+1) != "rs" &&
			!(s.lower(j+1) == "won" && strings.HasSuffix(w, "s")):
			// "one million Korean won", "2 million Canadian dollars": a currency named by
			// its country's adjective ("Koreans won" is people winning).
			if w == "american" {
				return USD, 1, 2
			}
			return OtherCurrency, 1, 2
		}
		return NoUnit, 0, 0
	}
	switch inf.unit {
	case BTC:
		if (w == "bitcoin" || w == "bitcoins") && notBTCBefore[s.lower(j+1)] {
			return NoUnit, 0, 0
		}
		if w == "bitcoin" && bitcoinForks[s.lower(j+1)] && s.capitalized(j+1) {
			return OtherCurrency, 1, 2 // "1,399 Bitcoin Cash": another coin, named after bitcoin
		}
		if lex.IsHyphen(s.punct(j+1)) && s.attached(j+1) && j+2 < len(s.toks) && s.toks[j+2].Kind == lex.Word {
			return NoUnit, 0, 0 // "three Bitcoin-holding nations": an adjective, not coins
		}
	case Hashrate:
		if (w == "eh" || w == "th" || w == "ph") && (s.punct(j+1) != '/' || j+2 >= len(s.toks)) {
			return NoUnit, 0, 0 // "EH/s"; "EH/" at the end of the text is nothing
		}
		if s.punct(j+1) == '/' && j+2 < len(s.toks) {
			return Hashrate, 1, 3
		}
	case PowerMW:
		// "megawatt-hours", "terawatt hours", "kilovatios-hora", "kilowattheures" written
		// apart: energy, not power.
		k := j + 1
		if r := s.punct(k); lex.IsDash(r) || r == '·' || r == '⋅' || r == '∙' || r == '•' {
			k++ // "kilowatt-hours", "кВт·ч", "кВт⋅ч", "кВт•ч"
		}
		if hourWords[s.lower(k)] {
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
	if vague[s.lower(j-1)] {
		return 0, 0, 0 // "a few hundred thousand participants": no number is written
	}
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
	if inf := s.info(j); inf.foreign {
		if next := s.info(j + 1); next.kind != wMagnitude || next.attached {
			return 0, 0, 0 // "un bitcoin", "dos Bitcoins": an article or "of the", no number
		}
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
		case inf.kind == wMagnitude && !inf.attached && seen && current == 0 && total > 0 && s.info(j-1).kind == wMagnitude:
			total *= inf.num // "one thousand thousand", "one thousand million": magnitudes multiply
			magnitude *= inf.num
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
// one or two digits ("1,5"), or after a lone zero ("0,007"), is read as a decimal comma. With dotThousands, a dot before
// three digits groups thousands ("1.400") and a comma marks decimals ("6.276,5").
func parseDigits(s string, dotThousands bool) (float64, bool, bool) {
	if strings.ContainsAny(s, "'\u2019") {
		s = strings.NewReplacer("'", "", "\u2019", "").Replace(s) // "12'200", as the Swiss group thousands
	}
	if dotThousands && dotGroups3(s) {
		return parseDigits(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", "."), false)
	}
	if c := strings.LastIndexByte(s, ','); c > 0 && strings.Count(s, ",") == 1 && strings.IndexByte(s, '.') > 0 && strings.IndexByte(s, '.') < c && dotGroups3(s) {
		// "5.875,76": dots between thousands and a decimal comma, in any article's language
		return parseDigits(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", "."), false)
	}
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
	// "0,007": a group of thousands never begins with a lone zero, so the comma is decimal.
	decimalComma := commas == 1 && (len(s)-lastComma-1 <= 2 || lastComma == 1 && s[0] == '0') && !containsByte(s, '.')
	// "13.000" and "1.250.000" group thousands with dots, as much of Europe writes them;
	// a fraction of exactly "000" is never written in English.
	if commas == 0 && len(s) > 4 && s[len(s)-4] == '.' && s[len(s)-3:] == "000" || commas == 0 && dotGroups(s) {
		return parseDigits(strings.ReplaceAll(s, ".", ""), false)
	}
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

// dotGroups reports "1.250.000": two or more dots, each followed by three digits.
// dotGroups3 reports whether s groups its digits with dots into threes, once or more,
// before any decimal comma: "1.400", "6.276,5", "1.250.000".
func dotGroups3(s string) bool {
	if i := strings.IndexByte(s, ','); i >= 0 {
		s = s[:i]
	}
	dots := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			if i == 0 || i+4 > len(s) || (i+4 < len(s) && s[i+4] != '.') {
				return false
			}
			dots++
		}
	}
	return dots >= 1
}

func dotGroups(s string) bool {
	dots := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			if i+4 > len(s) || (i+4 < len(s) && s[i+4] != '.') {
				return false
			}
			dots++
		}
	}
	return dots >= 2
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
