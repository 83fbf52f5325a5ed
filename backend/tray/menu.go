//go:build linux || windows

package tray

import (
	"fyne.io/systray"
)

// menu holds the menu items once the tray host has built them.
type menu struct {
	add, open, pause, quit *systray.MenuItem
}

// Start shows the icon. Where no tray host runs (a bare X session, a
// desktop without StatusNotifier support) the app simply has no tray.
func Start(icon []byte, acts Actions) *Tray {
	t := &Tray{labels: english, acts: acts}
	onReady := func() { t.build(icon) }
	t.stop = startLoop(onReady)
	return t
}

func (t *Tray) build(icon []byte) {
	systray.SetIcon(icon)
	t.mu.Lock()
	l := t.labels
	t.mu.Unlock()
	systray.SetTooltip(l.Tooltip)
	m := &menu{
		add:  systray.AddMenuItem(l.AddClipboard, ""),
		open: systray.AddMenuItem(l.Open, ""),
	}
	m.pause = systray.AddMenuItem(l.Pause, "")
	systray.AddSeparator()
	m.quit = systray.AddMenuItem(l.Quit, "")
	t.mu.Lock()
	t.items = m
	t.mu.Unlock()
	m.relabel(l, t.acts.Paused())
	systray.SetOnTapped(t.acts.Open)
	go t.listen(m)
}

// listen runs the menu's clicks until the tray goes away.
func (t *Tray) listen(m *menu) {
	for {
		select {
		case _, ok := <-m.add.ClickedCh:
			if !ok {
				return
			}
			t.acts.AddFromClipboard()
		case <-m.open.ClickedCh:
			t.acts.Open()
		case <-m.pause.ClickedCh:
			t.acts.SetPaused(!t.acts.Paused())
			t.Refresh()
		case <-m.quit.ClickedCh:
			t.acts.Quit()
			return
		}
	}
}

func (m *menu) relabel(l Labels, paused bool) {
	m.add.SetTitle(l.AddClipboard)
	m.open.SetTitle(l.Open)
	m.quit.SetTitle(l.Quit)
	if paused {
		m.pause.SetTitle(l.Resume)
	} else {
		m.pause.SetTitle(l.Pause)
	}
	systray.SetTooltip(l.Tooltip)
}
