package store

import (
	"database/sql"
	"strings"
	"unicode"

	"github.com/mattn/go-sqlite3"
)

// driverName is the SQLite driver with Linksnap's SQL functions.
const driverName = "sqlite3_linksnap"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{
		ConnectHook: func(conn *sqlite3.SQLiteConn) error {
			return conn.RegisterFunc("cjk_grams", CJKGrams, true)
		},
	})
}

// CJKGrams rewrites text for the links_grams index: every run of Chinese,
// Japanese or Korean characters becomes its overlapping two-character
// pieces ("网页快照" -> "网页 页快 快照"), and everything else stays. The
// trigram index cannot look up a two-character word, the most common
// length in Chinese; with this, the word tokenizer finds it as a token.
func CJKGrams(text string) string {
	var b strings.Builder
	var run []rune
	flush := func() {
		writeGrams(&b, run)
		run = run[:0]
	}
	for _, r := range text {
		if isCJK(r) {
			run = append(run, r)
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

func writeGrams(b *strings.Builder, run []rune) {
	switch len(run) {
	case 0:
		return
	case 1:
		b.WriteString(" " + string(run) + " ")
		return
	}
	b.WriteByte(' ')
	for i := 0; i+1 < len(run); i++ {
		b.WriteString(string(run[i : i+2]))
		b.WriteByte(' ')
	}
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// IsCJK reports whether every character of s is Chinese, Japanese or
// Korean.
func IsCJK(s string) bool {
	for _, r := range s {
		if !isCJK(r) {
			return false
		}
	}
	return s != ""
}
