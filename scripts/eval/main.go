// Command eval scores the extractor as the field does: precision and recall per metric
// and overall, on the test articles (data/testdata, each with its .want.json) and, when
// its texts are on this machine, on the real set (data/testdata/real: SOURCES.tsv and
// the git-ignored text/ folder), with the count of facts per attribution rule.
//
//	go run ./scripts/eval [-split dev|holdout|all] [-ids REGEXP] [-v] [-reasons] [-dated] [-dump FILE] [-only real|test]
//
// -v lists every wrong and missing figure with its sentence and the extractor's reasons;
// -reasons counts right and wrong facts by the reason for their metric.
package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
)

// gold is one figure a careful reader takes from an article.
type gold struct {
	iso2   string
	metric data.Metric
	value  float64
	max    *float64
	note   string
	// rounded are the same figure as the text states it again, rounded ("over 16
	// million" beside 16.6 million): a fact charted at one of them is this one.
	rounded []float64
}

// article is one scored article: its file and what a reader takes from it.
type article struct {
	id, path, split string
	published       string // the page's publication date, YYYY-MM-DD, when SOURCES.tsv gives one
	facts           []gold
	rounded         []gold // rows of kind "rounded", before they join the facts they round
}

// tally counts one set's matches, overall and per metric.
type tally struct {
	tp, fp, fn map[data.Metric]int
	rules      map[data.Rule][2]int // attribution rule -> right, wrong
	reasons    map[string][2]int    // metric reason, cue words left out -> right, wrong
	review     int                  // missed figures waiting in review with the right country first
}

func newTally() *tally {
	return &tally{tp: map[data.Metric]int{}, fp: map[data.Metric]int{}, fn: map[data.Metric]int{}, rules: map[data.Rule][2]int{}, reasons: map[string][2]int{}}
}

var (
	dated       *bool
	reasonsFlag *bool
	dump        *csv.Writer // -dump: one row per charted fact, right or wrong, with its features
)

func main() {
	split := flag.String("split", "all", "which part of the real set: dev, holdout or all")
	ids := flag.String("ids", "", "score only the real articles whose id matches this regular expression (a set-aside round: '^[mn]')")
	verbose := flag.Bool("v", false, "list every wrong and missing figure with its reasons")
	only := flag.String("only", "", "score only the real set (real) or only the test articles (test)")
	reasonsFlag = flag.Bool("reasons", false, "count right and wrong facts by the reason for their metric")
	dated = flag.Bool("dated", false, "give a real text that states no date its page's publication date from SOURCES.tsv, as the app reads it from a page's metadata")
	dumpPath := flag.String("dump", "", "write every charted fact of the real set, right or wrong, with its rule and reasons, to this TSV file")
	flag.Parse()
	if *dumpPath != "" {
		f, err := os.Create(*dumpPath)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		dump = csv.NewWriter(f)
		dump.Comma = '\t'
		dump.Write([]string{"id", "right", "metric", "rule", "reason", "iso2", "countries", "in_title", "mentions", "approx", "quote", "value", "country"})
		defer dump.Flush()
	}
	root := "data/testdata"
	if *only != "real" {
		for _, dir := range []string{"articles", "holdout"} {
			arts, err := wantSet(filepath.Join(root, dir))
			if err != nil {
				fail(err)
			}
			score("test "+dir, arts, *verbose)
		}
	}
	if *only == "test" {
		return
	}
	real := filepath.Join(root, "real")
	if _, err := os.Stat(filepath.Join(real, "text")); err != nil {
		fmt.Println("\nreal set: no texts on this machine (data/testdata/real/text); see its README")
		return
	}
	arts, err := realSet(real)
	if err != nil {
		fail(err)
	}
	var chosen *regexp.Regexp
	if *ids != "" {
		if chosen, err = regexp.Compile(*ids); err != nil {
			fail(err)
		}
	}
	for _, s := range []string{"dev", "holdout"} {
		if *split != "all" && *split != s {
			continue
		}
		var part []article
		for _, a := range arts {
			if a.split == s && (chosen == nil || chosen.MatchString(a.id)) {
				part = append(part, a)
			}
		}
		score("real "+s, part, *verbose)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "eval:", err)
	os.Exit(1)
}

