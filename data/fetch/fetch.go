// Package fetch brings web pages into the library: one address at a time, over http or
// https, within a time limit and a size cap, following at most five redirects, and
// accepting only HTML or plain text, or an RSS or Atom feed whose items' pages it
// fetches by the same rules (feed.go). It fetches the page it is given and nothing the
// page refers to (no images, scripts, styles or frames). It never imports Fyne, so the
// command line and the window share it.
package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/html/charset"
)

// The limits of DESIGN.md and issue 18.
const (
	DefaultTimeout  = 15 * time.Second
	DefaultMaxBytes = 5 << 20
	MaxRedirects    = 5
)

// Options are the limits of a fetch; zero values take the defaults.
type Options struct {
	Timeout  time.Duration // for the whole fetch, redirects and body included
	MaxBytes int64         // the most a page may weigh
	// Transport sends the requests; nil for http.DefaultTransport's settings.
	Transport http.RoundTripper
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Page is one fetched page.
type Page struct {
	Address string    // as asked for
	URL     string    // where the page was found, after redirects
	Format  string    // "html", "txt", or "feed" (an RSS, Atom or JSON feed: feed.go)
	Body    []byte    // UTF-8: a page in another declared charset is converted
	Fetched time.Time // when the answer came
}

// Error is a fetch that failed: the address asked for and why, in words.
type Error struct {
	Address string
	Reason  string
	Err     error // the underlying error, when there is one
}

func (e *Error) Error() string { return e.Address + ": " + e.Reason }
func (e *Error) Unwrap() error { return e.Err }

// accepted are the media types read as articles, with the format each is read as.
var accepted = map[string]string{
	"text/html":             "html",
	"application/xhtml+xml": "html",
	"text/plain":            "txt",
	// Feeds (feed.go): their items' pages are fetched, one by one, with these same rules.
	"application/rss+xml":   "feed",
	"application/atom+xml":  "feed",
	"application/rdf+xml":   "feed",
	"application/feed+json": "feed",
	"application/xml":       "feed",
	"text/xml":              "feed",
}

// ParseAddress reads an address a person typed: surrounding space is dropped and one
// without a scheme ("example.com/news") is taken as https. Only http and https
// addresses with a host are accepted.
func ParseAddress(address string) (*url.URL, error) {
	s := strings.TrimSpace(address)
	if s == "" {
		return nil, &Error{Address: address, Reason: "no address given"}
	}
	if !strings.Contains(s, "://") && !hasScheme(s) {
		s = "https://" + strings.TrimPrefix(s, "//")
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, &Error{Address: s, Reason: "not a web address", Err: err}
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return nil, &Error{Address: s, Reason: fmt.Sprintf("only http and https addresses are fetched, not %s:", u.Scheme)}
	}
	if u.Hostname() == "" {
		return nil, &Error{Address: s, Reason: "no host in the address"}
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// hasScheme says whether s, with no "://", starts with a scheme ("mailto:", "data:"),
// rather than a host and port ("localhost:8080/news").
func hasScheme(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 || strings.ContainsAny(s[:i], "/.") {
		return false
	}
	rest := s[i+1:]
	return rest == "" || rest[0] < '0' || rest[0] > '9'
}

// Get fetches the page at address. Errors are *Error, naming the address and saying why
// (offline, refused, too slow, too large, not a page).
func Get(ctx context.Context, address string, o Options) (*Page, error) {
	u, err := ParseAddress(address)
	if err != nil {
		return nil, err
	}
	addr := u.String()
	fail := func(reason string, err error) (*Page, error) {
		return nil, &Error{Address: addr, Reason: reason, Err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, o.timeout())
	defer cancel()
	client := &http.Client{
		Transport:     o.Transport,
		CheckRedirect: checkRedirect,
		Jar:           nil, // no cookies are kept between fetches
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, addr, nil)
	if err != nil {
		return fail("not a web address", err)
	}
	req.Header.Set("User-Agent", "CryptoAtlas/1 (reads one article page; fetches nothing it links to)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,application/rss+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return fail(reason(ctx, err, o), err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fail(statusReason(resp, final, addr), nil)
	}
	media, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	media = strings.ToLower(media)
	format, ok := accepted[media]
	if !ok && media != "" {
		return fail(fmt.Sprintf("not a web page or text but %s; only HTML and plain text are read", media), nil)
	}
	max := o.maxBytes()
	if resp.ContentLength > max {
		return fail(fmt.Sprintf("the page is %s, larger than the %s a page may be", size(resp.ContentLength), size(max)), nil)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return fail(reason(ctx, err, o), err)
	}
	if int64(len(body)) > max {
		return fail(fmt.Sprintf("the page is larger than the %s a page may be", size(max)), nil)
	}
	if !ok { // no Content-Type: read it only if its bytes are a page or text
		sniffed, _, _ := mime.ParseMediaType(http.DetectContentType(body))
		if format, ok = accepted[sniffed]; !ok {
			return fail(fmt.Sprintf("not a web page or text (it looks like %s); only HTML and plain text are read", sniffed), nil)
		}
	}
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
		if body, err = toUTF8(body, cs); err != nil {
			return fail(err.Error(), err)
		}
	}
	if format, err = feedOrPage(format, media, body); err != nil {
		return fail(err.Error(), err)
	}
	return &Page{Address: addr, URL: final, Format: format, Body: body, Fetched: time.Now()}, nil
}

// toUTF8 converts a page its server says is in another charset.
func toUTF8(b []byte, cs string) ([]byte, error) {
	enc, name := charset.Lookup(cs)
	if enc == nil {
		return nil, fmt.Errorf("the page is in %q, a character set not known here", cs)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("the page is not valid %s text", name)
	}
	return out, nil
}

// checkRedirect follows at most MaxRedirects redirects, to http or https only, and never
// back to an address already visited.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("more than %d redirects", MaxRedirects)
	}
	switch req.URL.Scheme {
	case "http", "https":
	default:
		return fmt.Errorf("a redirect to a %s: address, which is not fetched", req.URL.Scheme)
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("a redirect loop (back to %s)", req.URL)
		}
	}
	return nil
}

