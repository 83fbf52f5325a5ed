package bookmarks

import (
	"bytes"
	"encoding/csv"
	"strings"
	"unicode/utf8"
)

// Format names a kind of bookmark file.
type Format string

// The formats Detect recognises.
const (
	FormatUnknown     Format = ""
	FormatNetscape    Format = "netscape"     // bookmark HTML, Pocket's HTML
	FormatChrome      Format = "chrome"       // Chrome/Edge Bookmarks JSON
	FormatFirefoxJSON Format = "firefox-json" // Firefox JSON backup
	FormatPlaces      Format = "firefox-places"
	FormatPinboard    Format = "pinboard"
	FormatLinksnap    Format = "linksnap" // our own JSON export
	FormatCSV         Format = "csv"      // Pocket, Raindrop, our export
	FormatText        Format = "text"
)

// sniffLen is how much of a file Detect looks at.
const sniffLen = 8192

// Detect tells the format of data, which Decode has made UTF-8, from its
// content alone: file names lie, and the inbox sees files without one.
func Detect(data []byte) Format {
	if bytes.HasPrefix(data, sqliteMagic) {
		return FormatPlaces
	}
	head := data[:min(len(data), sniffLen)]
	if !looksLikeText(head) {
		return FormatUnknown
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return FormatText
	case trimmed[0] == '{' || trimmed[0] == '[':
		return detectJSON(trimmed)
	case isHTML(trimmed):
		return FormatNetscape
	case isCSVHeader(trimmed):
		return FormatCSV
	}
	return FormatText
}

// looksLikeText rejects binary data: invalid UTF-8 (allowing a rune cut
// at the end of the sample) or control characters.
func looksLikeText(head []byte) bool {
	valid := head
	for i := 0; i < utf8.UTFMax && len(valid) > 0 && !utf8.Valid(valid); i++ {
		valid = valid[:len(valid)-1]
	}
	return utf8.Valid(valid) && controlShare(head) < 0.01 &&
		!bytes.ContainsRune(head, 0)
}

func detectJSON(head []byte) Format {
	has := func(s string) bool { return bytes.Contains(head, []byte(s)) }
	switch {
	case head[0] == '{' && has(`"roots"`):
		return FormatChrome
	case head[0] == '{' && (has(`"typeCode"`) || has(`"placesRoot"`)):
		return FormatFirefoxJSON
	case head[0] == '{' && has(`"linksnap"`):
		return FormatLinksnap
	case head[0] == '[' && has(`"href"`):
		return FormatPinboard
	case bytes.Equal(bytes.TrimSpace(head), []byte("[]")):
		return FormatPinboard
	}
	return FormatUnknown
}

func isHTML(head []byte) bool {
	lower := strings.ToLower(string(head[:min(len(head), 1024)]))
	for _, p := range []string{"<!doctype netscape", "<!doctype html", "<html", "<dl", "<dt>", "<a href"} {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// isCSVHeader reports whether the first line is a CSV header naming a
// column of links.
func isCSVHeader(head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	if !bytes.ContainsRune(line, ',') {
		return false
	}
	fields, err := csv.NewReader(bytes.NewReader(line)).Read()
	if err != nil {
		return false
	}
	for _, f := range fields {
		if _, ok := urlColumns[strings.ToLower(strings.TrimSpace(f))]; ok {
			return true
		}
	}
	return false
}
