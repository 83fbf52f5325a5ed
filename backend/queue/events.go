package queue

import (
	"sync"
	"time"
)

// Event kinds.
const (
	KindProgress = "progress" // a job's state or step changed
	KindStats    = "stats"    // the queue's counts changed
)

// Event is one change the window may want to show.
type Event struct {
	Kind       string `json:"kind"`
	LinkID     int64  `json:"linkId,omitempty"`
	SnapshotID int64  `json:"snapshotId,omitempty"`
	Status     string `json:"status,omitempty"`
	Step       string `json:"step,omitempty"`
	ReasonCode string `json:"reasonCode,omitempty"`
	Stats      *Stats `json:"stats,omitempty"`
}

// Batcher coalesces events and hands them on at most every interval:
// the latest event per link and the latest stats. A burst of a thousand
// links becomes a few batches a second, not a thousand messages.
// Close stops its goroutine after a last flush.
type Batcher struct {
	emit     func(progress []Event, stats *Stats)
	interval time.Duration

	mu       sync.Mutex
	progress map[int64]Event
	order    []int64
	stats    *Stats

	stop chan struct{}
	once sync.Once
	wg   sync.WaitGroup
}

// NewBatcher starts a batcher that calls emit with what changed.
func NewBatcher(interval time.Duration, emit func(progress []Event, stats *Stats)) *Batcher {
	b := &Batcher{emit: emit, interval: interval, progress: map[int64]Event{},
		stop: make(chan struct{})}
	b.wg.Add(1)
	go b.loop()
	return b
}

// Add records an event; it is safe to call from any goroutine.
func (b *Batcher) Add(e Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if e.Kind == KindStats {
		b.stats = e.Stats
		return
	}
	if _, seen := b.progress[e.LinkID]; !seen {
		b.order = append(b.order, e.LinkID)
	}
	b.progress[e.LinkID] = e
}

func (b *Batcher) loop() {
	defer b.wg.Done()
	tick := time.NewTicker(b.interval)
	defer tick.Stop()
	for {
		select {
		case <-b.stop:
			b.flush()
			return
		case <-tick.C:
			b.flush()
		}
	}
}

func (b *Batcher) flush() {
	b.mu.Lock()
	events := make([]Event, 0, len(b.order))
	for _, id := range b.order {
		events = append(events, b.progress[id])
	}
	stats := b.stats
	b.progress, b.order, b.stats = map[int64]Event{}, nil, nil
	b.mu.Unlock()
	if len(events) > 0 || stats != nil {
		b.emit(events, stats)
	}
}

// Close flushes what is left and stops the batcher.
func (b *Batcher) Close() {
	b.once.Do(func() { close(b.stop) })
	b.wg.Wait()
}
