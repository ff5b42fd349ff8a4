// Command floor measures the floors of the import benchmark, on all cores:
// by default it opens every .xlsx under a folder and tokenizes every XML
// part with encoding/xml, doing nothing with the tokens (no importer built
// on encoding/xml can be faster); with -inflate it only inflates every zip
// entry of every file, the least any reader of the same workbooks must do.
// bench/run.sh compares the import with both.
//
// Usage:
//
//	floor [-inflate] DIR
package main

import (
	"archive/zip"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	inflateOnly := flag.Bool("inflate", false, "only inflate every zip entry")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: floor [-inflate] DIR")
		os.Exit(2)
	}
	read := scan
	if *inflateOnly {
		read = inflate
	}
	var paths []string
	filepath.WalkDir(flag.Arg(0), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xlsx") && !strings.HasPrefix(d.Name(), "~$") {
			paths = append(paths, p)
		}
		return nil
	})
	start := time.Now()
	var tokens, failed atomic.Int64
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				n, err := read(p)
				tokens.Add(n)
				if err != nil {
					failed.Add(1)
				}
			}
		}()
	}
	for _, p := range paths {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	unit := "tokens"
	if *inflateOnly {
		unit = "bytes inflated"
	}
	fmt.Printf("%d files, %d %s, %d unreadable, %.3f s\n", len(paths), tokens.Load(), unit, failed.Load(), time.Since(start).Seconds())
}

// scan tokenizes every XML part of one workbook.
func scan(path string) (int64, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer z.Close()
	var n int64
	for _, f := range z.File {
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		r, err := f.Open()
		if err != nil {
			return n, err
		}
		d := xml.NewDecoder(r)
		for {
			_, err := d.RawToken()
			if err == io.EOF {
				break
			}
			if err != nil {
				r.Close()
				return n, err
			}
			n++
		}
		r.Close()
	}
	return n, nil
}

// inflate reads every entry of one workbook to its end, which also checks
// its CRC, and returns the bytes inflated.
func inflate(path string) (int64, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer z.Close()
	var n int64
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			return n, err
		}
		m, err := io.Copy(io.Discard, r)
		r.Close()
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
