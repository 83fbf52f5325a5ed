package capture

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// maxImportDepth bounds nested CSS @import.
const maxImportDepth = 5

var (
	errNotLoaded    = errors.New("the browser did not load it")
	errFrameMissing = errors.New("the frame's document was not available")

	reCSSURL    = regexp.MustCompile(`(?i)url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)`)
	reCSSImport = regexp.MustCompile(`(?i)@import\s+(?:url\(\s*)?(?:"([^"]*)"|'([^']*)'|([^)'"\s;]+))\s*\)?\s*([^;]*);`)
	reXMLProlog = regexp.MustCompile(`(?s)<\?xml.*?\?>|<!DOCTYPE[^>]*>`)
)

// body is one resource's bytes as the browser received them.
type body struct {
	data []byte
	mime string
	err  error
}

// inliner turns resource URLs into data: URIs using only what the browser
// already loaded: nothing is downloaded a second time. It records what it
// could not inline.
type inliner struct {
	tl      *tabLog
	mu      sync.Mutex
	cache   map[string]body
	sprites map[string]string
	order   []string
	lost    map[string]string
}

func newInliner(tl *tabLog) *inliner {
	return &inliner{tl: tl, cache: map[string]body{}, sprites: map[string]string{}, lost: map[string]string{}}
}

// fetch returns the bytes of a loaded resource.
func (in *inliner) fetch(ctx context.Context, u string) ([]byte, string, error) {
	key := stripFragment(u)
	in.mu.Lock()
	b, ok := in.cache[key]
	in.mu.Unlock()
	if !ok {
		b = in.load(ctx, key)
		in.mu.Lock()
		in.cache[key] = b
		in.mu.Unlock()
	}
	return b.data, b.mime, b.err
}

// load asks the browser for a resource: Page.getResourceContent first
// (it holds the real bytes), Network.getResponseBody second.
func (in *inliner) load(ctx context.Context, u string) body {
	r := in.tl.lookup(u)
	if r == nil || r.failed != "" {
		return body{err: errNotLoaded}
	}
	res, err := chromedp.Call(ctx, page.GetResourceContent, page.GetResourceContentParams{FrameID: r.frameID, URL: r.url})
	if err == nil && len(res.Content) > 0 {
		return body{data: res.Content, mime: r.mime}
	}
	nb, err := chromedp.Call(ctx, network.GetResponseBody, network.GetResponseBodyParams{RequestID: r.requestID})
	if err != nil {
		return body{err: fmt.Errorf("%w: %w", errNotLoaded, err)}
	}
	return body{data: nb.Body, mime: r.mime}
}

// TODO: a resource used N times is inlined N times; share it through a CSS
// custom property or a single <style> rule to keep page.html small.
//
// dataURI returns u as a data: URI, or "data:," when it is not available;
// counted makes a miss a recorded loss.
func (in *inliner) dataURI(ctx context.Context, u string, counted bool) string {
	if u == "" || strings.HasPrefix(u, "data:") {
		return u
	}
	data, typ, err := in.fetch(ctx, u)
	if err != nil {
		if counted {
			in.lose(u, err)
		}
		return "data:,"
	}
	if typ == "" {
		typ = mime.TypeByExtension(extOf(u))
	}
	return "data:" + typ + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// css inlines @import rules and url() references of a style sheet whose
// own URL is base.
func (in *inliner) css(ctx context.Context, text, base string, depth int) string {
	if depth < maxImportDepth {
		text = reCSSImport.ReplaceAllStringFunc(text, func(m string) string {
			g := reCSSImport.FindStringSubmatch(m)
			u := resolveURL(base, g[1]+g[2]+g[3])
			data, _, err := in.fetch(ctx, u)
			if err != nil {
				in.lose(u, err)
				return ""
			}
			inner := in.css(ctx, string(data), u, depth+1)
			if media := strings.TrimSpace(g[4]); media != "" && !strings.HasPrefix(media, "layer") {
				return "@media " + media + "{" + inner + "}"
			}
			return inner
		})
	}
	return reCSSURL.ReplaceAllStringFunc(text, func(m string) string {
		g := reCSSURL.FindStringSubmatch(m)
		ref := strings.TrimSpace(g[1] + g[2] + g[3])
		if ref == "" || strings.HasPrefix(ref, "#") || strings.HasPrefix(ref, "data:") {
			return m
		}
		return `url("` + in.dataURI(ctx, resolveURL(base, ref), false) + `")`
	})
}

// sprite inlines an external SVG sprite into the page and returns the
// local #fragment reference that replaces it.
func (in *inliner) sprite(ctx context.Context, u string) string {
	i := strings.IndexByte(u, '#')
	if i < 0 {
		return "#"
	}
	file, frag := u[:i], u[i:]
	in.mu.Lock()
	_, done := in.sprites[file]
	in.mu.Unlock()
	if !done {
		data, _, err := in.fetch(ctx, file)
		if err != nil {
			in.lose(file, err)
		}
		in.mu.Lock()
		in.sprites[file] = reXMLProlog.ReplaceAllString(string(data), "")
		in.order = append(in.order, file)
		in.mu.Unlock()
	}
	return frag
}

// spriteBlock returns the inlined sprites, hidden, for the end of <body>.
func (in *inliner) spriteBlock() string {
	in.mu.Lock()
	defer in.mu.Unlock()
	var b strings.Builder
	for _, f := range in.order {
		if s := in.sprites[f]; s != "" {
			b.WriteString(`<div aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">` + s + "</div>")
		}
	}
	return b.String()
}

// lose records a resource that could not be inlined.
func (in *inliner) lose(u string, err error) {
	if u == "" {
		return
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	in.lost[u] = err.Error()
}

func extOf(u string) string {
	u = stripFragment(u)
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u = u[:i]
	}
	if i := strings.LastIndexByte(u, '.'); i >= 0 && !strings.Contains(u[i:], "/") {
		return u[i:]
	}
	return ""
}
