package main

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/internal/safefile"
)

func (a *app) initCommand() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   a.help("init [DIR]", "init [MAPPA]"),
		Short: a.help("Make a working folder: config.yaml, inbox/ and out/", "Munkamappa készítése: config.yaml, inbox/ és out/"),
		Long: a.help(`init makes a working folder for a sales department: a commented config.yaml
with every setting, an inbox/ folder for completed workbooks and an out/
folder for templates and reports. DIR defaults to the current folder.

--locale sets the language of the config.yaml written, and the country whose
public holidays count as days off: hu writes HU; en keeps the sample's HU,
which config.yaml says to change.

An existing config.yaml is left alone unless --force is given.`,
			`Az init munkamappát készít egy értékesítési osztálynak: egy config.yaml
fájlt minden beállítással és magyarázattal, egy inbox/ mappát a kitöltött
munkafüzeteknek és egy out/ mappát a sablonoknak és a jelentéseknek. A
MAPPA alapértelmezése az aktuális mappa.

A --locale a config.yaml nyelvét adja meg, és azt az országot, amelynek
munkaszüneti napjai szabadnapnak számítanak: a hu a HU országot írja be; az
en megtartja a mintafájl HU értékét, amelynek átírására a config.yaml
figyelmeztet.

A meglévő config.yaml fájlt csak a --force kapcsolóval írja felül.`),
		Example: a.help(`  salesrhythm init my-team
  salesrhythm init --locale hu csapat
  salesrhythm init --force .`, `  salesrhythm init csapat
  salesrhythm init --locale hu csapat
  salesrhythm init --force .`),
		Args: cobra.MaximumNArgs(1),
		RunE: command(func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			locale, err := a.localeAsked(cmd)
			if err != nil {
				return err
			}
			return a.initFolder(dir, locale, force)
		}),
	}
	cmd.Flags().BoolVar(&force, "force", false, a.help("overwrite an existing config.yaml", "a meglévő config.yaml felülírása"))
	return cmd
}

// countryOf is the country whose public holidays a working folder in a
// locale starts with. English is spoken in too many to choose: its folder
// keeps the sample's country.
var countryOf = map[salesrhythm.Locale]string{salesrhythm.Hungarian: "HU"}

// sampleFor is the sample config.yaml in the locale, set to its country.
func sampleFor(l salesrhythm.Locale) ([]byte, string, error) {
	country := salesrhythm.Default().Calendar.Country
	if c, ok := countryOf[l]; ok {
		country = c
	}
	text, err := salesrhythm.SampleWith(l, [2]string{"  country: HU", "  country: " + country})
	return text, country, err
}

func (a *app) initFolder(dir string, locale salesrhythm.Locale, force bool) error {
	sample, country, err := sampleFor(locale)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	for _, d := range []string{abs, filepath.Join(abs, "inbox"), filepath.Join(abs, "out")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	mode := safefile.NoReplace
	if force {
		mode = safefile.Replace
	}
	cfg := filepath.Join(abs, "config.yaml")
	if err := safefile.WriteFile(cfg, mode, sample); err != nil {
		if errors.Is(err, safefile.ErrExists) {
			return usageError(a.errorf("%s already exists; edit it, or run 'salesrhythm init --force' to replace it with the sample", cfg))
		}
		return err
	}
	a.log.Debug("working folder made", "dir", abs)
	a.locale = locale
	a.say("Made a working folder in %s:", abs)
	a.say("  config.yaml  settings: company, currency, language (%s), holidays (%s's public holidays), norms", locale, country)
	a.say("  inbox/       drop the completed workbooks here (sub-folders are fine)")
	a.say("  out/         templates and reports are written here")
	a.say("")
	a.say("Next steps:")
	steps := []string{
		a.text("Edit config.yaml: at least company, currency, locale and the calendar's country and days off."),
		a.text("salesrhythm template plan: the plan workbook of next month, for the director to fill in (the team and the targets); once filled in, it goes in inbox/."),
		a.text("salesrhythm template all: every workbook of the month for everyone in the plan, to hand out; they come back into inbox/."),
		a.text("salesrhythm check, and at the month's end salesrhythm report. ('salesrhythm demo' shows it all on a made-up company.)"),
	}
	if !here(dir) {
		steps = append([]string{"cd " + dir}, steps...)
	}
	for i, s := range steps {
		if !a.quiet {
			fprintf(a.stdout, "  %d. %s\n", i+1, s)
		}
	}
	return nil
}

// here reports whether dir is the working folder the command runs in: no
// "cd" to suggest.
func here(dir string) bool {
	wd, err := os.Getwd()
	abs, err2 := filepath.Abs(dir)
	return err == nil && err2 == nil && filepath.Clean(wd) == abs
}
