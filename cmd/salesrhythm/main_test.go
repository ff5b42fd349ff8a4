package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"salesrhythm"
)

// cli runs the real command line in dir and returns stdout, stderr and the
// exit code main would use.
func cli(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	if err != nil && !isQuiet(err) {
		errb.WriteString("salesrhythm: " + err.Error() + "\n")
	}
	return out.String(), errb.String(), exitCode(err)
}

func TestInit(t *testing.T) {
	dir := t.TempDir()
	out, _, code := cli(t, dir, "init", "team")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, p := range []string{"team/config.yaml", "team/inbox", "team/out"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("init did not make %s", p)
		}
	}
	if !strings.Contains(out, "Next steps") || !strings.Contains(out, "3. salesrhythm template plan") || !strings.Contains(out, "4. salesrhythm template all") {
		t.Errorf("no next steps in\n%s", out)
	}

	// In the folder itself, there is no folder to go into first.
	os.MkdirAll(filepath.Join(dir, "here"), 0o755)
	if out, _, _ := cli(t, filepath.Join(dir, "here"), "init", "."); strings.Contains(out, "cd .") || !strings.Contains(out, "1. Edit config.yaml") {
		t.Errorf("init .:\n%s", out)
	}
	t.Chdir(dir)

	cfg := filepath.Join(dir, "team", "config.yaml")
	os.WriteFile(cfg, []byte("company: Mine\n"), 0o644)
	_, errs, code := cli(t, dir, "init", "team")
	if code != exitUsage || !strings.Contains(errs, "already exists") {
		t.Errorf("second init: exit %d, stderr %q; want 2 and a refusal", code, errs)
	}
	if b, _ := os.ReadFile(cfg); string(b) != "company: Mine\n" {
		t.Errorf("init replaced an existing config.yaml without --force")
	}
	if _, _, code := cli(t, dir, "init", "--force", "team"); code != 0 {
		t.Fatalf("init --force: exit %d", code)
	}
	if b, _ := os.ReadFile(cfg); !bytes.Contains(b, []byte("ranking:")) {
		t.Errorf("--force did not write the sample config")
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"init", "--colour"}, "unknown flag"},
		{[]string{"init", "a", "b"}, "takes at most 1 argument, got 2"},
		{[]string{"--quiet", "--verbose", "version"}, "only one of the flags --quiet or --verbose can be given"},
		// A slip of the keyboard gets the flag, command or value meant.
		{[]string{"check", "--monht", "2026-11"}, "unknown flag --monht; did you mean --month?"},
		{[]string{"repot"}, `unknown command "repot" for "salesrhythm"; did you mean "report"?`},
		{[]string{"template", "al"}, `did you mean "all"?`},
		{[]string{"demo", "--managers", "many"}, `many is not a valid value for --managers`},
		// In the language asked for, before any configuration is read.
		{[]string{"--locale", "hu", "check", "--monht", "2026-11"}, "ismeretlen kapcsoló: --monht; talán erre gondolt: --month?"},
		{[]string{"--locale", "hu", "repot"}, "nincs „repot” nevű parancs; talán erre gondolt: „salesrhythm report”?\n(súgó: „salesrhythm --help”)"},
		{[]string{"--locale", "hu", "template", "al"}, "nincs „al” nevű parancs; talán erre gondolt: „salesrhythm template all”?"},
		{[]string{"template", "week", "--week", "2026-49"}, "is not a week"},
		// A command that takes no arguments says so, rather than that there is no such command.
		{[]string{"check", "extra"}, "salesrhythm check takes no arguments, but was given \"extra\"\n(see 'salesrhythm check --help')"},
		{[]string{"--locale", "hu", "check", "extra"}, "a „salesrhythm check” parancs nem vár argumentumot, de ezt kapta: „extra”"},
		// A required flag left out is named as it is typed, with the help to see.
		{[]string{"template", "call-register"}, "the flag --person is required\n(see 'salesrhythm template call-register --help')"},
		{[]string{"--locale", "hu", "template", "call-register"}, "hiányzik a kötelező --person kapcsoló\n(súgó: „salesrhythm template call-register --help”)"},
	}
	for _, tt := range tests {
		_, errs, code := cli(t, t.TempDir(), tt.args...)
		if code != exitUsage || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, code, errs, tt.want)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, code := cli(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "salesrhythm ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
}

func TestEveryCommandHasHelpWithExamples(t *testing.T) {
	a := &app{now: time.Now}
	root := a.rootCommand()
	for _, c := range append(root.Commands(), root) {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if c.Short == "" || c.Example == "" {
			t.Errorf("%s: needs a Short and an Example for --help", c.CommandPath())
		}
	}
}

