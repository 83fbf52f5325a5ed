//go:build !linux

package notify

// Send does nothing yet outside Linux.
// TODO: notifications on macOS (UNUserNotificationCenter) and Windows (toasts).
func Send(title, body string) error { return nil }
