// Command window measures the production window on a library of 100,000
// links: time from launch to a rendered list, and the memory of the app
// and its WebKit processes once idle. Run under X with a session bus:
//
//	make bench-window
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	bin := flag.String("bin", "build/bin/linksnap", "production binary")
	n := flag.Int("n", 100_000, "links in the library")
	flag.Parse()
	if err := run(*bin, *n); err != nil {
		fmt.Fprintln(os.Stderr, "bench-window:", err)
		os.Exit(1)
	}
}

func run(bin string, n int) error {
	data, err := os.MkdirTemp("", "linksnap-bench-window-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(data)
	if err := seed(bin, data, n); err != nil {
		return err
	}
	if windowShown() {
		return fmt.Errorf("a Linksnap window is already open on this display; close it first")
	}
	app := exec.Command(bin)
	app.Env = append(os.Environ(), "LINKSNAP_DATA_DIR="+data)
	app.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	start := time.Now()
	if err := app.Start(); err != nil {
		return err
	}
	defer syscall.Kill(-app.Process.Pid, syscall.SIGKILL)
	shown, err := waitRendered(60 * time.Second)
	if err != nil {
		return err
	}
	fmt.Printf("library: %d links\nlaunch to rendered list: %d ms\n", n, shown.Sub(start).Milliseconds())
	time.Sleep(10 * time.Second)
	app_, webkit := memory(app.Process.Pid)
	fmt.Printf("idle memory (RSS): app %d MB, WebKit processes %d MB, total %d MB\n",
		app_>>20, webkit>>20, (app_+webkit)>>20)
	return nil
}

func seed(bin, data string, n int) error {
	var in bytes.Buffer
	for i := range n {
		fmt.Fprintf(&in, "https://site%d.example/articles/%d\n", i%997, i)
	}
	cmd := exec.Command(bin, "add", "--no-capture", "-")
	cmd.Env = append(os.Environ(), "LINKSNAP_DATA_DIR="+data)
	cmd.Stdin = &in
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("seed: %v: %s", err, out)
	}
	return nil
}

func windowShown() bool {
	out, err := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^Linksnap$").Output()
	return err == nil && len(strings.TrimSpace(string(out))) > 0
}

// waitRendered waits for the window, then polls the screen until it
// shows rows of text, judged by the number of distinct colours.
func waitRendered(limit time.Duration) (time.Time, error) {
	shot := filepath.Join(os.TempDir(), "linksnap-bench-window.png")
	deadline := time.Now().Add(limit)
	for !windowShown() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	for time.Now().Before(deadline) {
		if exec.Command("scrot", "--overwrite", shot).Run() == nil && colours(shot) >= 40 {
			return time.Now(), nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return time.Time{}, fmt.Errorf("window not rendered after %s", limit)
}

func colours(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return 0
	}
	seen := map[uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>8)<<16|(g>>8)<<8|bl>>8] = true
		}
	}
	return len(seen)
}

// memory sums the resident memory of pid and, separately, of the WebKit
// processes in its process group.
func memory(pid int) (app, webkit int64) {
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if pgid, _ := syscall.Getpgid(p); pgid != pid {
			continue
		}
		cmd, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		rss := rssOf(e.Name())
		switch {
		case p == pid:
			app += rss
		case strings.Contains(string(cmd), "WebKit"):
			webkit += rss
		}
	}
	return app, webkit
}

func rssOf(pid string) int64 {
	status, _ := os.ReadFile(filepath.Join("/proc", pid, "status"))
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
