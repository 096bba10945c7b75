package lex

import (
	"strings"
	"testing"
	"time"
)

func TestLowerASCIIKeepsOffsets(t *testing.T) {
	for _, s := range []string{"", "abc", "El Salvador’s RESERVE of 6,200 BTC", "ÀÉÎ ASCII Only @[`{ZAza", strings.Repeat("Pakistan HOLDS ", 20)} {
		got := LowerASCII(s)
		want := []byte(s)
		for i, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[i] = c + 32
			}
		}
		if got != string(want) {
			t.Errorf("LowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTokenizePossessivesAbbreviationsAndNumbers(t *testing.T) {
	text := "El Salvador’s U.S. dollar 6,190.18 BTC; Philippines' $1.4bn."
	var got []string
	for _, tok := range Tokenize(nil, text, 0, len(text)) {
		s := tok.Text(text)
		if tok.Is(Possessive) {
			s += "(poss)"
		}
		got = append(got, s)
	}
	want := "El Salvador(poss) U.S. dollar 6,190.18 BTC ; Philippines(poss) $ 1.4 bn ."
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// TestTokenizeElision: a French or Italian article that drops its vowel is a word of its
// own, so the name after it is found ("d'Allemagne", "dell’Italia"); English contractions
// and names keep their apostrophe.
func TestTokenizeElision(t *testing.T) {
	got := tokenTexts("réserves d'Allemagne, dell’Italia, l'Inde; don't O'Brien")
	want := "réserves d ' Allemagne , dell ’ Italia , l ' Inde ; don't O'Brien"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestTokenizeCurrencyCode: a three-letter code in capitals written against its amount
// is a word of its own ("SDR615.4 million"), as is a capitalised name of four letters or
// more run against its figure ("Uganda984,731"); other words with digits stay whole.
func TestTokenizeCurrencyCode(t *testing.T) {
	got := tokenTexts("SDR615.4 million, USD5bn, G20, COVID19, MP3, Uganda984,731, Web3")
	want := "SDR 615.4 million , USD 5 bn , G20 , COVID19 , MP3 , Uganda 984,731 , Web3"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestTokenizeEscapes: a backslash left by Markdown or JSON escaping is no token, and
// the sign it escapes stays attached to the word before it.
func TestTokenizeEscapes(t *testing.T) {
	text := `about US\\$2.5 million \\(15 percent\\)`
	if got, want := tokenTexts(text), "about US $ 2.5 million ( 15 percent )"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	toks := Tokenize(nil, text, 0, len(text))
	if toks[2].Is(SpaceBefore) {
		t.Errorf("the escaped $ has space before it; it should stay attached to US")
	}
}

// tokenTexts is the text's tokens, each as written, joined by spaces.
func tokenTexts(text string) string {
	var got []string
	for _, tok := range Tokenize(nil, text, 0, len(text)) {
		got = append(got, tok.Text(text))
	}
	return strings.Join(got, " ")
}

func FuzzLowerASCII(f *testing.F) {
	f.Add("Pakistan’s 2,000 MW")
	f.Fuzz(func(t *testing.T, s string) {
		got := LowerASCII(s)
		if len(got) != len(s) {
			t.Fatalf("length changed")
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 32
			}
			if got[i] != c {
				t.Fatalf("byte %d: %q, want %q", i, got[i], c)
			}
		}
	})
}

// TestTokenizeEndsOnEveryInput: a modifier-letter apostrophe (U+02BC) starting a
// word once made the tokenizer stop advancing.
func TestTokenizeEndsOnEveryInput(t *testing.T) {
	for _, text := range []string{"ʼ", "aʼ", "ʼs", "Pakistanʼs reserve", "’", "x’", "'", "d'"} {
		done := make(chan []Token, 1)
		go func() { done <- Tokenize(nil, text, 0, len(text)) }()
		select {
		case toks := <-done:
			for _, tok := range toks {
				if tok.Start >= tok.End {
					t.Errorf("%q: empty token at %d", text, tok.Start)
				}
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%q: Tokenize did not return", text)
		}
	}
}

// TestByteClasses checks the eight-byte tests against a byte-by-byte reading, for every
// byte value in every position.
func TestByteClasses(t *testing.T) {
	plain := func(c byte) bool { return (c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r' }
	for pos := 0; pos < 8; pos++ {
		for v := 0; v < 256; v++ {
			b := []byte("abcdefgh")
			b[pos] = byte(v)
			wantPlain, wantBelow := true, false
			for _, c := range b {
				wantPlain = wantPlain && plain(c)
				wantBelow = wantBelow || c < 0x20
			}
			if got := PlainASCII8(string(b)); got != wantPlain {
				t.Errorf("PlainASCII8(%q) = %v, want %v", b, got, wantPlain)
			}
			if got := HasByteBelow(b, 0x20); got != wantBelow {
				t.Errorf("HasByteBelow(%q, 0x20) = %v, want %v", b, got, wantBelow)
			}
		}
	}
}

// TestLowerASCIIInto: the same text as LowerASCII, through one buffer reused from text
// to text.
func TestLowerASCIIInto(t *testing.T) {
	var buf []byte
	for _, s := range []string{"", "already lower", "Bhutan HOLDS 13,000 BTC", "É Ü São Tomé", "A", "x", "MIXED case Text that runs past eight bytes"} {
		var got string
		got, buf = LowerASCIIInto(buf, s)
		if want := LowerASCII(s); got != want {
			t.Errorf("LowerASCIIInto(%q) = %q, want %q", s, got, want)
		}
	}
}
