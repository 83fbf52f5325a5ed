package links

import (
	"context"
	"fmt"
)

// Stats counts the links the sidebar shows next to its fixed entries.
type Stats struct {
	Total     int `json:"total"`
	Untagged  int `json:"untagged"`
	Favorites int `json:"favorites"`
	Failed    int `json:"failed"` // links whose latest capture failed
}

// Stats counts links not deleted.
func (l *Library) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := l.db.QueryRowContext(ctx, `SELECT count(*),
		coalesce(sum(NOT EXISTS (SELECT 1 FROM link_tags lt WHERE lt.link_id = l.id)), 0),
		coalesce(sum(l.favorite), 0),
		coalesce(sum(`+statusFilters["failed"]+`), 0)
		FROM links l WHERE l.deleted_at IS NULL`).Scan(&s.Total, &s.Untagged, &s.Favorites, &s.Failed)
	if err != nil {
		return s, fmt.Errorf("links: stats: %w", err)
	}
	return s, nil
}
