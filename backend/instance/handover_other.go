//go:build !linux

package instance

// Handover reports false: on macOS and Windows, Wails' single-instance
// lock forwards the arguments itself.
func Handover(args []string) (bool, error) { return false, nil }
