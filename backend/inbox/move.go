package inbox

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// handle runs the handler on one file and moves it aside. A handler
// stopped by Close leaves its file where it is, for the next start.
func (w *Watcher) handle(ctx context.Context, path string) {
	log := w.log.With("file", filepath.Base(path))
	log.Debug("inbox import")
	err := w.opts.Handle(ctx, path)
	if err != nil && ctx.Err() != nil {
		log.Debug("inbox import interrupted", "error", err)
		return
	}
	if err == nil {
		if _, merr := moveInto(path, w.sub(ProcessedDir)); merr != nil {
			log.Error("inbox move", "error", merr)
		}
		return
	}
	log.Warn("inbox import failed", "error", err)
	dest, merr := moveInto(path, w.sub(FailedDir))
	if merr != nil {
		log.Error("inbox move", "error", merr)
		return
	}
	reason := []byte(err.Error() + "\n")
	if werr := os.WriteFile(dest+".error.txt", reason, 0o644); werr != nil {
		log.Error("inbox write reason", "error", werr)
	}
}

// moveInto moves path into dir, adding -1, -2... before the extension
// when a file of that name is already there, and returns the new path.
func moveInto(path, dir string) (string, error) {
	name := filepath.Base(path)
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	dest := filepath.Join(dir, name)
	for i := 1; exists(dest) || exists(dest+".error.txt"); i++ {
		dest = filepath.Join(dir, fmt.Sprintf("%s-%d%s", stem, i, ext))
	}
	if err := os.Rename(path, dest); err != nil {
		return "", fmt.Errorf("inbox: move %s: %w", name, err)
	}
	return dest, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
