//go:build unix

package main

import (
	"encoding/json"
	"maps"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm/internal/testinbox"
)

// checked is what check --json says, as far as these tests look.
type checked struct {
	Files []struct {
		Path, Status, Kind, Person, Reason string
		SupersededBy                       string `json:"superseded_by"`
	}
	Findings []struct{ File, Sheet, Severity, Code, Message string }
}

func checkJSON(t *testing.T, dir string, args ...string) (checked, int) {
	t.Helper()
	out, errs, code := cli(t, dir, append([]string{"check", "--month", "2026-11", "--json"}, args...)...)
	var c checked
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("check --json: exit %d, %v\n%s%s", code, err, out, errs)
	}
	return c, code
}

// status maps each path of the check to "status: reason".
func (c checked) status() map[string]string {
	m := map[string]string{}
	for _, f := range c.Files {
		m[f.Path] = f.Status + ": " + f.Reason
	}
	return m
}

// codes maps each file to the codes of its findings.
func (c checked) codes() map[string][]string {
	m := map[string][]string{}
	for _, f := range c.Findings {
		m[f.File] = append(m[f.File], f.Severity+" "+f.Code)
	}
	return m
}

// callsOf is the calls actual of a person in report --json.
func callsOf(t *testing.T, dir, id string) float64 {
	t.Helper()
	out, errs, code := cli(t, dir, "report", "--month", "2026-11", "--json")
	var s struct {
		People []struct {
			ID      string
			Targets map[string]struct{ Actual float64 }
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("report --json: exit %d, %v\n%s%s", code, err, out, errs)
	}
	for _, p := range s.People {
		if p.ID == id {
			return p.Targets["calls"].Actual
		}
	}
	t.Fatalf("%s is not in the report", id)
	return 0
}

// TestNoOutputInsideTheInbox: a report or templates aimed into the inbox —
// at the director's plan, a new sub-folder, the inbox itself, through a
// link, or by an output folder set inside it — are refused with exit 2, and
// nothing is written: the inbox is byte for byte what it was.
func TestNoOutputInsideTheInbox(t *testing.T) {
	dir := workdir(t)
	before := testinbox.Sums(t, filepath.Join(dir, "inbox"))
	os.Symlink("inbox", filepath.Join(dir, "linked"))
	for _, args := range [][]string{
		{"report", "--month", "2026-11", "--out", "inbox/plan.xlsx"},
		{"report", "--month", "2026-11", "--out", "inbox/2026-10/board.xlsx"},
		{"report", "--month", "2026-11", "--out", "inbox"},
		{"report", "--month", "2026-11", "--out", "linked/board.xlsx"},
		{"report", "--month", "2026-11", "--out", "./inbox/../inbox/anna/report.xlsx"},
		{"report", "--month", "2026-11", "--output", "inbox/out"},
		{"template", "plan", "--month", "2026-12", "--output", "inbox"},
		{"template", "all", "--month", "2026-11", "--output", "linked/out"},
	} {
		_, errs, code := cli(t, dir, args...)
		if code != exitUsage || !strings.Contains(errs, "is inside the inbox ") || !strings.Contains(errs, "Nothing was written") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a refusal", args, code, errs)
		}
	}
	if after := testinbox.Sums(t, filepath.Join(dir, "inbox")); !maps.Equal(before, after) {
		t.Errorf("the inbox changed: %d files before, %d after", len(before), len(after))
	}
	if _, err := os.Stat(filepath.Join(dir, "inbox", "2026-10")); err == nil {
		t.Error("a folder was made in the inbox")
	}
	// Beside the inbox is fine.
	if _, errs, code := cli(t, dir, "report", "--month", "2026-11", "--out", "inbox-report.xlsx"); code != 0 {
		t.Errorf("--out beside the inbox: exit %d, %s", code, errs)
	}
}

// TestCheckSkipsTheOutputFolder: an output folder inside the inbox, filled
// by an earlier version, is listed as skipped and nothing in it is read:
// the eight workbooks are read and the report in there is no submission.
func TestCheckSkipsTheOutputFolder(t *testing.T) {
	dir := workdir(t)
	if _, errs, code := cli(t, dir, "report", "--month", "2026-11"); code != 0 {
		t.Fatalf("report: exit %d, %s", code, errs)
	}
	if err := os.Rename(filepath.Join(dir, "out"), filepath.Join(dir, "inbox", "out")); err != nil {
		t.Fatal(err)
	}
	c, code := checkJSON(t, dir, "--output", "inbox/out")
	st := c.status()
	if code != 0 || len(c.Files) != 9 || !strings.HasPrefix(st["out/"], "skipped: salesrhythm's output folder") {
		t.Errorf("exit %d, files %v", code, st)
	}
	if got := c.codes()["out/"]; !slices.Equal(got, []string{"info output-folder"}) {
		t.Errorf("findings of out/: %v", got)
	}
}

