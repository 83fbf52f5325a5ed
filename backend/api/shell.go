package api

import "linksnap/backend/tray"

// Shell is the window's access to the desktop around it.
type Shell struct {
	appContext
	tray func() *tray.Tray
}

// NewShell binds the desktop integration; tray returns the tray icon,
// nil until it is started.
func NewShell(trayIcon func() *tray.Tray) *Shell { return &Shell{tray: trayIcon} }

// SetTrayLabels gives the tray menu its words in the window's language.
func (s *Shell) SetTrayLabels(labels tray.Labels) {
	s.tray().SetLabels(labels)
}
