package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"salesrhythm"
)

func TestInitSetsTheCountryFromTheLocale(t *testing.T) {
	for _, tt := range []struct {
		locale, want string
	}{
		{"hu", "\nlocale: hu\n"},
		{"en", "\nlocale: en\n"},
	} {
		dir := t.TempDir()
		out, errs, code := cli(t, dir, "init", "--locale", tt.locale, "team")
		if code != 0 {
			t.Fatalf("init --locale %s: exit %d\n%s", tt.locale, code, errs)
		}
		b, _ := os.ReadFile(filepath.Join(dir, "team", "config.yaml"))
		// Hungarian folders get Hungary's holidays; English ones keep the
		// sample's HU, which config.yaml says to change.
		if !strings.Contains(string(b), tt.want) || !strings.Contains(string(b), "\n  country: HU\n") || !strings.Contains(out, map[string]string{"en": "HU's public holidays", "hu": "(ország: HU)"}[tt.locale]) {
			t.Errorf("init --locale %s wrote\n%s\nand said\n%s", tt.locale, b, out)
		}
		if _, errs, code := cli(t, filepath.Join(dir, "team"), "template", "plan", "--month", "2026-11"); code != 0 {
			t.Errorf("the folder init made does not work: exit %d\n%s", code, errs)
		}
	}
	if _, errs, code := cli(t, t.TempDir(), "init", "--locale", "de"); code != exitUsage || !strings.Contains(errs, `"de" is not a supported locale`) {
		t.Errorf("init --locale de: exit %d, %q", code, errs)
	}
	// A language the program does not speak is refused in the one the
	// configuration or the environment speaks.
	hu := t.TempDir()
	os.WriteFile(filepath.Join(hu, "config.yaml"), []byte("locale: hu\n"), 0o644)
	if _, errs, code := cli(t, hu, "check", "--locale", "de"); code != exitUsage || !strings.Contains(errs, "„de” nem támogatott nyelv") {
		t.Errorf("check --locale de beside a Hungarian config.yaml: exit %d, %q", code, errs)
	}
	t.Setenv("SALESRHYTHM_LOCALE", "hu")
	if _, errs, code := cli(t, t.TempDir(), "check", "--locale", "de"); code != exitUsage || !strings.Contains(errs, "„de” nem támogatott nyelv") {
		t.Errorf("check --locale de with SALESRHYTHM_LOCALE=hu: exit %d, %q", code, errs)
	}
}

// december makes a working folder whose inbox holds the fixture's plan
// carried into December 2026, and whose config.yaml has the calendar given.
func december(t *testing.T, calendar string) string {
	t.Helper()
	dir := workdir(t)
	if _, errs, code := cli(t, dir, "template", "plan", "--month", "2026-12", "--from", "inbox/plan.xlsx", "--with-targets"); code != 0 {
		t.Fatalf("template plan: exit %d\n%s", code, errs)
	}
	os.Rename(filepath.Join(dir, "inbox", "plan.xlsx"), filepath.Join(dir, "plan-2026-11.xlsx"))
	if err := os.Rename(filepath.Join(dir, "out/templates/2026-12/plan_2026-12.xlsx"), filepath.Join(dir, "inbox", "plan-2026-12.xlsx")); err != nil {
		t.Fatal(err)
	}
	if calendar != "" {
		cfg := filepath.Join(dir, "config.yaml")
		b, _ := os.ReadFile(cfg)
		start, end := strings.Index(string(b), "\ncalendar:\n"), strings.Index(string(b), "\n# The management rhythm.")
		os.WriteFile(cfg, []byte(string(b[:start])+"\n"+calendar+string(b[end:])), 0o644)
	}
	return dir
}

// weeklyRequired reports how many weekly meetings December's report, once
// the month is over, says L-01 was due.
func weeklyRequired(t *testing.T, dir string) (int, string) {
	t.Helper()
	out, errs, code := cli(t, dir, "report", "--month", "2026-12", "--json", "--as-of", "2027-01-04")
	if code != 0 {
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	var s struct {
		WorkingDays int `json:"working_days"`
		Compliance  []struct {
			ID    string
			Norms []struct {
				Norm     string
				Required int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Compliance {
		for _, n := range c.Norms {
			if c.ID == "L-01" && n.Norm == "weekly-meeting" {
				return n.Required, errs
			}
		}
	}
	t.Fatalf("no weekly meeting for L-01 in\n%s", out)
	return 0, ""
}

// TestTheTurnOfTheYear: December 2026's last week runs to Sunday 3 January
// 2027, and Friday 1 January is a public holiday. The weekly meeting of the
// week of Mon 28 Dec is then due on Thu 31 Dec, in December: due Fri 4, 11,
// 18, Wed 23 (Thu 24 is a bridge day, Fri 25 Christmas) and Thu 31 = 5.
func TestTheTurnOfTheYear(t *testing.T) {
	dir := december(t, "")
	if n, errs := weeklyRequired(t, dir); n != 5 || strings.Contains(errs, "warning") {
		t.Errorf("with calendar.country HU: %d weekly meetings due in December, want 5; stderr %q", n, errs)
	}
	// Without a country, a calendar listing only 2026's holidays counts Fri
	// 1 Jan 2027 as worked: the week is due then, in January, and December
	// has 4. The report says why.
	dir = december(t, "calendar:\n  country: \"\"\n  holidays: [2026-12-24, 2026-12-25]\n")
	n, errs := weeklyRequired(t, dir)
	if n != 4 || !strings.Contains(errs, "warning: the calendar does not know the holidays of 2027, which the weeks of December 2026 reach") {
		t.Errorf("without a country: %d due, want 4; stderr %q", n, errs)
	}
}

// TestInitAndDemoReadTheLocaleFromTheEnvironment: with SALESRHYTHM_LOCALE
// and no --locale, init writes the sample config.yaml of that language,
// and demo speaks it (a language it does not speak is refused before
// anything is made).
func TestInitAndDemoReadTheLocaleFromTheEnvironment(t *testing.T) {
	t.Setenv("SALESRHYTHM_LOCALE", "hu")
	dir := t.TempDir()
	if _, errs, code := cli(t, dir, "init", "team"); code != 0 {
		t.Fatalf("init: exit %d\n%s", code, errs)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "team", "config.yaml"))
	first, _, _ := strings.Cut(string(salesrhythm.Sample(salesrhythm.Hungarian)), "\n")
	if !strings.HasPrefix(string(b), first+"\n") || !strings.Contains(string(b), "\nlocale: hu\n") {
		t.Errorf("init with SALESRHYTHM_LOCALE=hu wrote\n%.300s", b)
	}
	t.Setenv("SALESRHYTHM_LOCALE", "de")
	empty := t.TempDir()
	if _, errs, code := cli(t, empty, "demo", "company"); code != exitUsage || !strings.Contains(errs, `"de"`) {
		t.Errorf("demo with SALESRHYTHM_LOCALE=de: exit %d, %q", code, errs)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("demo refused the locale but made %d entries", len(entries))
	}
}
