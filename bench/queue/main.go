// Command queue measures the capture queue end to end as the app runs
// it: N links to pages served on 127.0.0.1, queued at once, captured by
// the real engine with the default two tabs, while the library is
// listed and searched the way the window would. It reports captures per
// minute, list and search latency under load, and memory.
//
//	go run -tags sqlite_fts5 ./bench/queue -n 1000
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"linksnap/backend/capture"
	"linksnap/backend/links"
	"linksnap/backend/queue"
	"linksnap/backend/store"
)

func main() {
	n := flag.Int("n", 1000, "links to capture")
	tabs := flag.Int("tabs", 2, "captures at once")
	flag.Parse()
	if err := run(*n, *tabs); err != nil {
		fmt.Fprintln(os.Stderr, "bench-queue:", err)
		os.Exit(1)
	}
}

func run(n, tabs int) error {
	ctx := context.Background()
	srv := httptest.NewServer(http.HandlerFunc(article))
	defer srv.Close()
	dir, err := os.MkdirTemp("", "linksnap-bench-queue-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		return err
	}
	defer db.Close()
	lib := links.New(db)

	var text strings.Builder
	for i := range n {
		fmt.Fprintf(&text, "%s/article/%d\n", srv.URL, i)
	}
	sum, err := lib.AddText(ctx, text.String(), nil)
	if err != nil {
		return err
	}
	engine := capture.New(capture.Options{Tabs: tabs})
	defer engine.Close()
	q := queue.New(db, dir, engine, queue.Options{Workers: tabs})
	start := time.Now()
	if _, err := q.Enqueue(ctx, sum.NewIDs); err != nil {
		return err
	}
	if err := q.Start(ctx); err != nil {
		return err
	}
	defer q.Close()
	lat, err := watch(ctx, lib, q, n)
	if err != nil {
		return err
	}
	report(n, tabs, time.Since(start), lat, lib)
	return nil
}

// watch lists and searches every 250 ms, as a person using the window
// would, until every capture has ended; it returns the latencies.
func watch(ctx context.Context, lib *links.Library, q *queue.Queue, n int) ([]time.Duration, error) {
	var lat []time.Duration
	for {
		t := time.Now()
		if _, err := lib.List(ctx, links.Query{Limit: 100}); err != nil {
			return nil, err
		}
		if _, err := lib.List(ctx, links.Query{Text: "article", Limit: 100}); err != nil {
			return nil, err
		}
		lat = append(lat, time.Since(t)/2)
		st, err := q.Stats(ctx)
		if err != nil {
			return nil, err
		}
		if st.Waiting == 0 && st.Running == 0 {
			return lat, nil
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func report(n, tabs int, took time.Duration, lat []time.Duration, lib *links.Library) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	page, _ := lib.List(context.Background(), links.Query{Status: "done"})
	failed, _ := lib.List(context.Background(), links.Query{Status: "failed"})
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("captured %d links with %d tabs in %s: %.1f captures/min\n",
		n, tabs, took.Round(time.Second), float64(n)/took.Minutes())
	fmt.Printf("final states: %d done, %d failed\n", page.Total, failed.Total)
	fmt.Printf("list/search while capturing: median %s, p95 %s, max %s (%d samples)\n",
		lat[len(lat)/2].Round(time.Microsecond), lat[len(lat)*95/100].Round(time.Microsecond),
		lat[len(lat)-1].Round(time.Microsecond), len(lat))
	fmt.Printf("Go heap in use at the end: %d MB\n", m.HeapInuse>>20)
}

// article is a typical news page: text, a few images, a stylesheet.
func article(w http.ResponseWriter, r *http.Request) {
	if strings.HasSuffix(r.URL.Path, ".svg") {
		w.Header().Set("Content-Type", "image/svg+xml")
		fmt.Fprint(w, `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="600" height="300" fill="#8ab"/></svg>`)
		return
	}
	fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Article %[1]s</title>
<meta name="description" content="A benchmark article">
<style>body{font:16px/1.5 serif;max-width:40em;margin:2em auto}</style></head>
<body><h1>Article %[1]s</h1><img src="/img/%[1]s.svg" alt="">
%[2]s</body></html>`, filepath.Base(r.URL.Path), strings.Repeat("<p>"+lorem+"</p>", 12))
}

const lorem = "Linksnap keeps a faithful snapshot of every page you save, so that " +
	"a link that rots or changes still opens years later exactly as it was."
