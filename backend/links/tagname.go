package links

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"linksnap/backend/apperr"
)

// MaxTagLength is the longest tag name, in characters.
const MaxTagLength = 64

// CleanTagName trims a tag name and folds runs of white space into one
// space. Commas are refused because the command line and linksnap://
// links separate tags with them.
func CleanTagName(name string) (string, error) {
	clean := strings.Join(strings.FieldsFunc(name, unicode.IsSpace), " ")
	clean = strings.Map(dropControl, clean)
	switch {
	case clean == "":
		return "", apperr.New(CodeTagEmpty, "")
	case utf8.RuneCountInString(clean) > MaxTagLength:
		return "", apperr.New(CodeTagTooLong, clean)
	case strings.ContainsAny(clean, ",，"):
		return "", apperr.New(CodeTagComma, clean)
	}
	return clean, nil
}

func dropControl(r rune) rune {
	if unicode.IsControl(r) {
		return -1
	}
	return r
}

// tagKey is what makes two tag names the same tag.
func tagKey(name string) string { return strings.ToLower(name) }

// cleanTagNames cleans every name and drops repeats, keeping the first
// spelling given.
func cleanTagNames(names []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		clean, err := CleanTagName(n)
		if err != nil {
			return nil, err
		}
		if key := tagKey(clean); !seen[key] {
			seen[key] = true
			out = append(out, clean)
		}
	}
	return out, nil
}

// validColor accepts "" (no colour) or a #rrggbb hex colour.
func validColor(c string) bool {
	if c == "" {
		return true
	}
	if len(c) != 7 || c[0] != '#' {
		return false
	}
	for _, r := range c[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}
