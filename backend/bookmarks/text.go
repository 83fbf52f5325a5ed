package bookmarks

import "linksnap/backend/urlnorm"

// ParseText reads a plain list of links, one or more a line, the way
// pasted text is read (see urlnorm.Scan). A line without any link is
// kept as it is, so that the importer counts it as invalid.
func ParseText(data []byte) []Bookmark {
	var out []Bookmark
	for _, line := range urlnorm.Scan(string(data)) {
		if len(line.Links) == 0 {
			out = append(out, Bookmark{URL: line.Text})
			continue
		}
		for _, k := range line.Links {
			out = append(out, Bookmark{URL: k.Original})
		}
	}
	return out
}
