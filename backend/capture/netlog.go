package capture

import (
	"encoding/json"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/inspector"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
)

// resource is one response the browser received while loading the page.
type resource struct {
	url       string
	mime      string
	status    int64
	frameID   cdp.FrameID
	requestID network.RequestID
	kind      network.ResourceType
	failed    string // Chrome's error text when loading failed
	finished  bool
}

// pending is a request still in flight.
type pending struct {
	since time.Time
	kind  network.ResourceType
}

// tabLog collects what a tab reports through events: responses, requests in
// flight, the main document's redirect chain, execution contexts per frame
// and whether the renderer crashed. Its handle method runs in the tab's
// event loop, so it only records and never calls the browser.
type tabLog struct {
	mu        sync.Mutex
	byURL     map[string]*resource
	byID      map[network.RequestID]*resource
	inflight  map[network.RequestID]pending
	lastNet   time.Time
	redirects map[network.RequestID][]string
	docs      map[network.RequestID]*network.Response
	contexts  map[cdp.FrameID]runtime.ExecutionContextID
	crashed   chan struct{}
	crashOnce sync.Once
}

func newTabLog() *tabLog {
	return &tabLog{
		byURL:     map[string]*resource{},
		byID:      map[network.RequestID]*resource{},
		inflight:  map[network.RequestID]pending{},
		redirects: map[network.RequestID][]string{},
		docs:      map[network.RequestID]*network.Response{},
		contexts:  map[cdp.FrameID]runtime.ExecutionContextID{},
		crashed:   make(chan struct{}),
		lastNet:   time.Now(),
	}
}

// handle records one event of the tab.
func (l *tabLog) handle(ev any) {
	if _, ok := ev.(*inspector.EventTargetCrashed); ok {
		l.crashOnce.Do(func() { close(l.crashed) })
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.requestSent(ev)
	case *network.EventResponseReceived:
		l.responseReceived(ev)
	case *network.EventLoadingFinished:
		l.done(ev.RequestID, "")
	case *network.EventLoadingFailed:
		l.done(ev.RequestID, ev.ErrorText)
	case *runtime.EventExecutionContextCreated:
		l.contextCreated(ev.Context)
	case *runtime.EventExecutionContextsCleared:
		clear(l.contexts)
	}
}

func (l *tabLog) requestSent(ev *network.EventRequestWillBeSent) {
	l.lastNet = time.Now()
	if ev.RedirectResponse != nil && ev.Type == network.ResourceTypeDocument {
		l.redirects[ev.RequestID] = append(l.redirects[ev.RequestID], ev.RedirectResponse.URL)
	}
	if strings.HasPrefix(ev.Request.URL, "data:") {
		return
	}
	l.inflight[ev.RequestID] = pending{since: time.Now(), kind: ev.Type}
	if _, ok := l.byID[ev.RequestID]; !ok {
		l.byID[ev.RequestID] = &resource{url: ev.Request.URL, frameID: ev.FrameID,
			requestID: ev.RequestID, kind: ev.Type}
	}
}

func (l *tabLog) responseReceived(ev *network.EventResponseReceived) {
	l.lastNet = time.Now()
	r := &resource{
		url: ev.Response.URL, mime: ev.Response.MimeType, status: ev.Response.Status,
		frameID: ev.FrameID, requestID: ev.RequestID, kind: ev.Type,
	}
	l.byID[ev.RequestID] = r
	l.byURL[stripFragment(r.url)] = r
	if ev.Type == network.ResourceTypeDocument {
		l.docs[ev.RequestID] = ev.Response
	}
}

func (l *tabLog) done(id network.RequestID, errText string) {
	l.lastNet = time.Now()
	delete(l.inflight, id)
	if r := l.byID[id]; r != nil {
		r.finished = errText == ""
		r.failed = errText
	}
}

func (l *tabLog) contextCreated(c *runtime.ExecutionContextDescription) {
	var aux struct {
		FrameID   cdp.FrameID `json:"frameId"`
		IsDefault bool        `json:"isDefault"`
	}
	if json.Unmarshal(c.AuxData, &aux) == nil && aux.IsDefault {
		l.contexts[aux.FrameID] = c.ID
	}
}

// quietFor reports how long no request started or ended, ignoring requests
// open longer than longPoll (long polls, streams) and event streams.
func (l *tabLog) quietFor(longPoll time.Duration) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	for _, p := range l.inflight {
		if p.kind == network.ResourceTypeEventSource || p.kind == network.ResourceTypeWebSocket {
			continue
		}
		if now.Sub(p.since) < longPoll {
			return 0
		}
	}
	return now.Sub(l.lastNet)
}

// lookup returns the response recorded for url, if any.
func (l *tabLog) lookup(url string) *resource {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.byURL[stripFragment(url)]
}

// document returns the main document's response and redirect chain for
// the navigation with the given loader (its request id).
func (l *tabLog) document(loader cdp.LoaderID) (*network.Response, []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	id := network.RequestID(loader)
	return l.docs[id], append([]string(nil), l.redirects[id]...)
}

// contextOf returns the main-world execution context of a frame.
func (l *tabLog) contextOf(frame cdp.FrameID) (runtime.ExecutionContextID, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	id, ok := l.contexts[frame]
	return id, ok
}

// failures lists resources that failed to load.
func (l *tabLog) failures() []*resource {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []*resource
	for _, r := range l.byID {
		if r.failed != "" || r.status >= 400 {
			out = append(out, r)
		}
	}
	return out
}

func stripFragment(u string) string {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		return u[:i]
	}
	return u
}
