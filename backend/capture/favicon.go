package capture

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// maxFavicon bounds a favicon download.
const maxFavicon = 1 << 20

// favicon stores the page's icon as favicon.<ext>: from the browser when it
// loaded it, else fetched once (headless Chromium does not load icons).
func (j *job) favicon(ctx context.Context) error {
	u := j.res.Meta.FaviconURL
	if u == "" || strings.HasPrefix(u, "data:") {
		return nil
	}
	data, typ, err := newInliner(j.tl).fetch(ctx, u)
	if err != nil {
		data, typ, err = download(ctx, u)
	}
	if err == nil && !isImage(data, typ) {
		err = fmt.Errorf("not an image (%s)", typ)
	}
	if err != nil {
		j.log.Debug("no favicon", "url", u, "error", err)
		return nil // many sites have none; that is not a lost format
	}
	name := "favicon" + iconExt(typ, u)
	j.res.Meta.FaviconFile = name
	return j.write(name, data)
}

// TODO: this download goes around the browser (no proxy settings, no
// cookies); fetch it through the tab instead.
//
// download fetches a small file with the request's context.
func download(ctx context.Context, u string) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxFavicon))
	return data, resp.Header.Get("Content-Type"), err
}

// isImage reports whether a favicon response is an image rather than
// the error page a server sends for a missing /favicon.ico.
func isImage(data []byte, typ string) bool {
	if len(data) == 0 {
		return false
	}
	if strings.HasPrefix(http.DetectContentType(data), "image/") {
		return true
	}
	t, _, _ := mime.ParseMediaType(typ)
	return t == "image/svg+xml" && strings.Contains(string(data[:min(len(data), 1024)]), "<svg")
}

// iconExt picks the favicon's extension from its type or URL.
func iconExt(typ, u string) string {
	t, _, _ := mime.ParseMediaType(typ)
	switch t {
	case "image/png":
		return ".png"
	case "image/svg+xml":
		return ".svg"
	case "image/jpeg":
		return ".jpg"
	case "image/gif":
		return ".gif"
	case "image/webp":
		return ".webp"
	case "image/x-icon", "image/vnd.microsoft.icon":
		return ".ico"
	}
	if e := extOf(u); e != "" && len(e) <= 5 {
		return strings.ToLower(e)
	}
	return ".ico"
}
