package data

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const pakistan = "02_pakistan_mining_imf.txt"

// copyArticle copies a test article into a fresh folder and returns its path there.
func copyArticle(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "articles", name))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// loadFolder loads the folder holding path, as File → Open Folder does.
func loadFolder(t *testing.T, path string) (*Dataset, []*FileError) {
	t.Helper()
	d, errs, err := Load(context.Background(), []string{filepath.Dir(path)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d, errs
}

// loadFile loads one article file alone.
func loadFile(t *testing.T, path string) *Dataset {
	t.Helper()
	d, errs, err := Load(context.Background(), []string{path}, nil)
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	return d
}

// factOf finds a country's fact of a metric with a value; nil when there is none.
func factOf(d *Dataset, iso2 string, m Metric, value float64) *Fact {
	for _, fs := range [][]*Fact{d.Facts, d.Unattributed} {
		for _, f := range fs {
			if f.ISO2 == iso2 && f.Metric == m && f.Value == value {
				return f
			}
		}
	}
	return nil
}

func mustFact(t *testing.T, d *Dataset, iso2 string, m Metric, value float64) *Fact {
	t.Helper()
	f := factOf(d, iso2, m, value)
	if f == nil {
		t.Fatalf("no %s %s %v", iso2, m, value)
	}
	return f
}

func readSidecar(t *testing.T, path string) Curation {
	t.Helper()
	b, err := os.ReadFile(CurationPath(path))
	if err != nil {
		t.Fatal(err)
	}
	var c Curation
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatalf("%s: %v", CurationPath(path), err)
	}
	return c
}

// TestEditsSurviveReload rejects, corrects and adds a figure, then loads the folder
// again: every edit is still there, marked curated, and derived figures follow.
func TestEditsSurviveReload(t *testing.T) {
	path := copyArticle(t, pakistan)
	d, errs := loadFolder(t, path)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	a := d.Articles[0]

	// Correct: 2,000 MW was really 2,500 MW.
	mw := mustFact(t, d, "PK", MiningPowerMW, 2000)
	got, err := d.Correct(mw, Figure{Country: "Pakistan", Metric: MiningPowerMW, Value: 2500, Note: "ministry figure"})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Curated || got.Value != 2500 || got.Note != "ministry figure" || a.Slice(got.Mentions[0].Span) != "2,000 MW" {
		t.Errorf("corrected fact %+v", got)
	}
	if factOf(d, "PK", MiningPowerMW, 2000) != nil {
		t.Error("the corrected 2,000 MW is still charted")
	}
	if e := factOf(d, "PK", MiningEnergyTWh, 2500*8760/1e6); e == nil || !e.Derived {
		t.Error("the derived energy does not follow the corrected power")
	}
	if factOf(d, "PK", MiningEnergyTWh, 2000*8760/1e6) != nil {
		t.Error("the energy derived from the rejected power is still there")
	}

	// Reject: the $2 billion loan from China.
	if err := d.Reject(mustFact(t, d, "PK", LoanUSD, 2e9)); err != nil {
		t.Fatal(err)
	}
	if factOf(d, "PK", LoanUSD, 2e9) != nil {
		t.Error("the rejected loan is still there")
	}

	// Add: the 10,000 BTC of the planned reserve, chosen among the sentence's figures.
	start := strings.Index(a.Text, "Officials have floated")
	sent, _, _ := a.SentenceAt(start)
	var btc *WrittenFigure
	for _, c := range a.FiguresIn(sent) {
		if c.Text == "10,000 BTC" {
			btc = &c
		}
	}
	if btc == nil || btc.Value != 10000 || btc.Metrics[0] != BTCHoldings {
		t.Fatalf("figures in %q: %+v", a.Slice(sent), a.FiguresIn(sent))
	}
	if named := d.NamedIn(a.ID, Span{0, len(a.Text)}); len(named) == 0 || named[0].ISO2 != "PK" {
		t.Errorf("countries named: %v", named)
	}
	added, err := d.Add(a.ID, btc.Span, Figure{Country: "PK", Metric: BTCHoldings, Value: btc.Value})
	if err != nil {
		t.Fatal(err)
	}
	if !added.Curated || added.Country != "Pakistan" || a.Slice(added.Mentions[0].Span) != "10,000 BTC" ||
		added.Mentions[0].Sentence != sent {
		t.Errorf("added fact %+v", added)
	}

	c := readSidecar(t, path)
	if c.Version != 1 || c.ArticleSHA256 != a.Hash || len(c.Rejected) != 2 || len(c.Facts) != 2 {
		t.Errorf("sidecar: %+v", c)
	}

	// Reload: the folder load skips the sidecar as an article and applies it.
	d2, errs := loadFolder(t, path)
	if len(errs) > 0 || len(d2.Articles) != 1 {
		t.Fatalf("reload: %d articles, errors %v", len(d2.Articles), errs)
	}
	for _, f := range []*Fact{mustFact(t, d2, "PK", MiningPowerMW, 2500), mustFact(t, d2, "PK", BTCHoldings, 10000)} {
		if !f.Curated {
			t.Errorf("%s %v is not marked curated after a reload", f.Metric, f.Value)
		}
	}
	if factOf(d2, "PK", MiningPowerMW, 2000) != nil || factOf(d2, "PK", LoanUSD, 2e9) != nil {
		t.Error("a rejected figure came back after a reload")
	}
	if factOf(d2, "PK", LoanUSD, 7e9) == nil {
		t.Error("the IMF loan, never edited, is gone")
	}
	if mw := mustFact(t, d2, "PK", MiningPowerMW, 2500); mw.AsOf.String() != "--03" {
		t.Errorf("the corrected figure lost its date: %q", mw.AsOf)
	}
	var out strings.Builder
	if err := d2.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"curated": true`) {
		t.Error("extract output does not mark the curated figures")
	}

	// Rejecting a figure the user added takes it out of the file.
	if err := d2.Reject(mustFact(t, d2, "PK", BTCHoldings, 10000)); err != nil {
		t.Fatal(err)
	}
	if c := readSidecar(t, path); len(c.Facts) != 1 || len(c.Rejected) != 2 {
		t.Errorf("after rejecting an added figure: %d facts, %d rejections", len(c.Facts), len(c.Rejected))
	}
}

// TestCorrectAddedFigureReplacesIt: correcting a figure the user recorded edits that
// entry rather than piling up rejections.
func TestCorrectAddedFigureReplacesIt(t *testing.T) {
	path := copyArticle(t, pakistan)
	d, _ := loadFolder(t, path)
	f, err := d.Correct(mustFact(t, d, "PK", MiningPowerMW, 2000), Figure{Country: "Pakistan", Metric: MiningPowerMW, Value: 2500})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Correct(f, Figure{Country: "India", Metric: MiningPowerMW, Value: 2400}); err != nil {
		t.Fatal(err)
	}
	c := readSidecar(t, path)
	if len(c.Rejected) != 1 || len(c.Facts) != 1 || c.Facts[0].Country != "India" || c.Facts[0].Value != 2400 {
		t.Errorf("sidecar %+v", c)
	}
	if factOf(d, "IN", MiningPowerMW, 2400) == nil || factOf(d, "PK", MiningPowerMW, 2500) != nil {
		t.Error("the second correction did not replace the first")
	}
}

// TestEditsAreChecked: impossible figures are refused with a reason and nothing is
// saved.
func TestEditsAreChecked(t *testing.T) {
	path := copyArticle(t, pakistan)
	d, _ := loadFolder(t, path)
	mw := mustFact(t, d, "PK", MiningPowerMW, 2000)
	lo := 10.0
	for _, tc := range []struct {
		fig  Figure
		want string
	}{
		{Figure{Country: "Atlantis", Metric: MiningPowerMW, Value: 1}, "unknown country"},
		{Figure{Country: "Pakistan", Metric: "watts", Value: 1}, "unknown metric"},
		{Figure{Country: "Pakistan", Metric: BTCPriceUSD, Value: 1}, "unknown metric"},
		{Figure{Country: "Pakistan", Metric: MiningPowerMW, Value: -5}, "not a possible"},
		{Figure{Country: "Pakistan", Metric: MiningPowerMW, Value: 20, Max: &lo}, "value_max"},
		{Figure{Country: "Pakistan", Metric: LegalTenderYear, Value: 21}, "not a year"},
	} {
		if _, err := d.Correct(mw, tc.fig); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.fig, err, tc.want)
		}
	}
	if _, err := os.Stat(CurationPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused edit wrote a file")
	}
	if err := d.Reject(mustFact(t, d, "PK", MiningEnergyTWh, 17.52)); err == nil || !strings.Contains(err.Error(), "derived") {
		t.Errorf("rejecting a derived figure: %v", err)
	}
}

// TestFailedSaveKeepsPreviousEdits: when the disk fails halfway through a save, the
// previous file is intact, no temporary file is left, and the window's figures are
// unchanged.
func TestFailedSaveKeepsPreviousEdits(t *testing.T) {
	path := copyArticle(t, pakistan)
	d, _ := loadFolder(t, path)
	if err := d.Reject(mustFact(t, d, "PK", LoanUSD, 2e9)); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(CurationPath(path))

	saved := saveCuration
	defer func() { saveCuration = saved }()
	saveCuration = func(p string, c *Curation) error {
		return WriteFileAtomic(p, func(w io.Writer) error {
			io.WriteString(w, `{"version": 1, "rejec`) // half a file, then the disk is full
			return errors.New("no space left on device")
		})
	}
	mw := mustFact(t, d, "PK", MiningPowerMW, 2000)
	_, err := d.Correct(mw, Figure{Country: "Pakistan", Metric: MiningPowerMW, Value: 2500})
	if err == nil || !strings.Contains(err.Error(), CurationPath(path)) || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("error %v: want the file and the reason", err)
	}
	after, _ := os.ReadFile(CurationPath(path))
	if string(after) != string(before) {
		t.Errorf("the previous edits were damaged:\n%s", after)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 2 {
		t.Errorf("the folder holds %d files, want the article and its edits (a temporary file was left?)", len(entries))
	}
	if factOf(d, "PK", MiningPowerMW, 2000) != mw || factOf(d, "PK", MiningPowerMW, 2500) != nil {
		t.Error("a failed save changed the figures shown")
	}
}

