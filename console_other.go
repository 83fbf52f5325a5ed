//go:build !windows

package main

// attachConsole does nothing outside Windows: the streams are the
// terminal's already.
func attachConsole() {}
