package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"cryptoatlas/data"
	"cryptoatlas/data/fetch"
)

// webOptions are the window's limits on a fetch: the defaults (15 s, 5 MB), which
// tests shorten.
var webOptions fetch.Options

// webAddressForm is the Open Web Address dialog: tests fill Address and press Return.
type webAddressForm struct {
	Address *dialogEntry
}

// webFetch is a page being fetched into the library, with its progress dialog.
type webFetch struct {
	Address string
	Cancel  *dialogButton // closes the progress dialog and stops the fetch
	Path    string        // the saved record, once saved
	done    chan struct{} // closed once the window shows how the fetch ended
	closed  bool          // the progress dialog is closed (by Cancel, or at the end)
}

// ShowOpenWebAddress asks for a web address (one on the clipboard is offered) and
// fetches it into the library.
func (at *Atlas) ShowOpenWebAddress() {
	f := &webAddressForm{Address: at.newDialogEntry()}
	f.Address.SetPlaceHolder("https://…")
	f.Address.SetText(at.clipboardAddress())
	note := widget.NewLabel("Only the page is fetched (no images, scripts or frames). " +
		"Its article is kept in your library with the page as fetched, and opened.")
	note.Wrapping = fyne.TextWrapWord
	d, ok := at.newConfirm("Open web address", "Fetch", "Cancel", container.NewVBox(f.Address, note), func() {
		at.FetchAddress(f.Address.Text)
	})
	d.SetOnClosed(func() {
		if at.OpenWeb == f {
			at.OpenWeb = nil
		}
	})
	d.Resize(fyne.NewSize(520, 0))
	at.OpenWeb = f
	at.showDialog(d, ok, nil)
	at.Win.Canvas().Focus(f.Address)
}

// isWebAddress says whether s is an http or https address.
func isWebAddress(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// clipboardAddress is the web address the clipboard holds, alone; else "".
func (at *Atlas) clipboardAddress() string {
	if s := strings.TrimSpace(at.App.Clipboard().Content()); isWebAddress(s) && !strings.ContainsAny(s, " \t\r\n") {
		return s
	}
	return ""
}

// pasteOnWindow is Ctrl+V when no text field has the keyboard (a focused entry takes its
// own paste first): the web address on the clipboard is opened as File → Open Web
// Address opens one. Under a dialog or a menu it does nothing.
func (at *Atlas) pasteOnWindow() {
	if at.Win.Canvas().Overlays().Top() != nil {
		return
	}
	if a := at.clipboardAddress(); a != "" {
		at.FetchAddress(a)
		return
	}
	at.Status.SetText("Ctrl+V here opens a web address, and the clipboard holds none; " +
		"Edit → Paste as Article… (Ctrl+Shift+V) makes an article of text.")
}

// FetchAddress fetches the page at address off the UI goroutine, with a progress dialog
// whose Cancel stops it, saves its article in the library and opens it. A failure is
// shown in a dialog naming the address and the reason.
func (at *Atlas) FetchAddress(address string) {
	address = strings.TrimSpace(address)
	if _, err := fetch.ParseAddress(address); err != nil {
		at.showFetchError(err)
		return
	}
	lib, err := data.OpenLibrary()
	if err != nil {
		at.showError(err)
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	wf := &webFetch{Address: address, done: make(chan struct{})}
	label := widget.NewLabel("Fetching " + address + " …")
	label.Truncation = fyne.TextTruncateEllipsis
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons("Open web address", container.NewVBox(label, bar), at.Win)
	wf.Cancel = at.newDialogButton("Cancel", theme.CancelIcon(), d.Hide)
	d.SetButtons([]fyne.CanvasObject{wf.Cancel})
	d.SetOnClosed(func() {
		wf.closed = true
		bar.Stop()
		stop()
	})
	d.Resize(fyne.NewSize(480, 0))
	at.Fetching = wf
	at.showDialog(d, nil, nil)
	at.Status.SetText("Fetching " + address + " …")

	go func() {
		path, err := fetch.Save(ctx, lib, address, webOptions)
		fyne.Do(func() {
			defer close(wf.done)
			cancelled := wf.closed
			if !wf.closed {
				d.Hide()
			}
			switch {
			case err != nil && cancelled:
				at.updateStatus()
				at.Status.SetText(at.Status.Text + " · fetching cancelled")
			case err != nil:
				at.updateStatus()
				at.showFetchError(err)
			default:
				wf.Path = path
				at.Open([]string{path})
			}
		})
	}()
}

// showFetchError shows why a fetch failed. The message starts with words, not the
// address: the error dialog capitalises its first letter ("Http://…").
func (at *Atlas) showFetchError(err error) {
	at.showError(fmt.Errorf("could not fetch %w", err))
}

// droppedAddresses keeps the web addresses among dropped items.
func droppedAddresses(uris []fyne.URI) []string {
	var out []string
	for _, u := range uris {
		if u != nil && (u.Scheme() == "http" || u.Scheme() == "https") {
			out = append(out, u.String())
		}
	}
	return out
}
