package bookmarks

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"linksnap/backend/apperr"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		data string
		want Format
	}{
		{"<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>", FormatNetscape},
		{"<dl><dt><a href='https://x.org'>x</a>", FormatNetscape},
		{"  \n{\"checksum\": \"x\", \"roots\": {}}", FormatChrome},
		{`{"guid":"root________","typeCode":2,"children":[]}`, FormatFirefoxJSON},
		{`[{"href":"https://x.org","description":"x"}]`, FormatPinboard},
		{`{"format": "linksnap", "links": []}`, FormatLinksnap},
		{"title,url,time_added,tags,status\n", FormatCSV},
		{"URL,Title\nhttps://x.org,x\n", FormatCSV},
		{"https://x.org\nhttps://y.org\n", FormatText},
		{"a, b, c\n", FormatText},
		{`{"some": "json"}`, FormatUnknown},
		{"\x00\x01\x02binary", FormatUnknown},
		{"SQLite format 3\x00rest", FormatPlaces},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.data)); got != tt.want {
			t.Errorf("Detect(%.30q) = %q, want %q", tt.data, got, tt.want)
		}
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		file, url, title string
	}{
		{"gbk.html", "https://www.runoob.com/go/go-tutorial.html", "Go 语言教程 | 菜鸟教程"},
		{"gb18030_list.txt", "https://www.zhihu.com/", ""},
		{"utf16le_list.txt", "https://example.com/a", ""},
		{"utf16be_export.html", "https://pkg.go.dev/net/http", "http package - net/http - Go Packages"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, got, err := parseFile(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range got {
				if b.URL == tt.url && b.Title == tt.title {
					return
				}
			}
			t.Errorf("no %s %q in %+v", tt.url, tt.title, got)
		})
	}
}

func TestGBKFolderAndDescription(t *testing.T) {
	_, got, err := parseFile(t, "gbk.html")
	if err != nil {
		t.Fatal(err)
	}
	check(t, got[0], want{url: "https://www.runoob.com/go/go-tutorial.html",
		folder: []string{"技术文档"}, desc: "入门好材料"})
	check(t, got[1], want{url: "https://www.baidu.com/", title: "百度一下，你就知道"})
}

func TestTooLarge(t *testing.T) {
	r := io.LimitReader(zeros{}, MaxSize+10)
	if _, err := ReadAll(r); apperr.CodeOf(err) != CodeTooLarge {
		t.Fatalf("ReadAll = %v", err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestDeepNesting parses 10,000 nested folders in every tree format:
// nothing may recurse that deep, and the folder path stays short.
func TestDeepNesting(t *testing.T) {
	const depth = 10000
	var html bytes.Buffer
	html.WriteString("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n")
	for i := 0; i < depth; i++ {
		html.WriteString("<DT><H3>f</H3>\n<DL><p>\n")
	}
	html.WriteString(`<DT><A HREF="https://deep.example/">deep</A>` + "\n")
	html.WriteString(strings.Repeat("</DL><p>\n", depth+1))

	chrome := `{"roots":{"other":` + strings.Repeat(`{"type":"folder","name":"f","children":[`, depth) +
		`{"type":"url","url":"https://deep.example/","name":"deep"}` + strings.Repeat("]}", depth) + `}}`
	firefox := strings.Repeat(`{"typeCode":2,"title":"f","children":[`, depth) +
		`{"typeCode":1,"uri":"https://deep.example/"}` + strings.Repeat("]}", depth)

	for name, data := range map[string]string{"netscape": html.String(), "chrome": chrome, "firefox": firefox} {
		t.Run(name, func(t *testing.T) {
			_, got, err := Parse(context.Background(), []byte(data))
			if name != "netscape" && apperr.CodeOf(err) == CodeMalformed {
				return // encoding/json refuses nesting this deep: a clear error is fine
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].URL != "https://deep.example/" || len(got[0].Folder) != maxFolderDepth {
				t.Fatalf("got %d bookmarks, folder depth %d", len(got), len(got[0].Folder))
			}
		})
	}
}

func TestNetscapeQuirks(t *testing.T) {
	data := `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<dl><p>
<dt><h3 personal_toolbar_folder="true">Toolbar</h3>
<dl>
<dt><a href="https://a.example/" add_date="1600000000000" tags="X,y">A &#x4E2D; &eacute;</a>
<dd>multi
line note
<DT><A HREF="https://b.example/">B
</dl>
<DT><H3>Folder, with comma</H3><DD>about the folder
<DL><p><DT><A HREF="https://c.example/" ADD_DATE="garbage">C</A></DL>
</dl>`
	_, got, err := Parse(context.Background(), []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %+v", got)
	}
	check(t, got[0], want{url: "https://a.example/", title: "A 中 é", tags: []string{"X", "y"},
		desc: "multi\nline note", added: 1600000000, folder: []string{}})
	check(t, got[1], want{url: "https://b.example/", title: "B"})
	check(t, got[2], want{url: "https://c.example/", folder: []string{"Folder, with comma"}})
	if !got[2].AddedAt.IsZero() {
		t.Errorf("bad ADD_DATE read as %v", got[2].AddedAt)
	}
}

func TestWriteNetscapeRoundTrip(t *testing.T) {
	in := []Bookmark{
		{URL: "https://a.example/?q=1&r=\"2\"", Title: `<script>alert("x")</script> & co`,
			Tags: []string{"技术", "go"}, Description: "line 1\nline <2>"},
		{URL: "https://b.example/"},
	}
	var buf bytes.Buffer
	w, err := NewNetscapeWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range in {
		if err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<script>") {
		t.Fatalf("title not escaped:\n%s", buf.String())
	}
	format, got, err := Parse(context.Background(), buf.Bytes())
	if err != nil || format != FormatNetscape || len(got) != 2 {
		t.Fatalf("Parse = %q, %+v, %v", format, got, err)
	}
	check(t, got[0], want{url: in[0].URL, title: in[0].Title, tags: in[0].Tags, desc: in[0].Description})
	check(t, got[1], want{url: in[1].URL, title: in[1].URL})
}
