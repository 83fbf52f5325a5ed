package bookmarks

import (
	"fmt"
	"io"
	"os"
)

// ReadFile reads a bookmark file, refusing one larger than MaxSize
// before reading it.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bookmarks: open: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("bookmarks: stat: %w", err)
	}
	if info.Size() > MaxSize {
		return nil, tooLarge(info.Size())
	}
	return ReadAll(f)
}

// ReadAll reads r to its end, or fails with CodeTooLarge as soon as it
// has read more than MaxSize bytes.
func ReadAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("bookmarks: read: %w", err)
	}
	if len(data) > MaxSize {
		return nil, tooLarge(int64(len(data)))
	}
	return data, nil
}
