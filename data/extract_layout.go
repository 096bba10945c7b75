package data

import (
	"sort"
	"strings"
	"unicode"

	"cryptoatlas/data/country"
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// How an article lays out what it is about: its headline and lead, headings naming a
// country, list items, lines holding one figure, and tables whose header names their
// columns.

// tableHeader reads the columns of a table's header line ("Country Data Year Population
// Ownership Ownership Percentage Report", "Country Number of crypto owners Percentage of
// the population"): the kind of each column after the first, or nil when the line is not
// a header.
func (x *extractor) tableHeader(b Block) []string {
	toks := lex.Tokenize(x.toks[:0], x.a.Text, b.Start, b.End)
	if len(toks) < 3 {
		return nil
	}
	if first := string(lex.Lower(x.buf[:], x.a.Text[toks[0].Start:toks[0].End])); first != "country" && first != "nation" && first != "jurisdiction" && first != "government" && first != "rank" {
		return nil
	}
	var cols []string
	last := -2
	for i := 1; i < len(toks); i++ {
		kind := columnKinds[string(lex.Lower(x.buf[:], x.a.Text[toks[i].Start:toks[i].End]))]
		if kind == "" {
			continue
		}
		of := false
		for k := max(1, i-2); k < i; k++ {
			of = of || x.a.Text[toks[k].Start:toks[k].End] == "of"
		}
		switch {
		case of && len(cols) > 0:
			// "Percentage of the population" is one column, named by its first word.
		case kind == "percent" && last == i-1 && len(cols) >= 2 && cols[len(cols)-1] == cols[len(cols)-2]:
			cols[len(cols)-1] = kind // "Ownership Ownership Percentage": the second is the percentage's
		default:
			cols = append(cols, kind)
		}
		last = i
	}
	return cols
}

// barTable reads a table written with bars between its cells ("Rank | Country |
// Bitcoin Holdings (BTC) | Approximate Value (USD) |"): at its header it sets the kind
// of each cell and what the table counts, and it passes over the line of dashes under
// the header. A line without bars ends the table. It reports whether the block was the
// header or its line of dashes, which hold no figures.
func (x *extractor) barTable(b Block) bool {
	line := x.a.Text[b.Start:b.End]
	if strings.Count(line, "|") < 2 {
		x.cells = nil
		return false
	}
	if strings.Trim(line, "|-: ") == "" {
		return x.cells != nil // "---|---|---|"
	}
	cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
	kinds := make([]string, len(cells))
	named, known := false, false
	for i, c := range cells {
		kinds[i] = cellKind(c)
		named = named || kinds[i] == "country"
		known = known || kinds[i] != "" && kinds[i] != "country" && kinds[i] != "rank"
	}
	if !named || !known || x.hasNumber(b) {
		return false // a row, or a table of something else
	}
	x.cells = kinds
	x.columns = nil
	for _, k := range kinds {
		if k != "" && k != "country" && k != "rank" {
			x.columns = append(x.columns, k)
		}
	}
	x.newParagraph()
	x.listCues = x.blockCues(b)
	x.topic |= x.listCues & cueCrypto
	return true
}

// labelLine reports whether a block is a short label and its figure: "Bitcoin Holdings:
// 212,000 BTC", "Estimated Value: $7.37 billion".
func (x *extractor) labelLine(b Block) bool {
	line := x.a.Text[b.Start:b.End]
	k := strings.IndexByte(line, ':')
	if len(line) > labelLineMax || k <= 0 || k > labelMax || strings.ContainsAny(line[:k], "0123456789") ||
		strings.Count(line[:k], " ") > 3 {
		return false
	}
	return strings.ContainsAny(line[k:], "0123456789")
}

// cellKind is what a header's cell counts: "country" for the cell naming the rows'
// countries, "rank", a column kind ("Bitcoin Holdings (BTC)": btc; "% of Population
// Owning Crypto": percent), or "" for a cell of words ("Notes", "Policy Since").
func cellKind(cell string) string {
	if strings.Contains(cell, "%") {
		return "percent"
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(cell), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if countryColumn[w] {
			return "country"
		}
		if w == "rank" || w == "#" {
			return "rank"
		}
		if k := columnKinds[w]; k != "" {
			return k
		}
	}
	return ""
}

// columnOf returns the kind of the table column a figure of a row stands in: the cells
// are the row's numbers, figures and dates alike, in order. In a table with bars, the
// cell the figure stands in.
func (x *extractor) columnOf(q *number.Quantity) string {
	if x.cells != nil {
		i := strings.Count(strings.TrimLeft(x.a.Text[x.rowStart:q.Start], "| "), "|")
		if i < len(x.cells) {
			return x.cells[i]
		}
		return ""
	}
	cells := make([]int, 0, len(x.qs)+len(x.ds))
	for _, o := range x.qs {
		cells = append(cells, o.Tok)
	}
	for _, d := range x.ds {
		cells = append(cells, d.Tok)
	}
	sort.Ints(cells)
	for i, t := range cells {
		if t == q.Tok && i < len(x.columns) {
			return x.columns[i]
		}
	}
	return ""
}

// isValueLine reports whether a block is a figure on a line of its own ("₿ 2,180",
// "5.2 million", "~1.1 million owners (despite the ban!)"), as list items give them under
// their country's line.
func (x *extractor) isValueLine(b Block) bool {
	if b.End-b.Start > 80 {
		return false // a paragraph, not a line holding one figure
	}
	toks := lex.Tokenize(x.toks[:0], x.a.Text, b.Start, b.End)
	if len(toks) == 0 || len(toks) > 12 {
		return false
	}
	for i, t := range toks {
		if t.Kind == lex.Number {
			// "2. Ethiopia" numbers a list item; it is not the item's figure.
			if i+1 < len(toks) && toks[i+1].Kind == lex.Punct {
				if r := toks[i+1].PunctRune(x.a.Text); r == '.' || r == ')' {
					return false
				}
			}
			return true
		}
		if t.Kind == lex.Word {
			return false
		}
	}
	return false
}

// hasNumber reports whether a block writes a number.
func (x *extractor) hasNumber(b Block) bool {
	for _, t := range lex.Tokenize(x.toks[:0], x.a.Text, b.Start, b.End) {
		if t.Kind == lex.Number {
			return true
		}
	}
	return false
}

// countryLine returns the country a short line consists of ("• USA", "🇲🇪 **Montenegro**"),
// or "".
func (x *extractor) countryLine(b Block) string {
	if b.End-b.Start > 40 {
		return "" // longer than a name: not read, for speed
	}
	if iso, figures := x.rowCountry(b); !figures {
		return iso
	}
	return ""
}

// question is the one country a block asking a question names ("Q: How many Swedes own
// crypto?", "## How big is mining in Uruguay today?"), whose answer follows; "" when the
// block asks nothing or names no single country.
func (x *extractor) question(b Block) string {
	t := strings.TrimRight(x.a.Text[b.Start:b.End], " *_\t")
	if !strings.HasSuffix(t, "?") {
		return ""
	}
	return x.spanSubject(b.Span)
}

// onlyCountry reports whether a short heading or line names a country and nothing else,
// after any numbering, flag or "The": "## 2. Ethiopia", "🇧🇹 Bhutan", "3) The UAE".
func (x *extractor) onlyCountryLine(b Block) bool {
	if b.End-b.Start > 48 {
		return false
	}
	x.toks = lex.Tokenize(x.toks[:0], x.a.Text, b.Start, b.End)
	i := 0
	for i < len(x.toks) && (x.toks[i].Kind != lex.Word || x.a.Text[x.toks[i].Start:x.toks[i].End] == "The") {
		i++
	}
	if i >= len(x.toks) || !country.MayStart(x.toks[i]) {
		return false
	}
	m, n, ok := country.Match(x.a.Text, x.toks, i)
	if !ok || m.Possessive {
		return false
	}
	for j := i + n; j < len(x.toks); j++ {
		if x.toks[j].Kind != lex.Punct {
			return false
		}
	}
	return true
}

// rowCountry reports the country a short line opens with ("Russia 17,379,175", "🇧🇹
// Bhutan", "The UAE 420,000 BTC"), and whether the line states figures after it; "" when
// the line does not open with exactly one country.
func (x *extractor) rowCountry(b Block) (string, bool) {
	x.toks = lex.Tokenize(x.toks[:0], x.a.Text, b.Start, b.End)
	i := 0
	for i < len(x.toks) && (x.toks[i].Kind != lex.Word || x.a.Text[x.toks[i].Start:x.toks[i].End] == "The") {
		if x.toks[i].Kind == lex.Number {
			if i+1 < len(x.toks) && x.toks[i+1].Start == x.toks[i].End && isOrdinalSuffix(x.a.Text[x.toks[i+1].Start:x.toks[i+1].End]) {
				i += 2 // a rank ("1st United States ~328,372 BTC ~US$ 30 Billion")
				continue
			}
			if x.cells != nil && i+1 < len(x.toks) && x.toks[i+1].PunctRune(x.a.Text) == '|' {
				i += 2 // a rank's cell ("1 | United States | 212,000 |")
				continue
			}
			return "", false
		}
		i++ // a flag or "The"; a number first ("3. Kenya") makes no row
	}
	if i >= len(x.toks) || !country.MayStart(x.toks[i]) {
		return "", false
	}
	m, n, ok := country.Match(x.a.Text, x.toks, i)
	if !ok || m.Possessive {
		return "", false
	}
	figures := false
	for j := i + n; j < len(x.toks); j++ {
		t := x.toks[j]
		if t.Kind == lex.Word && !t.Is(lex.Capital) && x.a.Text[t.Start:t.End] != "BTC" && !figures {
			// Words after the row's first figure explain it: "Ukraine (5.56 million,
			// accounting for 12.73% of population)".
			if w := string(lex.Lower(x.buf[:], x.a.Text[t.Start:t.End])); cueOf(w)&cueHave != 0 || len(w) > 3 && !isUnitWord(w) {
				return m.ISO2, false // a sentence or a heading in words, not a row
			}
		}
		if t.Kind == lex.Number {
			figures = true
		}
	}
	return m.ISO2, figures
}

// isOrdinalSuffix reports whether w ends an English ordinal written in digits ("1st").
func isOrdinalSuffix(w string) bool { return w == "st" || w == "nd" || w == "rd" || w == "th" }

// isUnitWord reports whether a lower-case word may stand in a table row's cell: a
// magnitude or unit ("million", "billion", "bitcoin", "megawatts").
func isUnitWord(w string) bool {
	if q, ok := number.Parse("1 " + w); ok && (q.Unit != number.NoUnit || q.Magnitude) {
		return true
	}
	return is(w, roleBeforeValue, roleRumour, roleReport) // "(estimated)", "(rumored)", "approx"
}

// leadSubject is the country an article without a headline is about: the one country
// its first sentence naming any names ("El Salvador consistently claimed ..."), which a
// reader carries through the article until another is named.
func (x *extractor) leadSubject() string {
	seen, paragraphs := 0, 0
	for _, b := range x.a.Blocks {
		switch b.Kind {
		case Boilerplate, Meta:
			continue
		case Bullet:
			return "" // a list begins: its items are not the article's lead
		case Heading, Title:
			if paragraphs > 0 {
				return "" // the lead is over
			}
		case Paragraph:
			paragraphs++
		}
		for _, s := range b.Sentences {
			if b.Kind == Paragraph {
				if seen++; seen > 3 {
					return "" // headings and labels ("PRESS RELEASE") do not count
				}
			}
			x.toks = lex.Tokenize(x.toks[:0], x.a.Text, s.Start, s.End)
			for i := range x.toks {
				if country.MayStart(x.toks[i]) {
					if _, _, ok := country.Match(x.a.Text, x.toks, i); ok {
						return x.spanSubject(s)
					}
				}
			}
		}
	}
	return ""
}

// headingSubject is the one country a heading or title names, or "" when it names
// none or several.
func (x *extractor) headingSubject(b Block) string { return x.spanSubject(b.Span) }

// spanSubject is the one country a span of text names, or "" when it names none or
// several.
func (x *extractor) spanSubject(b Span) string {
	x.toks = lex.Tokenize(x.toks[:0], x.a.Text, b.Start, b.End)
	subject := ""
	for i := 0; i < len(x.toks); i++ {
		m, n, ok := country.Match(x.a.Text, x.toks, i)
		if n > 0 {
			i += n - 1
		}
		if !ok {
			continue
		}
		if k := i + 1; k < len(x.toks) && number.IsCurrencyWord(strings.ToLower(x.toks[k].Text(x.a.Text))) {
			continue // "3.2 billion US dollars": a currency, not the country
		}
		if subject != "" && subject != m.ISO2 {
			return ""
		}
		subject = m.ISO2
	}
	return subject
}
