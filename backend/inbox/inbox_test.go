package inbox

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// recorder is a Handler that remembers what it read and fails on files
// whose content says so.
type recorder struct {
	mu   sync.Mutex
	read map[string]string
}

func (r *recorder) handle(_ context.Context, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.read[filepath.Base(path)] = string(data)
	r.mu.Unlock()
	if strings.Contains(string(data), "broken") {
		return errors.New("import.malformed: line 3")
	}
	return nil
}

func (r *recorder) get(name string) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.read[name]
	return s, ok
}

func start(t *testing.T, dir string) (*Watcher, *recorder) {
	t.Helper()
	rec := &recorder{read: map[string]string{}}
	w := New(Options{Dir: dir, Handle: rec.handle, Settle: 300 * time.Millisecond})
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w, rec
}

// waitFor polls until path exists.
func waitFor(t *testing.T, path string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !exists(path) {
		if time.Now().After(deadline) {
			t.Fatalf("%s never appeared", path)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestInboxFilesPresentAtStart(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "links.txt"), []byte("https://example.com/\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("x"), 0o644)
	_, rec := start(t, dir)
	waitFor(t, filepath.Join(dir, ProcessedDir, "links.txt"))
	if _, ok := rec.get(".hidden"); ok || !exists(filepath.Join(dir, ".hidden")) {
		t.Error("a hidden file was handled")
	}
}

// TestInboxSlowWriter writes a file in chunks with pauses shorter than
// the settle time: the handler must see it only once it is whole.
func TestInboxSlowWriter(t *testing.T) {
	dir := t.TempDir()
	_, rec := start(t, dir)
	path := filepath.Join(dir, "bookmarks.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for i := 0; i < 6; i++ {
		chunk := strings.Repeat("<DT><A HREF=\"https://example.com/\">x</A>\n", 100)
		want.WriteString(chunk)
		f.WriteString(chunk)
		time.Sleep(150 * time.Millisecond)
		if _, ok := rec.get("bookmarks.html"); ok {
			t.Fatalf("handled after %d chunks, while still being written", i+1)
		}
	}
	f.Close()
	waitFor(t, filepath.Join(dir, ProcessedDir, "bookmarks.html"))
	if got, _ := rec.get("bookmarks.html"); got != want.String() {
		t.Errorf("handler read %d bytes, want %d", len(got), want.Len())
	}
}

func TestInboxFailedFileKeepsReason(t *testing.T) {
	dir := t.TempDir()
	start(t, dir)
	os.WriteFile(filepath.Join(dir, "bad.html"), []byte("broken"), 0o644)
	reason := filepath.Join(dir, FailedDir, "bad.html.error.txt")
	waitFor(t, reason)
	data, _ := os.ReadFile(reason)
	if !strings.Contains(string(data), "import.malformed: line 3") || !exists(filepath.Join(dir, FailedDir, "bad.html")) {
		t.Errorf("reason = %q", data)
	}

	os.WriteFile(filepath.Join(dir, "bad.html"), []byte("broken again"), 0o644)
	waitFor(t, filepath.Join(dir, FailedDir, "bad-1.html.error.txt"))
}

func TestInboxSameNameTwice(t *testing.T) {
	dir := t.TempDir()
	start(t, dir)
	for _, name := range []string{"list.txt", "list-1.txt"} {
		os.WriteFile(filepath.Join(dir, "list.txt"), []byte("https://example.com/"), 0o644)
		waitFor(t, filepath.Join(dir, ProcessedDir, name))
	}
}

func TestInboxCloseLeavesNoGoroutine(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		dir := t.TempDir()
		rec := &recorder{read: map[string]string{}}
		w := New(Options{Dir: dir, Handle: rec.handle})
		if err := w.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644)
		w.Close()
		w.Close()
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Close, %d before", n, before)
	}
}

func TestInboxCloseDuringImportLeavesFile(t *testing.T) {
	dir := t.TempDir()
	started := make(chan struct{})
	w := New(Options{Dir: dir, Settle: 50 * time.Millisecond, Handle: func(ctx context.Context, _ string) error {
		close(started)
		<-ctx.Done()
		return ctx.Err()
	}})
	os.WriteFile(filepath.Join(dir, "big.html"), []byte("x"), 0o644)
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	<-started
	w.Close()
	if !exists(filepath.Join(dir, "big.html")) {
		t.Error("a file whose import was interrupted was moved")
	}
}
