package links

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"linksnap/backend/store"
)

// Query selects and orders links. Zero values select everything, newest
// first.
type Query struct {
	Text     string  `json:"text"`     // full-text search over title, URL, notes, page text
	TagIDs   []int64 `json:"tagIds"`   // links carrying these tags...
	TagMode  string  `json:"tagMode"`  // ..."all" of them (default) or "any"
	Untagged bool    `json:"untagged"` // only links with no tag
	Domain   string  `json:"domain"`   // only links of this domain
	Favorite bool    `json:"favorite"` // only favourites
	// Status keeps links by their latest capture: "failed", "pending"
	// (queued or running), "done" (done or partial) or "none" (never
	// captured); "" keeps all.
	Status string `json:"status"`
	Sort   string `json:"sort"` // "newest" (default), "oldest", "title", "domain"
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"` // default 100, at most 1000
}

// Page is one page of a query's results.
type Page struct {
	Total int      `json:"total"` // matching links in all pages
	Items []Link   `json:"items"`
	Terms []string `json:"terms"` // the search terms, for highlighting
}

// List returns one page of the links that match q.
func (l *Library) List(ctx context.Context, q Query) (Page, error) {
	page := Page{Items: []Link{}, Terms: searchTerms(q.Text)}
	ids, total, err := l.pageIDs(ctx, q)
	if err != nil {
		return page, err
	}
	page.Total = total
	if len(ids) == 0 {
		return page, nil
	}
	rows, err := l.db.QueryContext(ctx, selectLinks+` WHERE l.id IN `+inList,
		jsonList(ids))
	if err != nil {
		return page, fmt.Errorf("links: list: %w", err)
	}
	items, err := l.scanWithTags(ctx, rows)
	if err != nil {
		return page, err
	}
	page.Items = inOrder(items, ids)
	return page, nil
}

