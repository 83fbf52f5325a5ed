// Package browserwatch follows the bookmark files of Chrome, Chromium and
// Edge, and hands over every bookmark the person adds there, so that it
// is kept in Linksnap too. It is off unless the person turns it on.
package browserwatch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"linksnap/backend/bookmarks"
)

// settle is how long a bookmark file must stay quiet before it is read:
// browsers rewrite it in several steps.
const settle = 500 * time.Millisecond

// Options configure a Watcher.
type Options struct {
	Files    []string // bookmark files to follow; missing ones are skipped
	SeenPath string   // where the bookmarks already handed over are kept
	OnNew    func(ctx context.Context, found []bookmarks.Bookmark)
	Logger   *slog.Logger
}

// Watcher follows bookmark files from Start until Close; its goroutine
// and the handler calls it makes end before Close returns.
type Watcher struct {
	opts   Options
	fsw    *fsnotify.Watcher
	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once
	seen   map[string]map[string]bool // file -> URLs already seen
}

// New returns a Watcher; nothing happens until Start.
func New(opts Options) *Watcher {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	return &Watcher{opts: opts, seen: map[string]map[string]bool{}}
}

// Start reads each file once, hands over what was added since the last
// run (a file seen for the first time only sets the starting point) and
// watches the files' folders, since browsers replace the file.
func (w *Watcher) Start(ctx context.Context) error {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("browserwatch: %w", err)
	}
	w.fsw = fsw
	w.loadSeen()
	for _, f := range w.opts.Files {
		if err := fsw.Add(filepath.Dir(f)); err != nil {
			continue // that browser is not installed
		}
		w.check(ctx, f)
	}
	ctx, w.cancel = context.WithCancel(ctx)
	w.wg.Add(1)
	go w.loop(ctx)
	return nil
}

// Close stops watching and waits for the goroutine.
func (w *Watcher) Close() {
	w.once.Do(func() {
		if w.cancel != nil {
			w.cancel()
		}
		if w.fsw != nil {
			w.fsw.Close()
		}
	})
	w.wg.Wait()
}

func (w *Watcher) loop(ctx context.Context) {
	defer w.wg.Done()
	due := map[string]time.Time{}
	tick := time.NewTicker(settle / 2)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if f := w.followed(ev.Name); f != "" {
				due[f] = time.Now().Add(settle)
			}
		case <-w.fsw.Errors:
		case now := <-tick.C:
			for f, at := range due {
				if now.After(at) {
					delete(due, f)
					w.check(ctx, f)
				}
			}
		}
	}
}

func (w *Watcher) followed(name string) string {
	for _, f := range w.opts.Files {
		if filepath.Clean(name) == filepath.Clean(f) {
			return f
		}
	}
	return ""
}

// check reads a file and hands over the bookmarks not seen before.
func (w *Watcher) check(ctx context.Context, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		return
	}
	found, err := bookmarks.ParseChrome(data)
	if err != nil {
		w.opts.Logger.Warn("browser bookmarks unreadable", "file", file, "error", err)
		return
	}
	known, first := w.seen[file], w.seen[file] == nil
	var fresh []bookmarks.Bookmark
	now := map[string]bool{}
	for _, b := range found {
		now[b.URL] = true
		if !first && !known[b.URL] {
			fresh = append(fresh, b)
		}
	}
	w.seen[file] = now
	w.saveSeen()
	if len(fresh) > 0 {
		w.opts.OnNew(ctx, fresh)
	}
}

func (w *Watcher) loadSeen() {
	data, err := os.ReadFile(w.opts.SeenPath)
	if errors.Is(err, os.ErrNotExist) || err != nil {
		return
	}
	var saved map[string][]string
	if json.Unmarshal(data, &saved) != nil {
		return
	}
	for file, urls := range saved {
		set := map[string]bool{}
		for _, u := range urls {
			set[u] = true
		}
		w.seen[file] = set
	}
}

func (w *Watcher) saveSeen() {
	saved := map[string][]string{}
	for file, set := range w.seen {
		for u := range set {
			saved[file] = append(saved[file], u)
		}
	}
	data, _ := json.Marshal(saved)
	tmp := w.opts.SeenPath + ".part"
	if err := os.WriteFile(tmp, data, 0o644); err == nil {
		os.Rename(tmp, w.opts.SeenPath)
	}
}
