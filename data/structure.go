package data

import (
	"cryptoatlas/data/lex"
	"cryptoatlas/data/number"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lineBlock is one line of text with the kind its own shape suggests, before the
// article-level rules (title, boilerplate sections) are applied.
type lineBlock struct {
	Span
	kind  BlockKind
	level int
	body  Span // the text after a bullet marker or heading marks
	// noSection: even a boilerplate heading's words here dim this line alone
	noSection bool
}

// plainBlocks splits plain text into lines and reads each line's shape: bullets,
// headings (short lines without final punctuation) and paragraphs.
func plainBlocks(text string) []lineBlock {
	out := make([]lineBlock, 0, strings.Count(text, "\n")+1)
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := trimSpan(text, start, end)
		if s < e {
			// A statistics tile gives a number and its magnitude a line each ("93" then
			// "Million"): one figure, read as one line.
			if n := len(out); n > 0 && isMagnitudeLine(text[s:e]) && isNumberLine(text[out[n-1].Start:out[n-1].End]) {
				out[n-1].Span.End, out[n-1].body.End = e, e
				start = end + 1
				continue
			}
			out = append(out, classifyLine(text, Span{s, e}))
		}
		start = end + 1
	}
	return out
}

// isNumberLine reports whether a line holds only a number: digits and the marks that
// group them or set off decimals ("93", "1,330", "20.5").
func isNumberLine(line string) bool {
	if line == "" || line[0] < '0' || line[0] > '9' || len(line) > 12 {
		return false
	}
	return strings.Trim(line, "0123456789,. ") == ""
}

// isMagnitudeLine reports whether a line is only a word that scales a number
// ("Million", "billion", "Mio.").
func isMagnitudeLine(line string) bool {
	return len(line) < 16 && number.IsMagnitudeWord(strings.ToLower(strings.TrimRight(line, ".")))
}

func classifyLine(text string, sp Span) lineBlock {
	line := text[sp.Start:sp.End]
	lb := lineBlock{Span: sp, kind: Paragraph, body: sp}
	if n := bulletMarker(line); n > 0 {
		s, e := trimSpan(text, sp.Start+n, sp.End)
		lb.kind, lb.body = Bullet, Span{s, e}
		return lb
	}
	if looksLikeHeading(line) {
		lb.kind = Heading
	}
	return lb
}

// bulletMarker returns the length of a list marker at the start of line ("- ", "* ",
// "• ", "1. ", "2) "), or 0.
func bulletMarker(line string) int {
	for _, m := range []string{"- ", "* ", "• ", "· ", "– ", "— ", "‣ ", "▪ ", "◦ "} {
		if strings.HasPrefix(line, m) {
			return len(m)
		}
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		// "2021. The year..." is a sentence, not a numbered item.
		if i < 3 {
			return i + 2
		}
	}
	return 0
}

// looksLikeHeadline: a text's first line that a headline may be though a heading may
// not: longer, or a question or exclamation ("Global Government Bitcoin Reserve Top
// List: Who is the Dominant Country in the Crypto World?"). One sentence, opening with
// a capital, of at most 24 words, not closed by a full stop.
func looksLikeHeadline(line string) bool {
	if len(line) > 200 || countFields(line, 25) > 24 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last != '?' && last != '!' && !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	for i := 0; i+2 < len(line)-1; i++ {
		if (line[i] == '.' || line[i] == '?' || line[i] == '!') && line[i+1] == ' ' && line[i+2] >= 'A' && line[i+2] <= 'Z' {
			return false // a second sentence: a lead paragraph, not a headline
		}
	}
	return true
}

