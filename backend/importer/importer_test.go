package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"linksnap/backend/apperr"
	"linksnap/backend/bookmarks"
	"linksnap/backend/links"
	"linksnap/backend/store"
)

func newLibrary(t testing.TB) *links.Library {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return links.New(db)
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "bookmarks", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func allLinks(t *testing.T, lib *links.Library) []links.Link {
	t.Helper()
	page, err := lib.List(context.Background(), links.Query{Sort: "oldest", Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return page.Items
}

func TestImportChromeExport(t *testing.T) {
	ctx := context.Background()
	lib := newLibrary(t)
	data := fixture(t, "chrome_export.html")
	if _, _, err := lib.Add(ctx, "https://go.dev", nil); err != nil {
		t.Fatal(err)
	}

	sum, err := Preview(ctx, lib, data, []string{"imported"})
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Format: bookmarks.FormatNetscape, Total: 5, New: 3, Duplicates: 1, Invalid: 1}
	if sum.Total != want.Total || sum.New != want.New || sum.Duplicates != want.Duplicates ||
		sum.Invalid != want.Invalid || sum.Format != want.Format {
		t.Errorf("preview = %+v, want %+v", sum, want)
	}
	if got := strings.Join(sum.Tags, ","); got != "Databases,imported,技术文档" {
		t.Errorf("tags = %s", got)
	}
	if n := len(allLinks(t, lib)); n != 1 {
		t.Fatalf("preview wrote: %d links", n)
	}

	var calls int
	res, err := Import(ctx, lib, data, Options{Tags: []string{"imported"},
		Progress: func(done, total int) { calls++ }})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 3 || res.Duplicates != 1 || len(res.NewIDs) != 3 || calls != 1 {
		t.Errorf("result = %+v, progress calls %d", res, calls)
	}
	k, err := lib.FindByURL(ctx, "https://www.sqlite.org/fts5.html")
	if err != nil {
		t.Fatal(err)
	}
	if k.Title != "SQLite FTS5 Extension" || tagList(k) != "Databases,imported,技术文档" ||
		k.CreatedAt != 1700000280000 {
		t.Errorf("imported link = %+v", k)
	}
}

func tagList(k links.Link) string {
	var names []string
	for _, t := range k.Tags {
		names = append(names, t.Name)
	}
	return strings.Join(names, ",")
}

func TestImportEveryFixture(t *testing.T) {
	for _, name := range []string{"chrome_export.html", "firefox_export.html", "pocket.html",
		"pocket.csv", "raindrop.csv", "pinboard.json", "chrome_Bookmarks",
		"firefox_backup.json", "linkding.html", "list.txt", "gbk.html",
		"gb18030_list.txt", "utf16le_list.txt", "utf16be_export.html"} {
		t.Run(name, func(t *testing.T) {
			lib := newLibrary(t)
			res, err := Import(context.Background(), lib, fixture(t, name), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Added == 0 || res.Added != len(allLinks(t, lib)) {
				t.Errorf("result %+v, library holds %d", res, len(allLinks(t, lib)))
			}
		})
	}
}

func TestImportBrokenFileChangesNothing(t *testing.T) {
	tests := []struct{ name, code string }{
		{"truncated.html", bookmarks.CodeMalformed},
		{"truncated_Bookmarks", bookmarks.CodeMalformed},
		{"garbage.bin", bookmarks.CodeUnknownFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib := newLibrary(t)
			_, err := Import(context.Background(), lib, fixture(t, tt.name), Options{})
			if apperr.CodeOf(err) != tt.code {
				t.Fatalf("err = %v, want %s", err, tt.code)
			}
			if n := len(allLinks(t, lib)); n != 0 {
				t.Errorf("%d links saved from a broken file", n)
			}
		})
	}
}

// generateNetscape writes n bookmarks spread over folders, as a browser
// with a big collection exports them.
func generateNetscape(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" " +
		"CONTENT=\"text/html; charset=UTF-8\">\n<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n")
	for i := 0; i < n; i++ {
		if i%1000 == 0 {
			if i > 0 {
				b.WriteString("    </DL><p>\n")
			}
			fmt.Fprintf(&b, "    <DT><H3 ADD_DATE=\"1600000000\">文件夹 %d</H3>\n    <DL><p>\n", i/1000)
		}
		fmt.Fprintf(&b, "        <DT><A HREF=\"https://example.com/page/%d?utm_source=x\" "+
			"ADD_DATE=\"%d\" TAGS=\"t%d,common\">Page %d &amp; more</A>\n", i, 1600000000+i, i%50, i)
		if i%10 == 0 {
			fmt.Fprintf(&b, "        <DD>Description of page %d\n", i)
		}
	}
	b.WriteString("    </DL><p>\n</DL><p>\n")
	return b.Bytes()
}

func TestImportCancelledKeepsWholeBatches(t *testing.T) {
	lib := newLibrary(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := Import(ctx, lib, generateNetscape(2*batchSize+1), Options{Progress: func(done, total int) {
		if done >= batchSize {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want cancelled", err)
	}
	page, _ := lib.List(context.Background(), links.Query{})
	if page.Total != batchSize {
		t.Errorf("%d links saved, want one whole batch of %d", page.Total, batchSize)
	}
}

func TestExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := newLibrary(t)
	if _, err := Import(ctx, src, fixture(t, "firefox_export.html"), Options{Tags: []string{"x"}}); err != nil {
		t.Fatal(err)
	}
	k, _ := src.FindByURL(ctx, "https://www.mozilla.org/en-US/")
	if _, err := src.Edit(ctx, k.ID, `Title with "quotes" & <angles>`, "line one\nline <two> & three"); err != nil {
		t.Fatal(err)
	}
	want := allLinks(t, src)
	for _, format := range []string{ExportNetscape, ExportJSON, ExportCSV} {
		t.Run(format, func(t *testing.T) {
			var out bytes.Buffer
			if err := Export(ctx, src, format, &out); err != nil {
				t.Fatal(err)
			}
			dst := newLibrary(t)
			if _, err := Import(ctx, dst, out.Bytes(), Options{}); err != nil {
				t.Fatalf("import own %s export: %v\n%s", format, err, out.String())
			}
			got := allLinks(t, dst)
			if len(got) != len(want) {
				t.Fatalf("%d links back, want %d", len(got), len(want))
			}
			for i := range want {
				sameLink(t, got[i], want[i])
			}
		})
	}
}

func sameLink(t *testing.T, got, want links.Link) {
	t.Helper()
	if got.URL != want.URL || got.Title != want.Title || got.Notes != want.Notes ||
		got.CreatedAt/1000 != want.CreatedAt/1000 || tagList(got) != tagList(want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

func TestExportUnknownFormat(t *testing.T) {
	err := Export(context.Background(), newLibrary(t), "xml", &bytes.Buffer{})
	if apperr.CodeOf(err) != CodeExportFormat {
		t.Fatalf("err = %v", err)
	}
}

// TestImportLarge imports several batches; BenchmarkImport100k times
// the full 100,000.
func TestImportLarge(t *testing.T) {
	lib := newLibrary(t)
	res, err := Import(context.Background(), lib, generateNetscape(20000), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 20000 || !slices.Contains(res.Tags, "common") || len(res.Tags) != 71 {
		t.Errorf("added %d, %d tags", res.Added, len(res.Tags))
	}
}

func BenchmarkImport100k(b *testing.B) {
	data := generateNetscape(100000)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		lib := newLibrary(b)
		b.StartTimer()
		if _, err := Import(context.Background(), lib, data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestImportFile(t *testing.T) {
	lib := newLibrary(t)
	path := filepath.Join("..", "bookmarks", "testdata", "pinboard.json")
	res, err := ImportFile(context.Background(), lib, path, Options{})
	if err != nil || res.Added != 2 {
		t.Fatalf("ImportFile = %+v, %v", res, err)
	}
}
