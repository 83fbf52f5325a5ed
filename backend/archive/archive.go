// Package archive writes the whole library as one zip a person can open
// without Linksnap: an index.html listing every link and opening its
// archived page, the links as JSON and as browser bookmarks, and every
// snapshot's files under snapshots/.
package archive

import (
	"archive/zip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"linksnap/backend/importer"
	"linksnap/backend/links"
	"linksnap/backend/snapshots"
)

// Write writes the library whose files are in dataDir to w as a zip.
func Write(ctx context.Context, lib *links.Library, snaps *snapshots.Store, dataDir string, w io.Writer) error {
	zw := zip.NewWriter(w)
	all, err := allLinks(ctx, lib)
	if err != nil {
		return err
	}
	if err := writeIndex(ctx, zw, snaps, all, true); err != nil {
		return err
	}
	for name, format := range map[string]string{"links.json": importer.ExportJSON,
		"bookmarks.html": importer.ExportNetscape} {
		f, err := create(zw, name)
		if err != nil {
			return err
		}
		if err := importer.Export(ctx, lib, format, f); err != nil {
			return err
		}
	}
	if err := addSnapshots(ctx, zw, filepath.Join(dataDir, snapshots.Dir), dataDir); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("archive: finish zip: %w", err)
	}
	return nil
}

func create(zw *zip.Writer, name string) (io.Writer, error) {
	f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate,
		Modified: time.Now()})
	if err != nil {
		return nil, fmt.Errorf("archive: add %s: %w", name, err)
	}
	return f, nil
}

// WriteLinks writes the given links, with their snapshots, to w as a
// zip like Write's; links.json holds just these links.
func WriteLinks(ctx context.Context, lib *links.Library, snaps *snapshots.Store, dataDir string, ids []int64, w io.Writer) error {
	zw := zip.NewWriter(w)
	var chosen []links.Link
	for _, id := range ids {
		k, err := lib.Get(ctx, id)
		if err != nil {
			return err
		}
		chosen = append(chosen, k)
	}
	if err := writeIndex(ctx, zw, snaps, chosen, false); err != nil {
		return err
	}
	f, err := create(zw, "links.json")
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetIndent("", "  ")
	if err := enc.Encode(chosen); err != nil {
		return fmt.Errorf("archive: links.json: %w", err)
	}
	for _, k := range chosen {
		dir := filepath.Join(dataDir, snapshots.Dir, fmt.Sprint(k.ID))
		if err := addSnapshots(ctx, zw, dir, dataDir); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("archive: finish zip: %w", err)
	}
	return nil
}

// addSnapshots copies the snapshot folders under root, skipping the
// temporary folders of captures still being written.
func addSnapshots(ctx context.Context, zw *zip.Writer, root, dataDir string) error {
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && path == root {
				return filepath.SkipDir
			}
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if d.IsDir() && strings.Contains(d.Name(), ".part-") {
			return filepath.SkipDir
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dataDir, path)
		if err != nil {
			return err
		}
		return copyFile(zw, path, filepath.ToSlash(rel))
	})
	if err != nil {
		return fmt.Errorf("archive: snapshots: %w", err)
	}
	return nil
}

func copyFile(zw *zip.Writer, path, name string) error {
	src, err := os.Open(path)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := create(zw, name)
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	return err
}
