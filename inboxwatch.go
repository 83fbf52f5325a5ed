package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"linksnap/backend/bookmarks"
	"linksnap/backend/browserwatch"
	"linksnap/backend/importer"
	"linksnap/backend/inbox"
	"linksnap/backend/linkfile"
)

// inboxDir is the watched folder: files any program drops there are
// imported, then moved to processed/ or failed/ beside them.
func (a *App) inboxDir() string {
	if a.prefs.InboxDir != "" {
		return a.prefs.InboxDir
	}
	return filepath.Join(a.dataDir, "inbox")
}

func (a *App) startInbox(ctx context.Context) {
	w := inbox.New(inbox.Options{Dir: a.inboxDir(), Handle: a.importInboxFile})
	if err := w.Start(ctx); err != nil {
		slog.Warn("inbox folder not watched", "dir", a.inboxDir(), "error", err)
		return
	}
	a.inbox = w
}

// importInboxFile adds the link of a link file, or imports any other
// file as bookmarks (which also reads plain lists of links).
func (a *App) importInboxFile(ctx context.Context, path string) error {
	if linkfile.Is(path) {
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("inbox: read %s: %w", path, err)
		}
		u, err := linkfile.URL(filepath.Base(path), data)
		if err != nil {
			return err
		}
		a.addLinks(u, nil)
		return nil
	}
	res, err := importer.ImportFile(ctx, a.lib, path, importer.Options{})
	if len(res.NewIDs) > 0 {
		a.queueCaptures(res.NewIDs)
		runtime.EventsEmit(a.ctx, "library:changed", len(res.NewIDs))
	}
	return err
}

// startBrowserWatch follows the browsers' bookmark files when the person
// turned it on: a new bookmark there is added and captured here.
func (a *App) startBrowserWatch(ctx context.Context) {
	if !a.prefs.WatchBrowserBookmarks {
		return
	}
	w := browserwatch.New(browserwatch.Options{
		Files:    browserwatch.DefaultFiles(),
		SeenPath: filepath.Join(a.dataDir, "browser-bookmarks-seen.json"),
		OnNew: func(ctx context.Context, found []bookmarks.Bookmark) {
			res, err := importer.ImportBookmarks(ctx, a.lib, found, importer.Options{})
			if err != nil {
				slog.Warn("add browser bookmarks", "error", err)
			}
			if len(res.NewIDs) > 0 {
				a.queueCaptures(res.NewIDs)
				runtime.EventsEmit(a.ctx, "library:changed", len(res.NewIDs))
			}
		},
	})
	if err := w.Start(ctx); err != nil {
		slog.Warn("browser bookmarks not followed", "error", err)
		return
	}
	a.browserWatch = w
}
