package links

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"linksnap/backend/urlnorm"
)

// Imported is a link read from a bookmark file, with what the file says
// about it.
type Imported struct {
	Link  urlnorm.Link
	Title string
	Notes string
	Tags  []string
	// Added is when the person bookmarked it; zero means now.
	Added time.Time
}

// ImportLinks adds links read from a file. A new link takes its title,
// notes and time from the file; a link already in the library keeps its
// own and only gains the file's tags. Each batch of importBatch links is
// one transaction, so a failure or a cancelled ctx leaves whole batches.
func (l *Library) ImportLinks(ctx context.Context, items []Imported) ([]Outcome, error) {
	out := make([]Outcome, 0, len(items))
	for start := 0; start < len(items); start += importBatch {
		end := min(start+importBatch, len(items))
		var batch []Outcome
		err := l.inTx(ctx, func(tx *sql.Tx) error {
			var err error
			batch, err = l.importBatch(ctx, tx, items[start:end])
			return err
		})
		if err != nil {
			return out, err
		}
		out = append(out, batch...)
	}
	return out, nil
}

// importBatch is how many links one import transaction adds. Larger
// than addBatch: the full-text index writes a segment per commit, and
// fewer, bigger segments make a large import markedly faster.
const importBatch = 5000

const importLink = `INSERT INTO links (url, norm_url, domain, title, notes,
	created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (norm_url) DO NOTHING RETURNING id`

func (l *Library) importBatch(ctx context.Context, tx *sql.Tx, items []Imported) ([]Outcome, error) {
	tagIDs, err := importTags(ctx, tx, items, l.millis())
	if err != nil {
		return nil, err
	}
	ins, err := tx.PrepareContext(ctx, importLink)
	if err != nil {
		return nil, fmt.Errorf("links: import: %w", err)
	}
	defer ins.Close()
	tag, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO link_tags (link_id, tag_id)
		VALUES (?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("links: import: %w", err)
	}
	defer tag.Close()
	out := make([]Outcome, 0, len(items))
	for _, it := range items {
		o, err := l.importOne(ctx, tx, ins, it)
		if err != nil {
			return nil, err
		}
		for _, name := range it.Tags {
			clean, _ := CleanTagName(name) // checked by importTags
			if _, err := tag.ExecContext(ctx, o.ID, tagIDs[tagKey(clean)]); err != nil {
				return nil, fmt.Errorf("links: tag link %d: %w", o.ID, err)
			}
		}
		out = append(out, o)
	}
	return out, nil
}

// importTags creates the tags a batch needs and maps their keys to ids.
// Tag names must already be clean (see CleanTagName).
func importTags(ctx context.Context, tx *sql.Tx, items []Imported, now int64) (map[string]int64, error) {
	var names []string
	for _, it := range items {
		names = append(names, it.Tags...)
	}
	names, err := cleanTagNames(names)
	if err != nil {
		return nil, err
	}
	ids, err := ensureTags(ctx, tx, names, now)
	if err != nil {
		return nil, err
	}
	out := make(map[string]int64, len(names))
	for i, name := range names {
		out[tagKey(name)] = ids[i]
	}
	return out, nil
}

func (l *Library) importOne(ctx context.Context, tx *sql.Tx, ins *sql.Stmt, it Imported) (Outcome, error) {
	now := l.millis()
	created := now
	if !it.Added.IsZero() {
		created = it.Added.UnixMilli()
	}
	k := it.Link
	var id int64
	err := ins.QueryRowContext(ctx, k.Original, k.Normalized, k.Domain,
		clip(it.Title, MaxTitleLength), clip(it.Notes, MaxNotesLength), created, now).Scan(&id)
	if err == nil {
		return Outcome{ID: id}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return Outcome{}, fmt.Errorf("links: import %s: %w", k.Normalized, err)
	}
	return l.importExisting(ctx, tx, ins, it)
}

// importExisting resolves a conflict on norm_url as existing does for
// AddLinks: a link deleted within the undo window is replaced.
func (l *Library) importExisting(ctx context.Context, tx *sql.Tx, ins *sql.Stmt, it Imported) (Outcome, error) {
	var id int64
	var deleted sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT id, deleted_at FROM links WHERE norm_url = ?`,
		it.Link.Normalized).Scan(&id, &deleted)
	if err != nil {
		return Outcome{}, fmt.Errorf("links: find duplicate of %s: %w", it.Link.Normalized, err)
	}
	if !deleted.Valid {
		return Outcome{ID: id, Duplicate: true}, nil
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM links WHERE id = ?`, id); err != nil {
		return Outcome{}, fmt.Errorf("links: replace deleted %d: %w", id, err)
	}
	return l.importOne(ctx, tx, ins, it)
}

// clip shortens s to at most n characters.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// KnownURLs reports which of the given normal forms are already saved
// (and not deleted), for a preview that must not write.
func (l *Library) KnownURLs(ctx context.Context, norms []string) (map[string]bool, error) {
	known := map[string]bool{}
	rows, err := l.db.QueryContext(ctx, `SELECT norm_url FROM links
		WHERE deleted_at IS NULL AND norm_url IN `+inList, jsonList(norms))
	if err != nil {
		return nil, fmt.Errorf("links: known urls: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("links: known urls: %w", err)
		}
		known[n] = true
	}
	return known, rows.Err()
}
