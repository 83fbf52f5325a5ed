package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"linksnap/backend/capture"
)

// captureSummary is what `linksnap capture --json` prints.
type captureSummary struct {
	OK         bool           `json:"ok"`
	Status     string         `json:"status"`
	URL        string         `json:"url"`
	FinalURL   string         `json:"final_url,omitempty"`
	Title      string         `json:"title,omitempty"`
	Out        string         `json:"out"`
	Files      []string       `json:"files,omitempty"`
	Lost       []capture.Loss `json:"lost,omitempty"`
	Error      string         `json:"error,omitempty"`
	Code       string         `json:"code,omitempty"`
	HTTPStatus int            `json:"http_status,omitempty"`
	Millis     int64          `json:"duration_ms"`
}

// runCapture implements `linksnap capture --out DIR [--json] [--timeout D]
// [--browser PATH] URL`: one capture into DIR without touching any library.
// It exits 0 when files were written (a partial capture included), 1 when
// the capture failed and 2 on a usage error.
func runCapture(ctx context.Context, s Streams, args []string) int {
	fs := flag.NewFlagSet("capture", flag.ContinueOnError)
	fs.SetOutput(s.Err)
	out := fs.String("out", "", "folder to write the snapshot into (must not exist or be empty)")
	asJSON := fs.Bool("json", false, "print a JSON summary")
	timeout := fs.Duration("timeout", 60*time.Second, "hard deadline of the capture")
	browser := fs.String("browser", "", "path of Chrome, Chromium or Edge")
	fs.Usage = func() {
		fmt.Fprintln(s.Err, "usage: linksnap capture --out DIR [--json] [--timeout D] [--browser PATH] URL")
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if *out == "" || len(rest) != 1 || *timeout <= 0 {
		fs.Usage()
		return 2
	}
	eng := capture.New(capture.Options{
		BrowserPath: *browser, Tabs: 1, Timeout: *timeout,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	defer eng.Close()
	start := time.Now()
	res, err := eng.Capture(ctx, rest[0], *out, nil)
	sum := summarize(rest[0], *out, res, err, time.Since(start))
	if *asJSON {
		enc := json.NewEncoder(s.Out)
		enc.SetIndent("", "  ")
		_ = enc.Encode(sum)
	}
	if err != nil {
		fmt.Fprintln(s.Err, "linksnap capture: "+oneLine(err.Error()))
		return 1
	}
	if !*asJSON {
		fmt.Fprintf(s.Out, "%s: %s (%d files) in %s\n", sum.Status, *out, len(sum.Files), time.Since(start).Round(time.Millisecond))
	}
	return 0
}

// summarize builds the JSON summary of a capture.
func summarize(u, out string, res *capture.Result, err error, d time.Duration) captureSummary {
	sum := captureSummary{OK: err == nil, Status: "failed", URL: u, Out: out, Millis: d.Milliseconds()}
	if res != nil {
		sum.Status, sum.Files, sum.Lost = string(res.Status), res.Files, res.Lost
		sum.FinalURL, sum.Title = res.Meta.FinalURL, res.Meta.Title
		sum.HTTPStatus = res.Meta.HTTPStatus
	}
	if err != nil {
		sum.Status, sum.Error, sum.Code = "failed", oneLine(err.Error()), capture.Code(err)
		var httpErr *capture.HTTPError
		if errors.As(err, &httpErr) {
			sum.HTTPStatus = httpErr.Status
		}
	}
	return sum
}

// parseInterspersed parses flags that may come before or after the
// positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
