package data

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"cryptoatlas/data/country"
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
)

// Extraction is what one article states: its facts (attributed or not, stated only;
// derived facts are the dataset's), every country it names, and its dated events.
type Extraction struct {
	Facts     []*Fact
	Countries []CountrySpans // every country the article names (outside boilerplate), in order of first mention
	Events    []Event
	Decisions []Decision // every number looked at: what it became and why, or why it was dropped
}

// CountrySpans is where an article names one country.
type CountrySpans struct {
	ISO2  string
	Spans []Span
}

// Event is a dated sentence about a country: a policy step or a figure's date.
type Event struct {
	Article  string
	ISO2     string
	When     number.When
	DateText string // the date as written: "In May", "Last year"
	Mention         // the date's bytes and its sentence
}

// Extract finds the figures in an article and ties each to a country and a sentence.
func Extract(a *Article) Extraction {
	x := extractors.Get().(*extractor)
	defer extractors.Put(x)
	x.reset(a)
	x.run()
	return x.out
}

// extractors keeps extractors, and the buffers they have grown, for the next article.
var extractors = sync.Pool{New: func() any { return &extractor{} }}

func (x *extractor) reset(a *Article) {
	lowered, lowBuf := lex.LowerASCIIInto(x.lowBuf[:0], a.Text)
	facts, stated, lastOf := x.facts, x.stated, x.lastOf
	*x = extractor{
		a: a, lowered: lowered, lowBuf: lowBuf, facts: facts, stated: stated, lastOf: lastOf, gather: x.gather,
		lowCache: x.lowCache,
		toks:     x.toks[:0], lows: x.lows[:0], cues: x.cues[:0], clause: x.clause[:0], ments: x.ments[:0],
		qs: x.qs[:0], ds: x.ds[:0], founds: x.founds[:0], named: x.named[:0], scanner: x.scanner,
	}
	x.scanner.Style = numberStyle
	x.scanner.Reset(a.Text)
	if x.lowCache == nil || len(x.lowCache) > 4096 {
		x.lowCache = map[string]string{}
	}
	if x.facts == nil {
		x.facts, x.stated, x.lastOf = map[factKey]*Fact{}, map[Metric]bool{}, map[Metric]string{}
	}
	clear(x.facts)
	clear(x.stated)
	clear(x.lastOf)
}

type factKey struct {
	iso2   string
	metric Metric
	value  float64
	max    float64
	hasMax bool
}

// keyOf is the key a fact is recorded under in extractor.facts.
func keyOf(f *Fact) factKey {
	k := factKey{iso2: f.ISO2, metric: f.Metric, value: f.Value}
	if f.Max != nil {
		k.max, k.hasMax = *f.Max, true
	}
	return k
}

// fold makes f another mention of g, the same fact stated elsewhere, and forgets f.
func (x *extractor) fold(f, g *Fact) {
	g.Mentions = append(g.Mentions, f.Mentions...)
	sort.SliceStable(g.Mentions, func(i, j int) bool { return g.Mentions[i].Start < g.Mentions[j].Start })
	delete(x.facts, keyOf(f))
}

// extractor holds the state of one article's extraction; the slices are reused from
// sentence to sentence.
type extractor struct {
	a       *Article
	lowered string            // the article's text in lower case (ASCII), for word look-ups
	lowBuf  []byte            // holds lowered: reused from article to article, so nothing may keep a piece of lowered
	facts   map[factKey]*Fact // by figure, to merge repeats; emptied for each article
	order   []*Fact
	out     Extraction

	// per sentence
	sent     Span
	toks     []lex.Token
	lows     []string          // lower-case words of toks
	lowCache map[string]string // lower-case forms built so far in this article
	cues     []cue
	sentCues cue     // every cue of the sentence, ORed
	roles    roleSet // every role a word of the sentence plays: rules whose role is absent skip their scan
	percent  bool    // the sentence writes a percentage
	clause   []int
	ments    []namedCountry
	qs       []number.Quantity
	ds       []number.Date
	founds   []figure
	buf      [32]byte

	// per article position
	article           string               // the country the headline or the lead sentence is about
	section           string               // the country a heading (or the title) is about
	sectionLine       bool                 // section comes from a line naming only a country ("🇧🇹 Bhutan"), not a title or a heading's words
	sectionFrom       string               // where section comes from, for a reader: "the headline", "a heading", "the article's first sentence"
	articleFrom       string               // where article comes from, the same way
	para              string               // the country the paragraph is about so far
	soldBy            map[string]bool      // countries a sentence says sold coins (“sold”, “vendeu”): their seizures may be gone
	rigsTaken         string               // the word by which the sentence shut or seized rigs or farms (“shut”), if it did
	rigsTakenBefore   string               // rigsTaken of the sentence before, in the paragraph: "The farms were using 850 megawatts" are those
	deniedBy          map[string]bool      // countries a sentence says deny holding or seizing coins (“did not seize the bitcoins”)
	seized            bool                 // a seizure of coins has been read: a sale said after it may be of those coins
	paraFromHeading   bool                 // para is the section's, not named in the paragraph
	paraNamedAt       int                  // the index in named where the paragraph's countries start
	asked             string               // the one country a question line names ("Q: How much do miners in Sweden use?"), for its answer
	lastOf            map[Metric]string    // the country of the last figure of each metric tied to one
	lastHoldingUnsure bool                 // the last holding read went to review, its country unsure
	lastWhen          number.When          // the last date written in the paragraph, for "that same month"
	listCues          cue                  // cues a list inherits from its heading and lead-in sentence
	topic             cue                  // cues of the title: what the whole article is about
	stated            map[Metric]bool      // metrics the paragraph has stated so far
	loanTalk          bool                 // the paragraph speaks of a loan
	articleLoan       bool                 // the article has stated a loan
	articleHeld       bool                 // the article has stated a state's bitcoin holding
	lenderSeen        bool                 // a sentence with a figure has named a lending institution (the IMF)
	loanParts         []int                // byte offsets of numbers the loan rules read as a part of a loan (loanPart) or a package of several lenders'
	programFor        string               // the one country a sentence named as a lender's borrower ("the ECF for Tanzania"), for a term stated later
	tenderTalk        int8                 // whether the article speaks of legal tender: 0 not yet asked (tenderTalked), 1 yes, -1 no
	miningTalk        bool                 // the paragraph has spoken of mining
	restated          []restatement        // figures that may repeat a fact stated elsewhere
	kind              BlockKind            // the kind of block the sentence is in
	named             []country.Occurrence // every country named, in order
	gather            struct {             // gatherCountries' buffers, reused
		isos   []string // the countries named, in order of first mention
		counts []int    // how often each is named
		where  []int    // for each of named, its country's place in isos
	}
	scanner    number.Scanner
	seizure    bool        // the bitcoin amount being classified was read as a seizure
	valued     int         // 1 + the byte where the holding a value being classified values starts; 0 when none
	row        bool        // the sentence is a table row or list line that opens with its country
	valueLine  bool        // the block is a figure on its own line, under a list item's country
	columns    []string    // the kinds of a table's columns after its first, from its header line
	cells      []string    // the kinds of a table's cells, each between bars ("Rank | Country | BTC |"), from its header
	rowStart   int         // the byte a table row starts at, while its sentences are read
	prevLabel  bool        // the block before was a label line ("Bitcoin Holdings: 212,000 BTC")
	keepStated bool        // a label line under another: what the one above stated still holds
	relative   []relClause // relative clauses of the sentence and the comma opening each
	roleOf     []roleSet   // the roles of each word of the sentence, once looked up (isAt)
	roleSeen   []uint32    // roleGen when roleOf[i] was looked up
	roleGen    uint32      // counts sentences, so roleOf needs no clearing
}

// relClause is a relative clause (", which borrowed $4.7 billion") and the comma before
// it, after which stands the country it describes.
type relClause struct{ clause, comma int }

