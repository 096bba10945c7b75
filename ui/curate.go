package ui

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/data/country"
)

// Curation in the window: a user rejects a figure, corrects it, or adds one from a
// sentence. The dataset checks each edit and saves it beside its article
// (data/curation.go) before anything on screen changes; then every pane shows it.

// figureForm is the dialog that corrects a figure or adds one from a sentence.
type figureForm struct {
	at      *Atlas
	Dialog  *dialog.CustomDialog
	Quote   *widget.Label
	Figure  *dialogSelect // adding: the figures written in the sentence, to start from
	Country *dialogSelect
	Metric  *dialogSelect
	Value   *dialogEntry
	Max     *dialogEntry
	Unit    *widget.Label
	Note    *dialogEntry
	Problem *widget.Label // what stops Save, in words
	Notice  *widget.Label // the value typed is not one the sentence states: saved as the user's own
	Save    *dialogButton // the default: Return in the dialog
	Cancel  *dialogButton // Escape

	save       func(data.Figure) (*data.Fact, error)
	done       func(*data.Fact)
	span       data.Span            // adding: the figure's bytes, or the sentence
	candidates []data.WrittenFigure // the figures the sentence writes, offered in Figure
	adding     bool
}

// metricChoices are the metrics a person can state, as the Metric select lists them.
func metricChoices() (labels []string, metrics []data.Metric) {
	for _, m := range data.Metrics {
		if !m.Derived {
			labels = append(labels, m.Label+" ("+m.Unit+")")
			metrics = append(metrics, m.Metric)
		}
	}
	return labels, metrics
}

// countryNames lists every country the table knows, by name.
func countryNames() []string {
	all := country.All()
	names := make([]string, len(all))
	for i, c := range all {
		names[i] = c.Name
	}
	return names
}

// valuePlaceholders show how a value may be typed.
var valuePlaceholders = map[string]string{
	"BTC": "6,200", "USD": "745 million or $1.4bn", "MW": "2,000 or 1.2 GW",
	"TWh": "16", "people": "15 million", "year": "2021",
}

// newFigureForm builds the dialog for a figure stated at m; adding offers the figures
// written in m's sentence to start from.
func (at *Atlas) newFigureForm(title string, a *data.Article, m data.Mention, adding bool) *figureForm {
	ff := &figureForm{at: at, adding: adding, candidates: a.FiguresIn(m.Sentence)}
	quote := "“" + m.Quote + "”"
	if fig := a.Slice(m.Span); fig != "" && fig != m.Quote {
		quote += "\nStated as “" + fig + "”"
	}
	ff.Quote = widget.NewLabel(quote)
	ff.Quote.Wrapping = fyne.TextWrapWord
	ff.Quote.TextStyle.Italic = true
	source := muted(articleLabel(a), theme.SizeNameCaptionText, fyne.TextStyle{})
	source.Wrapping = fyne.TextWrapOff
	source.Truncation = fyne.TextTruncateEllipsis

	ff.Country = at.newDialogSelect(countryNames(), func(string) { ff.check() })
	ff.Country.PlaceHolder = "Choose a country"
	labels, _ := metricChoices()
	ff.Metric = at.newDialogSelect(labels, func(string) { ff.metricChanged() })
	ff.Metric.PlaceHolder = "Choose what it measures"
	ff.Value = at.newDialogEntry()
	ff.Value.OnChanged = func(string) { ff.check() }
	ff.Unit = widget.NewLabel("")
	ff.Max = at.newDialogEntry()
	ff.Max.PlaceHolder = "optional: the upper end of a range"
	ff.Max.OnChanged = func(string) { ff.check() }
	ff.Note = at.newDialogEntry()
	ff.Note.PlaceHolder = "optional: why, for whoever reads the figure next"
	ff.Problem = widget.NewLabel("")
	ff.Problem.Wrapping = fyne.TextWrapWord
	ff.Problem.Hide()
	ff.Notice = widget.NewLabel("")
	ff.Notice.Wrapping = fyne.TextWrapWord
	ff.Notice.Importance = widget.WarningImportance
	ff.Notice.Hide()
	ff.Save = at.newDialogButton("Save", nil, ff.submit)
	ff.Save.Importance = widget.HighImportance
	ff.Cancel = at.newDialogButton("Cancel", nil, func() { ff.Dialog.Hide() })

	where := muted("Your edits to this article are saved in "+a.CurationPath(), theme.SizeNameCaptionText, fyne.TextStyle{})

	ff.Figure = at.newDialogSelect(nil, func(string) { ff.figureChosen() })
	ff.Figure.PlaceHolder = "No figure written in it: cite the whole sentence"
	for _, c := range ff.candidates {
		ff.Figure.Options = append(ff.Figure.Options, "“"+c.Text+"”")
	}
	if adding && len(ff.candidates) > 0 {
		ff.Figure.Options = append(ff.Figure.Options, "None of these: cite the whole sentence")
	}
	if len(ff.candidates) == 0 {
		ff.Figure.Disable()
	}
	var rows []fyne.CanvasObject
	switch {
	case adding:
		rows = append(rows, widget.NewLabel("Figure"), ff.Figure)
	case len(ff.candidates) > 0:
		// Correcting: the figures the sentence writes, so a correction can be one it states.
		ff.Figure.PlaceHolder = "Take a figure the sentence writes"
		rows = append(rows, widget.NewLabel("Stated"), ff.Figure)
	}
	form := container.New(layout.NewFormLayout(), append(rows,
		widget.NewLabel("Country"), ff.Country,
		widget.NewLabel("Measures"), ff.Metric,
		widget.NewLabel("Value"), container.NewBorder(nil, nil, nil, ff.Unit, ff.Value),
		widget.NewLabel("Up to"), ff.Max,
		widget.NewLabel("Note"), ff.Note,
	)...)
	buttons := container.NewHBox(layout.NewSpacer(), ff.Cancel, ff.Save)
	content := container.NewVBox(ff.Quote, source, widget.NewSeparator(), form, ff.Problem, ff.Notice, where, buttons)
	ff.Dialog = dialog.NewCustomWithoutButtons(title, content, at.Win)
	ff.Dialog.SetOnClosed(func() {
		if at.Edit == ff {
			at.Edit = nil
		}
	})
	return ff
}

