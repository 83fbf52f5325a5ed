package api

import (
	"os"
	"strings"
	"sync"

	"linksnap/backend/buildinfo"
	"linksnap/backend/config"
)

// Settings is the window's access to the settings.
type Settings struct {
	appContext
	dataDir string
	mu      sync.Mutex
}

// NewSettings binds the settings stored in dataDir.
func NewSettings(dataDir string) *Settings { return &Settings{dataDir: dataDir} }

// About is what the settings page shows besides the settings themselves.
type About struct {
	Settings       config.Settings `json:"settings"`
	DataDir        string          `json:"dataDir"`
	Version        string          `json:"version"`
	SystemLanguage string          `json:"systemLanguage"` // "zh-CN" or "en"
}

// Get returns the settings and facts about this installation.
func (s *Settings) Get() (About, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, err := config.Load(s.dataDir)
	return About{
		Settings:       cur,
		DataDir:        s.dataDir,
		Version:        buildinfo.Version,
		SystemLanguage: SystemLanguage(),
	}, err
}

// Save stores new settings and returns them.
func (s *Settings) Save(next config.Settings) (config.Settings, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := config.Save(s.dataDir, next); err != nil {
		return config.Settings{}, err
	}
	return next, nil
}

// SystemLanguage maps the POSIX locale to a UI language: Chinese for any
// zh locale, English for everything else.
func SystemLanguage() string {
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		if v := os.Getenv(key); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return "zh-CN"
			}
			return "en"
		}
	}
	return "en"
}
