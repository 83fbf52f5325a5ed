package capture

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// browserProc is one running browser process. It lives from start until
// stop; its temporary profile folder is removed when it stops.
type browserProc struct {
	ctx      context.Context // the browser's root chromedp context
	cancel   context.CancelFunc
	version  string
	active   int  // captures running in it
	used     int  // captures started in it
	retiring bool // stop when the last capture ends
}

// browserCandidates lists where Chrome, Chromium and Edge usually live.
func browserCandidates() []string {
	switch runtime.GOOS {
	case "darwin":
		return []string{
			"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
			"/Applications/Chromium.app/Contents/MacOS/Chromium",
			"/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
		}
	case "windows":
		var out []string
		for _, env := range []string{"ProgramFiles", "ProgramFiles(x86)", "LocalAppData"} {
			dir := os.Getenv(env)
			if dir == "" {
				continue
			}
			out = append(out,
				filepath.Join(dir, `Google\Chrome\Application\chrome.exe`),
				filepath.Join(dir, `Microsoft\Edge\Application\msedge.exe`),
				filepath.Join(dir, `Chromium\Application\chrome.exe`))
		}
		return out
	}
	// The Debian binary is tried first: the /usr/bin wrapper adds flags.
	return []string{
		"/usr/lib/chromium/chromium", "/usr/bin/chromium",
		"chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
		"microsoft-edge", "/snap/bin/chromium",
	}
}

// FindBrowser returns the browser to use: override when it is set, else the
// first installed candidate. It returns ErrBrowserMissing when none exists.
func FindBrowser(override string) (string, error) {
	if override != "" {
		if p, err := exec.LookPath(override); err == nil {
			return p, nil
		}
		return "", fmt.Errorf("%w (not found: %s)", ErrBrowserMissing, override)
	}
	for _, c := range browserCandidates() {
		if p, err := exec.LookPath(c); err == nil {
			return p, nil
		}
	}
	return "", ErrBrowserMissing
}

// allocatorOptions are the browser flags. Site isolation is off so that
// cross-site iframes stay in the page's process, where DOM.getDocument can
// serialise them; the profile is fresh, empty and thrown away, so there is
// nothing for another site to read.
func allocatorOptions(path string) []chromedp.ExecAllocatorOption {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	return append(opts,
		chromedp.ExecPath(path),
		chromedp.Flag("headless", "new"),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(viewportWidth, viewportHeight),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("component-updater", "url-source=http://127.0.0.1:9"),
		chromedp.Flag("gaia-url", "http://127.0.0.1:9"),
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,SitePerProcess,IsolateOrigins,MediaRouter,OptimizationHints"),
		chromedp.Flag("disable-site-isolation-trials", true),
		chromedp.Flag("autoplay-policy", "user-gesture-required"),
	)
}

// startBrowser starts a browser process and waits until it answers.
func startBrowser(path string) (*browserProc, error) {
	allocCtx, allocCancel := chromedp.NewExecAllocator(context.Background(), allocatorOptions(path)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	stop := func() { cancel(); allocCancel() }
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, fmt.Errorf("%w: %w", ErrBrowserStart, err)
	}
	v, err := chromedp.CallBrowser(ctx, browser.GetVersion, cdp.Empty{})
	if err != nil {
		stop()
		return nil, fmt.Errorf("%w: version: %w", ErrBrowserStart, err)
	}
	return &browserProc{ctx: ctx, cancel: stop, version: v.Product}, nil
}

// alive reports whether the browser process still answers.
func (b *browserProc) alive() bool {
	c := chromedp.FromContext(b.ctx)
	if b.ctx.Err() != nil || c == nil || c.Browser == nil {
		return false
	}
	select {
	case <-c.Browser.LostConnection:
		return false
	default:
		return true
	}
}

// stop closes the browser gracefully and removes its profile.
func (b *browserProc) stop() {
	_ = chromedp.Cancel(b.ctx)
	b.cancel()
}
