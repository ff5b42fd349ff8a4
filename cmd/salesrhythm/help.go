package main

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"salesrhythm"
)

// help is a text of --help in the app's language.
func (a *app) help(en, hu string) string { return salesrhythm.T(en, hu).In(a.locale) }

// monthUsage is the usage of a --month flag whose default is the month
// after today's when next, else the one before.
func (a *app) monthUsage(next bool) string {
	if next {
		return a.help("the month, `YYYY-MM` (default: config, else next month)", "a hónap, `ÉÉÉÉ-HH` (alapértelmezés: a beállításokban megadott, különben a következő hónap)")
	}
	return a.help("the month, `YYYY-MM` (default: config, else last month)", "a hónap, `ÉÉÉÉ-HH` (alapértelmezés: a beállításokban megadott, különben az előző hónap)")
}

// planUsage is the usage of a --plan flag naming the month's completed
// plan.
func (a *app) planUsage() string {
	return a.help("the completed plan `FILE` (default: the month's plan found in the inbox)", "a kitöltött terv, `FÁJL` (alapértelmezés: a hónap terve az inboxból)")
}

// localHelp puts what cobra itself says in --help into the app's language:
// the headings of the usage, the help command and every --help flag. The
// completion command stays, unlisted.
func (a *app) localHelp(root *cobra.Command) {
	root.SetUsageTemplate(a.help(usageTemplate, usageTemplateHu))
	root.CompletionOptions.HiddenDefaultCmd = true
	root.InitDefaultHelpCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Name() == "help" {
			c.Use = a.help("help [command]", "help [parancs]")
			c.Short = a.help("Help about any command", "Súgó bármelyik parancshoz")
			c.Long = a.help("help shows the help of the command it names, as the command's --help does.",
				"A help a megnevezett parancs súgóját mutatja meg, ahogy a parancs --help kapcsolója is.")
		}
		c.Flags().BoolP("help", "h", false, a.help("help for ", "súgó: ")+c.Name())
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

func init() {
	cobra.AddTemplateFunc("hungarianUse", func(use string) string { return strings.Replace(use, "[flags]", "[kapcsolók]", 1) })
	cobra.AddTemplateFunc("hungarianFlags", hungarianFlags)
}

// hungarianFlags says pflag's list of flags in Hungarian: its defaults, with
// the descriptions lined up by letters, not bytes (ÉÉÉÉ-HH). Every flag
// that takes a value names it in its usage (`FÁJL`), in either language.
func hungarianFlags(usages string) string {
	usages = strings.ReplaceAll(usages, " (default ", " (alapértelmezés: ")
	lines := strings.Split(usages, "\n")
	width := 0
	parts := make([][]string, len(lines))
	for i, line := range lines {
		m := flagLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		flag := m[2]
		parts[i] = []string{m[1], flag, m[3]}
		width = max(width, utf8.RuneCountInString(flag))
	}
	for i, p := range parts {
		if p != nil {
			lines[i] = p[0] + p[1] + strings.Repeat(" ", width-utf8.RuneCountInString(p[1])+3) + p[2]
		}
	}
	return strings.Join(lines, "\n")
}

// flagLine is a line of pflag's list of flags: its indent and shorthand,
// the flag with the name of its value, and what it does.
var flagLine = regexp.MustCompile(`^(\s*(?:-\S, )?)(--[a-z-]+(?: \S+)?) {2,}(.*)$`)

// usageTemplate is cobra's, with the same headings; usageTemplateHu says
// them in Hungarian.
const (
	usageTemplate = `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if gt (len .Aliases) 0}}

Aliases:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Available Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global Flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} [command] --help" for more information about a command.{{end}}
`
	usageTemplateHu = `Használat:{{if .Runnable}}
  {{hungarianUse .UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [parancs]{{end}}{{if gt (len .Aliases) 0}}

Más nevei:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Példák:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Parancsok:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Kapcsolók:
{{.LocalFlags.FlagUsages | hungarianFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Közös kapcsolók:
{{.InheritedFlags.FlagUsages | hungarianFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Egy parancs részletes leírása: „{{.CommandPath}} [parancs] --help”.{{end}}
`
)