// TestStaleEditsAfterArticleChanged: when the article is edited after the figures
// were, edits whose sentence is still there apply at its new place; the others are
// reported by the load, naming the file, and kept in it.
func TestStaleEditsAfterArticleChanged(t *testing.T) {
	path := copyArticle(t, pakistan)
	d, _ := loadFolder(t, path)
	if _, err := d.Correct(mustFact(t, d, "PK", MiningPowerMW, 2000), Figure{Country: "Pakistan", Metric: MiningPowerMW, Value: 2500}); err != nil {
		t.Fatal(err)
	}
	if err := d.Reject(mustFact(t, d, "PK", LoanUSD, 2e9)); err != nil {
		t.Fatal(err)
	}
	a := d.Articles[0]
	at := strings.Index(a.Text, "10,000 BTC")
	if _, err := d.Add(a.ID, Span{at, at + len("10,000 BTC")}, Figure{Country: "Pakistan", Metric: BTCHoldings, Value: 10000}); err != nil {
		t.Fatal(err)
	}
	// The author adds a paragraph at the top and drops the China loan's sentence.
	b, _ := os.ReadFile(path)
	text := strings.Replace(string(b), "ISLAMABAD", "Updated with the ministry's figures.\n\nISLAMABAD", 1)
	text = strings.Replace(text, " Pakistan also received a $2 billion loan from China earlier this year to shore up its reserves.", "", 1)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}

	d2, errs := loadFolder(t, path)
	if len(d2.Articles) != 1 {
		t.Fatal("the article did not load")
	}
	// The correction follows the figure it corrects to its new place.
	f := mustFact(t, d2, "PK", MiningPowerMW, 2500)
	if m := f.Mentions[0]; !f.Curated || !strings.HasPrefix(m.Quote, "In March, the government set aside 2,000 MW") ||
		d2.Articles[0].Slice(m.Span) != "2,000 MW" {
		t.Errorf("the correction did not follow its figure: %q", d2.Articles[0].Slice(m.Span))
	}
	if f := mustFact(t, d2, "PK", BTCHoldings, 10000); d2.Articles[0].Slice(f.Mentions[0].Span) != "10,000 BTC" {
		t.Errorf("the added figure did not follow its sentence: %q", d2.Articles[0].Slice(f.Mentions[0].Span))
	}
	if len(errs) != 1 || errs[0].Path != CurationPath(path) ||
		!strings.Contains(errs[0].Reason, "changed since") || !strings.Contains(errs[0].Reason, "loan_usd") {
		t.Fatalf("load errors %v: want the sidecar, naming the edit that no longer applies", errs)
	}

	// A new edit keeps the entry that did not apply, and records the new text's hash.
	if err := d2.Reject(mustFact(t, d2, "PK", LoanUSD, 7e9)); err != nil {
		t.Fatal(err)
	}
	c := readSidecar(t, path)
	if len(c.Rejected) != 3 || len(c.Facts) != 2 || c.ArticleSHA256 != d2.Articles[0].Hash {
		t.Errorf("after a new edit: %d rejections, hash %s", len(c.Rejected), c.ArticleSHA256)
	}
}

