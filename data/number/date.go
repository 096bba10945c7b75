package number

import (
	"fmt"
	"time"

	"cryptoatlas/data/lex"
)

// Relative names a date written relative to when the article was published.
type Relative uint8

const (
	Absolute  Relative = iota
	LastYear           // last year, a year ago
	ThisYear           // this year, earlier this year
	NextYear           // next year
	LastMonth          // last month
	ThisMonth          // this month, earlier this month
	SameMonth          // that same month: the month of the date before it
	SameYear           // that same year, later that year
	Today              // today
	Yesterday          // yesterday
)

// Date is a date written in text. Year, Month and Day are 0 when not written.
type Date struct {
	Start, End  int
	Tok, TokEnd int
	Year        int
	Month       int
	Day         int
	Rel         Relative
	Prep        string // the word before it: "in", "since", "through"; "" when none
}

// Precision says how much of a date is known.
type Precision uint8

const (
	NoDate Precision = iota
	YearOnly
	MonthOnly // a month whose year is unknown
	YearMonth
	FullDate
)

// When is a resolved date: a calendar date with how much of it is known.
type When struct {
	Year, Month, Day int
	Precision        Precision
}

// String formats as "2021", "2021-09", "2021-09-07", or "--05" for a month whose year is
// unknown (ISO 8601's form for a month without a year); "" when there is no date.
func (w When) String() string {
	switch w.Precision {
	case YearOnly:
		return fmt.Sprintf("%04d", w.Year)
	case MonthOnly:
		return fmt.Sprintf("--%02d", w.Month)
	case YearMonth:
		return fmt.Sprintf("%04d-%02d", w.Year, w.Month)
	case FullDate:
		return fmt.Sprintf("%04d-%02d-%02d", w.Year, w.Month, w.Day)
	}
	return ""
}

// Label formats for people: "September 2021", "May", "7 September 2021", "2027".
func (w When) Label() string {
	switch w.Precision {
	case YearOnly:
		return fmt.Sprintf("%d", w.Year)
	case MonthOnly:
		return time.Month(w.Month).String()
	case YearMonth:
		return fmt.Sprintf("%s %d", time.Month(w.Month), w.Year)
	case FullDate:
		return fmt.Sprintf("%d %s %d", w.Day, time.Month(w.Month), w.Year)
	}
	return ""
}

// Before reports whether w sorts before v; unknown parts sort first.
func (w When) Before(v When) bool {
	if w.Year != v.Year {
		return w.Year < v.Year
	}
	if w.Month != v.Month {
		return w.Month < v.Month
	}
	return w.Day < v.Day
}

// ParseWhen reads the String form back; "" is no date.
func ParseWhen(s string) (When, bool) {
	if s == "" {
		return When{}, true
	}
	for _, f := range []struct {
		layout string
		p      Precision
	}{{"2006", YearOnly}, {"2006-01", YearMonth}, {"2006-01-02", FullDate}, {"--01", MonthOnly}} {
		if len(s) != len(f.layout) {
			continue
		}
		if t, err := time.Parse(f.layout, s); err == nil {
			w := When{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: f.p}
			switch f.p {
			case YearOnly:
				w.Month, w.Day = 0, 0
			case YearMonth:
				w.Day = 0
			case MonthOnly:
				w.Year, w.Day = 0, 0
			}
			return w, true
		}
	}
	return When{}, false
}

// Resolve turns a written date into a calendar date, using the publication date (zero
// when unknown) for relative dates and prev (the date written before it in the same
// paragraph) for "that same month".
func (d Date) Resolve(published time.Time, prev When) When {
	known := !published.IsZero()
	py, pm := published.Year(), int(published.Month())
	switch d.Rel {
	case LastYear:
		if known {
			return When{Year: py - 1, Precision: YearOnly}
		}
	case ThisYear:
		if known {
			return When{Year: py, Precision: YearOnly}
		}
	case NextYear:
		if known {
			return When{Year: py + 1, Precision: YearOnly}
		}
	case LastMonth:
		if known {
			t := published.AddDate(0, -1, 0)
			return When{Year: t.Year(), Month: int(t.Month()), Precision: YearMonth}
		}
	case ThisMonth:
		if known {
			return When{Year: py, Month: pm, Precision: YearMonth}
		}
	case Today, Yesterday:
		if known {
			t := published
			if d.Rel == Yesterday {
				t = t.AddDate(0, 0, -1)
			}
			return When{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: FullDate}
		}
	case SameMonth:
		if prev.Month != 0 {
			return When{Year: prev.Year, Month: prev.Month}.trim()
		}
	case SameYear:
		if prev.Year != 0 {
			return When{Year: prev.Year, Precision: YearOnly}
		}
	case Absolute:
		switch {
		case d.Year != 0 && d.Month != 0 && d.Day != 0:
			return When{Year: d.Year, Month: d.Month, Day: d.Day, Precision: FullDate}
		case d.Year != 0 && d.Month != 0:
			return When{Year: d.Year, Month: d.Month, Precision: YearMonth}
		case d.Year != 0:
			return When{Year: d.Year, Precision: YearOnly}
		case d.Month != 0 && known:
			// A month without a year is the latest such month up to publication.
			y := py
			if d.Month > pm {
				y--
			}
			if d.Day != 0 {
				return When{Year: y, Month: d.Month, Day: d.Day, Precision: FullDate}
			}
			return When{Year: y, Month: d.Month, Precision: YearMonth}
		case d.Month != 0:
			return When{Month: d.Month, Precision: MonthOnly}
		}
	}
	return When{}
}

