package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"linksnap/backend/deeplink"
	"linksnap/backend/instance"
	"linksnap/backend/links"
	"linksnap/backend/queue"
	"linksnap/backend/urlnorm"
)

type addFlags struct {
	tags      stringList
	asJSON    bool
	wait      bool
	noCapture bool
}

// runAdd adds the links given as arguments, or read from standard input
// when the only argument is "-", and queues their captures. When the
// window is open the links go to it; otherwise they go straight into the
// library, and --wait captures them here before exiting. Valid links are
// added even when some lines are not links; the exit status is then 1 so
// scripts notice.
func runAdd(ctx context.Context, s Streams, args []string) int {
	fs := newFlags("add", s)
	var f addFlags
	fs.Var(&f.tags, "tag", "tag to put on the links (repeatable)")
	fs.BoolVar(&f.asJSON, "json", false, "print the summary as JSON")
	fs.BoolVar(&f.wait, "wait", false, "capture the links now and exit when done (1 if any failed)")
	fs.BoolVar(&f.noCapture, "no-capture", false, "add the links without capturing them")
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
	if !f.wait && instance.Running() {
		return handOver(s, text, f.tags)
	}
	return addHere(ctx, s, text, f)
}

func addHere(ctx context.Context, s Streams, text string, f addFlags) int {
	lib, err := openStore(ctx)
	if err != nil {
		return fail(s, err)
	}
	defer lib.Close()
	sum, err := lib.AddText(ctx, text, f.tags)
	if err != nil {
		return fail(s, err)
	}
	code := reportAdd(s, sum, f.asJSON)
	if f.noCapture || len(sum.NewIDs) == 0 {
		return code
	}
	q := queue.New(lib.db, lib.dir, nil, queue.Options{})
	if _, err := q.Enqueue(ctx, sum.NewIDs); err != nil {
		return fail(s, err)
	}
	if !f.wait {
		return code
	}
	return max(code, captureNow(ctx, s, lib, sum.NewIDs))
}

// handOver sends the links to the open window, which adds and captures
// them, after checking them here so bad lines are still reported.
func handOver(s Streams, text string, tags []string) int {
	var urls []string
	bad := 0
	for _, line := range urlnorm.Scan(text) {
		for _, k := range line.Links {
			urls = append(urls, k.Original)
		}
		if line.Err != nil {
			bad++
			fmt.Fprintf(s.Err, "line %d: %s: %s\n", line.Number, describe(line.Err), line.Text)
		}
	}
	if len(urls) > 0 {
		if ok, err := instance.Handover([]string{deeplink.AddLink(urls, tags)}); !ok || err != nil {
			return fail(s, fmt.Errorf("cli: hand links to the open window: %v", err))
		}
		fmt.Fprintf(s.Out, "sent %d links to the open Linksnap window\n", len(urls))
	}
	if bad > 0 || len(urls) == 0 {
		return exitError
	}
	return exitOK
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