// newParagraph resets what a paragraph carries from sentence to sentence.
func (x *extractor) newParagraph() {
	x.para, x.lastWhen, x.loanTalk = x.section, number.When{}, false
	x.paraFromHeading = true
	x.paraNamedAt = len(x.named)
	if x.asked != "" {
		// The answer to a question naming one country is about it: "Q: How much power do
		// miners in Sweden use?" then "A: About 1.1 TWh".
		x.para, x.paraFromHeading, x.asked = x.asked, false, ""
	}
	x.miningTalk = false
	if !x.keepStated {
		clear(x.stated)
	}
}

// namedCountry is a country named in the sentence, with what its position says about it.
type namedCountry struct {
	country.Occurrence
	excluded bool   // a comparison ("than Bhutan") or a lender ("a loan from China")
	lender   bool   // named as the source of a loan
	prep     string // the preposition before it, "" when none
	coord    bool   // coordinated with another country: "Pakistan and El Salvador"
	clause   int
	modifier bool // "a Brazilian Ponzi scheme", "Ukraine's civil servants": not the state itself
	based    bool // "the Singapore-based miner", "Russia-powered": where a firm is based, not where it works
}

// figure is a figure the sentence states, before it is merged into a fact.
type figure struct {
	metric  Metric
	value   float64
	max     *float64
	approx  number.Approx
	lender  string
	span    Span // bytes of the figure
	tok     int  // first token of the figure
	clause  int
	asOf    number.When
	dated   bool // the figure is itself a date (legal tender year): asOf is set
	iso2    string
	pick    pick   // the rule and words that chose iso2
	why     string // why it has its metric, for a reader
	planned bool   // stated as future or proposed
	seizure bool   // coins one seizure took: a part of any larger total the article states
	agency  string // the one agency holding the coins, when the clause names it ("the U.S. Marshals Service holds")
	valueOf int    // for a holding's value, 1 + the byte where the holding it values starts; 0 when not known
	doubt   string // why it is left without a country although one was found, for a reader
	limit   string // the word setting a limit on mining's power ("cap"): allowed, maybe not drawn
	limitOf string // the country whose limit it is, when limit is set

	quantity *number.Quantity // the figure as parsed; nil for dates
}

func (x *extractor) run() {
	a := x.a
	titled := false
	for _, b := range a.Blocks {
		if b.Kind == Title {
			x.section, x.sectionLine, x.sectionFrom = x.headingSubject(b), false, "the headline"
			x.topic, titled = x.blockCues(b), true
		}
	}
	if x.section == "" {
		x.section, x.sectionFrom = x.leadSubject(), "the article's first sentence"
	}
	if !titled {
		// No headline: the lead paragraph says whether the article is about crypto.
		for _, b := range a.Blocks {
			if b.Kind == Paragraph {
				x.topic = x.blockCues(b) & (cueCrypto | cueMining)
				break
			}
		}
	}
	x.article, x.articleFrom = x.section, x.sectionFrom
	var lead cue
	for _, b := range a.Blocks {
		if b.Kind != Boilerplate && b.Kind != Meta && x.barTable(b) {
			continue // a table's header between bars, or the line under it
		}
		// Label lines one under another are read together: "Bitcoin Holdings: 212,000
		// BTC" then "Estimated Value: $7.37 billion", the value of those coins.
		label := x.labelLine(b)
		x.keepStated, x.prevLabel = label && x.prevLabel, label
		switch b.Kind {
		case Boilerplate, Meta:
			continue
		case Title:
			x.newParagraph()
			x.sentences(b)
			continue
		case Heading:
			if x.isValueLine(b) {
				// "5.2 million" on a line of its own reads like a heading, but it is the
				// figure of the list item above it.
				x.newParagraph()
				x.valueLine = true
				x.sentences(b)
				x.valueLine = false
				continue
			}
			iso, figures := x.rowCountry(b)
			if iso != "" && figures {
				x.rowBlock(b, iso, lead)
				continue
			}
			// A heading naming no country ("Business", "Background") leaves the article
			// about the country its headline or lead is about; a data line without one
			// ("Bitcoin holdings: 213,246 BTC") stays in the section it is in.
			if hs := x.headingSubject(b); hs != "" {
				x.section, x.sectionLine, x.sectionFrom = hs, iso != "" || x.onlyCountryLine(b), "a heading"
			} else if !x.hasNumber(b) {
				x.section, x.sectionLine, x.sectionFrom = x.article, false, x.articleFrom
			}
			x.columns = x.tableHeader(b)
			if iso != "" {
				// A list item's country alone ("🇧🇹 Bhutan", "The UAE"): the list's
				// heading still says what the figures below it count.
				x.listCues |= x.blockCues(b)
			} else {
				x.listCues = x.blockCues(b)
				if x.listCues&cueMetrics == 0 && x.namesCountries(b) {
					// "Top Countries" in "Cryptocurrency Ownership Data": a list of countries
					// under a heading that names no measure counts what the headline does.
					x.listCues |= x.topic & cueMetrics
				}
			}
			x.topic |= x.listCues & cueCrypto // an article with a crypto heading is about crypto
			x.newParagraph()
			x.sentences(b)
			x.asked = x.question(b)
			continue
		case Bullet:
			if iso, figures := x.rowCountry(b); iso != "" && figures {
				x.rowBlock(b, iso, lead) // "2. USA 27 million" under "... holders are the following:"
				continue
			}
			if iso := x.countryLine(b); iso != "" {
				x.section, x.sectionLine, x.sectionFrom = iso, true, "the line naming it" // a bullet that is only a country ("• USA") heads the lines below it
			} else if hs := x.headingSubject(b); hs != "" && looksLikeHeading(a.Text[b.Start:b.End]) && !x.hasNumber(b) {
				// "1. United States: The Largest Bitcoin Holder": a numbered heading of one
				// country heads the lines below it ("Bitcoin Holdings: 212,000 BTC").
				x.section, x.sectionLine, x.sectionFrom = hs, true, "a heading"
			}
			x.newParagraph()
			saved := x.listCues
			x.listCues |= lead
			x.sentences(b)
			x.listCues = saved
			continue
		}
		if lead != 0 || len(x.columns) > 0 {
			// "Japan (23 million)" on its own line after "... users include:" (the lead holds
			// for the next), or a table's row the reader took for a paragraph
			if iso, figures := x.rowCountry(b); iso != "" && figures {
				x.rowBlock(b, iso, lead)
				continue
			}
		}
		if iso := x.countryLine(b); iso != "" {
			x.section, x.sectionLine, x.sectionFrom = iso, true, "the line naming it" // a line that is only a country ("🇲🇪 **Montenegro**") heads the lines below it
		}
		x.newParagraph()
		x.valueLine = x.isValueLine(b)
		x.sentences(b)
		x.valueLine = false
		x.asked = x.question(b)
		lead = 0
		// A lead-in to a list: "... are the following:", or one a writer closed with a comma
		// ("Top 5 countries with most crypto holders are the following,").
		if last := a.Text[b.End-1]; last == ':' || last == ',' {
			lead = x.blockCues(b)
		}
	}
	x.addRestatements()
	x.mergeLimits()
	x.mergeRoundings()
	x.pruneHeadlineParts()
	x.pruneSeizures()
	x.reviewSold()
	x.reviewDenied()
	x.pruneSuperseded()
	x.gatherCountries()
	x.tieToOnlyCountry()
	x.reviewLesser()
	sort.SliceStable(x.order, func(i, j int) bool {
		return x.order[i].Mentions[0].Start < x.order[j].Mentions[0].Start
	})
	x.out.Facts = x.order
}

