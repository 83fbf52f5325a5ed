package capture

import (
	"regexp"
	"strings"
	"testing"
)

var (
	reBadHandler = regexp.MustCompile(`(?i)\son[a-z0-9_.:-]*\s*=`)
	reBadScript  = regexp.MustCompile(`(?i)<script|javascript:`)
)

// assertInert fails when html still holds something that could run.
func assertInert(t *testing.T, html string) {
	t.Helper()
	if m := reBadScript.FindString(html); m != "" {
		t.Errorf("output contains %q", m)
	}
	if m := reBadHandler.FindString(html); m != "" {
		t.Errorf("output contains handler %q", m)
	}
	for _, bad := range []string{"<base", "http-equiv=\"refresh", "<object", "<embed", "<set "} {
		if strings.Contains(strings.ToLower(html), bad) {
			t.Errorf("output contains %s", bad)
		}
	}
}

func TestSanitize(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, in, keep string }{
		{"script", `<p>a</p><script>alert(1)</script>`, "<p>a</p>"},
		{"handler", `<p onclick="x()" title="t">b</p>`, `title="t"`},
		{"js url", `<a href="javascript:alert(1)">c</a>`, ">c</a>"},
		{"obfuscated url", `<a href=" jAvA&#x09;script:alert(1)">d</a>`, ">d</a>"},
		{"refresh", `<meta http-equiv="refresh" content="0;url=http://x">e`, "e"},
		{"base", `<base href="http://evil/"><p>f</p>`, "<p>f</p>"},
		{"svg script", `<svg><script>alert(1)</script><circle r="1"/></svg>`, "<circle"},
		{"svg anim", `<svg><a><set attributeName="href" to="javascript:alert(1)"/>g</a></svg>`, "g"},
		{"srcdoc", `<iframe srcdoc="<script>alert(1)</script><p onclick=x>h</p>"></iframe>`, "sandbox"},
		{"iframe src", `<iframe src="http://127.0.0.1:9/"></iframe>`, "<iframe"},
		{"text", `<p>type javascript: and onload=x here</p>`, "javascript&#58;"},
		{"csp", `<p>i</p>`, "default-src &#39;none&#39;"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := Sanitize(c.in)
			assertInert(t, out)
			if !strings.Contains(out, c.keep) {
				t.Errorf("lost %q: %s", c.keep, out)
			}
			if strings.Contains(out, `src="http`) {
				t.Errorf("iframe src kept: %s", out)
			}
		})
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		`<script>x</script>`, `<img src=x onerror=alert(1)>`, `<a href="javascript:1">`,
		`<svg><script>1</script></svg>`, `<iframe srcdoc="<script>1</script>">`,
		`<p title="a onclick=b">`, `<math><mi xlink:href="javascript:1">`, `<<script>script>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		if reBadScript.MatchString(out) || reBadHandler.MatchString(out) {
			t.Fatalf("unsafe output for %q:\n%s", in, out)
		}
	})
}
