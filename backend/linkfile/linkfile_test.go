package linkfile

import (
	"testing"

	"howett.net/plist"

	"linksnap/backend/apperr"
)

func TestURL(t *testing.T) {
	binary, err := plist.Marshal(map[string]string{"URL": "https://bin.example/"}, plist.BinaryFormat)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, data, want string
	}{
		{"Go.url", "\xef\xbb\xbf[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\nURL=https://go.dev/doc/\r\nIconIndex=0\r\n", "https://go.dev/doc/"},
		{"page.webloc", `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>URL</key><string>https://xml.example/a?b=1&amp;c=2</string></dict></plist>`, "https://xml.example/a?b=1&c=2"},
		{"bin.WEBLOC", string(binary), "https://bin.example/"},
		{"site.desktop", "[Desktop Entry]\nEncoding=UTF-8\nName=站点\nType=Link\nURL=https://zh.example/\nIcon=text-html\n", "https://zh.example/"},
	}
	for _, tt := range tests {
		got, err := URL(tt.name, []byte(tt.data))
		if err != nil || got != tt.want {
			t.Errorf("URL(%s) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	for _, bad := range []struct{ name, data string }{
		{"empty.url", "[InternetShortcut]\n"},
		{"junk.webloc", "\x00\x01garbage"},
		{"app.desktop", "[Desktop Entry]\nType=Application\nExec=foo\n"},
	} {
		if _, err := URL(bad.name, []byte(bad.data)); apperr.CodeOf(err) != CodeNoURL {
			t.Errorf("URL(%s) error = %v", bad.name, err)
		}
	}
}

func FuzzURL(f *testing.F) {
	f.Add("a.url", "[InternetShortcut]\nURL=https://a.example/")
	f.Add("a.webloc", "<plist><dict><key>URL</key><string>x</string></dict></plist>")
	f.Fuzz(func(t *testing.T, name, data string) {
		URL(name, []byte(data)) // must not panic
	})
}
