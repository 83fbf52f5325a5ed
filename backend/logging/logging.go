// Package logging configures log/slog once for the whole process.
package logging

import (
	"io"
	"log/slog"
	"os"
	"strings"
)

// EnvLevel sets the level: debug, info, warn (the default) or error.
const EnvLevel = "LINKSNAP_LOG"

// Setup installs a text handler on w as the default logger. It is quiet
// by default: only what went wrong or was recovered from is written.
func Setup(w io.Writer) {
	h := slog.NewTextHandler(w, &slog.HandlerOptions{Level: level()})
	slog.SetDefault(slog.New(h))
}

func level() slog.Level {
	switch strings.ToLower(os.Getenv(EnvLevel)) {
	case "debug":
		return slog.LevelDebug
	case "info":
		return slog.LevelInfo
	case "error":
		return slog.LevelError
	}
	return slog.LevelWarn
}
