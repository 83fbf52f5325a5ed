// Package links is the library: adding links, finding them again, and
// organising them with tags. It owns every query on the links and tags
// tables; callers never write SQL.
package links

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"linksnap/backend/apperr"
)

// Error codes, translated by the frontend under "errors.".
const (
	CodeLinkNotFound = "link.not_found"
	CodeTagNotFound  = "tag.not_found"
	CodeTagEmpty     = "tag.empty"
	CodeTagTooLong   = "tag.too_long"
	CodeTagComma     = "tag.comma"
	CodeTagExists    = "tag.exists"
	CodeTitleTooLong = "link.title_too_long"
	CodeNotesTooLong = "link.notes_too_long"
	CodeBadColor     = "tag.bad_color"
)

// Link is one saved link with its tags.
type Link struct {
	ID        int64    `json:"id"`
	URL       string   `json:"url"`
	NormURL   string   `json:"normUrl"`
	Domain    string   `json:"domain"`
	Title     string   `json:"title"`
	Notes     string   `json:"notes"`
	Favorite  bool     `json:"favorite"`
	CreatedAt int64    `json:"createdAt"` // Unix milliseconds
	UpdatedAt int64    `json:"updatedAt"`
	Tags      []TagRef `json:"tags"`
	// Snapshot is the state of the latest capture: "" when there is none
	// yet, else queued, running, done, partial, failed or cancelled.
	Snapshot   string `json:"snapshot"`
	SnapshotID int64  `json:"snapshotId"`
	ReasonCode string `json:"reasonCode"` // why the latest capture failed
	Reason     string `json:"reason"`     // the English detail beside it
	Thumb      bool   `json:"thumb"`      // the latest capture has thumb.jpg
	Favicon    string `json:"favicon"`    // its favicon file name, if any
	SiteName   string `json:"siteName"`
}

// TagRef is a tag as shown on a link.
type TagRef struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Color string `json:"color"`
}

// Library is the set of links in one database. It is safe for
// concurrent use; its lifetime is the *sql.DB's.
type Library struct {
	db  *sql.DB
	now func() time.Time
}

// New returns the library stored in db, which store.Open has migrated.
func New(db *sql.DB) *Library {
	return &Library{db: db, now: time.Now}
}

func (l *Library) millis() int64 { return l.now().UnixMilli() }

// Get returns the link with the given id.
func (l *Library) Get(ctx context.Context, id int64) (Link, error) {
	rows, err := l.db.QueryContext(ctx, selectLinks+
		` WHERE l.id = ? AND l.deleted_at IS NULL`, id)
	if err != nil {
		return Link{}, fmt.Errorf("links: get %d: %w", id, err)
	}
	found, err := l.scanWithTags(ctx, rows)
	if err != nil {
		return Link{}, err
	}
	if len(found) == 0 {
		return Link{}, apperr.New(CodeLinkNotFound, fmt.Sprint(id))
	}
	return found[0], nil
}

// inTx runs fn in one transaction, committed only if fn succeeds.
func (l *Library) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("links: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, tx.Rollback())
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("links: commit: %w", err)
	}
	return nil
}
