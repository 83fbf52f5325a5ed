package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"linksnap/backend/links"
	"linksnap/backend/snapshots"
)

// runList prints the links, newest first, optionally filtered by tags.
func runList(ctx context.Context, s Streams, args []string) int {
	fs := newFlags("list", s)
	var tags stringList
	fs.Var(&tags, "tag", "only links with this tag (repeatable: all of them)")
	anyTag := fs.Bool("any", false, "with several --tag, links with any of them")
	domain := fs.String("domain", "", "only links of this domain")
	limit := fs.Int("limit", 0, "print at most this many links (0: all)")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(rest) > 0 {
		return usageError(s, "list takes no arguments, only flags (got %q)", rest[0])
	}
	q := links.Query{Domain: *domain}
	if *anyTag {
		q.TagMode = "any"
	}
	return printQuery(ctx, s, q, tags, *limit, *asJSON)
}

// runSearch prints the links that match a full-text query.
func runSearch(ctx context.Context, s Streams, args []string) int {
	fs := newFlags("search", s)
	limit := fs.Int("limit", 0, "print at most this many links (0: all)")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	text := strings.TrimSpace(strings.Join(rest, " "))
	if text == "" {
		return usageError(s, "search needs a query")
	}
	return printQuery(ctx, s, links.Query{Text: text}, nil, *limit, *asJSON)
}

func printQuery(ctx context.Context, s Streams, q links.Query, tags []string, limit int, asJSON bool) int {
	lib, err := openStore(ctx)
	if err != nil {
		return fail(s, err)
	}
	defer lib.Close()
	for _, name := range tags {
		t, err := lib.TagByName(ctx, name)
		if err != nil {
			return fail(s, err)
		}
		q.TagIDs = append(q.TagIDs, t.ID)
	}
	found, err := collect(ctx, lib.Library, q, limit)
	if err != nil {
		return fail(s, err)
	}
	if asJSON {
		return printJSON(ctx, s, lib, found)
	}
	for _, k := range found {
		printLink(s.Out, k)
	}
	return exitOK
}

// collect pages through the query until limit links (0: all) are read.
func collect(ctx context.Context, lib *links.Library, q links.Query, limit int) ([]links.Link, error) {
	out := []links.Link{}
	q.Limit = 1000
	for {
		page, err := lib.List(ctx, q)
		if err != nil {
			return nil, err
		}
		out = append(out, page.Items...)
		if limit > 0 && len(out) >= limit {
			return out[:limit], nil
		}
		if len(page.Items) == 0 || len(out) >= page.Total {
			return out, nil
		}
		q.Offset += len(page.Items)
	}
}

func printLink(w io.Writer, k links.Link) {
	names := make([]string, len(k.Tags))
	for i, t := range k.Tags {
		names[i] = "#" + t.Name
	}
	added := time.UnixMilli(k.CreatedAt).Format("2006-01-02 15:04")
	fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", k.ID, added, k.DisplayTitle(), k.URL,
		strings.Join(names, " "))
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("cli: write JSON: %w", err)
	}
	return nil
}

// listed is a link as list --json prints it: with its latest snapshot,
// whose files are in dir under the data folder.
type listed struct {
	links.Link
	Latest *snapshots.Snapshot `json:"latest"`
}

func printJSON(ctx context.Context, s Streams, lib library, found []links.Link) int {
	store := snapshots.New(lib.db, lib.dir)
	out := make([]listed, len(found))
	for i, k := range found {
		out[i].Link = k
		if k.SnapshotID == 0 {
			continue
		}
		snap, err := store.Get(ctx, k.SnapshotID)
		if err != nil {
			return fail(s, err)
		}
		out[i].Latest = &snap
	}
	if err := writeJSON(s.Out, out); err != nil {
		return fail(s, err)
	}
	return exitOK
}
