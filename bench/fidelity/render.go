package main

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"math"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"linksnap/backend/capture"
)

// maxHeight bounds the compared height of a page.
const maxHeight = 8000

// renderer is a headless Chromium of its own, started once.
type renderer struct {
	ctx    context.Context
	cancel func()
}

// rendering is a page as the browser showed it.
type rendering struct {
	shot     image.Image
	text     string
	requests []string
}

func newRenderer() (*renderer, error) {
	path, err := capture.FindBrowser("")
	if err != nil {
		return nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
		chromedp.Flag("headless", "new"), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("component-updater", "url-source=http://127.0.0.1:9"),
		chromedp.Flag("gaia-url", "http://127.0.0.1:9"))
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		acancel()
		return nil, err
	}
	return &renderer{ctx: ctx, cancel: func() { cancel(); acancel() }}, nil
}

func (r *renderer) close() { r.cancel() }

// render loads u at 1280 px, scrolls through it as the capture does,
// and returns a full-page screenshot, the visible text and the requests
// other than data: URLs and u itself.
func (r *renderer) render(ctx context.Context, u string) (rendering, error) {
	var mu sync.Mutex
	var out rendering
	tab, cancel := chromedp.NewContext(r.ctx, chromedp.WithListener(func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok && !strings.HasPrefix(ev.Request.URL, "data:") && ev.Request.URL != u {
			mu.Lock()
			out.requests = append(out.requests, ev.Request.URL)
			mu.Unlock()
		}
	}))
	defer cancel()
	tctx, stop := context.WithTimeout(tab, 30*time.Second)
	defer stop()
	if err := chromedp.Do(tctx); err != nil {
		return out, err
	}
	go answerDialogs(tctx)
	err := chromedp.Do(tctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(u),
		chromedp.Evaluate[chromedp.Void](scrollJS, chromedp.EvalAwaitPromise),
		chromedp.Sleep(300*time.Millisecond))
	if err != nil {
		return out, err
	}
	if out.text, err = chromedp.Run(tctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ''`)); err != nil {
		return out, err
	}
	shot, err := chromedp.Run(tctx, fullShot)
	if err != nil {
		return out, err
	}
	out.shot, err = png.Decode(bytes.NewReader(shot))
	mu.Lock()
	defer mu.Unlock()
	return out, err
}

// scrollJS scrolls through the page so lazy content loads, then back up.
const scrollJS = `(async () => { const s = (ms) => new Promise(r => setTimeout(r, ms));
	for (let y = 0; y < Math.min(document.documentElement.scrollHeight, 60000); y += 680) { scrollTo(0, y); await s(40); }
	scrollTo(0, 0); await document.fonts.ready; await s(200); })()`

// fullShot takes a PNG of the page, at most maxHeight tall.
func fullShot(ctx context.Context, t *chromedp.Target) ([]byte, error) {
	m, err := cdp.Call(ctx, t, page.GetLayoutMetrics, cdp.Empty{})
	if err != nil {
		return nil, err
	}
	h := math.Min(math.Max(m.CSSContentSize.Height, 800), maxHeight)
	res, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
		CaptureBeyondViewport: new(true),
		Clip:                  &page.Viewport{Width: 1280, Height: math.Ceil(h), Scale: 1},
	})
	return res.Data, err
}

// pixelDiff is the share of pixels that differ by more than a small
// tolerance; area only one image covers counts as different.
func pixelDiff(a, b image.Image) float64 {
	ab, bb := a.Bounds(), b.Bounds()
	w, h := max(ab.Dx(), bb.Dx()), max(ab.Dy(), bb.Dy())
	diff := 0
	for y := range h {
		for x := range w {
			p := image.Pt(x, y)
			if !p.In(ab) || !p.In(bb) || !near(a.At(x, y), b.At(x, y)) {
				diff++
			}
		}
	}
	return float64(diff) / float64(w*h)
}

// near reports whether two colours differ by at most 8 of 255 per channel.
func near(a, b color.Color) bool {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := func(x, y uint32) bool { return max(x, y)-min(x, y) <= 8*257 }
	return d(r1, r2) && d(g1, g2) && d(b1, b2)
}

// wordsKept is the share of the live text's words found in the archive's
// text, counted with multiplicity.
func wordsKept(live, archived string) float64 {
	have := map[string]int{}
	for _, w := range words(archived) {
		have[w]++
	}
	total, kept := 0, 0
	for _, w := range words(live) {
		total++
		if have[w] > 0 {
			have[w]--
			kept++
		}
	}
	if total == 0 {
		return 1
	}
	return float64(kept) / float64(total)
}

// words splits text into words; each Han character counts as a word.
func words(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		var run []rune
		for _, r := range f {
			if unicode.Is(unicode.Han, r) {
				out = append(out, string(r))
				continue
			}
			run = append(run, r)
		}
		if len(run) > 0 {
			out = append(out, string(run))
		}
	}
	return out
}

func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// answerDialogs accepts JavaScript dialogs so that they never block.
func answerDialogs(ctx context.Context) {
	for _, err := range chromedp.Events(ctx, page.JavascriptDialogOpening) {
		if err != nil {
			return
		}
		_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
	}
}
