package importer

import (
	"strings"
	"unicode/utf8"

	"linksnap/backend/apperr"
	"linksnap/backend/bookmarks"
	"linksnap/backend/links"
	"linksnap/backend/urlnorm"
)

// maxTags is how many tags one imported link keeps; a bookmark inside
// dozens of folders gets the outermost ones.
const maxTags = 32

// Rejected is an entry of a file that is not a link Linksnap can keep
// (a bookmarklet, a file: URL, a line of prose).
type Rejected struct {
	URL    string `json:"url"`
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// rejectedLimit is how many rejected entries a summary lists; the count
// is always complete.
const rejectedLimit = 100

// prepared is a parsed file turned into what the library takes.
type prepared struct {
	items    []links.Imported
	rejected []Rejected
	invalid  int
}

// prepare validates every bookmark and gathers its tags: the file's own,
// then one per folder name (folders are how browsers tag), then extra.
func prepare(found []bookmarks.Bookmark, extra []string) prepared {
	var p prepared
	for _, b := range found {
		k, err := urlnorm.Parse(b.URL)
		if err != nil {
			p.reject(b.URL, err)
			continue
		}
		p.items = append(p.items, links.Imported{Link: k, Title: b.Title,
			Notes: b.Description, Added: b.AddedAt, Tags: tagsOf(b, extra)})
	}
	return p
}

func (p *prepared) reject(raw string, err error) {
	p.invalid++
	if len(p.rejected) >= rejectedLimit {
		return
	}
	r := Rejected{URL: shorten(raw, 200), Code: apperr.CodeOf(err)}
	if e, ok := err.(*apperr.Error); ok {
		r.Detail = shorten(e.Detail, 200)
	}
	p.rejected = append(p.rejected, r)
}

func tagsOf(b bookmarks.Bookmark, extra []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, group := range [][]string{b.Tags, b.Folder, extra} {
		for _, name := range group {
			clean, ok := tagName(name)
			if !ok || seen[strings.ToLower(clean)] || len(out) >= maxTags {
				continue
			}
			seen[strings.ToLower(clean)] = true
			out = append(out, clean)
		}
	}
	return out
}

// tagName makes a folder or tag name from another program acceptable to
// the library: commas become spaces and long names are cut.
func tagName(name string) (string, bool) {
	name = strings.NewReplacer(",", " ", "，", " ").Replace(name)
	name = shorten(strings.Join(strings.Fields(name), " "), links.MaxTagLength)
	clean, err := links.CleanTagName(name)
	return clean, err == nil
}

// shorten cuts s to at most n characters.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
