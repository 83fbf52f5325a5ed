package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runIn runs one of this file's commands in-process on the library in
// dataDir. It calls the command directly, so the test does not depend
// on its place in the command table.
func runIn(t *testing.T, dataDir string, cmd func(context.Context, Streams, []string) int,
	stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	s := Streams{In: strings.NewReader(stdin), Out: &out, Err: &errOut}
	code := cmd(withDataDir(context.Background(), dataDir), s, args)
	return result{code, out.String(), errOut.String()}
}

func bookmarkFixture(name string) string {
	return filepath.Join("..", "bookmarks", "testdata", name)
}

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	file := bookmarkFixture("chrome_export.html")

	r := runIn(t, dir, runImport, "", "--dry-run", file)
	if r.code != 0 || !strings.Contains(r.stdout, "netscape file: 5 entries, 4 new, 0 already saved, 1 not links") {
		t.Fatalf("dry run: %+v", r)
	}
	r = runIn(t, dir, runList, "", "--json")
	if r.stdout != "[]\n" {
		t.Fatalf("dry run wrote: %s", r.stdout)
	}

	r = runIn(t, dir, runImport, "", file, "--tag", "chrome", "--json")
	var res struct{ Added, Duplicates, Invalid int }
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &res) != nil || res.Added != 4 || res.Invalid != 1 {
		t.Fatalf("import: %+v", r)
	}
	r = runIn(t, dir, runImport, "", file)
	if r.code != 0 || !strings.Contains(r.stdout, "imported 0 new links, 4 already saved") {
		t.Fatalf("second import: %+v", r)
	}
	r = runIn(t, dir, runList, "", "--tag", "chrome")
	if r.code != 0 || strings.Count(r.stdout, "\n") != 4 || !strings.Contains(r.stdout, "#技术文档") {
		t.Fatalf("list after import: %+v", r)
	}
}

func TestImportCommandErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{bookmarkFixture("garbage.bin")}, 1, "not a bookmark file Linksnap can read"},
		{[]string{bookmarkFixture("truncated.html")}, 1, "the file is damaged or cut short: line"},
		{[]string{filepath.Join(dir, "missing.html")}, 1, "no such file"},
		{[]string{}, 2, "import needs one file"},
	}
	for _, tt := range tests {
		r := runIn(t, dir, runImport, "", tt.args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.msg) {
			t.Errorf("import %v: %+v, want %d and %q", tt.args, r, tt.code, tt.msg)
		}
	}
	r := runIn(t, dir, runImport, "https://example.com/a\nhttps://example.com/b\n", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "imported 2 new links") {
		t.Errorf("import from stdin: %+v", r)
	}
}

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	if r := runIn(t, dir, runImport, "", bookmarkFixture("firefox_export.html")); r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	for _, tt := range []struct{ format, file, want string }{
		{"netscape", "out.html", "<!DOCTYPE NETSCAPE-Bookmark-file-1>"},
		{"json", "out.json", `"format": "linksnap"`},
		{"csv", "out.csv", "url,title,tags,notes,created"},
		{"", "guessed.csv", "url,title,tags,notes,created"},
	} {
		path := filepath.Join(dir, tt.file)
		args := []string{path}
		if tt.format != "" {
			args = append([]string{"--format", tt.format}, args...)
		}
		if r := runIn(t, dir, runExport, "", args...); r.code != 0 {
			t.Fatalf("export %s: %+v", tt.format, r)
		}
		data, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(data), tt.want) ||
			!strings.Contains(string(data), "https://www.zhihu.com/question/19550393") {
			t.Errorf("export %s: %v\n%s", tt.format, err, data)
		}
		fresh := t.TempDir()
		r := runIn(t, fresh, runImport, "", path)
		if r.code != 0 || !strings.Contains(r.stdout, "imported 5 new links") {
			t.Errorf("re-import of %s: %+v", tt.file, r)
		}
	}
	r := runIn(t, dir, runExport, "", "--format", "csv", "-")
	if r.code != 0 || strings.Count(r.stdout, "\n") != 6 {
		t.Errorf("export to stdout: %+v", r)
	}
	if r := runIn(t, dir, runExport, "", "--format", "xml", "x.xml"); r.code != 2 {
		t.Errorf("unknown format: %+v", r)
	}
}
