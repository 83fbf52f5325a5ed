// Package testsite serves the capture engine's test pages on 127.0.0.1:
// static pages from testdata plus generated images, a font, a PDF,
// redirects, error statuses and a page that never finishes. The tests of
// backend/capture and the bench programs share it.
package testsite

import (
	"bytes"
	"embed"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

//go:embed testdata
var files embed.FS

// Pages are the static test pages that render normally.
var Pages = []string{
	"article.html", "js.html", "shadow.html", "frames.html", "canvas.html",
	"zh.html", "tall.html", "hostile.html", "consent.html", "fontface.html", "sprite.html",
}

// Site is a pair of servers: the main one and a second origin for
// cross-origin iframes. Close stops both.
type Site struct {
	Main, Other *httptest.Server
	done        chan struct{}
}

// URL returns the main server's URL for path.
func (s *Site) URL(path string) string { return s.Main.URL + "/" + strings.TrimPrefix(path, "/") }

// Close stops the servers and releases hanging requests.
func (s *Site) Close() {
	close(s.done)
	s.Main.Close()
	s.Other.Close()
}

// Start serves the test site on two 127.0.0.1 ports.
func Start() *Site {
	s := &Site{done: make(chan struct{})}
	s.Other = httptest.NewServer(s.handler(""))
	s.Main = httptest.NewServer(s.handler(s.Other.URL))
	return s
}

func (s *Site) handler(other string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/img/{spec}", serveImage)
	mux.HandleFunc("/font.ttf", serveFont)
	mux.HandleFunc("/doc.pdf", servePDF)
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		r.SetPathValue("spec", "64x32-3366ff.png")
		serveImage(w, r)
	})
	mux.HandleFunc("/redirect/{n}", serveRedirect)
	mux.HandleFunc("/status/{code}", serveStatus)
	mux.HandleFunc("/never.html", s.serveNever)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { serveFile(w, r, other) })
	return mux
}

// serveFile serves testdata, with CROSS_ORIGIN replaced by the other
// server's URL.
func serveFile(w http.ResponseWriter, r *http.Request, other string) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	data, err := fs.ReadFile(files, "testdata/"+name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if other != "" {
		data = bytes.ReplaceAll(data, []byte("CROSS_ORIGIN"), []byte(other))
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// serveImage draws a PNG named like 100x50-ff0000.png.
func serveImage(w http.ResponseWriter, r *http.Request) {
	var wd, ht int
	var hex string
	spec := strings.TrimSuffix(r.PathValue("spec"), ".png")
	if _, err := fmt.Sscanf(strings.Replace(spec, "-", " ", 1), "%dx%d %s", &wd, &ht, &hex); err != nil || wd > 4000 || ht > 4000 {
		http.Error(w, "bad image spec", http.StatusBadRequest)
		return
	}
	v, _ := strconv.ParseUint(hex, 16, 32)
	c := color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
	img := image.NewRGBA(image.Rect(0, 0, wd, ht))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	w.Header().Set("Content-Type", "image/png")
	_ = png.Encode(w, img)
}

// FontPath finds a TrueType font on this machine for the web-font pages.
func FontPath() string {
	for _, dir := range []string{"/usr/share/fonts", "/Library/Fonts", `C:\Windows\Fonts`} {
		var found string
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && found == "" && strings.HasSuffix(strings.ToLower(p), "mono.ttf") {
				found = p
			}
			return nil
		})
		if found != "" {
			return found
		}
	}
	return ""
}

func serveFont(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(FontPath())
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "font/ttf")
	_, _ = w.Write(data)
}

func serveRedirect(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.PathValue("n"))
	if n <= 0 {
		http.Redirect(w, r, "/article.html", http.StatusFound)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
}

func serveStatus(w http.ResponseWriter, r *http.Request) {
	code, _ := strconv.Atoi(r.PathValue("code"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	fmt.Fprintf(w, "<!DOCTYPE html><title>Error %d</title><h1>Status %d page</h1>", code, code)
}

// serveNever sends the start of a page and then never finishes it.
func (s *Site) serveNever(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, "<!DOCTYPE html><title>Never</title><h1>Still loading forever</h1>")
	w.(http.Flusher).Flush()
	select {
	case <-r.Context().Done():
	case <-s.done:
	}
}

// servePDF writes a one-page PDF.
func servePDF(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/pdf")
	_, _ = w.Write(MinimalPDF())
}

// MinimalPDF returns a valid one-page PDF that says "Hello PDF".
func MinimalPDF() []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"<< /Length 44 >>\nstream\nBT /F1 24 Tf 40 60 Td (Hello PDF) Tj ET\nendstream",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}
