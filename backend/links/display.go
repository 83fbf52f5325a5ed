package links

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"

	"linksnap/backend/apperr"
	"linksnap/backend/urlnorm"
)

// DisplayTitle is what a list shows for a link: its title, or its host
// and path until a capture finds the page's own title.
func (k Link) DisplayTitle() string {
	if k.Title != "" {
		return k.Title
	}
	u, err := url.Parse(k.URL)
	if err != nil || u.Host == "" {
		return k.URL
	}
	if u.Path == "" || u.Path == "/" {
		return u.Host
	}
	return u.Host + u.Path
}

// FindByURL returns the link whose normal form matches raw.
func (l *Library) FindByURL(ctx context.Context, raw string) (Link, error) {
	k, err := urlnorm.Parse(raw)
	if err != nil {
		return Link{}, err
	}
	var id int64
	err = l.db.QueryRowContext(ctx, `SELECT id FROM links
		WHERE norm_url = ? AND deleted_at IS NULL`, k.Normalized).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Link{}, apperr.New(CodeLinkNotFound, raw)
	}
	if err != nil {
		return Link{}, fmt.Errorf("links: find %s: %w", raw, err)
	}
	return l.Get(ctx, id)
}
