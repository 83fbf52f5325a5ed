// Package queue runs the captures of the library: a persistent queue in
// SQLite, worked by a bounded pool, where every job reaches a final
// state (done, failed or cancelled) even across crashes and restarts.
package queue

import (
	"context"
	"database/sql"
	"log/slog"
	"sync"
	"time"

	"linksnap/backend/capture"
)

// Capturer is what the queue needs of the capture engine.
type Capturer interface {
	Capture(ctx context.Context, rawURL, outDir string, progress func(step string)) (*capture.Result, error)
}

// Options configure a Queue; zero values mean the defaults.
type Options struct {
	Workers     int           // captures at once, default 2
	MaxAttempts int           // tries for failures that may pass, default 3
	Backoff     time.Duration // wait before the first retry, default 30s; x4 each time
	Notify      func(Event)   // called on every change of a job; may be nil
	Logger      *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Workers <= 0 {
		o.Workers = 2
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 3
	}
	if o.Backoff <= 0 {
		o.Backoff = 30 * time.Second
	}
	if o.Notify == nil {
		o.Notify = func(Event) {}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Queue is the capture queue of one library. Start launches its workers;
// Close stops them, putting interrupted jobs back in the queue so they
// resume on the next start.
type Queue struct {
	db      *sql.DB
	dataDir string
	engine  Capturer
	opts    Options

	wake      chan struct{}
	stop      chan struct{}
	closeOnce sync.Once
	wg        sync.WaitGroup

	mu        sync.Mutex
	paused    bool
	running   map[int64]context.CancelFunc // job id -> cancel
	cancelled map[int64]bool               // jobs cancelled by the person
}

// New returns a queue over the library in db whose files are in dataDir.
func New(db *sql.DB, dataDir string, engine Capturer, opts Options) *Queue {
	opts = opts.withDefaults()
	return &Queue{
		db:        db,
		dataDir:   dataDir,
		engine:    engine,
		opts:      opts,
		wake:      make(chan struct{}, opts.Workers),
		stop:      make(chan struct{}),
		running:   map[int64]context.CancelFunc{},
		cancelled: map[int64]bool{},
	}
}

// Start recovers jobs a crash left running and starts the workers.
func (q *Queue) Start(ctx context.Context) error {
	if err := q.recover(ctx); err != nil {
		return err
	}
	for range q.opts.Workers {
		q.wg.Add(1)
		go q.work()
	}
	q.signal()
	return nil
}

// Close stops the workers and waits for them. Captures in progress are
// abandoned and their jobs queued again for the next start.
func (q *Queue) Close() {
	q.closeOnce.Do(func() {
		close(q.stop)
		q.mu.Lock()
		for _, cancel := range q.running {
			cancel()
		}
		q.mu.Unlock()
	})
	q.wg.Wait()
}

// Pause stops new captures from starting; running ones finish.
func (q *Queue) Pause() {
	q.mu.Lock()
	q.paused = true
	q.mu.Unlock()
	q.notifyStats()
}

// Resume lets captures start again.
func (q *Queue) Resume() {
	q.mu.Lock()
	q.paused = false
	q.mu.Unlock()
	q.signal()
	q.notifyStats()
}

// Paused reports whether the queue is paused.
func (q *Queue) Paused() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.paused
}

// signal wakes idle workers without blocking.
func (q *Queue) signal() {
	for range q.opts.Workers {
		select {
		case q.wake <- struct{}{}:
		default:
		}
	}
}

// idleWait is how long an idle worker sleeps before looking for jobs
// whose retry time has come, when nothing wakes it sooner.
const idleWait = 2 * time.Second

func (q *Queue) work() {
	defer q.wg.Done()
	for {
		select {
		case <-q.stop:
			return
		default:
		}
		if !q.Paused() && q.runNext() {
			continue
		}
		select {
		case <-q.stop:
			return
		case <-q.wake:
		case <-time.After(idleWait):
		}
	}
}
