//go:build smoke

package smoke

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// hostilePage tries every way we know for a page to run code, call the
// app's bound Go methods or phone home. Live in a browser it does all of
// that; archived and shown in the app it must do none of it.
const hostilePage = `<!doctype html>
<html><head><title>Hostile page</title>
<meta http-equiv="refresh" content="1;url=%[1]s/beacon/refresh">
<link rel="stylesheet" href="%[1]s/beacon/style.css">
<style>body { background: url(%[1]s/beacon/css-bg); }</style>
<script>
  function pwn() {
    for (const w of [window, window.parent, window.top]) {
      try { w.go.api.Links.AddText("https://pwned.example/", []); } catch (e) {}
      try { w.go.api.Links.Delete([1]); } catch (e) {}
      try { w.WailsInvoke('C{"name":"api.Links.AddText","args":["https://pwned.example/ipc",[]],"callbackID":"x"}'); } catch (e) {}
      try { w.webkit.messageHandlers.external.postMessage('C{"name":"api.Links.Delete","args":[[1]],"callbackID":"y"}'); } catch (e) {}
    }
    fetch("%[1]s/beacon/script").catch(() => {});
  }
  pwn();
</script>
</head>
<body onload="pwn()">
<h1>Nothing to see here</h1>
<img src="%[1]s/beacon/img.png" onerror="pwn()">
<a id="js" href="javascript:pwn()">click me</a>
<svg><script>pwn()</script><image href="%[1]s/beacon/svg-img"/></svg>
<iframe srcdoc="<script>parent.pwn && parent.pwn()</script><img src='%[1]s/beacon/srcdoc'>"></iframe>
<form id="f" action="%[1]s/beacon/form" method="post"><input name="q" value="1"></form>
<script>setTimeout(() => document.getElementById("f").submit(), 1500)</script>
<object data="%[1]s/beacon/object"></object>
</body></html>`

// TestHostileSnapshotCannotReachApp captures the hostile page, opens its
// snapshot in the real window (WebKitGTK, where any frame can post to
// Wails' IPC), and checks nothing reached the library or the network.
func TestHostileSnapshotCannotReachApp(t *testing.T) {
	bin := *binFlag
	if bin == "" || os.Getenv("DISPLAY") == "" || os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Fatal("needs -bin, DISPLAY and a session bus (run through make test-smoke)")
	}
	var beacons atomic.Int64
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/beacon/") {
			beacons.Add(1)
			t.Logf("beacon: %s %s", r.Method, r.URL.Path)
			return
		}
		fmt.Fprintf(w, hostilePage, srv.URL)
	}))
	defer srv.Close()

	data := t.TempDir()
	cli(t, bin, data, "add", "--no-capture", "https://canary.example/keep-me")
	cli(t, bin, data, "add", "--wait", srv.URL+"/hostile")
	if beacons.Load() == 0 {
		t.Fatal("the hostile page did nothing live; the test would prove nothing")
	}
	before := listURLs(t, bin, data)
	hostileID := linkID(t, bin, data, srv.URL+"/hostile")

	_, logs := openWindow(t, bin, data, "LINKSNAP_LOG=debug")

	beacons.Store(0)
	open := exec.Command(bin, fmt.Sprintf("linksnap://open?id=%d", hostileID))
	open.Env = appEnv(data)
	if out, err := open.CombinedOutput(); err != nil {
		t.Fatalf("open the snapshot: %v\n%s", err, out)
	}
	waitForLog(t, logs, "file=page.html", 20*time.Second)
	time.Sleep(4 * time.Second) // longer than the page's refresh and form timers
	saveScreenshot(t, "hostile-viewer.png")

	if n := beacons.Load(); n != 0 {
		t.Errorf("the archived page made %d requests from the viewer", n)
	}
	if after := listURLs(t, bin, data); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("the library changed while the snapshot was shown:\nbefore %v\nafter  %v", before, after)
	}
}

func listURLs(t *testing.T, bin, data string) []string {
	t.Helper()
	var items []struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal([]byte(cli(t, bin, data, "list", "--json")), &items); err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, it := range items {
		urls = append(urls, it.URL)
	}
	return urls
}

func linkID(t *testing.T, bin, data, url string) int64 {
	t.Helper()
	var items []struct {
		ID     int64  `json:"id"`
		URL    string `json:"url"`
		Latest struct {
			Status string `json:"status"`
		} `json:"latest"`
	}
	json.Unmarshal([]byte(cli(t, bin, data, "list", "--json")), &items)
	for _, it := range items {
		if it.URL == url {
			if it.Latest.Status != "done" && it.Latest.Status != "partial" {
				t.Fatalf("hostile page capture ended %q", it.Latest.Status)
			}
			return it.ID
		}
	}
	t.Fatalf("%s not in the library", url)
	return 0
}

func waitForLog(t *testing.T, logs *syncBuffer, want string, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if strings.Contains(logs.String(), want) {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("the window never asked for the snapshot (%q not in the log):\n%s", want, logs.String())
}
