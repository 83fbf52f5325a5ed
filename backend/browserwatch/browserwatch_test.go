package browserwatch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"linksnap/backend/bookmarks"
)

// chromeFile is a Bookmarks file as Chrome writes it, with urls in a
// "研究" folder of the bookmarks bar.
func chromeFile(urls ...string) string {
	var children []string
	for i, u := range urls {
		children = append(children, fmt.Sprintf(`{"date_added":"13350000000000000","id":"%d",
			"name":"page %d","type":"url","url":%q}`, i+10, i, u))
	}
	return `{"checksum":"x","roots":{"bookmark_bar":{"children":[{"children":[` +
		strings.Join(children, ",") + `],"date_added":"13350000000000000","id":"5","name":"研究",
		"type":"folder"}],"date_added":"13350000000000000","id":"1","name":"Bookmarks bar",
		"type":"folder"},"other":{"children":[],"id":"2","name":"Other bookmarks","type":"folder"},
		"synced":{"children":[],"id":"3","name":"Mobile bookmarks","type":"folder"}},"version":1}`
}

// writeLikeChrome replaces the file through a temporary one, as Chrome does.
func writeLikeChrome(t *testing.T, path, content string) {
	t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

type collector struct {
	mu    sync.Mutex
	found []bookmarks.Bookmark
}

func (c *collector) add(_ context.Context, b []bookmarks.Bookmark) {
	c.mu.Lock()
	c.found = append(c.found, b...)
	c.mu.Unlock()
}

func (c *collector) wait(t *testing.T, n int) []bookmarks.Bookmark {
	t.Helper()
	for range 100 {
		c.mu.Lock()
		got := append([]bookmarks.Bookmark(nil), c.found...)
		c.mu.Unlock()
		if len(got) >= n {
			return got
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("expected %d new bookmarks", n)
	return nil
}

func TestNewBookmarksAreHandedOver(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "chromium", "Default", "Bookmarks")
	os.MkdirAll(filepath.Dir(file), 0o755)
	writeLikeChrome(t, file, chromeFile("https://old.example/"))
	seen := filepath.Join(dir, "seen.json")

	var got collector
	w := New(Options{Files: []string{file, filepath.Join(dir, "absent", "Bookmarks")},
		SeenPath: seen, OnNew: got.add})
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	writeLikeChrome(t, file, chromeFile("https://old.example/", "https://new.example/"))
	found := got.wait(t, 1)
	w.Close()
	if len(found) != 1 || found[0].URL != "https://new.example/" || strings.Join(found[0].Folder, "/") != "研究" {
		t.Fatalf("handed over %+v", found)
	}

	// Added while the app was closed: found at the next start.
	writeLikeChrome(t, file, chromeFile("https://old.example/", "https://new.example/", "https://later.example/"))
	var again collector
	w = New(Options{Files: []string{file}, SeenPath: seen, OnNew: again.add})
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if later := again.wait(t, 1); len(later) != 1 || later[0].URL != "https://later.example/" {
		t.Errorf("after a restart: %+v", later)
	}
}
