//go:build smoke

package smoke

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

// TestTrayMenuOverDBus drives the tray menu the way a desktop's panel
// does, through the dbusmenu interface on the session bus: the items are
// there and labelled, "Add link from clipboard" adds the clipboard's
// link, and "Pause captures" pauses (its label turns to resume).
func TestTrayMenuOverDBus(t *testing.T) {
	bin := *binFlag
	if bin == "" || os.Getenv("DISPLAY") == "" || os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Fatal("needs -bin, DISPLAY and a session bus (run through make test-smoke)")
	}
	data := t.TempDir()
	app, _ := openWindow(t, bin, data)
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	menu := conn.Object(fmt.Sprintf("org.kde.StatusNotifierItem-%d-1", app.Process.Pid),
		"/StatusNotifierItem/menu")

	items := waitForMenu(t, menu)
	for _, label := range []string{"Add link from clipboard", "Open Linksnap", "Pause captures", "Quit"} {
		if _, ok := items[label]; !ok {
			t.Fatalf("tray menu lacks %q: %v", label, items)
		}
	}

	setClipboard(t, "https://tray.example/from-clipboard")
	click(t, menu, items["Add link from clipboard"])
	waitForLink(t, bin, data, "tray.example/from-clipboard")

	click(t, menu, items["Pause captures"])
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, ok := layout(t, menu)["Resume captures"]; ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("pause did not take: menu is %v", layout(t, menu))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// layout returns the menu's labels and their item ids.
func layout(t *testing.T, menu dbus.BusObject) map[string]int32 {
	t.Helper()
	var revision uint32
	var root struct {
		ID       int32
		Props    map[string]dbus.Variant
		Children []dbus.Variant
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := menu.CallWithContext(ctx, "com.canonical.dbusmenu.GetLayout", 0, int32(0), int32(-1), []string{}).
		Store(&revision, &root)
	if err != nil {
		return nil
	}
	out := map[string]int32{}
	for _, child := range root.Children {
		fields, ok := child.Value().([]any)
		if !ok || len(fields) < 2 {
			continue
		}
		id, _ := fields[0].(int32)
		props, _ := fields[1].(map[string]dbus.Variant)
		if label, ok := props["label"].Value().(string); ok && label != "" {
			out[label] = id
		}
	}
	return out
}

func waitForMenu(t *testing.T, menu dbus.BusObject) map[string]int32 {
	t.Helper()
	for range 50 {
		if items := layout(t, menu); len(items) >= 4 {
			return items
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("the tray menu never appeared on the session bus")
	return nil
}

func click(t *testing.T, menu dbus.BusObject, id int32) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	call := menu.CallWithContext(ctx, "com.canonical.dbusmenu.Event", 0, id, "clicked",
		dbus.MakeVariant(int32(0)), uint32(time.Now().Unix()))
	if call.Err != nil {
		t.Fatalf("click item %d: %v", id, call.Err)
	}
}

// setClipboard owns the X clipboard with text, as a browser's copy does.
func setClipboard(t *testing.T, text string) {
	t.Helper()
	// xclip stays in the background to serve the selection: its output
	// is not captured, or waiting for it would never end.
	cmd := exec.Command("xclip", "-selection", "clipboard")
	cmd.Stdin = strings.NewReader(text)
	if err := cmd.Run(); err != nil {
		t.Fatalf("xclip: %v", err)
	}
}
