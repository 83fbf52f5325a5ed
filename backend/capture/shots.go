package capture

import (
	"context"
	"fmt"
	"math"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Screenshot limits: Chromium returns an empty image without an error
// above these heights for JPEG and WebP; PNG held to 70,000 px, so the
// full-page PNG is cut at maxShotHeight and the cut is recorded.
const (
	maxShotHeight = 30000
	thumbWidth    = 400
)

// thumbnail writes a small JPEG of the top viewport.
func (j *job) thumbnail(ctx context.Context) error {
	res, err := chromedp.Call(ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
		Format:  page.CaptureScreenshotFormatJpeg,
		Quality: new(int64(80)),
		Clip: &page.Viewport{Width: viewportWidth, Height: viewportHeight,
			Scale: float64(thumbWidth) / viewportWidth},
	})
	if err != nil {
		return fmt.Errorf("capture: thumbnail: %w", err)
	}
	return j.write("thumb.jpg", res.Data)
}

// screenshot writes the full page as PNG, cut at maxShotHeight.
func (j *job) screenshot(ctx context.Context) error {
	m, err := chromedp.Call(ctx, page.GetLayoutMetrics, cdp.Empty{})
	if err != nil {
		return fmt.Errorf("capture: screenshot: %w", err)
	}
	w, h := float64(viewportWidth), float64(viewportHeight)
	if m.CSSContentSize != nil {
		w, h = math.Max(w, m.CSSContentSize.Width), math.Max(h, m.CSSContentSize.Height)
	}
	if h > maxShotHeight {
		j.lose("limit", "screenshot.png", fmt.Errorf("page is %.0f px tall; screenshot cut at %d px", h, maxShotHeight))
		h = maxShotHeight
	}
	res, err := chromedp.Call(ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{
		Format:                page.CaptureScreenshotFormatPng,
		CaptureBeyondViewport: new(true),
		Clip:                  &page.Viewport{Width: math.Ceil(w), Height: math.Ceil(h), Scale: 1},
	})
	if err != nil {
		return fmt.Errorf("capture: screenshot: %w", err)
	}
	if len(res.Data) < 100 {
		return fmt.Errorf("capture: screenshot: the browser returned an empty image")
	}
	return j.write("screenshot.png", res.Data)
}

// pdf prints the page with backgrounds on A4.
func (j *job) pdf(ctx context.Context) error {
	data, err := chromedp.Run(ctx, chromedp.PrintToPDF(
		chromedp.PDFPaper(chromedp.PaperA4),
		chromedp.PDFPrintBackground(),
		chromedp.PDFMargin(0.4),
	))
	if err != nil {
		return fmt.Errorf("capture: pdf: %w", err)
	}
	return j.write("page.pdf", data)
}

// mhtml writes Chrome's own archive, kept as a raw backup; it still holds
// the page's scripts and must never be shown inside the app.
func (j *job) mhtml(ctx context.Context) error {
	res, err := chromedp.Call(ctx, page.CaptureSnapshot, page.CaptureSnapshotParams{Format: page.CaptureSnapshotFormatMhtml})
	if err != nil {
		return fmt.Errorf("capture: mhtml: %w", err)
	}
	return j.write("page.mhtml", []byte(res.Data))
}
