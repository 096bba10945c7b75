package data

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"cryptoatlas/data/country"
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// Rule names the attribution rule that tied a figure to its country. The names appear
// in `make eval`'s counts and in `extract --explain`; readers get Why.Country instead.
type Rule string

const (
	RuleRespectively Rule = "respectively"    // "A and B hold X and Y, respectively"
	RuleListItem     Rule = "list-item"       // "led by A (31 million), then B (12 million)"
	RuleDemonym      Rule = "demonym"         // "20 million Pakistanis"
	RuleBorrower     Rule = "borrower"        // "a $2 billion loan to Pakistan"
	RulePossessive   Rule = "possessive"      // "El Salvador's 6,200 BTC"
	RuleBefore       Rule = "named-before"    // the country named before the figure in its clause
	RuleRelative     Rule = "relative-clause" // "Bhutan, which holds ..."
	RuleRefersBack   Rule = "refers-back"     // "the country", "the government" for the paragraph's country
	RuleAfter        Rule = "named-after"     // "Since 2021, El Salvador has ...", "... by miners in Iceland"
	RuleSubject      Rule = "sentence-subject"
	RuleParagraph    Rule = "paragraph"    // carried from an earlier sentence of the paragraph
	RuleHeading      Rule = "heading"      // the country a heading or the title is about
	RuleOnlyCountry  Rule = "only-country" // the one country the whole article names
	RuleFollows      Rule = "follows"      // a valuation follows its holding, a term its loan
	RuleCurated      Rule = "curated"      // a user recorded it
	RuleDerived      Rule = "derived"      // computed from stated figures
)

// pick is a country chosen for a figure, with the rule and the words that chose it.
type pick struct {
	iso2  string
	rule  Rule
	cue   string // the words the rule read: "El Salvador's", "the country"
	doubt string // when no country is picked, why, for a reader: "its clause is about “Bitfury”, not a country"
	// carried is the country only a heading or headline gives a figure left unsure, which
	// a valuation or loan term may still take from the holding or loan stated before it.
	carried string
}

// countryWhy writes the reason a figure belongs to a country, for a reader.
func countryWhy(p pick) string {
	name := countryName(p.iso2)
	switch p.rule {
	case RuleRespectively:
		return fmt.Sprintf("Tied to %s: its place in a “respectively” list", name)
	case RuleListItem:
		return fmt.Sprintf("Tied to %s: the list item it stands beside (%s)", name, p.cue)
	case RuleDemonym:
		return fmt.Sprintf("Tied to %s: a count of its people (“%s”)", name, p.cue)
	case RuleBorrower:
		return fmt.Sprintf("Tied to %s: the borrower of the loan (“%s”)", name, p.cue)
	case RulePossessive:
		return fmt.Sprintf("Tied to %s: the possessive that owns the figure (“%s”)", name, p.cue)
	case RuleBefore:
		return fmt.Sprintf("Tied to %s: the country its clause names before it (“%s”)", name, p.cue)
	case RuleRelative:
		return fmt.Sprintf("Tied to %s: the country the relative clause describes", name)
	case RuleRefersBack:
		return fmt.Sprintf("Tied to %s: “%s” refers to the country the paragraph is about", name, p.cue)
	case RuleAfter:
		return fmt.Sprintf("Tied to %s: the clause's subject, named after the figure (“%s”)", name, p.cue)
	case RuleSubject:
		return fmt.Sprintf("Tied to %s: the sentence's subject (“%s”)", name, p.cue)
	case RuleParagraph:
		return fmt.Sprintf("Tied to %s: the country the paragraph is about, named in an earlier sentence", name)
	case RuleHeading:
		return fmt.Sprintf("Tied to %s: the country the heading or headline is about", name)
	case RuleOnlyCountry:
		return fmt.Sprintf("Tied to %s: the only country the article names", name)
	case RuleFollows:
		return fmt.Sprintf("Tied to %s: %s", name, p.cue)
	}
	return ""
}

func countryName(iso2 string) string {
	if c, ok := country.ByISO2(iso2); ok {
		return c.Name
	}
	return iso2
}

// quoteToks is the text of tokens [i, j) of the sentence, for a reason.
func (x *extractor) quoteToks(i, j int) string {
	if i < 0 || j > len(x.toks) || i >= j {
		return ""
	}
	// Whole words: a word of a hyphenated compound quotes the compound ("sell-off").
	for i >= 2 && x.hyphenJoins(i-1) {
		i -= 2
	}
	for j+1 < len(x.toks) && x.hyphenJoins(j) {
		j += 2
	}
	return x.a.Text[x.toks[i].Start:x.toks[j-1].End]
}

