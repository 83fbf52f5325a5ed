// Package inbox watches a folder where other programs drop files to be
// imported (bookmark exports, link lists, .url files). Each file is
// handed to the app once it has stopped growing, then moved aside to
// processed/ or, with the reason, to failed/.
package inbox

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Folders inside the inbox where handled files go.
const (
	ProcessedDir = "processed"
	FailedDir    = "failed"
)

// Handler imports one file. An error moves the file to failed/ with the
// error as its reason.
type Handler func(ctx context.Context, path string) error

// Options configure a Watcher.
type Options struct {
	Dir    string
	Handle Handler
	// Settle is how long a file's size and time must stay the same
	// before it is read; 500 ms when zero.
	Settle time.Duration
	Logger *slog.Logger
}

// Watcher watches one folder. Its goroutine runs from Start until Close
// or until the context given to Start ends; Close waits for it, so no
// handler is running once Close returns.
type Watcher struct {
	opts    Options
	log     *slog.Logger
	fsw     *fsnotify.Watcher
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	once    sync.Once
	pending map[string]*candidate // owned by the watch goroutine
}

// candidate is a file seen in the inbox, waiting to stop changing.
type candidate struct {
	size   int64
	mod    time.Time
	stable time.Time // when size and mod were last seen to change
}

// New returns a Watcher; nothing happens until Start.
func New(opts Options) *Watcher {
	if opts.Settle <= 0 {
		opts.Settle = 500 * time.Millisecond
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Watcher{opts: opts, log: log.With("inbox", opts.Dir),
		pending: map[string]*candidate{}}
}

// Start creates the folders, begins watching, and queues the files
// already there. It must be called once.
func (w *Watcher) Start(ctx context.Context) error {
	for _, d := range []string{w.opts.Dir, w.sub(ProcessedDir), w.sub(FailedDir)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("inbox: %w", err)
		}
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("inbox: watch: %w", err)
	}
	if err := fsw.Add(w.opts.Dir); err != nil {
		fsw.Close()
		return fmt.Errorf("inbox: watch %s: %w", w.opts.Dir, err)
	}
	w.fsw = fsw
	ctx, w.cancel = context.WithCancel(ctx)
	if err := w.scan(); err != nil {
		w.Close()
		return err
	}
	w.wg.Add(1)
	go w.run(ctx)
	return nil
}

// Close stops watching and waits for the goroutine and any running
// handler to finish. It is safe to call more than once.
func (w *Watcher) Close() error {
	var err error
	w.once.Do(func() {
		if w.cancel != nil {
			w.cancel()
		}
		if w.fsw != nil {
			err = w.fsw.Close()
		}
		w.wg.Wait()
	})
	return err
}

func (w *Watcher) sub(name string) string { return filepath.Join(w.opts.Dir, name) }

// scan queues the files present before watching began.
func (w *Watcher) scan() error {
	entries, err := os.ReadDir(w.opts.Dir)
	if err != nil {
		return fmt.Errorf("inbox: %w", err)
	}
	for _, e := range entries {
		w.note(filepath.Join(w.opts.Dir, e.Name()))
	}
	return nil
}

// note queues a path if it is a file worth reading.
func (w *Watcher) note(path string) {
	if ignored(filepath.Base(path)) {
		return
	}
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() {
		return
	}
	if c, ok := w.pending[path]; ok && c.size == info.Size() && c.mod.Equal(info.ModTime()) {
		return
	}
	w.pending[path] = &candidate{size: info.Size(), mod: info.ModTime(), stable: time.Now()}
}

// ignored reports whether a name is a hidden file or one a program is
// still downloading under a temporary name.
func ignored(name string) bool {
	if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".error.txt") {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tmp", ".part", ".crdownload", ".download", ".partial":
		return true
	}
	return false
}

func (w *Watcher) run(ctx context.Context) {
	defer w.wg.Done()
	poll := time.NewTimer(0)
	defer poll.Stop()
	armed := true // the poll timer only runs while files are pending
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if ev.Has(fsnotify.Create) || ev.Has(fsnotify.Write) {
				w.note(ev.Name)
			}
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			w.log.Warn("inbox watch error", "error", err)
		case <-poll.C:
			armed = false
			w.check(ctx)
		}
		if len(w.pending) > 0 && !armed {
			poll.Reset(w.opts.Settle / 5)
			armed = true
		}
	}
}

// check handles every pending file that has stayed the same for Settle.
func (w *Watcher) check(ctx context.Context) {
	now := time.Now()
	for path, c := range w.pending {
		info, err := os.Stat(path)
		if err != nil || !info.Mode().IsRegular() {
			delete(w.pending, path)
			continue
		}
		if info.Size() != c.size || !info.ModTime().Equal(c.mod) {
			c.size, c.mod, c.stable = info.Size(), info.ModTime(), now
			continue
		}
		if now.Sub(c.stable) < w.opts.Settle {
			continue
		}
		delete(w.pending, path)
		w.handle(ctx, path)
		if ctx.Err() != nil {
			return
		}
	}
}
