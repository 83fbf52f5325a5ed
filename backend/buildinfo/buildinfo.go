// Package buildinfo holds what the build stamps into the binary.
package buildinfo

// Set with -ldflags "-X linksnap/backend/buildinfo.Version=..." by make.
var (
	Version = "dev"
	Commit  = "unknown"
	Date    = "unknown"
)
