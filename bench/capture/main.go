// Command capture benchmarks the capture engine against the test site on
// 127.0.0.1: pages per minute with every format at 1, 2 and 4 tabs, time
// per step and per format, bytes per format and the browser's peak memory.
//
//	go run ./bench/capture [-n 12]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"time"

	"linksnap/backend/capture"
	"linksnap/backend/capture/testsite"
)

// typical are the pages a round captures, in turn.
var typical = []string{"article.html", "js.html", "shadow.html", "frames.html",
	"zh.html", "canvas.html", "fontface.html", "sprite.html"}

func main() {
	n := flag.Int("n", 16, "captures per round")
	flag.Parse()
	if err := run(*n); err != nil {
		fmt.Fprintln(os.Stderr, "bench/capture:", err)
		os.Exit(1)
	}
}

func run(n int) error {
	site := testsite.Start()
	defer site.Close()
	tmp, err := os.MkdirTemp("", "linksnap-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	fmt.Printf("%-6s %10s %12s %12s %14s %8s\n", "tabs", "pages/min", "median (s)", "article (s)", "peak RSS (MB)", "failed")
	var all []*capture.Result
	for _, tabs := range []int{1, 2, 4} {
		r, err := round(site, filepath.Join(tmp, fmt.Sprint(tabs)), tabs, n)
		if err != nil {
			return err
		}
		fmt.Printf("%-6d %10.1f %12.2f %12.2f %14.0f %8d\n", tabs, r.perMin, r.median, r.article, r.peakMB, r.failed)
		all = append(all, r.results...)
	}
	printFormats(all)
	return nil
}

// roundResult is what one round measured.
type roundResult struct {
	perMin, median, article, peakMB float64
	failed                          int
	results                         []*capture.Result
}

// round captures n pages with the given number of tabs.
func round(site *testsite.Site, dir string, tabs, n int) (roundResult, error) {
	e := capture.New(capture.Options{Tabs: tabs, Timeout: 60 * time.Second})
	defer e.Close()
	ctx := context.Background()
	if _, err := e.BrowserVersion(ctx); err != nil {
		return roundResult{}, err
	}
	mem := startMemory()
	var mu sync.Mutex
	var r roundResult
	var durations, articles []float64
	var wg sync.WaitGroup
	t0 := time.Now()
	for i := range n {
		page := typical[i%len(typical)]
		wg.Go(func() {
			res, err := e.Capture(ctx, site.URL(page), filepath.Join(dir, fmt.Sprint(i)), nil)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				r.failed++
				return
			}
			d := float64(res.Meta.DurationMS) / 1000
			durations = append(durations, d)
			if page == "article.html" {
				articles = append(articles, d)
			}
			r.results = append(r.results, res)
		})
	}
	wg.Wait()
	r.perMin = float64(n) / time.Since(t0).Minutes()
	r.median, r.article = median(durations), median(articles)
	r.peakMB = mem.stop()
	return r, nil
}

// printFormats prints the mean time and size of each step and format.
func printFormats(results []*capture.Result) {
	times := map[string][]float64{}
	sizes := map[string][]float64{}
	for _, res := range results {
		for k, v := range res.Meta.Timings {
			if d, err := time.ParseDuration(v); err == nil {
				times[k] = append(times[k], float64(d.Milliseconds()))
			}
		}
		for k, v := range res.Meta.Sizes {
			sizes[k] = append(sizes[k], float64(v))
		}
	}
	fmt.Printf("\n%-22s %12s %14s\n", "step / format", "mean (ms)", "mean (KB)")
	keys := make([]string, 0, len(times))
	for k := range times {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		kb := "-"
		if s, ok := sizes[k]; ok {
			kb = fmt.Sprintf("%.1f", mean(s)/1024)
		}
		fmt.Printf("%-22s %12.0f %14s\n", k, mean(times[k]), kb)
	}
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
