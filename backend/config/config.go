// Package config finds the data folder and keeps the person's settings
// in it, as a small JSON file a person can read.
package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"linksnap/backend/apperr"
)

// EnvDataDir overrides the data folder, after the --data-dir flag.
const EnvDataDir = "LINKSNAP_DATA_DIR"

// CodeBadSetting marks a setting value the app does not know.
const CodeBadSetting = "settings.invalid"

// Settings are the choices a person makes in the settings page.
type Settings struct {
	Language string `json:"language"` // "auto", "zh-CN" or "en"
	Theme    string `json:"theme"`    // "auto", "light" or "dark"
	// Capture settings take effect at the next start.
	Concurrency    int    `json:"concurrency"`    // captures at once, 1 to 4
	TimeoutSeconds int    `json:"timeoutSeconds"` // per capture, 15 to 600
	BrowserPath    string `json:"browserPath"`    // "" finds Chrome/Chromium/Edge
	InboxDir       string `json:"inboxDir"`       // "" is inbox/ in the data folder
	// WatchBrowserBookmarks keeps every bookmark newly added in Chrome,
	// Chromium or Edge, with its folders as tags. Off unless turned on.
	WatchBrowserBookmarks bool `json:"watchBrowserBookmarks"`
}

// Defaults follow the system and capture two pages at a time.
func Defaults() Settings {
	return Settings{Language: "auto", Theme: "auto", Concurrency: 2, TimeoutSeconds: 60}
}

// Validate reports a setting value the app does not know.
func (s Settings) Validate() error {
	if !oneOf(s.Language, "auto", "zh-CN", "en") {
		return apperr.New(CodeBadSetting, "language="+s.Language)
	}
	if !oneOf(s.Theme, "auto", "light", "dark") {
		return apperr.New(CodeBadSetting, "theme="+s.Theme)
	}
	if s.Concurrency < 1 || s.Concurrency > 4 {
		return apperr.New(CodeBadSetting, fmt.Sprint("concurrency=", s.Concurrency))
	}
	if s.TimeoutSeconds < 15 || s.TimeoutSeconds > 600 {
		return apperr.New(CodeBadSetting, fmt.Sprint("timeoutSeconds=", s.TimeoutSeconds))
	}
	return nil
}

func oneOf(v string, options ...string) bool {
	for _, o := range options {
		if v == o {
			return true
		}
	}
	return false
}

// DataDir picks the data folder: the flag if given, else the
// environment, else the platform's place for application data.
func DataDir(flag string) (string, error) {
	if flag != "" {
		return filepath.Abs(flag)
	}
	if env := os.Getenv(EnvDataDir); env != "" {
		return filepath.Abs(env)
	}
	return defaultDataDir()
}

func defaultDataDir() (string, error) {
	switch runtime.GOOS {
	case "darwin":
		home, err := os.UserHomeDir()
		return filepath.Join(home, "Library", "Application Support", "Linksnap"), err
	case "windows":
		if dir := os.Getenv("LocalAppData"); dir != "" {
			return filepath.Join(dir, "Linksnap"), nil
		}
		return "", errors.New("config: LocalAppData is not set")
	}
	if xdg := os.Getenv("XDG_DATA_HOME"); xdg != "" {
		return filepath.Join(xdg, "linksnap"), nil
	}
	home, err := os.UserHomeDir()
	return filepath.Join(home, ".local", "share", "linksnap"), err
}

const settingsFile = "settings.json"

// Load reads the settings in dir; a missing file gives the defaults.
func Load(dir string) (Settings, error) {
	s := Defaults()
	data, err := os.ReadFile(filepath.Join(dir, settingsFile))
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("config: read settings: %w", err)
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return Defaults(), fmt.Errorf("config: parse settings: %w", err)
	}
	if s.Validate() != nil {
		return Defaults(), nil
	}
	return s, nil
}

// Save writes the settings to dir through a temporary file, so a crash
// never leaves half a file behind.
func Save(dir string, s Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("config: encode settings: %w", err)
	}
	return writeFileAtomic(filepath.Join(dir, settingsFile), data)
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".settings-*")
	if err != nil {
		return fmt.Errorf("config: save: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("config: save: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("config: save: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("config: save: %w", err)
	}
	return nil
}
