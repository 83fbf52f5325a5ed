package capture

import (
	"errors"
	"fmt"
	"strings"
)

// Error is a capture failure of one kind. Each kind has a stable Code that
// the UI translates; the message is the English fallback.
type Error struct {
	code string
	msg  string
}

// Error returns the English message.
func (e *Error) Error() string { return e.msg }

// Code returns the stable identifier of the kind, such as "capture.dns".
func (e *Error) Code() string { return e.code }

// The kinds of capture failure. Compare with errors.Is.
var (
	ErrBrowserMissing   = &Error{"capture.browser_missing", "capture: no Chrome, Chromium or Edge found; install Chromium (Debian/Ubuntu: apt install chromium) or Google Chrome, or set the browser path in settings"}
	ErrBrowserStart     = &Error{"capture.browser_start", "capture: the browser did not start"}
	ErrInvalidURL       = &Error{"capture.invalid_url", "capture: the address is not an http or https URL"}
	ErrDNS              = &Error{"capture.dns", "capture: cannot resolve the host name"}
	ErrConnRefused      = &Error{"capture.conn_refused", "capture: the server refused the connection"}
	ErrConnFailed       = &Error{"capture.conn_failed", "capture: the connection failed"}
	ErrTLS              = &Error{"capture.tls", "capture: the secure connection failed (TLS or certificate error)"}
	ErrTimeout          = &Error{"capture.timeout", "capture: the page did not respond in time"}
	ErrTooManyRedirects = &Error{"capture.too_many_redirects", "capture: too many redirects"}
	ErrRendererCrashed  = &Error{"capture.renderer_crashed", "capture: the page crashed the browser tab"}
	ErrBrowserCrashed   = &Error{"capture.browser_crashed", "capture: the browser stopped while capturing"}
	ErrDownload         = &Error{"capture.download", "capture: the link starts a download, which is not kept"}
	ErrNavigation       = &Error{"capture.navigation", "capture: the page could not be loaded"}
	ErrClosed           = &Error{"capture.closed", "capture: the engine is closed"}
)

// HTTPError reports a page that answered with a 4xx or 5xx status.
//
// Such a capture is not thrown away: the error page is captured like any
// other page, its files stay in the output folder, and Capture returns both
// the Result and an *HTTPError, so that a queue can show "failed: HTTP 404"
// while the person can still see what the server answered.
type HTTPError struct {
	Status int
	Text   string
}

// Error returns a message such as "capture: HTTP 404 Not Found".
func (e *HTTPError) Error() string {
	return strings.TrimSpace(fmt.Sprintf("capture: HTTP %d %s", e.Status, e.Text))
}

// Code returns "capture.http_4xx" or "capture.http_5xx".
func (e *HTTPError) Code() string {
	if e.Status >= 500 {
		return "capture.http_5xx"
	}
	return "capture.http_4xx"
}

// netErrors maps Chrome's net::ERR_* names to kinds. This is the boundary
// where matching text is unavoidable: the protocol reports them as text.
var netErrors = map[string]*Error{
	"ERR_NAME_NOT_RESOLVED":              ErrDNS,
	"ERR_NAME_RESOLUTION_FAILED":         ErrDNS,
	"ERR_CONNECTION_REFUSED":             ErrConnRefused,
	"ERR_CONNECTION_RESET":               ErrConnFailed,
	"ERR_CONNECTION_CLOSED":              ErrConnFailed,
	"ERR_CONNECTION_FAILED":              ErrConnFailed,
	"ERR_EMPTY_RESPONSE":                 ErrConnFailed,
	"ERR_ADDRESS_UNREACHABLE":            ErrConnFailed,
	"ERR_INTERNET_DISCONNECTED":          ErrConnFailed,
	"ERR_CONNECTION_TIMED_OUT":           ErrTimeout,
	"ERR_TIMED_OUT":                      ErrTimeout,
	"ERR_TOO_MANY_REDIRECTS":             ErrTooManyRedirects,
	"ERR_CERT_AUTHORITY_INVALID":         ErrTLS,
	"ERR_CERT_COMMON_NAME_INVALID":       ErrTLS,
	"ERR_CERT_DATE_INVALID":              ErrTLS,
	"ERR_SSL_PROTOCOL_ERROR":             ErrTLS,
	"ERR_SSL_VERSION_OR_CIPHER_MISMATCH": ErrTLS,
	"ERR_BAD_SSL_CLIENT_AUTH_CERT":       ErrTLS,
	"ERR_ABORTED":                        ErrDownload,
}

// netError turns the errorText of Page.navigate into a typed error that
// still carries Chrome's own text as detail.
func netError(text string) error {
	name := strings.TrimPrefix(strings.TrimSpace(text), "net::")
	kind, ok := netErrors[name]
	if !ok && (strings.HasPrefix(name, "ERR_CERT_") || strings.HasPrefix(name, "ERR_SSL_")) {
		kind, ok = ErrTLS, true
	}
	if !ok {
		kind = ErrNavigation
	}
	return fmt.Errorf("%w (%s)", kind, text)
}

// Code returns the stable code of a capture error, or "capture.failed" when
// err carries none.
func Code(err error) string {
	var c interface{ Code() string }
	if errors.As(err, &c) {
		return c.Code()
	}
	return "capture.failed"
}
