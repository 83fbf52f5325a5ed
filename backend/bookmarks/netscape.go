package bookmarks

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// maxStack is how many open folders the Netscape parser remembers one by
// one; deeper folders are only counted, so memory stays bounded.
const maxStack = 1024

// folder is an open <DL> list: the folder it belongs to, if any.
type folder struct {
	name string
	root bool // a browser's own root folder, not a tag
}

// netscape is the state of one pass over a bookmark HTML file. The file
// is read token by token, never as a tree: real exports leave <DT> and
// <p> unclosed, and a tree of 10,000 nested folders would be deep.
type netscape struct {
	z       *html.Tokenizer
	line    int
	stack   []folder
	deep    int     // open folders beyond maxStack
	pending *folder // the <H3> just read, waiting for its <DL>
	text    *strings.Builder
	target  *string // where text goes: a title, a folder name or a description
	lines   bool    // the target keeps its line breaks (a description)
	out     []Bookmark
	dtd     bool // the file says it is a Netscape bookmark file
}

// ParseNetscape reads Netscape bookmark HTML, the format every browser
// and most bookmark services export. Every folder name on the way to a
// bookmark becomes one of its tags (see Bookmark.Folder); TAGS= and
// Pocket's tags= attributes are split on commas.
func ParseNetscape(data []byte) ([]Bookmark, error) {
	p := &netscape{z: html.NewTokenizer(bytes.NewReader(data)), line: 1,
		dtd: bytes.Contains(bytes.ToUpper(data[:min(len(data), 512)]),
			[]byte("NETSCAPE-BOOKMARK-FILE"))}
	for {
		tt := p.z.Next()
		if tt == html.ErrorToken {
			break
		}
		p.line += bytes.Count(p.z.Raw(), []byte("\n"))
		p.token(tt)
	}
	if err := p.z.Err(); !errors.Is(err, io.EOF) {
		return nil, malformed("line %d: %v", p.line, err)
	}
	p.flush()
	if p.dtd && len(p.stack)+p.deep > 0 {
		return nil, malformed("line %d: the file ends inside a folder (cut short?)", p.line)
	}
	return p.out, nil
}

func (p *netscape) token(tt html.TokenType) {
	switch tt {
	case html.TextToken:
		if p.target != nil {
			p.text.Write(p.z.Text())
		}
	case html.StartTagToken, html.SelfClosingTagToken:
		p.start()
	case html.EndTagToken:
		p.end()
	}
}

func (p *netscape) start() {
	name, hasAttr := p.z.TagName()
	switch string(name) {
	case "dt", "dl", "h3", "a", "dd", "li", "h1":
		p.flush()
	default:
		return
	}
	switch string(name) {
	case "h3":
		p.startFolder(hasAttr)
	case "dl":
		p.push()
	case "a":
		p.startLink(hasAttr)
	case "dd":
		p.startDescription()
	}
}

func (p *netscape) end() {
	name, _ := p.z.TagName()
	switch string(name) {
	case "a", "h3":
		p.flush()
	case "dl":
		p.flush()
		p.pop()
	}
}

// capture sends the following text to dst until the next flush.
func (p *netscape) capture(dst *string, lines bool) {
	p.text = &strings.Builder{}
	p.target, p.lines = dst, lines
}

// flush ends the text being read and stores it where it belongs.
func (p *netscape) flush() {
	switch {
	case p.target != nil && p.lines:
		*p.target = strings.TrimSpace(p.text.String())
	case p.target != nil:
		*p.target = collapse(p.text.String())
	}
	p.target, p.text = nil, nil
}

func (p *netscape) startFolder(hasAttr bool) {
	f := &folder{}
	for hasAttr {
		var key []byte
		key, _, hasAttr = p.z.TagAttr()
		switch strings.ToLower(string(key)) {
		case "personal_toolbar_folder", "unfiled_bookmarks_folder":
			f.root = true
		}
	}
	p.pending = f
	p.capture(&f.name, false)
}

func (p *netscape) push() {
	f := folder{}
	if p.pending != nil {
		f = *p.pending
		f.name = strings.TrimSpace(f.name)
	}
	p.pending = nil
	if len(p.stack) >= maxStack {
		p.deep++
		return
	}
	p.stack = append(p.stack, f)
}

func (p *netscape) pop() {
	p.pending = nil
	switch {
	case p.deep > 0:
		p.deep--
	case len(p.stack) > 0:
		p.stack = p.stack[:len(p.stack)-1]
	}
}

func (p *netscape) path() []string {
	var out []string
	for _, f := range p.stack {
		if f.name != "" && !f.root {
			out = append(out, f.name)
		}
		if len(out) == maxFolderDepth {
			break
		}
	}
	return out
}

func (p *netscape) startLink(hasAttr bool) {
	b := Bookmark{}
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = p.z.TagAttr()
		p.linkAttr(&b, strings.ToLower(string(key)), string(val))
	}
	p.pending = nil
	if b.URL == "" || strings.HasPrefix(b.URL, "place:") {
		return // Firefox's saved searches are not pages
	}
	b.Folder = p.path()
	p.out = append(p.out, b)
	p.capture(&p.out[len(p.out)-1].Title, false)
}

func (p *netscape) linkAttr(b *Bookmark, key, val string) {
	switch key {
	case "href":
		b.URL = strings.TrimSpace(val)
	case "add_date", "time_added":
		b.AddedAt = epochTime(val)
	case "tags":
		b.Tags = splitTags(val, ",")
	}
}

// startDescription sends a <DD>'s text to the bookmark just read. A <DD>
// after a folder describes the folder, which has nowhere to go.
func (p *netscape) startDescription() {
	if p.pending != nil || len(p.out) == 0 {
		return
	}
	p.capture(&p.out[len(p.out)-1].Description, true)
}

// splitTags splits a list of tags on any of the separators in seps,
// dropping blanks.
func splitTags(s, seps string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(seps, r)
	}) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// collapse turns runs of white space into one space, as a browser shows
// a title.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