func (ff *figureForm) show() {
	ff.at.Edit = ff
	ff.check()
	ff.Dialog.Resize(fyne.NewSize(560, ff.Dialog.MinSize().Height))
	// Return saves (when Save is enabled), Escape cancels.
	ff.at.showDialog(ff.Dialog, func() {
		if !ff.Save.Disabled() {
			ff.submit()
		}
	}, nil)
	ff.at.Win.Canvas().Focus(ff.Value)
}

// metric is the chosen metric.
func (ff *figureForm) metric() (data.Metric, bool) {
	labels, metrics := metricChoices()
	for i, l := range labels {
		if l == ff.Metric.Selected {
			return metrics[i], true
		}
	}
	return "", false
}

func (ff *figureForm) setMetric(m data.Metric) {
	labels, metrics := metricChoices()
	for i, mm := range metrics {
		if mm == m {
			ff.Metric.SetSelected(labels[i])
		}
	}
}

func (ff *figureForm) metricChanged() {
	if m, ok := ff.metric(); ok {
		ff.Unit.SetText(m.Unit())
		ff.Value.SetPlaceHolder(valuePlaceholders[m.Unit()])
	}
	ff.check()
}

// figure reads the entries, saying what is missing or wrong.
func (ff *figureForm) figure() (data.Figure, error) {
	if ff.Country.Selected == "" {
		return data.Figure{}, errors.New("Choose the country the figure belongs to.")
	}
	m, ok := ff.metric()
	if !ok {
		return data.Figure{}, errors.New("Choose what the figure measures.")
	}
	if strings.TrimSpace(ff.Value.Text) == "" {
		return data.Figure{}, errors.New("Enter the value.")
	}
	v, max, err := data.ParseFigure(m, ff.Value.Text)
	if err != nil {
		return data.Figure{}, fmt.Errorf("Value: %v.", err)
	}
	if strings.TrimSpace(ff.Max.Text) != "" {
		if max != nil {
			return data.Figure{}, errors.New("The value is already a range: leave “Up to” empty.")
		}
		hi, hmax, err := data.ParseFigure(m, ff.Max.Text)
		switch {
		case err != nil:
			return data.Figure{}, fmt.Errorf("Up to: %v.", err)
		case hmax != nil:
			return data.Figure{}, errors.New("Up to: enter one number.")
		case hi < v:
			return data.Figure{}, errors.New("“Up to” must be at least the value.")
		}
		max = &hi
	}
	return data.Figure{Country: ff.Country.Selected, Metric: m, Value: v, Max: max, Note: ff.Note.Text}, nil
}

