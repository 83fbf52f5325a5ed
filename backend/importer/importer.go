// Package importer brings bookmark files into the library and writes the
// library out again. Files are parsed completely before anything is
// written, so a broken file changes nothing.
package importer

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"linksnap/backend/bookmarks"
	"linksnap/backend/links"
)

// batchSize is how many links one transaction imports; progress is
// reported after each.
const batchSize = 5000

// Summary is what a preview finds in a file, without writing anything.
type Summary struct {
	Format     bookmarks.Format `json:"format"`
	Total      int              `json:"total"`      // entries in the file
	New        int              `json:"new"`        // links not saved yet
	Duplicates int              `json:"duplicates"` // already saved, or repeated in the file
	Invalid    int              `json:"invalid"`    // entries that are not http(s) links
	Tags       []string         `json:"tags"`       // every tag the import would apply
	Rejected   []Rejected       `json:"rejected"`   // the first invalid entries
}

// Options tune an import.
type Options struct {
	Tags []string // put on every imported link, as well as the file's own
	// Progress, when set, is called after each batch with the number of
	// links handled so far and the number to handle.
	Progress func(done, total int)
}

// Result is what an import did.
type Result struct {
	Summary
	Added  int     `json:"added"`
	NewIDs []int64 `json:"newIds"` // the links added, to queue their captures
}

// Preview parses data and compares it with the library.
func Preview(ctx context.Context, lib *links.Library, data []byte, extra []string) (Summary, error) {
	format, p, err := parse(ctx, data, extra)
	if err != nil {
		return Summary{}, err
	}
	norms := make([]string, len(p.items))
	for i, it := range p.items {
		norms[i] = it.Link.Normalized
	}
	known, err := lib.KnownURLs(ctx, norms)
	if err != nil {
		return Summary{}, fmt.Errorf("importer: preview: %w", err)
	}
	s := summarise(format, p)
	seen := map[string]bool{}
	for _, n := range norms {
		if !known[n] && !seen[n] {
			s.New++
		}
		seen[n] = true
	}
	s.Duplicates = len(norms) - s.New
	return s, nil
}

// Import adds the links of data to the library in batches, each one
// transaction. Cancelling ctx stops between batches: the batches done
// stay, which Result and the returned error report.
func Import(ctx context.Context, lib *links.Library, data []byte, opts Options) (Result, error) {
	format, p, err := parse(ctx, data, opts.Tags)
	if err != nil {
		return Result{}, err
	}
	return importPrepared(ctx, lib, format, p, opts)
}

// ImportBookmarks adds bookmarks already read (from a browser's own file,
// say), with their folders as tags, as Import does.
func ImportBookmarks(ctx context.Context, lib *links.Library, found []bookmarks.Bookmark, opts Options) (Result, error) {
	return importPrepared(ctx, lib, "", prepare(found, opts.Tags), opts)
}

func importPrepared(ctx context.Context, lib *links.Library, format bookmarks.Format, p prepared, opts Options) (Result, error) {
	res := Result{Summary: summarise(format, p), NewIDs: []int64{}}
	total := len(p.items)
	for start := 0; start < total; start += batchSize {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("importer: %w", err)
		}
		out, err := lib.ImportLinks(ctx, p.items[start:min(start+batchSize, total)])
		if err != nil {
			return res, fmt.Errorf("importer: %w", err)
		}
		res.count(out)
		if opts.Progress != nil {
			opts.Progress(start+len(out), total)
		}
	}
	return res, nil
}

func (r *Result) count(out []links.Outcome) {
	for _, o := range out {
		if o.Duplicate {
			r.Duplicates++
			continue
		}
		r.Added++
		r.New++
		r.NewIDs = append(r.NewIDs, o.ID)
	}
}

func parse(ctx context.Context, data []byte, extra []string) (bookmarks.Format, prepared, error) {
	format, found, err := bookmarks.Parse(ctx, data)
	if err != nil {
		return format, prepared{}, err
	}
	return format, prepare(found, extra), nil
}

func summarise(format bookmarks.Format, p prepared) Summary {
	s := Summary{Format: format, Total: len(p.items) + p.invalid, Invalid: p.invalid,
		Rejected: p.rejected, Tags: []string{}}
	if s.Rejected == nil {
		s.Rejected = []Rejected{}
	}
	seen := map[string]bool{}
	for _, it := range p.items {
		for _, t := range it.Tags {
			if key := strings.ToLower(t); !seen[key] {
				seen[key] = true
				s.Tags = append(s.Tags, t)
			}
		}
	}
	sort.Slice(s.Tags, func(i, j int) bool {
		return strings.ToLower(s.Tags[i]) < strings.ToLower(s.Tags[j])
	})
	return s
}