// rowBlock reads a table row or list line that opens with its country: "Russia
// 17,379,175 11.91%", "The United States 198,012 BTC / $22.55 billion". Its country owns
// its figures, and what they count comes from the table's header and the lead-in before.
func (x *extractor) rowBlock(b Block, iso string, lead cue) {
	x.newParagraph()
	x.para, x.paraFromHeading = iso, false
	saved := x.listCues
	x.listCues |= lead
	x.row, x.rowStart = true, b.Start
	x.sentences(b)
	x.row = false
	x.listCues = saved
}

// pruneSeizures drops a seizure's coins where the article states a larger holding of the
// same country: "the government holds 200,000 BTC ... it seized 69,369 bitcoins after
// Silk Road" names a part of that whole, which would chart as a second, smaller reserve.
// The value given in brackets after those coins goes with them ("20.2 BTC (about $2.4
// million)"): it is the worth of the part.
func (x *extractor) pruneSeizures() {
	dropped := map[int]bool{} // 1 + where each dropped seizure's mentions start
	keep := x.order[:0]
	for _, f := range x.order {
		if f.seizure && f.Metric == BTCHoldings && f.Attributed() {
			part := false
			for _, g := range x.order {
				if g != f && !g.seizure && !g.Planned && g.ISO2 == f.ISO2 && g.Metric == BTCHoldings && g.Value > f.Value {
					part = true
				}
			}
			if part {
				x.decisionsOf(f, func(d *Decision) {
					d.Metric, d.ISO2, d.Dropped = "", "", "A bitcoin amount one seizure took, a part of the larger holding the article states"
				})
				for _, m := range f.Mentions {
					dropped[m.Start+1] = true
				}
				delete(x.facts, keyOf(f))
				continue
			}
		}
		keep = append(keep, f)
	}
	x.order = keep
	x.dropWorthOf(dropped, "A dollar amount, the worth of coins one seizure took, a part of the larger holding the article states")
}

// dropWorthOf drops, with why, the worth of the coins whose mentions start in dropped
// (1 + the byte): a value given for coins that are off the chart goes with them.
func (x *extractor) dropWorthOf(dropped map[int]bool, why string) {
	if len(dropped) == 0 {
		return
	}
	keep := x.order[:0]
	for _, f := range x.order {
		if worthOf(f, dropped) {
			x.decisionsOf(f, func(d *Decision) {
				d.Metric, d.ISO2, d.Dropped = "", "", why
			})
			delete(x.facts, keyOf(f))
			continue
		}
		keep = append(keep, f)
	}
	x.order = keep
}

// noteSale remembers the countries a sentence says sold coins: those it names, or the
// paragraph's when it names none ("apreendeu quase 50.000 Bitcoins ... e os vendeu",
// "the German government sold its holdings").
func (x *extractor) noteSale() {
	sold := false
	for i := range x.lows {
		if x.isAt(i, roleSold) && cueOf(x.lower(i-1))&cueNegation == 0 && cueOf(x.lower(i-2))&cueNegation == 0 && !x.isAt(i-1, roleAsk) && x.lower(i-1) != "be" &&
			x.coinsSold(i) {
			sold = true // not "can only be sold", "would be auctioned": a sale to come
			break
		}
	}
	if !sold {
		return
	}
	x.markCountries(&x.soldBy)
}

// markCountries adds to *set the countries the sentence names, or the paragraph's when
// it names none.
func (x *extractor) markCountries(set *map[string]bool) {
	if *set == nil {
		*set = map[string]bool{}
	}
	for _, m := range x.ments {
		(*set)[m.ISO2] = true
	}
	if len(x.ments) == 0 && x.para != "" {
		(*set)[x.para] = true
	}
}

// coinsSold reports whether the verb of selling at token i is said of coins: a coin word
// a few words either side ("the bitcoins were sold", "sold 3,000 BTC"), or a pronoun
// standing for coins the sentence names ("e os vendeu", "sold them"); not "pirated
// material sold on websites" in a sentence that names bitcoin further off.
func (x *extractor) coinsSold(i int) bool {
	for j := max(0, i-windowCoinsSold); j < len(x.lows) && j <= i+windowCoinsSold; j++ {
		if x.isAt(j, roleCoin) {
			return true
		}
	}
	if x.isAt(i-1, roleSoldPronoun) || x.isAt(i+1, roleSoldPronoun) {
		for j := range x.lows {
			if x.isAt(j, roleCoin) {
				return true
			}
		}
	}
	return false
}

// saleWordIn reports whether a word of selling (roleSold) is in the sentence, asked of
// sentences with no figure: their words' roles are not looked up otherwise, and most fail
// at their first or last letter.
func (x *extractor) saleWordIn() bool { return saleWords().in(x.lows) }

// denialWordIn reports whether a word of denial or negation is in the sentence, asked
// as saleWordIn is.
func (x *extractor) denialWordIn() bool { return denialWords().in(x.lows) }

// saleWords holds the words of selling (roleSold) and their first and last letters.
var saleWords = sync.OnceValue(func() *wordSet {
	return wordSetOf(func(w string, rs roleSet) bool { return rs.has(roleSold) })
})

// miningWords holds the words of mining (cueMining), in every language the table has.
var miningWords = sync.OnceValue(func() *wordSet {
	return wordSetOf(func(w string, rs roleSet) bool { return cueOf(w)&cueMining != 0 })
})

// denialWords holds the words that deny (roleDeny) or negate (cueNegation).
var denialWords = sync.OnceValue(func() *wordSet {
	return wordSetOf(func(w string, rs roleSet) bool { return rs.has(roleDeny) || cueOf(w)&cueNegation != 0 })
})

// wordSet is a set of words with their first and last letters, for a quick look
// through a sentence.
type wordSet struct {
	first, last [256]bool
	set         map[string]bool
}

// wordSetOf gathers the words of the vocabulary table that keep says belong.
func wordSetOf(keep func(string, roleSet) bool) *wordSet {
	s := &wordSet{set: map[string]bool{}}
	add := func(w string) {
		s.first[w[0]], s.last[w[len(w)-1]], s.set[w] = true, true, true
	}
	for w, rs := range roleWords {
		if keep(w, rs) {
			add(w)
		}
	}
	for w := range cueWords {
		if keep(w, roleWords[w]) {
			add(w)
		}
	}
	return s
}

// in reports whether one of the words is in the set.
func (s *wordSet) in(words []string) bool {
	for _, w := range words {
		if len(w) >= 2 && s.first[w[0]] && s.last[w[len(w)-1]] && s.set[w] {
			return true
		}
	}
	return false
}

// noteDenial remembers the countries a sentence says deny holding or seizing the coins:
// "stated that the Prosecutor's Office and the Interior Ministry did not seize the
// bitcoins", "Official Denies Country Possessing $3.2 Billion Worth of Bitcoins". Those
// it names, or the paragraph's.
func (x *extractor) noteDenial() {
	denied := false
	for i, w := range x.lows {
		if cueOf(w)&(cueSeize|cueHold) == 0 {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			// "denies possessing", or a negation before the verb and the coins told of
			// after it ("did not seize the bitcoins"), not a rule said of any coins ("não
			// os possui automaticamente") nor a promise ("a promise not to seize their
			// assets")
			if x.isAt(j, roleDeny) || j >= i-2 && cueOf(x.lows[j])&cueNegation != 0 && x.isAt(i+1, roleThoseCoins) && x.isAt(i+2, roleCoin) {
				denied = true
			}
		}
	}
	if !denied || !x.sentenceHasRole(roleCoin) {
		return // not "denied holding talks"
	}
	x.markCountries(&x.deniedBy)
}

// reviewDenied sends to review the coins, and their worth, of a state the article says
// denies holding or seizing them: what is disputed is for a reader to settle.
func (x *extractor) reviewDenied() {
	for _, f := range x.order {
		if (f.Metric != BTCHoldings && f.Metric != HoldingsUSD) || !f.Attributed() || f.Planned || !x.deniedBy[f.ISO2] {
			continue
		}
		x.toReview(f, "Unsure: the article says "+countryName(f.ISO2)+" denies holding or seizing these coins")
	}
}