// TestJSONRecordFactsHonoured: the facts of a JSON article record are curated figures,
// and the window's edits apply to them too.
func TestJSONRecordFactsHonoured(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bhutan.json")
	rec := `{"title": "Bhutan's reserve", "text": "Bhutan holds about 12,000 BTC, officials said.\nIts hydropower feeds 100 MW of mining.",
	  "facts": [{"country": "Bhutan", "metric": "btc_holdings", "value": 13000, "value_max": null, "unit": "BTC",
	             "quote": "Bhutan holds about 12,000 BTC, officials said."}]}`
	if err := os.WriteFile(path, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	d, errs := loadFolder(t, path)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	f := mustFact(t, d, "BT", BTCHoldings, 13000)
	if !f.Curated || factOf(d, "BT", BTCHoldings, 12000) != nil {
		t.Fatal("the record's curated figure does not replace the extracted one")
	}
	if _, err := d.Correct(f, Figure{Country: "Bhutan", Metric: BTCHoldings, Value: 13029}); err != nil {
		t.Fatal(err)
	}
	d2, errs := loadFolder(t, path)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if factOf(d2, "BT", BTCHoldings, 13000) != nil || !mustFact(t, d2, "BT", BTCHoldings, 13029).Curated {
		t.Error("the correction of a record's figure did not survive a reload")
	}
	if _, err := os.Stat(filepath.Join(dir, "bhutan.json.atlas.json")); err != nil {
		t.Error(err)
	}
}

// TestUnreadableEditsAreReportedAndKept: a damaged sidecar is reported, the article
// loads without it, and no edit overwrites it.
func TestUnreadableEditsAreReportedAndKept(t *testing.T) {
	path := copyArticle(t, pakistan)
	damaged := `{"version": 1, "rejected": [{"metric": "loan_usd", "vaule": 2000000000}]}`
	if err := os.WriteFile(CurationPath(path), []byte(damaged), 0o644); err != nil {
		t.Fatal(err)
	}
	d, errs := loadFolder(t, path)
	if len(d.Articles) != 1 || len(errs) != 1 || errs[0].Path != CurationPath(path) || !strings.Contains(errs[0].Reason, "vaule") {
		t.Fatalf("%d articles, errors %v", len(d.Articles), errs)
	}
	err := d.Reject(mustFact(t, d, "PK", LoanUSD, 2e9))
	if err == nil || !strings.Contains(err.Error(), "overwrite") {
		t.Errorf("an edit over a damaged file: %v", err)
	}
	if b, _ := os.ReadFile(CurationPath(path)); string(b) != damaged {
		t.Error("the damaged file was overwritten")
	}
}

func TestSampleCannotBeEdited(t *testing.T) {
	d := loadSample(t)
	if err := d.Reject(d.Facts[0]); !errors.Is(err, ErrSampleNotEditable) {
		t.Errorf("rejecting a sample figure: %v", err)
	}
}

// TestCorrectUnattributedFigure gives a country to a figure the extractor could not
// attribute: it leaves the unattributed list and is charted.
func TestCorrectUnattributedFigure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "two.txt")
	text := "Reserves compared\n\nKenya and Nigeria were both named in the report. One of them holds 4,000 BTC.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	d, _ := loadFolder(t, path)
	f := factOf(d, "", BTCHoldings, 4000)
	if f == nil {
		t.Skipf("the extractor attributes this figure now: %v", d.Facts)
	}
	got, err := d.Correct(f, Figure{Country: "Kenya", Metric: BTCHoldings, Value: 4000})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Attributed() || factOf(d, "", BTCHoldings, 4000) != nil {
		t.Error("the figure is still unattributed")
	}
}

