package config

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"salesrhythm"
)

func write(t *testing.T, text string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.yaml"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestSampleConfigIsTheDefaults(t *testing.T) {
	// The repository's config.yaml documents every setting with its default
	// value; the holidays are its only addition. Its Hungarian twin holds
	// the same settings in Hungarian.
	l, err := Load(Options{Dir: ".."})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(l.File, "config.yaml") {
		t.Fatalf("read %q, want ../config.yaml", l.File)
	}
	for _, loc := range []salesrhythm.Locale{salesrhythm.English, salesrhythm.Hungarian} {
		l, err := Load(Options{Dir: write(t, string(salesrhythm.Sample(loc)))})
		if err != nil {
			t.Fatal(err)
		}
		got, want := l.Config, salesrhythm.Default()
		want.Locale, want.Company = loc, salesrhythm.SampleCompany(loc)
		got.Calendar.Holidays, got.Calendar.WorkingDays = nil, nil
		got.Paths, want.Paths = salesrhythm.Paths{}, salesrhythm.Paths{}
		if !equalJSON(t, got, want) {
			t.Errorf("the %s config.yaml differs from the defaults in code", loc)
		}
	}
	if !bytes.Equal(salesrhythm.Sample(salesrhythm.English), salesrhythm.SampleConfig) {
		t.Error("the English sample is not the repository's config.yaml")
	}
}

// TestSampleConfigNamesEveryCountry: the comment over calendar.country
// lists the codes the calendar knows, in either language.
func TestSampleConfigNamesEveryCountry(t *testing.T) {
	for _, loc := range []salesrhythm.Locale{salesrhythm.English, salesrhythm.Hungarian} {
		text := string(salesrhythm.Sample(loc))
		for _, c := range salesrhythm.Countries() {
			if !strings.Contains(text, " "+c+" ") && !strings.Contains(text, " "+c+"\n") {
				t.Errorf("the %s config.yaml does not list the country %s", loc, c)
			}
		}
	}
}

// TestHungarianSampleSaysItInHungarian: the Hungarian config.yaml has the
// English one's settings, line for line, and none of its sentences.
func TestHungarianSampleSaysItInHungarian(t *testing.T) {
	settings := func(text string) (lines []string) {
		for line := range strings.Lines(text) {
			line, _, _ = strings.Cut(line, "#")
			if line = strings.TrimRight(line, " \n"); line != "" && !strings.HasPrefix(line, "locale:") && !strings.HasPrefix(line, "company:") {
				lines = append(lines, line)
			}
		}
		return lines
	}
	en, hu := string(salesrhythm.Sample(salesrhythm.English)), string(salesrhythm.Sample(salesrhythm.Hungarian))
	if !slices.Equal(settings(en), settings(hu)) {
		t.Error("the Hungarian config.yaml's settings are not the English one's")
	}
	// Its example company is a Hungarian one, which every workbook shows
	// until the director names theirs.
	if !strings.Contains(hu, "\ncompany: Példa Kft.\n") {
		t.Error("the Hungarian config.yaml's company is not Példa Kft.")
	}
	for line := range strings.Lines(en) {
		comment, ok := strings.CutPrefix(strings.TrimSpace(line), "# ")
		sentence := slices.ContainsFunc(strings.Fields(comment), func(w string) bool { return slices.Contains([]string{"the", "of", "a", "is", "and", "to"}, w) })
		if ok && sentence && !strings.Contains(comment, "{") && strings.Contains(hu, comment) {
			t.Errorf("the Hungarian config.yaml says in English: %q", comment)
		}
	}
}

