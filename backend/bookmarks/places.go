package bookmarks

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	_ "github.com/mattn/go-sqlite3" // the "sqlite3" driver
)

// ParsePlaces reads Firefox's places.sqlite given as bytes. SQLite needs
// a file, so the bytes go to a temporary copy that is opened read-only
// and removed afterwards.
func ParsePlaces(ctx context.Context, data []byte) ([]Bookmark, error) {
	dir, err := os.MkdirTemp("", "linksnap-places-")
	if err != nil {
		return nil, fmt.Errorf("bookmarks: places copy: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "places.sqlite")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return nil, fmt.Errorf("bookmarks: places copy: %w", err)
	}
	return ParsePlacesFile(ctx, path)
}

// ParsePlacesFile reads a places.sqlite file. Firefox keeps its database
// locked while it runs, so give it a copy rather than the live file: it
// is opened immutable, without its write-ahead log.
func ParsePlacesFile(ctx context.Context, path string) ([]Bookmark, error) {
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?mode=ro&immutable=1"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("bookmarks: open places: %w", err)
	}
	defer db.Close()
	tree, err := loadPlaces(ctx, db)
	if err != nil {
		return nil, err
	}
	return tree.bookmarks(), nil
}

// placesQuery reads every bookmark, folder and tag entry with its URL.
const placesQuery = `SELECT b.id, b.type, b.parent, coalesce(b.title, ''),
	coalesce(b.dateAdded, 0), coalesce(b.guid, ''), coalesce(b.fk, 0),
	coalesce(p.url, ''), coalesce(p.description, '')
	FROM moz_bookmarks b LEFT JOIN moz_places p ON p.id = b.fk
	ORDER BY b.parent, b.position, b.id`

func loadPlaces(ctx context.Context, db *sql.DB) (*placesTree, error) {
	rows, err := db.QueryContext(ctx, placesQuery)
	if err != nil {
		return nil, malformed("not a Firefox places database: %v", err)
	}
	defer rows.Close()
	t := newPlacesTree()
	for rows.Next() {
		var e placesEntry
		err := rows.Scan(&e.id, &e.kind, &e.parent, &e.title, &e.added, &e.guid,
			&e.place, &e.url, &e.description)
		if err != nil {
			return nil, malformed("places database: %v", err)
		}
		t.add(e)
	}
	if err := rows.Err(); err != nil {
		return nil, malformed("places database: %v", err)
	}
	return t, nil
}