// worthOf reports whether f is the worth of coins whose mentions start in set (1 + the
// byte): the value given in brackets after each holding it restates.
func worthOf(f *Fact, set map[int]bool) bool {
	if f.Metric != HoldingsUSD || len(f.valueOf) == 0 {
		return false
	}
	for _, v := range f.valueOf {
		if !set[v] {
			return false
		}
	}
	return true
}

// reviewSold sends to review the coins a state seized where the article says that
// state sold coins: a seizure later sold off ("seized almost 50,000 bitcoins ... and sold
// them") is not what it holds now, and a reader, not the extractor, can tell how much is
// left.
func (x *extractor) reviewSold() {
	for _, f := range x.order {
		if !f.seizure || f.Metric != BTCHoldings || !f.Attributed() || f.Planned || !x.soldBy[f.ISO2] {
			continue
		}
		x.toReview(f, "Unsure: the article says "+countryName(f.ISO2)+" sold coins, so the seized coins may no longer be held")
	}
}

// pruneSuperseded drops a figure the article dates to an earlier year than another
// figure of the same country and metric it also dates ("In January 2018, there were
// 580,000 crypto owners in the Netherlands. This number dropped to 480,000 in October
// 2019"): the chart shows a country's figure as it stands, and the earlier one is not it.
// Holders, mining and holdings only: a loan's sizes are of different programmes. The
// worth given for earlier coins goes with them.
func (x *extractor) pruneSuperseded() {
	dropped := map[int]bool{} // 1 + where each earlier holding's mentions start
	keep := x.order[:0]
	for _, f := range x.order {
		if f.Attributed() && !f.Planned && f.AsOf.Year != 0 && (f.Metric == CryptoHolders || f.Metric == MiningPowerMW || f.Metric == BTCHoldings) {
			later := false
			for _, g := range x.order {
				if g != f && g.ISO2 == f.ISO2 && g.Metric == f.Metric && !g.Planned && g.AsOf.Year > f.AsOf.Year {
					later = true
				}
			}
			if later {
				x.decisionsOf(f, func(d *Decision) {
					d.Metric, d.ISO2, d.Dropped = "", "", "an earlier figure: the article gives "+countryName(f.ISO2)+"'s for a later year"
				})
				for _, m := range f.Mentions {
					dropped[m.Start+1] = true
				}
				delete(x.facts, keyOf(f))
				continue
			}
		}
		keep = append(keep, f)
	}
	x.order = keep
	x.dropWorthOf(dropped, "A dollar amount, the worth of coins of an earlier year: the article gives a later holding")
}

// reviewLesser sends to review every figure of a whole (MetricInfo.Whole) smaller than
// another the article gives the same country: "a $3 billion loan" beside "the first $1.1
// billion tranche", "198,012 BTC" beside "28,988 BTC in one agency's custody". The rules
// that tell a part from the whole do not know every way to write one, and on articles
// they had not read, of two sizes charted for one country the smaller was wrong far more
// often than right; the user settles it in review, where the larger is named.
func (x *extractor) reviewLesser() {
	for _, f := range x.order {
		info, _ := f.Metric.Info()
		if !info.Whole || !f.Attributed() || f.Planned {
			continue
		}
		var whole, later, larger *Fact
		for _, g := range x.order {
			if g == f || g.ISO2 != f.ISO2 || g.Metric != f.Metric || g.Planned || g.Lender != f.Lender && g.Lender != "" && f.Lender != "" {
				continue // another country's, a plan, or another lender's loan
			}
			if g.top() > f.top() && g.agency == "" {
				larger = g // however it is reckoned: the state's whole beside one agency's coins
			}
			if g.changed && g.Mentions[0].Start > f.Mentions[0].Start {
				// "valued at nearly $1.8 billion in July 2021 ... It has appreciated to $2.6
				// billion", even in one sentence: "users surged to 15.6 million, and by
				// March that number had climbed to 16 million"
				later = g
			}
			if sharesSentence(f, g) {
				continue // two a sentence tells apart
			}
			if !g.reckoned && g.top() > f.top() && (whole == nil || g.top() > whole.top()) {
				whole = g
			}
		}
		var why string
		switch {
		case later != nil:
			why = "Unsure: it may be an earlier level: the article says later that it changed to " + later.Label()
		case f.changed:
			continue // a level a change reached is no part of another
		case larger != nil && f.agency != "":
			why = "Unsure: the coins of one agency (“" + f.agency + "”), a part of the larger holding the article gives " + countryName(f.ISO2) + " (" + larger.Label() + ")"
		case whole != nil && whole.seizure && !f.seizure && f.remainder:
			// "Die USA alleine beschlagnahmten insgesamt knapp 200.000 Bitcoin ... Allerdings
			// befinden sich davon nur noch zwischen 4.100 und 10.000 BTC im Besitz der
			// US-amerikanischen Behörden": what remains is held; the seizure is what came in.
			x.toReview(whole, "Unsure: coins seized in all; the article says a smaller holding of "+countryName(f.ISO2)+" remains ("+f.Label()+")")
			continue
		case whole != nil && whole.seizure && !f.seizure && whole.AsOf.Year != 0 && f.AsOf.Precision == number.NoDate:
			// "In January 2024 the police announced the seizure of about 50,000 bitcoins.
			// The BKA currently holds about 32,488": the dated seizure is what came in, the
			// smaller undated holding what is left.
			x.toReview(whole, "Unsure: coins seized in "+strconv.Itoa(whole.AsOf.Year)+"; the article gives "+countryName(f.ISO2)+" a smaller holding now ("+f.Label()+")")
			continue
		case whole != nil && !f.reckoned && (f.AsOf.Precision == number.NoDate || f.Metric == LoanUSD || x.yearBefore(f, whole)):
			// Not another reckoning of the whole, nor the whole at a date; a loan's date is
			// when it was approved, so a smaller dated one is an earlier or a part; and a
			// count dated to a year before the article's, beside an undated larger one that
			// stands for now, is an earlier level ("in 2022, 5 million individuals held
			// crypto" under "7 Million People Now Own Crypto").
			why = "Unsure: it may be a part of a larger figure the article gives the same country and measure (" + countryName(f.ISO2) + ", " + whole.Label() + ")"
			if f.Metric != LoanUSD && f.AsOf.Year != 0 {
				why = "Unsure: it may be an earlier level: the article dates it to " + strconv.Itoa(f.AsOf.Year) + " and gives the same country a larger figure for now (" + whole.Label() + ")"
			}
		default:
			continue
		}
		x.toReview(f, why)
	}
}

// toReview takes f off the chart and leaves it for review, its country the first
// candidate, with why. Coins take the worth given in brackets after them along ("127,271
// BTC (approximately US$14.2 billion)").
func (x *extractor) toReview(f *Fact, why string) {
	if f.Metric == BTCHoldings {
		held := map[int]bool{}
		for _, m := range f.Mentions {
			held[m.Start+1] = true
		}
		for _, g := range x.order {
			if g.Attributed() && worthOf(g, held) {
				x.toReview(g, "Unsure: the worth of coins that went to review ("+f.Label()+")")
			}
		}
	}
	delete(x.facts, keyOf(f))
	x.decisionsOf(f, func(d *Decision) {
		if !d.Planned {
			d.ISO2, d.Why.Country, d.Why.Rule = "", why, ""
		}
	})
	f.Candidates = []Candidate{{ISO2: f.ISO2, Country: f.Country, Metric: f.Metric, Why: f.Why.Country}}
	f.ISO2, f.Country, f.Why.Country, f.Why.Rule = "", "", why, ""
}

// yearBefore reports whether f is dated to a year before the article's publication and
// whole is not dated at all.
func (x *extractor) yearBefore(f, whole *Fact) bool {
	return f.AsOf.Year != 0 && whole.AsOf.Precision == number.NoDate && !x.a.Published.IsZero() && f.AsOf.Year < x.a.Published.Year()
}

