package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"sync"
	"testing"
)

func openTemp(t *testing.T) (*sql.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

// TestSettingsOnEveryConnection holds two connections open at once and
// checks each, because settings applied with one Exec on a pool would
// reach only the first.
func TestSettingsOnEveryConnection(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	var conns []*sql.Conn
	for i := 0; i < 2; i++ {
		c, err := db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns = append(conns, c)
	}
	for i, c := range conns {
		var fk, busy int
		var mode string
		if err := c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if fk != 1 || busy != 5000 || mode != "wal" {
			t.Errorf("conn %d: foreign_keys=%d busy_timeout=%d journal_mode=%s", i, fk, busy, mode)
		}
	}
}

func TestMigrationsApplyOnceAndReopen(t *testing.T) {
	db, path := openTemp(t)
	ctx := context.Background()
	list, err := listMigrations()
	if err != nil || len(list) == 0 {
		t.Fatalf("migrations: %v %v", list, err)
	}
	want := list[len(list)-1].version
	if v, _ := Version(ctx, db); v != want {
		t.Fatalf("version = %d, want %d", v, want)
	}
	db.Close()

	again, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer again.Close()
	if v, _ := Version(ctx, again); v != want {
		t.Errorf("version after reopen = %d", v)
	}
}

func TestConcurrentOpenersMigrateOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := Open(context.Background(), path)
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestCascadeAndFTSTriggers(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	mustExec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	mustExec(`INSERT INTO links (id, url, norm_url, domain, title, created_at, updated_at)
		VALUES (1, 'https://a.example/', 'https://a.example/', 'a.example', '网页快照工具', 1, 1)`)
	mustExec(`INSERT INTO tags (id, name, name_key, created_at) VALUES (1, 'Go', 'go', 1)`)
	mustExec(`INSERT INTO link_tags VALUES (1, 1)`)

	var n int
	db.QueryRowContext(ctx, `SELECT count(*) FROM links_fts WHERE links_fts MATCH '"快照工"'`).Scan(&n)
	if n != 1 {
		t.Errorf("fts match after insert = %d", n)
	}
	mustExec(`UPDATE links SET title = 'renamed' WHERE id = 1`)
	db.QueryRowContext(ctx, `SELECT count(*) FROM links_fts WHERE links_fts MATCH '"快照工"'`).Scan(&n)
	if n != 0 {
		t.Errorf("fts still matches old title: %d", n)
	}
	mustExec(`DELETE FROM links WHERE id = 1`)
	db.QueryRowContext(ctx, `SELECT count(*) FROM link_tags`).Scan(&n)
	if n != 0 {
		t.Errorf("link_tags not cascaded: %d rows", n)
	}
	db.QueryRowContext(ctx, `SELECT count(*) FROM links_fts`).Scan(&n)
	if n != 0 {
		t.Errorf("fts row left after delete: %d", n)
	}
}
