package links

import (
	"context"
	"database/sql"
	"fmt"
	"time"
	"unicode/utf8"

	"linksnap/backend/apperr"
)

// Limits on what a person can type into a link.
const (
	MaxTitleLength = 1000
	MaxNotesLength = 100000
)

// UndoWindow is how long a deleted link can still be restored.
const UndoWindow = 30 * time.Second

// Edit sets a link's title and notes. An empty title means "no title":
// the host and path are shown until a capture finds the page's own.
func (l *Library) Edit(ctx context.Context, id int64, title, notes string) (Link, error) {
	switch {
	case utf8.RuneCountInString(title) > MaxTitleLength:
		return Link{}, apperr.New(CodeTitleTooLong, fmt.Sprint(MaxTitleLength))
	case utf8.RuneCountInString(notes) > MaxNotesLength:
		return Link{}, apperr.New(CodeNotesTooLong, fmt.Sprint(MaxNotesLength))
	}
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		return updateLink(ctx, tx, id, `UPDATE links SET title = ?, notes = ?,
			updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
			title, notes, l.millis(), id)
	})
	if err != nil {
		return Link{}, err
	}
	return l.Get(ctx, id)
}

// SetFavorite marks or unmarks a link as a favourite.
func (l *Library) SetFavorite(ctx context.Context, id int64, favorite bool) (Link, error) {
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		return updateLink(ctx, tx, id, `UPDATE links SET favorite = ?, updated_at = ?
			WHERE id = ? AND deleted_at IS NULL`, favorite, l.millis(), id)
	})
	if err != nil {
		return Link{}, err
	}
	return l.Get(ctx, id)
}

func updateLink(ctx context.Context, tx *sql.Tx, id int64, query string, args ...any) error {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("links: update %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return apperr.New(CodeLinkNotFound, fmt.Sprint(id))
	}
	return nil
}

// Delete hides links at once and returns how many it hid. They can be
// restored within UndoWindow; Purge removes them for good afterwards.
func (l *Library) Delete(ctx context.Context, ids []int64) (int, error) {
	return l.updateMany(ctx, `UPDATE links SET deleted_at = ?
		WHERE deleted_at IS NULL AND id IN `+inList, l.millis(), jsonList(ids))
}

// Restore brings back links deleted within the undo window.
func (l *Library) Restore(ctx context.Context, ids []int64) (int, error) {
	return l.updateMany(ctx, `UPDATE links SET deleted_at = NULL
		WHERE deleted_at IS NOT NULL AND id IN `+inList, jsonList(ids))
}

// updateMany runs one update in a transaction and counts the rows it hit.
func (l *Library) updateMany(ctx context.Context, query string, args ...any) (int, error) {
	var n int64
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("links: delete or restore: %w", err)
		}
		n, err = res.RowsAffected()
		return err
	})
	return int(n), err
}

// Purge removes for good the links deleted before the given time, with
// their tags, snapshots rows and jobs (by cascade), and returns their ids
// so the caller can remove snapshot files.
func (l *Library) Purge(ctx context.Context, before time.Time) ([]int64, error) {
	var ids []int64
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `DELETE FROM links
			WHERE deleted_at IS NOT NULL AND deleted_at < ? RETURNING id`,
			before.UnixMilli())
		if err != nil {
			return fmt.Errorf("links: purge: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return fmt.Errorf("links: purge: %w", err)
			}
			ids = append(ids, id)
		}
		return rows.Err()
	})
	return ids, err
}
