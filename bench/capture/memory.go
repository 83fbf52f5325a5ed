package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// memory samples the resident memory of the browser's process tree (the
// children of this program and their descendants) until stop. It reads /proc, so it reports 0 outside Linux.
type memory struct {
	mu   sync.Mutex
	peak int64
	done chan struct{}
	wg   sync.WaitGroup
}

func startMemory() *memory {
	m := &memory{done: make(chan struct{})}
	m.wg.Go(func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-m.done:
				return
			case <-t.C:
				m.sample()
			}
		}
	})
	return m
}

// stop ends sampling and returns the peak in MB.
func (m *memory) stop() float64 {
	close(m.done)
	m.wg.Wait()
	return float64(m.peak) / (1 << 20)
}

func (m *memory) sample() {
	parent := map[int]int{}
	rss := map[int]int64{}
	var roots []int
	procs, _ := filepath.Glob("/proc/[0-9]*")
	for _, p := range procs {
		pid, _ := strconv.Atoi(filepath.Base(p))
		stat, err := os.ReadFile(p + "/stat")
		if err != nil {
			continue
		}
		f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(f) < 22 {
			continue
		}
		parent[pid], _ = strconv.Atoi(f[1])
		pages, _ := strconv.ParseInt(f[21], 10, 64)
		rss[pid] = pages * int64(os.Getpagesize())
		if parent[pid] == os.Getpid() {
			roots = append(roots, pid)
		}
	}
	var total int64
	for pid := range rss {
		if inTree(pid, roots, parent) {
			total += rss[pid]
		}
	}
	m.mu.Lock()
	m.peak = max(m.peak, total)
	m.mu.Unlock()
}

// inTree reports whether pid is one of roots or descends from one.
func inTree(pid int, roots []int, parent map[int]int) bool {
	for i := 0; pid > 1 && i < 64; i++ {
		for _, r := range roots {
			if pid == r {
				return true
			}
		}
		pid = parent[pid]
	}
	return false
}
