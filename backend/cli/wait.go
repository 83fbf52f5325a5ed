package cli

import (
	"context"
	"fmt"
	"time"

	"linksnap/backend/capture"
	"linksnap/backend/config"
	"linksnap/backend/queue"
	"linksnap/backend/snapshots"
)

// captureNow works the queue in this process until every given link's
// capture has ended, printing one line per link, and returns 1 if any
// failed.
func captureNow(ctx context.Context, s Streams, lib library, ids []int64) int {
	prefs, _ := config.Load(lib.dir) // unreadable settings: the defaults
	engine := capture.New(capture.Options{
		BrowserPath: prefs.BrowserPath,
		Tabs:        prefs.Concurrency,
		Timeout:     time.Duration(prefs.TimeoutSeconds) * time.Second,
	})
	defer engine.Close()
	q := queue.New(lib.db, lib.dir, engine, queue.Options{Workers: prefs.Concurrency})
	if err := q.Start(ctx); err != nil {
		return fail(s, err)
	}
	defer q.Close()

	snaps := snapshots.New(lib.db, lib.dir)
	pending := map[int64]bool{}
	for _, id := range ids {
		pending[id] = true
	}
	failed := 0
	for len(pending) > 0 {
		select {
		case <-ctx.Done():
			return fail(s, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
		for id := range pending {
			snap, final, err := latestFinal(ctx, snaps, id)
			if err != nil {
				return fail(s, err)
			}
			if !final {
				continue
			}
			delete(pending, id)
			if snap.Status == "failed" || snap.Status == "cancelled" {
				failed++
			}
			printCapture(s, id, snap)
		}
	}
	if failed > 0 {
		return exitError
	}
	return exitOK
}

func latestFinal(ctx context.Context, snaps *snapshots.Store, linkID int64) (snapshots.Snapshot, bool, error) {
	list, err := snaps.ForLink(ctx, linkID)
	if err != nil || len(list) == 0 {
		return snapshots.Snapshot{}, false, err
	}
	switch list[0].Status {
	case "done", "partial", "failed", "cancelled":
		return list[0], true, nil
	}
	return list[0], false, nil
}

func printCapture(s Streams, linkID int64, snap snapshots.Snapshot) {
	switch snap.Status {
	case "failed", "cancelled":
		fmt.Fprintf(s.Err, "link %d: %s: %s\n", linkID, snap.Status, oneLine(snap.Reason))
	default:
		fmt.Fprintf(s.Out, "link %d: %s, %d files in %s\n", linkID, snap.Status, len(snap.Files), snap.Dir)
	}
}
