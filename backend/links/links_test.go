package links

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"linksnap/backend/apperr"
	"linksnap/backend/store"
)

func newLibrary(t testing.TB) *Library {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return New(db)
}

func mustAdd(t *testing.T, lib *Library, raw string, tags ...string) Link {
	t.Helper()
	k, _, err := lib.Add(context.Background(), raw, tags)
	if err != nil {
		t.Fatalf("add %s: %v", raw, err)
	}
	return k
}

func ids(items []Link) []int64 {
	out := []int64{}
	for _, k := range items {
		out = append(out, k.ID)
	}
	slices.Sort(out)
	return out
}

func TestAddKeepsOriginalAndFindsDuplicates(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	first, dup, err := lib.Add(ctx, "https://Example.com/page?utm_source=news&b=2&a=1#top", nil)
	if err != nil || dup {
		t.Fatalf("first add: %v dup=%v", err, dup)
	}
	if first.URL != "https://Example.com/page?utm_source=news&b=2&a=1#top" {
		t.Errorf("original not kept: %q", first.URL)
	}
	if first.NormURL != "https://example.com/page?a=1&b=2" || first.Domain != "example.com" {
		t.Errorf("normal form %q domain %q", first.NormURL, first.Domain)
	}
	again, dup, err := lib.Add(ctx, "https://example.com:443/page?a=1&b=2&fbclid=zz", []string{"later"})
	if err != nil || !dup || again.ID != first.ID {
		t.Fatalf("duplicate: id %d vs %d dup=%v err=%v", again.ID, first.ID, dup, err)
	}
	if len(again.Tags) != 1 || again.Tags[0].Name != "later" {
		t.Errorf("tags given with a duplicate are applied to it: %+v", again.Tags)
	}
	if _, _, err := lib.Add(ctx, "ftp://example.com", nil); apperr.CodeOf(err) != "url.scheme" {
		t.Errorf("ftp: %v", err)
	}
}

