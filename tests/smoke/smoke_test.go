//go:build smoke

// Package smoke opens the production binary's real window under X and
// checks that a person would see the app: run with a display and a
// session bus (make test-smoke does both).
package smoke

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var binFlag = flag.String("bin", "", "path to the production linksnap binary")

func TestWindowOpensAndTakesSecondLaunch(t *testing.T) {
	bin := *binFlag
	if bin == "" || os.Getenv("DISPLAY") == "" || os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Fatal("needs -bin, DISPLAY and a session bus (run through make test-smoke)")
	}
	data := t.TempDir()
	cli(t, bin, data, "add", "--tag", "smoke", "https://seed.example/first-link")

	app, logs := openWindow(t, bin, data)

	// A second launch hands its link to the running window and exits.
	second := exec.Command(bin, "https://second.example/from-launch")
	second.Env = appEnv(data)
	if out, err := second.CombinedOutput(); err != nil {
		t.Fatalf("second launch: %v\n%s", err, out)
	}
	waitForLink(t, bin, data, "second.example/from-launch")

	// A file another program drops in the inbox folder is imported and
	// moved aside.
	inbox := filepath.Join(data, "inbox")
	shortcut := "[InternetShortcut]\r\nURL=https://inbox.example/dropped\r\n"
	if err := os.WriteFile(filepath.Join(inbox, "Dropped.url"), []byte(shortcut), 0o644); err != nil {
		t.Fatal(err)
	}
	waitForLink(t, bin, data, "inbox.example/dropped")
	waitForFile(t, filepath.Join(inbox, "processed", "Dropped.url"))
	if err := syscall.Kill(app.Process.Pid, 0); err != nil {
		t.Fatalf("first instance is gone (%v):\n%s", err, logs.String())
	}
}

func appEnv(data string) []string {
	return append(os.Environ(), "LINKSNAP_DATA_DIR="+data, "LANG=en_US.UTF-8")
}

func cli(t *testing.T, bin, data string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = appEnv(data)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("linksnap %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func waitForWindow(t *testing.T, name string, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		out, err := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^"+name+"$").Output()
		if ids := strings.Fields(string(out)); err == nil && len(ids) > 0 {
			return ids[0]
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("no visible window named %q after %s", name, limit)
	return ""
}

// screenshot saves the screen to artifacts/smoke/window.png, kept by CI.
func screenshot(t *testing.T, window string) image.Image {
	t.Helper()
	path := saveScreenshot(t, "window.png")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// waitForRender takes screenshots until the window shows more than a
// flat colour, which is what a window that never rendered looks like.
func waitForRender(t *testing.T, window string, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		n := colourCount(screenshot(t, window))
		if n >= 20 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("window still blank after %s: %d distinct colours", limit, n)
		}
		time.Sleep(time.Second)
	}
}

func colourCount(img image.Image) int {
	colours := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(colours)
}

func waitForLink(t *testing.T, bin, data, want string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	for ctx.Err() == nil {
		if strings.Contains(cli(t, bin, data, "list"), want) {
			return
		}
		time.Sleep(300 * time.Millisecond)
	}
	t.Fatalf("link %q never reached the library", want)
}

func stop(app *exec.Cmd) {
	syscall.Kill(-app.Process.Pid, syscall.SIGTERM)
	done := make(chan struct{})
	go func() { app.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		syscall.Kill(-app.Process.Pid, syscall.SIGKILL)
	}
}

// saveScreenshot writes the screen to artifacts/smoke/name.
func saveScreenshot(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "artifacts", "smoke")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if out, err := exec.Command("scrot", "--overwrite", path).CombinedOutput(); err != nil {
		t.Fatalf("scrot: %v\n%s", err, out)
	}
	return path
}

func waitForFile(t *testing.T, path string) {
	t.Helper()
	for range 50 {
		if _, err := os.Stat(path); err == nil {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("%s never appeared", path)
}

// openWindow starts the app on the library in data and waits until its
// window has rendered; the app is stopped when the test ends.
func openWindow(t *testing.T, bin, data string, env ...string) (*exec.Cmd, *syncBuffer) {
	t.Helper()
	app := exec.Command(bin)
	app.Env = append(appEnv(data), env...)
	logs := &syncBuffer{}
	app.Stdout, app.Stderr = logs, logs
	app.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stop(app) })
	window := waitForWindow(t, "Linksnap", 30*time.Second)
	waitForRender(t, window, 30*time.Second)
	return app, logs
}

// syncBuffer collects a process's output while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
