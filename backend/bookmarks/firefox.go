package bookmarks

import (
	"encoding/json"
	"strings"
	"time"
)

// firefoxNode is an entry of Firefox's JSON backup (Library > Import and
// Backup > Backup). typeCode 1 is a bookmark, 2 a folder, 3 a separator.
type firefoxNode struct {
	TypeCode  int           `json:"typeCode"`
	Title     string        `json:"title"`
	URI       string        `json:"uri"`
	Tags      string        `json:"tags"`
	DateAdded int64         `json:"dateAdded"` // microseconds since 1970
	Root      string        `json:"root"`      // set on the built-in folders
	Annos     []firefoxAnno `json:"annos"`
	Children  []firefoxNode `json:"children"`
}

// firefoxAnno is an annotation; older Firefox kept descriptions in one.
type firefoxAnno struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

const (
	firefoxBookmark = 1
	firefoxFolder   = 2
)

// ParseFirefoxJSON reads a Firefox bookmarks backup in JSON. The
// built-in folders (menu, toolbar, other, mobile) are not tags; the tags
// folder of old backups is skipped, since each bookmark lists its tags.
func ParseFirefoxJSON(data []byte) ([]Bookmark, error) {
	var root firefoxNode
	if err := json.Unmarshal(data, &root); err != nil {
		return nil, jsonError(err)
	}
	if root.TypeCode != firefoxFolder && root.Root == "" {
		return nil, malformed("the top entry of a Firefox backup is not a folder")
	}
	return walkFirefox(&root), nil
}

type firefoxItem struct {
	node *firefoxNode
	path []string
}

func walkFirefox(root *firefoxNode) []Bookmark {
	var out []Bookmark
	stack := []firefoxItem{{node: root}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := it.node
		switch {
		case n.TypeCode == firefoxBookmark && n.URI != "" && !strings.HasPrefix(n.URI, "place:"):
			out = append(out, firefoxBookmarkOf(n, it.path))
		case n.TypeCode == firefoxFolder && n.Root != "tagsFolder":
			path := it.path
			if n.Root == "" && len(path) < maxFolderDepth {
				path = append(append([]string(nil), path...), n.Title)
			}
			for i := len(n.Children) - 1; i >= 0; i-- {
				stack = append(stack, firefoxItem{node: &n.Children[i], path: path})
			}
		}
	}
	return out
}

func firefoxBookmarkOf(n *firefoxNode, path []string) Bookmark {
	b := Bookmark{URL: n.URI, Title: n.Title, Tags: splitTags(n.Tags, ","),
		Folder: limitFolder(path)}
	if n.DateAdded > 0 {
		b.AddedAt = time.UnixMicro(n.DateAdded).UTC()
	}
	for _, a := range n.Annos {
		if s, ok := a.Value.(string); ok && a.Name == "bookmarkProperties/description" {
			b.Description = s
		}
	}
	return b
}