func TestAddTextSummary(t *testing.T) {
	lib := newLibrary(t)
	mustAdd(t, lib, "https://old.example/")
	text := "https://a.example/1\nsome words\nhttps://old.example\n\nhttps://a.example/1#frag\njavascript:alert(1)\nread https://b.example/x, please"
	sum, err := lib.AddText(context.Background(), text, []string{"inbox"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.AddedCount != 2 || sum.DuplicateCount != 2 || sum.InvalidCount != 2 {
		t.Fatalf("summary %d added, %d dup, %d invalid", sum.AddedCount, sum.DuplicateCount, sum.InvalidCount)
	}
	lines := []int{sum.Invalid[0].Line, sum.Invalid[1].Line}
	if !slices.Equal(lines, []int{2, 6}) || sum.Invalid[1].Code != "url.scheme" {
		t.Errorf("invalid lines %+v", sum.Invalid)
	}
	if sum.Added[0].Tags[0].Name != "inbox" {
		t.Errorf("tags not applied: %+v", sum.Added[0])
	}
}

func TestTagRules(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	k := mustAdd(t, lib, "https://a.example/", "  Go  Lang ", "go lang", "GO LANG")
	if len(k.Tags) != 1 || k.Tags[0].Name != "Go Lang" {
		t.Fatalf("tags are trimmed and case-insensitively unique: %+v", k.Tags)
	}
	for _, bad := range []struct{ name, code string }{
		{"   ", CodeTagEmpty},
		{strings.Repeat("长", MaxTagLength+1), CodeTagTooLong},
		{"a,b", CodeTagComma},
	} {
		if err := lib.AddTags(ctx, []int64{k.ID}, []string{bad.name}); apperr.CodeOf(err) != bad.code {
			t.Errorf("tag %q: got %v, want %s", bad.name, err, bad.code)
		}
	}
}

func TestTagOperations(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	a := mustAdd(t, lib, "https://a.example/", "news", "go")
	b := mustAdd(t, lib, "https://b.example/", "golang")
	c := mustAdd(t, lib, "https://c.example/")
	if err := lib.AddTags(ctx, []int64{b.ID, c.ID}, []string{"news"}); err != nil {
		t.Fatal(err)
	}
	if err := lib.RemoveTags(ctx, []int64{c.ID}, []string{"NEWS"}); err != nil {
		t.Fatal(err)
	}
	news, _ := lib.TagByName(ctx, "News")
	golang, _ := lib.TagByName(ctx, "golang")
	goTag, _ := lib.TagByName(ctx, "go")

	if _, err := lib.RenameTag(ctx, golang.ID, "GO"); apperr.CodeOf(err) != CodeTagExists {
		t.Fatalf("rename onto an existing tag: %v", err)
	}
	merged, err := lib.MergeTag(ctx, golang.ID, goTag.ID)
	if err != nil || merged.Count != 2 {
		t.Fatalf("merge: %+v %v", merged, err)
	}
	renamed, err := lib.RenameTag(ctx, goTag.ID, "Go")
	if err != nil || renamed.Name != "Go" {
		t.Fatalf("case-only rename: %+v %v", renamed, err)
	}
	if _, err := lib.SetTagColor(ctx, news.ID, "red"); apperr.CodeOf(err) != CodeBadColor {
		t.Errorf("bad colour accepted: %v", err)
	}
	if tg, err := lib.SetTagColor(ctx, news.ID, "#ff8800"); err != nil || tg.Color != "#ff8800" {
		t.Errorf("colour: %+v %v", tg, err)
	}
	if err := lib.DeleteTag(ctx, news.ID); err != nil {
		t.Fatal(err)
	}
	tags, _ := lib.Tags(ctx)
	if len(tags) != 1 || tags[0].Name != "Go" || tags[0].Count != 2 {
		t.Errorf("tags after merge and delete: %+v", tags)
	}
	got, _ := lib.Get(ctx, a.ID)
	if len(got.Tags) != 1 {
		t.Errorf("link a keeps only Go: %+v", got.Tags)
	}
	if err := lib.DeleteTag(ctx, news.ID); apperr.CodeOf(err) != CodeTagNotFound {
		t.Errorf("delete twice: %v", err)
	}
}

func TestListFilters(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	a := mustAdd(t, lib, "https://www.one.example/a", "red", "blue")
	b := mustAdd(t, lib, "https://one.example/b", "red")
	c := mustAdd(t, lib, "https://two.example/c", "blue")
	d := mustAdd(t, lib, "https://two.example/d")
	red, _ := lib.TagByName(ctx, "red")
	blue, _ := lib.TagByName(ctx, "blue")

	tests := []struct {
		name string
		q    Query
		want []int64
	}{
		{"all", Query{}, []int64{a.ID, b.ID, c.ID, d.ID}},
		{"both tags", Query{TagIDs: []int64{red.ID, blue.ID}}, []int64{a.ID}},
		{"either tag", Query{TagIDs: []int64{red.ID, blue.ID}, TagMode: "any"}, []int64{a.ID, b.ID, c.ID}},
		{"domain", Query{Domain: "one.example"}, []int64{a.ID, b.ID}},
		{"untagged", Query{Untagged: true}, []int64{d.ID}},
		{"domain and tag", Query{Domain: "two.example", TagIDs: []int64{blue.ID}}, []int64{c.ID}},
	}
	for _, tt := range tests {
		page, err := lib.List(ctx, tt.q)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := ids(page.Items); !slices.Equal(got, tt.want) || page.Total != len(tt.want) {
			t.Errorf("%s: got %v (total %d), want %v", tt.name, got, page.Total, tt.want)
		}
	}
	page, _ := lib.List(ctx, Query{Limit: 2, Offset: 1})
	if len(page.Items) != 2 || page.Items[0].ID != c.ID || page.Total != 4 {
		t.Errorf("paging newest first: %+v", page)
	}
}

func TestStatusFilter(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	a := mustAdd(t, lib, "https://a.example/")
	b := mustAdd(t, lib, "https://b.example/")
	c := mustAdd(t, lib, "https://c.example/")
	// a: failed then done (latest counts); b: failed; c: never captured.
	for _, row := range []struct {
		link   int64
		status string
	}{{a.ID, "failed"}, {a.ID, "done"}, {b.ID, "failed"}} {
		if _, err := lib.db.Exec(`INSERT INTO snapshots (link_id, status, created_at) VALUES (?, ?, 0)`,
			row.link, row.status); err != nil {
			t.Fatal(err)
		}
	}
	for status, want := range map[string][]int64{
		"failed": {b.ID}, "done": {a.ID}, "none": {c.ID}, "pending": {},
	} {
		page, err := lib.List(ctx, Query{Status: status})
		if err != nil || !slices.Equal(ids(page.Items), want) {
			t.Errorf("status %s = %v, %v; want %v", status, ids(page.Items), err, want)
		}
	}
	if s, _ := lib.Stats(ctx); s.Failed != 1 || s.Total != 3 {
		t.Errorf("stats = %+v", s)
	}
}

func TestSearchChineseAndEnglish(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	zh := mustAdd(t, lib, "https://zh.example/")
	en := mustAdd(t, lib, "https://en.example/guide")
	other := mustAdd(t, lib, "https://other.example/")
	if _, err := lib.Edit(ctx, zh.ID, "网页快照工具介绍", "离线保存网页"); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Edit(ctx, en.ID, "Concurrency in Go", "notes about goroutines"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []int64
	}{
		{"快照", []int64{zh.ID}},          // two characters: below the trigram size
		{"快照工具", []int64{zh.ID}},        // trigram index
		{"离线", []int64{zh.ID}},          // in the notes
		{"concurrency", []int64{en.ID}}, // case-insensitive word
		{"GOROUTINE", []int64{en.ID}},   // substring of a notes word
		{"guide go", []int64{en.ID}},    // every term must match
		{"other.example", []int64{other.ID}},
		{"快照 goroutine", []int64{}},
		{`"quoted`, []int64{}},
		{"100%", []int64{}},
		{"Go", []int64{en.ID}}, // a short Latin term: start of a word
		{"页快", []int64{zh.ID}}, // any two characters of a run
		{"保", []int64{zh.ID}},  // one character starting a piece
		{"%", []int64{}},
	}
	for _, tt := range tests {
		page, err := lib.List(ctx, Query{Text: tt.text})
		if err != nil {
			t.Fatalf("search %q: %v", tt.text, err)
		}
		if got := ids(page.Items); !slices.Equal(got, tt.want) {
			t.Errorf("search %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestDeleteRestorePurge(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	a := mustAdd(t, lib, "https://a.example/", "x")
	b := mustAdd(t, lib, "https://b.example/", "x")
	if n, err := lib.Delete(ctx, []int64{a.ID, b.ID}); err != nil || n != 2 {
		t.Fatalf("delete: %d %v", n, err)
	}
	if page, _ := lib.List(ctx, Query{}); page.Total != 0 {
		t.Errorf("deleted links still listed: %d", page.Total)
	}
	if tags, _ := lib.Tags(ctx); tags[0].Count != 0 {
		t.Errorf("deleted links still counted: %+v", tags)
	}
	if n, _ := lib.Restore(ctx, []int64{a.ID}); n != 1 {
		t.Errorf("restore = %d", n)
	}
	purged, err := lib.Purge(ctx, time.Now().Add(time.Minute))
	if err != nil || !slices.Equal(purged, []int64{b.ID}) {
		t.Fatalf("purge = %v %v", purged, err)
	}
	if _, err := lib.Get(ctx, b.ID); apperr.CodeOf(err) != CodeLinkNotFound {
		t.Errorf("purged link: %v", err)
	}
	if k, err := lib.Get(ctx, a.ID); err != nil || len(k.Tags) != 1 {
		t.Errorf("restored link keeps its tags: %+v %v", k, err)
	}
}

func TestReaddDeletedStartsAfresh(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	a := mustAdd(t, lib, "https://a.example/", "old")
	lib.Delete(ctx, []int64{a.ID})
	again, dup, err := lib.Add(ctx, "https://a.example", nil)
	if err != nil || dup || again.ID == a.ID || len(again.Tags) != 0 {
		t.Fatalf("re-add of deleted link: %+v dup=%v err=%v", again, dup, err)
	}
}

func TestEditLimits(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	a := mustAdd(t, lib, "https://a.example/")
	if _, err := lib.Edit(ctx, a.ID, strings.Repeat("x", MaxTitleLength+1), ""); apperr.CodeOf(err) != CodeTitleTooLong {
		t.Errorf("long title: %v", err)
	}
	if _, err := lib.Edit(ctx, 999, "t", ""); apperr.CodeOf(err) != CodeLinkNotFound {
		t.Errorf("missing link: %v", err)
	}
	if k, _ := lib.Get(ctx, a.ID); k.DisplayTitle() != "a.example" {
		t.Errorf("display title = %q", k.DisplayTitle())
	}
}

// TestManyIDsAtOnce deletes, restores and tags more links at once than
// SQLite takes bound variables in one statement, as select-all does on a
// large library.
func TestManyIDsAtOnce(t *testing.T) {
	lib := newLibrary(t)
	ctx := context.Background()
	var text strings.Builder
	for i := range 40_000 {
		fmt.Fprintf(&text, "https://many.example/%d\n", i)
	}
	sum, err := lib.AddText(ctx, text.String(), nil)
	if err != nil || len(sum.NewIDs) != 40_000 {
		t.Fatalf("add: %d %v", len(sum.NewIDs), err)
	}
	if err := lib.AddTags(ctx, sum.NewIDs, []string{"bulk"}); err != nil {
		t.Fatalf("tag: %v", err)
	}
	if err := lib.RemoveTags(ctx, sum.NewIDs, []string{"bulk"}); err != nil {
		t.Fatalf("untag: %v", err)
	}
	if n, err := lib.Delete(ctx, sum.NewIDs); err != nil || n != 40_000 {
		t.Fatalf("delete: %d %v", n, err)
	}
	if n, err := lib.Restore(ctx, sum.NewIDs); err != nil || n != 40_000 {
		t.Fatalf("restore: %d %v", n, err)
	}
}
