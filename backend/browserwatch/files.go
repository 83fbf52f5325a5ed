package browserwatch

import (
	"os"
	"path/filepath"
	"runtime"
)

// DefaultFiles are the default profiles' bookmark files of Chrome,
// Chromium and Edge on this platform.
// TODO: follow Firefox's places.sqlite (read through a copy) as well.
func DefaultFiles() []string {
	home, _ := os.UserHomeDir()
	var dirs []string
	switch runtime.GOOS {
	case "darwin":
		base := filepath.Join(home, "Library", "Application Support")
		dirs = []string{filepath.Join(base, "Google", "Chrome"), filepath.Join(base, "Chromium"),
			filepath.Join(base, "Microsoft Edge")}
	case "windows":
		base := os.Getenv("LocalAppData")
		dirs = []string{filepath.Join(base, "Google", "Chrome", "User Data"),
			filepath.Join(base, "Chromium", "User Data"), filepath.Join(base, "Microsoft", "Edge", "User Data")}
	default:
		base := filepath.Join(home, ".config")
		dirs = []string{filepath.Join(base, "google-chrome"), filepath.Join(base, "chromium"),
			filepath.Join(base, "microsoft-edge")}
	}
	files := make([]string, len(dirs))
	for i, d := range dirs {
		files[i] = filepath.Join(d, "Default", "Bookmarks")
	}
	return files
}
