package instance

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/godbus/dbus/v5"
	"github.com/wailsapp/wails/v2/pkg/options"
)

// Handover sends args to a running instance over the session bus, using
// the same name and method as Wails' own single-instance lock, and
// reports whether one took them. Wails would do this too, but then exits
// with status 1, which tells scripts the launch failed when it worked.
func Handover(args []string) (bool, error) {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return false, nil // no session bus: no other instance to find
	}
	defer conn.Close()
	if !running(conn) {
		return false, nil
	}
	wd, _ := os.Getwd()
	msg, err := json.Marshal(options.SecondInstanceData{Args: args, WorkingDirectory: wd})
	if err != nil {
		return false, fmt.Errorf("instance: encode: %w", err)
	}
	call := conn.Object(busName, dbus.ObjectPath(busPath)).
		Call(busName+".SendMessage", 0, string(msg))
	if call.Err != nil {
		return false, fmt.Errorf("instance: hand over: %w", call.Err)
	}
	return true, nil
}

// The names Wails' single-instance lock uses on the session bus.
var (
	busID   = "wails_app_" + strings.NewReplacer("-", "_", ".", "_").Replace(UniqueID)
	busName = "org." + busID + ".SingleInstance"
	busPath = "/org/" + busID + "/SingleInstance"
)

// Running reports whether a Linksnap window is open in this session.
func Running() bool {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return false
	}
	defer conn.Close()
	return running(conn)
}

func running(conn *dbus.Conn) bool {
	var owned bool
	err := conn.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, busName).Store(&owned)
	return err == nil && owned
}
