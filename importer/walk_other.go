//go:build !unix

package importer

import (
	"os"
	"strings"
)

// keyOf is the path of the file at abs with every link resolved: where
// the system gives no inode, two paths to one file have the same real path
// (hard links excepted), in either case, as Windows compares names.
func keyOf(abs string, info os.FileInfo) fileKey {
	return fileKey{path: strings.ToLower(realPath(abs))}
}
