package links

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// selectLinks reads the columns scanLinks expects; callers append WHERE,
// ORDER BY and LIMIT.
const selectLinks = `SELECT l.id, l.url, l.norm_url, l.domain, l.title, l.notes,
	l.favorite, l.created_at, l.updated_at FROM links l`

func scanLinks(rows *sql.Rows) ([]Link, error) {
	defer rows.Close()
	var out []Link
	for rows.Next() {
		var k Link
		err := rows.Scan(&k.ID, &k.URL, &k.NormURL, &k.Domain, &k.Title,
			&k.Notes, &k.Favorite, &k.CreatedAt, &k.UpdatedAt)
		if err != nil {
			return nil, fmt.Errorf("links: scan: %w", err)
		}
		k.Tags = []TagRef{}
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("links: scan: %w", err)
	}
	return out, nil
}

// scanWithTags reads links from rows and fills in their tags with one
// more query for the whole batch.
func (l *Library) scanWithTags(ctx context.Context, rows *sql.Rows) ([]Link, error) {
	found, err := scanLinks(rows)
	if err != nil || len(found) == 0 {
		return found, err
	}
	if err := l.attachTags(ctx, found); err != nil {
		return nil, err
	}
	if err := l.attachSnapshots(ctx, found); err != nil {
		return nil, err
	}
	return found, nil
}

func (l *Library) attachTags(ctx context.Context, found []Link) error {
	byID, ids := indexByID(found)
	rows, err := l.db.QueryContext(ctx, `SELECT lt.link_id, t.id, t.name, t.color
		FROM link_tags lt JOIN tags t ON t.id = lt.tag_id
		WHERE lt.link_id IN `+inList+`
		ORDER BY t.name_key`, jsonList(ids))
	if err != nil {
		return fmt.Errorf("links: load tags: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var linkID int64
		var t TagRef
		if err := rows.Scan(&linkID, &t.ID, &t.Name, &t.Color); err != nil {
			return fmt.Errorf("links: load tags: %w", err)
		}
		k := byID[linkID]
		k.Tags = append(k.Tags, t)
	}
	return rows.Err()
}

// inList reads a list passed as one JSON argument (see jsonList): a
// statement has the same text for any number of ids, and a selection of
// 100,000 links stays under SQLite's limit on bound variables.
const inList = `(SELECT value FROM json_each(?))`

// jsonList encodes ids or strings as the argument of inList.
func jsonList[T int64 | string](list []T) string {
	if list == nil {
		return "[]"
	}
	data, _ := json.Marshal(list) // a slice of numbers or strings always encodes
	return string(data)
}

// indexByID maps found links by id, for filling them in from a batch query.
func indexByID(found []Link) (map[int64]*Link, []int64) {
	byID := make(map[int64]*Link, len(found))
	ids := make([]int64, len(found))
	for i := range found {
		byID[found[i].ID] = &found[i]
		ids[i] = found[i].ID
	}
	return byID, ids
}
