package queue

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"linksnap/backend/store"
)

// childEnv makes this test binary act as a process that only works the
// queue of a library, so the test can kill it hard.
const childEnv = "LINKSNAP_QUEUE_CHILD"

// TestQueueChild is the child's body; it does nothing in a normal run.
func TestQueueChild(t *testing.T) {
	dir := os.Getenv(childEnv)
	if dir == "" {
		t.Skip("runs only as the child of TestQueueSurvivesKill")
	}
	db, err := store.Open(context.Background(), filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	q := New(db, dir, engine, Options{})
	if err := q.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Minute) // until killed
}

// TestQueueSurvivesKill kills a process with SIGKILL in the middle of
// twenty captures, then starts the queue again: every capture ends done,
// nothing half-written is left, and the database is sound.
func TestQueueSurvivesKill(t *testing.T) {
	srv := site(t)
	f := newFixture(t, Options{})
	var urls []string
	for i := range 20 {
		urls = append(urls, fmt.Sprintf("%s/page/k%d", srv.URL, i))
	}
	ids := f.add(t, urls...)
	if _, err := f.q.Enqueue(context.Background(), ids); err != nil {
		t.Fatal(err)
	}

	child := exec.Command(os.Args[0], "-test.run=^TestQueueChild$")
	child.Env = append(os.Environ(), childEnv+"="+f.dir)
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	f.waitStatus(t, ids[2], "done") // some done, some running, most waiting
	child.Process.Kill()
	child.Wait()
	var running int
	f.q.db.QueryRow(`SELECT count(*) FROM capture_jobs WHERE status = 'running'`).Scan(&running)
	t.Logf("killed with %d captures running", running)

	if err := f.q.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer f.q.Close()
	final := f.waitFinal(t, ids, 120*time.Second)
	for _, id := range ids {
		if final[id].Status != "done" {
			t.Errorf("link %d after the kill: %+v", id, final[id])
		}
	}
	filepath.WalkDir(filepath.Join(f.dir, "snapshots"), func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".part-") {
			t.Errorf("half-written capture left: %s", path)
		}
		return nil
	})
	var verdict string
	f.q.db.QueryRow("PRAGMA integrity_check").Scan(&verdict)
	if verdict != "ok" {
		t.Errorf("integrity_check = %s", verdict)
	}
}
