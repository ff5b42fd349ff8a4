//go:build unix

package safefile

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// syncFolder commits a folder's entries — the names of the files renamed into
// it — to the disk.
func syncFolder(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	// Some file systems (some network and FUSE ones) cannot sync a
	// folder: their renames are then as durable as they get.
	if errors.Is(err, syscall.EINVAL) || errors.Is(err, syscall.ENOTSUP) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("syncing the folder %s: %w", dir, err)
	}
	return nil
}
