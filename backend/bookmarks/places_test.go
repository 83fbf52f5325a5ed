package bookmarks

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

// placesSchema is the part of Firefox's places.sqlite schema (as of
// Firefox 120) that bookmarks live in, with its built-in folders.
const placesSchema = `
CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
  rev_host LONGVARCHAR, visit_count INTEGER DEFAULT 0, hidden INTEGER DEFAULT 0 NOT NULL,
  typed INTEGER DEFAULT 0 NOT NULL, frecency INTEGER DEFAULT -1 NOT NULL,
  last_visit_date INTEGER, guid TEXT, foreign_count INTEGER DEFAULT 0 NOT NULL,
  url_hash INTEGER DEFAULT 0 NOT NULL, description TEXT, preview_image_url TEXT,
  site_name TEXT, origin_id INTEGER, recalc_frecency INTEGER NOT NULL DEFAULT 0,
  alt_frecency INTEGER, recalc_alt_frecency INTEGER NOT NULL DEFAULT 0);
CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, type INTEGER, fk INTEGER DEFAULT NULL,
  parent INTEGER, position INTEGER, title LONGVARCHAR, keyword_id INTEGER,
  folder_type TEXT, dateAdded INTEGER, lastModified INTEGER, guid TEXT,
  syncStatus INTEGER NOT NULL DEFAULT 0, syncChangeCounter INTEGER NOT NULL DEFAULT 1);
INSERT INTO moz_bookmarks (id, type, parent, position, title, dateAdded, guid) VALUES
  (1, 2, 0, 0, '', 1700000000000000, 'root________'),
  (2, 2, 1, 0, 'menu', 1700000000000000, 'menu________'),
  (3, 2, 1, 1, 'toolbar', 1700000000000000, 'toolbar_____'),
  (4, 2, 1, 2, 'tags', 1700000000000000, 'tags________'),
  (5, 2, 1, 3, 'unfiled', 1700000000000000, 'unfiled_____'),
  (6, 2, 1, 4, 'mobile', 1700000000000000, 'mobile______');
INSERT INTO moz_places (id, url, title, guid, description) VALUES
  (1, 'https://www.mozilla.org/en-US/', 'Mozilla', 'p1', 'Internet for people'),
  (2, 'https://news.ycombinator.com/', 'Hacker News', 'p2', NULL),
  (3, 'place:sort=8&maxResults=10', NULL, 'p3', NULL),
  (4, 'https://www.zhihu.com/', '知乎', 'p4', NULL);
INSERT INTO moz_bookmarks (id, type, fk, parent, position, title, dateAdded, guid) VALUES
  (10, 2, NULL, 2, 0, 'Mozilla Firefox', 1700000000000000, 'f1aaaaaaaaaa'),
  (11, 1, 1, 10, 0, 'Mozilla', 1700000001000000, 'b1aaaaaaaaaa'),
  (12, 1, 2, 3, 0, 'Hacker News', 1700000002000000, 'b2aaaaaaaaaa'),
  (13, 1, 3, 3, 1, 'Most Visited', 1700000003000000, 'b3aaaaaaaaaa'),
  (14, 1, 4, 5, 0, '知乎', 1700000004000000, 'b4aaaaaaaaaa'),
  (20, 2, NULL, 4, 0, 'browser', 1700000005000000, 't1aaaaaaaaaa'),
  (21, 1, 1, 20, 0, NULL, 1700000005000000, 't2aaaaaaaaaa'),
  (22, 2, NULL, 4, 1, '问答', 1700000006000000, 't3aaaaaaaaaa'),
  (23, 1, 4, 22, 0, NULL, 1700000006000000, 't4aaaaaaaaaa');
PRAGMA journal_mode = WAL;
`

func writePlaces(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "places.sqlite")
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(placesSchema); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFirefoxPlaces(t *testing.T) {
	data, err := os.ReadFile(writePlaces(t))
	if err != nil {
		t.Fatal(err)
	}
	format, got, err := Parse(context.Background(), data)
	if err != nil || format != FormatPlaces {
		t.Fatalf("Parse = %q, %v", format, err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d bookmarks: %+v", len(got), got)
	}
	check(t, got[0], want{url: "https://news.ycombinator.com/", folder: []string{}, added: 1700000002})
	check(t, got[1], want{url: "https://www.zhihu.com/", tags: []string{"问答"}})
	check(t, got[2], want{url: "https://www.mozilla.org/en-US/", title: "Mozilla",
		folder: []string{"Mozilla Firefox"}, tags: []string{"browser"}, desc: "Internet for people"})
}

func TestFirefoxPlacesNotFirefox(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.sqlite")
	db, _ := sql.Open("sqlite3", path)
	if _, err := db.Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	data, _ := os.ReadFile(path)
	if _, _, err := Parse(context.Background(), data); err == nil {
		t.Fatal("a database without bookmarks parsed")
	}
}
