package importer

import (
	"context"

	"linksnap/backend/bookmarks"
	"linksnap/backend/links"
)

// ImportFile imports the bookmark file at path, refusing one larger than
// bookmarks.MaxSize before reading it. It suits the inbox watcher's
// handler and dropped files.
func ImportFile(ctx context.Context, lib *links.Library, path string, opts Options) (Result, error) {
	data, err := bookmarks.ReadFile(path)
	if err != nil {
		return Result{}, err
	}
	return Import(ctx, lib, data, opts)
}
