package capture

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"linksnap/backend/capture/testsite"
)

// The engine and the site every test shares: one browser per package.
var (
	testEngine *Engine
	site       *testsite.Site
)

func TestMain(m *testing.M) {
	if _, err := FindBrowser(""); err != nil {
		fmt.Fprintln(os.Stderr, "capture tests need Chromium:", err)
		os.Exit(1)
	}
	site = testsite.Start()
	level := slog.LevelWarn
	if os.Getenv("CAPTURE_DEBUG") != "" {
		level = slog.LevelDebug
	}
	testEngine = New(Options{
		Tabs: 4, Timeout: 30 * time.Second,
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})),
	})
	testEngine.afterLoad = crashHook
	code := m.Run()
	testEngine.Close()
	site.Close()
	os.Exit(code)
}

// crashHook crashes the renderer of crash.html right after it loaded, as
// a page that exhausts its renderer would.
func crashHook(ctx context.Context, rawURL string) {
	if strings.HasSuffix(rawURL, "/crash.html") {
		go chromedp.Call(ctx, page.Crash, cdp.Empty{})
		time.Sleep(500 * time.Millisecond)
	}
}

// captureTo captures path from the test site into a new folder.
func captureTo(t *testing.T, e *Engine, ctx context.Context, rawURL string) (*Result, string, error) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "snap")
	res, err := e.Capture(ctx, rawURL, dir, nil)
	return res, dir, err
}

// mustCapture captures a test page and fails the test on any error.
func mustCapture(t *testing.T, page string) (*Result, string) {
	t.Helper()
	res, dir, err := captureTo(t, testEngine, context.Background(), site.URL(page))
	if err != nil {
		t.Fatalf("capture %s: %v", page, err)
	}
	return res, dir
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return string(data)
}
