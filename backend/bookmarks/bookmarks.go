// Package bookmarks reads the bookmark files that browsers and bookmark
// services export, and writes Linksnap's own exports. Parsers are pure:
// they take bytes and return bookmarks, never touching the library.
package bookmarks

import (
	"context"
	"fmt"
	"time"

	"linksnap/backend/apperr"
)

// Error codes, translated by the frontend under "errors.".
const (
	CodeUnknownFormat = "import.unknown_format"
	CodeEmpty         = "import.empty"
	CodeTooLarge      = "import.too_large"
	CodeMalformed     = "import.malformed"
)

// MaxSize is the largest file accepted, in bytes. The biggest real
// exports (100,000 bookmarks with descriptions) are around 50 MB.
const MaxSize = 200 << 20

// maxFolderDepth is how many folder names a bookmark keeps. Deeper
// nesting is still read, iteratively, but only the outer folders are
// remembered, so a hostile file cannot make every bookmark carry
// thousands of names.
const maxFolderDepth = 32

// Bookmark is one link read from a file.
type Bookmark struct {
	URL         string    `json:"url"`
	Title       string    `json:"title"`
	Tags        []string  `json:"tags"`
	Description string    `json:"description"`
	AddedAt     time.Time `json:"addedAt"` // zero when the file does not say
	// Folder is the path of folders the person made, outermost first.
	// A browser's own roots ("Bookmarks bar", "Other bookmarks",
	// "Bookmarks Menu") are left out: they say nothing about the link.
	Folder []string `json:"folder"`
}

// Parse reads a file of any supported format, found from its content.
// It fails with CodeEmpty when the file holds no bookmark at all.
func Parse(ctx context.Context, data []byte) (Format, []Bookmark, error) {
	if len(data) > MaxSize {
		return FormatUnknown, nil, tooLarge(int64(len(data)))
	}
	text, err := Decode(data)
	if err != nil {
		return FormatUnknown, nil, err
	}
	format := Detect(text)
	found, err := parseAs(ctx, format, text)
	if err != nil {
		return format, nil, err
	}
	if len(found) == 0 {
		return format, nil, apperr.New(CodeEmpty, string(format))
	}
	return format, found, nil
}

func parseAs(ctx context.Context, format Format, data []byte) ([]Bookmark, error) {
	switch format {
	case FormatNetscape:
		return ParseNetscape(data)
	case FormatChrome:
		return ParseChrome(data)
	case FormatFirefoxJSON:
		return ParseFirefoxJSON(data)
	case FormatPlaces:
		return ParsePlaces(ctx, data)
	case FormatPinboard:
		return ParsePinboard(data)
	case FormatLinksnap:
		return ParseLinksnap(data)
	case FormatCSV:
		return ParseCSV(data)
	case FormatText:
		return ParseText(data), nil
	}
	return nil, apperr.New(CodeUnknownFormat, "")
}

func tooLarge(size int64) error {
	return apperr.New(CodeTooLarge, fmt.Sprintf("%d MB, at most %d MB",
		size>>20, MaxSize>>20))
}

func malformed(format string, args ...any) error {
	return apperr.New(CodeMalformed, fmt.Sprintf(format, args...))
}

// limitFolder copies path, keeping at most maxFolderDepth names.
func limitFolder(path []string) []string {
	if len(path) == 0 {
		return nil
	}
	n := min(len(path), maxFolderDepth)
	return append([]string(nil), path[:n]...)
}
