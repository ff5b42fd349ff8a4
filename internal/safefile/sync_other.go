//go:build !unix

package safefile

// syncFolder does nothing where a folder cannot be opened for syncing (on
// Windows, renames are committed with the file system's metadata).
func syncFolder(dir string) error { return nil }
