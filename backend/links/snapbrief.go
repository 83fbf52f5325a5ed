package links

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
)

// ThumbFile is the thumbnail a capture leaves in its folder.
const ThumbFile = "thumb.jpg"

// attachSnapshots fills in what a list shows of each link's latest
// capture, with one query for the whole batch. Snapshot ids only grow,
// so the latest is the largest.
func (l *Library) attachSnapshots(ctx context.Context, found []Link) error {
	byID, ids := indexByID(found)
	rows, err := l.db.QueryContext(ctx, `SELECT link_id, id, status, reason_code,
		reason, files, site_name, favicon FROM snapshots WHERE id IN
		(SELECT max(id) FROM snapshots WHERE link_id IN `+inList+`
		 GROUP BY link_id)`, jsonList(ids))
	if err != nil {
		return fmt.Errorf("links: load snapshots: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var linkID int64
		var files string
		var s Link
		err := rows.Scan(&linkID, &s.SnapshotID, &s.Snapshot, &s.ReasonCode,
			&s.Reason, &files, &s.SiteName, &s.Favicon)
		if err != nil {
			return fmt.Errorf("links: load snapshots: %w", err)
		}
		k := byID[linkID]
		k.SnapshotID, k.Snapshot, k.ReasonCode = s.SnapshotID, s.Snapshot, s.ReasonCode
		k.Reason, k.SiteName, k.Favicon = s.Reason, s.SiteName, s.Favicon
		var names []string
		_ = json.Unmarshal([]byte(files), &names) // written by us; empty on damage
		k.Thumb = slices.Contains(names, ThumbFile)
	}
	return rows.Err()
}