func TestParseFigure(t *testing.T) {
	for _, tc := range []struct {
		m        Metric
		in       string
		v, max   float64
		errorHas string
	}{
		{BTCHoldings, "6,200", 6200, 0, ""},
		{BTCHoldings, " 6200 BTC ", 6200, 0, ""},
		{HoldingsUSD, "$745 million", 745e6, 0, ""},
		{LoanUSD, "1.4bn", 1.4e9, 0, ""},
		{MiningPowerMW, "1.2 GW", 1200, 0, ""},
		{CryptoHolders, "15–20 million", 15e6, 20e6, ""},
		{LegalTenderYear, "2021", 2021, 0, ""},
		{LegalTenderYear, "21", 0, 0, "not a year"},
		{MiningPowerMW, "$5 million", 0, 0, "MW"},
		{BTCHoldings, "lots", 0, 0, "not a number"},
		{BTCHoldings, "6200 or so", 0, 0, "not a number"},
		{MiningPowerMW, "lots2.5 GW", 0, 0, "not a number"},
		{BTCHoldings, "about 6,200", 6200, 0, ""},
		{BTCHoldings, "", 0, 0, "enter a number"},
	} {
		v, max, err := ParseFigure(tc.m, tc.in)
		if tc.errorHas != "" {
			if err == nil || !strings.Contains(err.Error(), tc.errorHas) {
				t.Errorf("%s %q: error %v, want %q", tc.m, tc.in, err, tc.errorHas)
			}
			continue
		}
		gotMax := 0.0
		if max != nil {
			gotMax = *max
		}
		if err != nil || v != tc.v || gotMax != tc.max {
			t.Errorf("%s %q = %v, %v, %v", tc.m, tc.in, v, gotMax, err)
		}
	}
}

