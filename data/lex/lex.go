// Package lex splits article text into word, number and punctuation tokens with byte
// offsets. It is the single tokenizer that the number parser, the country matcher and the
// extractor share, so all three agree on where a word starts and ends.
package lex

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Kind says what a token is.
type Kind uint8

const (
	Word   Kind = iota + 1 // letters, possibly with digits ("G20") or inner apostrophes ("d'Ivoire")
	Number                 // digits with inner separators: 6,200  6,190.18  2021
	Punct                  // any other single character: . , ; $ % – ( )
)

// Flags describe a token's surroundings and case.
type Flags uint8

const (
	SpaceBefore Flags = 1 << iota // white space separates it from the previous token
	Capital                       // a word whose first letter is upper case
	AllCaps                       // a word of two or more letters, all upper case
	Possessive                    // a word followed by 's or a bare apostrophe; End excludes them
	Abbrev                        // a dotted abbreviation such as U.S. or e.g.
	NonASCII                      // the token holds bytes outside ASCII
)

// Token is a span of the text. Start and End are byte offsets into the text given to
// Tokenize; End is exclusive.
type Token struct {
	Start, End int32
	Kind       Kind
	Flags      Flags
}

// Is reports whether the token has all of the given flags.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

// Text returns the token's bytes.
func (t Token) Text(text string) string { return text[t.Start:t.End] }

// Tokenize appends the tokens of text[start:end] to dst and returns it.
func Tokenize(dst []Token, text string, start, end int) []Token {
	space := true
	i := start
	for i < end {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
			continue
		case c == '\\':
			// A backslash is an escape left by Markdown or JSON ("US\$1.59 million"):
			// no token, and what it escapes keeps its place beside the previous token.
			i++
			continue
		case isDigit(c):
			j := scanNumber(text, i, end)
			dst = append(dst, Token{Start: int32(i), End: int32(j), Kind: Number, Flags: spaceFlag(space)})
			i = j
		case c < utf8.RuneSelf && isASCIILetter(c):
			t, j := scanWord(text, i, end)
			t.Flags |= spaceFlag(space)
			dst = append(dst, t)
			i = j
		case c < utf8.RuneSelf:
			dst = append(dst, Token{Start: int32(i), End: int32(i + 1), Kind: Punct, Flags: spaceFlag(space)})
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:end])
			switch {
			case unicode.IsLetter(r) && r != '\u02bc':
				t, j := scanWord(text, i, end)
				if j == i { // cannot happen for a letter, but never loop on odd input
					dst = append(dst, Token{Start: int32(i), End: int32(i + n), Kind: Punct, Flags: spaceFlag(space) | NonASCII})
					i += n
					break
				}
				t.Flags |= spaceFlag(space)
				dst = append(dst, t)
				i = j
			case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
				space = true
				i += n
				continue
			default:
				dst = append(dst, Token{Start: int32(i), End: int32(i + n), Kind: Punct, Flags: spaceFlag(space) | NonASCII})
				i += n
			}
		}
		space = false
	}
	return dst
}

func spaceFlag(space bool) Flags {
	if space {
		return SpaceBefore
	}
	return 0
}

