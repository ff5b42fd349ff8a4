package importer

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"salesrhythm"
)

// The walk lists everything under the inbox that Read must account for:
// each file to read, and each thing it will not read, with why. It follows
// links to files and folders (a common way to gather team folders from a
// share) and reads each file and folder once, however many links lead to
// it, preferring its own place in the inbox to a link; it never opens
// anything that is not a regular file or a folder, since a FIFO blocks
// whoever opens it and a device such as /dev/zero never ends.

// entry is one thing the walk met: a file for readFile, or one it has
// already decided about (done).
type entry struct {
	abs, rel string
	done     *fileResult
}

// fileKey names a file or folder whatever the path that leads to it: its
// device and inode where the system has them, else its real path.
type fileKey struct {
	dev, ino uint64
	path     string
}

// node is a folder the walk entered, with the one it was entered from.
type node struct {
	key    fileKey
	rel    string
	parent *node
}

// link is a symbolic link met in a folder, followed once the inbox's own
// folders have all been seen.
type link struct {
	abs, rel string
	in       *node
}

type walker struct {
	skip    []os.FileInfo      // folders not to read
	folders map[fileKey]string // folders entered, by where
	files   map[fileKey]string // files listed, by where
	entries []entry
	links   []link
}

// walk lists what is under root. skip names folders not to read — the
// output folder, when it lies inside the inbox — which are listed as
// skipped. Only a root that cannot be read at all is an error.
func walk(root string, skip []string) ([]entry, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, textError{salesrhythm.Tr("%s is not a folder", root)}
	}
	w := &walker{folders: map[fileKey]string{}, files: map[fileKey]string{}}
	for _, s := range skip {
		if fi, err := os.Stat(s); err == nil && fi.IsDir() {
			w.skip = append(w.skip, fi)
		}
	}
	top := &node{key: keyOf(root, info)}
	w.folders[top.key] = ""
	if err := w.folder(root, "", top); err != nil {
		return nil, err
	}
	// Links last, so that whatever lies in the inbox itself is read from
	// its own place; links met behind links join the queue.
	for len(w.links) > 0 {
		l := w.links[0]
		w.links = w.links[1:]
		w.follow(l)
	}
	return w.entries, nil
}

// folder lists the entries of the folder at abs. Its error is for the
// root only; another folder that cannot be read is an entry.
func (w *walker) folder(abs, rel string, n *node) error {
	des, err := os.ReadDir(abs)
	if err != nil {
		if rel == "" {
			return err
		}
		// Keep what could be listed before the error.
		w.reject(rel+"/", salesrhythm.CodeUnreadable, salesrhythm.Tr("the folder cannot be read, so its workbooks are missing: %s", plainError(err)))
	}
	for _, d := range des {
		a, r := filepath.Join(abs, d.Name()), path.Join(rel, d.Name())
		t := d.Type()
		if t&fs.ModeSymlink != 0 {
			w.links = append(w.links, link{abs: a, rel: r, in: n})
			continue
		}
		if t.IsDir() || t.IsRegular() {
			info, err := d.Info()
			if err != nil {
				w.reject(r, salesrhythm.CodeUnreadable, salesrhythm.Tr("cannot be read: %s", plainError(err)))
				continue
			}
			w.met(a, r, info, n, false)
			continue
		}
		w.special(r, t, false)
	}
	return nil
}

// follow resolves a link and lists what it leads to.
func (w *walker) follow(l link) {
	info, err := os.Stat(l.abs)
	if err != nil {
		to, rerr := os.Readlink(l.abs)
		if rerr != nil {
			to = "?"
		}
		if errors.Is(err, fs.ErrNotExist) {
			w.reject(l.rel, salesrhythm.CodeBrokenLink, salesrhythm.Tr("a link to %s, which is not there (a share not connected, or a file moved?): nothing was read through it", to))
			return
		}
		w.reject(l.rel, salesrhythm.CodeBrokenLink, salesrhythm.Tr("a link to %s that cannot be followed: %s", to, plainError(err)))
		return
	}
	w.met(l.abs, l.rel, info, l.in, true)
}

