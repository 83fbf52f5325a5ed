package capture

import (
	"context"
	"html"
	"strings"

	"github.com/chromedp/cdproto/cdp"
)

// voidElements have no end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true,
	"track": true, "wbr": true, "param": true,
}

// skipElements are left out of the archive with their content; the
// sanitiser would remove most of them anyway.
var skipElements = map[string]bool{
	"script": true, "noscript": true, "base": true, "object": true, "embed": true,
	"applet": true, "param": true, "portal": true,
}

// DOM node types as DOM.getDocument reports them.
const (
	nodeElement  = 1
	nodeText     = 3
	nodeCDATA    = 4
	nodeFragment = 11
)

// serializer writes a DOM tree from DOM.getDocument (pierce) as HTML, with
// shadow roots as declarative templates, iframes as srcdoc documents and
// every resource inlined by its inliner.
type serializer struct {
	ctx   context.Context
	in    *inliner
	fonts string // @font-face rules for fonts made with the FontFace API
	depth int    // document nesting; 0 is the top document
}

// document serialises a document node and returns the HTML.
func (s *serializer) document(doc *cdp.Node) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n")
	base := doc.BaseURL
	if base == "" {
		base = doc.DocumentURL
	}
	for _, c := range doc.Children {
		if c.NodeType == nodeElement {
			s.node(&b, c, base, "")
		}
	}
	return b.String()
}

// node writes one node and its subtree.
func (s *serializer) node(b *strings.Builder, n *cdp.Node, base, parent string) {
	switch n.NodeType {
	case nodeText, nodeCDATA:
		b.WriteString(html.EscapeString(n.NodeValue))
	case nodeElement:
		s.element(b, n, base, parent)
	case nodeFragment:
		s.children(b, n.Children, base, parent)
	}
}

func (s *serializer) children(b *strings.Builder, kids []*cdp.Node, base, parent string) {
	for _, c := range kids {
		s.node(b, c, base, parent)
	}
}

// element writes an element, after the special cases had their say.
func (s *serializer) element(b *strings.Builder, n *cdp.Node, base, parent string) {
	tag := n.LocalName
	if skipElements[tag] || s.special(b, n, tag, base, parent) {
		return
	}
	attrs := s.attrs(n, tag, base)
	if tag == "iframe" || tag == "frame" {
		attrs = s.frame(n, attrs)
		tag = "iframe"
	}
	writeStart(b, tag, attrs)
	if voidElements[tag] {
		return
	}
	s.content(b, n, tag, base)
	if s.depth == 0 && tag == "head" && s.fonts != "" {
		b.WriteString("<style data-ls-fontface>" + s.fonts + "</style>")
	}
	if s.depth == 0 && tag == "body" {
		b.WriteString(s.in.spriteBlock())
	}
	b.WriteString("</" + tag + ">")
}

// content writes what is inside an element: its shadow roots first, then
// its children or template content.
func (s *serializer) content(b *strings.Builder, n *cdp.Node, tag, base string) {
	for _, root := range n.ShadowRoots {
		if root.ShadowRootType == cdp.ShadowRootTypeUserAgent {
			continue
		}
		b.WriteString(`<template shadowrootmode="open">`)
		s.children(b, root.Children, base, tag)
		b.WriteString("</template>")
	}
	switch {
	case tag == "iframe" || tag == "frame":
	case tag == "template" && n.TemplateContent != nil:
		s.children(b, n.TemplateContent.Children, base, tag)
	case tag == "textarea" || tag == "title":
		b.WriteString(html.EscapeString(textOf(n)))
	default:
		s.children(b, n.Children, base, tag)
	}
}

// special handles elements that are replaced rather than copied; it
// reports whether it wrote (or dropped) the element.
func (s *serializer) special(b *strings.Builder, n *cdp.Node, tag, base, parent string) bool {
	switch tag {
	case "style":
		css := textOf(n)
		if v, ok := attrOf(n, "data-ls-cssom"); ok {
			css = v
		}
		writeStyle(b, n, s.in.css(s.ctx, css, base, 0))
		return true
	case "link":
		s.link(b, n, base)
		return true
	case "meta":
		_, equiv := attrOf(n, "http-equiv")
		_, charset := attrOf(n, "charset")
		if equiv || charset {
			return true
		}
	case "source":
		return parent == "picture" || parent == "video" || parent == "audio"
	case "canvas":
		if v, ok := attrOf(n, "data-ls-canvas"); ok {
			attrs := append(s.attrs(n, tag, base), "src", v)
			writeStart(b, "img", attrs)
			return true
		}
	}
	return false
}

// link turns a loaded stylesheet into a <style> and an icon into a data:
// link; other links (preloads, manifests) are dropped.
func (s *serializer) link(b *strings.Builder, n *cdp.Node, base string) {
	rel := strings.ToLower(attrValue(n, "rel"))
	href := resolveURL(base, attrValue(n, "href"))
	switch {
	case strings.Contains(rel, "stylesheet") && !strings.Contains(rel, "alternate"):
		data, _, err := s.in.fetch(s.ctx, href)
		if err != nil {
			s.in.lose(href, err)
			return
		}
		writeStyle(b, n, s.in.css(s.ctx, string(data), href, 0))
	case strings.Contains(rel, "icon"):
		if uri := s.in.dataURI(s.ctx, href, false); uri != "" {
			writeStart(b, "link", []string{"rel", rel, "href", uri})
		}
	case rel == "canonical":
		writeStart(b, "link", []string{"rel", rel, "href", href})
	}
}

// frame makes an iframe self-contained: its document becomes srcdoc.
func (s *serializer) frame(n *cdp.Node, attrs []string) []string {
	attrs = append(dropAttr(attrs, "src"), "sandbox", "")
	doc := n.ContentDocument
	if doc == nil {
		s.in.lose(attrValue(n, "src"), errFrameMissing)
		return attrs
	}
	sub := &serializer{ctx: s.ctx, in: s.in, depth: s.depth + 1}
	return append(attrs, "srcdoc", sub.document(doc))
}

// writeStyle writes a <style> element that keeps the media attribute.
func writeStyle(b *strings.Builder, n *cdp.Node, css string) {
	var attrs []string
	if m := attrValue(n, "media"); m != "" {
		attrs = append(attrs, "media", m)
	}
	writeStart(b, "style", attrs)
	b.WriteString(strings.ReplaceAll(css, "</", `<\/`))
	b.WriteString("</style>")
}

// writeStart writes a start tag with name/value attribute pairs.
func writeStart(b *strings.Builder, tag string, attrs []string) {
	b.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		b.WriteString(" " + attrs[i] + `="` + escapeAttr(attrs[i+1]) + `"`)
	}
	b.WriteString(">")
}

func escapeAttr(v string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(v)
}

func textOf(n *cdp.Node) string {
	var b strings.Builder
	for _, c := range n.Children {
		if c.NodeType == nodeText || c.NodeType == nodeCDATA {
			b.WriteString(c.NodeValue)
		}
	}
	return b.String()
}

func attrOf(n *cdp.Node, name string) (string, bool) {
	for i := 0; i+1 < len(n.Attributes); i += 2 {
		if strings.EqualFold(n.Attributes[i], name) {
			return n.Attributes[i+1], true
		}
	}
	return "", false
}

func attrValue(n *cdp.Node, name string) string {
	v, _ := attrOf(n, name)
	return v
}

func dropAttr(attrs []string, name string) []string {
	out := attrs[:0]
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i] != name {
			out = append(out, attrs[i], attrs[i+1])
		}
	}
	return out
}
