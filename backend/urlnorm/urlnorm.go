// Package urlnorm validates the links a person gives Linksnap and reduces
// each to a normal form, so that the same page added twice is noticed.
package urlnorm

import (
	"errors"
	"net"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/idna"

	"linksnap/backend/apperr"
)

// MaxLength is the longest URL accepted, in bytes. Real links are far
// shorter; anything longer is almost always pasted data, not an address.
const MaxLength = 8192

// Error codes, translated by the frontend under "errors.".
const (
	CodeEmpty     = "url.empty"
	CodeTooLong   = "url.too_long"
	CodeScheme    = "url.scheme"
	CodeMalformed = "url.malformed"
	CodeNoHost    = "url.no_host"
)

// Link is a validated URL: the text as the person gave it (with https://
// added when they left the scheme out), its normal
// form for duplicate detection, and the domain it belongs to.
type Link struct {
	Original   string
	Normalized string
	Domain     string
}

// Parse validates raw and returns its normal form. A bare host such as
// "example.com/docs" is taken as https, as a browser's address bar does.
func Parse(raw string) (Link, error) {
	text := strings.TrimSpace(raw)
	if err := checkText(text); err != nil {
		return Link{}, err
	}
	text = withScheme(text)
	u, err := url.Parse(text)
	if err != nil {
		return Link{}, apperr.New(CodeMalformed, text)
	}
	if err := checkURL(u, text); err != nil {
		return Link{}, err
	}
	if err := normalize(u); err != nil {
		return Link{}, apperr.New(CodeMalformed, text)
	}
	normal := u.String()
	if len(normal) > MaxLength {
		return Link{}, apperr.New(CodeTooLong, text[:64]+"…")
	}
	return Link{Original: text, Normalized: normal, Domain: Domain(u.Hostname())}, nil
}

func checkText(text string) error {
	switch {
	case text == "":
		return apperr.New(CodeEmpty, "")
	case len(text) > MaxLength:
		return apperr.New(CodeTooLong, text[:64]+"…")
	case strings.ContainsAny(text, " \t\r\n\x00"):
		return apperr.New(CodeMalformed, text)
	}
	return nil
}

// withScheme adds https:// to text that has no scheme but looks like a
// host name ("example.com", "example.com:8080/a"), and leaves the rest.
func withScheme(text string) string {
	if i := strings.Index(text, "://"); i > 0 {
		return text
	}
	host := text
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if strings.Contains(host, ".") && !strings.Contains(host, ":") {
		return "https://" + text
	}
	return text
}

func checkURL(u *url.URL, text string) error {
	scheme := strings.ToLower(u.Scheme)
	if scheme == "" {
		return apperr.New(CodeMalformed, text)
	}
	if scheme != "http" && scheme != "https" {
		return apperr.New(CodeScheme, scheme)
	}
	if u.Opaque != "" || u.Host == "" || u.Hostname() == "" {
		return apperr.New(CodeNoHost, text)
	}
	if port := u.Port(); port != "" && !validPort(port) {
		return apperr.New(CodeMalformed, text)
	}
	return nil
}

func validPort(port string) bool {
	if len(port) > 5 {
		return false
	}
	n := 0
	for _, c := range port {
		n = n*10 + int(c-'0')
	}
	return n > 0 && n < 65536
}

// normalize rewrites u in place to its normal form.
func normalize(u *url.URL) error {
	u.Scheme = strings.ToLower(u.Scheme)
	host, err := normalHost(u.Hostname())
	if err != nil {
		return err
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	u.Host = joinHostPort(host, port)
	if u.Path == "" {
		u.Path = "/"
	}
	u.RawQuery = normalQuery(u.RawQuery)
	u.ForceQuery = false
	if !isRouteFragment(u.Fragment) {
		u.Fragment, u.RawFragment = "", ""
	}
	return nil
}

// hostProfile maps host names as browsers do, and refuses labels longer
// than DNS allows, which would otherwise not survive a second pass.
var hostProfile = idna.New(idna.MapForLookup(), idna.BidiRule(),
	idna.VerifyDNSLength(true))

func normalHost(host string) (string, error) {
	host = strings.ToLower(host)
	if net.ParseIP(host) != nil {
		return host, nil
	}
	ascii, err := hostProfile.ToASCII(host)
	if err != nil {
		return "", err
	}
	ascii = strings.TrimSuffix(ascii, ".")
	for _, label := range strings.Split(ascii, ".") {
		if label == "" {
			return "", errors.New("empty label in host")
		}
	}
	return ascii, nil
}

func joinHostPort(host, port string) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port == "" {
		return host
	}
	return host + ":" + port
}

// isRouteFragment reports whether a fragment selects a page in a
// single-page app ("#/settings", "#!/post/1") rather than a place on the
// page; such fragments name different content and are kept.
func isRouteFragment(fragment string) bool {
	return strings.HasPrefix(fragment, "/") || strings.HasPrefix(fragment, "!")
}

// normalQuery drops tracking parameters and sorts the rest by key, keeping
// the order of repeated keys, which some sites give meaning to.
func normalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	parts := strings.Split(raw, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" || isTracking(queryKey(p)) {
			continue
		}
		kept = append(kept, p)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		return queryKey(kept[i]) < queryKey(kept[j])
	})
	return strings.Join(kept, "&")
}

func queryKey(pair string) string {
	key, _, _ := strings.Cut(pair, "=")
	if k, err := url.QueryUnescape(key); err == nil {
		return k
	}
	return key
}

// Domain returns the host a link is filed under: lower case, without a
// leading "www.".
func Domain(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return strings.TrimPrefix(host, "www.")
}
