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
//	                    the article's and paragraph's country carried between sentences
//	extract_words.go    the whole vocabulary: every cue word and grammar role, and the
//	                    search windows, in one table
//	extract_metric.go   which metric a number states (holdings, values, mining, holders),
//	                    and what it is not (flows, parts, plans, prices, populations)
//	extract_loans.go    loans, their lenders, tranches and packages
//	extract_dates.go    years that are figures: legal tender, a loan's last year
//	extract_country.go  which country a figure belongs to, or none with its candidates;
//	                    merging repeats into facts
//	extract_why.go      reasons in words for readers, attribution rules, --explain
//
// Numbers, units, ranges and dates are read by package data/number, country names by
// data/country, tokens by data/lex. What a metric is (unit, bounds) lives in metric.go.
//
// # The dataset
//
//	dataset.go          facts of many articles, derived figures, countries and events
//	curation*.go        the user's corrections saved beside each article
//	export.go           the JSON and CSV contracts of `cryptoatlas extract`
package data
