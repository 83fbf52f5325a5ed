package capture

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// fontFace is a font made with the FontFace API, as js/prepare.js
// returns it.
type fontFace struct {
	Family, Style, Weight, Stretch, UnicodeRange string
	Base, Src, Data                              string
}

// snapshot writes page.html: each frame's live state is written into its
// DOM, the whole tree (shadow roots and iframes included) is serialised
// with every resource inlined, and the result is sanitised.
func (j *job) snapshot(ctx context.Context) error {
	var fonts []fontFace
	for _, f := range j.frames(ctx) {
		id, ok := j.tl.contextOf(f)
		if !ok {
			continue
		}
		ff, err := evalIn[[]fontFace](ctx, id, jsPrepare)
		if err != nil {
			j.log.Warn("prepare frame", "frame", f, "error", err)
		}
		fonts = append(fonts, ff...)
	}
	doc, err := chromedp.Call(ctx, dom.GetDocument, dom.GetDocumentParams{Depth: new(int64(-1)), Pierce: new(true)})
	if err != nil || doc.Root == nil {
		return fmt.Errorf("capture: page.html: read DOM: %w", err)
	}
	in := newInliner(j.tl)
	s := &serializer{ctx: ctx, in: in}
	s.fonts = fontRules(ctx, in, fonts)
	out := Sanitize(s.document(doc.Root))
	for u, reason := range in.lost {
		j.res.Lost = append(j.res.Lost, Loss{What: "resource", Name: u, Reason: "not inlined: " + reason})
	}
	return j.write("page.html", []byte(out))
}

// fontRules turns FontFace API fonts into @font-face rules with inlined
// sources.
func fontRules(ctx context.Context, in *inliner, fonts []fontFace) string {
	var b strings.Builder
	for _, f := range fonts {
		src := in.css(ctx, f.Src, f.Base, maxImportDepth)
		if f.Data != "" {
			src = `url("data:font/ttf;base64,` + f.Data + `")`
		}
		fmt.Fprintf(&b, "@font-face{font-family:%s;src:%s;font-style:%s;font-weight:%s;font-stretch:%s;unicode-range:%s}",
			strconv.Quote(f.Family), src, f.Style, f.Weight, f.Stretch, f.UnicodeRange)
	}
	return b.String()
}

// frames lists the main frame and every child frame, depth first.
func (j *job) frames(ctx context.Context) []cdp.FrameID {
	tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil || tree.FrameTree == nil {
		return []cdp.FrameID{j.frame}
	}
	var out []cdp.FrameID
	var walk func(t *page.FrameTree)
	walk = func(t *page.FrameTree) {
		out = append(out, t.Frame.ID)
		for _, c := range t.ChildFrames {
			walk(c)
		}
	}
	walk(tree.FrameTree)
	return out
}
