// Package safefile writes output files atomically: to a temporary file in
// the destination folder, synced and closed, then renamed over the target,
// and the folder synced. A crash, a full disk or a failed write leaves the
// previous file intact and no temporary file behind. It syncs only the files
// and folders it writes, never the rest of the machine's disks, and with
// NoReplace it never replaces an existing file, even where the file system
// cannot promise that in one step: it fails instead.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// ErrExists is returned by Write with NoReplace when the target exists.
var ErrExists = fs.ErrExist

// ErrNoReplace is returned by Write with NoReplace on a file system that
// can neither rename without replacing nor make a hard link, so the target
// cannot be created without the risk of replacing a file that appeared
// meanwhile.
var ErrNoReplace = errors.New("the file system cannot create a file without the risk of replacing one (no rename without replacing, no hard links)")

// Mode says what Write does when the target already exists, and whether it
// waits for the disk.
type Mode int

const (
	// Replace overwrites an existing target.
	Replace Mode = 0
	// NoReplace refuses to touch an existing target: a filled-in form must
	// never be replaced by a blank one.
	NoReplace Mode = 1 << iota
	// NoSync defers the sync of the target's folder to Flush, for writing
	// thousands of files into a few folders: the caller calls Flush once at
	// the end, which syncs each folder once. Each file is still synced
	// before it is renamed into place, so neither a crash nor a power loss
	// ever leaves a partial file under the target's name; a power loss
	// before Flush may lose the name, and the next run writes it again.
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
	placed := false
	defer func() {
		if err != nil && !placed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if mode&NoReplace != 0 {
		err = placeNew(tmp.Name(), path)
	} else {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return err
	}
	placed = true
	if mode&NoSync != 0 {
		pending.add(dir)
		return nil
	}
	return syncDir(dir)
}

// placeNew renames tmp to path unless path exists: in one step where the
// system can; else by a hard link, which fails if path appeared meanwhile.
// Where the file system has neither it fails rather than rename, which
// would replace.
func placeNew(tmp, path string) error {
	switch err := renameNoReplace(tmp, path); {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	switch err := link(tmp, path); {
	case err == nil:
		return os.Remove(tmp)
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("%s: %w", path, ErrExists)
	default:
		return fmt.Errorf("%s: %w (%w)", path, ErrNoReplace, err)
	}
}

// link and syncDir are os.Link and syncFolder; tests replace them to play
// a file system without links and to count the syncs.
var (
	link    = os.Link
	syncDir = syncFolder
)

// WriteFile is Write for a byte slice.
func WriteFile(path string, mode Mode, data []byte) error {
	return Write(path, mode, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Flush syncs, once each, the folders of every file written with NoSync
// since the last Flush, so that their names are on the disk too.
func Flush() error {
	var errs []error
	for _, dir := range pending.take() {
		if err := syncDir(dir); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// pending is the set of folders that wait for Flush.
var pending folders

type folders struct {
	mu  sync.Mutex
	set map[string]bool
}

func (f *folders) add(dir string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.set == nil {
		f.set = map[string]bool{}
	}
	f.set[dir] = true
}

func (f *folders) take() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	dirs := make([]string, 0, len(f.set))
	for d := range f.set {
		dirs = append(dirs, d)
	}
	f.set = nil
	slices.Sort(dirs)
	return dirs
}