// met lists a file or folder found at rel inside in, itself or through a
// link (linked).
func (w *walker) met(abs, rel string, info os.FileInfo, in *node, linked bool) {
	key := keyOf(abs, info)
	switch {
	case info.IsDir():
		for _, s := range w.skip {
			if os.SameFile(s, info) {
				w.done(rel+"/", salesrhythm.StatusSkipped, salesrhythm.Info, salesrhythm.CodeOutputFolder,
					salesrhythm.Tr("salesrhythm's output folder (paths.output): the reports, feedback copies and templates in it are not read as submissions"))
				return
			}
		}
		for p := in; p != nil; p = p.parent {
			if p.key == key {
				w.done(rel+"/", salesrhythm.StatusSkipped, salesrhythm.Info, salesrhythm.CodeLinkLoop,
					salesrhythm.Tr("a link to %s, which it is itself in: not followed; its workbooks are read once, from their own place", shown(p.rel)))
				return
			}
		}
		if first, ok := w.folders[key]; ok {
			w.done(rel+"/", salesrhythm.StatusSkipped, salesrhythm.Info, salesrhythm.CodeSameFile,
				sameAs(linked, "%s, whose workbooks are read from there, once", shown(first)))
			return
		}
		w.folders[key] = rel
		n := &node{key: key, rel: rel, parent: in}
		w.folder(abs, rel, n)
	case info.Mode().IsRegular():
		if first, ok := w.files[key]; ok {
			w.done(rel, salesrhythm.StatusSkipped, salesrhythm.Info, salesrhythm.CodeSameFile,
				sameAs(linked, "the file %s, which is read from there, once", first))
			return
		}
		w.files[key] = rel
		w.entries = append(w.entries, entry{abs: abs, rel: rel})
	default:
		w.special(rel, info.Mode().Type(), linked)
	}
}

// special lists a FIFO, socket, device or other non-file, never opened.
func (w *walker) special(rel string, t fs.FileMode, linked bool) {
	what := salesrhythm.Tr("not a regular file")
	switch {
	case t&fs.ModeNamedPipe != 0:
		what = salesrhythm.Tr("a named pipe (FIFO)")
	case t&fs.ModeSocket != 0:
		what = salesrhythm.Tr("a socket")
	case t&fs.ModeCharDevice != 0:
		what = salesrhythm.Tr("a character device")
	case t&fs.ModeDevice != 0:
		what = salesrhythm.Tr("a device")
	}
	if linked {
		what = salesrhythm.Tr("a link to %s", what)
	}
	w.done(rel, salesrhythm.StatusSkipped, salesrhythm.Warning, salesrhythm.CodeNotAFile,
		salesrhythm.Tr("%s, not a file: skipped without being opened", what))
}

// sameAs is the reason a file or folder met twice is skipped: rest says
// what it is and where it is read from (the message's English format,
// after "a link to" or "the same as").
func sameAs(linked bool, rest string, what any) salesrhythm.Text {
	if linked {
		return salesrhythm.Tr("a link to "+rest, what)
	}
	return salesrhythm.Tr("the same as "+rest, what) // a hard link, a bind mount
}

func (w *walker) reject(rel string, code salesrhythm.Code, msg salesrhythm.Text) {
	w.done(rel, salesrhythm.StatusRejected, salesrhythm.Error, code, msg)
}

func (w *walker) done(rel, status string, sev salesrhythm.Severity, code salesrhythm.Code, msg salesrhythm.Text) {
	r := &fileResult{File: File{Path: rel, Status: status, Reason: msg.En, Reasons: msg}}
	r.add(salesrhythm.Finding{Severity: sev, Code: code, Message: msg.En, Messages: msg})
	w.entries = append(w.entries, entry{rel: rel, done: r})
}

// shown names a folder of the inbox, the inbox itself included.
func shown(rel string) salesrhythm.Text {
	if rel == "" {
		return salesrhythm.Tr("the inbox")
	}
	return salesrhythm.Tr("the folder %s", rel+"/")
}

// plainError is an error of the file system without the path, which the
// finding already names.
func plainError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// realPath is abs with every link resolved, or abs when that fails.
func realPath(abs string) string {
	p, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return abs
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
