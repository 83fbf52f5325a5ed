package bookmarks

import (
	"encoding/json"
	"time"
)

// pinboardPost is one entry of Pinboard's JSON export (also written by
// tools that copy its API): the title is "description", the notes
// "extended", and tags are separated by spaces.
type pinboardPost struct {
	Href        string `json:"href"`
	Description string `json:"description"`
	Extended    string `json:"extended"`
	Time        string `json:"time"`
	Tags        string `json:"tags"`
}

// ParsePinboard reads Pinboard's JSON export.
func ParsePinboard(data []byte) ([]Bookmark, error) {
	var posts []pinboardPost
	if err := json.Unmarshal(data, &posts); err != nil {
		return nil, jsonError(err)
	}
	out := make([]Bookmark, 0, len(posts))
	for _, p := range posts {
		out = append(out, Bookmark{URL: p.Href, Title: p.Description,
			Description: p.Extended, Tags: splitTags(p.Tags, " "),
			AddedAt: textTime(p.Time)})
	}
	return out, nil
}

// linksnapFile is the shape of Linksnap's own JSON export, of which only
// what an import needs is read back.
type linksnapFile struct {
	Links []struct {
		URL       string `json:"url"`
		Title     string `json:"title"`
		Notes     string `json:"notes"`
		CreatedAt int64  `json:"createdAt"` // Unix milliseconds
		Tags      []struct {
			Name string `json:"name"`
		} `json:"tags"`
	} `json:"links"`
}

// ParseLinksnap reads a JSON export made by Linksnap.
func ParseLinksnap(data []byte) ([]Bookmark, error) {
	var f linksnapFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, jsonError(err)
	}
	out := make([]Bookmark, 0, len(f.Links))
	for _, k := range f.Links {
		b := Bookmark{URL: k.URL, Title: k.Title, Description: k.Notes}
		if k.CreatedAt > 0 {
			b.AddedAt = time.UnixMilli(k.CreatedAt).UTC()
		}
		for _, t := range k.Tags {
			b.Tags = append(b.Tags, t.Name)
		}
		out = append(out, b)
	}
	return out, nil
}
