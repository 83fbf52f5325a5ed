package deeplink

import (
	"slices"
	"testing"

	"linksnap/backend/apperr"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Action
	}{
		{"linksnap://add?url=https%3A%2F%2Fa.example%2F&tags=a,%20b&title=Hi",
			Action{Kind: "add", URLs: []string{"https://a.example/"}, Tags: []string{"a", "b"}, Title: "Hi"}},
		{"linksnap:add?url=https://a.example/x&url=https://b.example/",
			Action{Kind: "add", URLs: []string{"https://a.example/x", "https://b.example/"}}},
		{"LINKSNAP://open?id=42", Action{Kind: "open", LinkID: 42}},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil || got.Kind != tt.want.Kind || !slices.Equal(got.URLs, tt.want.URLs) ||
			!slices.Equal(got.Tags, tt.want.Tags) || got.Title != tt.want.Title || got.LinkID != tt.want.LinkID {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"linksnap://add", "linksnap://open?id=x", "linksnap://delete?id=1", "https://a.example/"} {
		if _, err := Parse(bad); apperr.CodeOf(err) != CodeInvalid {
			t.Errorf("Parse(%q) error = %v", bad, err)
		}
	}
	link := AddLink([]string{"https://a.example/?q=1&r=2"}, []string{"x", "文档"})
	back, err := Parse(link)
	if err != nil || back.URLs[0] != "https://a.example/?q=1&r=2" || !slices.Equal(back.Tags, []string{"x", "文档"}) {
		t.Errorf("AddLink round trip: %s -> %+v %v", link, back, err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("linksnap://add?url=https://a.example/&tags=a,b")
	f.Add("linksnap://open?id=1")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err == nil && a.Kind != "add" && a.Kind != "open" {
			t.Fatalf("unknown kind %q", a.Kind)
		}
	})
}
