package cli

// messages are the terminal's wording for error codes; the window's
// translations live in the frontend locale files.
var messages = map[string]string{
	"url.empty":           "empty link",
	"url.too_long":        "link is too long",
	"url.scheme":          "only http and https links can be saved, not",
	"url.malformed":       "not a valid link",
	"url.no_host":         "link has no host",
	"url.not_link":        "no link in this line",
	"link.not_found":      "no such link",
	"link.title_too_long": "title is too long",
	"link.notes_too_long": "notes are too long",
	"tag.not_found":       "no such tag",
	"tag.empty":           "tag name is empty",
	"tag.too_long":        "tag name is too long (64 characters at most)",
	"tag.comma":           "tag names cannot contain commas",
	"tag.exists":          "a tag with this name already exists (use tag merge)",
	"tag.bad_color":       "colour must be #rrggbb",
	"settings.invalid":    "unknown setting value",
}
