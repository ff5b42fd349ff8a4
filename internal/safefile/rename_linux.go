package safefile

import "golang.org/x/sys/unix"

// renameNoReplace renames old to new unless new exists, in one step; a
// test replaces it to play a file system without renameat2.
var renameNoReplace = func(old, new string) error {
	return unix.Renameat2(unix.AT_FDCWD, old, unix.AT_FDCWD, new, unix.RENAME_NOREPLACE)
}
