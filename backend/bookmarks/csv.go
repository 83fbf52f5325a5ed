package bookmarks

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// Columns of the CSV files Linksnap reads, by the names their exporters
// give them: Pocket (title,url,time_added,tags,status), Raindrop
// (id,title,note,excerpt,url,folder,tags,created,...) and our own export
// (url,title,tags,notes,created).
var (
	urlColumns   = map[string]bool{"url": true, "href": true, "link": true}
	titleColumns = []string{"title", "name", "description"}
	noteColumns  = []string{"notes", "note", "extended", "excerpt"}
	timeColumns  = []string{"created", "time_added", "created_at", "added", "date"}
)

// csvColumns are the positions of the columns in one file; -1 if absent.
type csvColumns struct {
	url, title, tags, folder, time int
	notes                          []int
}

// ParseCSV reads a CSV export whose first line names its columns. Tags
// are split on commas and on "|" (Pocket's separator); a Raindrop
// folder other than "Unsorted" becomes Bookmark.Folder.
func ParseCSV(data []byte) ([]Bookmark, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return nil, csvError(err)
	}
	cols := findColumns(header)
	if cols.url < 0 {
		return nil, malformed("line 1: no url column in %q", strings.Join(header, ","))
	}
	var out []Bookmark
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, csvError(err)
		}
		out = append(out, cols.bookmark(rec))
	}
}

func findColumns(header []string) csvColumns {
	index := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if _, seen := index[h]; !seen {
			index[h] = i
		}
	}
	first := func(names ...string) int {
		for _, n := range names {
			if i, ok := index[n]; ok {
				return i
			}
		}
		return -1
	}
	cols := csvColumns{url: first("url", "href", "link"), title: first(titleColumns...),
		tags: first("tags"), folder: first("folder"), time: first(timeColumns...)}
	for _, n := range noteColumns {
		if i, ok := index[n]; ok {
			cols.notes = append(cols.notes, i)
		}
	}
	return cols
}

func (c csvColumns) bookmark(rec []string) Bookmark {
	field := func(i int) string {
		if i < 0 || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	b := Bookmark{URL: field(c.url), Title: field(c.title),
		Tags: splitTags(field(c.tags), ",|"), AddedAt: textTime(field(c.time))}
	for _, i := range c.notes {
		if b.Description = field(i); b.Description != "" {
			break
		}
	}
	if f := field(c.folder); f != "" && f != "Unsorted" {
		b.Folder = []string{f}
	}
	return b
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return malformed("line %d, column %d: %v", pe.Line, pe.Column, pe.Err)
	}
	return malformed("%v", err)
}
