package queue

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"linksnap/backend/capture"
	"linksnap/backend/snapshots"
)

// maxBodyText is how much of a page's text goes into the search index.
const maxBodyText = 1 << 20

func (q *Queue) backoff(attempts int) time.Duration {
	d := q.opts.Backoff
	for i := 1; i < attempts; i++ {
		d *= 4
	}
	return d
}

// finish records an outcome: the job, the snapshot, the link's title if
// it had none, and the page text for search, in one transaction.
func (q *Queue) finish(ctx context.Context, j job, out outcome) error {
	body := q.pageText(j, out.result)
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("queue: finish: %w", err)
	}
	defer tx.Rollback()
	if err := finishJob(ctx, tx, j, out); err != nil {
		return err
	}
	if err := finishSnapshot(ctx, tx, j, out); err != nil {
		return err
	}
	if err := fillLink(ctx, tx, j.linkID, out.result, body); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("queue: finish: %w", err)
	}
	q.opts.Notify(Event{Kind: KindProgress, LinkID: j.linkID, SnapshotID: j.snapshotID,
		Status: out.snapStatus, ReasonCode: out.code})
	return nil
}

func finishJob(ctx context.Context, tx *sql.Tx, j job, out outcome) error {
	var err error
	if out.jobStatus == "queued" {
		attempts := j.attempts
		if out.resumed {
			attempts--
		}
		_, err = tx.ExecContext(ctx, `UPDATE capture_jobs SET status = 'queued',
			attempts = ?, next_run_at = ?, last_error = ?, updated_at = ? WHERE id = ?`,
			attempts, max(out.retryAt, now()), out.reason, now(), j.id)
	} else {
		// Final: the snapshot row is the record; the job is done with.
		_, err = tx.ExecContext(ctx, `DELETE FROM capture_jobs WHERE id = ?`, j.id)
	}
	if err != nil {
		return fmt.Errorf("queue: finish job %d: %w", j.id, err)
	}
	return nil
}

func finishSnapshot(ctx context.Context, tx *sql.Tx, j job, out outcome) error {
	var finished any
	if out.jobStatus != "queued" {
		finished = now()
	}
	files, title, site, favicon, finalURL, status, size := resultFields(out.result)
	_, err := tx.ExecContext(ctx, `UPDATE snapshots SET status = ?, reason_code = ?,
		reason = ?, files = ?, title = ?, site_name = ?, favicon = ?, final_url = ?,
		http_status = ?, bytes = ?, finished_at = ? WHERE id = ?`,
		out.snapStatus, out.code, out.reason, files, title, site, favicon, finalURL,
		status, size, finished, j.snapshotID)
	if err != nil {
		return fmt.Errorf("queue: finish snapshot %d: %w", j.snapshotID, err)
	}
	return nil
}

func resultFields(res *capture.Result) (files, title, site, favicon, finalURL string, status int, size int64) {
	if res == nil {
		return "[]", "", "", "", "", 0, 0
	}
	names, _ := json.Marshal(res.Files)
	for _, n := range res.Meta.Sizes {
		size += n
	}
	m := res.Meta
	return string(names), m.Title, m.SiteName, m.FaviconFile, m.FinalURL, m.HTTPStatus, size
}

// fillLink gives a link the page's title when the person has not set one,
// and puts the page's text in the search index.
func fillLink(ctx context.Context, tx *sql.Tx, linkID int64, res *capture.Result, body string) error {
	if res == nil {
		return nil
	}
	if res.Meta.Title != "" {
		if _, err := tx.ExecContext(ctx, `UPDATE links SET title = ?
			WHERE id = ? AND title = ''`, res.Meta.Title, linkID); err != nil {
			return fmt.Errorf("queue: set title: %w", err)
		}
	}
	if body != "" {
		if _, err := tx.ExecContext(ctx, `UPDATE links_fts SET body = ? WHERE rowid = ?`,
			body, linkID); err != nil {
			return fmt.Errorf("queue: index text: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE links_grams SET grams =
			(SELECT cjk_grams(title || ' ' || url || ' ' || notes || ' ' || ?)
			 FROM links WHERE id = ?) WHERE rowid = ?`, body, linkID, linkID); err != nil {
			return fmt.Errorf("queue: index text: %w", err)
		}
	}
	return nil
}

// pageText reads the capture's text.txt, up to maxBodyText bytes.
func (q *Queue) pageText(j job, res *capture.Result) string {
	if res == nil {
		return ""
	}
	dir := filepath.Join(q.dataDir, snapshots.FolderFor(j.linkID, j.snapshotID))
	f, err := os.Open(filepath.Join(dir, "text.txt"))
	if err != nil {
		return ""
	}
	defer f.Close()
	data, _ := io.ReadAll(io.LimitReader(f, maxBodyText))
	return string(data)
}
