//go:build unix

package safefile

import "syscall"

// Flush commits every file written with NoSync to the disk.
func Flush() { syscall.Sync() }
