package main

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"

	"salesrhythm"
	"salesrhythm/config"
)

// peekLocale is the language to speak before the configuration is read,
// for the errors of a command line that never gets that far: --locale,
// else SALESRHYTHM_LOCALE, else the locale of the config file the command
// would read, else the system's (LANG), else English. One that is not a language the program speaks
// is passed over, so that "--locale de" is refused in the language the
// user's configuration speaks.
func peekLocale(args []string) salesrhythm.Locale {
	file := os.Getenv(config.EnvPrefix + "_CONFIG")
	flag := ""
	for i, a := range args {
		if a == "--" {
			break
		}
		for _, name := range []string{"locale", "config"} {
			v, ok := strings.CutPrefix(a, "--"+name+"=")
			if !ok && a == "--"+name && i+1 < len(args) {
				v, ok = args[i+1], true
			}
			switch {
			case ok && name == "locale":
				flag = v
			case ok:
				file = v
			}
		}
	}
	if file == "" {
		file = config.DefaultFile
	}
	var inFile struct {
		Locale string `yaml:"locale"`
	}
	if data, err := os.ReadFile(file); err == nil {
		_ = yaml.Unmarshal(data, &inFile)
	}
	return config.FirstLocale(flag, os.Getenv(config.EnvPrefix+"_LOCALE"), inFile.Locale, config.SystemLanguage())
}

// localeAsked is the locale of a command that makes a working folder and
// reads no configuration: --locale, else SALESRHYTHM_LOCALE, else the
// system's (LANG) when the program speaks it, else English.
func (a *app) localeAsked(cmd *cobra.Command) (salesrhythm.Locale, error) {
	l, _ := cmd.Flags().GetString("locale")
	if l == "" {
		l = os.Getenv(config.EnvPrefix + "_LOCALE")
	}
	if l == "" {
		return config.FirstLocale(config.SystemLanguage()), nil
	}
	loc, err := salesrhythm.ParseLocale(l)
	if err != nil {
		return "", usageError(fmt.Errorf("--locale: %w", a.words(err)))
	}
	return loc, nil
}

var (
	unknownFlag      = regexp.MustCompile(`^unknown flag: --(\S+)$`)
	unknownShorthand = regexp.MustCompile(`^unknown shorthand flag: '(.)' in -\S+$`)
	needsArgument    = regexp.MustCompile(`^flag needs an argument: (?:--(\S+)|'(.)' in -\S+)$`)
	invalidArgument  = regexp.MustCompile(`^invalid argument "(.*)" for "(\S+)" flag: (.*)$`)
	unknownCommand   = regexp.MustCompile(`^unknown command "(.*)" for "(.*)"`)
	requiredFlags    = regexp.MustCompile(`^required flag\(s\) (.*) not set$`)
	quotedNames      = regexp.MustCompile(`[^", ]+`) // the names in "a", "b"
	exclusiveFlags   = regexp.MustCompile(`^if any flags in the group \[(.*)\] are set none of the others can be; \[(.*)\] were all set$`)
	atMostArgs       = regexp.MustCompile(`^accepts at most (\d+) arg\(s\), received (\d+)$`)
)

// flagError says what is wrong with a flag of cmd, in the app's language,
// and which flag a mistyped one most likely meant.
func (a *app) flagError(cmd *cobra.Command, err error) string {
	msg := err.Error()
	switch {
	case unknownFlag.MatchString(msg):
		name := unknownFlag.FindStringSubmatch(msg)[1]
		if s := salesrhythm.Suggest(name, flagNames(cmd)); s != "" {
			return a.text("unknown flag --%s; did you mean --%s?", name, s)
		}
		return a.text("unknown flag --%s", name)
	case unknownShorthand.MatchString(msg):
		return a.text("unknown flag -%s", unknownShorthand.FindStringSubmatch(msg)[1])
	case needsArgument.MatchString(msg):
		m := needsArgument.FindStringSubmatch(msg)
		if m[1] != "" {
			return a.text("the flag --%s needs a value", m[1])
		}
		return a.text("the flag -%s needs a value", m[2])
	case invalidArgument.MatchString(msg):
		m := invalidArgument.FindStringSubmatch(msg)
		return a.text("%s is not a valid value for %s", m[1], m[2])
	}
	return msg
}

// flagNames lists the long names of every flag cmd takes.
func flagNames(cmd *cobra.Command) []string {
	var names []string
	add := func(f *pflag.Flag) { names = append(names, f.Name) }
	cmd.Flags().VisitAll(add)
	cmd.InheritedFlags().VisitAll(add)
	return names
}

// seeHelp is the line an error of the command line ends with: where to
// read the help of the command at path.
func (a *app) seeHelp(path string) string { return "\n" + a.text("(see '%s --help')", path) }

// localError puts the errors cobra makes of a command line into the app's
// language, with the command a mistyped one most likely meant; cmd is the
// command that ran, if any.
func (a *app) localError(root, cmd *cobra.Command, err error) error {
	var e *exitError
	if err == nil || errors.As(err, &e) {
		return err
	}
	msg := err.Error()
	switch {
	case unknownCommand.MatchString(msg):
		m := unknownCommand.FindStringSubmatch(msg)
		parent, _, _ := root.Find(strings.Fields(m[2])[1:])
		if parent == nil {
			parent = root
		}
		if !parent.HasSubCommands() { // cobra.NoArgs says it so
			return errors.New(a.text("%s takes no arguments, but was given %q", m[2], m[1]) + a.seeHelp(m[2]))
		}
		var names []string
		for _, c := range parent.Commands() {
			if c.IsAvailableCommand() {
				names = append(names, c.Name())
			}
		}
		if s := salesrhythm.Suggest(m[1], names); s != "" {
			return errors.New(a.text("unknown command %q for %q; did you mean %q?", m[1], m[2], s) + a.seeHelp(m[2]))
		}
		return errors.New(a.text("unknown command %q for %q", m[1], m[2]) + a.seeHelp(m[2]))
	case requiredFlags.MatchString(msg):
		names := dashed(quotedNames.FindAllString(requiredFlags.FindStringSubmatch(msg)[1], -1))
		text := a.text("the flag %s is required", salesrhythm.And(names...))
		if len(names) > 1 {
			text = a.text("the flags %s are required", salesrhythm.And(names...))
		}
		if cmd != nil {
			text += a.seeHelp(cmd.CommandPath())
		}
		return errors.New(text)
	case exclusiveFlags.MatchString(msg):
		m := exclusiveFlags.FindStringSubmatch(msg)
		return errors.New(a.text("only one of the flags %s can be given", salesrhythm.Or(dashed(strings.Fields(m[2]))...)))
	case atMostArgs.MatchString(msg):
		m := atMostArgs.FindStringSubmatch(msg)
		most, _ := strconv.Atoi(m[1])
		got, _ := strconv.Atoi(m[2])
		return errors.New(a.text("takes at most %d arguments, got %d", most, got))
	}
	return err
}

func dashed(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "--" + n
	}
	return out
}
