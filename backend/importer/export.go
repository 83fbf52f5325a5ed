package importer

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"linksnap/backend/apperr"
	"linksnap/backend/bookmarks"
	"linksnap/backend/links"
)

// CodeExportFormat marks an export format Linksnap cannot write.
const CodeExportFormat = "export.unknown_format"

// Export formats.
const (
	ExportNetscape = "netscape"
	ExportJSON     = "json"
	ExportCSV      = "csv"
)

// exportPage is how many links are read from the library at a time.
const exportPage = 1000

// Export writes every link of the library to w, oldest first.
func Export(ctx context.Context, lib *links.Library, format string, w io.Writer) error {
	sink, err := newSink(format, w)
	if err != nil {
		return err
	}
	if err := eachLink(ctx, lib, sink.write); err != nil {
		return err
	}
	return sink.close()
}

// sink takes links one at a time and finishes the file on close.
type sink struct {
	write func(links.Link) error
	close func() error
}

func newSink(format string, w io.Writer) (sink, error) {
	var out bookmarks.Writer
	var err error
	switch format {
	case ExportNetscape:
		out, err = bookmarks.NewNetscapeWriter(w)
	case ExportCSV:
		out, err = bookmarks.NewCSVWriter(w)
	case ExportJSON:
		j, err := newJSONWriter(w, time.Now())
		return sink{write: j.write, close: j.close}, err
	default:
		return sink{}, apperr.New(CodeExportFormat, format)
	}
	if err != nil {
		return sink{}, err
	}
	write := func(k links.Link) error { return out.Write(asBookmark(k)) }
	return sink{write: write, close: out.Close}, nil
}

// asBookmark is a link as the bookmark writers take it.
func asBookmark(k links.Link) bookmarks.Bookmark {
	b := bookmarks.Bookmark{URL: k.URL, Title: k.Title, Description: k.Notes,
		AddedAt: time.UnixMilli(k.CreatedAt).UTC()}
	for _, t := range k.Tags {
		b.Tags = append(b.Tags, t.Name)
	}
	return b
}

// eachLink calls fn on every link, oldest first, a page at a time.
func eachLink(ctx context.Context, lib *links.Library, fn func(links.Link) error) error {
	q := links.Query{Sort: "oldest", Limit: exportPage}
	for {
		page, err := lib.List(ctx, q)
		if err != nil {
			return fmt.Errorf("importer: export: %w", err)
		}
		for _, k := range page.Items {
			if err := fn(k); err != nil {
				return err
			}
		}
		q.Offset += len(page.Items)
		if len(page.Items) == 0 || q.Offset >= page.Total {
			return nil
		}
	}
}

// jsonWriter streams Linksnap's JSON export: an envelope naming the
// format, then every link as the library and the UI know it (tags,
// notes, favourite, the state of its latest snapshot).
type jsonWriter struct {
	w     *bufio.Writer
	first bool
}

func newJSONWriter(w io.Writer, now time.Time) (*jsonWriter, error) {
	j := &jsonWriter{w: bufio.NewWriter(w), first: true}
	_, err := fmt.Fprintf(j.w, "{\n  \"format\": \"linksnap\",\n  \"version\": 1,\n"+
		"  \"exportedAt\": %q,\n  \"links\": [", now.UTC().Format(time.RFC3339))
	if err != nil {
		return nil, fmt.Errorf("importer: export: %w", err)
	}
	return j, nil
}

func (j *jsonWriter) write(k links.Link) error {
	data, err := json.Marshal(k)
	if err != nil {
		return fmt.Errorf("importer: export: %w", err)
	}
	sep := ",\n    "
	if j.first {
		sep, j.first = "\n    ", false
	}
	j.w.WriteString(sep)
	if _, err := j.w.Write(data); err != nil {
		return fmt.Errorf("importer: export: %w", err)
	}
	return nil
}

func (j *jsonWriter) close() error {
	j.w.WriteString("\n  ]\n}\n")
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("importer: export: %w", err)
	}
	return nil
}
