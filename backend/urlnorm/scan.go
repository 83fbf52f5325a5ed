package urlnorm

import (
	"regexp"
	"strings"

	"linksnap/backend/apperr"
)

// Line is one line of pasted text: the links found in it, or the reason
// it held none.
type Line struct {
	Number int // 1-based
	Text   string
	Links  []Link
	Err    error
}

// embedded finds http(s) URLs inside prose; the address ends at white
// space or at characters that never end a real URL in running text.
var embedded = regexp.MustCompile(`(?i)https?://[^\s<>"'“”‘’「」『』《》，。；、]+`)

// Scan reads text a person pasted, one line at a time. A line that is a
// link on its own is parsed whole; otherwise every http(s) URL inside it
// is taken; a non-blank line with neither is reported with its error.
func Scan(text string) []Line {
	var out []Line
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		out = append(out, scanLine(i+1, line))
	}
	return out
}

func scanLine(number int, line string) Line {
	result := Line{Number: number, Text: line}
	link, err := Parse(line)
	if err == nil {
		result.Links = []Link{link}
		return result
	}
	for _, m := range embedded.FindAllString(line, -1) {
		if l, perr := Parse(trimProse(m)); perr == nil {
			result.Links = append(result.Links, l)
		}
	}
	if len(result.Links) == 0 {
		result.Err = lineError(line, err)
	}
	return result
}

// lineError explains a line without links: a lone word is "not a link"
// rather than the parser's guess about it.
func lineError(line string, err error) error {
	if strings.ContainsAny(line, " \t") {
		return apperr.New(CodeNotLink, line)
	}
	return err
}

// CodeNotLink marks a line of prose that holds no link at all.
const CodeNotLink = "url.not_link"

// trimProse removes the punctuation that ends a sentence around a URL,
// and a closing bracket that has no opening one inside the URL.
func trimProse(s string) string {
	for {
		t := strings.TrimRight(s, ".,;:!?")
		if strings.HasSuffix(t, ")") && !strings.Contains(t, "(") {
			t = strings.TrimSuffix(t, ")")
		}
		if strings.HasSuffix(t, "]") && !strings.Contains(t, "[") {
			t = strings.TrimSuffix(t, "]")
		}
		if t == s {
			return s
		}
		s = t
	}
}
