package capture

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// offline opens dir/page.html from disk in a fresh tab, as a person would
// years later, and returns every non-data URL it requested together with
// the JSON value of expr evaluated in the page.
func offline(t *testing.T, dir, expr string, out any) []string {
	t.Helper()
	b, err := testEngine.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer testEngine.release(b)
	file := (&url.URL{Scheme: "file", Path: filepath.Join(dir, "page.html")}).String()
	var mu sync.Mutex
	var requests []string
	tab, cancel := chromedp.NewContext(b.ctx, chromedp.WithListener(func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			u := ev.Request.URL
			if !strings.HasPrefix(u, "data:") && u != file {
				mu.Lock()
				requests = append(requests, u)
				mu.Unlock()
			}
		}
	}))
	defer cancel()
	ctx, stop := context.WithTimeout(tab, 15*time.Second)
	defer stop()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(viewportWidth, viewportHeight), chromedp.Navigate(file)); err != nil {
		t.Fatalf("open offline: %v", err)
	}
	time.Sleep(300 * time.Millisecond)
	if expr != "" {
		raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("offline eval: %v", err)
		}
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("offline result %s: %v", raw, err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	return append([]string(nil), requests...)
}

// noRequests fails when the offline page requested anything.
func noRequests(t *testing.T, reqs []string) {
	t.Helper()
	if len(reqs) > 0 {
		t.Errorf("offline page.html made %d network requests: %v", len(reqs), reqs)
	}
}

// TestOfflineCheckSeesRequests proves that offline notices a request, so
// that the zero-request checks above can fail.
func TestOfflineCheckSeesRequests(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	page := `<!DOCTYPE html><img src="` + site.URL("img/10x10-000000.png") + `">`
	if err := os.WriteFile(filepath.Join(dir, "page.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if reqs := offline(t, dir, "", nil); len(reqs) != 1 {
		t.Errorf("requests = %v, want the one image", reqs)
	}
}
