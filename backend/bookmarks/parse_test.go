package bookmarks

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"linksnap/backend/apperr"
)

func parseFile(t *testing.T, name string) (Format, []Bookmark, error) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return Parse(context.Background(), data)
}

// want is what a test checks of one bookmark; zero fields are not checked.
type want struct {
	url, title, desc string
	tags, folder     []string
	added            int64
}

func check(t *testing.T, got Bookmark, w want) {
	t.Helper()
	if got.URL != w.url {
		t.Errorf("url = %q, want %q", got.URL, w.url)
	}
	if w.title != "" && got.Title != w.title {
		t.Errorf("%s: title = %q, want %q", w.url, got.Title, w.title)
	}
	if w.desc != "" && got.Description != w.desc {
		t.Errorf("%s: description = %q, want %q", w.url, got.Description, w.desc)
	}
	if w.tags != nil && !slices.Equal(got.Tags, w.tags) {
		t.Errorf("%s: tags = %q, want %q", w.url, got.Tags, w.tags)
	}
	if w.folder != nil && !slices.Equal(got.Folder, w.folder) {
		t.Errorf("%s: folder = %q, want %q", w.url, got.Folder, w.folder)
	}
	if w.added != 0 && !got.AddedAt.Equal(time.Unix(w.added, 0)) {
		t.Errorf("%s: added = %v, want %v", w.url, got.AddedAt, time.Unix(w.added, 0))
	}
}

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file   string
		format Format
		want   []want
	}{
		{"chrome_export.html", FormatNetscape, []want{
			{url: "https://go.dev/", title: "The Go Programming Language", added: 1700000100, folder: []string{}},
			{url: "https://pkg.go.dev/net/http", folder: []string{"技术文档"}, added: 1700000250},
			{url: "https://www.sqlite.org/fts5.html", folder: []string{"技术文档", "Databases"}},
			{url: "https://example.com/other?utm_source=news", title: "Fish & Chips <recipes>"},
			{url: "javascript:alert(1)"},
		}},
		{"firefox_export.html", FormatNetscape, []want{
			{url: "https://www.mozilla.org/en-US/", tags: []string{"mozilla", "Browser"},
				desc: "The Mozilla home page & more", added: 1700000000},
			{url: "https://support.mozilla.org/en-US/products/firefox", folder: []string{"Mozilla Firefox"}},
			{url: "https://www.mozilla.org/en-US/firefox/customize/", title: "Customize Firefox"},
			{url: "https://news.ycombinator.com/", folder: []string{}},
			{url: "https://www.zhihu.com/question/19550393", title: "知乎 - 有问题，就会有答案", tags: []string{"问答"}},
		}},
		{"linkding.html", FormatNetscape, []want{
			{url: "https://github.com/sissbruecker/linkding", tags: []string{"self-hosted", "bookmarks"},
				desc: "Self-hosted bookmark manager", added: 1650000000},
			{url: "https://github.com/go-shiori/shiori", title: "shiori"},
		}},
		{"pocket.html", FormatNetscape, []want{
			{url: "https://example.com/article", tags: []string{"reading", "tech"}, added: 1600000000},
			{url: "https://example.net/long-read"},
			{url: "https://example.org/read", title: "Read one", tags: []string{"archive"}},
		}},
		{"pocket.csv", FormatCSV, []want{
			{url: "https://example.com/article", tags: []string{"reading", "tech"}, added: 1600000000},
			{url: "https://example.org/read", title: "Title, with a comma"},
			{url: "https://example.net/quote", title: `He said "hello"`},
		}},
		{"raindrop.csv", FormatCSV, []want{
			{url: "https://raindrop.io/", desc: "My own note", tags: []string{"bookmarks", "apps"},
				folder: []string{"Tools"}, added: 1682936430},
			{url: "https://go.dev/", title: "Go, the language", folder: []string{},
				desc: "Build simple secure scalable systems"},
		}},
		{"pinboard.json", FormatPinboard, []want{
			{url: "https://pinboard.in/about/", title: "Pinboard: about", desc: "Social bookmarking for introverts.",
				tags: []string{"bookmarking", "tools"}, added: 1614834367},
			{url: "https://example.com/zh", tags: []string{"中文", "阅读"}},
		}},
		{"chrome_Bookmarks", FormatChrome, []want{
			{url: "https://go.dev/", added: 1700000100, folder: []string{}},
			{url: "https://pkg.go.dev/net/http", folder: []string{"技术文档"}, added: 1700000250},
			{url: "https://example.com/other", title: "Other & more"},
			{url: "https://m.example.com/"},
		}},
		{"firefox_backup.json", FormatFirefoxJSON, []want{
			{url: "https://support.mozilla.org/en-US/products/firefox", folder: []string{"Mozilla Firefox"}, added: 1700000001},
			{url: "https://www.mozilla.org/en-US/", tags: []string{"mozilla", "browser"}},
			{url: "https://news.ycombinator.com/", title: "Hacker News"},
			{url: "https://www.zhihu.com/", tags: []string{"问答"}},
		}},
		{"list.txt", FormatText, []want{
			{url: "# reading list"},
			{url: "https://go.dev/doc/effective_go"},
			{url: "https://example.com/docs"},
			{url: "https://wails.io/docs/introduction"},
			{url: "https://pkg.go.dev/"},
			{url: "this line has no link"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			format, got, err := parseFile(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if format != tt.format {
				t.Errorf("format = %q, want %q", format, tt.format)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d bookmarks, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				check(t, got[i], w)
			}
		})
	}
}

func TestParseBrokenFiles(t *testing.T) {
	tests := []struct{ file, code string }{
		{"truncated.html", CodeMalformed},
		{"truncated_Bookmarks", CodeMalformed},
		{"garbage.bin", CodeUnknownFormat},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, got, err := parseFile(t, tt.file)
			if code := apperr.CodeOf(err); code != tt.code {
				t.Fatalf("code = %q (%v), want %q; got %d bookmarks", code, err, tt.code, len(got))
			}
		})
	}
}

func TestParseEmpty(t *testing.T) {
	for _, data := range []string{"", "   \n", "<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><p></DL>", "[]",
		`{"roots":{"bookmark_bar":{"type":"folder","children":[]}}}`} {
		_, _, err := Parse(context.Background(), []byte(data))
		if !errors.Is(err, apperr.New(CodeEmpty, "")) {
			t.Errorf("Parse(%q) = %v, want %s", data, err, CodeEmpty)
		}
	}
}