// looksLikeHeading: a short line that does not end a sentence and starts with a capital.
func looksLikeHeading(line string) bool {
	if len(line) > 120 {
		return false
	}
	words := countFields(line, 15)
	if words == 0 || words > 14 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', ',', ';', ':', '"', '”', '’', ')':
		return false
	case '?':
		return words <= 10 // "Why did Bhutan buy bitcoin?" reads as a heading
	}
	// Emoji, flags and marks before the first word ("🇲🇦 Morocco", "🌍 5 countries where
	// ...") do not stop a heading.
	for _, r := range line {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.IsUpper(r) || unicode.IsDigit(r)
		}
		if r == '"' || r == '“' || r == '‘' || r == '\'' {
			continue // a headline opening with a quotation: "“We stopped subsidising bitcoin”: four questions"
		}
		if r < 0x2000 && !unicode.IsSpace(r) && r != '*' && r != '#' && r != '_' {
			return false // "(", "-": punctuation a heading does not open with
		}
	}
	return false
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		e -= n
	}
	return s, e
}

// buildBlocks applies the article-level rules to a list of line blocks: the title,
// meta lines (byline, date), boilerplate lines and sections, and sentence splitting.
// It returns the blocks, the title and the publication date line's text ("" if none).
func buildBlocks(text string, lines []lineBlock, hasTitle bool) ([]Block, string, string) {
	blocks := make([]Block, 0, len(lines))
	sentences := make([]Span, 0, len(text)/128+len(lines)) // shared by the blocks
	title, dateLine := "", ""
	inBoiler := false
	first := firstContent(lines, text)
	for i, lb := range lines {
		line := text[lb.body.Start:lb.body.End]
		kind := lb.kind
		switch {
		case i < 8 && kind != Bullet && isMetaLine(line):
			kind = Meta
			if dateLine == "" && containsDate(line) {
				dateLine = line
			}
		case isBoilerplate(line):
			kind = Boilerplate
			if startsSection(line) && !lb.noSection {
				inBoiler = true // a "Disclaimer" or "Related stories" heading starts a section
			}
		case kind == Heading || kind == Title:
			inBoiler = false
		case inBoiler:
			kind = Boilerplate
		}
		if !hasTitle && title == "" && i == first && (kind == Heading || kind == Title || kind == Paragraph && looksLikeHeadline(line)) {
			kind = Title
		}
		b := Block{Kind: kind, Span: lb.body, Level: lb.level}
		if kind == Title && title == "" {
			title = line
		}
		n := len(sentences)
		sentences = splitSentences(sentences, text, lb.body)
		b.Sentences = sentences[n:len(sentences):len(sentences)]
		blocks = append(blocks, b)
	}
	if title == "" {
		for _, b := range blocks {
			if b.Kind == Heading {
				title = text[b.Start:b.End]
				break
			}
		}
	}
	return blocks, title, dateLine
}

// firstContent returns the index of the first line that is not a meta line.
func firstContent(lines []lineBlock, text string) int {
	for i, lb := range lines {
		line := text[lb.body.Start:lb.body.End]
		if !(i < 8 && (isMetaLine(line) || notATitle[strings.ToLower(strings.TrimSpace(line))] || isBoilerplate(line))) {
			return i
		}
	}
	return -1
}

// notATitle are lines a saved page opens with that name no article: a site's skip link,
// a summary box's label. They stay in the text; they are only never taken as its title.
var notATitle = map[string]bool{
	"skip to main content": true, "skip to content": true, "skip to navigation": true, "tldr": true,
	"tl;dr": true, "key points": true, "key takeaways": true, "in brief": true, "summary": true,
	"menu": true, "home": true, "search": true, "breaking news": true, "latest news": true,
	"press release": true, "for immediate release": true, "news release": true, "media release": true,
}