// sharesSentence reports whether one sentence states both figures: a sentence giving
// one country two sizes of a thing tells them apart itself ("$95 million under the EFF
// in addition to $40 million under the RSF"), and its rules have read it closely.
func sharesSentence(f, g *Fact) bool {
	for _, m := range f.Mentions {
		for _, n := range g.Mentions {
			if m.Sentence == n.Sentence {
				return true
			}
		}
	}
	return false
}

// gatherCountries groups the countries named by country, in order of first mention,
// with their spans in one array. An article names a few dozen countries at most, so
// each is found by a scan of those seen so far, cheaper than hashing.
func (x *extractor) gatherCountries() {
	isos, counts, where := x.gather.isos[:0], x.gather.counts[:0], x.gather.where[:0]
	for _, m := range x.named {
		k := -1
		for j, iso := range isos {
			if sameCode(iso, m.ISO2) {
				k = j
				break
			}
		}
		if k < 0 {
			k = len(isos)
			isos = append(isos, m.ISO2)
			counts = append(counts, 0)
		}
		counts[k]++
		where = append(where, k)
	}
	x.gather.isos, x.gather.counts, x.gather.where = isos, counts, where
	if len(isos) == 0 {
		return
	}
	x.out.Countries = make([]CountrySpans, len(isos))
	spans := make([]Span, len(x.named))
	at := 0
	for i, iso := range isos {
		x.out.Countries[i] = CountrySpans{ISO2: iso, Spans: spans[at : at : at+counts[i]]}
		at += counts[i]
	}
	for i, m := range x.named {
		c := &x.out.Countries[where[i]]
		c.Spans = append(c.Spans, Span{m.Start, m.End})
	}
}

// sameCode compares country codes, two bytes each, without a call.
func sameCode(a, b string) bool {
	if len(a) == 2 && len(b) == 2 {
		return a[0] == b[0] && a[1] == b[1]
	}
	return a == b
}

// blockCues ORs the cues of every word in a block.
func (x *extractor) blockCues(b Block) cue {
	x.toks = lex.Tokenize(x.toks[:0], x.a.Text, b.Start, b.End)
	var c cue
	for _, t := range x.toks {
		if t.Kind == lex.Word {
			c |= cueWords[string(lex.Lower(x.buf[:], x.a.Text[t.Start:t.End]))]
		}
	}
	return c
}

// countedPeople adds as a country's mention a people word of another language that a
// count names: "26 milhões de brasileiros", "1,3 milioni gli italiani", "5,56 millions
// de Français". Names and English demonyms the matcher has found already.
func (x *extractor) countedPeople() {
	for _, q := range x.qs {
		if q.Unit != number.NoUnit {
			continue
		}
		for j := q.TokEnd; j < len(x.toks) && j <= q.TokEnd+2; j++ {
			t := x.toks[j]
			if t.Kind != lex.Word {
				continue
			}
			iso, ok := country.People(x.lower(j))
			if !ok || x.mentionAt(j) != nil {
				continue
			}
			x.insertMention(namedCountry{Occurrence: country.Occurrence{ISO2: iso, Tok: j, TokEnd: j + 1, Start: int(t.Start), End: int(t.End), Demonym: true}})
			break
		}
	}
}

// statesNamedByAdjective adds as a country's mention a lower-case adjective of another
// language that names a state after a word for its government: "el gobierno
// salvadoreño", "le gouvernement britannique", "o governo butanês", "o país norte-americano";
// or before it, in German: "die britische Regierung", "deutsche Staatsanwälte".
func (x *extractor) statesNamedByAdjective() {
	nouns := stateNouns()
	lowerWord := func(j int) bool {
		return j >= 0 && j < len(x.toks) && x.toks[j].Kind == lex.Word && !x.toks[j].Is(lex.Capital)
	}
	// One look at each word for a government's noun; the adjectives stand beside it.
	for n := 0; n < len(x.toks); n++ {
		if x.toks[n].Kind != lex.Word || !nouns.Maybe(x.lower(n)) {
			continue
		}
		stock := x.isAt(n, roleReserveNoun) // "las reservas salvadoreñas", "les réserves britanniques"
		// German puts it before the noun: "die britische Regierung".
		if j := n - 1; lowerWord(j) && x.mentionAt(j) == nil {
			if iso, ok := country.StateAdjectiveBefore(x.lower(j)); ok && x.isAt(n, roleStateNoun, roleCountryNoun) {
				x.insertMention(namedCountry{Occurrence: country.Occurrence{ISO2: iso, Tok: j, TokEnd: j + 1, Start: int(x.toks[j].Start), End: int(x.toks[j].End), Demonym: true}})
			}
		}
		j := n + 1
		if !lowerWord(j) {
			continue
		}
		w, end := x.lower(j), j+1
		if x.hyphenJoins(j + 1) {
			w, end = w+"-"+x.lower(j+2), j+3 // "norte-americano", read as three tokens
		}
		iso, ok := country.StateAdjective(w)
		if !ok || !stock && !x.isAt(n, roleStateNoun, roleCountryNoun) || x.mentionAt(j) != nil {
			continue
		}
		x.insertMention(namedCountry{Occurrence: country.Occurrence{ISO2: iso, Tok: j, TokEnd: end, Start: int(x.toks[j].Start), End: int(x.toks[end-1].End)}})
	}
}

// stateNouns holds the words for a government or a country (roleStateNoun,
// roleCountryNoun) and for a state's stock of coins (roleReserveNoun, which Spanish,
// Portuguese, French and Italian follow with the state's adjective), for skipping the
// look-up of every word before a lower-case one.
var stateNouns = sync.OnceValue(func() *lex.WordFilter {
	f := &lex.WordFilter{}
	for w, rs := range roleWords {
		if rs.has(roleStateNoun) || rs.has(roleCountryNoun) || rs.has(roleReserveNoun) {
			f.Add(w)
		}
	}
	return f
})

// insertMention adds a country's mention found after the matcher's pass, in the order
// of the text, to the sentence's mentions and the article's named countries.
func (x *extractor) insertMention(m namedCountry) {
	k := len(x.ments)
	for k > 0 && x.ments[k-1].Tok > m.Tok {
		k--
	}
	x.ments = slices.Insert(x.ments, k, m)
	n := len(x.named)
	for n > 0 && x.named[n-1].Start > m.Start {
		n--
	}
	x.named = slices.Insert(x.named, n, m.Occurrence) // kept in the order the text names them
}

// namesCountries reports whether a block speaks of countries as a group: "Top
// Countries", "Leading nations".
func (x *extractor) namesCountries(b Block) bool {
	x.toks = lex.Tokenize(x.toks[:0], x.a.Text, b.Start, b.End)
	for _, t := range x.toks {
		if t.Kind == lex.Word && is(string(lex.Lower(x.buf[:], x.a.Text[t.Start:t.End])), roleManyStates) {
			return true
		}
	}
	return false
}

func (x *extractor) sentences(b Block) {
	x.kind = b.Kind
	for _, s := range b.Sentences {
		x.sentence(s)
	}
}

func (x *extractor) lower(i int) string {
	if i < 0 || i >= len(x.lows) {
		return ""
	}
	return x.lows[i]
}

// newRoles forgets the roles looked up for the last sentence's words.
func (x *extractor) newRoles() {
	x.roleGen++
	if n := len(x.lows); len(x.roleOf) < n {
		x.roleOf = make([]roleSet, n, 2*n)
		x.roleSeen = make([]uint32, n, 2*n)
	}
}

// isAt reports whether the sentence's word i plays any of the roles rs: is(x.lower(i),
// rs...), with each word's roles looked up once a sentence.
func (x *extractor) isAt(i int, rs ...role) bool {
	if i < 0 || i >= len(x.lows) {
		return false
	}
	if x.roleSeen[i] != x.roleGen {
		var set roleSet
		if w := x.lows[i]; cueFilter.Maybe(w) {
			set = roleWords[w]
		}
		x.roleOf[i], x.roleSeen[i] = set, x.roleGen
	}
	for _, r := range rs {
		if x.roleOf[i].has(r) {
			return true
		}
	}
	return false
}