// TestRestoreEditsUndoes takes an article's edits back to what they were before a
// correction and a rejection: the file and the facts are as before both.
func TestRestoreEditsUndoes(t *testing.T) {
	path := copyArticle(t, pakistan)
	d, errs := loadFolder(t, path)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	id := d.Articles[0].ID
	before := d.Edits(id) // nil: nothing edited yet
	if _, err := d.Correct(mustFact(t, d, "PK", MiningPowerMW, 2000), Figure{Country: "Pakistan", Metric: MiningPowerMW, Value: 2500}); err != nil {
		t.Fatal(err)
	}
	afterCorrect := d.Edits(id)
	if err := d.Reject(mustFact(t, d, "PK", LoanUSD, 2e9)); err != nil {
		t.Fatal(err)
	}

	// Undo the rejection: the loan is back, the correction stays.
	if err := d.RestoreEdits(id, afterCorrect); err != nil {
		t.Fatal(err)
	}
	if factOf(d, "PK", LoanUSD, 2e9) == nil || factOf(d, "PK", MiningPowerMW, 2500) == nil {
		t.Error("after undoing the rejection, the loan should be back and the correction kept")
	}
	if c := readSidecar(t, path); len(c.Rejected) != 1 || len(c.Facts) != 1 {
		t.Errorf("corrections file after undoing the rejection: %d rejected, %d facts; want 1 and 1", len(c.Rejected), len(c.Facts))
	}

	// Undo the correction: as extracted.
	if err := d.RestoreEdits(id, before); err != nil {
		t.Fatal(err)
	}
	if factOf(d, "PK", MiningPowerMW, 2000) == nil || factOf(d, "PK", MiningPowerMW, 2500) != nil {
		t.Error("after undoing the correction, 2,000 MW should be charted again and 2,500 MW gone")
	}
	if c := readSidecar(t, path); c.Len() != 0 {
		t.Errorf("corrections file after undoing everything holds %d edits", c.Len())
	}
	if err := d.RestoreEdits("no-such-article", nil); err == nil {
		t.Error("restoring the edits of an article not loaded should fail")
	}
}