// isMetaLine: bylines and date lines ("By Jane Roe", "Published: 12 June 2025",
// "June 12, 2025 | 4 min read").
func isMetaLine(line string) bool {
	if len(line) > 100 {
		return false
	}
	l := strings.ToLower(line)
	for _, p := range []string{"published", "updated", "posted on", "posted:", "date:", "written by", "author:", "last updated"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if isByline(line) {
		return true
	}
	if strings.Contains(l, "min read") {
		return true
	}
	return isDateLine(line)
}

// startsSection: a short boilerplate heading ("Disclaimer", "Related stories",
// "Subscribe To Our Newsletter") rules the lines under it; a one-line link such as
// "Also read: <headline>" does not.
func startsSection(line string) bool {
	if countFields(line, 7) > 6 {
		return false
	}
	colon := strings.IndexByte(line, ':')
	return colon < 0 || colon == len(strings.TrimSpace(line))-1
}

// countFields counts the words of s separated by white space, as len(strings.Fields(s))
// would, counting no further than limit.
func countFields(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			if n++; n >= limit {
				return n
			}
		}
		in = !space
	}
	return n
}

// isByline: "By Jane Roe", "By Jane Roe, Reuters" — but not "By the end of 2024, ...".
func isByline(line string) bool {
	if len(line) > 80 || len(line) < 4 || line[0]|0x20 != 'b' || line[1]|0x20 != 'y' {
		return false
	}
	f := strings.Fields(line)
	if len(f) < 2 || len(f) > 9 || !strings.EqualFold(f[0], "by") || len(line) > 80 || strings.HasSuffix(line, ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsUpper(r) && f[1] != "The"
}

// boilerLines are whole lines that are site furniture.
var boilerLines = map[string]bool{
	"comments": true, "trending": true, "recommended": true, "advertisement": true, "sponsored": true,
	"share": true, "share this": true, "related": true, "read more": true, "most read": true,
	"popular": true, "tags": true, "logged": true, "newsletter": true, "related articles": true,
}

var boilerStarts = []string{
	"disclaimer", "featured image", "image credit", "image source", "image:", "image by", "photo:", "photo by",
	"photo credit", "cover image", "header image", "lead image", "also read", "read also", "read more",
	"see also", "related:", "related articles", "related stories", "related posts", "related news",
	"more from", "more stories", "recommended for you", "recommended reading", "you may also like",
	"you might also like", "most read", "popular posts", "subscribe", "sign up", "join our", "follow us", "share this",
	"share on", "share:", "click here", "copyright", "©", "(c) ", "all rights reserved",
	"this article originally appeared", "this article was originally", "this story originally",
	"originally published", "originally appeared", "tags:", "filed under", "posted in", "advertisement",
	"sponsored content", "sponsored post", "about the author", "leave a comment", "leave a reply",
	"quote from:", "sent from my", "reply #", "report to moderator", "we use cookies",
	"accept all cookies", "get the latest", "don't miss", "download our app",
}

var boilerContains = []string{
	"newsletter", "mailing list", "not financial advice", "all rights reserved", "getty images",
	"shutterstock", "unsplash", "created by ai", "generated by ai", "created with ai", "via ai",
	"in your inbox", "sign up for", "subscribe to",
}

var boilerAnywhere = []string{
	"does not constitute financial advice", "should not be considered financial advice",
	"for informational purposes only", "not constitute investment advice", "not investment advice",
	"do your own research",
}

// isBoilerplate recognises disclaimers, newsletter prompts, "also read" lines, image
// credits and share prompts. Phrases that may appear inside real reporting count only
// at the start of a line or in short lines.
func isBoilerplate(line string) bool {
	trimmed := strings.TrimLeft(line, "*_#>[( ")
	// Line starts and short lines are checked in full; the phrases that count anywhere
	// all contain "advice", "informational" or "research", so long paragraphs without
	// those words are not lowered at all.
	head := trimmed
	if len(head) > 64 && len(trimmed) >= 160 {
		head = head[:64]
	}
	var buf [256]byte
	lb := lex.Lower(buf[:], head) // lex.Lower also folds ’ to '
	if len(lb) == 0 {
		return false
	}
	// l aliases buf for the checks below, none of which keeps it.
	l := unsafe.String(&lb[0], len(lb))
	if boilerLines[strings.TrimRight(l, " :*_")] {
		return true
	}
	for _, p := range boilerStartsBy[l[0]] {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if len(trimmed) < 160 {
		for _, p := range boilerContains {
			if strings.Contains(l, p) {
				return true
			}
		}
	}
	if !mayHoldDisclaimer(trimmed) {
		return false
	}
	full := strings.ToLower(trimmed)
	for _, p := range boilerAnywhere {
		if strings.Contains(full, p) {
			return true
		}
	}
	return false
}

// mayHoldDisclaimer reports whether s holds "dvice", "nformational" or "esearch", the
// words every boilerAnywhere phrase contains. Each is found from a letter that is rare
// in English ('v', 'f', 'c'), so long paragraphs are passed over at memory speed.
func mayHoldDisclaimer(s string) bool {
	return holdsAround(s, 'v', "dvice", 2) || holdsAround(s, 'f', "nformational", 1) || holdsAround(s, 'c', "esearch", 5)
}

// holdsAround reports whether s holds word, whose byte at offset at is anchor.
func holdsAround(s string, anchor byte, word string, at int) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], anchor)
		if j < 0 {
			return false
		}
		i += j
		if i >= at && strings.HasPrefix(s[i-at:], word) {
			return true
		}
		i++
	}
}

