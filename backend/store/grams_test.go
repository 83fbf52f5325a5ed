package store

import "testing"

func TestCJKGrams(t *testing.T) {
	tests := []struct{ in, want string }{
		{"网页快照", " 网页 页快 快照 "},
		{"Go 语言 guide", "Go  语言  guide"},
		{"a中b", "a 中 b"},
		{"plain english", "plain english"},
		{"ひらがな", " ひら らが がな "},
	}
	for _, tt := range tests {
		if got := CJKGrams(tt.in); got != tt.want {
			t.Errorf("CJKGrams(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !IsCJK("快照") || IsCJK("快a") || IsCJK("") {
		t.Error("IsCJK")
	}
}