// TestCorrectionNotInQuoteIsMarked: a corrected value its sentence writes is the quote's;
// one it does not write is the user's own figure, marked so in the fact and in JSON.
func TestCorrectionNotInQuoteIsMarked(t *testing.T) {
	path := copyArticle(t, pakistan)
	d, errs := loadFolder(t, path)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	own, err := d.Correct(mustFact(t, d, "PK", MiningPowerMW, 2000), Figure{Country: "Pakistan", Metric: MiningPowerMW, Value: 2500})
	if err != nil {
		t.Fatal(err)
	}
	if !own.NotInQuote || !FactToJSON(own).NotInQuote {
		t.Errorf("2,500 MW saved against a sentence that says 2,000 MW is not marked as the user's own: %+v", own)
	}
	if w := FactToJSON(own).Why.Metric; !strings.Contains(w, "does not state") {
		t.Errorf("why %q does not say the quote does not state it", w)
	}
	same, err := d.Correct(mustFact(t, d, "PK", LoanUSD, 2e9), Figure{Country: "China", Metric: LoanUSD, Value: 2e9})
	if err != nil {
		t.Fatal(err)
	}
	if same.NotInQuote {
		t.Errorf("a correction of the country keeps a value the quote states: %+v", same)
	}
}

// TestFiguresWithoutANumberAreNeverZero: an edit or a recorded figure whose value is
// missing, null, text or impossible is reported as not valid, by file and entry, and
// never charted (least of all as 0); the edits stay in the file through a later save.
func TestFiguresWithoutANumberAreNeverZero(t *testing.T) {
	path := copyArticle(t, pakistan)
	entries := []string{
		`{"country": "Pakistan", "metric": "btc_holdings", "value": null, "quote": "x", "start": 0, "end": 1}`,
		`{"country": "Pakistan", "metric": "btc_holdings", "quote": "x", "start": 0, "end": 1}`,
		`{"country": "Pakistan", "metric": "btc_holdings", "value": "lots", "quote": "x", "start": 0, "end": 1}`,
	}
	sidecar := `{"version": 1, "rejected": [], "facts": [` + strings.Join(entries, ",") + `]}`
	if err := os.WriteFile(CurationPath(path), []byte(sidecar), 0o644); err != nil {
		t.Fatal(err)
	}
	d, errs := loadFolder(t, path)
	if len(errs) != 1 || !strings.Contains(errs[0].Reason, "3 of 3 edits are not valid figures") ||
		!strings.Contains(errs[0].Reason, `"value" is null`) || !strings.Contains(errs[0].Reason, `"value" is missing`) ||
		!strings.Contains(errs[0].Reason, `"lots", not a number`) || strings.Contains(errs[0].Reason, "CuratedFact") {
		t.Fatalf("errors %v, want one saying the three edits are not valid figures, and why", errs)
	}
	for _, f := range d.Facts {
		if f.Curated && f.Metric == BTCHoldings {
			t.Errorf("an edit without a number was charted: %+v", f)
		}
	}
	// A later edit saves the file again: the entries the user wrote are still there.
	if err := d.Reject(mustFact(t, d, "PK", LoanUSD, 2e9)); err != nil {
		t.Fatal(err)
	}
	saved, err := os.ReadFile(CurationPath(path))
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Facts []map[string]any `json:"facts"`
	}
	if err := json.Unmarshal(saved, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Facts) != 3 || back.Facts[0]["value"] != nil || back.Facts[2]["value"] != "lots" {
		t.Errorf("the saved file lost the entries as written:\n%s", saved)
	}
	if _, ok := back.Facts[1]["value"]; ok {
		t.Errorf("the entry without a value came back with one:\n%s", saved)
	}
}

