// Package instance lets a second launch hand its arguments to the window
// that is already open, so there is only ever one Linksnap per session.
package instance

// UniqueID names the app's single-instance lock; main.go gives the same
// value to Wails.
const UniqueID = "app.linksnap.desktop"
