package capture

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ArchiveCSP is the Content-Security-Policy every archived page carries: it
// allows inline styles and data: resources and nothing else.
const ArchiveCSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline' data:; font-src data:; media-src data:"

// dropElements are removed with everything inside them.
var dropElements = map[string]bool{
	"script": true, "noscript": true, "object": true, "embed": true, "applet": true,
	"base": true, "param": true, "portal": true, "frameset": true, "frame": true,
	"handler": true, "listener": true, "fencedframe": true,
}

// urlAttrs hold URLs whose scheme is checked.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "xlink:href": true,
	"data": true, "poster": true, "background": true, "cite": true, "codebase": true,
	"longdesc": true, "usemap": true, "lowsrc": true, "dynsrc": true, "manifest": true,
	"ping": true, "archive": true, "classid": true, "profile": true, "to": true,
	"from": true, "values": true, "by": true,
}

var (
	reJavascript = regexp.MustCompile(`(?i)javascript:`)
	reHandler    = regexp.MustCompile(`(?i)([\s/"'=]on[a-z0-9_.:-]*\s*)=`)
	reScriptTag  = regexp.MustCompile(`(?i)<(/?)script`)
	reNoSpace    = regexp.MustCompile(`[\x00-\x20\x7f]+`)
)

// Sanitize removes every active part of an HTML document: scripts, event
// handler attributes, javascript: and other script URLs, meta refresh and
// the page's own CSP, <base>, plugins, SVG scripts and script animations.
// Iframe srcdoc documents are sanitised the same way and sandboxed. It
// inserts ArchiveCSP as the first element of <head>. Text that merely looks
// like script ("javascript:", " onclick=") is escaped with character
// references, so the output never contains those strings.
func Sanitize(doc string) string {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return ""
	}
	clean(root)
	insertCSP(root)
	var b strings.Builder
	if err := html.Render(&b, root); err != nil {
		return ""
	}
	return neuter(b.String())
}

// neuter escapes script-like text left in text and attribute values.
func neuter(s string) string {
	s = reScriptTag.ReplaceAllString(s, "&lt;${1}script")
	s = reJavascript.ReplaceAllStringFunc(s, func(m string) string { return m[:len(m)-1] + "&#58;" })
	return reHandler.ReplaceAllString(s, "${1}&#61;")
}

// clean sanitises n's subtree in place.
func clean(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if drop(c) {
			n.RemoveChild(c)
		} else {
			if c.Type == html.ElementNode {
				cleanAttrs(c)
			}
			clean(c)
		}
		c = next
	}
}

// drop reports whether n must go with its subtree.
func drop(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode, html.DoctypeNode:
		return n.Type == html.CommentNode
	case html.ElementNode:
	default:
		return false
	}
	name := strings.ToLower(n.Data)
	if dropElements[name] {
		return true
	}
	switch name {
	case "meta":
		return attr(n, "http-equiv") != "" || attr(n, "charset") != ""
	case "link":
		return !strings.HasPrefix(strings.ToLower(attr(n, "href")), "data:") &&
			!strings.EqualFold(attr(n, "rel"), "canonical")
	case "set", "animate", "animatemotion", "animatetransform":
		a := strings.ToLower(attr(n, "attributename"))
		return strings.Contains(a, "href") || strings.HasPrefix(a, "on")
	}
	return false
}

// cleanAttrs removes handlers and script URLs from an element.
func cleanAttrs(n *html.Node) {
	name := strings.ToLower(n.Data)
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		if a.Namespace != "" {
			key = a.Namespace + ":" + key
		}
		switch {
		case strings.HasPrefix(key, "on"), key == "srcdoc" && name != "iframe",
			key == "http-equiv", key == "nonce", key == "integrity":
			continue
		case urlAttrs[key] && !safeURL(name, key, a.Val):
			continue
		case key == "srcdoc":
			a.Val = sanitizeFrame(a.Val)
		case key == "style":
			a.Val = cleanCSS(a.Val)
		}
		kept = append(kept, a)
	}
	n.Attr = kept
	switch name {
	case "iframe":
		setAttr(n, "sandbox", "")
		delAttr(n, "src")
	case "style":
		cleanStyleText(n)
	}
}

// sanitizeFrame cleans an iframe's srcdoc document.
func sanitizeFrame(doc string) string {
	return Sanitize(doc)
}

// safeURL reports whether an URL attribute value may stay.
func safeURL(elem, key, val string) bool {
	v := strings.ToLower(reNoSpace.ReplaceAllString(val, ""))
	i := strings.IndexByte(v, ':')
	if i < 0 || strings.ContainsAny(v[:i], "/?#") {
		return true // relative
	}
	switch v[:i] {
	case "http", "https", "mailto", "tel":
		return true
	case "data":
		return key != "href" || elem == "link" || elem == "use" || elem == "image"
	}
	return false
}

// cleanCSS removes the CSS constructs that ran script in old engines.
func cleanCSS(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "expression(") || strings.Contains(l, "-moz-binding") || strings.Contains(l, "behavior:") {
		return ""
	}
	return s
}

func cleanStyleText(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			c.Data = cleanCSS(c.Data)
		}
	}
}

// insertCSP makes ArchiveCSP and a UTF-8 charset the first children of head.
func insertCSP(root *html.Node) {
	head := find(root, atom.Head)
	if head == nil {
		return
	}
	csp := &html.Node{Type: html.ElementNode, DataAtom: atom.Meta, Data: "meta", Attr: []html.Attribute{
		{Key: "http-equiv", Val: "Content-Security-Policy"}, {Key: "content", Val: ArchiveCSP},
	}}
	charset := &html.Node{Type: html.ElementNode, DataAtom: atom.Meta, Data: "meta",
		Attr: []html.Attribute{{Key: "charset", Val: "utf-8"}}}
	head.InsertBefore(csp, head.FirstChild)
	head.InsertBefore(charset, csp)
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	delAttr(n, key)
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func delAttr(n *html.Node, key string) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		if !strings.EqualFold(a.Key, key) {
			kept = append(kept, a)
		}
	}
	n.Attr = kept
}
