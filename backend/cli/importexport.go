package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"linksnap/backend/archive"
	"linksnap/backend/bookmarks"
	"linksnap/backend/importer"
	"linksnap/backend/snapshots"
)

// runImport previews a bookmark file, then imports it unless --dry-run.
func runImport(ctx context.Context, s Streams, args []string) int {
	fs := newFlags("import", s)
	var tags stringList
	fs.Var(&tags, "tag", "tag to put on every imported link (repeatable)")
	dryRun := fs.Bool("dry-run", false, "only show what would be imported")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(rest) != 1 {
		return usageError(s, "import needs one file (- reads standard input)")
	}
	data, err := readImport(s, rest[0])
	if err != nil {
		return fail(s, err)
	}
	lib, closer, err := openLibrary(ctx)
	if err != nil {
		return fail(s, err)
	}
	defer closer.Close()

	sum, err := importer.Preview(ctx, lib, data, tags)
	if err != nil {
		return fail(s, err)
	}
	if *dryRun {
		return reportPreview(s, sum, *asJSON)
	}
	if !*asJSON {
		printPreview(s.Err, sum)
	}
	res, err := importer.Import(ctx, lib, data, importer.Options{Tags: tags})
	if err != nil {
		return fail(s, err)
	}
	return reportImport(s, res, *asJSON)
}

func readImport(s Streams, name string) ([]byte, error) {
	if name == "-" {
		return bookmarks.ReadAll(s.In)
	}
	return bookmarks.ReadFile(name)
}

func reportPreview(s Streams, sum importer.Summary, asJSON bool) int {
	if asJSON {
		if err := writeJSON(s.Out, sum); err != nil {
			return fail(s, err)
		}
		return exitOK
	}
	printPreview(s.Out, sum)
	return exitOK
}

func printPreview(w io.Writer, sum importer.Summary) {
	fmt.Fprintf(w, "%s file: %d entries, %d new, %d already saved, %d not links\n",
		sum.Format, sum.Total, sum.New, sum.Duplicates, sum.Invalid)
	if len(sum.Tags) > 0 {
		fmt.Fprintf(w, "tags: %s\n", strings.Join(sum.Tags, ", "))
	}
	for _, r := range sum.Rejected {
		fmt.Fprintf(w, "skipped: %s: %s\n", messageFor(r.Code), r.URL)
	}
	if sum.Invalid > len(sum.Rejected) {
		fmt.Fprintf(w, "... and %d more entries that are not links\n",
			sum.Invalid-len(sum.Rejected))
	}
}

func reportImport(s Streams, res importer.Result, asJSON bool) int {
	if asJSON {
		if err := writeJSON(s.Out, res); err != nil {
			return fail(s, err)
		}
		return exitOK
	}
	fmt.Fprintf(s.Out, "imported %d new links, %d already saved (tags added), %d skipped\n",
		res.Added, res.Duplicates, res.Invalid)
	return exitOK
}

// runExport writes the whole library to a file, or to standard output
// when the file is "-".
func runExport(ctx context.Context, s Streams, args []string) int {
	fs := newFlags("export", s)
	format := fs.String("format", "", "netscape, json, csv or zip (default: from the file name)")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(rest) != 1 {
		return usageError(s, "export needs one file (- writes standard output)")
	}
	if *format == "" {
		*format = formatFromName(rest[0])
	}
	switch *format {
	case importer.ExportNetscape, importer.ExportJSON, importer.ExportCSV, formatZip:
	default:
		return usageError(s, "export --format must be netscape, json, csv or zip")
	}
	lib, err := openStore(ctx)
	if err != nil {
		return fail(s, err)
	}
	defer lib.Close()

	write := func(w io.Writer) error {
		if *format == formatZip {
			return archive.Write(ctx, lib.Library, snapshots.New(lib.db, lib.dir), lib.dir, w)
		}
		return importer.Export(ctx, lib.Library, *format, w)
	}
	if rest[0] == "-" {
		err = write(s.Out)
	} else {
		err = writeFileAtomic(rest[0], write)
	}
	if err != nil {
		return fail(s, err)
	}
	return exitOK
}

// formatZip exports the library with its snapshot files (see archive).
const formatZip = "zip"

func formatFromName(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return importer.ExportJSON
	case ".csv":
		return importer.ExportCSV
	case ".zip":
		return formatZip
	}
	return importer.ExportNetscape
}

// writeFileAtomic writes a file under a temporary name and renames it,
// so a failed export never leaves half a file where the person expects
// a whole one.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cli: export: %w", err)
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cli: export: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("cli: export: %w", err)
	}
	return nil
}