// wantSet reads a folder of test articles and their .want.json files.
func wantSet(dir string) ([]article, error) {
	wants, err := filepath.Glob(filepath.Join(dir, "*.want.json"))
	if err != nil {
		return nil, err
	}
	var out []article
	for _, wp := range wants {
		base := strings.TrimSuffix(wp, ".want.json")
		matches, _ := filepath.Glob(base + ".*")
		a := article{id: filepath.Base(base)}
		for _, m := range matches {
			if m != wp {
				a.path = m
			}
		}
		b, err := os.ReadFile(wp)
		if err != nil {
			return nil, err
		}
		var w struct {
			Facts []struct {
				ISO2     string      `json:"iso2"`
				Metric   data.Metric `json:"metric"`
				Value    float64     `json:"value"`
				ValueMax *float64    `json:"value_max"`
			} `json:"facts"`
		}
		if err := json.Unmarshal(b, &w); err != nil {
			return nil, fmt.Errorf("%s: %w", wp, err)
		}
		for _, f := range w.Facts {
			a.facts = append(a.facts, gold{iso2: f.ISO2, metric: f.Metric, value: f.Value, max: f.ValueMax})
		}
		out = append(out, a)
	}
	return out, nil
}

// realSet reads SOURCES.tsv: one row per figure, kind "fact" rows are the charted ones.
func realSet(dir string) ([]article, error) {
	b, err := os.ReadFile(filepath.Join(dir, "SOURCES.tsv"))
	if err != nil {
		return nil, err
	}
	// Plain tab-separated lines: a note may open with a quotation mark ("more than $3
	// billion", ...), which a CSV reader would take for a quoted field running on into the
	// rows after it.
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	header := strings.Split(lines[0], "\t")
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	get := func(row []string, name string) string {
		if i, ok := col[name]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	byID := map[string]*article{}
	var order []string
	for line := 2; line <= len(lines); line++ {
		row := strings.Split(strings.TrimRight(lines[line-1], "\r"), "\t")
		id := get(row, "id")
		a := byID[id]
		if a == nil {
			a = &article{id: id, path: filepath.Join(dir, "text", id+".txt"), split: get(row, "split"), published: get(row, "published")}
			byID[id] = a
			order = append(order, id)
		}
		kind := get(row, "kind")
		if kind != "fact" && kind != "rounded" {
			continue
		}
		c, ok := country.ByName(get(row, "country"))
		if !ok {
			return nil, fmt.Errorf("SOURCES.tsv:%d: unknown country %q", line, get(row, "country"))
		}
		v, err := strconv.ParseFloat(get(row, "value"), 64)
		if err != nil {
			return nil, fmt.Errorf("SOURCES.tsv:%d: value: %w", line, err)
		}
		g := gold{iso2: c.ISO2, metric: data.Metric(get(row, "metric")), value: v, note: get(row, "note")}
		if s := get(row, "value_max"); s != "" {
			m, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, fmt.Errorf("SOURCES.tsv:%d: value_max: %w", line, err)
			}
			g.max = &m
		}
		if _, ok := g.metric.Info(); !ok {
			return nil, fmt.Errorf("SOURCES.tsv:%d: unknown metric %q", line, g.metric)
		}
		if kind == "rounded" {
			a.rounded = append(a.rounded, g)
			continue
		}
		a.facts = append(a.facts, g)
	}
	for _, a := range byID {
		for _, r := range a.rounded {
			best := -1
			for i, g := range a.facts {
				if g.iso2 == r.iso2 && g.metric == r.metric && (best < 0 || math.Abs(g.value-r.value) < math.Abs(a.facts[best].value-r.value)) {
					best = i
				}
			}
			if best < 0 {
				return nil, fmt.Errorf("SOURCES.tsv: %s: a rounded %s %s %g with no fact it rounds", a.id, r.iso2, r.metric, r.value)
			}
			a.facts[best].rounded = append(a.facts[best].rounded, r.value)
		}
	}
	var out []article
	for _, id := range order {
		if _, err := os.Stat(byID[id].path); err == nil {
			out = append(out, *byID[id])
		}
	}
	return out, nil
}

