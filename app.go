package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"linksnap/backend/api"
	"linksnap/backend/config"
	"linksnap/backend/links"
	"linksnap/backend/store"
)

// App wires the services to the window and owns the lifecycle hooks.
// Its database stays open from newApp until shutdown.
type App struct {
	ctx      context.Context
	dataDir  string
	db       *sql.DB
	lib      *links.Library
	links    *api.Links
	tags     *api.Tags
	settings *api.Settings

	stop     chan struct{}
	stopOnce sync.Once
	wg       sync.WaitGroup
}

func newApp(dataDirFlag string) (*App, error) {
	dir, err := config.DataDir(dataDirFlag)
	if err != nil {
		return nil, fmt.Errorf("app: data folder: %w", err)
	}
	db, err := store.Open(context.Background(), filepath.Join(dir, store.FileName))
	if err != nil {
		return nil, err
	}
	lib := links.New(db)
	return &App{
		dataDir:  dir,
		db:       db,
		lib:      lib,
		links:    api.NewLinks(lib),
		tags:     api.NewTags(lib),
		settings: api.NewSettings(dir),
		stop:     make(chan struct{}),
	}, nil
}

// services are the objects whose exported methods JavaScript may call.
func (a *App) services() []any {
	return []any{a.links, a.tags, a.settings}
}

// startup runs when the window's runtime is ready. With a single-instance
// lock it may also run briefly in a second launch that is about to hand
// over and exit, so it starts nothing that outlives that.
func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	api.Start(ctx, a.links, a.tags, a.settings)
}

// domReady starts background work once the page is up, which only the
// instance that keeps the window reaches.
func (a *App) domReady(ctx context.Context) {
	a.wg.Add(1)
	go a.purgeLoop()
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
	if len(ids) > 0 {
		slog.Debug("purged deleted links", "count", len(ids))
	}
}

// shutdown stops background work; links still in their undo window are
// removed for good, since the undo button goes away with the window.
func (a *App) shutdown(ctx context.Context) {
	a.stopOnce.Do(func() { close(a.stop) })
	a.wg.Wait()
	a.purge(time.Now().Add(time.Second))
	if err := a.db.Close(); err != nil {
		slog.Warn("close database", "error", err)
	}
}

// secondInstance receives the arguments of a later launch: links in them
// are added, and the window comes to the front.
func (a *App) secondInstance(data options.SecondInstanceData) {
	if a.ctx == nil {
		return
	}
	runtime.WindowUnminimise(a.ctx)
	runtime.Show(a.ctx)
	text := strings.Join(data.Args, "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	sum, err := a.lib.AddText(a.ctx, text, nil)
	if err != nil {
		slog.Warn("add links from second launch", "error", err)
		return
	}
	runtime.EventsEmit(a.ctx, "library:changed", sum.AddedCount)
}
