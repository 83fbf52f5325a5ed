// Package snapshots reads the captures kept for each link: their rows in
// the database and their files in the data folder, one folder per
// capture at snapshots/<link id>/<snapshot id>/.
package snapshots

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"linksnap/backend/apperr"
)

// Error codes, translated by the frontend under "errors.".
const (
	CodeNotFound = "snapshot.not_found"
	CodeNoFile   = "snapshot.no_file"
)

// Dir is the folder of all snapshots inside the data folder.
const Dir = "snapshots"

// Snapshot is one capture of a link.
type Snapshot struct {
	ID         int64    `json:"id"`
	LinkID     int64    `json:"linkId"`
	Status     string   `json:"status"`
	ReasonCode string   `json:"reasonCode"`
	Reason     string   `json:"reason"`
	Dir        string   `json:"dir"` // relative to the data folder
	Files      []string `json:"files"`
	FinalURL   string   `json:"finalUrl"`
	HTTPStatus int      `json:"httpStatus"`
	Title      string   `json:"title"`
	SiteName   string   `json:"siteName"`
	Favicon    string   `json:"favicon"`
	Bytes      int64    `json:"bytes"`
	StartedAt  int64    `json:"startedAt"`
	FinishedAt int64    `json:"finishedAt"`
	CreatedAt  int64    `json:"createdAt"`
}

// Store reads snapshots of one library. Its lifetime is the *sql.DB's.
type Store struct {
	db      *sql.DB
	dataDir string
}

// New returns the snapshots of the library in db whose files live in
// dataDir.
func New(db *sql.DB, dataDir string) *Store {
	return &Store{db: db, dataDir: dataDir}
}

// FolderFor is where the files of a snapshot go, relative to the data
// folder.
func FolderFor(linkID, snapshotID int64) string {
	return filepath.Join(Dir, strconv.FormatInt(linkID, 10), strconv.FormatInt(snapshotID, 10))
}

const selectSnapshots = `SELECT id, link_id, status, reason_code, reason, dir,
	files, final_url, http_status, title, site_name, favicon, bytes,
	coalesce(started_at, 0), coalesce(finished_at, 0), created_at FROM snapshots`

// ForLink lists a link's snapshots, newest first.
func (s *Store) ForLink(ctx context.Context, linkID int64) ([]Snapshot, error) {
	rows, err := s.db.QueryContext(ctx, selectSnapshots+
		` WHERE link_id = ? ORDER BY id DESC`, linkID)
	if err != nil {
		return nil, fmt.Errorf("snapshots: list: %w", err)
	}
	defer rows.Close()
	out := []Snapshot{}
	for rows.Next() {
		snap, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, snap)
	}
	return out, rows.Err()
}

// Get returns one snapshot.
func (s *Store) Get(ctx context.Context, id int64) (Snapshot, error) {
	rows, err := s.db.QueryContext(ctx, selectSnapshots+` WHERE id = ?`, id)
	if err != nil {
		return Snapshot{}, fmt.Errorf("snapshots: get: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return Snapshot{}, fmt.Errorf("snapshots: get: %w", err)
		}
		return Snapshot{}, apperr.New(CodeNotFound, strconv.FormatInt(id, 10))
	}
	return scan(rows)
}

func scan(rows *sql.Rows) (Snapshot, error) {
	var snap Snapshot
	var files string
	err := rows.Scan(&snap.ID, &snap.LinkID, &snap.Status, &snap.ReasonCode,
		&snap.Reason, &snap.Dir, &files, &snap.FinalURL, &snap.HTTPStatus,
		&snap.Title, &snap.SiteName, &snap.Favicon, &snap.Bytes,
		&snap.StartedAt, &snap.FinishedAt, &snap.CreatedAt)
	if err != nil {
		return snap, fmt.Errorf("snapshots: scan: %w", err)
	}
	snap.Files = []string{}
	_ = json.Unmarshal([]byte(files), &snap.Files) // written by us; empty on damage
	return snap, nil
}

// FilePath returns the path on disk of one file of a snapshot. Only names
// the capture recorded are served, so no request can walk out of the
// snapshot's folder.
func (s *Store) FilePath(ctx context.Context, id int64, name string) (string, error) {
	snap, err := s.Get(ctx, id)
	if err != nil {
		return "", err
	}
	if snap.Dir == "" || !slices.Contains(snap.Files, name) || filepath.Base(name) != name {
		return "", apperr.New(CodeNoFile, name)
	}
	return filepath.Join(s.dataDir, snap.Dir, name), nil
}

// RemoveLinkFolders deletes the snapshot files of links that are gone.
func (s *Store) RemoveLinkFolders(linkIDs []int64) error {
	var errs []error
	for _, id := range linkIDs {
		dir := filepath.Join(s.dataDir, Dir, strconv.FormatInt(id, 10))
		if err := os.RemoveAll(dir); err != nil {
			errs = append(errs, fmt.Errorf("snapshots: remove %s: %w", dir, err))
		}
	}
	return errors.Join(errs...)
}

// DiskUsage adds up the bytes of every file in the snapshots folder.
func (s *Store) DiskUsage() (int64, error) {
	var total int64
	err := filepath.WalkDir(filepath.Join(s.dataDir, Dir), func(_ string, d os.DirEntry, err error) error {
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		if info, ierr := d.Info(); ierr == nil && !d.IsDir() {
			total += info.Size()
		}
		return nil
	})
	if err != nil {
		return total, fmt.Errorf("snapshots: disk usage: %w", err)
	}
	return total, nil
}