// check enables Save only for a figure that can be saved and says what stops it.
func (ff *figureForm) check() {
	if ff.Save == nil {
		return // still being built
	}
	fig, err := ff.figure()
	ff.notInQuote(fig, err == nil)
	if err != nil {
		ff.Problem.Show()
		ff.Problem.SetText(err.Error())
		ff.Problem.Importance = widget.DangerImportance
		if strings.HasPrefix(err.Error(), "Choose") || strings.HasPrefix(err.Error(), "Enter") {
			ff.Problem.Importance = widget.LowImportance // not wrong yet, only unfinished
		}
		ff.Problem.Refresh()
		ff.Save.Disable()
		return
	}
	ff.Problem.SetText("")
	ff.Problem.Hide()
	ff.Save.Enable()
}

// notInQuote says, before saving, when the value typed is not one the sentence states:
// it will be saved as the user's own figure, and the figures the sentence does write
// are offered instead.
func (ff *figureForm) notInQuote(fig data.Figure, valid bool) {
	if !valid || ff.stated(fig) {
		ff.Notice.Hide()
		ff.Save.SetText("Save")
		return
	}
	label := data.FormatValue(fig.Metric, fig.Value, fig.Max, 0)
	var written []string
	for _, c := range ff.candidates {
		written = append(written, "“"+c.Text+"”")
	}
	msg := "The sentence does not state " + label + "."
	switch {
	case len(written) > 0 && ff.adding:
		msg += " It writes " + strings.Join(written, ", ") + ": choose one under Figure,"
	case len(written) > 0:
		msg += " It writes " + strings.Join(written, ", ") + ": take one under Stated,"
	default:
		msg += " It writes no figure of this kind: check the sentence,"
	}
	msg += " or save " + label + " as your own figure. It will be marked “" + OwnFigureTag +
		"” wherever it is shown, and this sentence is never given as its source without that mark."
	ff.Notice.SetText(msg)
	ff.Notice.Show()
	ff.Save.SetText("Save as my own figure")
}

// stated reports whether the sentence writes the figure's value (and upper end).
func (ff *figureForm) stated(fig data.Figure) bool {
	same := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b)) }
	for _, c := range ff.candidates {
		if same(c.Value, fig.Value) && (c.Max == nil) == (fig.Max == nil) && (c.Max == nil || same(*c.Max, *fig.Max)) {
			return true
		}
	}
	return false
}

