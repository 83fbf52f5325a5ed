package links

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"linksnap/backend/apperr"
)

// RenameTag gives a tag a new name. Changing only the case is a rename;
// a name that belongs to another tag fails with CodeTagExists, so the
// person can choose to merge instead.
func (l *Library) RenameTag(ctx context.Context, id int64, name string) (Tag, error) {
	clean, err := CleanTagName(name)
	if err != nil {
		return Tag{}, err
	}
	err = l.inTx(ctx, func(tx *sql.Tx) error {
		var other int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM tags WHERE name_key = ?`,
			tagKey(clean)).Scan(&other)
		if err == nil && other != id {
			return apperr.New(CodeTagExists, clean)
		}
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("links: rename tag: %w", err)
		}
		return updateTag(ctx, tx, id, `UPDATE tags SET name = ?, name_key = ? WHERE id = ?`,
			clean, tagKey(clean), id)
	})
	if err != nil {
		return Tag{}, err
	}
	return l.tagByID(ctx, id)
}

// MergeTag moves every link of tag from onto tag into and deletes from.
func (l *Library) MergeTag(ctx context.Context, from, into int64) (Tag, error) {
	if from == into {
		return l.tagByID(ctx, into)
	}
	if _, err := l.tagByID(ctx, into); err != nil {
		return Tag{}, err
	}
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO link_tags (link_id, tag_id)
			SELECT link_id, ? FROM link_tags WHERE tag_id = ?`, into, from)
		if err != nil {
			return fmt.Errorf("links: merge tags: %w", err)
		}
		return updateTag(ctx, tx, from, `DELETE FROM tags WHERE id = ?`, from)
	})
	if err != nil {
		return Tag{}, err
	}
	return l.tagByID(ctx, into)
}

// SetTagColor sets a tag's colour: "" for none or "#rrggbb".
func (l *Library) SetTagColor(ctx context.Context, id int64, color string) (Tag, error) {
	if !validColor(color) {
		return Tag{}, apperr.New(CodeBadColor, color)
	}
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		return updateTag(ctx, tx, id, `UPDATE tags SET color = ? WHERE id = ?`, color, id)
	})
	if err != nil {
		return Tag{}, err
	}
	return l.tagByID(ctx, id)
}

// DeleteTag deletes a tag; its links stay, without it.
func (l *Library) DeleteTag(ctx context.Context, id int64) error {
	return l.inTx(ctx, func(tx *sql.Tx) error {
		return updateTag(ctx, tx, id, `DELETE FROM tags WHERE id = ?`, id)
	})
}

// updateTag runs one statement on a tag and reports a missing tag.
func updateTag(ctx context.Context, tx *sql.Tx, id int64, query string, args ...any) error {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("links: update tag %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return apperr.New(CodeTagNotFound, fmt.Sprint(id))
	}
	return nil
}

func (l *Library) tagByID(ctx context.Context, id int64) (Tag, error) {
	var t Tag
	err := l.db.QueryRowContext(ctx, `SELECT t.id, t.name, t.color,
		(SELECT count(*) FROM link_tags lt JOIN links k ON k.id = lt.link_id
		 WHERE lt.tag_id = t.id AND k.deleted_at IS NULL)
		FROM tags t WHERE t.id = ?`, id).Scan(&t.ID, &t.Name, &t.Color, &t.Count)
	if errors.Is(err, sql.ErrNoRows) {
		return Tag{}, apperr.New(CodeTagNotFound, fmt.Sprint(id))
	}
	if err != nil {
		return Tag{}, fmt.Errorf("links: tag %d: %w", id, err)
	}
	return t, nil
}
