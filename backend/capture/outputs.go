package capture

import (
	"context"
	"fmt"
	"time"
)

// formatCap bounds the time of one format.
const formatCap = 20 * time.Second

// output is one format step: it writes its own files.
type output struct {
	name string
	fn   func(context.Context) error
}

// outputs writes every format; a failing one is recorded and the others
// still run. page.html comes last because preparing it changes the DOM.
func (j *job) outputs() {
	steps := []output{
		{"meta", j.metadata},
		{"text.txt", j.text},
		{"article.txt", j.article},
		{"thumb.jpg", j.thumbnail},
		{"screenshot.png", j.screenshot},
		{"page.pdf", j.pdf},
		{"page.mhtml", j.mhtml},
		{"favicon", j.favicon},
		{"page.html", j.snapshot},
	}
	for _, s := range steps {
		j.progress(s.name)
		t0 := time.Now()
		ctx, cancel := context.WithTimeout(j.ctx, min(formatCap, j.remaining()))
		err := s.fn(ctx)
		cancel()
		j.res.Meta.Timings[s.name] = time.Since(t0).Round(time.Millisecond).String()
		if err != nil {
			j.lose("format", s.name, err)
		}
	}
	j.resourceLosses()
}

// pageMeta is what js/meta.js returns.
type pageMeta struct {
	Title, Description, SiteName, Language, Author, Published string
	Canonical, Favicon, Image                                 string
}

// metadata reads what the page declares about itself.
func (j *job) metadata(ctx context.Context) error {
	v, err := evalIn[pageMeta](ctx, 0, jsMeta)
	if err != nil {
		return fmt.Errorf("capture: metadata: %w", err)
	}
	m := &j.res.Meta
	m.Title, m.Description, m.SiteName = v.Title, v.Description, v.SiteName
	m.Language, m.Author, m.Published = v.Language, v.Author, v.Published
	m.CanonicalURL, m.FaviconURL = v.Canonical, v.Favicon
	m.PreviewImage = resolveURL(m.FinalURL, v.Image)
	return nil
}

// text writes the visible text of every frame.
func (j *job) text(ctx context.Context) error {
	var out string
	for _, f := range j.frames(ctx) {
		id, ok := j.tl.contextOf(f)
		if !ok {
			continue
		}
		t, err := evalIn[string](ctx, id, jsText)
		if err != nil {
			if f == j.frame {
				return fmt.Errorf("capture: text: %w", err)
			}
			continue
		}
		if t != "" {
			out += t + "\n\n"
		}
	}
	return j.write("text.txt", []byte(out))
}

// article writes the readable article text.
func (j *job) article(ctx context.Context) error {
	t, err := evalIn[string](ctx, 0, jsArticle)
	if err != nil {
		return fmt.Errorf("capture: article: %w", err)
	}
	return j.write("article.txt", []byte(t+"\n"))
}

// resourceLosses lists the page's resources that failed to load.
func (j *job) resourceLosses() {
	const most = 50
	n := 0
	for _, r := range j.tl.failures() {
		if r.kind == "Document" && r.frameID == j.frame || n >= most {
			continue
		}
		reason := r.failed
		if reason == "" {
			reason = fmt.Sprintf("HTTP %d", r.status)
		}
		j.res.Lost = append(j.res.Lost, Loss{What: "resource", Name: r.url, Reason: reason})
		n++
	}
}