func (ff *figureForm) submit() {
	fig, err := ff.figure()
	if err != nil {
		return
	}
	f, err := ff.save(fig)
	if err != nil {
		var fe *data.FileError
		if errors.As(err, &fe) {
			ff.at.showEditError(fe) // the form stays open: nothing typed is lost
			return
		}
		ff.Problem.Show()
		ff.Problem.SetText(capitalize(err.Error()) + ".")
		ff.Problem.Importance = widget.DangerImportance
		ff.Problem.Refresh()
		return
	}
	ff.Dialog.Hide()
	ff.done(f)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// entryText writes a value the way the entries read it back.
func entryText(m data.Metric, v float64) string {
	if m.Unit() == "year" {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return data.Thousands(v)
}

// ShowCorrect opens the dialog that corrects a figure's country, metric or value.
func (at *Atlas) ShowCorrect(f *data.Fact) {
	a := at.ds.Article(f.Article)
	if f.Derived || len(f.Mentions) == 0 || !at.canEdit(a) {
		return
	}
	ff := at.newFigureForm("Correct a figure", a, f.Mentions[0], false)
	if f.Country != "" {
		ff.Country.SetSelected(f.Country)
	}
	ff.setMetric(f.Metric)
	ff.Value.SetText(entryText(f.Metric, f.Value))
	if f.Max != nil {
		ff.Max.SetText(entryText(f.Metric, *f.Max))
	}
	ff.Note.SetText(f.Note)
	ff.save = func(fig data.Figure) (nf *data.Fact, err error) {
		err = at.edited(f.Article, "the correction of "+f.Label(), nil, func() (err error) {
			nf, err = at.ds.Correct(f, fig)
			return err
		})
		return nf, err
	}
	ff.done = func(nf *data.Fact) { at.afterEdit(nf, "1 correction", a) }
	ff.show()
}

// ShowAddFigure opens the dialog that records a figure stated in a sentence, starting
// from the figures written in it and the countries it names.
func (at *Atlas) ShowAddFigure(article string, sentence data.Span) {
	a := at.ds.Article(article)
	if !at.canEdit(a) {
		return
	}
	ff := at.newFigureForm("Add a figure from this sentence", a,
		data.Mention{Span: sentence, Sentence: sentence, Quote: a.Slice(sentence)}, true)
	ff.span = sentence
	if c, ok := at.likelyCountry(a, sentence); ok {
		ff.Country.SetSelected(c.Name)
	}
	if len(ff.candidates) > 0 {
		ff.Figure.SetSelectedIndex(0)
	}
	ff.save = func(fig data.Figure) (nf *data.Fact, err error) {
		err = at.edited(article, "the added figure", nil, func() (err error) {
			nf, err = at.ds.Add(article, ff.span, fig)
			return err
		})
		return nf, err
	}
	ff.done = func(nf *data.Fact) { at.afterEdit(nf, "1 added figure", a) }
	ff.show()
}

// likelyCountry guesses whose figure a sentence states, as a reader would: the first
// country it names, else its paragraph's, else the last one named before it, else the
// selected country. The user can change it; nothing is saved on a guess.
func (at *Atlas) likelyCountry(a *data.Article, sentence data.Span) (country.Country, bool) {
	if named := at.ds.NamedIn(a.ID, sentence); len(named) > 0 {
		return named[0], true
	}
	if _, bi, ok := a.SentenceAt(sentence.Start); ok {
		if named := at.ds.NamedIn(a.ID, a.Blocks[bi].Span); len(named) > 0 {
			return named[0], true
		}
	}
	if named := at.ds.NamedIn(a.ID, data.Span{Start: 0, End: sentence.Start}); len(named) > 0 {
		return named[len(named)-1], true
	}
	return country.ByISO2(at.selected)
}

// figureChosen starts the entries from a figure written in the sentence.
func (ff *figureForm) figureChosen() {
	i := ff.Figure.SelectedIndex()
	if i < 0 || i >= len(ff.candidates) {
		ff.span = data.Span{} // the whole sentence
		return
	}
	c := ff.candidates[i]
	ff.span = c.Span
	if m, ok := ff.metric(); !ok || !containsMetric(c.Metrics, m) {
		ff.setMetric(c.Metrics[0])
	}
	m, _ := ff.metric()
	ff.Value.SetText(entryText(m, c.Value))
	ff.Max.SetText("")
	if c.Max != nil {
		ff.Max.SetText(entryText(m, *c.Max))
	}
}

func containsMetric(ms []data.Metric, m data.Metric) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// ConfirmReject asks before rejecting a figure, showing what will go.
func (at *Atlas) ConfirmReject(f *data.Fact) {
	a := at.ds.Article(f.Article)
	if f.Derived || !at.canEdit(a) {
		return
	}
	who := f.Country
	if who == "" {
		who = "Unattributed"
	}
	what := widget.NewLabelWithStyle(who+" · "+f.Metric.Label()+": "+f.Label(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	quote := widget.NewLabel("")
	if len(f.Mentions) > 0 {
		quote.SetText("“" + f.Mentions[0].Quote + "”")
	}
	quote.Wrapping = fyne.TextWrapWord
	quote.TextStyle.Italic = true
	after := muted("It will no longer be charted or listed, and is shown struck through in the text. The rejection is saved to "+
		a.CurationPath()+"; Ctrl+Z (Edit → Undo) brings the figure back.",
		theme.SizeNameText, fyne.TextStyle{})
	d, ok := at.newConfirm("Reject this figure?", "Reject", "Cancel", container.NewVBox(what, quote, after),
		func() { at.RejectFact(f) })
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	at.showDialog(d, ok, nil)
}

// RejectFact rejects a figure at once (ConfirmReject asks first).
func (at *Atlas) RejectFact(f *data.Fact) {
	a := at.ds.Article(f.Article)
	if err := at.edited(f.Article, "the rejection of "+f.Label(), nil, func() error { return at.ds.Reject(f) }); err != nil {
		at.showEditError(err)
		return
	}
	at.afterEdit(nil, "1 rejection", a)
}

// canEdit tells the user why an article cannot take edits, offering what can be done.
func (at *Atlas) canEdit(a *data.Article) bool {
	if a == nil {
		return false
	}
	if a.Path == "" {
		at.offerSampleCopy(a)
		return false
	}
	return true
}

// offerSampleCopy explains that the embedded sample has no file to keep edits beside
// and offers to save it as one, which then opens ready to edit.
func (at *Atlas) offerSampleCopy(a *data.Article) {
	msg := widget.NewLabel("Edits are saved in a file beside their article, so the window and the command line " +
		"show the same figures. The sample article is built into the app and has no file.\n\n" +
		"Save a copy of it, and the copy opens ready to edit.")
	msg.Wrapping = fyne.TextWrapWord
	d, ok := at.newConfirm("Save the sample as a file to edit it", "Save a copy…", "Cancel", msg, func() {
		save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			path := w.URI().Path()
			_, werr := w.Write([]byte(a.Text))
			if cerr := w.Close(); werr == nil {
				werr = cerr
			}
			if werr != nil {
				os.Remove(path)
				at.showEditError(&data.FileError{Path: path, Reason: "could not save the copy: " + werr.Error()})
				return
			}
			at.Open([]string{path})
		}, at.Win)
		save.SetFileName(data.Sample)
		save.Show()
	})
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	at.showDialog(d, ok, nil)
}

// showEditError says an edit was not saved: the file and the reason, and that nothing
// changed.
func (at *Atlas) showEditError(err error) {
	var fe *data.FileError
	if !errors.As(err, &fe) {
		at.showError(errors.New(capitalize(err.Error())))
		return
	}
	path := widget.NewLabelWithStyle(fe.Path, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	path.Wrapping = fyne.TextWrapBreak
	reason := widget.NewLabel(capitalize(fe.Reason) + ".")
	reason.Wrapping = fyne.TextWrapWord
	after := muted("Nothing was changed: the figures shown are as they were, and the file as it was.",
		theme.SizeNameText, fyne.TextStyle{})
	d := dialog.NewCustom("Your edit could not be saved", "Close", container.NewVBox(path, reason, after), at.Win)
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	at.showClose(d)
}

// afterEdit shows an edited dataset in every pane, keeping the article, country and
// scroll positions, and says what was saved where.
func (at *Atlas) afterEdit(f *data.Fact, what string, a *data.Article) {
	at.fact = nil
	at.Charts.Table.pick(nil)
	off := at.Profile.Scroll.Offset
	at.Profile.ds, at.Compare.ds = nil, nil // the same dataset, changed: build them again
	at.prebuilt = nil                       // and what was built while it loaded is stale
	at.Countries.refresh()
	at.Charts.reload()
	at.Profile.Scroll.ScrollToOffset(off)
	at.Source.reload()
	if f != nil && f.Attributed() && len(f.Mentions) > 0 {
		at.ShowMention(f, f.Mentions[0])
	}
	at.Review.datasetEdited() // a figure settled anywhere is settled in the queue
	at.updateStatus()
	at.Status.SetText(fmt.Sprintf("Saved %s to %s · %s", what, a.CurationPath(), at.Status.Text))
}

// reload shows the dataset's figures again in the article on screen, where it was.
func (s *sourceView) reload() {
	a := s.article
	if a == nil || s.at.ds.Article(a.ID) != a {
		s.show(s.at.ds)
		return
	}
	off, marked := s.List.GetScrollOffset(), s.marked
	s.showArticle(a)
	s.setMark(marked)
	s.List.ScrollToOffset(off)
}

// showTextMenu is the source text's right-click menu: edits for the figure under the
// pointer, and adding a figure from the sentence under it, which it marks.
func (at *Atlas) showTextMenu(f *data.Fact, off int, pos fyne.Position) {
	a := at.Source.article
	if a == nil {
		return
	}
	var items []*fyne.MenuItem
	if f != nil {
		items = append(items, whyItems(f)...)
	}
	if f != nil && !f.Derived && !f.Planned { // a planned figure is not one the dataset edits
		label := f.Label()
		items = append(items,
			fyne.NewMenuItem("Correct "+label+"…", func() { at.ShowCorrect(f) }),
			fyne.NewMenuItem("Reject "+label+"…", func() { at.ConfirmReject(f) }),
			fyne.NewMenuItemSeparator())
	}
	sent, bi, ok := a.SentenceAt(off)
	add := fyne.NewMenuItem("Add a figure from this sentence…", func() { at.ShowAddFigure(a.ID, sent) })
	if !ok {
		return
	}
	if k := a.Blocks[bi].Kind; k == data.Boilerplate || k == data.Meta {
		add.Label = "No figures from " + k.String() + " text"
		add.Disabled = true
	} else {
		at.Source.setMark(sent)
	}
	items = append(items, add)
	at.TextMenu = fyne.NewMenu("", items...)
	widget.ShowPopUpMenuAtPosition(at.TextMenu, at.Win.Canvas(), pos)
}
