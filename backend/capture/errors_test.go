package capture

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"linksnap/backend/capture/testsite"
)

func TestRedirectChain(t *testing.T) {
	t.Parallel()
	res, _ := mustCapture(t, "redirect/3")
	if !strings.HasSuffix(res.Meta.FinalURL, "/article.html") || len(res.Meta.Redirects) != 4 {
		t.Errorf("final %s, redirects %v", res.Meta.FinalURL, res.Meta.Redirects)
	}
}

func TestTooManyRedirects(t *testing.T) {
	t.Parallel()
	_, dir, err := captureTo(t, testEngine, context.Background(), site.URL("redirect/40"))
	if !errors.Is(err, ErrTooManyRedirects) || Code(err) != "capture.too_many_redirects" {
		t.Fatalf("err = %v", err)
	}
	assertNothingLeft(t, dir)
}

func TestHTTPErrorStatusKeepsFiles(t *testing.T) {
	t.Parallel()
	for _, code := range []int{404, 500} {
		res, dir, err := captureTo(t, testEngine, context.Background(), site.URL("status/"+itoa(code)))
		var he *HTTPError
		if !errors.As(err, &he) || he.Status != code || res == nil {
			t.Fatalf("status %d: err = %v", code, err)
		}
		if want := map[int]string{404: "capture.http_4xx", 500: "capture.http_5xx"}[code]; Code(err) != want {
			t.Errorf("code %s", Code(err))
		}
		if !strings.Contains(readFile(t, dir, "page.html"), "Status "+itoa(code)+" page") {
			t.Errorf("error page %d not kept", code)
		}
	}
}

func TestConnectionRefused(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/"
	l.Close()
	_, dir, err := captureTo(t, testEngine, context.Background(), closed)
	if !errors.Is(err, ErrConnRefused) || Code(err) != "capture.conn_refused" {
		t.Fatalf("err = %v", err)
	}
	assertNothingLeft(t, dir)
}

func TestDirectPDF(t *testing.T) {
	t.Parallel()
	res, dir := mustCapture(t, "doc.pdf")
	if got := readFile(t, dir, "original.pdf"); got != string(testsite.MinimalPDF()) {
		t.Errorf("original.pdf is not the served bytes (%d bytes)", len(got))
	}
	if res.Meta.ContentType != "application/pdf" {
		t.Errorf("content type %q", res.Meta.ContentType)
	}
}

func TestDirectImage(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "image.png")
	resp, err := http.Get(site.URL("image.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	want, _ := io.ReadAll(resp.Body)
	if got := readFile(t, dir, "original.png"); got != string(want) {
		t.Error("original.png is not the served bytes")
	}
}

func TestNeverFinishingPageIsPartial(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Second)
	defer cancel()
	t0 := time.Now()
	res, dir, err := captureTo(t, testEngine, ctx, site.URL("never.html"))
	if err != nil {
		t.Fatalf("err = %v", err)
	}
	if res.Status != StatusPartial || time.Since(t0) > 8*time.Second {
		t.Errorf("status %s after %s, lost %+v", res.Status, time.Since(t0), res.Lost)
	}
	if !strings.Contains(readFile(t, dir, "text.txt"), "Still loading forever") {
		t.Error("partial capture lost the text")
	}
}

func TestDialogsDoNotBlock(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "alert.html")
	if !strings.Contains(readFile(t, dir, "text.txt"), "After the dialogs") {
		t.Error("page after the dialogs not captured")
	}
	if !strings.Contains(readFile(t, dir, "capture.log"), "dialog answered") {
		t.Error("dialogs not logged")
	}
}

func TestRendererCrash(t *testing.T) {
	t.Parallel()
	_, dir, err := captureTo(t, testEngine, context.Background(), site.URL("crash.html"))
	if !errors.Is(err, ErrRendererCrashed) || Code(err) != "capture.renderer_crashed" {
		t.Fatalf("err = %v", err)
	}
	assertNothingLeft(t, dir)
	mustCapture(t, "zh.html") // the engine still works
}

func TestCancelLeavesNothing(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(1500*time.Millisecond, cancel)
	_, dir, err := captureTo(t, testEngine, ctx, site.URL("never.html"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	assertNothingLeft(t, dir)
}

func TestInvalidURLAndMissingBrowser(t *testing.T) {
	t.Parallel()
	if _, _, err := captureTo(t, testEngine, context.Background(), "ftp://example.org/x"); !errors.Is(err, ErrInvalidURL) {
		t.Errorf("ftp: err = %v", err)
	}
	e := New(Options{BrowserPath: filepath.Join(t.TempDir(), "no-chrome")})
	defer e.Close()
	_, dir, err := captureTo(t, e, context.Background(), site.URL("zh.html"))
	if !errors.Is(err, ErrBrowserMissing) || !strings.Contains(err.Error(), "install") {
		t.Fatalf("err = %v", err)
	}
	assertNothingLeft(t, dir)
}

func TestNetErrorMapping(t *testing.T) {
	t.Parallel()
	cases := map[string]error{
		"net::ERR_NAME_NOT_RESOLVED":      ErrDNS,
		"net::ERR_CONNECTION_REFUSED":     ErrConnRefused,
		"net::ERR_CERT_AUTHORITY_INVALID": ErrTLS,
		"net::ERR_SSL_WEIRD_NEW_ERROR":    ErrTLS,
		"net::ERR_TOO_MANY_REDIRECTS":     ErrTooManyRedirects,
		"net::ERR_TIMED_OUT":              ErrTimeout,
		"net::ERR_SOMETHING_ELSE":         ErrNavigation,
	}
	for text, want := range cases {
		if err := netError(text); !errors.Is(err, want) || !strings.Contains(err.Error(), text) {
			t.Errorf("%s -> %v", text, err)
		}
	}
}

// assertNothingLeft checks that a failed capture left no folder, not even
// a temporary one.
func assertNothingLeft(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("%s exists after a failed capture", dir)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".snap.part-*"))
	if len(left) > 0 {
		t.Errorf("temporary folders left: %v", left)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestIsImage(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	ico := []byte("\x00\x00\x01\x00\x01\x00\x10\x10")
	tests := []struct {
		data []byte
		typ  string
		want bool
	}{
		{png, "image/png", true},
		{ico, "", true},
		{[]byte(`<svg xmlns="http://www.w3.org/2000/svg"></svg>`), "image/svg+xml", true},
		{[]byte("<!doctype html><title>404</title>"), "text/html", false},
		{[]byte("<!doctype html><title>404</title>"), "image/x-icon", false},
		{nil, "image/png", false},
	}
	for _, tt := range tests {
		if got := isImage(tt.data, tt.typ); got != tt.want {
			t.Errorf("isImage(%q, %q) = %v", tt.data, tt.typ, got)
		}
	}
}
