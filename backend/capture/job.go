package capture

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// job is one capture in one tab. It lives for one attempt.
type job struct {
	e        *Engine
	ctx      context.Context // the tab, ending at the capture's deadline
	log      *slog.Logger
	tl       *tabLog
	url      string
	dir      string
	frame    cdp.FrameID // the main frame
	start    time.Time
	deadline time.Time
	progress func(string)
	res      *Result
}

// attempt runs one capture attempt in a new tab of the shared browser.
func (e *Engine) attempt(ctx context.Context, u, dir string, log *slog.Logger, progress func(string)) (*Result, error) {
	b, err := e.acquire()
	if err != nil {
		return nil, err
	}
	defer e.release(b)
	j := &job{e: e, log: log, tl: newTabLog(), url: u, dir: dir, start: time.Now(), progress: progress}
	j.deadline, _ = ctx.Deadline()
	j.res = &Result{Status: StatusDone, Meta: Meta{
		RequestedURL: u, StartedAt: j.start, Browser: b.version,
		Sizes: map[string]int64{}, Timings: map[string]string{},
	}}
	tab, closeTab, err := j.openTab(ctx, b)
	if err != nil {
		return nil, err
	}
	defer closeTab()
	j.ctx = tab
	err = j.run()
	if errors.Is(ctx.Err(), context.Canceled) {
		return nil, ctxError(ctx)
	}
	if err == nil && len(j.res.Files) == 0 {
		err = fmt.Errorf("%w: nothing could be saved", ErrTimeout)
	}
	if err != nil && !b.alive() {
		e.markDead(b)
		err = fmt.Errorf("%w: %w", ErrBrowserCrashed, err)
	}
	return j.res, err
}

// openTab opens a tab in its own browser context (no cookies shared with
// other captures) and prepares it. The returned context ends with ctx.
func (j *job) openTab(ctx context.Context, b *browserProc) (context.Context, func(), error) {
	tab, cancelTab := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext(), chromedp.WithListener(j.tl.handle))
	opened := make(chan error, 1)
	go func() { opened <- chromedp.Do(tab) }()
	select {
	case err := <-opened:
		if err != nil {
			cancelTab()
			return nil, nil, fmt.Errorf("%w: open tab: %w", ErrBrowserCrashed, err)
		}
	case <-ctx.Done():
		cancelTab()
		return nil, nil, ctxError(ctx)
	}
	run, cancelRun := context.WithDeadline(tab, j.deadline)
	stop := context.AfterFunc(ctx, cancelRun)
	go func() {
		select {
		case <-j.tl.crashed:
			cancelRun()
		case <-run.Done():
		}
	}()
	closeAll := func() { stop(); cancelRun(); cancelTab() }
	if err := j.setupTab(run, chromedp.FromContext(tab).BrowserContextID); err != nil {
		closeAll()
		return nil, nil, fmt.Errorf("capture: set up tab: %w", err)
	}
	return run, closeAll, nil
}

// setupTab denies downloads, fixes the viewport, installs the init script
// and answers JavaScript dialogs from a goroutine.
func (j *job) setupTab(ctx context.Context, bc cdp.BrowserContextID) error {
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorDeny, BrowserContextID: bc,
	}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: viewportWidth, Height: viewportHeight, DeviceScaleFactor: 1,
	}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: jsInit}); err != nil {
		return err
	}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go j.answerDialogs(ctx, dialogs)
	return nil
}

// answerDialogs accepts every alert, confirm, prompt and beforeunload.
func (j *job) answerDialogs(ctx context.Context, dialogs iter.Seq2[page.EventJavascriptDialogOpening, error]) {
	for ev, err := range dialogs {
		if err != nil {
			return
		}
		j.log.Info("dialog answered", "type", ev.Type, "message", ev.Message)
		_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
	}
}

// run navigates, waits and writes the formats.
func (j *job) run() error {
	j.progress("load")
	if err := j.navigate(); err != nil {
		return err
	}
	if j.e.afterLoad != nil {
		j.e.afterLoad(j.ctx, j.url)
	}
	if !isHTML(j.res.Meta.ContentType) {
		return j.direct()
	}
	j.waitStages()
	if err := j.crashErr(); err != nil {
		return err
	}
	j.outputs()
	if err := j.crashErr(); err != nil && len(j.res.Files) == 0 {
		return err
	}
	return j.httpErr()
}

// crashErr returns ErrRendererCrashed once the tab's renderer died.
func (j *job) crashErr() error {
	select {
	case <-j.tl.crashed:
		return ErrRendererCrashed
	default:
		return nil
	}
}

// httpErr reports a 4xx or 5xx main document.
func (j *job) httpErr() error {
	if s := j.res.Meta.HTTPStatus; s >= 400 {
		return &HTTPError{Status: s, Text: j.res.Meta.HTTPStatusText}
	}
	return nil
}

// write stores one output file and records its size.
func (j *job) write(name string, data []byte) error {
	if err := os.WriteFile(filepath.Join(j.dir, name), data, 0o644); err != nil {
		return fmt.Errorf("capture: write %s: %w", name, err)
	}
	j.res.Files = append(j.res.Files, name)
	j.res.Meta.Sizes[name] = int64(len(data))
	return nil
}

// lose records a loss; a lost format makes the capture partial.
func (j *job) lose(what, name string, err error) {
	l := Loss{What: what, Name: name, Reason: err.Error()}
	var coded interface{ Code() string }
	if errors.As(err, &coded) {
		l.Code = coded.Code()
	}
	if what == "format" || what == "wait" {
		j.res.Status = StatusPartial
	}
	j.res.Lost = append(j.res.Lost, l)
	j.log.Warn("lost", "what", what, "name", name, "error", err)
}

// remaining is the time left before the hard deadline.
func (j *job) remaining() time.Duration {
	return time.Until(j.deadline)
}
