package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

func TestWriteReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.xlsx")
	for _, s := range []string{"one", "two"} {
		if err := WriteFile(p, Replace, []byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := os.ReadFile(p); string(b) != "two" {
		t.Errorf("content %q", b)
	}
	assertOnly(t, dir, "r.xlsx")
}

func TestNoReplaceKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "filled.xlsx")
	os.WriteFile(p, []byte("filled in"), 0o644)
	err := WriteFile(p, NoReplace, []byte("blank"))
	if !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "filled in" {
		t.Errorf("the filled file was replaced: %q", b)
	}
	assertOnly(t, dir, "filled.xlsx")
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.xlsx")
	os.WriteFile(p, []byte("last month"), 0o644)
	boom := errors.New("disk full")
	err := Write(p, Replace, func(w io.Writer) error {
		w.Write([]byte("half"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "last month" {
		t.Errorf("previous file changed: %q", b)
	}
	assertOnly(t, dir, "report.xlsx")
}

func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if err := WriteFile(filepath.Join(dir, "x"), Replace, []byte("x")); err == nil {
		t.Fatal("wrote into a read-only folder")
	}
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	if len(es) != len(names) {
		var got []string
		for _, e := range es {
			got = append(got, e.Name())
		}
		t.Fatalf("folder holds %v, want %v", got, names)
	}
}

// withoutNoReplace plays a file system with neither renameat2's
// RENAME_NOREPLACE nor hard links (FAT, some network shares), optionally
// running meanwhile before each attempt, as another program might.
func withoutNoReplace(t *testing.T, meanwhile func()) {
	t.Helper()
	rename, ln := renameNoReplace, link
	t.Cleanup(func() { renameNoReplace, link = rename, ln })
	renameNoReplace = func(old, new string) error {
		meanwhile()
		return errors.ErrUnsupported
	}
	link = func(old, new string) error {
		if _, err := os.Lstat(new); err == nil {
			return &os.LinkError{Op: "link", Old: old, New: new, Err: fs.ErrExist}
		}
		return &os.LinkError{Op: "link", Old: old, New: new, Err: syscall.EPERM}
	}
}

// TestNoReplaceWithoutTheMeansFails: where the file system cannot create a
// file without the risk of replacing one, NoReplace fails rather than
// rename — even when the target did not exist beforehand, since it may
// appear meanwhile.
func TestNoReplaceWithoutTheMeansFails(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "form.xlsx")
	withoutNoReplace(t, func() {})
	if err := WriteFile(p, NoReplace, []byte("blank")); !errors.Is(err, ErrNoReplace) {
		t.Fatalf("err = %v, want ErrNoReplace", err)
	}
	assertOnly(t, dir)
}

// TestNoReplaceFallbackKeepsAFileThatAppeared: the target appears after
// Write looked (someone saved the filled-in form meanwhile): it is kept.
func TestNoReplaceFallbackKeepsAFileThatAppeared(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "form.xlsx")
	withoutNoReplace(t, func() { os.WriteFile(p, []byte("filled in"), 0o644) })
	if err := WriteFile(p, NoReplace, []byte("blank")); !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "filled in" {
		t.Errorf("the filled file was replaced: %q", b)
	}
	assertOnly(t, dir, "form.xlsx")
}

// TestNoReplaceByLink: without renameat2, a hard link creates the target
// and fails when it appeared meanwhile.
func TestNoReplaceByLink(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "form.xlsx")
	rename := renameNoReplace
	t.Cleanup(func() { renameNoReplace = rename })
	appear := false
	renameNoReplace = func(old, new string) error {
		if appear {
			os.WriteFile(p, []byte("filled in"), 0o644)
		}
		return errors.ErrUnsupported
	}
	if err := WriteFile(p, NoReplace, []byte("blank")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "blank" {
		t.Errorf("content %q", b)
	}
	assertOnly(t, dir, "form.xlsx")
	os.Remove(p)
	appear = true
	if err := WriteFile(p, NoReplace, []byte("blank")); !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "filled in" {
		t.Errorf("the filled file was replaced: %q", b)
	}
	assertOnly(t, dir, "form.xlsx")
}

// TestSyncsOnlyItsFolders: a plain Write syncs its folder; with NoSync,
// Flush syncs each folder written to once, however many files, and a
// second Flush has nothing left to do.
func TestSyncsOnlyItsFolders(t *testing.T) {
	root := t.TempDir()
	sd := syncDir
	t.Cleanup(func() { syncDir = sd })
	var synced []string
	syncDir = func(dir string) error {
		synced = append(synced, dir)
		return sd(dir)
	}
	if err := WriteFile(filepath.Join(root, "report.xlsx"), Replace, []byte("r")); err != nil {
		t.Fatal(err)
	}
	if len(synced) != 1 || filepath.Clean(synced[0]) != root {
		t.Errorf("a plain write synced %v, want its folder", synced)
	}
	synced = nil
	var want []string
	for _, d := range []string{"a", "b", "c"} {
		dir := filepath.Join(root, d)
		os.Mkdir(dir, 0o755)
		want = append(want, dir)
		for i := range 20 {
			if err := WriteFile(filepath.Join(dir, fmt.Sprintf("w%d.xlsx", i)), NoReplace|NoSync, []byte("x")); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(synced) != 0 {
		t.Errorf("NoSync writes synced %v before Flush", synced)
	}
	if err := Flush(); err != nil {
		t.Fatal(err)
	}
	for i := range synced {
		synced[i] = filepath.Clean(synced[i])
	}
	if !slices.Equal(synced, want) {
		t.Errorf("Flush synced %v, want %v", synced, want)
	}
	synced = nil
	if err := Flush(); err != nil || len(synced) != 0 {
		t.Errorf("a second Flush synced %v (%v)", synced, err)
	}
}
