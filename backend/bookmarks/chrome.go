package bookmarks

import (
	"encoding/json"
	"errors"
)

// chromeNode is a folder or a bookmark in Chrome's Bookmarks file.
type chromeNode struct {
	Type      string       `json:"type"` // "url" or "folder"
	Name      string       `json:"name"`
	URL       string       `json:"url"`
	DateAdded string       `json:"date_added"`
	Children  []chromeNode `json:"children"`
}

type chromeFile struct {
	Roots map[string]json.RawMessage `json:"roots"`
}

// chromeRoots are the roots of Chrome's and Edge's file, in the order the
// browser shows them. Their names are the browser's, so not tags.
var chromeRoots = []string{"bookmark_bar", "other", "synced", "workspaces"}

// ParseChrome reads the Bookmarks JSON file of Chrome, Chromium, Edge,
// Brave and Vivaldi. Folders below the roots become Bookmark.Folder.
func ParseChrome(data []byte) ([]Bookmark, error) {
	var f chromeFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, jsonError(err)
	}
	if f.Roots == nil {
		return nil, malformed("no \"roots\" in a Chrome bookmarks file")
	}
	var out []Bookmark
	for _, name := range chromeRoots {
		raw, ok := f.Roots[name]
		if !ok {
			continue
		}
		var root chromeNode
		if err := json.Unmarshal(raw, &root); err != nil {
			return nil, jsonError(err)
		}
		out = walkChrome(root, out)
	}
	return out, nil
}

type chromeItem struct {
	node *chromeNode
	path []string
}

// walkChrome visits the tree without recursion, keeping the browser's
// order.
func walkChrome(root chromeNode, out []Bookmark) []Bookmark {
	stack := []chromeItem{{node: &root}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.node
		if n.Type == "url" {
			out = append(out, Bookmark{URL: n.URL, Title: n.Name,
				AddedAt: chromeTime(n.DateAdded), Folder: limitFolder(it.path)})
			continue
		}
		path := it.path
		if n != &root && len(path) < maxFolderDepth {
			path = append(append([]string(nil), path...), n.Name)
		}
		for i := len(n.Children) - 1; i >= 0; i-- {
			stack = append(stack, chromeItem{node: &n.Children[i], path: path})
		}
	}
	return out
}

// jsonError names where a JSON file breaks.
func jsonError(err error) error {
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		return malformed("offset %d: %v", syntax.Offset, err)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return malformed("offset %d: %v", typ.Offset, err)
	}
	return malformed("%v", err)
}
