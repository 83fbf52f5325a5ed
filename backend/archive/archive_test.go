package archive

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"linksnap/backend/links"
	"linksnap/backend/snapshots"
	"linksnap/backend/store"
)

func TestWriteZip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lib := links.New(db)
	k, _, err := lib.Add(ctx, "https://a.example/<b>", []string{"文档"})
	if err != nil {
		t.Fatal(err)
	}
	// A finished snapshot with its files, as the queue leaves it.
	snapDir := snapshots.FolderFor(k.ID, 1)
	os.MkdirAll(filepath.Join(dir, snapDir), 0o755)
	os.WriteFile(filepath.Join(dir, snapDir, "page.html"), []byte("<p>kept</p>"), 0o644)
	os.MkdirAll(filepath.Join(dir, snapshots.Dir, "9", ".1.part-x"), 0o755)
	os.WriteFile(filepath.Join(dir, snapshots.Dir, "9", ".1.part-x", "half.html"), nil, 0o644)
	if _, err := db.Exec(`INSERT INTO snapshots (id, link_id, status, dir, files, created_at)
		VALUES (1, ?, 'done', ?, '["page.html"]', 0)`, k.ID, snapDir); err != nil {
		t.Fatal(err)
	}

	var buf bytes.Buffer
	if err := Write(ctx, lib, snapshots.New(db, dir), dir, &buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		files[f.Name] = string(data)
	}
	page := "snapshots/" + filepath.ToSlash(strings.TrimPrefix(snapDir, "snapshots/")) + "/page.html"
	if files[page] != "<p>kept</p>" {
		t.Errorf("snapshot file missing: %v", keys(files))
	}
	index := files["index.html"]
	if !strings.Contains(index, `href="`+page+`"`) || !strings.Contains(index, "文档") {
		t.Errorf("index does not open the archived page:\n%s", index)
	}
	if strings.Contains(index, "<b>") || strings.Contains(index, "<script") {
		t.Errorf("index is not escaped or has a script:\n%s", index)
	}
	for _, name := range []string{"links.json", "bookmarks.html"} {
		if !strings.Contains(files[name], "a.example") {
			t.Errorf("%s missing or empty", name)
		}
	}
	for name := range files {
		if strings.Contains(name, ".part-") {
			t.Errorf("a half-written capture was exported: %s", name)
		}
	}
}

func TestWriteLinksOnlyTheChosen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lib := links.New(db)
	a, _, _ := lib.Add(ctx, "https://a.example/", nil)
	b, _, _ := lib.Add(ctx, "https://b.example/", nil)
	for _, id := range []int64{a.ID, b.ID} {
		d := filepath.Join(dir, snapshots.FolderFor(id, id))
		os.MkdirAll(d, 0o755)
		os.WriteFile(filepath.Join(d, "page.html"), []byte("x"), 0o644)
	}
	var buf bytes.Buffer
	if err := WriteLinks(ctx, lib, snapshots.New(db, dir), dir, []int64{b.ID}, &buf); err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	got := strings.Join(names, " ")
	want := "snapshots/" + filepath.ToSlash(strings.TrimPrefix(snapshots.FolderFor(b.ID, b.ID), "snapshots/")) + "/page.html"
	if !strings.Contains(got, want) || strings.Contains(got, "snapshots/1/") || !strings.Contains(got, "links.json") {
		t.Errorf("zip of link %d holds %v", b.ID, names)
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
