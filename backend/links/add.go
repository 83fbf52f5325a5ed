package links

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"linksnap/backend/apperr"
	"linksnap/backend/urlnorm"
)

// addBatch is how many links one transaction adds. Large enough that a
// 100,000-line import does not pay a commit per link, small enough that
// another process waiting for the write lock is not starved.
const addBatch = 1000

// Outcome says what became of one link given to AddLinks.
type Outcome struct {
	ID        int64 `json:"id"`
	Duplicate bool  `json:"duplicate"`
}

// AddLinks saves links that are not in the library yet and applies tags
// to every one of them, new or already there. Outcomes are in the order
// of links; a link given twice is a duplicate the second time.
func (l *Library) AddLinks(ctx context.Context, links []urlnorm.Link, tags []string) ([]Outcome, error) {
	names, err := cleanTagNames(tags)
	if err != nil {
		return nil, err
	}
	out := make([]Outcome, 0, len(links))
	for start := 0; start < len(links); start += addBatch {
		end := min(start+addBatch, len(links))
		batch, err := l.addBatch(ctx, links[start:end], names)
		if err != nil {
			return out, err
		}
		out = append(out, batch...)
	}
	return out, nil
}

func (l *Library) addBatch(ctx context.Context, links []urlnorm.Link, tags []string) ([]Outcome, error) {
	var out []Outcome
	err := l.inTx(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		tagIDs, err := ensureTags(ctx, tx, tags, l.millis())
		if err != nil {
			return err
		}
		ins, err := tx.PrepareContext(ctx, insertLink)
		if err != nil {
			return fmt.Errorf("links: add: %w", err)
		}
		defer ins.Close()
		for _, k := range links {
			o, err := l.addOne(ctx, tx, ins, k)
			if err != nil {
				return err
			}
			if err := tagLink(ctx, tx, o.ID, tagIDs); err != nil {
				return err
			}
			out = append(out, o)
		}
		return nil
	})
	return out, err
}

const insertLink = `INSERT INTO links (url, norm_url, domain, created_at, updated_at)
	VALUES (?, ?, ?, ?, ?) ON CONFLICT (norm_url) DO NOTHING RETURNING id`

func (l *Library) addOne(ctx context.Context, tx *sql.Tx, ins *sql.Stmt, k urlnorm.Link) (Outcome, error) {
	now := l.millis()
	var id int64
	err := ins.QueryRowContext(ctx, k.Original, k.Normalized, k.Domain, now, now).Scan(&id)
	if err == nil {
		return Outcome{ID: id}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return Outcome{}, fmt.Errorf("links: add %s: %w", k.Normalized, err)
	}
	return l.existing(ctx, tx, ins, k)
}

// existing resolves a conflict on norm_url. A link deleted moments ago
// and still waiting for its undo window is gone for the person, so adding
// it again starts afresh rather than reviving its old tags and notes.
func (l *Library) existing(ctx context.Context, tx *sql.Tx, ins *sql.Stmt, k urlnorm.Link) (Outcome, error) {
	var id int64
	var deleted sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT id, deleted_at FROM links WHERE norm_url = ?`,
		k.Normalized).Scan(&id, &deleted)
	if err != nil {
		return Outcome{}, fmt.Errorf("links: find duplicate of %s: %w", k.Normalized, err)
	}
	if !deleted.Valid {
		return Outcome{ID: id, Duplicate: true}, nil
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM links WHERE id = ?`, id); err != nil {
		return Outcome{}, fmt.Errorf("links: replace deleted %d: %w", id, err)
	}
	now := l.millis()
	err = ins.QueryRowContext(ctx, k.Original, k.Normalized, k.Domain, now, now).Scan(&id)
	if err != nil {
		return Outcome{}, fmt.Errorf("links: add %s: %w", k.Normalized, err)
	}
	return Outcome{ID: id}, nil
}

// Add validates one URL and adds it, returning the link (the existing
// one for a duplicate) and whether it was already there.
func (l *Library) Add(ctx context.Context, raw string, tags []string) (Link, bool, error) {
	k, err := urlnorm.Parse(raw)
	if err != nil {
		return Link{}, false, err
	}
	outcomes, err := l.AddLinks(ctx, []urlnorm.Link{k}, tags)
	if err != nil {
		return Link{}, false, err
	}
	link, err := l.Get(ctx, outcomes[0].ID)
	return link, outcomes[0].Duplicate, err
}

// InvalidLine is a line of pasted text that held no link.
type InvalidLine struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// AddSummary reports what AddText did. The lists hold at most
// summaryLimit entries each; the counts are complete.
type AddSummary struct {
	AddedCount     int           `json:"addedCount"`
	DuplicateCount int           `json:"duplicateCount"`
	InvalidCount   int           `json:"invalidCount"`
	Added          []Link        `json:"added"`
	Duplicates     []Link        `json:"duplicates"`
	Invalid        []InvalidLine `json:"invalid"`
	// NewIDs are the ids of every link added (not the duplicates), for
	// queueing their captures; the window does not need them.
	NewIDs []int64 `json:"-"`
}

const summaryLimit = 100

// AddText adds every link found in text a person typed or pasted (see
// urlnorm.Scan) and tags them all.
func (l *Library) AddText(ctx context.Context, text string, tags []string) (AddSummary, error) {
	sum := AddSummary{Added: []Link{}, Duplicates: []Link{}, Invalid: []InvalidLine{}}
	var found []urlnorm.Link
	for _, line := range urlnorm.Scan(text) {
		found = append(found, line.Links...)
		if line.Err != nil {
			sum.InvalidCount++
			sum.Invalid = appendLimited(sum.Invalid, invalidLine(line))
		}
	}
	outcomes, err := l.AddLinks(ctx, found, tags)
	if err != nil {
		return sum, err
	}
	return sum, l.summarise(ctx, &sum, outcomes)
}

func invalidLine(line urlnorm.Line) InvalidLine {
	inv := InvalidLine{Line: line.Number, Text: line.Text, Code: apperr.CodeOf(line.Err)}
	var e *apperr.Error
	if errors.As(line.Err, &e) {
		inv.Detail = e.Detail
	}
	return inv
}

func (l *Library) summarise(ctx context.Context, sum *AddSummary, outcomes []Outcome) error {
	for _, o := range outcomes {
		list := &sum.Added
		if o.Duplicate {
			sum.DuplicateCount++
			list = &sum.Duplicates
		} else {
			sum.AddedCount++
			sum.NewIDs = append(sum.NewIDs, o.ID)
		}
		if len(*list) >= summaryLimit {
			continue
		}
		link, err := l.Get(ctx, o.ID)
		if err != nil {
			return err
		}
		*list = append(*list, link)
	}
	return nil
}

func appendLimited[T any](list []T, v T) []T {
	if len(list) >= summaryLimit {
		return list
	}
	return append(list, v)
}
