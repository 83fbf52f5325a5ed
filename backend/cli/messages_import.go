package cli

// init adds the terminal's wording for the import and export codes.
func init() {
	for code, msg := range map[string]string{
		"import.unknown_format": "not a bookmark file Linksnap can read",
		"import.empty":          "the file holds no bookmarks",
		"import.too_large":      "the file is too large",
		"import.malformed":      "the file is damaged or cut short",
		"export.unknown_format": "unknown export format",
	} {
		messages[code] = msg
	}
}
