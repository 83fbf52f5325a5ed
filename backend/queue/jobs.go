package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"linksnap/backend/snapshots"
)

// job is a claimed capture job.
type job struct {
	id, linkID, snapshotID int64
	url                    string
	attempts               int
}

func now() int64 { return time.Now().UnixMilli() }

// Enqueue queues a capture of each link that has none waiting or running,
// and returns how many it queued. Every capture is a new snapshot: the
// earlier ones stay as versions.
func (q *Queue) Enqueue(ctx context.Context, linkIDs []int64) (int, error) {
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("queue: enqueue: %w", err)
	}
	defer tx.Rollback()
	e, err := prepareEnqueue(ctx, tx)
	if err != nil {
		return 0, err
	}
	defer e.close()
	var queued []int64
	for _, id := range linkIDs {
		ok, err := e.one(ctx, id, now())
		if err != nil {
			return 0, err
		}
		if ok {
			queued = append(queued, id)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("queue: enqueue: %w", err)
	}
	if len(queued) > 0 {
		q.announce(queued)
		q.signal()
		q.notifyStats()
	}
	return len(queued), nil
}

// announceLimit is the most links whose queued state is sent one by one;
// a bigger batch (an import) is announced by the stats alone, and the
// window reloads its page of the list.
const announceLimit = 1000

func (q *Queue) announce(linkIDs []int64) {
	if len(linkIDs) > announceLimit {
		return
	}
	for _, id := range linkIDs {
		q.opts.Notify(Event{Kind: KindProgress, LinkID: id, Status: "queued"})
	}
}

// enqueuer holds the two statements that queue one link, prepared once
// per batch: preparing them per link would cost more than running them.
type enqueuer struct {
	snapshot, job *sql.Stmt
}

func prepareEnqueue(ctx context.Context, tx *sql.Tx) (enqueuer, error) {
	snap, err := tx.PrepareContext(ctx, `INSERT INTO snapshots (link_id, status, created_at)
		SELECT id, 'queued', ? FROM links WHERE id = ? AND deleted_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM capture_jobs WHERE link_id = ?
			AND status IN ('queued', 'running'))`)
	if err != nil {
		return enqueuer{}, fmt.Errorf("queue: enqueue: %w", err)
	}
	job, err := tx.PrepareContext(ctx, `INSERT INTO capture_jobs (link_id, snapshot_id,
		status, next_run_at, created_at, updated_at) VALUES (?, ?, 'queued', ?, ?, ?)`)
	if err != nil {
		snap.Close()
		return enqueuer{}, fmt.Errorf("queue: enqueue: %w", err)
	}
	return enqueuer{snapshot: snap, job: job}, nil
}

func (e enqueuer) close() {
	e.snapshot.Close()
	e.job.Close()
}

