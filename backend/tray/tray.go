// Package tray puts Linksnap in the system tray: add the link on the
// clipboard, open the window, pause captures, quit.
package tray

import "sync"

// Labels are the menu's words, in the window's language: the window
// sends them, translated by vue-i18n, whenever the language changes.
type Labels struct {
	Tooltip      string `json:"tooltip"`
	AddClipboard string `json:"addClipboard"`
	Open         string `json:"open"`
	Pause        string `json:"pause"`
	Resume       string `json:"resume"`
	Quit         string `json:"quit"`
}

// Actions are what the menu items do.
type Actions struct {
	AddFromClipboard func()
	Open             func()
	SetPaused        func(paused bool)
	Paused           func() bool
	Quit             func()
}

// Tray is the tray icon and its menu, from Start until Stop.
type Tray struct {
	mu     sync.Mutex
	labels Labels
	items  *menu // nil until the tray host is ready, or without a tray
	acts   Actions
	stop   func()
}

var english = Labels{Tooltip: "Linksnap", AddClipboard: "Add link from clipboard",
	Open: "Open Linksnap", Pause: "Pause captures", Resume: "Resume captures", Quit: "Quit"}

// SetLabels changes the words of the menu.
func (t *Tray) SetLabels(l Labels) {
	if t == nil {
		return
	}
	t.mu.Lock()
	t.labels = l
	items := t.items
	t.mu.Unlock()
	if items != nil {
		items.relabel(l, t.acts.Paused())
	}
}

// Refresh updates the pause item after the queue was paused elsewhere.
func (t *Tray) Refresh() {
	if t == nil {
		return
	}
	t.mu.Lock()
	l, items := t.labels, t.items
	t.mu.Unlock()
	if items != nil {
		items.relabel(l, t.acts.Paused())
	}
}

// Stop removes the icon.
func (t *Tray) Stop() {
	if t != nil && t.stop != nil {
		t.stop()
	}
}