func TestCountryInAnyCase(t *testing.T) {
	for _, text := range []string{"calendar:\n  country: hu\n", "calendar:\n  country: \"\"\n"} {
		if _, err := Load(Options{Dir: write(t, text)}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

func TestNoFileGivesDefaults(t *testing.T) {
	dir := t.TempDir()
	l, err := Load(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if l.File != "" {
		t.Errorf("File = %q, want none", l.File)
	}
	if l.Config.Paths.Inbox != filepath.Join(dir, "inbox") {
		t.Errorf("inbox = %q, want it under the working folder", l.Config.Paths.Inbox)
	}
	if l.Config.Ranking.LeaderPercent != 100 || l.Config.TimeTable.SlotMinutes != 30 {
		t.Errorf("defaults not applied: %+v", l.Config.Ranking)
	}
}

func TestPrecedence(t *testing.T) {
	dir := write(t, "locale: hu\nranking:\n  leader_at_percent: 110\n  laggard_below_percent: 70\ncompany: File Co\n")
	t.Setenv("SALESRHYTHM_RANKING_LEADER_AT_PERCENT", "120")
	t.Setenv("SALESRHYTHM_COMPANY", "Env Co")
	t.Setenv("SALESRHYTHM_CALENDAR_HOLIDAYS", "2026-12-24,2026-12-25")
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	fs.String("company", "", "")
	fs.String("locale", "", "")
	if err := fs.Parse([]string{"--company", "Flag Co"}); err != nil {
		t.Fatal(err)
	}
	l, err := Load(Options{Dir: dir,
		Flags: map[string]*pflag.Flag{"company": fs.Lookup("company"), "locale": fs.Lookup("locale")}})
	if err != nil {
		t.Fatal(err)
	}
	c := l.Config
	if c.Company != "Flag Co" {
		t.Errorf("company = %q: a flag beats env and file", c.Company)
	}
	if c.Locale != salesrhythm.Hungarian {
		t.Errorf("locale = %q: an unset flag must not hide the file", c.Locale)
	}
	if c.Ranking.LeaderPercent != 120 {
		t.Errorf("leader = %g: env beats the file", c.Ranking.LeaderPercent)
	}
	if c.Ranking.LaggardPercent != 70 {
		t.Errorf("laggard = %g: the file beats the default", c.Ranking.LaggardPercent)
	}
	if len(c.Calendar.Holidays) != 2 || c.Calendar.Holidays[1] != salesrhythm.D(2026, 12, 25) {
		t.Errorf("holidays from env = %v", c.Calendar.Holidays)
	}
}

func TestRelativePathsFollowTheFile(t *testing.T) {
	dir := write(t, "paths:\n  inbox: ../shared/in\n")
	l, err := Load(Options{File: filepath.Join(dir, "config.yaml"), Dir: "/somewhere/else"})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(filepath.Dir(dir), "shared", "in"); l.Config.Paths.Inbox != want {
		t.Errorf("inbox = %q, want %q (relative to the file)", l.Config.Paths.Inbox, want)
	}
	if want := filepath.Join(dir, "out"); l.Config.Paths.Output != want {
		t.Errorf("output = %q, want %q (default, relative to the file)", l.Config.Paths.Output, want)
	}
}

func TestErrorsNameKeyAndLine(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // each must appear in the error
	}{
		{"unknown top-level key", "company: X\ncolour: red\n", []string{"config.yaml:2: colour: unknown key"}},
		{"unknown nested key", "ranking:\n  metric: revenue\n  leader: 90\n", []string{"config.yaml:3: ranking.leader: unknown key"}},
		{"unknown key in a list item", "norms:\n  - key: a\n    roles: [lead]\n    event: training\n    every: month\n    count: 1\n    colour: red\n", []string{"norms[0].colour: unknown key"}},
		{"wrong type", "ranking:\n  min_working_days: ten\n", []string{"config.yaml:2: ranking.min_working_days: must be a whole number"}},
		{"laggard above leader", "ranking:\n  leader_at_percent: 80\n  laggard_below_percent: 90\n", []string{"config.yaml:3: ranking.laggard_below_percent: 90 is above leader_at_percent 80"}},
		{"holiday not a date", "calendar:\n  holidays:\n    - 2026-12-24\n    - christmas\n", []string{"calendar.holidays", `"christmas" is not a date`}},
		{"slot does not divide the day", "time_table:\n  slot_minutes: 25\n", []string{"config.yaml:2: time_table.slot_minutes: 25 does not divide the day"}},
		{"negative count", "norms:\n  - key: a\n    roles: [lead]\n    event: training\n    every: month\n    count: -1\n", []string{"config.yaml:6: norms[0].count: must not be negative"}},
		{"bad locale", "locale: de\n", []string{"config.yaml:1: locale:", `"de" is not a supported locale`}},
		{"bad weekday", "calendar:\n  weekdays: [monday, funday]\n", []string{"calendar.weekdays", `"funday" is not a weekday`}},
		{"unknown country", "calendar:\n  country: HUN\n", []string{"config.yaml:2: calendar.country:", `"HUN" is not a country whose public holidays the calendar knows (AR, AT,`, `"" for none`}},
		{"broken yaml", "company: [unclosed\n", []string{"not valid YAML"}},
		{"currency no one names", "currency: forintok\n", []string{"config.yaml:1: currency:", `"forintok" is not a currency code: write its three letters (e.g. HUF, EUR)`}},
		{"every problem at once", "locale: de\nreport:\n  top: 0\n", []string{"config.yaml:1: locale", "config.yaml:3: report.top"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := write(t, tt.yaml)
			_, err := Load(Options{Dir: dir})
			if err == nil {
				t.Fatal("no error")
			}
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error is %T, want *config.Error", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%s\ndoes not contain %q", err, w)
				}
			}
		})
	}
}

