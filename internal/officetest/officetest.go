// Package officetest runs real spreadsheet software on workbooks in tests:
// LibreOffice headless to convert and re-save, Debian's python3-openpyxl to
// re-write, and the npm packages exceljs and xlsx (SheetJS) to read. Tests
// skip when the program is absent; CI installs them all. Parts reads a
// workbook's zip entries for tests that look inside one.
package officetest

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Soffice returns the LibreOffice binary, skipping the test when there is none.
func Soffice(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("LibreOffice runs are skipped in -short mode")
	}
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
	return ""
}

// Convert converts every file in srcs with LibreOffice headless to the given
// filter ("pdf", "xlsx", "xlsx:Calc MS Excel 2007 XML") into outDir, and
// fails the test if LibreOffice reports an error or writes nothing. It
// returns the output paths in the order of srcs.
func Convert(t testing.TB, outDir, filter string, srcs ...string) []string {
	t.Helper()
	bin := Soffice(t)
	profile := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(profile), "--headless", "--norestore",
		"--convert-to", filter, "--outdir", outDir}
	cmd := exec.Command(bin, append(args, srcs...)...)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice %v: %v\n%s", filter, err, out)
	}
	if strings.Contains(strings.ToLower(string(out)), "error") {
		t.Fatalf("soffice reported an error:\n%s", out)
	}
	ext := strings.SplitN(filter, ":", 2)[0]
	var paths []string
	for _, src := range srcs {
		base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
		p := filepath.Join(outDir, base+"."+ext)
		st, err := os.Stat(p)
		if err != nil || st.Size() == 0 {
			t.Fatalf("soffice wrote no %s for %s:\n%s", ext, src, out)
		}
		paths = append(paths, p)
	}
	return paths
}

// Python returns Debian's python3 when it has openpyxl, skipping the test
// otherwise.
func Python(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("openpyxl runs are skipped in -short mode")
	}
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import openpyxl").Run() == nil {
			return p
		}
	}
	t.Skip("python3-openpyxl is not installed; .ci/run installs it")
	return ""
}

// Openpyxl runs a Python script with openpyxl imported and args after it.
func Openpyxl(t testing.TB, script string, args ...string) string {
	t.Helper()
	py := Python(t)
	out, err := exec.Command(py, append([]string{"-c", "import openpyxl, sys\n" + script}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	return string(out)
}

// nodeModules is where .ci/run installs the npm packages the tests use,
// from the package.json beside the writer corpus.
func nodeModules() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "importer", "testdata", "writers", "node_modules")
}

// Node runs a Node script with the npm packages of the writer corpus on its
// path and args after it, and returns its output. It skips the test when
// Node or a package the script needs is not installed.
func Node(t testing.TB, script string, packages []string, args ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("Node runs are skipped in -short mode")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("Node is not installed; .ci/run installs nodejs and npm")
	}
	for _, p := range packages {
		if _, err := os.Stat(filepath.Join(nodeModules(), p)); err != nil {
			t.Skipf("the npm package %s is not installed; .ci/run installs it (npm ci in importer/testdata/writers)", p)
		}
	}
	cmd := exec.Command(node, append([]string{"-e", script}, args...)...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+nodeModules())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	return string(out)
}

// Part is one zip entry of a workbook: its name and its body.
type Part struct{ Name, Body string }

// Parts returns every entry of the workbook data, in the zip's order,
// failing the test when data is not a zip or an entry does not inflate.
func Parts(t testing.TB, data []byte) []Part {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]Part, 0, len(zr.File))
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out = append(out, Part{f.Name, string(body)})
	}
	return out
}
