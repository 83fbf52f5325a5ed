package capture

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Limits of the waiting stages. Each stage also stops when the capture
// must keep its reserve for writing the formats.
const (
	quietPeriod  = 500 * time.Millisecond
	longPoll     = 3 * time.Second
	idleCap      = 3 * time.Second
	idleCap2     = 2 * time.Second
	scrollCap    = 5 * time.Second
	settleCap    = 2 * time.Second
	maxScrollPx  = 60000
	reserveMin   = 3 * time.Second
	reserveMax   = 20 * time.Second
	reserveShare = 35 // percent of the whole capture time
	pollEvery    = 100 * time.Millisecond
)

// errStage reports a stage that ran out of time.
var errStage = errors.New("did not finish in time")

// waitStages waits for the page in capped stages: load, network quiet,
// auto-scroll, network quiet again, consent overlays, fonts and images.
func (j *job) waitStages() {
	stages := []struct {
		name string
		cap  time.Duration
		fn   func(context.Context) error
	}{
		{"load", 0, j.waitLoad},
		{"network_idle", idleCap, j.waitQuiet},
		{"scroll", scrollCap, j.scroll},
		{"network_idle_2", idleCap2, j.waitQuiet},
		{"consent", time.Second, j.hideConsent},
		{"fonts_images", settleCap, j.settle},
	}
	for _, s := range stages {
		j.progress(s.name)
		t0 := time.Now()
		err := j.stage(s.cap, s.fn)
		j.res.Meta.Timings["wait_"+s.name] = time.Since(t0).Round(time.Millisecond).String()
		switch {
		case err == nil:
		case s.name == "load":
			j.lose("wait", "load", fmt.Errorf("the page never finished loading; captured as it stood: %w", err))
		default:
			j.log.Warn("wait stage cut short", "stage", s.name, "error", err)
		}
	}
}

// stage runs fn under the smaller of limit and the time left for waiting.
func (j *job) stage(limit time.Duration, fn func(context.Context) error) error {
	left := time.Until(j.waitUntil())
	if limit == 0 || limit > left {
		limit = left
	}
	if limit <= 0 {
		return errStage
	}
	ctx, cancel := context.WithTimeout(j.ctx, limit)
	defer cancel()
	if err := fn(ctx); err != nil {
		if ctx.Err() != nil {
			return errStage
		}
		return err
	}
	return nil
}

// waitUntil is when waiting must stop to leave time for the formats.
func (j *job) waitUntil() time.Time {
	total := j.deadline.Sub(j.start)
	reserve := min(max(total*reserveShare/100, reserveMin), reserveMax)
	return j.deadline.Add(-reserve)
}

// waitLoad polls until the document is complete.
func (j *job) waitLoad(ctx context.Context) error {
	for {
		state, err := evalIn[string](ctx, 0, "document.readyState")
		if err == nil && state == "complete" {
			return nil
		}
		if err := sleepCtx(ctx, pollEvery); err != nil {
			return err
		}
	}
}

// waitQuiet waits until no request started or ended for quietPeriod.
func (j *job) waitQuiet(ctx context.Context) error {
	for j.tl.quietFor(longPoll) < quietPeriod {
		if err := sleepCtx(ctx, pollEvery); err != nil {
			return err
		}
	}
	return nil
}

// scroll scrolls through the page to trigger lazy loading, and back.
func (j *job) scroll(ctx context.Context) error {
	budget := scrollCap - 500*time.Millisecond
	if dl, ok := ctx.Deadline(); ok {
		budget = min(budget, time.Until(dl)-300*time.Millisecond)
	}
	expr := fmt.Sprintf("(%s)(%d, %d)", jsScroll, budget.Milliseconds(), maxScrollPx)
	y, err := evalIn[int](ctx, 0, expr)
	j.log.Debug("scrolled", "px", y)
	return err
}

// hideConsent hides recognised cookie and consent overlays.
func (j *job) hideConsent(ctx context.Context) error {
	n, err := evalIn[int](ctx, 0, jsConsent)
	if n > 0 {
		j.log.Info("consent overlays hidden", "count", n)
	}
	return err
}

// settle waits for fonts and image decoding.
func (j *job) settle(ctx context.Context) error {
	ms := settleCap.Milliseconds()
	if dl, ok := ctx.Deadline(); ok {
		ms = min(ms, time.Until(dl).Milliseconds()-100)
	}
	_, err := evalIn[string](ctx, 0, fmt.Sprintf("(%s)(%d)", jsSettle, ms))
	return err
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
