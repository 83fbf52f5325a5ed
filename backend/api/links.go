package api

import (
	"linksnap/backend/links"
)

// Links is the window's access to the library's links.
type Links struct {
	appContext
	lib     *links.Library
	onAdded func(ids []int64)
}

// NewLinks binds the library; onAdded hears of every new link (to queue
// its capture). Start gives it the app's context.
func NewLinks(lib *links.Library, onAdded func(ids []int64)) *Links {
	return &Links{lib: lib, onAdded: onAdded}
}

// AddText adds every link in text (typed, pasted, dropped), with tags.
func (s *Links) AddText(text string, tags []string) (links.AddSummary, error) {
	sum, err := s.lib.AddText(s.get(), text, tags)
	if len(sum.NewIDs) > 0 {
		s.onAdded(sum.NewIDs)
	}
	return sum, err
}

// List returns one page of links matching q.
func (s *Links) List(q links.Query) (links.Page, error) {
	return s.lib.List(s.get(), q)
}

// IDs returns the ids of every link matching q, for "select all".
func (s *Links) IDs(q links.Query) ([]int64, error) {
	return s.lib.IDs(s.get(), q)
}

// Get returns one link.
func (s *Links) Get(id int64) (links.Link, error) {
	return s.lib.Get(s.get(), id)
}

// Edit sets a link's title and notes.
func (s *Links) Edit(id int64, title, notes string) (links.Link, error) {
	return s.lib.Edit(s.get(), id, title, notes)
}

// SetFavorite marks or unmarks a favourite.
func (s *Links) SetFavorite(id int64, favorite bool) (links.Link, error) {
	return s.lib.SetFavorite(s.get(), id, favorite)
}

// Delete hides links; Restore can bring them back for a short while.
func (s *Links) Delete(ids []int64) (int, error) {
	return s.lib.Delete(s.get(), ids)
}

// Restore undoes a recent Delete.
func (s *Links) Restore(ids []int64) (int, error) {
	return s.lib.Restore(s.get(), ids)
}

// AddTags puts tags on links.
func (s *Links) AddTags(ids []int64, names []string) error {
	return s.lib.AddTags(s.get(), ids, names)
}

// RemoveTags takes tags off links.
func (s *Links) RemoveTags(ids []int64, names []string) error {
	return s.lib.RemoveTags(s.get(), ids, names)
}

// Stats counts links for the sidebar.
func (s *Links) Stats() (links.Stats, error) {
	return s.lib.Stats(s.get())
}
