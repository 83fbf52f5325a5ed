package archive

import (
	"archive/zip"
	"context"
	"fmt"
	"html/template"
	"path"
	"slices"
	"time"

	"linksnap/backend/links"
	"linksnap/backend/snapshots"
)

// indexPage lists the links; it has no script and allows none, and its
// links are relative so the unzipped folder works from anywhere.
var indexPage = template.Must(template.New("index").Parse(`<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'">
<title>Linksnap</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
li { margin: .8em 0; list-style: none; }
.meta { color: #666; font-size: 13px; }
.tag { background: #eef; border-radius: 3px; padding: 0 .4em; margin-right: .3em; }
</style></head>
<body><h1>Linksnap</h1>
<p class="meta">{{len .Links}} links, exported {{.Exported}}. Also here: links.json{{if .Bookmarks}}, bookmarks.html{{end}}.</p>
<ul>{{range .Links}}
<li><a href="{{.URL}}">{{.Title}}</a>
<div class="meta">{{.Domain}} · {{.Added}}{{range .Tags}} <span class="tag">{{.}}</span>{{end}}
{{if .Page}} · <a href="{{.Page}}">archived page</a>{{end}}
{{if .Shot}} · <a href="{{.Shot}}">screenshot</a>{{end}}
{{if .Status}} · {{.Status}}{{end}}</div></li>{{end}}
</ul></body></html>
`))

type entry struct {
	URL, Title, Domain, Added, Status string
	Page, Shot                        string
	Tags                              []string
}

// allLinks reads every link of the library, newest first.
func allLinks(ctx context.Context, lib *links.Library) ([]links.Link, error) {
	var out []links.Link
	q := links.Query{Limit: 1000}
	for {
		page, err := lib.List(ctx, q)
		if err != nil {
			return nil, err
		}
		out = append(out, page.Items...)
		q.Offset += len(page.Items)
		if len(page.Items) == 0 || q.Offset >= page.Total {
			return out, nil
		}
	}
}

func writeIndex(ctx context.Context, zw *zip.Writer, snaps *snapshots.Store, list []links.Link, bookmarks bool) error {
	entries := make([]entry, 0, len(list))
	for _, k := range list {
		e, err := entryFor(ctx, snaps, k)
		if err != nil {
			return err
		}
		entries = append(entries, e)
	}
	f, err := create(zw, "index.html")
	if err != nil {
		return err
	}
	data := struct {
		Links     []entry
		Exported  string
		Bookmarks bool
	}{entries, time.Now().Format("2006-01-02 15:04"), bookmarks}
	if err := indexPage.Execute(f, data); err != nil {
		return fmt.Errorf("archive: index: %w", err)
	}
	return nil
}

func entryFor(ctx context.Context, snaps *snapshots.Store, k links.Link) (entry, error) {
	e := entry{URL: k.URL, Title: k.DisplayTitle(), Domain: k.Domain, Status: k.Snapshot,
		Added: time.UnixMilli(k.CreatedAt).Format("2006-01-02 15:04")}
	for _, t := range k.Tags {
		e.Tags = append(e.Tags, t.Name)
	}
	if k.SnapshotID == 0 {
		return e, nil
	}
	snap, err := snaps.Get(ctx, k.SnapshotID)
	if err != nil {
		return e, err
	}
	dir := path.Join(snapshots.Dir, fmt.Sprint(k.ID), fmt.Sprint(snap.ID))
	if slices.Contains(snap.Files, "page.html") {
		e.Page = dir + "/page.html"
	}
	if slices.Contains(snap.Files, "screenshot.png") {
		e.Shot = dir + "/screenshot.png"
	}
	return e, nil
}
