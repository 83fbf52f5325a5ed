package bookmarks

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"strings"
	"time"
)

// Writer writes bookmarks one at a time, so an export of the whole
// library never holds it in memory. Close finishes the file; it does not
// close the underlying writer.
type Writer interface {
	Write(b Bookmark) error
	Close() error
}

// netscapeHeader is what browsers expect at the top of a bookmark file;
// Firefox and Chrome both refuse files without the DOCTYPE.
const netscapeHeader = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file.
     It will be read and overwritten.
     DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
`

type netscapeWriter struct {
	w *bufio.Writer
}

// NewNetscapeWriter returns a Writer of Netscape bookmark HTML: one flat
// list, tags in TAGS= (as Firefox, Pinboard and linkding write them),
// the time added in ADD_DATE and notes in <DD>.
func NewNetscapeWriter(w io.Writer) (Writer, error) {
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(netscapeHeader); err != nil {
		return nil, fmt.Errorf("bookmarks: write: %w", err)
	}
	return &netscapeWriter{w: bw}, nil
}

func (n *netscapeWriter) Write(b Bookmark) error {
	var line strings.Builder
	fmt.Fprintf(&line, `    <DT><A HREF="%s"`, html.EscapeString(b.URL))
	if !b.AddedAt.IsZero() {
		fmt.Fprintf(&line, ` ADD_DATE="%d"`, b.AddedAt.Unix())
	}
	if len(b.Tags) > 0 {
		fmt.Fprintf(&line, ` TAGS="%s"`, html.EscapeString(strings.Join(b.Tags, ",")))
	}
	title := b.Title
	if title == "" {
		title = b.URL
	}
	fmt.Fprintf(&line, ">%s</A>\n", html.EscapeString(collapse(title)))
	if b.Description != "" {
		fmt.Fprintf(&line, "    <DD>%s\n", html.EscapeString(b.Description))
	}
	if _, err := n.w.WriteString(line.String()); err != nil {
		return fmt.Errorf("bookmarks: write: %w", err)
	}
	return nil
}

func (n *netscapeWriter) Close() error {
	n.w.WriteString("</DL><p>\n")
	if err := n.w.Flush(); err != nil {
		return fmt.Errorf("bookmarks: write: %w", err)
	}
	return nil
}

type csvWriter struct {
	w *csv.Writer
}

// csvHeader names the columns of Linksnap's CSV export.
var csvHeader = []string{"url", "title", "tags", "notes", "created"}

// NewCSVWriter returns a Writer of RFC 4180 CSV with the columns
// url,title,tags,notes,created: tags joined by commas (a tag never holds
// one), the time in RFC 3339.
func NewCSVWriter(w io.Writer) (Writer, error) {
	c := &csvWriter{w: csv.NewWriter(w)}
	if err := c.w.Write(csvHeader); err != nil {
		return nil, fmt.Errorf("bookmarks: write: %w", err)
	}
	return c, nil
}

func (c *csvWriter) Write(b Bookmark) error {
	created := ""
	if !b.AddedAt.IsZero() {
		created = b.AddedAt.UTC().Format(time.RFC3339)
	}
	rec := []string{b.URL, b.Title, strings.Join(b.Tags, ","), b.Description, created}
	if err := c.w.Write(rec); err != nil {
		return fmt.Errorf("bookmarks: write: %w", err)
	}
	return nil
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("bookmarks: write: %w", err)
	}
	return nil
}
