// Package deeplink reads linksnap:// links, the way other programs (a
// bookmarklet, a browser, a script) ask the running app to do something.
package deeplink

import (
	"net/url"
	"strconv"
	"strings"

	"linksnap/backend/apperr"
)

// Scheme is the URL scheme the app registers.
const Scheme = "linksnap"

// CodeInvalid marks a linksnap:// link the app cannot follow.
const CodeInvalid = "deeplink.invalid"

// Action is what a deep link asks for.
type Action struct {
	Kind   string   // "add" or "open"
	URLs   []string // add: the links to add
	Tags   []string // add: tags for them
	Title  string   // add: a title for a single link
	LinkID int64    // open: the link to show
}

// Is reports whether arg is a linksnap:// link.
func Is(arg string) bool {
	return strings.HasPrefix(strings.ToLower(arg), Scheme+":")
}

// Parse reads linksnap://add?url=...&url=...&tags=a,b&title=... and
// linksnap://open?id=N.
func Parse(raw string) (Action, error) {
	u, err := url.Parse(raw)
	if err != nil || !strings.EqualFold(u.Scheme, Scheme) {
		return Action{}, apperr.New(CodeInvalid, raw)
	}
	// linksnap://add?... puts the verb in the host; linksnap:add?... in
	// the opaque part. Accept both, as browsers produce either.
	verb := strings.ToLower(strings.Trim(u.Host+u.Opaque+u.Path, "/"))
	q := u.Query()
	switch verb {
	case "add":
		return parseAdd(q, raw)
	case "open":
		id, err := strconv.ParseInt(q.Get("id"), 10, 64)
		if err != nil || id <= 0 {
			return Action{}, apperr.New(CodeInvalid, raw)
		}
		return Action{Kind: "open", LinkID: id}, nil
	}
	return Action{}, apperr.New(CodeInvalid, raw)
}

func parseAdd(q url.Values, raw string) (Action, error) {
	a := Action{Kind: "add", URLs: q["url"], Title: strings.TrimSpace(q.Get("title"))}
	if len(a.URLs) == 0 {
		return Action{}, apperr.New(CodeInvalid, raw)
	}
	for _, list := range q["tags"] {
		for _, t := range strings.Split(list, ",") {
			if t = strings.TrimSpace(t); t != "" {
				a.Tags = append(a.Tags, t)
			}
		}
	}
	return a, nil
}

// AddLink builds the linksnap://add link that hands urls and tags over.
func AddLink(urls, tags []string) string {
	q := url.Values{"url": urls}
	if len(tags) > 0 {
		q.Set("tags", strings.Join(tags, ","))
	}
	return Scheme + "://add?" + q.Encode()
}
