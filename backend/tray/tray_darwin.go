package tray

// menu is empty on macOS.
type menu struct{}

func (m *menu) relabel(Labels, bool) {}

// Start shows no tray on macOS: systray's Cocoa loop must own the main
// thread, which Wails already owns.
// TODO: start the tray with RunWithExternalLoop before wails.Run on macOS.
func Start(icon []byte, acts Actions) *Tray { return &Tray{labels: english, acts: acts} }
