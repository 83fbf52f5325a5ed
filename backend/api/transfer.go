package api

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"linksnap/backend/apperr"
	"linksnap/backend/archive"
	"linksnap/backend/bookmarks"
	"linksnap/backend/importer"
	"linksnap/backend/links"
	"linksnap/backend/snapshots"
)

// CodeImportRunning marks a second import started while one runs.
const CodeImportRunning = "import.running"

// Transfer is the window's access to importing and exporting.
type Transfer struct {
	appContext
	lib     *links.Library
	snaps   *snapshots.Store
	dataDir string
	onAdded func(ids []int64)

	mu     sync.Mutex
	cancel context.CancelFunc // of the import in progress, if any
}

// NewTransfer binds import and export; onAdded hears of imported links
// the person chose to capture.
func NewTransfer(lib *links.Library, snaps *snapshots.Store, dataDir string, onAdded func(ids []int64)) *Transfer {
	return &Transfer{lib: lib, snaps: snaps, dataDir: dataDir, onAdded: onAdded}
}

// ChooseImportFile asks for a bookmark file; "" means the person cancelled.
func (s *Transfer) ChooseImportFile(title string) (string, error) {
	return runtime.OpenFileDialog(s.get(), runtime.OpenDialogOptions{Title: title})
}

// PreviewFile says what importing a file would do, writing nothing.
func (s *Transfer) PreviewFile(path string, tags []string) (importer.Summary, error) {
	data, err := bookmarks.ReadFile(path)
	if err != nil {
		return importer.Summary{}, err
	}
	return importer.Preview(s.get(), s.lib, data, tags)
}

// ImportFile imports a bookmark file, reporting import:progress events
// ({done, total}); capture queues a capture of every new link.
func (s *Transfer) ImportFile(path string, tags []string, capture bool) (importer.Result, error) {
	ctx, err := s.begin()
	if err != nil {
		return importer.Result{}, err
	}
	defer s.end()
	data, err := bookmarks.ReadFile(path)
	if err != nil {
		return importer.Result{}, err
	}
	res, err := importer.Import(ctx, s.lib, data, importer.Options{
		Tags: tags,
		Progress: func(done, total int) {
			runtime.EventsEmit(s.get(), "import:progress", map[string]int{"done": done, "total": total})
		},
	})
	if capture && len(res.NewIDs) > 0 {
		s.onAdded(res.NewIDs)
	}
	if res.Added > 0 {
		runtime.EventsEmit(s.get(), "library:changed", res.Added)
	}
	res.NewIDs = nil // the window only needs the counts
	return res, err
}

func (s *Transfer) begin() (context.Context, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		return nil, apperr.New(CodeImportRunning, "")
	}
	ctx, cancel := context.WithCancel(s.get())
	s.cancel = cancel
	return ctx, nil
}

func (s *Transfer) end() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// CancelImport stops the import in progress after its current batch.
func (s *Transfer) CancelImport() { s.end() }

// Export asks where to save and writes the library in format (netscape,
// json, csv, or zip with every snapshot); it returns the path, or "" if
// the person cancelled.
func (s *Transfer) Export(format, title string) (string, error) {
	ext := map[string]string{"netscape": "html", "json": "json", "csv": "csv", "zip": "zip"}[format]
	if ext == "" {
		return "", apperr.New(importer.CodeExportFormat, format)
	}
	name := "linksnap-library." + ext
	path, err := runtime.SaveFileDialog(s.get(), runtime.SaveDialogOptions{Title: title, DefaultFilename: name})
	if err != nil || path == "" {
		return "", err
	}
	return path, s.exportTo(format, path)
}

// ExportLinks asks where to save and writes a zip of the given links with
// their snapshots; it returns the path, or "" if the person cancelled.
func (s *Transfer) ExportLinks(ids []int64, title string) (string, error) {
	path, err := runtime.SaveFileDialog(s.get(), runtime.SaveDialogOptions{Title: title,
		DefaultFilename: fmt.Sprintf("linksnap-%d-links.zip", len(ids))})
	if err != nil || path == "" {
		return "", err
	}
	return path, writeAtomic(path, func(w io.Writer) error {
		return archive.WriteLinks(s.get(), s.lib, s.snaps, s.dataDir, ids, w)
	})
}

func (s *Transfer) exportTo(format, path string) error {
	return writeAtomic(path, func(w io.Writer) error {
		if format == "zip" {
			return archive.Write(s.get(), s.lib, s.snaps, s.dataDir, w)
		}
		return importer.Export(s.get(), s.lib, format, w)
	})
}

// writeAtomic writes a file under a temporary name and renames it into
// place, so a failed export (a full disk) never leaves half a file.
func writeAtomic(path string, write func(io.Writer) error) error {
	tmp := path + ".part"
	f, err := os.Create(tmp)
	if err != nil {
		return apperr.Wrap("export.write", fmt.Errorf("api: export: %w", err))
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		if apperr.CodeOf(err) == apperr.CodeInternal {
			err = apperr.Wrap("export.write", err) // a full disk, a lost folder
		}
		return err
	}
	return nil
}
