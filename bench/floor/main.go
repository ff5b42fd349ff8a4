// Command floor is the raw-parse floor of the import benchmark: it opens
// every .xlsx under a folder and tokenizes every XML part with encoding/xml,
// on all cores, doing nothing with the tokens. No importer can read the same
// workbooks faster with encoding/xml; bench/run.sh compares ours with it.
//
// Usage:
//
//	floor DIR
package main

import (
	"archive/zip"
	"encoding/xml"
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
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: floor DIR")
		os.Exit(2)
	}
	var paths []string
	filepath.WalkDir(os.Args[1], func(p string, d fs.DirEntry, err error) error {
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
				n, err := scan(p)
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
	fmt.Printf("%d files, %d tokens, %d unreadable, %.3f s\n", len(paths), tokens.Load(), failed.Load(), time.Since(start).Seconds())
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
