package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/internal/safefile"
)

func (a *app) initCommand() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Make a working folder: config.yaml, inbox/ and out/",
		Long: `init makes a working folder for a sales department: a commented config.yaml
with every setting, an inbox/ folder for completed workbooks and an out/
folder for templates and reports. DIR defaults to the current folder.

An existing config.yaml is left alone unless --force is given.`,
		Example: `  salesrhythm init my-team
  salesrhythm init --force .`,
		Args: cobra.MaximumNArgs(1),
		RunE: command(func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return a.initFolder(dir, force)
		}),
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing config.yaml")
	return cmd
}

func (a *app) initFolder(dir string, force bool) error {
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
	if err := safefile.WriteFile(cfg, mode, salesrhythm.SampleConfig); err != nil {
		if errors.Is(err, safefile.ErrExists) {
			return usageError(fmt.Errorf("%s already exists; edit it, or run 'salesrhythm init --force' to replace it with the sample", cfg))
		}
		return err
	}
	a.log.Debug("working folder made", "dir", abs)
	a.say("Made a working folder in %s:", abs)
	a.say("  config.yaml  settings: company, currency, language, holidays, norms")
	a.say("  inbox/       drop the completed workbooks here (sub-folders are fine)")
	a.say("  out/         templates and reports are written here")
	a.say("")
	a.say("Next steps:")
	a.say("  1. cd %s", dir)
	a.say("  2. Edit config.yaml: at least company, currency, locale and the holidays.")
	return nil
}
