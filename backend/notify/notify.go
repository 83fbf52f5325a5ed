// Package notify shows desktop notifications: a long batch of captures
// finished, or some failed.
package notify

// AppName is how notifications name their sender.
const AppName = "Linksnap"
