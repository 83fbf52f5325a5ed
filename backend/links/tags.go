package links

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"linksnap/backend/apperr"
)

// Tag is a tag with the number of links that carry it.
type Tag struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Color string `json:"color"`
	Count int    `json:"count"`
}

// Tags lists every tag by name, with counts of the links not deleted.
// The counts come from the covering index on link_tags, minus the few
// links waiting out their undo window, rather than from a join over every
// tagged link.
func (l *Library) Tags(ctx context.Context) ([]Tag, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT t.id, t.name, t.color,
		coalesce(c.n, 0) - coalesce(d.n, 0)
		FROM tags t
		LEFT JOIN (SELECT tag_id, count(*) AS n FROM link_tags GROUP BY tag_id) c
			ON c.tag_id = t.id
		LEFT JOIN (SELECT tag_id, count(*) AS n FROM link_tags
			WHERE link_id IN (SELECT id FROM links WHERE deleted_at IS NOT NULL)
			GROUP BY tag_id) d
			ON d.tag_id = t.id
		ORDER BY t.name_key`)
	if err != nil {
		return nil, fmt.Errorf("links: list tags: %w", err)
	}
	defer rows.Close()
	out := []Tag{}
	for rows.Next() {
		var t Tag
		if err := rows.Scan(&t.ID, &t.Name, &t.Color, &t.Count); err != nil {
			return nil, fmt.Errorf("links: list tags: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// TagByName finds a tag, ignoring case.
func (l *Library) TagByName(ctx context.Context, name string) (Tag, error) {
	clean, err := CleanTagName(name)
	if err != nil {
		return Tag{}, err
	}
	var t Tag
	err = l.db.QueryRowContext(ctx, `SELECT id, name, color FROM tags WHERE name_key = ?`,
		tagKey(clean)).Scan(&t.ID, &t.Name, &t.Color)
	if errors.Is(err, sql.ErrNoRows) {
		return Tag{}, apperr.New(CodeTagNotFound, clean)
	}
	if err != nil {
		return Tag{}, fmt.Errorf("links: find tag %q: %w", clean, err)
	}
	return t, nil
}

// ensureTags returns the ids of the named tags, creating those missing.
func ensureTags(ctx context.Context, tx *sql.Tx, names []string, now int64) ([]int64, error) {
	ids := make([]int64, 0, len(names))
	for _, name := range names {
		_, err := tx.ExecContext(ctx, `INSERT INTO tags (name, name_key, created_at)
			VALUES (?, ?, ?) ON CONFLICT (name_key) DO NOTHING`, name, tagKey(name), now)
		if err != nil {
			return nil, fmt.Errorf("links: create tag %q: %w", name, err)
		}
		var id int64
		err = tx.QueryRowContext(ctx, `SELECT id FROM tags WHERE name_key = ?`,
			tagKey(name)).Scan(&id)
		if err != nil {
			return nil, fmt.Errorf("links: find tag %q: %w", name, err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func tagLink(ctx context.Context, tx *sql.Tx, linkID int64, tagIDs []int64) error {
	for _, tagID := range tagIDs {
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO link_tags (link_id, tag_id)
			VALUES (?, ?)`, linkID, tagID)
		if err != nil {
			return fmt.Errorf("links: tag link %d: %w", linkID, err)
		}
	}
	return nil
}

// AddTags puts the named tags on every given link, creating new tags.
func (l *Library) AddTags(ctx context.Context, linkIDs []int64, names []string) error {
	clean, err := cleanTagNames(names)
	if err != nil {
		return err
	}
	return l.inTx(ctx, func(tx *sql.Tx) error {
		tagIDs, err := ensureTags(ctx, tx, clean, l.millis())
		if err != nil {
			return err
		}
		for _, id := range linkIDs {
			if err := tagLink(ctx, tx, id, tagIDs); err != nil {
				return err
			}
		}
		return touch(ctx, tx, linkIDs, l.millis())
	})
}

// RemoveTags takes the named tags off every given link. The tags stay in
// the library, with fewer links.
func (l *Library) RemoveTags(ctx context.Context, linkIDs []int64, names []string) error {
	clean, err := cleanTagNames(names)
	if err != nil || len(linkIDs) == 0 {
		return err
	}
	return l.inTx(ctx, func(tx *sql.Tx) error {
		for _, name := range clean {
			_, err := tx.ExecContext(ctx, `DELETE FROM link_tags
				WHERE tag_id = (SELECT id FROM tags WHERE name_key = ?)
				AND link_id IN `+inList, tagKey(name), jsonList(linkIDs))
			if err != nil {
				return fmt.Errorf("links: untag %q: %w", name, err)
			}
		}
		return touch(ctx, tx, linkIDs, l.millis())
	})
}

func touch(ctx context.Context, tx *sql.Tx, linkIDs []int64, now int64) error {
	if len(linkIDs) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE links SET updated_at = ?
		WHERE id IN `+inList, now, jsonList(linkIDs))
	if err != nil {
		return fmt.Errorf("links: touch: %w", err)
	}
	return nil
}
