package capture

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestArticleEveryFormat(t *testing.T) {
	t.Parallel()
	res, dir := mustCapture(t, "article.html")
	for _, f := range []string{"page.html", "screenshot.png", "thumb.jpg", "page.pdf", "page.mhtml",
		"text.txt", "article.txt", "meta.json", "capture.log", "favicon.png"} {
		if !slices.Contains(res.Files, f) {
			t.Errorf("file %s missing from %v", f, res.Files)
		}
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("file %s empty or missing: %v", f, err)
		}
	}
	if res.Status != StatusDone {
		t.Errorf("status %s, lost %+v", res.Status, res.Lost)
	}
	if !strings.HasPrefix(readFile(t, dir, "page.pdf"), "%PDF") {
		t.Error("page.pdf is not a PDF")
	}
	var m Meta
	if err := json.Unmarshal([]byte(readFile(t, dir, "meta.json")), &m); err != nil {
		t.Fatal(err)
	}
	want := Meta{Title: "The Quiet Harbour", Description: "A long article about a quiet harbour.",
		SiteName: "Harbour Times", Language: "en", Author: "Ada Lovelace", Published: "2024-05-01T08:00:00Z"}
	if m.Title != want.Title || m.Description != want.Description || m.SiteName != want.SiteName ||
		m.Language != want.Language || m.Author != want.Author || m.Published != want.Published {
		t.Errorf("meta = %+v", m)
	}
	if m.HTTPStatus != 200 || m.ContentType != "text/html" || m.Browser == "" || m.Sizes["page.html"] == 0 ||
		!strings.HasSuffix(m.PreviewImage, "/img/120x60-336699.png") || m.FaviconFile != "favicon.png" {
		t.Errorf("meta = %+v", m)
	}
	text := readFile(t, dir, "text.txt")
	for _, w := range []string{"Fishing boats rest", "first spring tide"} {
		if !strings.Contains(text, w) {
			t.Errorf("text.txt lacks %q", w)
		}
	}
	if a := readFile(t, dir, "article.txt"); !strings.Contains(a, "regatta") {
		t.Errorf("article.txt = %q", a)
	}

	var got struct {
		Font                   bool
		Srcset, Lazy, Observed int
		Hero                   string
	}
	reqs := offline(t, dir, `(async () => { await document.fonts.ready; return {
		font: document.fonts.check('20px Harbour'),
		srcset: document.getElementById('srcset').naturalWidth,
		lazy: document.getElementById('lazy').naturalWidth,
		observed: document.getElementById('observed').naturalWidth,
		hero: getComputedStyle(document.getElementById('hero')).backgroundImage.slice(0, 20) }})()`, &got)
	noRequests(t, reqs)
	if !got.Font || got.Srcset == 0 || got.Lazy == 0 || got.Observed == 0 || !strings.HasPrefix(got.Hero, `url("data:image/png`) {
		t.Errorf("offline render lost resources: %+v", got)
	}
}

func TestJavaScriptBuiltPage(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "js.html")
	text := readFile(t, dir, "text.txt")
	for _, w := range []string{"Rendered paragraph", "JavaScript paragraph", "Fetched headline from JSON"} {
		if !strings.Contains(text, w) {
			t.Errorf("text.txt lacks %q:\n%s", w, text)
		}
	}
	if html := readFile(t, dir, "page.html"); !strings.Contains(html, "Fetched headline from JSON") || strings.Contains(html, "Loading…") {
		t.Error("page.html is not the live DOM")
	}
}

func TestShadowDOM(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "shadow.html")
	text := readFile(t, dir, "text.txt")
	for _, w := range []string{"Shadow open text", "Shadow closed text"} {
		if !strings.Contains(text, w) {
			t.Errorf("text.txt lacks %q", w)
		}
	}
	var got struct{ Open, Closed string }
	noRequests(t, offline(t, dir, `({
		open: getComputedStyle(document.querySelector('open-card').shadowRoot.querySelector('.box')).color,
		closed: getComputedStyle(document.querySelector('closed-card').shadowRoot.querySelector('p')).color })`, &got))
	if got.Open != "rgb(0, 128, 0)" || got.Closed != "rgb(255, 0, 0)" {
		t.Errorf("shadow styles offline = %+v", got)
	}
}

func TestIframes(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "frames.html")
	text := readFile(t, dir, "text.txt")
	if strings.Count(text, "Inside the iframe") != 2 || strings.Count(text, "Framed script text") != 2 {
		t.Errorf("text.txt lacks frame text:\n%s", text)
	}
	html := readFile(t, dir, "page.html")
	if strings.Count(html, "srcdoc=") != 2 || !strings.Contains(html, "rgb(128, 0, 128)") {
		t.Error("iframes were not inlined with their styles")
	}
	noRequests(t, offline(t, dir, "", nil))
}

func TestCanvasAndFormState(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "canvas.html")
	html := readFile(t, dir, "page.html")
	for _, w := range []string{`value="typed value"`, "checked", "typed note"} {
		if !strings.Contains(html, w) {
			t.Errorf("page.html lacks %q", w)
		}
	}
	var got struct{ Width int }
	noRequests(t, offline(t, dir, `({width: document.querySelector('img#c').naturalWidth})`, &got))
	if got.Width != 120 {
		t.Errorf("canvas image width = %d", got.Width)
	}
}

func TestChinesePage(t *testing.T) {
	t.Parallel()
	res, dir := mustCapture(t, "zh.html")
	if res.Meta.Title != "链接快照测试页面" || res.Meta.Language != "zh-CN" {
		t.Errorf("meta = %+v", res.Meta)
	}
	for _, f := range []string{"text.txt", "page.html"} {
		if !strings.Contains(readFile(t, dir, f), "春眠不觉晓") {
			t.Errorf("%s lacks the Chinese text", f)
		}
	}
}

func TestTallPageScreenshotCapped(t *testing.T) {
	t.Parallel()
	res, dir := mustCapture(t, "tall.html")
	cfg, err := png.DecodeConfig(bytes.NewReader([]byte(readFile(t, dir, "screenshot.png"))))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Height != maxShotHeight || cfg.Width != viewportWidth {
		t.Errorf("screenshot %dx%d", cfg.Width, cfg.Height)
	}
	if !slices.ContainsFunc(res.Lost, func(l Loss) bool { return l.What == "limit" && l.Name == "screenshot.png" }) {
		t.Errorf("cap not recorded: %+v", res.Lost)
	}
}

func TestConsentOverlayHidden(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "consent.html")
	text := readFile(t, dir, "text.txt")
	if !strings.Contains(text, "Real content") || strings.Contains(text, "We use cookies") || strings.Contains(text, "please consent") {
		t.Errorf("text.txt = %q", text)
	}
}

func TestFontFaceAPI(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "fontface.html")
	var got struct{ Loaded bool }
	noRequests(t, offline(t, dir, `(async () => { await document.fonts.ready; return {loaded: document.fonts.check('40px ApiFont')} })()`, &got))
	if !got.Loaded {
		t.Error("FontFace API font not in the archive")
	}
}

func TestSVGSprite(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "sprite.html")
	html := readFile(t, dir, "page.html")
	if !strings.Contains(html, `<symbol id="dot"`) || !strings.Contains(html, `href="#dot"`) {
		t.Error("sprite not inlined")
	}
	noRequests(t, offline(t, dir, "", nil))
}
