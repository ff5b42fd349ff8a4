package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
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
