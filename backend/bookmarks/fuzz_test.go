package bookmarks

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// seed adds every fixture to a fuzz corpus.
func seed(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
}

func FuzzNetscape(f *testing.F) {
	seed(f)
	f.Add([]byte("<DL><DT><H3>a</H3><DL><DT><A HREF=x>y</A><DD>z</DL></DL>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseNetscape(data)
	})
}

func FuzzChromeJSON(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseChrome(data)
	})
}

func FuzzFirefoxJSON(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseFirefoxJSON(data)
		ParsePinboard(data)
		ParseLinksnap(data)
	})
}

func FuzzCSV(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseCSV(data)
		ParseText(data)
	})
}

// FuzzDetect runs the whole path a dropped file takes: decoding,
// detection and parsing. Databases are left to the places test.
func FuzzDetect(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, sqliteMagic) {
			return
		}
		Decode(data)
		Detect(data)
		Parse(context.Background(), data)
	})
}
