package data

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// FeedsFile names the list of a library's feeds, kept in its folder so the window's
// Refresh Feeds and `cryptoatlas fetch --feeds` share it. It is OPML, the format feed
// readers import and export, and never loaded as an article.
const FeedsFile = "feeds.opml"

// maxFeedsFile bounds the list read: thousands of feeds, far above any real one.
const maxFeedsFile = 1 << 20

type opml struct {
	XMLName xml.Name  `xml:"opml"`
	Version string    `xml:"version,attr"`
	Title   string    `xml:"head>title"`
	Body    []outline `xml:"body>outline"`
}

type outline struct {
	Type     string    `xml:"type,attr,omitempty"`
	Text     string    `xml:"text,attr"`
	XMLURL   string    `xml:"xmlUrl,attr,omitempty"`
	Children []outline `xml:"outline"`
}

// FeedsPath returns where the library's list of feeds is kept.
func (l Library) FeedsPath() string { return filepath.Join(l.Dir, FeedsFile) }

// Feeds returns the addresses of the feeds remembered in the library, oldest first;
// none when there is no list yet. Outlines nested in folders (as a feed reader exports
// them) are read too. A list that cannot be read is an error naming it.
func (l Library) Feeds() ([]string, error) {
	p := l.FeedsPath()
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %s", p, reason(err))
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFeedsFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %s", p, reason(err))
	}
	if len(b) > maxFeedsFile {
		return nil, fmt.Errorf("%s: over %d MB, not a list of feeds", p, maxFeedsFile>>20)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, nil
	}
	var doc opml
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: not an OPML list of feeds (%v)", p, err)
	}
	var out []string
	seen := map[string]bool{}
	var walk func([]outline)
	walk = func(items []outline) {
		for _, o := range items {
			if o.XMLURL != "" && !seen[o.XMLURL] {
				seen[o.XMLURL] = true
				out = append(out, o.XMLURL)
			}
			walk(o.Children)
		}
	}
	walk(doc.Body)
	return out, nil
}

// RememberFeeds adds to the library's list the feeds not yet on it, after those that
// are; the list is written only when it changes.
func (l Library) RememberFeeds(addresses ...string) error {
	known, err := l.Feeds()
	if err != nil {
		return err
	}
	all := append([]string{}, known...)
	seen := map[string]bool{}
	for _, a := range known {
		seen[a] = true
	}
	for _, a := range addresses {
		if a != "" && !seen[a] {
			seen[a] = true
			all = append(all, a)
		}
	}
	if len(all) == len(known) {
		return nil
	}
	doc := opml{Version: "2.0", Title: "Crypto Atlas feeds"}
	for _, a := range all {
		doc.Body = append(doc.Body, outline{Type: "rss", Text: a, XMLURL: a})
	}
	if err := os.MkdirAll(l.Dir, 0o755); err != nil {
		return fmt.Errorf("%s: %s", l.Dir, reason(err))
	}
	return WriteFileAtomic(l.FeedsPath(), func(w io.Writer) error {
		if _, err := io.WriteString(w, xml.Header); err != nil {
			return err
		}
		enc := xml.NewEncoder(w)
		enc.Indent("", "  ")
		if err := enc.Encode(doc); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	})
}

// CarryFeeds adds the feeds remembered in the library folder from to the list of the
// library folder to, when the user moves the library: the articles stay where they are,
// and the subscriptions follow. Feeds already on the new list are kept, nothing is
// removed from either folder, and it returns how many feeds were added.
func CarryFeeds(from, to string) (int, error) {
	old, err := Library{Dir: from}.Feeds()
	if err != nil || len(old) == 0 {
		return 0, err
	}
	dst := Library{Dir: to}
	before, err := dst.Feeds()
	if err != nil {
		return 0, err
	}
	if err := dst.RememberFeeds(old...); err != nil {
		return 0, err
	}
	after, err := dst.Feeds()
	return len(after) - len(before), err
}
