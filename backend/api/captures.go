package api

import (
	"fmt"
	"os/exec"
	"path/filepath"
	goruntime "runtime"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"linksnap/backend/apperr"
	"linksnap/backend/links"
	"linksnap/backend/queue"
	"linksnap/backend/snapshots"
)

// CodeOpenFailed marks a file or folder the system would not open.
const CodeOpenFailed = "system.open_failed"

// Captures is the window's access to the capture queue and snapshots.
type Captures struct {
	appContext
	lib     *links.Library
	queue   *queue.Queue
	snaps   *snapshots.Store
	dataDir string
}

// NewCaptures binds the queue and the snapshots of the library.
func NewCaptures(lib *links.Library, q *queue.Queue, snaps *snapshots.Store, dataDir string) *Captures {
	return &Captures{lib: lib, queue: q, snaps: snaps, dataDir: dataDir}
}

// Stats counts waiting, running and failed captures.
func (s *Captures) Stats() (queue.Stats, error) { return s.queue.Stats(s.get()) }

// Pause stops new captures from starting.
func (s *Captures) Pause() { s.queue.Pause() }

// Resume lets captures start again.
func (s *Captures) Resume() { s.queue.Resume() }

// Recapture queues a new capture of each link; earlier ones are kept.
func (s *Captures) Recapture(linkIDs []int64) (int, error) {
	return s.queue.Enqueue(s.get(), linkIDs)
}

// Cancel cancels the waiting or running capture of each link.
func (s *Captures) Cancel(linkIDs []int64) error { return s.queue.Cancel(s.get(), linkIDs) }

// RetryFailed queues again every link whose latest capture failed.
func (s *Captures) RetryFailed() (int, error) { return s.queue.RetryFailed(s.get()) }

// Versions lists the snapshots of a link, newest first.
func (s *Captures) Versions(linkID int64) ([]snapshots.Snapshot, error) {
	return s.snaps.ForLink(s.get(), linkID)
}

// DiskUsage is the size of every snapshot file, in bytes.
func (s *Captures) DiskUsage() (int64, error) { return s.snaps.DiskUsage() }

// OpenOriginal opens a link's own URL in the system browser.
func (s *Captures) OpenOriginal(linkID int64) error {
	k, err := s.lib.Get(s.get(), linkID)
	if err != nil {
		return err
	}
	runtime.BrowserOpenURL(s.get(), k.URL)
	return nil
}

// OpenArchive opens a snapshot's page.html in the system browser, where
// it runs under the archive's own restrictive policy.
func (s *Captures) OpenArchive(snapshotID int64) error {
	path, err := s.snaps.FilePath(s.get(), snapshotID, "page.html")
	if err != nil {
		return err
	}
	return openWithSystem(path)
}

// OpenFile opens one file of a snapshot (a PDF, an original file) with
// the system's program for it: the window cannot show a PDF inside a
// frame that runs no scripts.
func (s *Captures) OpenFile(snapshotID int64, name string) error {
	path, err := s.snaps.FilePath(s.get(), snapshotID, name)
	if err != nil {
		return err
	}
	return openWithSystem(path)
}

// Reveal shows a snapshot's folder in the file manager.
func (s *Captures) Reveal(snapshotID int64) error {
	snap, err := s.snaps.Get(s.get(), snapshotID)
	if err != nil {
		return err
	}
	return openWithSystem(filepath.Join(s.dataDir, snap.Dir))
}

// openWithSystem hands a file or folder to the desktop's default program.
func openWithSystem(path string) error {
	var cmd *exec.Cmd
	switch goruntime.GOOS {
	case "darwin":
		cmd = exec.Command("open", path)
	case "windows":
		cmd = exec.Command("explorer", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return apperr.Wrap(CodeOpenFailed, fmt.Errorf("api: open %s: %w", path, err))
	}
	go cmd.Wait() // reap it; the program outlives the call
	return nil
}
