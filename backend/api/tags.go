package api

import "linksnap/backend/links"

// Tags is the window's access to the tags.
type Tags struct {
	appContext
	lib *links.Library
}

// NewTags binds the library's tags.
func NewTags(lib *links.Library) *Tags { return &Tags{lib: lib} }

// List returns every tag with its count.
func (s *Tags) List() ([]links.Tag, error) { return s.lib.Tags(s.get()) }

// Rename renames a tag; the error code tag.exists means "merge instead?".
func (s *Tags) Rename(id int64, name string) (links.Tag, error) {
	return s.lib.RenameTag(s.get(), id, name)
}

// Merge moves every link of one tag to another and deletes the first.
func (s *Tags) Merge(from, into int64) (links.Tag, error) {
	return s.lib.MergeTag(s.get(), from, into)
}

// SetColor sets a tag's colour ("" or "#rrggbb").
func (s *Tags) SetColor(id int64, color string) (links.Tag, error) {
	return s.lib.SetTagColor(s.get(), id, color)
}

// Delete deletes a tag, keeping its links.
func (s *Tags) Delete(id int64) error { return s.lib.DeleteTag(s.get(), id) }
