// Linksnap keeps web pages: this binary is both the desktop app and its
// command line.
package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"os"
	goruntime "runtime"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/logger"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"linksnap/backend/apperr"
	"linksnap/backend/cli"
	"linksnap/backend/instance"
	"linksnap/backend/logging"
	"linksnap/backend/snapshots"
)

//go:embed all:frontend/dist
var assets embed.FS

//go:embed build/appicon.png
var icon []byte

func main() {
	logging.Setup(os.Stderr)
	args := os.Args[1:]
	if cli.IsCommand(args) {
		attachConsole()
		streams := cli.Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}
		os.Exit(cli.Main(context.Background(), args, streams))
	}
	if err := runWindow(args); err != nil {
		slog.Error("window failed", "error", err)
		fmt.Fprintln(os.Stderr, "linksnap:", err)
		os.Exit(1)
	}
}

func runWindow(args []string) error {
	dataDir := cli.DataDirFlag(args)
	if generatingBindings {
		dir, err := os.MkdirTemp("", "linksnap-bindings-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dataDir = dir
	} else if goruntime.GOOS == "linux" && os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return errors.New("no display to open the window on (DISPLAY is not set); see linksnap help for the command line")
	}
	if done, err := instance.Handover(args); done || err != nil {
		return err
	}
	app, err := newApp(dataDir, args)
	if err != nil {
		return err
	}
	return wails.Run(&options.App{
		Title:            "Linksnap",
		Width:            1200,
		Height:           780,
		MinWidth:         760,
		MinHeight:        480,
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		AssetServer: &assetserver.Options{
			Assets:  assets,
			Handler: snapshots.Handler(app.snaps),
		},
		OnStartup:      app.startup,
		OnDomReady:     app.domReady,
		OnShutdown:     app.shutdown,
		Bind:           app.services(),
		ErrorFormatter: apperr.ForUI,
		LogLevel:       logger.WARNING,
		SingleInstanceLock: &options.SingleInstanceLock{
			UniqueId:               instance.UniqueID,
			OnSecondInstanceLaunch: app.secondInstance,
		},
		Linux: &linux.Options{
			Icon:        icon,
			ProgramName: "linksnap",
		},
	})
}