// trim keeps a month-level date at month precision.
func (w When) trim() When {
	if w.Year == 0 {
		w.Precision = MonthOnly
	} else {
		w.Precision = YearMonth
	}
	w.Day = 0
	return w
}

// relatives are the written forms of relative dates, longest first.
var relatives = []struct {
	words []string
	rel   Relative
}{
	{[]string{"earlier", "this", "year"}, ThisYear},
	{[]string{"later", "this", "year"}, ThisYear},
	{[]string{"earlier", "this", "month"}, ThisMonth},
	{[]string{"that", "same", "month"}, SameMonth},
	{[]string{"the", "same", "month"}, SameMonth},
	{[]string{"later", "that", "month"}, SameMonth},
	{[]string{"that", "same", "year"}, SameYear},
	{[]string{"the", "same", "year"}, SameYear},
	{[]string{"later", "that", "year"}, SameYear},
	{[]string{"a", "year", "ago"}, LastYear},
	{[]string{"a", "year", "earlier"}, LastYear},
	{[]string{"last", "year"}, LastYear},
	{[]string{"this", "year"}, ThisYear},
	{[]string{"next", "year"}, NextYear},
	{[]string{"last", "month"}, LastMonth},
	{[]string{"this", "month"}, ThisMonth},
	{[]string{"that", "month"}, SameMonth},
	{[]string{"that", "year"}, SameYear},
	{[]string{"today"}, Today},
	{[]string{"yesterday"}, Yesterday},
}

// date reads a date at token i: "September 7, 2021", "7 September 2021", "Sept. 2021",
// "In May", "2021", "2025-03-12", "last year", "that same month".
func (s *scanner) date(i int) (Date, bool) {
	t := s.toks[i]
	d := Date{Tok: i}
	switch t.Kind {
	case lex.Word:
		w := s.lower(i)
		if inf := s.info(i); inf.kind == wMonth && (t.Is(lex.Capital) || inf.foreign) {
			j := i + 1
			if inf.foreign {
				// "marzo de 2025", "fin mars 2016": a lower-case month needs its year
				k := j
				if w := s.lower(k); w == "de" || w == "del" || w == "di" {
					k++
				}
				y, ok := s.year(k)
				if !ok {
					return d, false
				}
				d.Month, d.Year, d.TokEnd = int(inf.num), y, k+1
				return s.finishDate(d), true
			}
			if inf.attached && s.punct(j) == '.' && s.attached(j) {
				j++
			}
			d.Month = int(inf.num)
			if day, ok := s.day(j); ok {
				d.Day = day
				j++
				if s.ordinal(j) {
					j++
				}
				if s.punct(j) == ',' {
					if y, ok := s.year(j + 1); ok {
						d.Year = y
						j += 2
					}
				} else if y, ok := s.year(j); ok {
					d.Year = y
					j++
				}
			} else if y, ok := s.year(j); ok {
				d.Year = y
				j++
			} else if !s.monthContext(i, w, inf) {
				return d, false
			}
			d.TokEnd = j
			return s.finishDate(d), true
		}
		if k := s.info(i).kind; k != wRelStart && k != wDateWord {
			return d, false
		}
		for _, r := range relatives {
			if i+len(r.words) > len(s.toks) {
				continue
			}
			match := true
			for k, rw := range r.words {
				if s.lower(i+k) != rw {
					match = false
					break
				}
			}
			if match {
				d.Rel = r.rel
				d.TokEnd = i + len(r.words)
				return s.finishDate(d), true
			}
		}
	case lex.Number:
		if day, ok := s.day(i); ok {
			j := i + 1
			if s.ordinal(j) {
				j++
			}
			if w := s.lower(j); w == "of" || w == "de" {
				j++ // "7 de septiembre de 2021"
			}
			if s.punct(j) == '.' && s.attached(j) && s.info(j+1).kind == wMonth {
				j++ // "am 27. April 2022": a German ordinal day
			}
			if inf := s.info(j); inf.kind == wMonth && (s.toks[j].Is(lex.Capital) || inf.foreign) {
				d.Day, d.Month = day, int(inf.num)
				j++
				if inf.attached && s.punct(j) == '.' {
					j++
				}
				if w := s.lower(j); inf.foreign && (w == "de" || w == "del" || w == "di") {
					j++
				}
				if y, ok := s.year(j); ok {
					d.Year = y
					j++
				}
				d.TokEnd = j
				return s.finishDate(d), true
			}
		}
		if y, ok := s.year(i); ok {
			d.Year = y
			j := i + 1
			// 2025-03-12 and 2025/03/12
			if r := s.punct(j); (r == '-' || r == '/') && s.attached(j) && s.attached(j+1) {
				if m, ok := s.smallNumber(j+1, 1, 12); ok {
					if r2 := s.punct(j + 2); r2 == r && s.attached(j+2) {
						if dd, ok := s.smallNumber(j+3, 1, 31); ok {
							d.Month, d.Day = m, dd
							d.TokEnd = j + 4
							return s.finishDate(d), true
						}
					}
				}
			}
			// A bare year is a date unless a unit or magnitude says it counts something.
			if _, _, n := s.unitAt(j); n > 0 {
				return d, false
			}
			if inf := s.info(j); inf.kind == wMagnitude && (!inf.attached || s.attached(j)) {
				return d, false
			}
			if p := s.punct(i - 1); p == '$' || p == '€' || p == '£' || p == '#' {
				return d, false
			}
			d.TokEnd = j
			return s.finishDate(d), true
		}
	}
	return d, false
}