func (e enqueuer) one(ctx context.Context, linkID, t int64) (bool, error) {
	res, err := e.snapshot.ExecContext(ctx, t, linkID, linkID)
	if err != nil {
		return false, fmt.Errorf("queue: enqueue %d: %w", linkID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	snapID, _ := res.LastInsertId()
	if _, err := e.job.ExecContext(ctx, linkID, snapID, t, t, t); err != nil {
		return false, fmt.Errorf("queue: enqueue %d: %w", linkID, err)
	}
	return true, nil
}

// claim takes the oldest job that is due and marks it running.
func (q *Queue) claim(ctx context.Context) (job, bool, error) {
	var j job
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return j, false, fmt.Errorf("queue: claim: %w", err)
	}
	defer tx.Rollback()
	t := now()
	err = tx.QueryRowContext(ctx, `SELECT j.id, j.link_id, j.snapshot_id, l.url, j.attempts
		FROM capture_jobs j JOIN links l ON l.id = j.link_id
		WHERE j.status = 'queued' AND j.next_run_at <= ? AND l.deleted_at IS NULL
		ORDER BY j.next_run_at, j.id LIMIT 1`, t).
		Scan(&j.id, &j.linkID, &j.snapshotID, &j.url, &j.attempts)
	if errors.Is(err, sql.ErrNoRows) {
		return j, false, nil
	}
	if err != nil {
		return j, false, fmt.Errorf("queue: claim: %w", err)
	}
	j.attempts++
	dir := snapshots.FolderFor(j.linkID, j.snapshotID)
	if _, err := tx.ExecContext(ctx, `UPDATE capture_jobs SET status = 'running',
		attempts = ?, updated_at = ? WHERE id = ?`, j.attempts, t, j.id); err != nil {
		return j, false, fmt.Errorf("queue: claim: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE snapshots SET status = 'running',
		dir = ?, started_at = ?, reason_code = '', reason = '' WHERE id = ?`,
		dir, t, j.snapshotID); err != nil {
		return j, false, fmt.Errorf("queue: claim: %w", err)
	}
	return j, true, tx.Commit()
}

// recover puts jobs that a crash or a kill left running back in the
// queue, and removes the temporary folders of captures it interrupted.
func (q *Queue) recover(ctx context.Context) error {
	_, err := q.db.ExecContext(ctx, `UPDATE capture_jobs SET status = 'queued'
		WHERE status = 'running'`)
	if err == nil {
		_, err = q.db.ExecContext(ctx, `UPDATE snapshots SET status = 'queued'
			WHERE status = 'running'`)
	}
	if err != nil {
		return fmt.Errorf("queue: recover: %w", err)
	}
	if err := q.removePartial(); err != nil {
		return err
	}
	return q.removeOrphans(ctx)
}

// removeOrphans deletes the snapshot folders of links that are gone: a
// crash between purging a link and deleting its files leaves them. The
// link ids are read once, not looked up folder by folder.
func (q *Queue) removeOrphans(ctx context.Context) error {
	entries, err := os.ReadDir(filepath.Join(q.dataDir, snapshots.Dir))
	if err != nil {
		return nil // no snapshots yet
	}
	live, err := q.linkIDs(ctx)
	if err != nil {
		return err
	}
	for _, e := range entries {
		id, err := strconv.ParseInt(e.Name(), 10, 64)
		if err != nil || !e.IsDir() || live[id] {
			continue
		}
		if err := os.RemoveAll(filepath.Join(q.dataDir, snapshots.Dir, e.Name())); err != nil {
			return fmt.Errorf("queue: remove orphan folder: %w", err)
		}
	}
	return nil
}

// removePartial deletes the ".<id>.part-*" folders captures write into
// before they are complete.
func (q *Queue) removePartial() error {
	matches, err := filepath.Glob(filepath.Join(q.dataDir, snapshots.Dir, "*", ".*.part-*"))
	if err != nil {
		return fmt.Errorf("queue: find partial captures: %w", err)
	}
	for _, m := range matches {
		if err := os.RemoveAll(m); err != nil {
			return fmt.Errorf("queue: remove partial capture: %w", err)
		}
	}
	return nil
}

func (q *Queue) linkIDs(ctx context.Context) (map[int64]bool, error) {
	rows, err := q.db.QueryContext(ctx, `SELECT id FROM links`)
	if err != nil {
		return nil, fmt.Errorf("queue: find orphans: %w", err)
	}
	defer rows.Close()
	ids := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("queue: find orphans: %w", err)
		}
		ids[id] = true
	}
	return ids, rows.Err()
}

// Cancel cancels the waiting or running capture of each link.
func (q *Queue) Cancel(ctx context.Context, linkIDs []int64) error {
	for _, linkID := range linkIDs {
		if err := q.cancelLink(ctx, linkID); err != nil {
			return err
		}
	}
	q.notifyStats()
	return nil
}

func (q *Queue) cancelLink(ctx context.Context, linkID int64) error {
	var jobID, snapID int64
	var status string
	err := q.db.QueryRowContext(ctx, `SELECT id, snapshot_id, status FROM capture_jobs
		WHERE link_id = ? AND status IN ('queued', 'running')`, linkID).Scan(&jobID, &snapID, &status)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("queue: cancel: %w", err)
	}
	if status == "running" {
		q.mu.Lock()
		q.cancelled[jobID] = true
		if cancel, ok := q.running[jobID]; ok {
			cancel()
		}
		q.mu.Unlock()
		return nil
	}
	return q.finish(ctx, job{id: jobID, linkID: linkID, snapshotID: snapID}, outcome{
		jobStatus: "cancelled", snapStatus: "cancelled", code: "capture.cancelled"})
}

// RetryFailed queues a new capture of every link whose latest capture
// failed, and returns how many.
func (q *Queue) RetryFailed(ctx context.Context) (int, error) {
	rows, err := q.db.QueryContext(ctx, `SELECT s.link_id FROM snapshots s `+latestFailed)
	if err != nil {
		return 0, fmt.Errorf("queue: retry failed: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, fmt.Errorf("queue: retry failed: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	return q.Enqueue(ctx, ids)
}