// elided reports whether w is a French or Italian article or preposition that drops its
// vowel before the next word ("l'Inde", "d'Allemagne", "dell'Italia"): the word after the
// apostrophe is read on its own, so a country's name there is found.
func elided(w string) bool {
	switch w {
	case "l", "L", "d", "D", "qu", "Qu", "dell", "Dell", "all", "All", "nell", "Nell", "sull", "dall", "un", "Un":
		return true
	}
	return false
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isUpper(c byte) bool       { return c >= 'A' && c <= 'Z' }

// scanNumber reads digits with inner "," or "." separators: a separator counts only
// when a digit follows it, so "2021." and "6,200," end before the punctuation.
func scanNumber(text string, i, end int) int {
	for i < end {
		c := text[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < end && isDigit(text[i+1]) {
			i += 2
			continue
		}
		if n := swissGroup(text, i, end); n > 0 {
			i += n // "12'200": the Swiss apostrophe between thousands
			continue
		}
		break
	}
	return i
}

// swissGroup is the length of an apostrophe that groups thousands at i ("12'200",
// "1’250’000"): one followed by exactly three digits. 0 when there is none.
func swissGroup(text string, i, end int) int {
	n := 0
	switch {
	case text[i] == '\'':
		n = 1
	case i+2 < end && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x99: // ’
		n = 3
	default:
		return 0
	}
	j := i + n
	if j+3 > end || !isDigit(text[j]) || !isDigit(text[j+1]) || !isDigit(text[j+2]) || j+3 < end && isDigit(text[j+3]) {
		return 0
	}
	return n
}

// scanWord reads letters and digits, an inner apostrophe that is not a possessive
// ("d'Ivoire", "don't"), and a dotted abbreviation of single letters ("U.S.", "e.g.").
func scanWord(text string, start, end int) (Token, int) {
	t := Token{Start: int32(start), Kind: Word}
	upper, lower, letters := 0, 0, 0
	i := start
	for i < end {
		c := text[i]
		if c-'a' < 26 {
			// A run of lower-case ASCII letters, most of every word: counted in one go.
			j := i + 1
			for j < end && text[j]-'a' < 26 {
				j++
			}
			lower += j - i
			letters += j - i
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				letters++
				if isUpper(c) {
					upper++
				} else {
					lower++
				}
				i++
				continue
			}
			if isDigit(c) {
				if i-start == 3 && upper == 3 {
					break // "SDR615.4 million", "USD5bn": a currency code written against its amount
				}
				if i-start == 2 && upper == 2 && start > 0 && text[start-1] == '$' {
					break // "$US3 billion", as Australian papers write US dollars
				}
				if w := text[start:i]; w == "Sh" || w == "KSh" || w == "Ksh" || w == "Rs" {
					break // "Sh404 billion", "Rs50bn": shillings or rupees written against the amount
				}
				if letters >= 4 && upper == 1 && lower == letters-1 && isUpper(text[start]) && i-start == letters {
					break // "10. Uganda984,731": a name run against its figure in a mashed list
				}
				i++
				continue
			}
			if c == '\'' {
				if n, ok := apostrophe(text, i, 1, end); ok {
					t.End = int32(i)
					t.Flags |= Possessive
					return finishWord(t, text, upper, lower, letters), n
				}
				if i+1 < end && isASCIILetter(text[i+1]) {
					if elided(text[start:i]) {
						break // "d'Allemagne", "l'Inde": the article ends here, the name is a word of its own
					}
					i++
					continue
				}
			}
			if c == '.' && letters == 1 && i-start == 1 && i+2 < end && isASCIILetter(text[i+1]) && text[i+2] == '.' {
				// U.S. / e.g. / U.S.A.: consume letter-dot pairs.
				j := i
				for j+1 < end && text[j] == '.' && isASCIILetter(text[j+1]) && (j+2 >= end || text[j+2] == '.') {
					if isUpper(text[j+1]) {
						upper++
					} else {
						lower++
					}
					letters++
					j += 2
				}
				if j < end && text[j] == '.' {
					j++
				}
				t.End = int32(j)
				t.Flags |= Abbrev
				return finishWord(t, text, upper, lower, letters), j
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r == '\u2019' || r == '\u02bc' {
			if m, ok := apostrophe(text, i, n, end); ok {
				t.End = int32(i)
				t.Flags |= Possessive | NonASCII
				return finishWord(t, text, upper, lower, letters), m
			}
			if i+n < end && isLetterAt(text, i+n, end) {
				if elided(text[start:i]) {
					break
				}
				t.Flags |= NonASCII
				i += n
				continue
			}
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		t.Flags |= NonASCII
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else {
				lower++
			}
		}
		i += n
	}
	t.End = int32(i)
	return finishWord(t, text, upper, lower, letters), i
}

// apostrophe reports whether the apostrophe of width n at i marks a possessive: "'s"
// not followed by a letter, or a bare apostrophe after a word ending in s ("Philippines'").
// It returns the offset after the possessive ending.
func apostrophe(text string, i, n, end int) (int, bool) {
	j := i + n
	if j < end && (text[j] == 's' || text[j] == 'S') && (j+1 >= end || !isLetterAt(text, j+1, end)) {
		return j + 1, true
	}
	if i > 0 && (text[i-1] == 's' || text[i-1] == 'S') && (j >= end || !isLetterAt(text, j, end)) {
		return j, true
	}
	return 0, false
}

func isLetterAt(text string, i, end int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r)
}

func finishWord(t Token, text string, upper, lower, letters int) Token {
	if upper > 0 {
		first := text[t.Start]
		if first < utf8.RuneSelf {
			if isUpper(first) {
				t.Flags |= Capital
			}
		} else if r, _ := utf8.DecodeRuneInString(text[t.Start:t.End]); unicode.IsUpper(r) {
			t.Flags |= Capital
		}
	}
	if letters >= 2 && lower == 0 {
		t.Flags |= AllCaps
	}
	return t
}

// IsDash reports whether r is a hyphen or dash of any width, including the
// non-breaking hyphen U+2011 that typeset articles use.
func IsDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// IsHyphen reports whether r joins words into one ("Bitcoin-holding"), as against the
// en and em dashes that set a phrase apart ("2,988 Bitcoin—only 15%").
func IsHyphen(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// PunctRune returns the character of a Punct token.
func (t Token) PunctRune(text string) rune {
	if t.Kind != Punct {
		return utf8.RuneError
	}
	if c := text[t.Start]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	return r
}

// Lower writes the lower-case form of a word into buf (folding curly apostrophes to
// straight ones) and returns it; words that do not fit are truncated to len(buf), which
// callers treat as "not in any table". The result aliases buf: use it as a map key
// without conversion cost and do not keep it.
func Lower(buf []byte, s string) []byte {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if n == len(buf) {
				return buf[:n]
			}
			if isUpper(c) {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == '\u2019' || r == '\u02bc' {
			r = '\''
		} else {
			r = unicode.ToLower(r)
		}
		if n+utf8.RuneLen(r) > len(buf) {
			return buf[:n]
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return buf[:n]
}

// LowerASCII returns text with ASCII letters in lower case, byte for byte the same
// length, so a token's offsets address the same word in it. It lowers eight bytes at a
// time: this runs over every byte of every article.
func LowerASCII(text string) string {
	lowered, _ := LowerASCIIInto(nil, text)
	return lowered
}

// LowerASCIIInto is LowerASCII writing into buf, which it grows as needed and returns
// for the next call: the result aliases buf (unless text has no capital, when it is text
// itself), so it is valid only until buf is written again.
func LowerASCIIInto(buf []byte, text string) (string, []byte) {
	i := 0
	for i < len(text) && !isUpper(text[i]) {
		i++
	}
	if i == len(text) {
		return text, buf
	}
	b := append(buf[:0], text...)
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if up := upperMask(w); up != 0 {
			binary.LittleEndian.PutUint64(b[i:], w|up>>2) // 0x80>>2 is 0x20, 'A'-'a'
		}
	}
	for ; i < len(b); i++ {
		if isUpper(b[i]) {
			b[i] += 'a' - 'A'
		}
	}
	return unsafe.String(&b[0], len(b)), b
}

// upperMask has the high bit of each byte of w set where that byte is 'A'..'Z'.
func upperMask(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := w &^ highs
	geA := low7 + (0x80-'A')*ones   // high bit set where the byte >= 'A'
	gtZ := low7 + (0x80-'Z'-1)*ones // high bit set where the byte > 'Z'
	return geA &^ gtZ &^ w & highs  // and the byte itself is ASCII
}

// LowerWords appends the lower-case text of each token to dst: for a word its lower-case
// form, "" for numbers and punctuation. lowered is LowerASCII(text), computed once per
// text, so ASCII words cost nothing; words with other letters (rare) are lowered one by
// one, through cache when it is not nil.
func LowerWords(dst []string, text, lowered string, toks []Token, cache map[string]string) []string {
	for _, t := range toks {
		switch {
		case t.Kind != Word:
			dst = append(dst, "")
		case !t.Is(NonASCII):
			dst = append(dst, lowered[t.Start:t.End])
		default:
			s := text[t.Start:t.End]
			l, ok := cache[s]
			if !ok {
				l = string(Lower(make([]byte, len(s)*2), s))
				if cache != nil {
					cache[s] = l
				}
			}
			dst = append(dst, l)
		}
	}
	return dst
}

// WordFilter answers "might this word be in the set?" from its length and first and
// last bytes, so callers can skip most map look-ups for ordinary words. It has false
// positives, never false negatives.
type WordFilter struct {
	bits [16][32][32]bool
}

func filterKey(w string) (int, int, int) {
	n := len(w)
	if n > 15 {
		n = 15
	}
	return n, int(w[0] & 31), int(w[len(w)-1] & 31)
}

// Add puts a word in the set.
func (f *WordFilter) Add(w string) {
	if w == "" {
		return
	}
	n, a, b := filterKey(w)
	f.bits[n][a][b] = true
}

// Maybe reports whether w might have been added.
func (f *WordFilter) Maybe(w string) bool {
	if w == "" {
		return false
	}
	n, a, b := filterKey(w)
	return f.bits[n][a][b]
}

// HasByteBelow reports whether any of the eight bytes of b is below n (n at most 0x80).
func HasByteBelow(b []byte, n byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := binary.LittleEndian.Uint64(b)
	return (w-ones*uint64(n))&^w&highs != 0
}

// PlainASCII8 reports whether the eight bytes of s are all printable ASCII or the
// white space of text (tab, newline, carriage return): no other control byte, no DEL
// and no byte of a multi-byte character.
func PlainASCII8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	if w&highs != 0 {
		return false // a byte of a multi-byte character
	}
	if (w+ones)&highs != 0 {
		return false // DEL (0x7f + 1 sets the high bit)
	}
	if (w-ones*0x20)&^w&highs == 0 {
		return true // nothing below a space
	}
	for i := 0; i < 8; i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}