// roundedTo reports whether v is the figure as the text states it again, rounded.
func (g gold) roundedTo(v float64) bool {
	for _, r := range g.rounded {
		if same(r, v) {
			return true
		}
	}
	return false
}

// same reports whether two values agree within half a percent.
func same(a, b float64) bool { return math.Abs(a-b) <= 0.005*math.Max(math.Abs(a), math.Abs(b)) }

func sameMax(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return same(*a, *b)
}

func score(name string, arts []article, verbose bool) {
	t := newTally()
	for _, a := range arts {
		art, err := data.ReadFile(a.path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "eval: %v\n", err)
			continue
		}
		if *dated && art.Published.IsZero() && a.published != "" {
			// The saved text lost the page's date; the app reads it from the page's metadata.
			if t, err := time.Parse("2006-01-02", a.published); err == nil {
				art.Published = t
			}
		}
		d := data.LoadArticles(art)
		var got []*data.Fact
		for _, f := range d.Facts {
			if !f.Derived && !f.Curated && !f.Planned {
				got = append(got, f)
			}
		}
		// Exact values pair first, so "nearly 7 million" does not take the place of a
		// stated 6.99 million that the tolerance would also let it match.
		used := make([]bool, len(a.facts))
		hits := make([]int, len(got))
		for pass := 0; pass < 2; pass++ {
			for k, f := range got {
				if pass == 0 {
					hits[k] = -1
				} else if hits[k] >= 0 {
					continue
				}
				for i, g := range a.facts {
					ok := g.iso2 == f.ISO2 && g.metric == f.Metric
					if pass == 0 {
						ok = ok && sameMax(g.max, f.Max) && g.value == f.Value
					} else {
						ok = ok && (sameMax(g.max, f.Max) && same(g.value, f.Value) || f.Max == nil && g.roundedTo(f.Value))
					}
					if !used[i] && ok {
						used[i], hits[k] = true, i
						break
					}
				}
			}
		}
		var wrong []*data.Fact
		var named []data.CountrySpans
		if dump != nil {
			named = data.Extract(art).Countries
		}
		for k, f := range got {
			hit := hits[k]
			if dump != nil && strings.HasPrefix(name, "real") {
				inTitle := strings.Contains(strings.ToLower(art.Title), strings.ToLower(f.Country))
				dump.Write([]string{a.id, strconv.FormatBool(hit >= 0), string(f.Metric), string(f.Why.Rule), reasonKind(f.Why.Metric),
					f.ISO2, strconv.Itoa(len(named)), strconv.FormatBool(inTitle), strconv.Itoa(len(f.Mentions)),
					strconv.FormatBool(f.Approx != 0), f.Mentions[0].Quote, strconv.FormatFloat(f.Value, 'g', -1, 64), f.Country})
			}
			r, mr := t.rules[f.Why.Rule], t.reasons[reasonKind(f.Why.Metric)]
			if hit >= 0 {
				t.tp[f.Metric]++
				r[0]++
				mr[0]++
			} else {
				t.fp[f.Metric]++
				r[1]++
				mr[1]++
				wrong = append(wrong, f)
			}
			t.rules[f.Why.Rule] = r
			t.reasons[reasonKind(f.Why.Metric)] = mr
		}
		var missed []gold
		for i, g := range a.facts {
			if !used[i] {
				t.fn[g.metric]++
				missed = append(missed, g)
				for _, u := range d.Unattributed {
					if u.Metric == g.metric && same(u.Value, g.value) && len(u.Candidates) > 0 && u.Candidates[0].ISO2 == g.iso2 {
						t.review++
						break
					}
				}
			}
		}
		if verbose && (len(wrong) > 0 || len(missed) > 0) {
			fmt.Printf("\n== %s (%s)\n", a.id, a.path)
			for _, f := range wrong {
				fmt.Printf("  WRONG %s %s %s\n        %q\n        metric: %s\n        country: %s\n",
					f.ISO2, f.Metric, f.Label(), f.Mentions[0].Quote, f.Why.Metric, f.Why.Country)
			}
			for _, g := range missed {
				fmt.Printf("  MISSED %s %s %s  (%s)\n", g.iso2, g.metric, data.FormatValue(g.metric, g.value, g.max, 0), g.note)
				for _, u := range d.Unattributed {
					if u.Metric == g.metric && same(u.Value, g.value) {
						fmt.Printf("        unattributed: %q\n        candidates: %s\n", u.Mentions[0].Quote, candidates(u))
					}
				}
				for _, dec := range data.Extract(art).Decisions {
					if same(dec.Value, g.value) && (dec.Dropped != "" || dec.Metric != g.metric) {
						s, _, _ := art.SentenceAt(dec.Start)
						fmt.Printf("        %q -> %s %s %s\n          in %q\n", art.Slice(dec.Span), dec.Metric, dec.ISO2, dec.Dropped, art.Slice(s))
					}
				}
				for _, f := range d.Facts {
					if f.Planned && f.ISO2 == g.iso2 && f.Metric == g.metric && same(f.Value, g.value) {
						fmt.Printf("        read as planned: %q\n", f.Mentions[0].Quote)
					}
				}
			}
		}
	}
	report(name, len(arts), t)
}

