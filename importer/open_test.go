//go:build unix

package importer_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"salesrhythm/importer"
)

// TestOpenGoesThroughTheChecks: Open opens a workbook Check accepts and
// says which bytes it opened; a zip bomb and a FIFO are refused, the FIFO
// without being opened (which would block).
func TestOpenGoesThroughTheChecks(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.xlsx")
	data := workbook(t, 3)
	os.WriteFile(good, data, 0o644)
	f, sum, err := importer.Open(good)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if want := sha256.Sum256(data); sum != hex.EncodeToString(want[:]) {
		t.Errorf("sha256 %s, want the file's", sum)
	}

	bomb := filepath.Join(dir, "bomb.xlsx")
	os.WriteFile(bomb, withParts(t, data, part{name: "xl/worksheets/sheet2.xml", data: strings.Repeat("\x00", 8<<20)}), 0o644)
	if _, _, err := importer.Open(bomb); err == nil || !strings.Contains(err.Error(), "100 times its packed size") {
		t.Errorf("bomb: err = %v", err)
	}

	fifo := filepath.Join(dir, "fifo.xlsx")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	if _, _, err := importer.Open(fifo); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("FIFO: err = %v", err)
	}
}
