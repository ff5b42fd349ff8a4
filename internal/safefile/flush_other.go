//go:build !unix

package safefile

// Flush commits every file written with NoSync to the disk. Where there is
// no sync(2), the files are left to the operating system.
func Flush() {}