func (x *extractor) punct(i int) rune {
	if i < 0 || i >= len(x.toks) {
		return 0
	}
	return x.toks[i].PunctRune(x.a.Text)
}

// sentence extracts one sentence.
func (x *extractor) sentence(sp Span) {
	text := x.a.Text
	x.sent = sp
	x.toks = lex.Tokenize(x.toks[:0], text, sp.Start, sp.End)
	x.lows = lex.LowerWords(x.lows[:0], text, x.lowered, x.toks, x.lowCache)
	x.newRoles()
	x.ments = x.ments[:0]
	for i := 0; i < len(x.toks); i++ {
		if !country.MayStart(x.toks[i]) && !country.MayStartLower(x.lows[i]) {
			continue
		}
		m, n, ok := country.Match(text, x.toks, i)
		if n > 0 {
			i += n - 1
		}
		if ok {
			if m.ISO2 == "CG" && text[m.Start:m.End] == "Congo" && x.namesDRC() {
				m.ISO2 = "CD" // "Congo" in an article about the Democratic Republic of the Congo
			}
			x.ments = append(x.ments, namedCountry{Occurrence: m})
			x.named = append(x.named, m)
		}
	}
	if low := x.lowered[sp.Start:sp.End]; !x.miningTalk && (strings.Contains(low, "mining") || strings.Contains(low, "miners") || miningWords().in(x.lows)) {
		x.miningTalk = true // the paragraph speaks of mining ("minería", "minage"): "such operations" below are its miners
	}
	x.qs, x.ds = x.scanner.Scan(x.qs[:0], x.ds[:0], text, x.toks, x.lows)
	x.countedPeople()
	x.statesNamedByAdjective()
	x.rigsTakenBefore, x.rigsTaken = x.rigsTaken, ""
	if len(x.qs) == 0 && x.seized && x.saleWordIn() {
		// "The coins were then sold", after a seizure the article told of. (Asked of every
		// sentence naming a country, before any seizure too, it cost 8% of the
		// extraction's time on news, for two right figures of the development set.)
		x.noteSale()
	}
	if len(x.qs) == 0 && x.seized && x.denialWordIn() {
		x.noteDenial() // "... did not seize the bitcoins", after a seizure the article told of
	}
	if len(x.qs) == 0 && len(x.ds) == 0 && len(x.ments) == 0 {
		return
	}
	if len(x.qs) == 0 && len(x.ds) == 0 && !x.tenderNow() {
		// No figure: only what the countries' places say about the subject is needed.
		x.readMentions(false)
		x.updateSubject()
		return
	}
	x.readCues()
	if x.roles.has(roleRigsTaken) {
		x.rigsTaken = x.roleInSentence(roleRigsTaken) // "Tavanir said it shut more than 5,000 cryptomining farms"
	}
	if x.roles.has(roleSold) {
		x.noteSale() // a sentence with a figure: a sale is said beside what was seized or sold
	}
	if x.roles.has(roleDeny) {
		x.noteDenial() // "Official Denies Country Possessing $3.2 Billion Worth of Bitcoins"
	}
	x.lenderSeen = x.lenderSeen || x.roles.has(roleLenderStart) && x.institution() != ""
	x.readMentions(true)
	x.founds = x.founds[:0]
	for i := range x.qs {
		x.classify(&x.qs[i])
	}
	x.classifyDates()
	x.shareListMetrics()
	x.attribute()
	x.record()
	x.events()
	x.updateSubject()
	x.updateWhen()
	for _, f := range x.founds {
		x.stated[f.metric] = true
		x.seized = x.seized || f.seizure
		if f.iso2 != "" && !f.planned {
			x.lastOf[f.metric] = f.iso2
		}
		if f.metric == BTCHoldings && !f.planned {
			// "these entities hold approximately 1,499,493 coins ... This puts it at a value
			// of $71.6 billion": the value of coins left to review goes there too.
			x.lastHoldingUnsure = f.iso2 == ""
		}
		if f.iso2 != "" && f.metric == LoanUSD {
			x.programFor = f.iso2 // planned or not, the programme is that country's
		}
	}
	if iso := x.borrowerNamed(); iso != "" {
		x.programFor = iso
	}
	x.loanTalk = x.loanTalk || x.sentenceHas(cueLoan) || x.stated[LoanUSD]
	x.articleLoan = x.articleLoan || x.stated[LoanUSD]
	x.articleHeld = x.articleHeld || x.stated[BTCHoldings]
}

