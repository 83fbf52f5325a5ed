package queue

import (
	"context"
	"fmt"
)

// Stats counts the jobs of the queue.
type Stats struct {
	Waiting int  `json:"waiting"` // queued, including those waiting to retry
	Running int  `json:"running"`
	Failed  int  `json:"failed"` // links whose latest capture failed
	Paused  bool `json:"paused"`
}

// latestFailed keeps, of snapshots s, those that are the latest capture
// of a link not deleted and that failed: the links "Retry failed" means.
const latestFailed = `JOIN links l ON l.id = s.link_id AND l.deleted_at IS NULL
	WHERE s.status = 'failed'
	AND s.id = (SELECT max(id) FROM snapshots WHERE link_id = s.link_id)`

// Stats counts jobs now.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	// Links waiting out their undo window keep their jobs (an undo brings
	// them back) but are not counted or captured.
	err := q.db.QueryRowContext(ctx, `SELECT
		coalesce(sum(j.status = 'queued'), 0), coalesce(sum(j.status = 'running'), 0)
		FROM capture_jobs j JOIN links l ON l.id = j.link_id
		WHERE l.deleted_at IS NULL`).Scan(&s.Waiting, &s.Running)
	if err != nil {
		return s, fmt.Errorf("queue: stats: %w", err)
	}
	err = q.db.QueryRowContext(ctx, `SELECT count(*) FROM snapshots s `+latestFailed).Scan(&s.Failed)
	if err != nil {
		return s, fmt.Errorf("queue: stats: %w", err)
	}
	s.Paused = q.Paused()
	return s, nil
}

func (q *Queue) notifyStats() {
	s, err := q.Stats(context.Background())
	if err != nil {
		q.opts.Logger.Warn("queue stats", "error", err)
		return
	}
	q.opts.Notify(Event{Kind: KindStats, Stats: &s})
}
