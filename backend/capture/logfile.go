package capture

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
)

// teeHandler sends each record to two handlers: the application's log and
// the capture's own capture.log.
type teeHandler struct{ a, b slog.Handler }

func (t teeHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return t.a.Enabled(ctx, l) || t.b.Enabled(ctx, l)
}

func (t teeHandler) Handle(ctx context.Context, r slog.Record) error {
	if t.a.Enabled(ctx, r.Level) {
		_ = t.a.Handle(ctx, r.Clone())
	}
	if t.b.Enabled(ctx, r.Level) {
		return t.b.Handle(ctx, r)
	}
	return nil
}

func (t teeHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return teeHandler{t.a.WithAttrs(as), t.b.WithAttrs(as)}
}

func (t teeHandler) WithGroup(name string) slog.Handler {
	return teeHandler{t.a.WithGroup(name), t.b.WithGroup(name)}
}

// openCaptureLog creates dir/capture.log and returns a child of parent that
// also writes every debug-level record there.
func openCaptureLog(dir string, parent *slog.Logger) (*os.File, *slog.Logger, error) {
	f, err := os.Create(filepath.Join(dir, "capture.log"))
	if err != nil {
		return nil, nil, err
	}
	file := slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug})
	return f, slog.New(teeHandler{parent.Handler(), file}), nil
}
