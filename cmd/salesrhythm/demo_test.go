package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := cli(t, dir, "demo", "--managers", "5", "--month", "2026-10", "--seed", "3", "company")
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s", code, errs)
	}
	for _, want := range []string{
		"8 people: a director, a head of sales, a group lead and 5 managers",
		"(not-a-date)", "(not-in-list)", "(duplicate-submission)", "(lock-file)",
		filepath.Join("company", "out", "salesrhythm-2026-10.xlsx"),
		filepath.Join("company", "out", "charts", "2026-10") + string(filepath.Separator),
		"cd company && salesrhythm check",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the demo does not say %q:\n%s", want, out)
		}
	}

	// The next command it suggests finds the planted mistakes.
	out, _, code = cli(t, filepath.Join(dir, "company"), "check")
	if code != exitInputError || !strings.Contains(out, "not-a-date") || !strings.Contains(out, "October 2026") {
		t.Errorf("check in the demo: exit %d, want 1 and the planted mistakes:\n%s", code, out)
	}

	_, errs, code = cli(t, dir, "demo", "company")
	if code != exitUsage || !strings.Contains(errs, "not empty") {
		t.Errorf("demo into a folder that is not empty: exit %d, %q; want 2 and a refusal", code, errs)
	}
	if _, errs, code := cli(t, dir, "demo", "--force", "--managers", "5", "--month", "2026-10", "company"); code != 0 {
		t.Errorf("demo --force: exit %d\n%s", code, errs)
	}
}

func TestDemoUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"demo", "--managers", "2"},
		{"demo", "--month", "2026-13"},
		{"demo", "--locale", "de"},
		{"demo", "a", "b"},
	} {
		dir := t.TempDir()
		if _, errs, code := cli(t, dir, args...); code != exitUsage {
			t.Errorf("%v: exit %d (%s), want 2", args, code, errs)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Errorf("%v wrote into the folder", args)
		}
	}
}
