package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"linksnap/backend/capture/testsite"
)

func TestRunCapture(t *testing.T) {
	site := testsite.Start()
	defer site.Close()
	out := filepath.Join(t.TempDir(), "snap")

	cases := []struct {
		name string
		args []string
		code int
		want string // in stdout for 0, stderr otherwise
	}{
		{"usage: no url", []string{"--out", out}, 2, "usage:"},
		{"usage: bad flag", []string{"--nope", site.URL("zh.html")}, 2, "usage:"},
		{"fails", []string{"--out", out + "-404", "--timeout", "20s", site.URL("status/404")}, 1, "HTTP 404"},
		{"ok, flags after url", []string{site.URL("zh.html"), "--out", out, "--json"}, 0, `"status": "done"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runCapture(context.Background(), Streams{Out: &stdout, Err: &stderr}, c.args)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, c.code, stderr.String())
			}
			got := stdout.String()
			if c.code != 0 {
				got = stderr.String()
			}
			if !strings.Contains(got, c.want) {
				t.Errorf("output lacks %q:\n%s", c.want, got)
			}
			if c.code == 1 && strings.Count(strings.TrimSpace(stderr.String()), "\n") != 0 {
				t.Errorf("failure reason is not one line: %q", stderr.String())
			}
		})
	}

	var sum captureSummary
	var stdout bytes.Buffer
	runCapture(context.Background(), Streams{Out: &stdout, Err: &bytes.Buffer{}},
		[]string{"--json", "--out", out + "-2", site.URL("zh.html")})
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil || !sum.OK || sum.Title != "链接快照测试页面" {
		t.Fatalf("summary %+v, err %v", sum, err)
	}
	for _, f := range []string{"page.html", "screenshot.png", "page.pdf", "page.mhtml", "text.txt", "meta.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("contract file missing: %v", err)
		}
	}
}
