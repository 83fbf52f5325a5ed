package queue

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"linksnap/backend/capture"
	"linksnap/backend/links"
	"linksnap/backend/snapshots"
	"linksnap/backend/store"
)

// engine is one real headless Chromium for the whole package.
var engine *capture.Engine

func TestMain(m *testing.M) {
	engine = capture.New(capture.Options{Tabs: 2, Timeout: 8 * time.Second})
	code := m.Run()
	engine.Close()
	os.Exit(code)
}

// site serves the pages the tests capture.
func site(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/page/{n}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><html lang="zh"><title>页面 %s</title>
			<body><h1>网页快照 page %s</h1><p>searchable-%s words</p></body></html>`,
			r.PathValue("n"), r.PathValue("n"), r.PathValue("n"))
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusNotFound)
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(60 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

type fixture struct {
	dir   string
	lib   *links.Library
	snaps *snapshots.Store
	q     *Queue
	mu    sync.Mutex
	seen  []Event
}

func newFixture(t *testing.T, opts Options) *fixture {
	t.Helper()
	f := &fixture{dir: t.TempDir()}
	db, err := store.Open(context.Background(), filepath.Join(f.dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f.lib = links.New(db)
	f.snaps = snapshots.New(db, f.dir)
	opts.Notify = func(e Event) {
		f.mu.Lock()
		f.seen = append(f.seen, e)
		f.mu.Unlock()
	}
	f.q = New(db, f.dir, engine, opts)
	return f
}

func (f *fixture) add(t *testing.T, urls ...string) []int64 {
	t.Helper()
	var ids []int64
	for _, u := range urls {
		k, _, err := f.lib.Add(context.Background(), u, nil)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, k.ID)
	}
	return ids
}

// waitFinal waits until every link's latest snapshot is in a final state.
func (f *fixture) waitFinal(t *testing.T, ids []int64, limit time.Duration) map[int64]snapshots.Snapshot {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		out := map[int64]snapshots.Snapshot{}
		for _, id := range ids {
			list, err := f.snaps.ForLink(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			if len(list) > 0 && slices.Contains([]string{"done", "partial", "failed", "cancelled"}, list[0].Status) {
				out[id] = list[0]
			}
		}
		if len(out) == len(ids) {
			return out
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("captures not final after %s", limit)
	return nil
}

func TestQueueCapturesAndRecords(t *testing.T) {
	srv := site(t)
	f := newFixture(t, Options{})
	ids := f.add(t, srv.URL+"/page/1", srv.URL+"/page/2", srv.URL+"/missing")
	if n, err := f.q.Enqueue(context.Background(), ids); err != nil || n != 3 {
		t.Fatalf("enqueue = %d, %v", n, err)
	}
	if n, _ := f.q.Enqueue(context.Background(), ids); n != 0 {
		t.Errorf("a link already queued was queued again: %d", n)
	}
	if err := f.q.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer f.q.Close()
	final := f.waitFinal(t, ids, 60*time.Second)

	ok := final[ids[0]]
	if ok.Status != "done" || !slices.Contains(ok.Files, "page.html") || ok.Title != "页面 1" {
		t.Errorf("page 1 snapshot: %+v", ok)
	}
	if _, err := os.Stat(filepath.Join(f.dir, ok.Dir, "screenshot.png")); err != nil {
		t.Errorf("screenshot missing: %v", err)
	}
	k, _ := f.lib.Get(context.Background(), ids[0])
	if k.Title != "页面 1" || k.Snapshot != "done" || !k.Thumb {
		t.Errorf("link after capture: %+v", k)
	}
	page, _ := f.lib.List(context.Background(), links.Query{Text: "searchable-2"})
	if page.Total != 1 || page.Items[0].ID != ids[1] {
		t.Errorf("page text is not searchable: %+v", page)
	}
	gone := final[ids[2]]
	if gone.Status != "failed" || gone.ReasonCode != "capture.http_4xx" || gone.HTTPStatus != 404 {
		t.Errorf("404 snapshot: %+v", gone)
	}
	if f.eventCount(KindProgress) == 0 || f.eventCount(KindStats) == 0 {
		t.Errorf("no events sent")
	}
}

func (f *fixture) eventCount(kind string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, e := range f.seen {
		if e.Kind == kind {
			n++
		}
	}
	return n
}

func TestQueueRetriesThenFails(t *testing.T) {
	f := newFixture(t, Options{MaxAttempts: 2, Backoff: 50 * time.Millisecond})
	// A closed port: connection refused, which may pass, so it is retried.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	ids := f.add(t, "http://"+closed+"/never")
	f.q.Enqueue(context.Background(), ids)
	f.q.Start(context.Background())
	defer f.q.Close()
	snap := f.waitFinal(t, ids, 40*time.Second)[ids[0]]
	if snap.Status != "failed" || snap.ReasonCode != "capture.conn_refused" {
		t.Errorf("refused: %+v", snap)
	}
	var jobs int
	f.q.db.QueryRow(`SELECT count(*) FROM capture_jobs`).Scan(&jobs)
	if jobs != 0 {
		t.Errorf("%d jobs left after a final state", jobs)
	}
}

func TestQueueCancelRunning(t *testing.T) {
	srv := site(t)
	f := newFixture(t, Options{})
	ids := f.add(t, srv.URL+"/hang")
	f.q.Enqueue(context.Background(), ids)
	f.q.Start(context.Background())
	defer f.q.Close()
	f.waitStatus(t, ids[0], "running")
	if err := f.q.Cancel(context.Background(), ids); err != nil {
		t.Fatal(err)
	}
	snap := f.waitFinal(t, ids, 20*time.Second)[ids[0]]
	if snap.Status != "cancelled" {
		t.Errorf("cancelled capture: %+v", snap)
	}
	if entries, _ := os.ReadDir(filepath.Join(f.dir, snapshots.Dir, fmt.Sprint(ids[0]))); len(entries) != 0 {
		t.Errorf("a cancelled capture left files: %v", entries)
	}
}

func (f *fixture) waitStatus(t *testing.T, linkID int64, status string) {
	t.Helper()
	for range 200 {
		list, _ := f.snaps.ForLink(context.Background(), linkID)
		if len(list) > 0 && list[0].Status == status {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("link %d never reached %s", linkID, status)
}

// TestQueueResumesAfterStop stops the queue in the middle of captures, as
// quitting does, and checks a new queue on the same library finishes
// every one of them.
func TestQueueResumesAfterStop(t *testing.T) {
	srv := site(t)
	f := newFixture(t, Options{})
	var urls []string
	for i := range 6 {
		urls = append(urls, fmt.Sprintf("%s/page/r%d", srv.URL, i))
	}
	ids := f.add(t, urls...)
	f.q.Enqueue(context.Background(), ids)
	f.q.Start(context.Background())
	f.waitStatus(t, ids[0], "running")
	f.q.Close()

	again := New(f.q.db, f.dir, engine, Options{})
	if err := again.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	final := f.waitFinal(t, ids, 90*time.Second)
	for _, id := range ids {
		if final[id].Status != "done" {
			t.Errorf("link %d after resume: %+v", id, final[id])
		}
	}
	var verdict string
	f.q.db.QueryRow("PRAGMA integrity_check").Scan(&verdict)
	if verdict != "ok" {
		t.Errorf("integrity_check = %s", verdict)
	}
}

func TestBatcherCoalesces(t *testing.T) {
	var mu sync.Mutex
	var batches [][]Event
	b := NewBatcher(20*time.Millisecond, func(p []Event, _ *Stats) {
		mu.Lock()
		batches = append(batches, p)
		mu.Unlock()
	})
	for i := range 1000 {
		b.Add(Event{Kind: KindProgress, LinkID: int64(i % 10), Step: fmt.Sprint(i)})
	}
	b.Close()
	mu.Lock()
	defer mu.Unlock()
	total := 0
	for _, batch := range batches {
		total += len(batch)
	}
	if total > 10*len(batches) || total == 0 {
		t.Errorf("1000 events for 10 links became %d in %d batches", total, len(batches))
	}
	last := batches[len(batches)-1]
	if last[len(last)-1].Step != "999" {
		t.Errorf("latest event lost: %+v", last[len(last)-1])
	}
}
