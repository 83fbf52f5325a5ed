// Package cli is Linksnap's command line: the same binary as the app,
// working on the same library from a terminal.
package cli

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"linksnap/backend/apperr"
	"linksnap/backend/buildinfo"
	"linksnap/backend/config"
	"linksnap/backend/links"
	"linksnap/backend/store"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

type command struct {
	run     func(ctx context.Context, s Streams, args []string) int
	summary string
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"add":     {runAdd, "add [--tag T]... [--wait] [--no-capture] URL... | -    add links and capture them (- reads standard input)"},
		"list":    {runList, "list [--tag T]... [--any] [--domain D] [--limit N] [--json]"},
		"search":  {runSearch, "search QUERY [--limit N] [--json]    full-text search"},
		"tag":     {runTag, "tag list|add|remove|rename|merge|color|delete ...    see linksnap tag help"},
		"import":  {runImport, "import [--tag T]... [--dry-run] [--json] FILE    import bookmarks (browser exports, Pocket, Pinboard, Raindrop, lists)"},
		"export":  {runExport, "export --format netscape|json|csv|zip FILE    export the library (zip: with every snapshot; - for standard output)"},
		"capture": {runCapture, "capture --out DIR [--json] [--timeout D] URL    snapshot one page, no library"},
		"help":    {runHelp, "help    show this help"},
		"version": {runVersion, "version    show the version"},
	}
}

// IsCommand reports whether args ask for the command line rather than
// the window: a known command, possibly after --data-dir, or a version
// or help flag.
func IsCommand(args []string) bool {
	rest := skipGlobal(args)
	if len(rest) == 0 {
		return false
	}
	switch rest[0] {
	case "--version", "-version", "-v", "--help", "-help", "-h":
		return true
	}
	// A bare word is meant as a command, even a misspelt one: it gets a
	// usage error rather than a window. URLs and paths open the window,
	// which adds them.
	_, ok := commands[rest[0]]
	return ok || isWord(rest[0])
}

func isWord(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' && s[0] != '-') {
			return false
		}
	}
	return s != ""
}

// DataDirFlag returns the value of --data-dir among args, or "".
func DataDirFlag(args []string) string {
	for i, a := range args {
		if v, ok := strings.CutPrefix(strings.TrimLeft(a, "-"), "data-dir="); ok && strings.HasPrefix(a, "-") {
			return v
		}
		if (a == "--data-dir" || a == "-data-dir") && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// skipGlobal drops a leading --data-dir flag and its value.
func skipGlobal(args []string) []string {
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--data-dir" || a == "-data-dir":
			if len(args) < 2 {
				return nil
			}
			args = args[2:]
		case strings.HasPrefix(a, "--data-dir=") || strings.HasPrefix(a, "-data-dir="):
			args = args[1:]
		default:
			return args
		}
	}
	return args
}

// Main runs the command in args and returns the process exit code.
func Main(ctx context.Context, args []string, s Streams) int {
	rest := skipGlobal(args)
	if len(rest) == 0 {
		return runHelp(ctx, s, nil)
	}
	switch rest[0] {
	case "--version", "-version", "-v":
		return runVersion(ctx, s, nil)
	case "--help", "-help", "-h":
		return runHelp(ctx, s, nil)
	}
	cmd, ok := commands[rest[0]]
	if !ok {
		fmt.Fprintf(s.Err, "linksnap: unknown command %q (see linksnap help)\n", rest[0])
		return exitUsage
	}
	return cmd.run(withDataDir(ctx, DataDirFlag(args)), s, rest[1:])
}

func runHelp(_ context.Context, s Streams, _ []string) int {
	fmt.Fprintln(s.Out, "Linksnap keeps web pages. Without arguments it opens the window.")
	fmt.Fprintln(s.Out, "\nUsage: linksnap [--data-dir DIR] COMMAND [ARGS]")
	for _, name := range []string{"add", "list", "search", "tag", "import", "export", "capture", "version", "help"} {
		fmt.Fprintln(s.Out, "  linksnap "+commands[name].summary)
	}
	fmt.Fprintf(s.Out, "\nThe library lives in --data-dir, else $%s, else the platform's data folder.\n",
		config.EnvDataDir)
	fmt.Fprintln(s.Out, "Exit status: 0 ok, 1 error, 2 usage error.")
	return exitOK
}

func runVersion(_ context.Context, s Streams, _ []string) int {
	fmt.Fprintf(s.Out, "linksnap %s (commit %s, built %s)\n",
		buildinfo.Version, buildinfo.Commit, buildinfo.Date)
	return exitOK
}

type dataDirKey struct{}

func withDataDir(ctx context.Context, dir string) context.Context {
	return context.WithValue(ctx, dataDirKey{}, dir)
}

// library is the library a command works on, open until close.
type library struct {
	*links.Library
	db  *sql.DB
	dir string
}

func (l library) Close() error { return l.db.Close() }

// openLibrary opens the library of the data folder chosen for this run.
func openLibrary(ctx context.Context) (*links.Library, io.Closer, error) {
	lib, err := openStore(ctx)
	if err != nil {
		return nil, nil, err
	}
	return lib.Library, lib, nil
}

// openStore is openLibrary for commands that also need the database and
// the data folder, to queue or run captures.
func openStore(ctx context.Context) (library, error) {
	flagDir, _ := ctx.Value(dataDirKey{}).(string)
	dir, err := config.DataDir(flagDir)
	if err != nil {
		return library{}, err
	}
	db, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		return library{}, err
	}
	return library{Library: links.New(db), db: db, dir: dir}, nil
}

// newFlags returns a flag set that reports errors to s.Err and never
// exits the process.
func newFlags(name string, s Streams) *flag.FlagSet {
	fs := flag.NewFlagSet("linksnap "+name, flag.ContinueOnError)
	fs.SetOutput(s.Err)
	return fs
}

// usageError prints a one-line usage complaint and returns exitUsage.
func usageError(s Streams, format string, args ...any) int {
	fmt.Fprintf(s.Err, "linksnap: "+format+"\n", args...)
	return exitUsage
}

// fail prints err as one line and returns exitError; flag.ErrHelp is a
// usage request, not a failure.
func fail(s Streams, err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitUsage
	}
	fmt.Fprintf(s.Err, "linksnap: %s\n", describe(err))
	return exitError
}

// describe turns an error into an English line for the terminal.
func describe(err error) string {
	var e *apperr.Error
	if !errors.As(err, &e) {
		return err.Error()
	}
	if msg, ok := messages[e.Code]; ok {
		if e.Detail == "" {
			return msg
		}
		return msg + ": " + e.Detail
	}
	return e.Error()
}

// stringList collects a repeatable flag such as --tag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }
