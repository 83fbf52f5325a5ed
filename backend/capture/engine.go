// Package capture turns a URL into a snapshot folder: a self-contained and
// script-free page.html, a full-page screenshot and thumbnail, a PDF, an
// MHTML backup, the visible and the readable text, meta.json and the
// capture's own capture.log, all from one page load in a local Chromium.
package capture

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"
)

// The fixed viewport every page is rendered in.
const (
	viewportWidth  = 1280
	viewportHeight = 800
)

// Options configure an Engine; zero values mean the defaults.
type Options struct {
	BrowserPath  string        // override; else Chrome, Chromium or Edge is searched for
	Tabs         int           // concurrent captures, default 2
	Timeout      time.Duration // hard deadline of one capture, default 60s
	IdleClose    time.Duration // close the browser after this idle time, default 5m
	RecycleAfter int           // restart the browser after this many captures, default 50
	Logger       *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Tabs <= 0 {
		o.Tabs = 2
	}
	if o.Timeout <= 0 {
		o.Timeout = 60 * time.Second
	}
	if o.IdleClose <= 0 {
		o.IdleClose = 5 * time.Minute
	}
	if o.RecycleAfter <= 0 {
		o.RecycleAfter = 50
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return o
}

// Engine captures pages with one shared browser. The browser starts on the
// first capture, stops after IdleClose without captures, is replaced after
// RecycleAfter captures or when it dies, and stops for good on Close. An
// Engine is safe for concurrent use.
type Engine struct {
	opts Options
	log  *slog.Logger
	tabs chan struct{}

	mu     sync.Mutex
	br     *browserProc
	idle   *time.Timer
	closed bool

	// afterLoad, when set by tests, runs after the page loaded.
	afterLoad func(ctx context.Context, rawURL string)
}

// New returns an Engine; no browser starts until the first capture.
func New(opts Options) *Engine {
	opts = opts.withDefaults()
	return &Engine{
		opts: opts,
		log:  opts.Logger.With("component", "capture"),
		tabs: make(chan struct{}, opts.Tabs),
	}
}

// acquire returns a live browser with one more active capture. The caller
// must call release with it.
func (e *Engine) acquire() (*browserProc, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil, ErrClosed
	}
	if e.idle != nil {
		e.idle.Stop()
	}
	if b := e.br; b != nil && (!b.alive() || b.used >= e.opts.RecycleAfter) {
		e.retire(b)
	}
	if e.br == nil {
		if err := e.start(); err != nil {
			return nil, err
		}
	}
	e.br.active++
	e.br.used++
	return e.br, nil
}

// start launches a new browser; e.mu is held.
func (e *Engine) start() error {
	path, err := FindBrowser(e.opts.BrowserPath)
	if err != nil {
		return err
	}
	t0 := time.Now()
	b, err := startBrowser(path)
	if err != nil {
		return err
	}
	e.log.Info("browser started", "path", path, "version", b.version,
		"ms", time.Since(t0).Milliseconds())
	e.br = b
	return nil
}

// retire takes b out of use and stops it once no capture uses it; e.mu is
// held.
func (e *Engine) retire(b *browserProc) {
	if e.br == b {
		e.br = nil
	}
	b.retiring = true
	if b.active == 0 {
		go b.stop()
	}
	e.log.Debug("browser retired", "captures", b.used)
}

// release ends one capture in b and arms the idle timer.
func (e *Engine) release(b *browserProc) {
	e.mu.Lock()
	defer e.mu.Unlock()
	b.active--
	if b.retiring && b.active == 0 {
		go b.stop()
		return
	}
	if e.br == b && b.active == 0 && !e.closed {
		e.idle = time.AfterFunc(e.opts.IdleClose, func() { e.closeIdle(b) })
	}
}

// closeIdle stops b if it is still the idle current browser.
func (e *Engine) closeIdle(b *browserProc) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.br == b && b.active == 0 {
		e.br = nil
		e.log.Info("browser closed after idle time")
		go b.stop()
	}
}

// markDead retires b after it crashed or hung, so that the next capture
// starts a fresh browser.
func (e *Engine) markDead(b *browserProc) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.log.Warn("browser lost; it will be restarted")
	b.retiring = true
	if e.br == b {
		e.br = nil
	}
}

// Close stops the browser and removes its profile. Captures still running
// fail; later captures return ErrClosed.
func (e *Engine) Close() error {
	e.mu.Lock()
	e.closed = true
	if e.idle != nil {
		e.idle.Stop()
	}
	b := e.br
	e.br = nil
	e.mu.Unlock()
	if b != nil {
		b.stop()
	}
	return nil
}

// BrowserVersion starts the browser if needed and returns its product
// string, such as "Chrome/156.0.0.0".
func (e *Engine) BrowserVersion(ctx context.Context) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	b, err := e.acquire()
	if err != nil {
		return "", err
	}
	defer e.release(b)
	return b.version, nil
}
