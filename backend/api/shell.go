package api

import (
	"log/slog"

	"linksnap/backend/notify"
	"linksnap/backend/tray"
)

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

// Notify shows a desktop notification with the window's translated
// words. A desktop without a notification service is not an error the
// person can act on, so it is only logged.
func (s *Shell) Notify(title, body string) {
	if err := notify.Send(title, body); err != nil {
		slog.Debug("notification not shown", "error", err)
	}
}
