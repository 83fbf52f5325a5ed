package tray

import "fyne.io/systray"

// startLoop registers the tray on the session bus; on Linux it needs no
// event loop of its own, so it lives beside GTK's.
func startLoop(onReady func()) func() {
	start, end := systray.RunWithExternalLoop(onReady, nil)
	start()
	return end
}
