//go:build bindings

package main

// generatingBindings is true in the build that only writes the Wails
// bindings: it needs the services, not a display or the person's library.
const generatingBindings = true
