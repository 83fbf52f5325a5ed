//go:build !linux

package instance

// Handover reports false: on macOS and Windows, Wails' single-instance
// lock forwards the arguments itself.
func Handover(args []string) (bool, error) { return false, nil }

// Running reports false: the command line cannot see the window here.
// TODO: find a running window on macOS and Windows for linksnap add.
func Running() bool { return false }
