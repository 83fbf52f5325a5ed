// Command fidelity captures each test page, then renders the live page and
// its offline page.html in headless Chromium at 1280 px, full page, and
// reports the share of pixels that differ, the share of the live page's
// words present in the archive and the requests the archive made.
//
//	go run -tags sqlite_fts5 ./bench/fidelity
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"linksnap/backend/capture"
	"linksnap/backend/capture/testsite"
)

// row is the verdict on one page.
type row struct {
	page      string
	pixelDiff float64 // share of differing pixels
	wordsKept float64 // share of live words present offline
	requests  int     // network requests made by the archive
	err       error
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench/fidelity:", err)
		os.Exit(1)
	}
}

func run() error {
	site := testsite.Start()
	defer site.Close()
	tmp, err := os.MkdirTemp("", "linksnap-fidelity-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	eng := capture.New(capture.Options{Timeout: 60 * time.Second})
	defer eng.Close()
	r, err := newRenderer()
	if err != nil {
		return err
	}
	defer r.close()

	var rows []row
	for _, page := range testsite.Pages {
		rows = append(rows, measure(eng, r, site.URL(page), filepath.Join(tmp, page), page))
	}
	return report(rows)
}

// measure captures one page and compares its live and offline renders.
func measure(eng *capture.Engine, r *renderer, u, dir, page string) row {
	ctx := context.Background()
	if _, err := eng.Capture(ctx, u, dir, nil); err != nil {
		return row{page: page, err: err}
	}
	live, err := r.render(ctx, u)
	if err != nil {
		return row{page: page, err: err}
	}
	off, err := r.render(ctx, fileURL(filepath.Join(dir, "page.html")))
	if err != nil {
		return row{page: page, err: err}
	}
	return row{
		page:      page,
		pixelDiff: pixelDiff(live.shot, off.shot),
		wordsKept: wordsKept(live.text, off.text),
		requests:  len(off.requests),
	}
}

// report prints the table and the medians, and fails on archives that
// made requests.
func report(rows []row) error {
	fmt.Printf("%-16s %12s %12s %10s\n", "page", "pixels diff", "words kept", "requests")
	var diffs, words []float64
	requests := 0
	for _, r := range rows {
		if r.err != nil {
			fmt.Printf("%-16s error: %v\n", r.page, r.err)
			continue
		}
		fmt.Printf("%-16s %11.2f%% %11.1f%% %10d\n", r.page, 100*r.pixelDiff, 100*r.wordsKept, r.requests)
		diffs, words = append(diffs, r.pixelDiff), append(words, r.wordsKept)
		requests += r.requests
	}
	fmt.Printf("%-16s %11.2f%% %11.1f%% %10d\n", "median / total", 100*median(diffs), 100*median(words), requests)
	if requests > 0 {
		return fmt.Errorf("%d archive requests: an archive must make none", requests)
	}
	return nil
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
