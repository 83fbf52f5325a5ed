package queue

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"linksnap/backend/capture"
	"linksnap/backend/snapshots"
)

// outcome is how a job ended this time.
type outcome struct {
	jobStatus  string // queued (to retry or resume), done, failed, cancelled
	snapStatus string // queued, done, partial, failed, cancelled
	code       string
	reason     string
	result     *capture.Result
	retryAt    int64 // Unix ms, for a job queued again
	resumed    bool  // interrupted by shutdown: the attempt does not count
}

// runNext claims one due job and runs it; false means there was none.
func (q *Queue) runNext() bool {
	j, ok, err := q.claim(context.Background())
	if err != nil {
		q.opts.Logger.Error("claim capture job", "error", err)
		return false
	}
	if !ok {
		return false
	}
	q.notifyStats()
	q.run(j)
	return true
}

func (q *Queue) run(j job) {
	ctx, cancel := context.WithCancel(context.Background())
	q.mu.Lock()
	q.running[j.id] = cancel
	q.mu.Unlock()
	defer func() {
		cancel()
		q.mu.Lock()
		delete(q.running, j.id)
		delete(q.cancelled, j.id)
		q.mu.Unlock()
	}()

	log := q.opts.Logger.With("link_id", j.linkID, "snapshot_id", j.snapshotID)
	log.Debug("capture started", "url", j.url, "attempt", j.attempts)
	out := q.capture(ctx, j)
	if err := q.finish(context.Background(), j, out); err != nil {
		log.Error("record capture", "error", err)
	}
	log.Debug("capture ended", "status", out.snapStatus, "code", out.code)
	q.notifyStats()
}

// capture runs the engine and judges its result. A panic in the engine
// ends the job as failed rather than leaving it running.
func (q *Queue) capture(ctx context.Context, j job) (out outcome) {
	defer func() {
		if r := recover(); r != nil {
			out = outcome{jobStatus: "failed", snapStatus: "failed",
				code: "capture.failed", reason: fmt.Sprint("internal error: ", r)}
		}
	}()
	outDir := filepath.Join(q.dataDir, snapshots.FolderFor(j.linkID, j.snapshotID))
	// A folder already there is from an attempt the database never
	// recorded (a crash between the two); this attempt replaces it.
	if err := os.RemoveAll(outDir); err != nil {
		return outcome{jobStatus: "failed", snapStatus: "failed", code: "capture.disk", reason: err.Error()}
	}
	progress := func(step string) {
		q.opts.Notify(Event{Kind: KindProgress, LinkID: j.linkID,
			SnapshotID: j.snapshotID, Status: "running", Step: step})
	}
	res, err := q.engine.Capture(ctx, j.url, outDir, progress)
	return q.judge(j, res, err)
}

// retryable are the failures that may pass on their own.
var retryable = map[string]bool{
	"capture.timeout": true, "capture.conn_refused": true, "capture.conn_failed": true,
	"capture.dns": true, "capture.renderer_crashed": true, "capture.browser_crashed": true,
	"capture.browser_start": true, "capture.http_5xx": true,
}

func (q *Queue) judge(j job, res *capture.Result, err error) outcome {
	if err == nil {
		return outcome{jobStatus: "done", snapStatus: string(res.Status), result: res}
	}
	if q.cancelledByPerson(j.id) {
		return outcome{jobStatus: "cancelled", snapStatus: "cancelled", code: "capture.cancelled"}
	}
	if q.stopping() {
		return outcome{jobStatus: "queued", snapStatus: "queued", resumed: true}
	}
	// An HTTP error page still has its files (res): they are kept so the
	// person can see what the server answered.
	code := capture.Code(err)
	out := outcome{jobStatus: "failed", snapStatus: "failed", code: code,
		reason: err.Error(), result: res}
	if retryable[code] && j.attempts < q.opts.MaxAttempts {
		out.jobStatus, out.snapStatus = "queued", "queued"
		out.retryAt = now() + q.backoff(j.attempts).Milliseconds()
	}
	return out
}

func (q *Queue) cancelledByPerson(jobID int64) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.cancelled[jobID]
}

func (q *Queue) stopping() bool {
	select {
	case <-q.stop:
		return true
	default:
		return false
	}
}
