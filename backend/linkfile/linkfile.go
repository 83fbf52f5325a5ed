// Package linkfile reads the small files desktops save a single link in:
// Windows .url, macOS .webloc (XML or binary property list) and Linux
// .desktop files of Type=Link.
package linkfile

import (
	"bufio"
	"bytes"
	"path/filepath"
	"strings"

	"howett.net/plist"

	"linksnap/backend/apperr"
)

// CodeNoURL marks a link file that holds no URL.
const CodeNoURL = "linkfile.no_url"

// MaxSize is the largest link file read; real ones are a few hundred bytes.
const MaxSize = 64 << 10

// Is reports whether name has the extension of a link file.
func Is(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".url", ".webloc", ".desktop":
		return true
	}
	return false
}

// URL returns the link saved in a link file named name with content data.
func URL(name string, data []byte) (string, error) {
	var u string
	switch strings.ToLower(filepath.Ext(name)) {
	case ".url":
		u = iniValue(data, "InternetShortcut", "URL")
	case ".desktop":
		u = iniValue(data, "Desktop Entry", "URL")
	case ".webloc":
		u = weblocURL(data)
	}
	if u == "" {
		return "", apperr.New(CodeNoURL, filepath.Base(name))
	}
	return u, nil
}

// iniValue finds key in [section] of an INI-style file, as .url and
// .desktop files are.
func iniValue(data []byte, section, key string) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	in := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			in = strings.EqualFold(strings.Trim(line, "[]"), section)
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if in && ok && strings.EqualFold(strings.TrimSpace(k), key) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func weblocURL(data []byte) string {
	var doc struct {
		URL string `plist:"URL"`
	}
	if _, err := plist.Unmarshal(data, &doc); err != nil {
		return ""
	}
	return strings.TrimSpace(doc.URL)
}