func TestExplicitMissingFile(t *testing.T) {
	_, err := Load(Options{File: "nope.yaml", Dir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Fatalf("err = %v, want it to name the missing file", err)
	}
}

// TestCurrencyByName: a currency may be given by the name or symbol people
// write for it, and by its code in any case.
func TestCurrencyByName(t *testing.T) {
	for typed, want := range map[string]string{"forint": "HUF", "Ft": "HUF", "huf": "HUF", "euró": "EUR", "€": "EUR", "usd": "USD"} {
		l, err := Load(Options{Dir: write(t, fmt.Sprintf("currency: %q\n", typed))})
		if err != nil || l.Config.Currency != want {
			t.Errorf("currency: %s gives %q, %v; want %s", typed, l.Config.Currency, err, want)
		}
	}
}

// TestUnreadableFileInTheLanguageAsked: a config file that cannot be read
// says so in the language --locale or the environment asks for.
func TestUnreadableFileInTheLanguageAsked(t *testing.T) {
	dir := t.TempDir()
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	fs.String("locale", "", "")
	fs.Parse([]string{"--locale", "hu"})
	_, err := Load(Options{Dir: dir, File: "nincs.yaml", Flags: map[string]*pflag.Flag{"locale": fs.Lookup("locale")}})
	if err == nil || !strings.HasSuffix(err.Error(), "nincs.yaml: nincs ilyen beállításfájl") {
		t.Errorf("--locale hu: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("month: [\n"), 0o644)
	t.Setenv("SALESRHYTHM_LOCALE", "hu")
	_, err = Load(Options{Dir: dir, File: "bad.yaml"})
	if err == nil || !strings.Contains(err.Error(), "nem érvényes YAML") {
		t.Errorf("SALESRHYTHM_LOCALE=hu: %v", err)
	}
}

// TestErrorsNameTheFlagOrVariable: a bad value from a flag or the
// environment is blamed on it, not on a line of the file, and the flag or
// variable names the setting without the key said again.
func TestErrorsNameTheFlagOrVariable(t *testing.T) {
	dir := write(t, "company: X\nmonth: \"\"\n")
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	fs.String("month", "", "")
	fs.Parse([]string{"--month", "2026-13"})
	_, err := Load(Options{Dir: dir, Flags: map[string]*pflag.Flag{"month": fs.Lookup("month")}})
	if err == nil || !strings.Contains(err.Error(), `--month: "2026-13" is not a month`) {
		t.Errorf("flag: %v", err)
	}
	t.Setenv("SALESRHYTHM_RANKING_LEADER_AT_PERCENT", "abc")
	_, err = Load(Options{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "SALESRHYTHM_RANKING_LEADER_AT_PERCENT: must be a number") {
		t.Errorf("environment: %v", err)
	}
}

func TestUnknownVariable(t *testing.T) {
	t.Setenv("SALESRHYTHM_LOCAL", "hu")
	_, err := Load(Options{Dir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "SALESRHYTHM_LOCAL: sets no setting") {
		t.Errorf("err = %v", err)
	}
	os.Unsetenv("SALESRHYTHM_LOCAL")
	t.Setenv("SALESRHYTHM_CALENDAR_HOLIDAYS", "2026-12-24")
	if _, err := Load(Options{Dir: t.TempDir()}); err != nil {
		t.Errorf("a list set whole: %v", err)
	}
}

// TestDidYouMean: a mistyped key or variable is named with the setting it
// most likely meant, in the configuration's language.
func TestDidYouMean(t *testing.T) {
	tests := []struct {
		name, text, env, want string
	}{
		{"a key at the top that belongs in a section", "holiday: [2026-12-24]\n", "", "holiday: unknown key; did you mean calendar.holidays?"},
		{"a key in its section", "calendar:\n  holiday: [2026-12-24]\n", "", "calendar.holiday: unknown key; did you mean calendar.holidays?"},
		{"a key of a norm", "norms:\n  - key: x\n    coutn: 2\n", "", "norms[0].coutn: unknown key; did you mean norms[0].count?"},
		{"in Hungarian", "locale: hu\nranking:\n  leader_at_percnt: 90\n", "", "ranking.leader_at_percnt: ismeretlen kulcs; talán erre gondolt: ranking.leader_at_percent?"},
		{"a variable", "", "SALESRHYTHM_LOCAL", "SALESRHYTHM_LOCAL: sets no setting; did you mean SALESRHYTHM_LOCALE?"},
		{"nothing close", "colour: blue\n", "", "colour: unknown key ('salesrhythm init'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv(tt.env, "hu")
			}
			_, err := Load(Options{Dir: write(t, tt.text)})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}