// TestFeedbackCopyBackInTheInbox: Anna's call register has a date that
// cannot be read (Calls!A6, the second of her two calls), so the report
// counts 1 call for her and writes a feedback copy. The copy put back
// unchanged is skipped and she still has 1 call (not a duplicate that
// supersedes her original). Fixed by her and handed back, it is her
// resubmission: it supersedes the original and she has 2 calls.
func TestFeedbackCopyBackInTheInbox(t *testing.T) {
	dir := workdir(t)
	orig := filepath.Join(dir, "inbox", "anna", "call-register.xlsx")
	edit(t, orig, func(f *excelize.File) error { return f.SetCellStr("Calls", "A6", "31.13.2026") })
	if n := callsOf(t, dir, "M-001"); n != 1 {
		t.Fatalf("calls of M-001 with a broken date: %v, want 1", n)
	}
	copyPath := filepath.Join(dir, "out", "feedback", "2026-11", "anna", "call-register.xlsx")
	data, err := os.ReadFile(copyPath)
	if err != nil {
		t.Fatalf("no feedback copy: %v", err)
	}
	back := filepath.Join(dir, "inbox", "returned", "call-register.xlsx")
	os.MkdirAll(filepath.Dir(back), 0o755)
	os.WriteFile(back, data, 0o644)

	c, _ := checkJSON(t, dir)
	st := c.status()
	if st["returned/call-register.xlsx"] != "skipped: an unchanged feedback copy of anna/call-register.xlsx, made by 'salesrhythm report': skipped, the original counts" ||
		!strings.HasPrefix(st["anna/call-register.xlsx"], "read") {
		t.Errorf("statuses %v", st)
	}
	for _, f := range c.Files {
		if f.SupersededBy != "" {
			t.Errorf("%s superseded by %s", f.Path, f.SupersededBy)
		}
	}
	if got := c.codes()["returned/call-register.xlsx"]; !slices.Equal(got, []string{"info feedback-copy"}) {
		t.Errorf("findings of the copy: %v", got)
	}
	if n := callsOf(t, dir, "M-001"); n != 1 {
		t.Errorf("calls of M-001 with the copy back unchanged: %v, want 1", n)
	}

	// Anna types the date right (10 November 2026, serial 46336) and
	// saves, which sets the document's modification time.
	edit(t, back, func(f *excelize.File) error {
		if err := f.SetCellValue("Calls", "A6", 46336); err != nil {
			return err
		}
		return f.SetDocProps(&excelize.DocProperties{Modified: "2026-12-02T09:00:00Z"})
	})
	c, _ = checkJSON(t, dir)
	st = c.status()
	var superseded string
	for _, f := range c.Files {
		if f.Path == "anna/call-register.xlsx" {
			superseded = f.SupersededBy
		}
	}
	if !strings.HasPrefix(st["returned/call-register.xlsx"], "read") || superseded != "returned/call-register.xlsx" {
		t.Errorf("statuses %v, the original superseded by %q", st, superseded)
	}
	if got := c.codes()["returned/call-register.xlsx"]; !slices.Equal(got, []string{"info feedback-copy"}) {
		t.Errorf("findings of the edited copy: %v (its Feedback sheet is no extra data)", got)
	}
	if n := callsOf(t, dir, "M-001"); n != 2 {
		t.Errorf("calls of M-001 with her fixed copy: %v, want 2", n)
	}
}

