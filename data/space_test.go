package data

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCollapseSpace compares collapseSpace with strings.Fields joined by spaces on
// hand-picked and random text mixing words, ASCII and Unicode white space.
func TestCollapseSpace(t *testing.T) {
	cases := []string{"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\nb\n", "\u00a0a\u00a0", "a\u2003b", "a \u3000 b",
		"Bhutan holds 13,000 BTC.", "  leading and trailing  ", "é ü ß", "a\u0085b", "a\u200bb"}
	pieces := []string{"a", "Bhutan", "6,200", "é", "“q”", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\u200b"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := r.Intn(8); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		want := strings.Join(strings.Fields(s), " ")
		if got := collapseSpace(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
