package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// binary is the real linksnap executable, built once by TestMain so that
// these tests run the command line exactly as a person does.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "linksnap-cli-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "linksnap")
	build := exec.Command("go", "build", "-tags", "desktop,production,webkit2_41,sqlite_fts5",
		"-o", binary, "../..")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build linksnap:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

// run runs the binary on a library in dataDir with stdin as input.
func run(t *testing.T, dataDir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "LINKSNAP_DATA_DIR="+dataDir, "DISPLAY=")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return result{code, out.String(), errOut.String()}
}

func TestCLIAddListSearchTag(t *testing.T) {
	dir := t.TempDir()
	steps := []struct {
		args   []string
		stdin  string
		code   int
		stdout string // must appear in stdout
		stderr string // must appear in stderr
	}{
		{[]string{"add", "--no-capture", "--tag", "Go", "https://go.dev/doc/", "--tag", "文档"}, "", 0, "added 1, already saved 0", ""},
		{[]string{"add", "-"}, "https://go.dev/doc/#intro\nnot a link at all\nhttps://zh.example/快照\n", 1, "added 1, already saved 1, not links 1", "line 2: no link in this line"},
		{[]string{"add", "javascript:alert(1)"}, "", 1, "not links 1", "only http and https"},
		{[]string{"list", "--tag", "go"}, "", 0, "https://go.dev/doc/", ""},
		{[]string{"search", "快照"}, "", 0, "zh.example", ""},
		{[]string{"tag", "add", "Go", "https://zh.example/快照"}, "", 0, "", ""},
		{[]string{"tag", "rename", "go", "文档"}, "", 1, "", "already exists"},
		{[]string{"tag", "merge", "go", "文档"}, "", 0, "", ""},
		{[]string{"tag", "list"}, "", 0, "文档\t2", ""},
		{[]string{"tag", "color", "文档", "#22aa55"}, "", 0, "", ""},
		{[]string{"tag", "delete", "nope"}, "", 1, "", "no such tag"},
		{[]string{"tag"}, "", 2, "", "usage"},
		{[]string{"list", "extra"}, "", 2, "", "no arguments"},
		{[]string{"frobnicate"}, "", 2, "", "unknown command"},
		{[]string{"add"}, "", 2, "", "at least one URL"},
		{[]string{"--version"}, "", 0, "linksnap ", ""},
		{[]string{"help"}, "", 0, "linksnap add", ""},
	}
	for _, st := range steps {
		r := run(t, dir, st.stdin, st.args...)
		if r.code != st.code || !strings.Contains(r.stdout, st.stdout) || !strings.Contains(r.stderr, st.stderr) {
			t.Errorf("linksnap %s: exit %d, stdout %q, stderr %q; want exit %d, stdout ~%q, stderr ~%q",
				strings.Join(st.args, " "), r.code, r.stdout, r.stderr, st.code, st.stdout, st.stderr)
		}
	}
}

func TestCLIListJSON(t *testing.T) {
	dir := t.TempDir()
	run(t, dir, "", "add", "--tag", "a", "https://one.example/", "https://two.example/")
	r := run(t, dir, "", "list", "--json")
	var got []struct {
		URL  string `json:"url"`
		Tags []struct {
			Name string `json:"name"`
		} `json:"tags"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("list --json: %v\n%s", err, r.stdout)
	}
	if len(got) != 2 || got[0].URL != "https://two.example/" || got[1].Tags[0].Name != "a" {
		t.Errorf("list --json = %+v", got)
	}
}

// TestCLITwoProcessesShareLibrary runs two writers on one library at
// once, as the app and a terminal would, and checks nothing is lost and
// the database stays sound.
func TestCLITwoProcessesShareLibrary(t *testing.T) {
	dir := t.TempDir()
	run(t, dir, "", "list") // create the library first
	var wg sync.WaitGroup
	results := make([]result, 2)
	for w := range 2 {
		var in strings.Builder
		for i := range 3000 {
			fmt.Fprintf(&in, "https://w%d.example/%d\n", w, i)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[w] = run(t, dir, in.String(), "add", "--tag", fmt.Sprint("w", w), "-")
		}()
	}
	wg.Wait()
	for w, r := range results {
		if r.code != 0 || !strings.Contains(r.stdout, "added 3000") {
			t.Fatalf("writer %d: exit %d %q %q", w, r.code, r.stdout, r.stderr)
		}
	}
	r := run(t, dir, "", "tag", "list")
	if !strings.Contains(r.stdout, "w0\t3000") || !strings.Contains(r.stdout, "w1\t3000") {
		t.Errorf("tag counts after concurrent adds: %q", r.stdout)
	}
	checkIntegrity(t, filepath.Join(dir, "linksnap.db"))
}

// TestCLIAddWaitCaptures adds pages served here with --wait: they are
// captured in this process, list --json shows the snapshot and its
// files, and a page that fails makes the exit status 1.
func TestCLIAddWaitCaptures(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<!doctype html><title>Waited page</title><h1>captured from the command line</h1>`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	r := run(t, dir, "", "add", "--wait", srv.URL+"/ok")
	if r.code != 0 || !strings.Contains(r.stdout, "done") {
		t.Fatalf("add --wait: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	r = run(t, dir, "", "list", "--json")
	var got []struct {
		Title  string `json:"title"`
		Latest struct {
			Status string   `json:"status"`
			Dir    string   `json:"dir"`
			Files  []string `json:"files"`
		} `json:"latest"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("list --json: %v", err)
	}
	if len(got) != 1 || got[0].Title != "Waited page" || got[0].Latest.Status != "done" {
		t.Fatalf("after capture: %+v", got)
	}
	if _, err := os.Stat(filepath.Join(dir, got[0].Latest.Dir, "page.html")); err != nil {
		t.Errorf("page.html not in the snapshot folder: %v", err)
	}
	zipPath := filepath.Join(t.TempDir(), "library.zip")
	if r := run(t, dir, "", "export", zipPath); r.code != 0 {
		t.Fatalf("export zip: %d %s", r.code, r.stderr)
	}
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatalf("export zip: %v", err)
	}
	names := map[string]bool{}
	for _, f := range zr.File {
		names[f.Name] = true
	}
	zr.Close()
	if !names["index.html"] || !names[filepath.ToSlash(got[0].Latest.Dir)+"/page.html"] {
		t.Errorf("zip lacks the index or the snapshot: %v", names)
	}
	r = run(t, dir, "", "add", "--wait", srv.URL+"/missing")
	if r.code != 1 || !strings.Contains(r.stderr, "404") {
		t.Errorf("failed capture: exit %d, stderr %q", r.code, r.stderr)
	}
}
