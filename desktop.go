package main

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"linksnap/backend/linkfile"
	"linksnap/backend/tray"
)

// startTray puts the icon in the tray; its menu acts on this window.
func (a *App) startTray() {
	t := tray.Start(icon, tray.Actions{
		AddFromClipboard: a.addFromClipboard,
		Open:             a.showWindow,
		Paused:           a.queue.Paused,
		SetPaused: func(paused bool) {
			if paused {
				a.queue.Pause()
			} else {
				a.queue.Resume()
			}
		},
		Quit: func() { runtime.Quit(a.ctx) },
	})
	a.trayMu.Lock()
	a.tray = t
	a.trayMu.Unlock()
}

func (a *App) trayIcon() *tray.Tray {
	a.trayMu.Lock()
	defer a.trayMu.Unlock()
	return a.tray
}

func (a *App) showWindow() {
	runtime.WindowUnminimise(a.ctx)
	runtime.Show(a.ctx)
}

func (a *App) addFromClipboard() {
	text, err := runtime.ClipboardGetText(a.ctx)
	if err != nil || strings.TrimSpace(text) == "" {
		return
	}
	a.addLinks(text, nil)
}

// filesDropped takes files dropped on the window: a link file (.url,
// .webloc, .desktop) is added at once; any other file goes to the
// window's import preview, since it may hold thousands of bookmarks.
func (a *App) filesDropped(_, _ int, paths []string) {
	var urls []string
	for _, p := range paths {
		if p == "" {
			continue
		}
		if !linkfile.Is(p) {
			runtime.EventsEmit(a.ctx, "import:file", p)
			continue
		}
		if u := readLinkFile(p); u != "" {
			urls = append(urls, u)
		}
	}
	if len(urls) > 0 {
		a.addLinks(strings.Join(urls, "\n"), nil)
	}
}

func readLinkFile(path string) string {
	info, err := os.Stat(path)
	if err != nil || info.Size() > linkfile.MaxSize {
		slog.Warn("dropped link file unreadable", "path", path, "error", err)
		return ""
	}
	data, err := os.ReadFile(path)
	if err == nil {
		var u string
		if u, err = linkfile.URL(filepath.Base(path), data); err == nil {
			return u
		}
	}
	slog.Warn("dropped link file holds no link", "path", path, "error", err)
	return ""
}
