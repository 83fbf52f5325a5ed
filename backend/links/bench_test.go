package links

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"linksnap/backend/store"
	"linksnap/backend/urlnorm"
)

// The scale the foundation issue asks for: 100,000 links, 2,000 tags.
const (
	benchLinks = 100_000
	benchTags  = 2_000
)

var (
	benchDir  string // removed by TestMain
	benchOnce sync.Once
	benchLib  *Library
)

var words = []string{"网页", "快照", "工具", "技术", "文档", "新闻", "离线", "保存", "浏览器",
	"搜索", "golang", "concurrency", "archive", "browser", "snapshot", "search", "release",
	"notes", "design", "database", "sqlite", "chromium", "desktop", "linux", "guide"}

// seededLibrary builds the benchmark library once per run: links added
// through AddLinks as a person would, titles set and tags spread with
// plain SQL, which is only the fastest way to get there.
func seededLibrary(b *testing.B) *Library {
	benchOnce.Do(func() {
		ctx := context.Background()
		dir, err := os.MkdirTemp("", "linksnap-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = dir
		b.Logf("benchmark library in %s", dir)
		db, err := store.Open(ctx, filepath.Join(dir, store.FileName))
		if err != nil {
			b.Fatal(err)
		}
		lib := New(db)
		r := rand.New(rand.NewPCG(1, 2))
		var found []urlnorm.Link
		for i := range benchLinks {
			k, _ := urlnorm.Parse(fmt.Sprintf("https://site%d.example/%s/%d", i%500, words[i%len(words)], i))
			found = append(found, k)
		}
		if _, err := lib.AddLinks(ctx, found, nil); err != nil {
			b.Fatal(err)
		}
		seedTitlesAndTags(b, lib, r)
		benchLib = lib
	})
	return benchLib
}

func seedTitlesAndTags(b *testing.B, lib *Library, r *rand.Rand) {
	err := lib.inTx(context.Background(), func(tx *sql.Tx) error {
		for t := 1; t <= benchTags; t++ {
			name := fmt.Sprintf("tag-%04d", t)
			if _, err := tx.Exec(`INSERT INTO tags (id, name, name_key, created_at) VALUES (?, ?, ?, 0)`, t, name, name); err != nil {
				return err
			}
		}
		for id := 1; id <= benchLinks; id++ {
			title := words[r.IntN(len(words))] + words[r.IntN(len(words))] + " " + words[r.IntN(len(words))]
			if _, err := tx.Exec(`UPDATE links SET title = ? WHERE id = ?`, title, id); err != nil {
				return err
			}
			for range 3 {
				// A skewed spread: a few tags are popular, most are rare.
				tag := 1 + int(float64(benchTags)*r.Float64()*r.Float64())
				if _, err := tx.Exec(`INSERT OR IGNORE INTO link_tags VALUES (?, ?)`, id, tag); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// benchQuery runs q b.N times and reports the 95th percentile latency.
func benchQuery(b *testing.B, q Query) {
	lib := seededLibrary(b)
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		if _, err := lib.List(ctx, q); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
}

func BenchmarkListNewest(b *testing.B)     { benchQuery(b, Query{Limit: 100}) }
func BenchmarkListDeepPage(b *testing.B)   { benchQuery(b, Query{Limit: 100, Offset: 90_000}) }
func BenchmarkListPopularTag(b *testing.B) { benchQuery(b, Query{TagIDs: []int64{1}, Limit: 100}) }
func BenchmarkListRareTag(b *testing.B)    { benchQuery(b, Query{TagIDs: []int64{1999}, Limit: 100}) }
func BenchmarkListTwoTagsAll(b *testing.B) { benchQuery(b, Query{TagIDs: []int64{1, 2}, Limit: 100}) }
func BenchmarkListTwoTagsAny(b *testing.B) {
	benchQuery(b, Query{TagIDs: []int64{1, 1500}, TagMode: "any", Limit: 100})
}
func BenchmarkListDomain(b *testing.B)     { benchQuery(b, Query{Domain: "site42.example", Limit: 100}) }
func BenchmarkSearchEnglish(b *testing.B)  { benchQuery(b, Query{Text: "chromium", Limit: 100}) }
func BenchmarkSearchChinese2(b *testing.B) { benchQuery(b, Query{Text: "快照", Limit: 100}) }
func BenchmarkSearchChinese4(b *testing.B) { benchQuery(b, Query{Text: "网页快照", Limit: 100}) }
func BenchmarkSearchTwoTerms(b *testing.B) {
	benchQuery(b, Query{Text: "sqlite 离线保存", Limit: 100})
}
func BenchmarkSearchNoMatch(b *testing.B) { benchQuery(b, Query{Text: "zzzzqqq", Limit: 100}) }

func BenchmarkTags(b *testing.B) {
	lib := seededLibrary(b)
	b.ResetTimer()
	for range b.N {
		if _, err := lib.Tags(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" && os.Getenv("LINKSNAP_BENCH_KEEP") == "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// BenchmarkAddText adds 10,000 new links per iteration through AddText,
// the path of `linksnap add -` and of a paste.
func BenchmarkAddText(b *testing.B) {
	var text strings.Builder
	for i := range 10_000 {
		fmt.Fprintf(&text, "https://site%d.example/articles/%d?utm_source=feed&id=%d\n", i%997, i, i)
	}
	for range b.N {
		b.StopTimer()
		lib := newLibrary(b)
		b.StartTimer()
		sum, err := lib.AddText(context.Background(), text.String(), nil)
		if err != nil || sum.AddedCount != 10_000 {
			b.Fatal(sum.AddedCount, err)
		}
	}
}

func BenchmarkSearchURLPart(b *testing.B) { benchQuery(b, Query{Text: "golang/4242", Limit: 100}) }
