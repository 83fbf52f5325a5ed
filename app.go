package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"linksnap/backend/api"
	"linksnap/backend/browserwatch"
	"linksnap/backend/capture"
	"linksnap/backend/config"
	"linksnap/backend/inbox"
	"linksnap/backend/links"
	"linksnap/backend/queue"
	"linksnap/backend/snapshots"
	"linksnap/backend/store"
	"linksnap/backend/tray"
)

// App wires the services to the window and owns the lifecycle hooks.
// Its database stays open from newApp until shutdown; the capture
// browser and queue run from domReady until shutdown.
type App struct {
	ctx     context.Context
	dataDir string
	args    []string // this launch's arguments, acted on once the page is up
	prefs   config.Settings
	inbox   *inbox.Watcher // nil until started, or if the folder is unusable
	// browserWatch follows the browsers' bookmarks; nil unless turned on.
	browserWatch *browserwatch.Watcher
	db           *sql.DB
	lib          *links.Library
	snaps        *snapshots.Store
	engine       *capture.Engine
	queue        *queue.Queue
	events       *queue.Batcher

	links    *api.Links
	tags     *api.Tags
	settings *api.Settings
	captures *api.Captures
	transfer *api.Transfer
	shell    *api.Shell

	trayMu sync.Mutex
	tray   *tray.Tray

	stop     chan struct{}
	stopOnce sync.Once
	wg       sync.WaitGroup
}

func newApp(dataDirFlag string, args []string) (*App, error) {
	dir, err := config.DataDir(dataDirFlag)
	if err != nil {
		return nil, fmt.Errorf("app: data folder: %w", err)
	}
	db, err := store.Open(context.Background(), filepath.Join(dir, store.FileName))
	if err != nil {
		return nil, err
	}
	prefs, err := config.Load(dir)
	if err != nil {
		slog.Warn("settings unreadable, using defaults", "error", err)
	}
	a := &App{dataDir: dir, args: args, prefs: prefs, db: db, stop: make(chan struct{})}
	a.lib = links.New(db)
	a.snaps = snapshots.New(db, dir)
	a.engine = capture.New(capture.Options{
		BrowserPath: prefs.BrowserPath,
		Tabs:        prefs.Concurrency,
		Timeout:     time.Duration(prefs.TimeoutSeconds) * time.Second,
	})
	a.events = queue.NewBatcher(100*time.Millisecond, a.emitCaptureEvents)
	a.queue = queue.New(db, dir, a.engine, queue.Options{
		Workers: prefs.Concurrency,
		Backoff: retryBackoff(),
		Notify:  a.events.Add,
	})
	a.links = api.NewLinks(a.lib, a.queueCaptures)
	a.tags = api.NewTags(a.lib)
	a.settings = api.NewSettings(dir)
	a.captures = api.NewCaptures(a.lib, a.queue, a.snaps, dir)
	a.transfer = api.NewTransfer(a.lib, a.snaps, dir, a.queueCaptures)
	a.shell = api.NewShell(a.trayIcon)
	return a, nil
}

// retryBackoff is the wait before a failed capture's first retry: the
// queue's default, unless LINKSNAP_RETRY_BACKOFF (a Go duration such as
// 200ms) shortens it for end-to-end tests.
func retryBackoff() time.Duration {
	d, err := time.ParseDuration(os.Getenv("LINKSNAP_RETRY_BACKOFF"))
	if err != nil || d <= 0 {
		return 0
	}
	return d
}

// services are the objects whose exported methods JavaScript may call.
func (a *App) services() []any {
	return []any{a.links, a.tags, a.settings, a.captures, a.transfer, a.shell}
}

// startup runs when the window's runtime is ready. With a single-instance
// lock it may also run briefly in a second launch that is about to hand
// over and exit, so it starts nothing that outlives that.
func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	api.Start(ctx, a.links, a.tags, a.settings, a.captures, a.transfer, a.shell)
}

// domReady starts background work once the page is up, which only the
// instance that keeps the window reaches, then acts on this launch's own
// arguments (links to add, a linksnap:// link).
func (a *App) domReady(ctx context.Context) {
	a.wg.Add(2)
	go a.startWatchers(ctx)
	go a.purgeLoop()
	runtime.OnFileDrop(ctx, a.filesDropped)
	a.startTray()
	a.handleArgs(a.args)
}

// startWatchers starts the capture queue (whose recovery reads the
// snapshot folders), the inbox and the browser bookmarks off the
// window's callback, so a large library does not hold up the window.
// shutdown waits for it before closing what it started.
func (a *App) startWatchers(ctx context.Context) {
	defer a.wg.Done()
	if err := a.queue.Start(ctx); err != nil {
		slog.Error("start capture queue", "error", err)
	}
	a.startInbox(ctx)
	a.startBrowserWatch(ctx)
}

// queueCaptures queues the first capture of newly added links.
func (a *App) queueCaptures(ids []int64) {
	if _, err := a.queue.Enqueue(context.Background(), ids); err != nil {
		slog.Error("queue captures", "error", err)
	}
}

// emitCaptureEvents sends a batch of queue changes to the window.
func (a *App) emitCaptureEvents(progress []queue.Event, stats *queue.Stats) {
	if a.ctx == nil {
		return
	}
	if len(progress) > 0 {
		runtime.EventsEmit(a.ctx, "capture:progress", progress)
	}
	if stats != nil {
		runtime.EventsEmit(a.ctx, "queue:stats", stats)
		a.trayIcon().Refresh()
	}
}

// purgeLoop removes deleted links once their undo window has passed.
func (a *App) purgeLoop() {
	defer a.wg.Done()
	tick := time.NewTicker(10 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-a.stop:
			return
		case <-tick.C:
			a.purge(time.Now().Add(-links.UndoWindow))
		}
	}
}

func (a *App) purge(before time.Time) {
	ids, err := a.lib.Purge(context.Background(), before)
	if err != nil {
		slog.Warn("purge deleted links", "error", err)
		return
	}
	if err := a.snaps.RemoveLinkFolders(ids); err != nil {
		slog.Warn("remove snapshot files", "error", err)
	}
}

// shutdown stops background work; captures in progress go back in the
// queue for the next start, and links still in their undo window are
// removed for good, since the undo button goes away with the window.
func (a *App) shutdown(ctx context.Context) {
	a.stopOnce.Do(func() { close(a.stop) })
	a.wg.Wait()
	a.trayIcon().Stop()
	if a.inbox != nil {
		a.inbox.Close()
	}
	if a.browserWatch != nil {
		a.browserWatch.Close()
	}
	a.queue.Close()
	a.events.Close()
	if err := a.engine.Close(); err != nil {
		slog.Warn("close capture browser", "error", err)
	}
	a.purge(time.Now().Add(time.Second))
	if err := a.db.Close(); err != nil {
		slog.Warn("close database", "error", err)
	}
}

// secondInstance receives the arguments of a later launch and brings
// the window to the front.
func (a *App) secondInstance(data options.SecondInstanceData) {
	if a.ctx == nil {
		return
	}
	runtime.WindowUnminimise(a.ctx)
	runtime.Show(a.ctx)
	a.handleArgs(data.Args)
}