// readCues looks up each word's cue classes and splits the sentence into clauses at
// semicolons and at contrasting conjunctions ("while", "whereas", "but"), and at ", and"
// when a country follows, so "Bhutan holds X while El Salvador holds Y" is two clauses.
func (x *extractor) readCues() {
	n := len(x.toks)
	x.cues = x.cues[:0]
	x.clause = x.clause[:0]
	x.roles = roleSet{}
	for i := 0; i < n; i++ {
		var c cue
		if x.toks[i].Kind == lex.Word {
			c = cueOf(x.lows[i])
			if w := x.lows[i]; (w == "holding" || w == "holdings") && i > 0 && x.toks[i].Is(lex.Capital) && x.toks[i-1].Kind == lex.Word &&
				x.toks[i-1].Is(lex.Capital) && cueOf(x.lows[i-1]) == 0 && roleWords[x.lows[i-1]] == (roleSet{}) {
				c &^= cueHold // "Druk Holding & Investments", "Marathon Holdings": a firm's name, not "Bitcoin Holdings"
			}
			if futureRomance(x.lows[i]) {
				c |= cuePlan // "instalará", "superará", "receberão": Spanish and Portuguese futures
			}
			if w := x.lows[i]; (w == "release" || w == "releases") && (i > 0 && (x.lows[i-1] == "press" || x.lows[i-1] == "news") ||
				i+1 < len(x.lows) && (x.lows[i+1] == "said" || x.lows[i+1] == "says" || x.lows[i+1] == "stated" || x.lows[i+1] == "added")) {
				c &^= cueTranche // "according to a press release by the IMF", "the release said": a statement, not a payment
			}
			if cueFilter.Maybe(x.lows[i]) {
				set := roleWords[x.lows[i]]
				x.roles.union(set)
				x.roleOf[i], x.roleSeen[i] = set, x.roleGen
			}
		}
		x.cues = append(x.cues, c)
	}
	// A compound the tables write with its hyphen ("sell-off", "crypto-mining",
	// "stand-by") is three tokens: each word of it takes the compound's cues and roles.
	for i := 0; i+2 < n; i++ {
		a, b := x.toks[i], x.toks[i+2]
		if !x.hyphenJoins(i+1) || x.a.Text[x.toks[i+1].Start] != '-' || a.Is(lex.NonASCII) || b.Is(lex.NonASCII) {
			continue // the tables write an ASCII hyphen
		}
		w := x.lowered[a.Start:b.End]
		if !cueFilter.Maybe(w) {
			continue
		}
		c, set := cueOf(w), roleWords[w]
		if c == 0 && set == (roleSet{}) {
			continue
		}
		x.roles.union(set)
		for _, k := range []int{i, i + 2} {
			x.cues[k] |= c
			x.isAt(k) // the word's own roles, looked up before the compound's are added
			x.roleOf[k].union(set)
		}
	}
	x.percent = false
	for _, q := range x.qs {
		x.percent = x.percent || q.Unit == number.Percent
	}
	// "a hydroelectric power facility", "mining facilities" lend nothing: "facility" is a loan only after a
	// word of lending ("Extended Fund Facility", "credit facility").
	for i := 0; i < n; i++ {
		if w := x.lower(i); (w == "facility" || w == "facilities") && !x.isAt(i-1, roleFacilityKind) && x.institution() == "" {
			x.cues[i] &^= cueLoan
		}
	}
	// "l'exploitation Bitcoin", "cryptocurrency extraction", "la acuñación de Bitcoin": a
	// word of working a resource beside a crypto word is mining, as translations write it.
	for i := 0; i < n; i++ {
		if !x.isAt(i, roleWorking) {
			continue
		}
		for j := max(0, i-2); j <= i+3 && j < n; j++ {
			if x.cues[j]&cueCrypto != 0 {
				x.cues[i] |= cueMining
				break
			}
		}
	}
	// A bill or proposal that was passed, signed or approved is law, not a plan: "the
	// assembly unanimously passed a bill to make bitcoin legal tender", "aprovou um
	// projeto de lei".
	for i := 0; i < n; i++ {
		if x.isAt(i, roleBill) && (x.isAt(i-1, roleAdopt) || x.isAt(i-2, roleAdopt)) {
			x.cues[i] &^= cuePlan
		}
	}
	// "As expected, the board approved the $3 billion arrangement", "as planned": what
	// was expected has happened.
	for i := 1; i < n; i++ {
		if x.lower(i-1) == "as" && x.cues[i]&cuePlan != 0 && strings.HasSuffix(x.lower(i), "ed") {
			x.cues[i] &^= cuePlan
		}
	}
	// A country's name plans nothing: Portuguese "Irão" is Iran, not "they will go".
	for _, m := range x.ments {
		for j := m.Tok; j < m.TokEnd && j < n; j++ {
			x.cues[j] &^= cuePlan
		}
	}
	// Words inside dates are dates: "In May" is not the verb "may".
	for _, d := range x.ds {
		for j := d.Tok; j < d.TokEnd && j < n; j++ {
			x.cues[j] = 0
		}
	}
	x.sentCues = 0
	for _, c := range x.cues {
		x.sentCues |= c
	}
	// A relative clause (", which adopted bitcoin in 2021,") is a clause of its own, and
	// the main clause resumes after it as another.
	x.relative = x.relative[:0]
	// Clause numbers are only compared for equality: a main clause resumed after a
	// relative clause ("The United States, which launched a reserve, remains the largest
	// holder with 198,109 BTC") takes back its number, so its subject still governs.
	clause, next, main, relative := 0, 1, 0, false
	fresh := func() { clause, next = next, next+1 }
	for i := 0; i < n; i++ {
		switch {
		case x.punct(i) == ';':
			fresh()
			relative = false
		case x.cues[i]&cueConj != 0 && i > 0:
			fresh()
			relative = false
		case x.punct(i) == ',' && (x.lower(i+1) == "and" || x.lower(i+1) == "as" || x.lower(i+1) == "after" || x.lower(i+1) == "following") && x.countryWithin(i+2, 3),
			x.punct(i) == ',' && x.lower(i+1) == "and" && (x.cues[min(i+2, n-1)]&cueMining != 0 || x.isAt(i+2, roleMinerRef)):
			fresh()
			relative = false
		case x.punct(i) == ',' && (x.lower(i+1) == "which" || x.lower(i+1) == "who" || x.lower(i+1) == "whose"):
			main = clause
			fresh()
			relative = true
			x.relative = append(x.relative, relClause{clause: clause, comma: i})
		case x.punct(i) == ',' && relative:
			clause = main
			relative = false
		}
		x.clause = append(x.clause, clause)
	}
}

// institution names a lending institution the sentence names, or "".
func (x *extractor) institution() string {
	for i := range x.toks {
		if name := x.institutionAt(i); name != "" {
			return name
		}
	}
	return ""
}

// countryWithin reports whether a country is named within n tokens from token i.
func (x *extractor) countryWithin(i, n int) bool {
	for _, m := range x.ments {
		if m.Tok >= i && m.Tok < i+n {
			return true
		}
	}
	return false
}

// readMentions notes, for each country named, its clause, the preposition before it,
// whether it is compared with or lends, and whether it shares its place with another.
func (x *extractor) readMentions(figures bool) {
	loanSentence := figures && x.sentenceHas(cueLoan|cueProgram)
	for k := range x.ments {
		m := &x.ments[k]
		if figures {
			m.clause = x.clause[m.Tok]
		}
		j := m.Tok - 1
		if w := x.lower(j); w == "the" || w == "a" || w == "an" {
			j-- // "by a Chinese fugitive": the preposition before the article
		}
		w := x.lower(j)
		c := cueOf(w)
		if c&cuePrep != 0 {
			m.prep = w
		}
		if (m.Demonym || m.End-m.Start <= 3) && (number.IsCurrencyWord(x.lower(m.Tok-1)) || number.IsCurrencyWord(x.lower(m.TokEnd))) {
			m.excluded = true // "le dollar US", "the US dollar": a currency's name, not the country
		}
		if c&cueCompare != 0 || (w == "as" && x.lower(j-1) == "such") || is(w, roleTimes) ||
			(w == "what" || w == "quanto") && cueOf(x.lower(j-1))&cueCompare != 0 { // "less than what the United States government controls"
			m.excluded = true
		}
		if x.yardstick(m) {
			m.excluded = true // "comparable to the consumption of Ireland": the country compared with
		}
		if x.followedCountry(m) {
			m.excluded = true // "La Cina segue a ruota gli Stati Uniti, con 190.000 BTC": the leader followed, not the figure's
		}
		if x.isAt(j-1, roleAheadOf) && is(w, roleOf) && x.punct(m.TokEnd) != '(' {
			m.excluded = true // "antes do Brasil estão Nigéria, Vietnã e China", unless its own figure follows
		}
		if w == "after" || w == "behind" {
			for i := max(0, j-windowRankedAfter); i < j; i++ {
				if x.isAt(i, roleRanked) {
					m.excluded = true // "the world's second-largest mining hub after the United States"
				}
			}
		}
		if loanSentence && (w == "from" || (w == "by" && x.lower(j-1) == "provided")) {
			m.excluded, m.lender = true, true
		}
		if loanSentence && m.Demonym && x.cues[min(m.TokEnd, len(x.cues)-1)]&cueLoan != 0 && m.TokEnd < len(x.toks) {
			m.excluded, m.lender = true, true // "financed by a $10 billion Russian loan": the state that lends
		}
		if m.Demonym && (x.lower(m.TokEnd) == "speaking" || lex.IsDash(x.punct(m.TokEnd)) && x.lower(m.TokEnd+1) == "speaking") {
			m.excluded = true // "the Dutch-speaking CARICOM country": a language, not the Netherlands
		}
		if x.isCurrencyWord(m.TokEnd) {
			m.excluded = true // "the U.S. dollar", "the Pakistani rupee": a currency, not the country
		}
		m.modifier = x.modifiesOther(m)
		if x.nounAfterDemonym(m, roleMedia) != "" {
			// "quoted by the Russian economic newspaper RBC", "the Chinese crypto data
			// account EmberCN": a source, not the figure's country
			m.modifier, m.excluded = true, true
		}
		// "the Singapore-based miner", "the Russia-powered facility": a compound that
		// says where a firm is based or what powers it, not who owns the figure.
		m.based = lex.IsHyphen(x.punct(m.TokEnd)) && x.toks[m.TokEnd].End == x.toks[min(m.TokEnd+1, len(x.toks)-1)].Start &&
			x.toks[min(m.TokEnd+1, len(x.toks)-1)].Kind == lex.Word && !x.toks[min(m.TokEnd+1, len(x.toks)-1)].Is(lex.Capital) &&
			isParticiple(x.lower(m.TokEnd+1))
		if strings.HasPrefix(x.lower(m.TokEnd), "ansässig") {
			m.based = true // "einem in China ansässigen Pyramidensystem": where a scheme sits
		}
		seatIn := func(j int) bool {
			p := x.lower(j)
			return (p == "in" || p == "en" || p == "em" || p == "a" || p == "à" || p == "au" || p == "aux" || p == "di") && x.isAt(j-1, roleSeat)
		}
		if seatIn(m.Tok-1) || x.punct(m.Tok-1) == ',' && x.toks[max(m.Tok-2, 0)].Is(lex.Capital) && seatIn(m.Tok-3) {
			// "a scam network based in Cambodia", "con sede en Camboya", "sediada em Portugal",
			// "a research firm based in Oslo, Norway": where a firm or a network sits, not
			// whose figure it is.
			m.based = true
		}
	}
	closed := false // the list before ended with a conjunction: "India and China"
	for k := 0; k+1 < len(x.ments); k++ {
		a, b := &x.ments[k], &x.ments[k+1]
		if b.Tok-a.TokEnd > 3 {
			closed = false
			continue
		}
		joined, conj := b.Tok > a.TokEnd, false
		for j := a.TokEnd; j < b.Tok; j++ {
			if x.punct(j) != ',' && x.punct(j) != '&' && !x.isAt(j, roleJoin) {
				joined = false // not "Tayikistán y Afganistán", "o Brasil e a Rússia", "la France et l'Italie"
			}
			conj = conj || x.isAt(j, roleJoin) || x.punct(j) == '&'
		}
		if joined && !conj && closed {
			// "Nestled between India and China, Bhutan has amassed": a list closed by its
			// conjunction takes no country after a comma.
			joined = false
		}
		closed = joined && conj
		if joined && !a.Possessive && !a.excluded && !b.excluded && !sameCode(a.ISO2, b.ISO2) {
			a.coord, b.coord = true, true // not "Finlandia, Tulli": the same state twice
		}
	}
}