// TestSameArticleTwiceKeepsItsEdits: two files with the same bytes load once; the copy
// with edits beside it is the one read, and when both have edits the user is told which
// are used.
func TestSameArticleTwiceKeepsItsEdits(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join("testdata", "articles", pakistan))
	if err != nil {
		t.Fatal(err)
	}
	first, second := filepath.Join(dir, "a-copy.txt"), filepath.Join(dir, "b-copy.txt")
	for _, p := range []string{first, second} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Edits beside the second copy only: reject the loan.
	d := loadFile(t, second)
	if err := d.Reject(mustFact(t, d, "PK", LoanUSD, 2e9)); err != nil {
		t.Fatal(err)
	}
	d, errs := loadFolder(t, dir)
	if len(errs) > 0 || len(d.Articles) != 1 {
		t.Fatalf("%d articles, errors %v; want the one article and no error", len(d.Articles), errs)
	}
	if factOf(d, "PK", LoanUSD, 2e9) != nil {
		t.Error("the edits beside the other copy were lost: the rejected loan is charted")
	}

	// Edits beside both copies: the first is read, and the second's are named as unused.
	d = loadFile(t, first)
	if err := d.Reject(mustFact(t, d, "PK", MiningPowerMW, 2000)); err != nil {
		t.Fatal(err)
	}
	_, errs = loadFolder(t, dir)
	if len(errs) != 1 || errs[0].Path != second || !strings.Contains(errs[0].Reason, "the same article as a-copy.txt") {
		t.Errorf("errors %v, want one naming %s as the same article, its edits unused", errs, second)
	}
}

// TestTooManyEditsAreRefused: a file of edits beyond MaxEdits is reported and kept as it
// is, and the article loads without it, at once.
func TestTooManyEditsAreRefused(t *testing.T) {
	path := copyArticle(t, pakistan)
	entry := `{"country": "Pakistan", "metric": "btc_holdings", "value": 1, "quote": "x", "start": 0, "end": 1}`
	body := `{"version": 1, "rejected": [], "facts": [` + strings.TrimSuffix(strings.Repeat(entry+",", MaxEdits+1), ",") + `]}`
	if err := os.WriteFile(CurationPath(path), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	d, errs := loadFolder(t, path)
	if len(errs) != 1 || !strings.Contains(errs[0].Reason, "a file of edits may hold at most") || len(d.Facts) == 0 {
		t.Fatalf("errors %v, facts %d; want the file refused and the article loaded", errs, len(d.Facts))
	}
	if b, _ := os.ReadFile(CurationPath(path)); string(b) != body {
		t.Error("the refused file was changed")
	}
}