// reason says in words why a request failed.
func reason(ctx context.Context, err error, o Options) string {
	var (
		dnsErr  *net.DNSError
		certErr *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		host    x509.HostnameError
		urlErr  *url.Error
	)
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("no answer within %s (the site is slow or unreachable)", seconds(o.timeout()))
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.As(err, &dnsErr):
		if dnsErr.IsNotFound {
			return fmt.Sprintf("no such host %q", dnsErr.Name)
		}
		return fmt.Sprintf("cannot look up %q: offline, or no name server answers", dnsErr.Name)
	case errors.Is(err, syscall.ECONNREFUSED):
		return "the server refused the connection"
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return "the network is unreachable (offline?)"
	case errors.Is(err, syscall.ECONNRESET):
		return "the server closed the connection"
	case errors.As(err, &certErr), errors.As(err, &unknown), errors.As(err, &host):
		return "the site's certificate is not valid for it; not fetched"
	case errors.As(err, &urlErr) && urlErr.Err != nil && !isNet(urlErr.Err):
		// A redirect refused by checkRedirect: its words are the reason.
		return urlErr.Err.Error()
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		return "cannot connect: " + opErr.Err.Error()
	}
	return err.Error()
}

func isNet(err error) bool {
	var opErr *net.OpError
	return errors.As(err, &opErr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

func statusReason(resp *http.Response, final, addr string) string {
	s := fmt.Sprintf("the server answered %s", resp.Status)
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		s += " (no page at this address)"
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		s += " (the site refuses to give this page)"
	case resp.StatusCode == http.StatusTooManyRequests:
		s += " (asked too often; try later)"
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		s += " (a redirect without a new address)"
	}
	if final != addr {
		s += " at " + final
	}
	return s
}

func seconds(d time.Duration) string {
	if d >= time.Second && d%time.Second == 0 {
		return fmt.Sprintf("%d s", d/time.Second)
	}
	return d.String()
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
