package main

import (
	"os"
	"syscall"
)

// attachConsole gives the command line its terminal back on Windows: the
// app is linked as a GUI program (no console window on double-click), so
// when started from a Command Prompt its standard streams point nowhere
// until it attaches to the parent's console.
func attachConsole() {
	const attachParentProcess = ^uint32(0) // ATTACH_PARENT_PROCESS
	proc := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := proc.Call(uintptr(attachParentProcess)); r == 0 {
		return // no parent console: output is redirected or unwanted
	}
	reopen := func(f **os.File, name string, flag int) {
		if _, err := (*f).Stat(); err == nil {
			return // already redirected to a file or pipe: keep it
		}
		if c, err := os.OpenFile(name, flag, 0); err == nil {
			*f = c
		}
	}
	reopen(&os.Stdout, "CONOUT$", os.O_WRONLY)
	reopen(&os.Stderr, "CONOUT$", os.O_WRONLY)
	reopen(&os.Stdin, "CONIN$", os.O_RDONLY)
}
