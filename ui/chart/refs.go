package chart

import (
	"sort"
	"strconv"
	"strings"

	"cryptoatlas/data"
)

// refBook numbers the quotes a chart or table cites. A sentence quoted by several
// figures (El Salvador's BTC count and its dollar value share one) gets one number.
type refBook struct {
	ds    *data.Dataset
	refs  []Ref
	byKey map[refKey]int
	used  map[string]bool // article IDs cited
}

type refKey struct {
	article    string
	start, end int
	own        bool // the user's own figure cites its sentence apart: the sentence does not state it
}

func newRefBook(ds *data.Dataset) *refBook {
	return &refBook{ds: ds, byKey: map[refKey]int{}, used: map[string]bool{}}
}

// maxCitesPerRow bounds the quotes one row cites: a figure repeated by hundreds of
// articles is cited by its first few, the bar's own first; `cryptoatlas extract` lists
// every mention.
const maxCitesPerRow = 4

// cite numbers the mentions of the facts, in order, up to maxCitesPerRow different
// sentences, and returns the numbers, sorted and without repeats.
func (b *refBook) cite(facts []*data.Fact) []int {
	var ns []int
	seen := map[int]bool{}
	for _, f := range facts {
		for _, m := range f.Mentions {
			if len(ns) >= maxCitesPerRow {
				break
			}
			n := b.number(f, m)
			if !seen[n] {
				seen[n] = true
				ns = append(ns, n)
			}
		}
	}
	sort.Ints(ns)
	return ns
}

func (b *refBook) number(f *data.Fact, m data.Mention) int {
	k := refKey{f.Article, m.Sentence.Start, m.Sentence.End, f.NotInQuote}
	if n, ok := b.byKey[k]; ok {
		return n
	}
	r := Ref{N: len(b.refs) + 1, Quote: m.Quote, Fact: f, Mention: m, Own: f.NotInQuote}
	if a := b.ds.Article(f.Article); a != nil {
		r.Article, r.Outlet, r.Source = a.Title, a.Source, data.CiteAt(a, m.Sentence.Start).String()
	}
	b.refs = append(b.refs, r)
	b.byKey[k] = r.N
	b.used[f.Article] = true
	return r.N
}

// sources names the cited articles, in load order: "Title (Outlet, date)".
func (b *refBook) sources() []string {
	var out []string
	for _, a := range b.ds.Articles {
		if b.used[a.ID] {
			out = append(out, sourceName(a))
		}
	}
	return out
}

// sourceName is how a footer names an article: "Title (Outlet, date)", with whichever
// of them is known.
func sourceName(a *data.Article) string { return data.Cite(a).String() }

// refList writes reference numbers compactly: [1, 2, 5] or [1–3, 5].
func refList(ns []int) string {
	var parts []string
	for i := 0; i < len(ns); {
		j := i
		for j+1 < len(ns) && ns[j+1] == ns[j]+1 {
			j++
		}
		switch {
		case j-i >= 2:
			parts = append(parts, strconv.Itoa(ns[i])+"–"+strconv.Itoa(ns[j]))
		case j == i+1:
			parts = append(parts, strconv.Itoa(ns[i]), strconv.Itoa(ns[j]))
		default:
			parts = append(parts, strconv.Itoa(ns[i]))
		}
		i = j + 1
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
