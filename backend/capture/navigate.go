package capture

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"strings"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// navigate loads the URL with Page.navigate under its own deadline (a share
// of the capture's time) and records the main response.
func (j *job) navigate() error {
	ctx, cancel := context.WithTimeout(j.ctx, j.remaining()*45/100)
	defer cancel()
	res, err := chromedp.Call(ctx, page.Navigate, page.NavigateParams{URL: j.url})
	if err != nil {
		if cerr := j.crashErr(); cerr != nil {
			return cerr
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%w: no response from the server", ErrTimeout)
		}
		return fmt.Errorf("capture: navigate: %w", err)
	}
	if res.IsDownload {
		return ErrDownload
	}
	if res.ErrorText != "" {
		return netError(res.ErrorText)
	}
	j.frame = res.FrameID
	j.log.Debug("navigated", "ms", time.Since(j.start).Milliseconds())
	return j.mainResponse(res)
}

// mainResponse copies the main document's response into the metadata.
func (j *job) mainResponse(res page.NavigateResult) error {
	var resp *network.Response
	var redirects []string
	for range 20 {
		if resp, redirects = j.tl.document(res.LoaderID); resp != nil {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	m := &j.res.Meta
	if resp == nil {
		m.FinalURL = j.url
		m.ContentType = "text/html"
		return nil
	}
	m.FinalURL, m.Redirects = resp.URL, redirects
	m.HTTPStatus, m.HTTPStatusText = int(resp.Status), resp.StatusText
	m.ContentType = resp.MimeType
	j.log.Info("response", "status", resp.Status, "type", resp.MimeType,
		"final_url", resp.URL, "redirects", len(redirects))
	return nil
}

// isHTML reports whether a content type is rendered as a web page.
func isHTML(ct string) bool {
	t, _, _ := mime.ParseMediaType(ct)
	switch t {
	case "", "text/html", "application/xhtml+xml", "text/plain", "image/svg+xml":
		return true
	}
	return false
}

// TODO: a link served with Content-Disposition: attachment ends in
// ErrDownload instead of being stored as original.<ext>.
//
// direct stores a non-HTML document (a PDF, an image) as it is.
func (j *job) direct() error {
	j.progress("original")
	ctx, cancel := context.WithTimeout(j.ctx, j.remaining()*80/100)
	defer cancel()
	j.waitLoad(ctx)
	res, err := chromedp.Call(ctx, page.GetResourceContent, page.GetResourceContentParams{
		FrameID: j.frame, URL: j.res.Meta.FinalURL,
	})
	if err != nil || len(res.Content) == 0 {
		return fmt.Errorf("capture: original file: %w", errors.Join(err, errNotLoaded))
	}
	name := "original" + extFor(j.res.Meta.ContentType, j.res.Meta.FinalURL)
	j.res.Meta.Title = lastSegment(j.res.Meta.FinalURL)
	if err := j.write(name, res.Content); err != nil {
		return err
	}
	return j.httpErr()
}

// extFor picks a file extension for a content type.
func extFor(ct, u string) string {
	t, _, _ := mime.ParseMediaType(ct)
	known := map[string]string{
		"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg",
		"image/gif": ".gif", "image/webp": ".webp", "image/avif": ".avif",
		"application/json": ".json", "text/csv": ".csv", "application/xml": ".xml",
		"text/xml": ".xml", "video/mp4": ".mp4", "audio/mpeg": ".mp3",
	}
	if e, ok := known[t]; ok {
		return e
	}
	if e := extOf(u); len(e) > 1 && len(e) <= 6 {
		return strings.ToLower(e)
	}
	return ".bin"
}

func lastSegment(u string) string {
	u = stripFragment(u)
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u = u[:i]
	}
	return u[strings.LastIndexByte(u, '/')+1:]
}