func TestDocListsEveryCommand(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	a := &app{now: time.Now}
	for _, c := range a.rootCommand().Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if !bytes.Contains(doc, []byte("\t"+c.Name()+" ")) {
			t.Errorf("doc.go does not document %q", c.Name())
		}
	}
}

// TestHelpInHungarian: in Hungarian, every command's --help is Hungarian:
// its summary, description, the comments of its examples, every flag's
// usage and cobra's own headings.
func TestHelpInHungarian(t *testing.T) {
	en := (&app{now: time.Now}).rootCommand()
	hu := (&app{now: time.Now, locale: salesrhythm.Hungarian}).rootCommand()
	var walk func(e, h *cobra.Command)
	walk = func(e, h *cobra.Command) {
		same := func(what, en, hu string) {
			if en != "" && en == hu {
				t.Errorf("%s: the %s is English in Hungarian: %q", e.CommandPath(), what, en)
			}
		}
		same("summary", e.Short, h.Short)
		same("description", e.Long, h.Long)
		if strings.Contains(e.Example, "#") {
			same("examples", e.Example, h.Example)
		}
		e.LocalFlags().VisitAll(func(f *pflag.Flag) { same("--"+f.Name+" usage", f.Usage, h.LocalFlags().Lookup(f.Name).Usage) })
		// A flag that takes a value names it (FILE, FÁJL), not by pflag's
		// type (string, int).
		for _, c := range []*cobra.Command{e, h} {
			c.LocalFlags().VisitAll(func(f *pflag.Flag) {
				if name, _ := pflag.UnquoteUsage(f); f.Value.Type() != "bool" && name == f.Value.Type() {
					t.Errorf("%s: --%s calls its value %q", c.CommandPath(), f.Name, name)
				}
			})
		}
		for i, sub := range e.Commands() {
			if sub.Name() != "completion" {
				walk(sub, h.Commands()[i])
			}
		}
	}
	walk(en, hu)

	for _, args := range [][]string{{"--help"}, {"template", "--help"}, {"report", "--help"}, {"help", "week"}} {
		out, _, code := cli(t, "", append([]string{"--locale", "hu"}, args...)...)
		for _, want := range []string{"Használat:", "Kapcsolók:", "súgó: "} {
			if code != 0 || !strings.Contains(out, want) {
				t.Errorf("%v: exit %d, no %q in\n%s", args, code, want, out)
			}
		}
		for _, english := range []string{"Usage:", "Flags:", "help for", "Available Commands:", "completion", "(default ", "[flags]", " string ", "DIR"} {
			if strings.Contains(out, english) {
				t.Errorf("%v: %q in Hungarian help\n%s", args, english, out)
			}
		}
	}
}

// TestSystemLanguage: with no --locale, no SALESRHYTHM_LOCALE and no config
// file to say, the program speaks the system's language when it is one it
// speaks: init writes a Hungarian config, and a config file that is not
// there is said to be missing in Hungarian.
func TestSystemLanguage(t *testing.T) {
	t.Setenv("LANG", "hu_HU.UTF-8")
	dir := t.TempDir()
	out, _, code := cli(t, dir, "init", "team")
	if code != 0 || !strings.Contains(out, "Következő lépések") {
		t.Errorf("init under LANG=hu_HU.UTF-8: exit %d, want Hungarian:\n%s", code, out)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "team", "config.yaml")); !bytes.Contains(b, []byte("locale: hu")) {
		t.Errorf("init under LANG=hu_HU.UTF-8 wrote no Hungarian config:\n%.300s", b)
	}
	_, errs, _ := cli(t, dir, "--config", "nincs.yaml", "check")
	if !strings.Contains(errs, "nincs ilyen beállításfájl") {
		t.Errorf("a missing config file under LANG=hu_HU.UTF-8: %q", errs)
	}
	// A config file that sets no locale is read in the system's language.
	os.WriteFile(filepath.Join(dir, "bare.yaml"), []byte("company: Mine\n"), 0o644)
	if _, errs, _ := cli(t, dir, "--config", "bare.yaml", "check", "--month", "2026-13"); !strings.Contains(errs, "nem hónap") {
		t.Errorf("a config without a locale under LANG=hu_HU.UTF-8: %q, want Hungarian", errs)
	}
	t.Setenv("LANG", "de_DE.UTF-8")
	_, errs, _ = cli(t, dir, "--config", "nincs.yaml", "check")
	if !strings.Contains(errs, "there is no such config file") {
		t.Errorf("a missing config file under LANG=de_DE.UTF-8: %q, want English", errs)
	}
}