// boilerStartsBy groups boilerStarts by first byte, so a line is checked against the
// few phrases that could start it.
var boilerStartsBy = func() map[byte][]string {
	m := map[byte][]string{}
	for _, p := range boilerStarts {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

// sentence-ending abbreviations that do not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "jr": true, "sr": true, "vs": true, "etc": true, "no": true, "gov": true,
	"sen": true, "rep": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "est": true, "fig": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "a.m": true, "p.m": true, "pres": true, "dept": true,
	"rs": true, "govt": true, "ee": true, // "EE. UU.", Spanish for the US
	"ca": true, "aprox": true, "env": true, "bzw": true, "z.b": true, "u.a": true, "vgl": true, "inkl": true, "nr": true, // "ca. 200.000 BTC", "aprox. 1.400 millones"
	"долл": true, // "5 млн долл. США"
}

// sentenceStarters are words that, after "U.S." or "U.K.", show a new sentence began.
var sentenceStarters = map[string]bool{
	"The": true, "It": true, "This": true, "That": true, "These": true, "Those": true, "In": true,
	"But": true, "And": true, "A": true, "An": true, "He": true, "She": true, "They": true,
	"We": true, "Its": true, "Their": true, "Meanwhile": true, "However": true, "Officials": true,
}

// splitSentences splits a block into sentences: a sentence ends at . ! or ? (and any
// closing quotes or brackets) followed by space and a capital, digit or opening quote,
// unless the word before the period is an abbreviation or an initial.
// The sentences are appended to out, so the blocks of an article can share one array.
func splitSentences(out []Span, text string, b Span) []Span {
	start := b.Start
	stops := stopFinder{text: text[:b.End], next: [3]int{-1, -1, -1}}
	for i := b.Start; i < b.End; i++ {
		if i = stops.from(i); i < 0 {
			break
		}
		c := text[i]
		j := i + 1
		for j < b.End {
			r, n := utf8.DecodeRuneInString(text[j:b.End])
			if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '.' {
				j += n
				continue
			}
			break
		}
		if j >= b.End {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[j:b.End])
		if !unicode.IsSpace(r) {
			if c == '.' && j == i+1 && gluedSentence(text, b.Start, i, b.End) {
				// "any other African country.More than 13 million": a space lost in copying.
				out = appendSentence(out, text, start, j)
				start = j
				continue
			}
			i = j - 1 // every period up to j ends the same way: skip them, or "....x" is quadratic
			continue
		}
		k := j
		for k < b.End {
			r, n := utf8.DecodeRuneInString(text[k:b.End])
			if !unicode.IsSpace(r) {
				break
			}
			k += n
		}
		if k >= b.End {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:b.End])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '‘' || next == '(' || next == '\'' || next == '[') {
			continue
		}
		if c == '.' && !endsSentence(text, b.Start, i, k, b.End) {
			continue
		}
		out = appendSentence(out, text, start, j)
		start = k
		i = k - 1
	}
	return appendSentence(out, text, start, b.End)
}

