package main

import (
	"errors"
	"os"
	"path/filepath"

	"salesrhythm"
)

// outsideInbox refuses, before anything is written, an output that is the
// inbox, one of its files or anything inside it: there it could replace a
// workbook someone filled in (a slip of tab completion after --out), and
// the next run would read it back as a submission. from says where the
// paths came from, for the message.
func outsideInbox(cfg salesrhythm.Config, from string, paths ...string) error {
	inbox, err := os.Stat(cfg.Paths.Inbox)
	if err != nil || !inbox.IsDir() {
		return nil // no inbox, no input to protect
	}
	for _, p := range paths {
		if within(p, inbox) {
			return usageError(errors.New(salesrhythm.Tr("%s is inside the inbox %s (%s): salesrhythm never writes among the workbooks it reads, so that none is replaced or read back as a submission; choose a path outside the inbox. Nothing was written",
				p, cfg.Paths.Inbox, salesrhythm.Lookup(from).Text()).In(cfg.Locale)))
		}
	}
	return nil
}

// within reports whether path, which need not exist yet, is dir or lies
// inside it, through links and however the names are spelt: the nearest
// part of path that exists is resolved, then every folder above it is
// compared with dir as a file, not as a name.
func within(path string, dir os.FileInfo) bool {
	p, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rest := ""
	for {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = filepath.Join(real, rest)
			break
		}
		parent := filepath.Dir(p)
		if parent == p {
			break
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
	for {
		if fi, err := os.Stat(p); err == nil && os.SameFile(fi, dir) {
			return true
		}
		parent := filepath.Dir(p)
		if parent == p {
			return false
		}
		p = parent
	}
}
