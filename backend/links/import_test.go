package links

import (
	"context"
	"testing"
	"time"

	"linksnap/backend/apperr"
	"linksnap/backend/urlnorm"
)

func imported(t *testing.T, raw, title string, tags ...string) Imported {
	t.Helper()
	k, err := urlnorm.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return Imported{Link: k, Title: title, Tags: tags}
}

func TestImportLinks(t *testing.T) {
	ctx := context.Background()
	lib := newLibrary(t)
	old := mustAdd(t, lib, "https://example.com/old", "kept")

	added := time.Date(2015, 3, 4, 5, 6, 7, 0, time.UTC)
	a := imported(t, "https://example.com/a", "Page A", "技术", "Go")
	a.Notes, a.Added = "a note", added
	dup := imported(t, "https://EXAMPLE.com/old#top", "Other title", "go")
	again := imported(t, "https://example.com/a?utm_source=x", "A again")
	out, err := lib.ImportLinks(ctx, []Imported{a, dup, again})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 || out[0].Duplicate || !out[1].Duplicate || !out[2].Duplicate {
		t.Fatalf("outcomes = %+v", out)
	}

	got, err := lib.Get(ctx, out[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Page A" || got.Notes != "a note" || got.CreatedAt != added.UnixMilli() {
		t.Errorf("new link = %+v", got)
	}
	if names := tagNames(got); names != "Go,技术" {
		t.Errorf("tags = %s", names)
	}
	kept, _ := lib.Get(ctx, old.ID)
	if kept.Title != "" || tagNames(kept) != "Go,kept" {
		t.Errorf("duplicate = %+v: keeps its title, gains the tags", kept)
	}
}

func tagNames(k Link) string {
	s := ""
	for i, t := range k.Tags {
		if i > 0 {
			s += ","
		}
		s += t.Name
	}
	return s
}

func TestImportLinksBadTagChangesNothing(t *testing.T) {
	lib := newLibrary(t)
	bad := imported(t, "https://example.com/b", "", "a,b")
	_, err := lib.ImportLinks(context.Background(), []Imported{imported(t, "https://example.com/a", ""), bad})
	if apperr.CodeOf(err) != CodeTagComma {
		t.Fatalf("err = %v", err)
	}
	page, _ := lib.List(context.Background(), Query{})
	if page.Total != 0 {
		t.Errorf("%d links saved from a failed batch", page.Total)
	}
}

func TestImportLinksCancelled(t *testing.T) {
	lib := newLibrary(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := lib.ImportLinks(ctx, []Imported{imported(t, "https://example.com/a", "")}); err == nil {
		t.Fatal("import with a cancelled context succeeded")
	}
}

func TestKnownURLs(t *testing.T) {
	ctx := context.Background()
	lib := newLibrary(t)
	k := mustAdd(t, lib, "https://example.com/a")
	gone := mustAdd(t, lib, "https://example.com/gone")
	if _, err := lib.Delete(ctx, []int64{gone.ID}); err != nil {
		t.Fatal(err)
	}
	known, err := lib.KnownURLs(ctx, []string{k.NormURL, gone.NormURL, "https://example.com/new"})
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 1 || !known[k.NormURL] {
		t.Errorf("known = %v", known)
	}
}
