package notify

import (
	"fmt"

	"github.com/godbus/dbus/v5"
)

// Send shows a notification through the desktop's notification service
// (org.freedesktop.Notifications on the session bus).
func Send(title, body string) error {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return fmt.Errorf("notify: session bus: %w", err)
	}
	defer conn.Close()
	obj := conn.Object("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
	call := obj.Call("org.freedesktop.Notifications.Notify", 0, AppName, uint32(0),
		"linksnap", title, body, []string{}, map[string]dbus.Variant{}, int32(-1))
	if call.Err != nil {
		return fmt.Errorf("notify: %w", call.Err)
	}
	return nil
}