// stopFinder finds the next '.', '!' or '?' in text with a vector search for each,
// remembering where each was found so that text is searched once per character.
type stopFinder struct {
	text string
	next [3]int // the next '.', '!' and '?' at or after the last search; len(text) if none
}

// from returns the index of the first stop at or after i, or -1.
func (f *stopFinder) from(i int) int {
	best := len(f.text)
	for k, c := range [3]byte{'.', '!', '?'} {
		if f.next[k] < i && f.next[k] < len(f.text) {
			if j := strings.IndexByte(f.text[i:], c); j >= 0 {
				f.next[k] = i + j
			} else {
				f.next[k] = len(f.text)
			}
		}
		best = min(best, f.next[k])
	}
	if best == len(f.text) {
		return -1
	}
	return best
}

// appendSentence adds the sentence text[s:e], trimmed, in pieces of at most maxSentence
// bytes split at spaces: text that runs on without a sentence end (a table dump, a
// 16 MB line) reaches the extractor in pieces it reads in bounded time and memory.
func appendSentence(out []Span, text string, s, e int) []Span {
	for e-s > maxSentence {
		cut := s + maxSentence
		if sp := strings.LastIndexByte(text[s+maxSentence/2:cut], ' '); sp >= 0 {
			cut = s + maxSentence/2 + sp
		} else {
			for !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		if ps, pe := trimSpan(text, s, cut); ps < pe {
			out = append(out, Span{ps, pe})
		}
		s = cut
	}
	if ps, pe := trimSpan(text, s, e); ps < pe {
		out = append(out, Span{ps, pe})
	}
	return out
}

// gluedSentence reports whether the period at i ends a sentence that the next one
// follows without a space: a lower-case word of three letters or more before it, and a
// capital then a lower-case letter after it ("country.More"). Domains ("example.com"),
// abbreviations ("e.g.") and names with inner capitals ("U.S.") do not qualify.
func gluedSentence(text string, blockStart, i, end int) bool {
	n := 0
	for w := i - 1; w >= blockStart && text[w] >= 'a' && text[w] <= 'z'; w-- {
		n++
	}
	if n < 3 || i-n-1 >= blockStart && text[i-n-1] != ' ' {
		return false
	}
	return i+2 < end && text[i+1] >= 'A' && text[i+1] <= 'Z' && text[i+2] >= 'a' && text[i+2] <= 'z'
}

// endsSentence decides whether the period at i ends a sentence, given that the next
// word starts at k.
func endsSentence(text string, blockStart, i, k, end int) bool {
	w := i
	for w > blockStart {
		r, n := utf8.DecodeLastRuneInString(text[blockStart:w])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		w -= n
	}
	var buf [16]byte
	raw := strings.TrimRight(text[w:i], ".")
	if len(raw) > len(buf) {
		return true // longer than any abbreviation
	}
	word := lex.Lower(buf[:], raw) // aliases buf: compared and looked up, never kept
	if len(word) == 0 {
		return true
	}
	if utf8.RuneCount(word) == 1 {
		if p, _ := utf8.DecodeLastRuneInString(text[blockStart:w]); w > blockStart && unicode.IsDigit(p) {
			return true // "the total number of these owners is 665K. 10.6% in Ukraine": a magnitude, not an initial
		}
		r, _ := utf8.DecodeRuneInString(text[w:i])
		return !unicode.IsUpper(r) // "John F. Kennedy"
	}
	if w := string(word); w == "u.s" || w == "u.k" || w == "u.s.a" {
		e := k
		for e < end && text[e] != ' ' {
			e++
		}
		return sentenceStarters[strings.Trim(text[k:e], ",")]
	}
	return !abbreviations[string(word)] && !number.IsAbbreviatedMagnitude(string(word)) // "12,06 тыс. BTC", "5 mln. zł"
}
