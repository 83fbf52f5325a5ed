package main

import (
	"context"
	"log/slog"
	"strings"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"linksnap/backend/deeplink"
)

// valueFlags are the flags (ours and those of Wails' dev build) whose
// value is the next argument.
var valueFlags = map[string]bool{
	"data-dir": true, "assetdir": true, "devserver": true,
	"frontenddevserverurl": true, "loglevel": true, "wailsjsdir": true,
}

// handleArgs acts on a launch's arguments: linksnap:// links are
// followed, anything else that holds URLs is added. Flags and their
// values are skipped.
func (a *App) handleArgs(args []string) {
	var plain []string
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case strings.HasPrefix(arg, "-"):
			if valueFlags[strings.TrimLeft(arg, "-")] {
				i++
			}
		case deeplink.Is(arg):
			a.follow(arg)
		default:
			plain = append(plain, arg)
		}
	}
	if len(plain) > 0 {
		a.addLinks(strings.Join(plain, "\n"), nil)
	}
}

func (a *App) follow(link string) {
	act, err := deeplink.Parse(link)
	if err != nil {
		slog.Warn("ignored linksnap link", "url", link, "error", err)
		return
	}
	switch act.Kind {
	case "add":
		ids := a.addLinks(strings.Join(act.URLs, "\n"), act.Tags)
		if act.Title != "" && len(ids) == 1 {
			a.setTitle(ids[0], act.Title)
		}
	case "open":
		runtime.EventsEmit(a.ctx, "viewer:open", act.LinkID)
	}
}

// addLinks adds links from outside the window, queues their captures and
// tells the window; it returns the ids of the new links.
func (a *App) addLinks(text string, tags []string) []int64 {
	sum, err := a.lib.AddText(context.Background(), text, tags)
	if err != nil {
		slog.Warn("add links from outside", "error", err)
		return nil
	}
	if len(sum.NewIDs) > 0 {
		a.queueCaptures(sum.NewIDs)
	}
	runtime.EventsEmit(a.ctx, "library:changed", sum.AddedCount)
	return sum.NewIDs
}

func (a *App) setTitle(id int64, title string) {
	k, err := a.lib.Get(context.Background(), id)
	if err == nil {
		_, err = a.lib.Edit(context.Background(), id, title, k.Notes)
	}
	if err != nil {
		slog.Warn("set title from link", "link_id", id, "error", err)
	}
}
