package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"linksnap/backend/links"
)

// runAdd adds the links given as arguments, or read from standard input
// when the only argument is "-". Valid links are added even when some
// lines are not links; the exit status is then 1 so scripts notice.
func runAdd(ctx context.Context, s Streams, args []string) int {
	fs := newFlags("add", s)
	var tags stringList
	fs.Var(&tags, "tag", "tag to put on the links (repeatable)")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(rest) == 0 {
		return usageError(s, "add needs at least one URL, or - to read them from standard input")
	}
	text, err := addInput(s, rest)
	if err != nil {
		return fail(s, err)
	}
	lib, closer, err := openLibrary(ctx)
	if err != nil {
		return fail(s, err)
	}
	defer closer.Close()

	sum, err := lib.AddText(ctx, text, tags)
	if err != nil {
		return fail(s, err)
	}
	return reportAdd(s, sum, *asJSON)
}

func addInput(s Streams, args []string) (string, error) {
	if len(args) == 1 && args[0] == "-" {
		data, err := io.ReadAll(s.In)
		if err != nil {
			return "", fmt.Errorf("cli: read standard input: %w", err)
		}
		return string(data), nil
	}
	return strings.Join(args, "\n"), nil
}

func reportAdd(s Streams, sum links.AddSummary, asJSON bool) int {
	if asJSON {
		if err := writeJSON(s.Out, sum); err != nil {
			return fail(s, err)
		}
	} else {
		fmt.Fprintf(s.Out, "added %d, already saved %d, not links %d\n",
			sum.AddedCount, sum.DuplicateCount, sum.InvalidCount)
	}
	for _, inv := range sum.Invalid {
		fmt.Fprintf(s.Err, "line %d: %s: %s\n", inv.Line, messageFor(inv.Code), inv.Text)
	}
	if sum.InvalidCount > len(sum.Invalid) {
		fmt.Fprintf(s.Err, "... and %d more lines that are not links\n",
			sum.InvalidCount-len(sum.Invalid))
	}
	if sum.InvalidCount > 0 {
		return exitError
	}
	return exitOK
}

func messageFor(code string) string {
	if msg, ok := messages[code]; ok {
		return msg
	}
	return code
}
