// Package store opens the library's SQLite database with the settings
// every connection needs, and brings its schema up to date.
package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	_ "github.com/mattn/go-sqlite3" // the "sqlite3" driver, built with sqlite_fts5
)

//go:embed migrations/*.sql
var migrations embed.FS

// FileName is the database's name inside the data folder.
const FileName = "linksnap.db"

// dsnParams are applied by the driver to every new connection, so a pool
// can never hand out a connection without them: foreign keys enforced,
// five seconds of patience when another process holds the write lock,
// write-ahead logging so readers never block the writer, and IMMEDIATE
// transactions so two writers queue up instead of failing mid-way.
var dsnParams = url.Values{
	"_foreign_keys": {"1"},
	"_busy_timeout": {"5000"},
	"_journal_mode": {"WAL"},
	"_synchronous":  {"NORMAL"},
	"_txlock":       {"immediate"},
	"_cache_size":   {"-16000"},
}

// Open opens (creating if needed) the database at path and applies any
// migrations it has not seen yet.
func Open(ctx context.Context, path string) (*sql.DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("store: create folder: %w", err)
	}
	db, err := sql.Open(driverName, path+"?"+dsnParams.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// migration is one numbered schema change from migrations/.
type migration struct {
	version int
	name    string
}

func listMigrations() ([]migration, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, name := range names {
		base := filepath.Base(name)
		prefix, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(prefix)
		if err != nil {
			return nil, fmt.Errorf("store: migration %s has no number", base)
		}
		out = append(out, migration{version: v, name: name})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// migrate applies every migration newer than the database's user_version,
// each in its own transaction together with the new version number, so a
// crash leaves the schema at a whole version and a second process that
// migrates at the same moment waits, then sees there is nothing left to do.
func migrate(ctx context.Context, db *sql.DB) error {
	list, err := listMigrations()
	if err != nil {
		return fmt.Errorf("store: list migrations: %w", err)
	}
	for _, m := range list {
		if err := apply(ctx, db, m); err != nil {
			return fmt.Errorf("store: migration %s: %w", filepath.Base(m.name), err)
		}
	}
	return nil
}

func apply(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	var current int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return err
	}
	if current >= m.version {
		return nil
	}
	body, err := migrations.ReadFile(m.name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	// PRAGMA takes no parameters; the version is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}

// Version returns the schema version the database is at.
func Version(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}
