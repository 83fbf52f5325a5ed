package bookmarks

import (
	"strings"
	"time"
)

// placesEntry is a row of moz_bookmarks: type 1 is a bookmark, 2 a
// folder. A tag is a folder under the tags root, holding one bookmark
// entry (without a title) per tagged place.
type placesEntry struct {
	id, kind, parent, added, place int64
	title, guid, url, description  string
}

type placesTree struct {
	byID    map[int64]*placesEntry
	order   []*placesEntry
	tagsIDs map[int64]bool // the tags root, whatever its id
}

func newPlacesTree() *placesTree {
	return &placesTree{byID: map[int64]*placesEntry{}, tagsIDs: map[int64]bool{}}
}

func (t *placesTree) add(e placesEntry) {
	t.byID[e.id] = &e
	t.order = append(t.order, &e)
	if e.guid == "tags________" {
		t.tagsIDs[e.id] = true
	}
}

// isRoot reports whether a folder is one of Firefox's built-in ones,
// whose guids are padded with underscores to twelve characters.
func isRoot(e *placesEntry) bool {
	return e.parent == 0 || strings.HasSuffix(e.guid, "__")
}

func (t *placesTree) bookmarks() []Bookmark {
	tags := t.tagsByPlace()
	var out []Bookmark
	for _, e := range t.order {
		if e.kind != 1 || e.url == "" || strings.HasPrefix(e.url, "place:") {
			continue
		}
		path, underTags := t.path(e)
		if underTags {
			continue
		}
		b := Bookmark{URL: e.url, Title: e.title, Description: e.description,
			Tags: tags[e.place], Folder: path}
		if e.added > 0 {
			b.AddedAt = time.UnixMicro(e.added).UTC()
		}
		out = append(out, b)
	}
	return out
}

// tagsByPlace maps a place id to the names of its tags.
func (t *placesTree) tagsByPlace() map[int64][]string {
	out := map[int64][]string{}
	for _, e := range t.order {
		tag, ok := t.byID[e.parent]
		if e.kind != 1 || !ok || !t.tagsIDs[tag.parent] || tag.title == "" {
			continue
		}
		out[e.place] = append(out[e.place], tag.title)
	}
	return out
}

// path walks up from e to the root, iteratively and at most as far as a
// sane tree goes, so a cycle in a damaged file cannot loop forever. It
// also tells whether e sits under the tags root.
func (t *placesTree) path(e *placesEntry) ([]string, bool) {
	var names []string
	for cur, steps := t.byID[e.parent], 0; cur != nil && steps < 10000; steps++ {
		if t.tagsIDs[cur.id] {
			return nil, true
		}
		if !isRoot(cur) && cur.title != "" {
			names = append(names, cur.title)
		}
		cur = t.byID[cur.parent]
	}
	for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
		names[i], names[j] = names[j], names[i]
	}
	return limitFolder(names), false
}
