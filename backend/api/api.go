// Package api holds the services bound to the window. Wails turns every
// exported method here into a JavaScript function, so nothing the page
// must not call is exported; a failure always reaches JavaScript as an
// apperr.UIError (code and detail) through the ErrorFormatter in main.go.
package api

import (
	"context"
	"sync"
)

// appContext is the context Wails gives the app at startup; calls from
// the window run under it so that quitting cancels them.
type appContext struct {
	mu  sync.RWMutex
	ctx context.Context
}

func (c *appContext) setContext(ctx context.Context) {
	c.mu.Lock()
	c.ctx = ctx
	c.mu.Unlock()
}

func (c *appContext) get() context.Context {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.ctx == nil {
		return context.Background()
	}
	return c.ctx
}

type contextual interface{ setContext(context.Context) }

// Start gives the services the app's context once Wails has started; a
// package function rather than a method, so JavaScript cannot call it.
func Start(ctx context.Context, services ...contextual) {
	for _, s := range services {
		s.setContext(ctx)
	}
}