func candidates(f *data.Fact) string {
	var s []string
	for _, c := range f.Candidates {
		s = append(s, c.Country)
	}
	return strings.Join(s, ", ")
}

func report(name string, n int, t *tally) {
	fmt.Printf("\n%s: %d articles\n", name, n)
	fmt.Printf("  %-20s %5s %5s %5s %6s %6s\n", "metric", "right", "wrong", "miss", "prec", "recall")
	var tp, fp, fn int
	for _, m := range data.Metrics {
		if m.Derived {
			continue
		}
		a, b, c := t.tp[m.Metric], t.fp[m.Metric], t.fn[m.Metric]
		tp, fp, fn = tp+a, fp+b, fn+c
		if a+b+c > 0 {
			fmt.Printf("  %-20s %5d %5d %5d %6s %6s\n", m.Metric, a, b, c, ratio(a, a+b), ratio(a, a+c))
		}
	}
	fmt.Printf("  %-20s %5d %5d %5d %6s %6s\n", "all", tp, fp, fn, ratio(tp, tp+fp), ratio(tp, tp+fn))
	fmt.Printf("  missed but in review with the right country first: %d (recall once accepted: %s)\n", t.review, ratio(tp+t.review, tp+fn))
	var rules []data.Rule
	for r := range t.rules {
		rules = append(rules, r)
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i] < rules[j] })
	fmt.Printf("  attribution rules (right/wrong):")
	for _, r := range rules {
		name := string(r)
		if name == "" {
			name = "(none)"
		}
		fmt.Printf(" %s %d/%d;", name, t.rules[r][0], t.rules[r][1])
	}
	fmt.Println()
	if *reasonsFlag {
		var kinds []string
		for k := range t.reasons {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		fmt.Println("  metric reasons (right/wrong):")
		for _, k := range kinds {
			fmt.Printf("    %3d/%-3d %s\n", t.reasons[k][0], t.reasons[k][1], k)
		}
	}
}

// reasonKind is a metric reason without the words it quotes, so that reasons of one kind
// count together: "Holdings, a stock not a flow: “holds”" -> "Holdings, a stock not a flow:".
func reasonKind(why string) string {
	if i := strings.Index(why, "“"); i >= 0 {
		why = why[:i]
	}
	return strings.TrimSpace(why)
}

func ratio(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}