// pageIDs finds the ids of one page and the total number of matches.
func (l *Library) pageIDs(ctx context.Context, q Query) ([]int64, int, error) {
	where, args := q.filter()
	var total int
	err := l.db.QueryRowContext(ctx, `SELECT count(*) FROM links l WHERE `+where,
		args...).Scan(&total)
	if err != nil {
		return nil, 0, fmt.Errorf("links: count: %w", err)
	}
	if total == 0 || q.Offset >= total {
		return nil, total, nil
	}
	rows, err := l.db.QueryContext(ctx, `SELECT l.id FROM links l WHERE `+where+
		` ORDER BY `+q.order()+` LIMIT ? OFFSET ?`,
		append(args, q.limit(), max(q.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("links: list: %w", err)
	}
	ids, err := scanIDs(rows)
	return ids, total, err
}

func scanIDs(rows *sql.Rows) ([]int64, error) {
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("links: ids: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("links: ids: %w", err)
	}
	return ids, nil
}

// inOrder returns items sorted as ids are.
func inOrder(items []Link, ids []int64) []Link {
	pos := make(map[int64]int, len(ids))
	for i, id := range ids {
		pos[id] = i
	}
	out := make([]Link, len(ids))
	n := 0
	for _, k := range items {
		if i, ok := pos[k.ID]; ok {
			out[i] = k
			n++
		}
	}
	if n < len(ids) { // a link deleted between the two queries
		kept := out[:0]
		for _, k := range out {
			if k.ID != 0 {
				kept = append(kept, k)
			}
		}
		return kept
	}
	return out
}

func (q Query) limit() int {
	switch {
	case q.Limit <= 0:
		return 100
	case q.Limit > 1000:
		return 1000
	}
	return q.Limit
}

func (q Query) order() string {
	switch q.Sort {
	case "oldest":
		return "l.created_at ASC, l.id ASC"
	case "title":
		return "CASE WHEN l.title = '' THEN l.url ELSE l.title END COLLATE NOCASE, l.id DESC"
	case "domain":
		return "l.domain, l.created_at DESC, l.id DESC"
	}
	return "l.created_at DESC, l.id DESC"
}

// filter builds the WHERE clause for q over links aliased as l.
func (q Query) filter() (string, []any) {
	conds := []string{"l.deleted_at IS NULL"}
	var args []any
	add := func(cond string, a ...any) {
		conds = append(conds, cond)
		args = append(args, a...)
	}
	if q.Domain != "" {
		add("l.domain = ?", strings.ToLower(q.Domain))
	}
	if q.Favorite {
		add("l.favorite = 1")
	}
	if cond, ok := statusFilters[q.Status]; ok {
		add(cond)
	}
	if q.Untagged {
		add("NOT EXISTS (SELECT 1 FROM link_tags lt WHERE lt.link_id = l.id)")
	}
	if cond, a := q.tagFilter(); cond != "" {
		add(cond, a...)
	}
	for _, f := range textFilters(q.Text) {
		add(f.cond, f.args...)
	}
	return strings.Join(conds, " AND "), args
}

// latestStatus is the status of a link's latest snapshot.
const latestStatus = `(SELECT s.status FROM snapshots s WHERE s.link_id = l.id
	ORDER BY s.id DESC LIMIT 1)`

var statusFilters = map[string]string{
	"failed":  latestStatus + ` = 'failed'`,
	"pending": latestStatus + ` IN ('queued', 'running')`,
	"done":    latestStatus + ` IN ('done', 'partial')`,
	"none":    `NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.link_id = l.id)`,
}

func (q Query) tagFilter() (string, []any) {
	n := len(q.TagIDs)
	if n == 0 {
		return "", nil
	}
	in := `l.id IN (SELECT link_id FROM link_tags WHERE tag_id IN ` + inList
	if q.TagMode == "any" {
		return in + `)`, []any{jsonList(q.TagIDs)}
	}
	return in + ` GROUP BY link_id HAVING count(*) = ?)`, []any{jsonList(q.TagIDs), n}
}

type textFilter struct {
	cond string
	args []any
}

// trigramMin is the shortest term the trigram index can look up;
// shorter ones (common in Chinese, "快照") go to the links_grams index.
const trigramMin = 3

// textFilters turns a search into conditions: every term must appear
// somewhere in the title, URL, notes or page text.
func textFilters(text string) []textFilter {
	var long, short []string
	var out []textFilter
	for _, term := range searchTerms(text) {
		switch q, ok := shortQuery(term); {
		case utf8.RuneCountInString(term) >= trigramMin:
			long = append(long, quote(term))
		case ok:
			short = append(short, q)
		default:
			out = append(out, likeFilter(term))
		}
	}
	if len(long) > 0 {
		out = append(out, textFilter{
			cond: "l.id IN (SELECT rowid FROM links_fts WHERE links_fts MATCH ?)",
			args: []any{strings.Join(long, " AND ")},
		})
	}
	if len(short) > 0 {
		out = append(out, textFilter{
			cond: "l.id IN (SELECT rowid FROM links_grams WHERE links_grams MATCH ?)",
			args: []any{strings.Join(short, " AND ")},
		})
	}
	return out
}

// shortQuery is the links_grams query for a term of one or two
// characters: a two-character Chinese word is one token there, one
// character or a short Latin term matches the start of a token.
func shortQuery(term string) (string, bool) {
	if store.IsCJK(term) && utf8.RuneCountInString(term) == 2 {
		return quote(term), true
	}
	for _, r := range term {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return "", false
		}
	}
	return quote(strings.ToLower(term)) + "*", true
}

func quote(term string) string {
	return `"` + strings.ReplaceAll(term, `"`, `""`) + `"`
}

// likeFilter scans for a short term of punctuation, which no index
// holds; only the title, URL and notes are scanned, never page text.
func likeFilter(term string) textFilter {
	like := "%" + escapeLike(term) + "%"
	return textFilter{
		cond: `(l.title LIKE ? ESCAPE '\' OR l.url LIKE ? ESCAPE '\' OR l.notes LIKE ? ESCAPE '\')`,
		args: []any{like, like, like},
	}
}

func searchTerms(text string) []string {
	terms := strings.Fields(text)
	if terms == nil {
		return []string{}
	}
	return terms
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// IDs returns the ids of every link that matches q, in q's order, for
// selecting all of them at once.
func (l *Library) IDs(ctx context.Context, q Query) ([]int64, error) {
	where, args := q.filter()
	rows, err := l.db.QueryContext(ctx, `SELECT l.id FROM links l WHERE `+where+
		` ORDER BY `+q.order(), args...)
	if err != nil {
		return nil, fmt.Errorf("links: ids: %w", err)
	}
	return scanIDs(rows)
}
