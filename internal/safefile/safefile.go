// Package safefile writes output files atomically: to a temporary file in
// the destination folder, synced and closed, then renamed over the target.
// A crash, a full disk or a failed write leaves the previous file intact and
// no temporary file behind.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is returned by Write with NoReplace when the target exists.
var ErrExists = fs.ErrExist

// Mode says what Write does when the target already exists, and whether it
// waits for the disk.
type Mode int

const (
	// Replace overwrites an existing target.
	Replace Mode = 0
	// NoReplace refuses to touch an existing target: a filled-in form must
	// never be replaced by a blank one.
	NoReplace Mode = 1 << iota
	// NoSync skips the per-file sync, for writing thousands of files: the
	// caller calls Flush once at the end. The rename still happens only
	// after the whole file is written, so a crash of the program never
	// leaves a partial file; only a power loss before Flush could.
	NoSync
)

// Write creates path with what write produces. The folder must exist.
func Write(path string, mode Mode, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if mode&NoReplace != 0 {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if mode&NoSync == 0 {
		if err := tmp.Sync(); err != nil {
			return err
		}
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if mode&NoReplace != 0 {
		// Rename without replacing where the system can (one step);
		// else a hard link, which fails if the target appeared meanwhile;
		// where the file system has neither, a plain rename.
		switch rerr := renameNoReplace(tmp.Name(), path); {
		case rerr == nil:
			return nil
		case errors.Is(rerr, fs.ErrExist):
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
		lerr := os.Link(tmp.Name(), path)
		if lerr == nil {
			return os.Remove(tmp.Name())
		}
		if errors.Is(lerr, fs.ErrExist) {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
	}
	return os.Rename(tmp.Name(), path)
}

// WriteFile is Write for a byte slice.
func WriteFile(path string, mode Mode, data []byte) error {
	return Write(path, mode, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