// monthContext decides whether a capitalised month name standing alone is a month:
// "May" and "March" also begin sentences as other words, so they need a date word
// before them ("In May", "since March"); other month names stand on their own.
func (s *scanner) monthContext(i int, w string, inf wordInfo) bool {
	if inf.attached { // "Jan", "Sept": abbreviations need a day or year
		return false
	}
	p := s.lower(i - 1)
	if datePreps[p] || p == "mid" {
		return true
	}
	return w != "may" && w != "march"
}

func (s *scanner) finishDate(d Date) Date {
	start := d.Tok
	// "in early 2024", "by mid-2025": the preposition comes before the modifier.
	k := start - 1
	if w := s.lower(k); (w == "de" || w == "of") && endOfPeriod[s.lower(k-1)] {
		k-- // "finales de marzo de 2026", "the end of March 2026"
	}
	if w := s.lower(k); w == "early" || w == "late" || w == "mid" || endOfPeriod[w] {
		start = k
		k--
		if w := s.lower(k); w == "de" || w == "à" || w == "a" || w == "of" {
			if p := s.lower(k - 1); datePreps[p] {
				k-- // "hasta finales de marzo de 2025", "jusqu'à la fin de": past the article's joining word
			}
		}
	} else if lex.IsDash(s.punct(k)) && (s.lower(k-1) == "mid" || endOfPeriod[s.lower(k-1)]) {
		start = k - 1
		k -= 2 // "by mid-2025", "until end-November 2017"
	}
	if w := s.lower(k); datePreps[w] && w != "early" && w != "late" && w != "mid" && w != "last" && w != "this" && w != "next" {
		d.Prep = w
		if w == "of" && s.lower(k-1) == "as" {
			d.Prep = "as of"
		}
		if (w == "en" || w == "à" || w == "au") && s.lower(k-2) == "jusqu" {
			d.Prep = "jusqu'à" // "jusqu'en 2027", "jusqu'à fin mars 2016", "jusqu'au 16 juin 2012"
		}
		if p := s.lower(k - 1); (w == "al" || w == "ao" || w == "el" || w == "a") && (p == "fino" || p == "hasta" || p == "até") {
			d.Prep = p // "fino al 2027", "hasta el 2026", "até ao final de 2025"
		}
	} else if w == "jusqu'en" || w == "jusqu'à" || w == "jusqu’en" || w == "jusqu’à" || w == "jusqu'au" || w == "jusqu’au" {
		d.Prep = "jusqu'à"
	}
	d.Tok = start
	d.Start = int(s.toks[start].Start)
	d.End = int(s.toks[d.TokEnd-1].End)
	return d
}

func (s *scanner) year(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := s.toks[i]
	if t.Kind != lex.Number || t.End-t.Start != 4 {
		return 0, false
	}
	v := 0
	for k := t.Start; k < t.End; k++ {
		v = v*10 + int(s.text[k]-'0')
	}
	if v < 1900 || v > 2100 {
		return 0, false
	}
	return v, true
}

func (s *scanner) day(i int) (int, bool) {
	return s.smallNumber(i, 1, 31)
}

func (s *scanner) smallNumber(i, lo, hi int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := s.toks[i]
	if t.Kind != lex.Number || t.End-t.Start > 2 {
		return 0, false
	}
	v := 0
	for k := t.Start; k < t.End; k++ {
		v = v*10 + int(s.text[k]-'0')
	}
	if v < lo || v > hi {
		return 0, false
	}
	return v, true
}

// ordinal reports whether token i is an ordinal suffix glued to a day: 7th, 1st, 22nd.
func (s *scanner) ordinal(i int) bool {
	if !s.attached(i) {
		return false
	}
	switch s.lower(i) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