// isParticiple reports whether w is a past participle that can close a compound
// adjective: "-based", "-powered", "-built", "-run".
func isParticiple(w string) bool {
	switch w {
	case "built", "run", "made", "born", "grown", "held", "known", "bound", "led", "kept":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// modifiesOther reports whether a country's name modifies a noun that is not the state:
// a demonym heading another noun ("a Brazilian Ponzi scheme", "a Turkish exchange"), a
// possessive owning people or firms ("Ukraine's civil servants") or standing before another
// country ("Cameroon's neighbour Gabon"), or a name before a
// noun of crime ("China fraud scheme victims"). Such a country does
// not hold what the clause says is held.
func (x *extractor) modifiesOther(m *namedCountry) bool {
	j := m.TokEnd
	if j >= len(x.toks) || x.toks[j].Kind != lex.Word {
		return false
	}
	w := x.lower(j)
	if !m.Demonym && !m.Possessive {
		// A name before a lower-case noun of crime: "victims of a China fraud scheme".
		return is(w, roleCrimeNoun) && !x.toks[j].Is(lex.Capital)
	}
	if m.Possessive {
		for _, o := range x.ments {
			// "Cameroon's neighbour Gabon", "Russia's ally Belarus": the noun after the
			// possessive stands beside another country, which is the one meant.
			if o.Tok > j && o.Tok <= j+2 && !x.toks[j].Is(lex.Capital) && (o.Tok == j+1 || x.toks[j+1].Kind == lex.Word) {
				return true
			}
		}
		return is(w, roleNotState) || x.isAt(j+1, roleNotState) && x.toks[j].Kind == lex.Word && cueOf(w) == 0
	}
	if x.nounAfterDemonym(m, rolePlatform, roleFirm) != "" {
		return true // "a Chinese cryptocurrency mining company", "a Singaporean bitcoin mining giant": the firm, not the state
	}
	if is(w, roleStateNoun, roleHolderVerb) || cueOf(w) != 0 {
		return false // "the German government owns", "Salvadoran authorities", "Pakistanis hold"
	}
	// The head of the noun phrase may come later: "Bulgarian law enforcement authorities".
	for k := j + 1; k < len(x.toks) && k <= j+3 && x.toks[k].Kind == lex.Word; k++ {
		if w := x.lower(k); is(w, roleStateNoun) {
			return false
		} else if cueOf(w) != 0 {
			break
		}
	}
	return true
}

// nounAfterDemonym is the noun of one of roles that a demonym's lower-case noun phrase
// ends in, or "": a firm ("a Chinese cryptocurrency mining company", "a Singaporean
// bitcoin mining giant") or a source ("the Russian economic newspaper", "the Indian
// on-chain data account"). Words joined by a hyphen count as one.
func (x *extractor) nounAfterDemonym(m *namedCountry, roles ...role) string {
	if !m.Demonym {
		return ""
	}
	words := 0
	for k := m.TokEnd; k < len(x.toks) && words <= 3; k++ {
		if lex.IsHyphen(x.punct(k)) && k > m.TokEnd {
			continue
		}
		if x.toks[k].Kind != lex.Word || x.toks[k].Is(lex.Capital) {
			break
		}
		if x.isAt(k, roles...) {
			return x.quoteToks(k, k+1)
		}
		words++
	}
	return ""
}

// namesDRC reports whether the article names the Democratic Republic of the Congo by one of
// its full names, so that a bare "Congo" in it is the DRC, not its neighbour.
func (x *extractor) namesDRC() bool {
	low := x.lowered
	return strings.Contains(low, "democratic republic of the congo") || strings.Contains(low, "democratic republic of congo") ||
		strings.Contains(low, "dr congo") || strings.Contains(low, "congo-kinshasa") || strings.Contains(x.a.Text, "DRC")
}

// isCurrencyWord reports whether token i names a currency ("dollar", "rupees").
func (x *extractor) isCurrencyWord(i int) bool { return number.IsCurrencyWord(x.lower(i)) }

func (x *extractor) sentenceHas(c cue) bool { return x.sentCues&c != 0 }

// clauseCues ORs the cues of the clause holding token i.
func (x *extractor) clauseCues(i int) cue {
	var c cue
	cl := x.clause[i]
	for j, v := range x.cues {
		if x.clause[j] == cl {
			c |= v
		}
	}
	return c
}

// near ORs the cues of the tokens from i-before to i+after within i's clause.
func (x *extractor) near(i, before, after int) cue {
	var c cue
	cl := x.clause[min(i, len(x.clause)-1)]
	for j := max(0, i-before); j < len(x.cues) && j <= i+after; j++ {
		if x.clause[j] == cl {
			c |= x.cues[j]
		}
	}
	return c
}

// updateSubject carries the sentence's subject to the next sentence of the paragraph:
// the first country named that is not the object of a preposition or a comparison. Two
// countries named together leave the paragraph without a single subject.
func (x *extractor) updateSubject() {
	defer x.onlyNamed()
	for _, m := range x.ments {
		if m.excluded || m.prep != "" {
			continue
		}
		if m.coord {
			x.para = ""
		} else {
			x.para = m.ISO2
		}
		x.paraFromHeading = false
		return
	}
}

// onlyNamed: a sentence with no subject country that names exactly one country ("Coming
// in second place is Thailand.", "The IMF approved a loan for Pakistan.") makes it the
// country the paragraph is about, when it had none of its own.
func (x *extractor) onlyNamed() {
	iso := ""
	for _, m := range x.ments {
		if m.excluded || m.lender || m.based {
			continue
		}
		if m.prep == "" {
			return // updateSubject chose it
		}
		if iso != "" && iso != m.ISO2 {
			return
		}
		iso = m.ISO2
	}
	if iso != "" && len(x.qs) == 0 {
		x.para, x.paraFromHeading = iso, false
	}
}

// updateWhen remembers the last date of the paragraph for "that same month".
func (x *extractor) updateWhen() {
	for _, d := range x.ds {
		if is(d.Prep, roleEndPrep) {
			continue
		}
		if w := d.Resolve(x.a.Published, x.lastWhen); w.Precision != number.NoDate {
			x.lastWhen = w
		}
	}
}
