package urlnorm

import (
	"strings"
	"testing"

	"linksnap/backend/apperr"
)

func TestParseNormalizes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com", "https://example.com/"},
		{"HTTPS://Example.COM/", "https://example.com/"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"https://example.com:8443/a", "https://example.com:8443/a"},
		{"https://example.com/a/", "https://example.com/a/"},
		{"https://example.com/a#section", "https://example.com/a"},
		{"https://example.com/#/route/1", "https://example.com/#/route/1"},
		{"https://example.com/?b=2&a=1", "https://example.com/?a=1&b=2"},
		{"https://example.com/?utm_source=x&id=7&fbclid=y&gclid=z", "https://example.com/?id=7"},
		{"https://example.com/?UTM_Medium=x", "https://example.com/"},
		{"https://example.com/?a=2&a=1", "https://example.com/?a=2&a=1"},
		{"example.com/docs", "https://example.com/docs"},
		{"  https://example.com/x  ", "https://example.com/x"},
		{"https://例子.测试/路径", "https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84"},
		{"http://[::1]:8080/", "http://[::1]:8080/"},
		{"https://example.com./", "https://example.com/"},
		{"https://example.com/a%2Fb", "https://example.com/a%2Fb"},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", tt.in, err)
			continue
		}
		if got.Normalized != tt.want {
			t.Errorf("Parse(%q) = %q, want %q", tt.in, got.Normalized, tt.want)
		}
		if want := withScheme(strings.TrimSpace(tt.in)); got.Original != want {
			t.Errorf("Parse(%q) original = %q", tt.in, got.Original)
		}
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct{ in, code string }{
		{"", CodeEmpty},
		{"   ", CodeEmpty},
		{"javascript:alert(1)", CodeScheme},
		{"JavaScript:alert(1)", CodeScheme},
		{"file:///etc/passwd", CodeScheme},
		{"ftp://example.com/file", CodeScheme},
		{"data:text/html,hi", CodeScheme},
		{"https://", CodeNoHost},
		{"http:///path", CodeNoHost},
		{"https://exa mple.com", CodeMalformed},
		{"hello", CodeMalformed},
		{"https://example.com:99999/", CodeMalformed},
		{"https://example.com/" + strings.Repeat("a", MaxLength), CodeTooLong},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if got := apperr.CodeOf(err); got != tt.code {
			t.Errorf("Parse(%q) code = %q, want %q (err %v)", tt.in, got, tt.code, err)
		}
	}
}

func TestDomain(t *testing.T) {
	l, err := Parse("https://WWW.Example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	if l.Domain != "example.com" {
		t.Errorf("domain = %q", l.Domain)
	}
}

func TestScan(t *testing.T) {
	text := "https://a.example/1\n\nsee https://b.example/2, and (https://c.example/3).\nnot a link here\nftp://x.example\n中文说明 https://d.example/路径。"
	lines := Scan(text)
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want 5: %+v", len(lines), lines)
	}
	var urls []string
	for _, l := range lines {
		for _, k := range l.Links {
			urls = append(urls, k.Normalized)
		}
	}
	want := []string{"https://a.example/1", "https://b.example/2", "https://c.example/3", "https://d.example/%E8%B7%AF%E5%BE%84"}
	if strings.Join(urls, " ") != strings.Join(want, " ") {
		t.Errorf("urls = %v, want %v", urls, want)
	}
	if lines[2].Number != 4 || apperr.CodeOf(lines[2].Err) != CodeNotLink {
		t.Errorf("line 4 = %+v", lines[2])
	}
	if apperr.CodeOf(lines[3].Err) != CodeScheme {
		t.Errorf("ftp line = %+v", lines[3])
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"https://example.com/?utm_source=a&b=1#x", "example.com", "http://[::1]:80/", "javascript:x", "https://例子.测试/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Parse(s)
		if err != nil {
			return
		}
		if !strings.HasPrefix(l.Normalized, "http://") && !strings.HasPrefix(l.Normalized, "https://") {
			t.Fatalf("Parse(%q) gave non-http %q", s, l.Normalized)
		}
		again, err := Parse(l.Normalized)
		if err != nil {
			t.Fatalf("normal form %q of %q does not parse: %v", l.Normalized, s, err)
		}
		if again.Normalized != l.Normalized {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, l.Normalized, again.Normalized)
		}
	})
}
