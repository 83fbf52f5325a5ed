package capture

import (
	"strings"
	"testing"
)

func TestHostilePageArchiveIsInert(t *testing.T) {
	t.Parallel()
	_, dir := mustCapture(t, "hostile.html")
	html := readFile(t, dir, "page.html")
	assertInert(t, html)
	if !strings.Contains(html, "Hostile text stays") || !strings.Contains(html, "Content-Security-Policy") {
		t.Error("page.html lost its text or its CSP")
	}
	var got struct{ Pwned string }
	reqs := offline(t, dir, `({pwned: String(window.pwned)})`, &got)
	noRequests(t, reqs)
	if got.Pwned != "undefined" {
		t.Errorf("a script ran in the archive: pwned=%s", got.Pwned)
	}
}