// TestEveryInboxEntryAccountedFor plants every kind of entry a shared
// folder can hold and checks each is in check --json with its status:
// Anna's folder and Lajos's log live elsewhere and are linked in (read
// through the links); a second link to Anna's folder, a link to the plan,
// a hard link to it and a link from Anna's folder back to the inbox are
// each read once; a dangling link, a FIFO, a socket and a link to
// /dev/zero, all named .xlsx, are never opened.
func TestEveryInboxEntryAccountedFor(t *testing.T) {
	dir := workdir(t)
	inbox, share := filepath.Join(dir, "inbox"), filepath.Join(dir, "share")
	os.Mkdir(share, 0o755)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Rename(filepath.Join(inbox, "anna"), filepath.Join(share, "anna")))
	must(os.Symlink(filepath.Join(share, "anna"), filepath.Join(inbox, "anna")))
	must(os.Symlink(filepath.Join(share, "anna"), filepath.Join(inbox, "shared-anna")))
	must(os.Symlink(inbox, filepath.Join(share, "anna", "back")))
	must(os.Rename(filepath.Join(inbox, "lajos", "log.xlsx"), filepath.Join(share, "log.xlsx")))
	must(os.Symlink(filepath.Join(share, "log.xlsx"), filepath.Join(inbox, "lajos", "log.xlsx")))
	must(os.Symlink("plan.xlsx", filepath.Join(inbox, "plan-link.xlsx")))
	must(os.Link(filepath.Join(inbox, "plan.xlsx"), filepath.Join(inbox, "plan2.xlsx")))
	must(os.Symlink(filepath.Join(share, "moved.xlsx"), filepath.Join(inbox, "gone.xlsx")))
	must(os.Symlink("/dev/zero", filepath.Join(inbox, "zero.xlsx")))
	fifo := filepath.Join(inbox, "pipe.xlsx")
	must(syscall.Mkfifo(fifo, 0o644))
	sock, err := net.Listen("unix", filepath.Join(inbox, "sock.xlsx"))
	if err != nil {
		t.Skip("no unix sockets here:", err)
	}
	defer sock.Close()
	os.WriteFile(filepath.Join(inbox, "~$plan.xlsx"), []byte("lock"), 0o644)
	os.WriteFile(filepath.Join(inbox, "notes.xlsx"), []byte("%PDF-1.4"), 0o644)
	// Should the check open the FIFO, it would wait for a writer for
	// ever: be that writer after a while, so the test fails instead.
	opened := false
	watchdog := time.AfterFunc(time.Minute, func() {
		opened = true
		if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
	c, code := checkJSON(t, dir)
	watchdog.Stop()
	if opened {
		t.Fatal("the check opened the FIFO")
	}
	want := map[string]string{
		"anna/call-register.xlsx":   "read",
		"anna/time-table.xlsx":      "read",
		"anna/weekly-report.xlsx":   "read",
		"anna/client-profiles.xlsx": "read",
		"anna/back/":                "skipped: a link to the inbox, which it is itself in: not followed; its workbooks are read once, from their own place",
		"shared-anna/":              "skipped: a link to the folder anna/, whose workbooks are read from there, once",
		"lajos/log.xlsx":            "read",
		"lajos/assessment.xlsx":     "read",
		"lajos/one-on-one.xlsx":     "read",
		"plan.xlsx":                 "read",
		"plan-link.xlsx":            "skipped: a link to the file plan.xlsx, which is read from there, once",
		"plan2.xlsx":                "skipped: the same as the file plan.xlsx, which is read from there, once",
		"gone.xlsx":                 "rejected: a link to " + filepath.Join(share, "moved.xlsx") + ", which is not there (a share not connected, or a file moved?): nothing was read through it",
		"zero.xlsx":                 "skipped: a link to a character device, not a file: skipped without being opened",
		"pipe.xlsx":                 "skipped: a named pipe (FIFO), not a file: skipped without being opened",
		"sock.xlsx":                 "skipped: a socket, not a file: skipped without being opened",
		"~$plan.xlsx":               "skipped: the lock file of a workbook someone has open: skipped",
		"notes.xlsx":                "rejected",
	}
	got := c.status()
	for p, w := range want {
		if !strings.HasPrefix(got[p], w) {
			t.Errorf("%s: %q, want %q", p, got[p], w)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("unexpected entry %s: %s", p, got[p])
		}
	}
	codes := c.codes()
	for p, w := range map[string]string{"anna/back/": "info link-loop", "shared-anna/": "info same-file", "plan-link.xlsx": "info same-file", "plan2.xlsx": "info same-file",
		"gone.xlsx": "error broken-link", "zero.xlsx": "warning not-a-file", "pipe.xlsx": "warning not-a-file", "sock.xlsx": "warning not-a-file"} {
		if !slices.Equal(codes[p], []string{w}) {
			t.Errorf("findings of %s: %v, want %s", p, codes[p], w)
		}
	}
	if code != exitInputError {
		t.Errorf("exit %d, want 1 for the dangling link and the PDF", code)
	}
	// Read through the links, Anna's two calls count.
	if n := callsOf(t, dir, "M-001"); n != 2 {
		t.Errorf("calls of M-001: %v, want 2", n)
	}
}

// TestUnreadableFolderIsAFinding: a sub-folder that cannot be listed is an
// error naming it, and the rest of the inbox is read.
func TestUnreadableFolderIsAFinding(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every folder")
	}
	dir := workdir(t)
	locked := filepath.Join(dir, "inbox", "locked")
	os.Mkdir(locked, 0o755)
	os.WriteFile(filepath.Join(locked, "x.xlsx"), []byte("x"), 0o644)
	os.Chmod(locked, 0)
	defer os.Chmod(locked, 0o755)
	c, code := checkJSON(t, dir)
	if st := c.status(); code != exitInputError || len(c.Files) != 7 || !strings.HasPrefix(st["locked/"], "rejected: the folder cannot be read") {
		t.Errorf("exit %d, files %v", code, st)
	}
	if got := c.codes()["locked/"]; !slices.Equal(got, []string{"error unreadable"}) {
		t.Errorf("findings of locked/: %v", got)
	}
}
