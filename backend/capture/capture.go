package capture

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Capture loads rawURL once and writes every format into outDir, which must
// not exist yet or be empty. The files are written to a temporary folder
// next to outDir and renamed into place when complete, so a failed or
// cancelled capture leaves nothing behind.
//
// The Result's Status is "partial" when a format failed or the page never
// finished loading; Lost says what is missing. A page answering 4xx or 5xx
// is captured all the same: Capture then returns the Result and an
// *HTTPError. Every other error comes with a nil Result and no files.
// progress, when not nil, receives short step names such as "load".
func (e *Engine) Capture(ctx context.Context, rawURL, outDir string, progress func(step string)) (*Result, error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, err
	}
	if progress == nil {
		progress = func(string) {}
	}
	ctx, cancel := context.WithTimeout(ctx, e.opts.Timeout)
	defer cancel()
	select {
	case e.tabs <- struct{}{}:
		defer func() { <-e.tabs }()
	case <-ctx.Done():
		return nil, ctxError(ctx)
	}
	return e.captureInto(ctx, u, outDir, progress)
}

// captureInto runs the capture in a temporary folder and renames it.
func (e *Engine) captureInto(ctx context.Context, u, outDir string, progress func(string)) (*Result, error) {
	if err := os.MkdirAll(filepath.Dir(outDir), 0o755); err != nil {
		return nil, fmt.Errorf("capture: output folder: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(outDir), "."+filepath.Base(outDir)+".part-")
	if err != nil {
		return nil, fmt.Errorf("capture: temp folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	logFile, log, err := openCaptureLog(tmp, e.log.With("url", u))
	if err != nil {
		return nil, fmt.Errorf("capture: log: %w", err)
	}
	defer logFile.Close()
	log.Info("capture started", "url", u, "timeout", e.opts.Timeout)

	res, err := e.captureRetry(ctx, u, tmp, log, progress)
	var httpErr *HTTPError
	if err != nil && !errors.As(err, &httpErr) {
		log.Error("capture failed", "error", err, "code", Code(err))
		return nil, err
	}
	if err := e.finish(res, tmp, outDir, logFile, log); err != nil {
		return nil, err
	}
	return res, err
}

// captureRetry runs one attempt and, when the browser itself died, one more
// in a fresh browser.
func (e *Engine) captureRetry(ctx context.Context, u, dir string, log *slog.Logger, progress func(string)) (*Result, error) {
	res, err := e.attempt(ctx, u, dir, log, progress)
	if !errors.Is(err, ErrBrowserCrashed) || ctx.Err() != nil {
		return res, err
	}
	log.Warn("browser lost, retrying in a new browser", "error", err)
	if err := emptyDir(dir, "capture.log"); err != nil {
		return nil, err
	}
	return e.attempt(ctx, u, dir, log, progress)
}

// finish writes meta.json, closes the log and moves dir to outDir.
func (e *Engine) finish(res *Result, dir, outDir string, logFile *os.File, log *slog.Logger) error {
	res.Meta.Status = res.Status
	res.Meta.Lost = res.Lost
	res.Meta.DurationMS = time.Since(res.Meta.StartedAt).Milliseconds()
	data, err := json.MarshalIndent(res.Meta, "", "  ")
	if err != nil {
		return fmt.Errorf("capture: meta: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "meta.json"), data, 0o644); err != nil {
		return fmt.Errorf("capture: meta: %w", err)
	}
	log.Info("capture finished", "status", res.Status, "lost", len(res.Lost), "ms", res.Meta.DurationMS)
	logFile.Close()
	res.Files = append(res.Files, "meta.json", "capture.log")
	slices.Sort(res.Files)
	_ = os.Remove(outDir) // only succeeds when it is empty
	if err := os.Rename(dir, outDir); err != nil {
		return fmt.Errorf("capture: move into place: %w", err)
	}
	return nil
}

// checkURL accepts absolute http and https URLs.
func checkURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%w: %q", ErrInvalidURL, raw)
	}
	return u.String(), nil
}

// ctxError turns an ended context into ErrTimeout or the cancellation.
func ctxError(ctx context.Context) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w: %w", ErrTimeout, ctx.Err())
	}
	return fmt.Errorf("capture: %w", ctx.Err())
}

// emptyDir removes everything in dir except the named file.
func emptyDir(dir, keep string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("capture: %w", err)
	}
	for _, en := range entries {
		if en.Name() != keep {
			if err := os.RemoveAll(filepath.Join(dir, en.Name())); err != nil {
				return fmt.Errorf("capture: %w", err)
			}
		}
	}
	return nil
}
