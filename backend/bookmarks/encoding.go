package bookmarks

import (
	"bytes"
	"regexp"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// sqliteMagic starts every SQLite database, such as places.sqlite.
var sqliteMagic = []byte("SQLite format 3\x00")

// metaCharset finds the charset an HTML file declares for itself.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([a-z0-9_-]+)`)

// Decode returns data as UTF-8. It follows a byte order mark, then a
// charset the file declares, and finally tries GB18030 (the superset of
// GBK and GB2312 that Chinese Windows tools write) for text that is not
// UTF-8. Data it cannot make sense of, and databases, are returned as
// they are, for Detect to judge.
func Decode(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return convert(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
	case bytes.HasPrefix(data, sqliteMagic):
		return data, nil
	}
	if enc := utf16NoBOM(data); enc != nil {
		return convert(enc, data)
	}
	if utf8.Valid(data) {
		return data, nil
	}
	if enc := declared(data); enc != nil {
		return convert(enc, data)
	}
	if out, err := convert(simplifiedchinese.GB18030, data); err == nil && plausible(out) {
		return out, nil
	}
	return data, nil
}

// utf16NoBOM recognises UTF-16 without a byte order mark by the zero
// high bytes of its ASCII characters.
func utf16NoBOM(data []byte) encoding.Encoding {
	if len(data) < 4 || len(data)%2 != 0 {
		return nil
	}
	switch {
	case data[0] != 0 && data[1] == 0 && data[2] != 0 && data[3] == 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case data[0] == 0 && data[1] != 0 && data[2] == 0 && data[3] != 0:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

func declared(data []byte) encoding.Encoding {
	m := metaCharset.FindSubmatch(data[:min(len(data), 2048)])
	if m == nil {
		return nil
	}
	switch string(bytes.ToLower(m[1])) {
	case "gbk", "gb2312", "gb18030", "x-gbk", "cp936":
		return simplifiedchinese.GB18030
	case "windows-1252", "iso-8859-1", "latin1":
		return charmap.Windows1252
	}
	return nil
}

func convert(enc encoding.Encoding, data []byte) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, malformed("cannot decode text: %v", err)
	}
	return out, nil
}

// plausible reports whether decoded text looks like text: no
// replacement characters and hardly any control characters.
func plausible(text []byte) bool {
	if bytes.ContainsRune(text, utf8.RuneError) {
		return false
	}
	return controlShare(text) < 0.01
}

// controlShare is the share of bytes that are control characters other
// than white space; text has almost none, binary data many.
func controlShare(data []byte) float64 {
	if len(data) == 0 {
		return 0
	}
	n := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			n++
		}
	}
	return float64(n) / float64(len(data))
}
