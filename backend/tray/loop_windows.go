package tray

import (
	"runtime"

	"fyne.io/systray"
)

// startLoop runs the tray's message loop on its own locked OS thread, as
// Windows ties a window's messages to the thread that made it.
func startLoop(onReady func()) func() {
	go func() {
		runtime.LockOSThread()
		systray.Run(onReady, nil)
	}()
	return systray.Quit
}
