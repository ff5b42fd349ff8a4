//go:build unix

package importer

import (
	"os"
	"syscall"
)

// keyOf is the device and inode of info, the file at abs.
func keyOf(abs string, info os.FileInfo) fileKey {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fileKey{dev: uint64(st.Dev), ino: uint64(st.Ino)}
	}
	return fileKey{path: realPath(abs)}
}
