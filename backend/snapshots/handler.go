package snapshots

import (
	"log/slog"
	"mime"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
)

// URLPrefix is where the window finds snapshot files:
// /snapshot/<snapshot id>/<file name>.
const URLPrefix = "/snapshot/"

// contentPolicy is sent with every snapshot file. A captured page is
// hostile until proven otherwise: it runs in a sandbox with no scripts
// and no origin, may load nothing from anywhere but data: URLs, and so
// can neither reach the app's bindings nor tell anyone it was opened.
const contentPolicy = "sandbox; default-src 'none'; img-src data:; " +
	"style-src 'unsafe-inline' data:; font-src data:; media-src data:; " +
	"frame-src 'none'; form-action 'none'; base-uri 'none'"

// Handler serves snapshot files to the window's asset server. Paths never
// end in "/" or index.html, where Wails would inject its runtime.
func Handler(s *Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		id, name, ok := parsePath(r.URL.Path)
		if !ok {
			http.NotFound(w, r)
			return
		}
		path, err := s.FilePath(r.Context(), id, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", contentPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		h.Set("Content-Type", contentType(name))
		slog.Debug("serve snapshot file", "snapshot_id", id, "file", name)
		http.ServeFile(w, r, path)
	})
}

func parsePath(p string) (int64, string, bool) {
	rest, ok := strings.CutPrefix(p, URLPrefix)
	if !ok {
		return 0, "", false
	}
	idText, name, ok := strings.Cut(rest, "/")
	if !ok || name == "" || strings.ContainsAny(name, `/\`) || name == "index.html" {
		return 0, "", false
	}
	id, err := strconv.ParseInt(idText, 10, 64)
	return id, name, err == nil && id > 0
}

// contentType names the type of the files a capture writes; text files
// are UTF-8, and anything unknown is served as bytes, never sniffed.
func contentType(name string) string {
	switch filepath.Ext(name) {
	case ".txt", ".log":
		return "text/plain; charset=utf-8"
	case ".json":
		return "application/json; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case ".mhtml":
		return "application/octet-stream"
	}
	if t := mime.TypeByExtension(filepath.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}