// hyphenJoins reports whether token h is a hyphen joining the words either side of it
// into one ("sell-off").
func (x *extractor) hyphenJoins(h int) bool {
	if h < 1 || h+1 >= len(x.toks) {
		return false
	}
	a, t, b := x.toks[h-1], x.toks[h], x.toks[h+1]
	return t.Kind != lex.Word && a.Kind == lex.Word && b.Kind == lex.Word && a.End == t.Start && t.End == b.Start &&
		lex.IsHyphen(x.punct(h))
}

// cueWord returns the first word of class c in the clause of token i, as written.
func (x *extractor) cueWord(i int, c cue) string {
	cl := x.clause[i]
	for j, v := range x.cues {
		if v&c != 0 && x.clause[j] == cl {
			return x.quoteToks(j, j+1)
		}
	}
	for j, v := range x.cues {
		if v&c != 0 {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// decisionsOf calls fn with each decision that recorded a number as fact f: its metric,
// country and value, in every sentence that states it.
func (x *extractor) decisionsOf(f *Fact, fn func(d *Decision)) {
	for i := range x.out.Decisions {
		if d := &x.out.Decisions[i]; d.Metric == f.Metric && d.ISO2 == f.ISO2 && d.Value == f.Value {
			fn(d)
		}
	}
}

// roleInClause is the first word of token i's clause playing role r, quoted for a
// reason, or "".
func (x *extractor) roleInClause(i int, r role) string {
	for j := range x.toks {
		if x.clause[j] == x.clause[i] && x.isAt(j, r) {
			return x.quoteToks(j, j+1)
		}
	}
	return ""
}

// Decision is what the extractor made of one number it looked at: the metric and
// country it gave it and why, or why it was dropped. `extract --explain` prints them.
type Decision struct {
	Span
	Value   float64 // the number as read
	Metric  Metric  // "" when dropped
	ISO2    string  // "" when unattributed or dropped
	Planned bool
	Why     Why
	Dropped string // why the number is not a figure of the vocabulary; "" when kept
}

// drop records why a number the sentence states is not a figure.
func (x *extractor) drop(q *number.Quantity, format string, args ...any) {
	reason := format
	if len(args) > 0 {
		reason = fmt.Sprintf(format, args...)
	}
	x.out.Decisions = append(x.out.Decisions, Decision{Span: Span{q.Start, q.End}, Value: q.Value, Dropped: reason})
}

// undrop forgets the drop of a number a later rule read as a figure after all.
func (x *extractor) undrop(sp Span) {
	ds := x.out.Decisions[:0]
	for _, d := range x.out.Decisions {
		if d.Dropped == "" || d.Span != sp {
			ds = append(ds, d)
		}
	}
	x.out.Decisions = ds
}

// unitWords names a quantity's unit for a reason.
func unitWords(u number.Unit) string {
	switch u {
	case number.BTC:
		return "a bitcoin amount"
	case number.USD:
		return "a dollar amount"
	case number.PowerMW:
		return "a power figure"
	case number.EnergyTWh:
		return "an energy figure"
	case number.NoUnit:
		return "a count"
	}
	return "a figure in " + u.String()
}

// WriteExplanation writes, for people, every number the extractor looked at in an
// article: the metric and country it gave the number and why, or why it dropped it.
func WriteExplanation(w io.Writer, a *Article) error {
	ex := Extract(a)
	ds := append([]Decision(nil), ex.Decisions...)
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Start < ds[j].Start })
	name := a.Path
	if name == "" {
		name = SamplePath
	}
	var b strings.Builder
	fmt.Fprintf(&b, "== %s (%s)\n", a.Title, name)
	if len(ds) == 0 {
		b.WriteString("  no numbers of the vocabulary's kinds\n")
	}
	for _, d := range ds {
		fmt.Fprintf(&b, "  %q at %d–%d", a.Slice(d.Span), d.Start, d.End)
		if p := a.PageLabel(d.Start); p != "" {
			fmt.Fprintf(&b, ", %s", p)
		}
		b.WriteByte('\n')
		switch {
		case d.Dropped != "":
			fmt.Fprintf(&b, "    dropped: %s\n", d.Dropped)
		default:
			state := "charted"
			switch {
			case d.Planned:
				state = "planned, not charted"
			case d.ISO2 == "":
				state = "unattributed, for review"
			}
			fmt.Fprintf(&b, "    %s, %s (%s)\n", d.Metric, countryOrNone(d.ISO2), state)
			fmt.Fprintf(&b, "    metric: %s\n", d.Why.Metric)
			switch {
			case d.Why.Country != "" && d.Why.Rule != "":
				fmt.Fprintf(&b, "    country: %s [%s]\n", d.Why.Country, d.Why.Rule)
			case d.Why.Country != "":
				fmt.Fprintf(&b, "    country: %s\n", d.Why.Country)
			default:
				b.WriteString("    country: none a reader could be sure of\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func countryOrNone(iso2 string) string {
	if iso2 == "" {
		return "no country"
	}
	return countryName(iso2)
}
