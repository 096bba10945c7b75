package chart

import (
	"strings"
	"unicode/utf8"
)

const ellipsis = "…"

// ellipsize shortens s to fit width, ending it with "…"; s is returned whole when it
// fits.
func (m measurer) ellipsize(s string, width float64, f font) string {
	if m.width(s, f) <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes) // the longest prefix that fits with the ellipsis is in [lo, hi)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if m.width(strings.TrimRight(string(runes[:mid]), " ,;·—–-")+ellipsis, f) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	// Cut at a word where the kept text has one, so no word is left half-written.
	if lo < len(runes) && runes[lo] != ' ' {
		for i := lo - 1; i > lo/2; i-- {
			if runes[i] == ' ' {
				lo = i
				break
			}
		}
	}
	return strings.TrimRight(string(runes[:lo]), " ,;·—–-") + ellipsis
}

// wrap breaks s into lines no wider than width, at spaces where it can; a word wider
// than a line is broken where it must be. With maxLines > 0 the last line kept ends in
// "…" when text was left over.
func (m measurer) wrap(s string, width float64, f font, maxLines int) []string {
	words := strings.Fields(s)
	var lines []string
	line := ""
	for i := 0; i < len(words); i++ {
		w := words[i]
		try := w
		if line != "" {
			try = line + " " + w
		}
		if m.width(try, f) <= width {
			line = try
			continue
		}
		if line != "" {
			lines = append(lines, line)
			line = ""
			i-- // the word starts the next line
			continue
		}
		// A single word wider than the line: break it.
		head, tail := m.split(w, width, f)
		lines = append(lines, head)
		if tail != "" {
			words[i] = tail
			i--
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	if maxLines > 0 && len(lines) > maxLines {
		rest := strings.Join(lines[maxLines-1:], " ")
		lines = append(lines[:maxLines-1], m.ellipsize(rest, width, f))
	}
	return lines
}

// split returns the longest prefix of w that fits width (at least one rune) and the rest.
func (m measurer) split(w string, width float64, f font) (string, string) {
	n := 0
	for i := range w {
		if i > 0 && m.width(w[:i], f) > width {
			break
		}
		n = i
	}
	if m.width(w, f) <= width {
		return w, ""
	}
	if n == 0 {
		_, size := utf8.DecodeRuneInString(w)
		n = size
	}
	return w[:n], w[n:]
}
