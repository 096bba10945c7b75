// Package data knows articles and the facts in them: loading files, finding their
// structure, extracting figures tied to countries and sentences, and the dataset the
// charts and profiles ask. It never imports Fyne.
//
// # Reading an article
//
//	load.go, formats.go      files and folders to bytes, with limits (limits.go)
//	parse.go, structure.go   bytes to an Article: title, headings, paragraphs, sentences,
//	format_*.go              boilerplate; Markdown, HTML and JSON records
//
// # Extracting its figures
//
// The extractor reads an article sentence by sentence, as a reader does, and keeps for
// each figure the reasons it gives it a metric and a country (Fact.Why), or the reason it
// drops it (Decision.Dropped). Its stages, each in its own file:
//
//	extract.go          the driver: blocks, sentences, clauses, the countries each names,
//	                    the article's and paragraph's country carried between sentences,
//	                    and the passes over the whole article's facts (seizures that are
//	                    parts or were sold, smaller sizes beside larger ones, sent to review)
//	extract_layout.go   headline and lead, country headings and list lines, figure
//	                    lines, tables read by their header's columns
//	extract_words.go    the whole vocabulary: every cue word and grammar role, and the
//	                    search windows, in one table
//	extract_scope.go    what bears on a figure: window words, plans, hedges, negations,
//	                    parts and additions, the list item it stands in
//	extract_metric.go   which metric a number states, and lists sharing one metric
//	extract_holdings.go bitcoin holdings and their dollar value, not flows or others' coins
//	extract_mining.go   mining power and energy, not a grid, the world's network or rigs seized
//	extract_people.go   crypto holders, not populations, wallets or one firm's users
//	extract_loans.go    loans, their lenders, tranches and packages
//	extract_dates.go    years that are figures: legal tender, a loan's last year
//	extract_country.go  which country a figure belongs to, or none with its candidates;
//	                    merging repeats into facts
//	extract_subject.go  who a clause is about when it names no owner: a country referred
//	                    back to, or a firm, person, continent, many states or a region
//	extract_why.go      reasons in words for readers, attribution rules, --explain
//
// Numbers, units, ranges and dates are read by package data/number, country names (and
// the regions that stand for them) by data/country, tokens by data/lex. What a metric is
// (unit, bounds) lives in metric.go; what a bitcoin cost each year, to tell a holding's
// dollar value that cannot be true, in price.go.
//
// # The dataset
//
//	dataset.go          facts of many articles, derived figures, countries and events
//	curation*.go        the user's corrections saved beside each article
//	atomic*.go          the writer that never replaces what is not its own
//	library.go, record.go  articles brought in from the web, one JSON record each
//	export.go           the JSON and CSV contracts of `cryptoatlas extract`
package data
