package capture

import (
	"net/url"
	"strings"

	"github.com/chromedp/cdproto/cdp"
)

// droppedAttrs never reach the archive: they load resources the archive
// cannot keep or only matter to scripts and the network.
var droppedAttrs = map[string]bool{
	"srcset": true, "sizes": true, "integrity": true, "nonce": true, "loading": true,
	"ping": true, "srcdoc": true, "crossorigin": true, "referrerpolicy": true,
	"fetchpriority": true, "decoding": true, "imagesrcset": true, "imagesizes": true,
}

// attrs returns the element's attributes as name/value pairs, with
// resources inlined, links made absolute and script parts removed.
func (s *serializer) attrs(n *cdp.Node, tag, base string) []string {
	var out []string
	for i := 0; i+1 < len(n.Attributes); i += 2 {
		name, val := n.Attributes[i], n.Attributes[i+1]
		lower := strings.ToLower(name)
		if strings.HasPrefix(lower, "on") || droppedAttrs[lower] || strings.HasPrefix(lower, "data-ls-") {
			continue
		}
		v, keep := s.attr(n, tag, lower, val, base)
		if keep {
			out = append(out, name, v)
		}
	}
	if tag == "img" {
		if v, ok := attrOf(n, "data-ls-src"); ok && v != "" {
			out = append(dropAttr(out, "src"), "src", s.in.dataURI(s.ctx, v, true))
		}
	}
	return out
}

// attr rewrites one attribute value; keep is false to drop it.
func (s *serializer) attr(n *cdp.Node, tag, name, val, base string) (string, bool) {
	switch name {
	case "style":
		return s.in.css(s.ctx, val, base, maxImportDepth), true
	case "src":
		if tag == "iframe" || tag == "frame" || tag == "video" || tag == "audio" || tag == "track" {
			return "", false
		}
		return s.in.dataURI(s.ctx, resolveURL(base, val), true), true
	case "poster", "background":
		return s.in.dataURI(s.ctx, resolveURL(base, val), true), true
	case "href", "xlink:href":
		return s.href(tag, val, base)
	case "action", "formaction", "cite":
		return resolveURL(base, val), true
	}
	return val, true
}

// href rewrites links: SVG references are inlined, the rest made absolute.
func (s *serializer) href(tag, val, base string) (string, bool) {
	if strings.HasPrefix(val, "#") {
		return val, true
	}
	abs := resolveURL(base, val)
	switch tag {
	case "use":
		return s.in.sprite(s.ctx, abs), true
	case "image", "feImage", "feimage":
		return s.in.dataURI(s.ctx, abs, true), true
	}
	return abs, true
}

// resolveURL makes ref absolute against base; a bad ref comes back as is.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "data:") {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}
