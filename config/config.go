// Package config loads salesrhythm's settings: the defaults built into the
// program, overlaid by a config.yaml file, then SALESRHYTHM_… environment
// variables, then command-line flags. It rejects unknown keys, wrong types
// and impossible values with the key and, where the file has it, the line.
//
// It only reads; it never writes a configuration back.
package config

import (
	"encoding"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"

	"salesrhythm"
)

// EnvPrefix starts every environment variable that sets a key:
// SALESRHYTHM_RANKING_LEADER_AT_PERCENT sets ranking.leader_at_percent.
const EnvPrefix = "SALESRHYTHM"

// DefaultFile is the config file read from the working folder when no
// --config is given.
const DefaultFile = "config.yaml"

// Options say where the settings come from besides the defaults.
type Options struct {
	File  string                 // --config; "" looks for ./config.yaml
	Dir   string                 // the working folder; "" is the process's
	Flags map[string]*pflag.Flag // config key → the flag that sets it
	// System is the language of the user's system (SystemLanguage), spoken
	// when neither a flag, the environment nor the file sets a locale.
	System string
}

// Loaded is the result of Load.
type Loaded struct {
	Config salesrhythm.Config
	File   string // the config file read, "" when none
}

// Error is an invalid configuration: every problem found, each with the key
// and, where known, the line of the file.
type Error struct {
	File     string
	Problems []Problem
	// Locale is the language Error writes in: the one the configuration
	// asks for, as far as it could be read.
	Locale salesrhythm.Locale
}

// Problem is one invalid setting.
type Problem struct {
	Key  string
	Line int    // 0 when the setting is not in the file
	Via  string // the flag or environment variable that set it, if one did
	Msg  salesrhythm.Text
}

func (e *Error) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("\n")
		}
		place := e.File
		switch {
		case p.Via != "":
			place = p.Via
		case place == "":
			place = salesrhythm.Tr("configuration").In(e.Locale)
		case p.Line > 0:
			place = fmt.Sprintf("%s:%d", place, p.Line)
		}
		// A flag or a variable names its key itself: "--month: …", not
		// "--month: month: …".
		if p.Key != "" && p.Via == "" {
			fmt.Fprintf(&b, "%s: %s: %s", place, p.Key, p.Msg.In(e.Locale))
		} else {
			fmt.Fprintf(&b, "%s: %s", place, p.Msg.In(e.Locale))
		}
	}
	return b.String()
}

// plain is a message that is the same in every language: an error of the
// system or of a library, which has no translation.
func plain(s string) salesrhythm.Text { return salesrhythm.T(s, s) }

// Load builds the configuration. Every failure is an *Error, in the
// language the configuration asks for or, when it cannot be read that far,
// the one --locale, SALESRHYTHM_LOCALE or the system's locale asks for.
func Load(o Options) (Loaded, error) {
	l, err := load(o)
	if e, ok := err.(*Error); ok && e.Locale == "" {
		var flag string
		if f := o.Flags["locale"]; f != nil {
			flag = f.Value.String()
		}
		e.Locale = FirstLocale(flag, os.Getenv(EnvPrefix+"_LOCALE"), o.System)
	}
	return l, err
}

// SystemLocaleVars are the environment variables that give the system's
// locale, in the order POSIX reads them.
var SystemLocaleVars = []string{"LC_ALL", "LC_MESSAGES", "LANG"}

// SystemLanguage is the language of the user's system locale, as POSIX
// picks it (SystemLocaleVars): "hu" of "hu_HU.UTF-8".
func SystemLanguage() string {
	for _, name := range SystemLocaleVars {
		if v := os.Getenv(name); v != "" {
			lang, _, _ := strings.Cut(v, "_")
			lang, _, _ = strings.Cut(lang, ".")
			return lang
		}
	}
	return ""
}

func load(o Options) (Loaded, error) {
	dir := o.Dir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return Loaded{}, &Error{Problems: []Problem{{Msg: plain(err.Error())}}}
		}
		dir = wd
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	file, err := findFile(o, dir)
	if err != nil {
		return Loaded{}, err
	}

	v := viper.New()
	setDefaults(v, "", reflect.ValueOf(salesrhythm.Default()))
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	for key, f := range o.Flags {
		if err := v.BindPFlag(key, f); err != nil {
			return Loaded{}, &Error{Problems: []Problem{{Key: key, Msg: plain(err.Error())}}}
		}
	}

	var lines *yaml.Node
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return Loaded{}, &Error{File: file, Problems: []Problem{{Msg: plain(err.Error())}}}
		}
		lines, err = parseLines(data)
		if err != nil {
			return Loaded{}, &Error{File: file, Problems: []Problem{yamlProblem(err)}}
		}
		v.SetConfigType("yaml")
		if err := v.ReadConfig(strings.NewReader(string(data))); err != nil {
			return Loaded{}, &Error{File: file, Problems: []Problem{yamlProblem(err)}}
		}
	}

	locale := localeOf(lines, o)
	if ps := unknownEnv(v); len(ps) > 0 {
		return Loaded{}, &Error{File: file, Problems: ps, Locale: locale}
	}
	where := func(key string) (int, string) {
		if via := overriddenBy(key, o); via != "" {
			return 0, via
		}
		return lineOf(lines, key), ""
	}
	var cfg salesrhythm.Config
	hook := viper.DecodeHook(mapstructure.ComposeDecodeHookFunc(
		timeToText(),
		mapstructure.TextUnmarshallerHookFunc(),
		splitList(),
	))
	if err := v.UnmarshalExact(&cfg, hook); err != nil {
		return Loaded{}, &Error{File: file, Problems: decodeProblems(err, where), Locale: locale}
	}
	if code := salesrhythm.CurrencyCode(cfg.Currency); len(code) == 3 {
		cfg.Currency = code // "forint", "Ft" and "huf" are HUF
	}
	if ps := cfg.Validate(); len(ps) > 0 {
		e := &Error{File: file, Locale: locale}
		for _, p := range ps {
			line, via := where(p.Key)
			e.Problems = append(e.Problems, Problem{Key: p.Key, Line: line, Via: via, Msg: p.Msg})
		}
		return Loaded{}, e
	}
	cfg.Locale = locale // as the program spells it: "HU" is hu
	cfg.Paths.Inbox = resolve(cfg.Paths.Inbox, "paths.inbox", file, dir, o)
	cfg.Paths.Output = resolve(cfg.Paths.Output, "paths.output", file, dir, o)
	return Loaded{Config: cfg, File: file}, nil
}

func findFile(o Options, dir string) (string, error) {
	name := o.File
	explicit := name != ""
	if !explicit {
		name = os.Getenv(EnvPrefix + "_CONFIG")
		explicit = name != ""
	}
	if !explicit {
		name = DefaultFile
	}
	if !filepath.IsAbs(name) {
		name = filepath.Join(dir, name)
	}
	st, err := os.Stat(name)
	switch {
	case err == nil && st.IsDir():
		return "", &Error{File: name, Problems: []Problem{{Msg: salesrhythm.Tr("is a folder, not a config file")}}}
	case err == nil:
		return name, nil
	case explicit && errors.Is(err, fs.ErrNotExist):
		return "", &Error{File: name, Problems: []Problem{{Msg: salesrhythm.Tr("there is no such config file")}}}
	case explicit:
		return "", &Error{File: name, Problems: []Problem{{Msg: salesrhythm.Tr("cannot read the config file: %s", errors.Unwrap(err).Error())}}}
	}
	return "", nil
}

// resolve makes a path absolute: a path written in the config file is
// relative to the file's folder, so a working folder can move; one given by
// a flag or the environment is relative to the working folder.
func resolve(path, key, file, dir string, o Options) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	base := dir
	if file != "" && overriddenBy(key, o) == "" {
		base = filepath.Dir(file)
	}
	return filepath.Join(base, path)
}

// setDefaults registers every leaf of the default configuration with viper,
// so that environment variables reach Unmarshal (viper only looks up the
// environment for keys it knows) and UnmarshalExact knows every valid key.
func setDefaults(v *viper.Viper, prefix string, val reflect.Value) {
	t := val.Type()
	if m, ok := val.Interface().(encoding.TextMarshaler); ok && val.Kind() == reflect.Struct {
		b, _ := m.MarshalText()
		v.SetDefault(prefix, string(b))
		return
	}
	if val.Kind() != reflect.Struct {
		v.SetDefault(prefix, val.Interface())
		return
	}
	for i := range t.NumField() {
		tag := strings.Split(t.Field(i).Tag.Get("mapstructure"), ",")[0]
		key := tag
		if prefix != "" {
			key = prefix + "." + tag
		}
		setDefaults(v, key, val.Field(i))
	}
}

// timeToText turns a YAML timestamp (an unquoted 2026-12-24) back into text
// so that Date's UnmarshalText reads it.
func timeToText() mapstructure.DecodeHookFuncType {
	return func(from, to reflect.Type, data any) (any, error) {
		if t, ok := data.(time.Time); ok {
			return t.Format(time.DateOnly), nil
		}
		return data, nil
	}
}

// rootType is how mapstructure names the top level in its errors.
// splitList lets an environment variable set a list: "a,b" → [a b].
func splitList() mapstructure.DecodeHookFuncType {
	return func(from, to reflect.Type, data any) (any, error) {
		s, ok := data.(string)
		if !ok || to.Kind() != reflect.Slice {
			return data, nil
		}
		if s == "" {
			return []string{}, nil
		}
		return strings.Split(s, ","), nil
	}
}

var rootType = reflect.TypeFor[salesrhythm.Config]().String()

var quoted = regexp.MustCompile(`'([^']*)'`)

// decodeProblems turns mapstructure's joined error into one problem per
// line, each with the key it names and that key's line in the file.
func decodeProblems(err error, where func(key string) (int, string)) []Problem {
	var ps []Problem
	for _, msg := range strings.Split(err.Error(), "\n") {
		msg = strings.TrimSpace(msg)
		if msg == "" || strings.HasPrefix(msg, "decoding failed") {
			continue
		}
		msg = strings.TrimPrefix(msg, "* ")
		m := quoted.FindStringSubmatch(msg)
		if m == nil {
			ps = append(ps, Problem{Msg: plain(msg)})
			continue
		}
		key := m[1]
		if key == rootType {
			key = ""
		}
		if rest, ok := strings.CutPrefix(msg, m[0]+" has invalid keys: "); ok {
			for _, k := range strings.Split(rest, ", ") {
				full := k
				if key != "" {
					full = key + "." + k
				}
				line, via := where(full)
				msg := salesrhythm.Tr("unknown key ('salesrhythm init' in an empty folder writes a config.yaml with every setting)")
				if s := suggestKey(key, k); s != "" {
					msg = salesrhythm.Tr("unknown key; did you mean %s?", s)
				}
				ps = append(ps, Problem{Key: full, Line: line, Via: via, Msg: msg})
			}
			continue
		}
		line, via := where(key)
		ps = append(ps, Problem{Key: key, Line: line, Via: via, Msg: plainType(strings.TrimSpace(strings.TrimPrefix(msg, m[0])))})
	}
	slices.SortStableFunc(ps, func(a, b Problem) int { return a.Line - b.Line })
	return ps
}

// plainType says what a decoding error means without Go's words for it.
func plainType(msg string) salesrhythm.Text {
	switch {
	case strings.Contains(msg, "ParseFloat"):
		return salesrhythm.Tr("must be a number")
	case strings.Contains(msg, "ParseInt"), strings.Contains(msg, "ParseUint"):
		return salesrhythm.Tr("must be a whole number")
	case strings.Contains(msg, "ParseBool"):
		return salesrhythm.Tr("must be true or false")
	}
	if i := strings.Index(msg, "\""); i >= 0 {
		return ownMessage(msg[i:]) // our own message, quoting the value
	}
	return salesrhythm.Tr("wrong type: %s", msg)
}

// overriddenBy names the flag or environment variable that set key, or ""
// when the value came from the file or the defaults.
func overriddenBy(key string, o Options) string {
	if f := o.Flags[key]; f != nil && f.Changed {
		return "--" + f.Name
	}
	if name := envName(key); os.Getenv(name) != "" {
		return name
	}
	return ""
}

func envName(key string) string {
	return EnvPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// unknownEnv reports SALESRHYTHM_ variables that set no setting: a typo
// there would otherwise go unnoticed.
func unknownEnv(v *viper.Viper) []Problem {
	known := map[string]bool{EnvPrefix + "_CONFIG": true}
	for _, k := range v.AllKeys() {
		known[envName(k)] = true
		// a list or a section may be set whole
		for p := k; strings.Contains(p, "."); {
			p = p[:strings.LastIndex(p, ".")]
			known[envName(p)] = true
		}
	}
	var ps []Problem
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, EnvPrefix+"_") && !known[name] {
			msg := salesrhythm.Tr("sets no setting (a typo? variables are SALESRHYTHM_ and the key in capitals, dots as underscores)")
			if s := salesrhythm.Suggest(name, slices.Collect(maps.Keys(known))); s != "" {
				msg = salesrhythm.Tr("sets no setting; did you mean %s?", s)
			}
			ps = append(ps, Problem{Via: name, Msg: msg})
		}
	}
	slices.SortFunc(ps, func(a, b Problem) int { return strings.Compare(a.Via, b.Via) })
	return ps
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

func yamlProblem(err error) Problem {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "While parsing config: ")
	p := Problem{Msg: salesrhythm.Tr("not valid YAML: %s", msg)}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		fmt.Sscan(m[1], &p.Line)
		p.Msg = salesrhythm.Tr("not valid YAML: %s", strings.Replace(msg, m[0], "", 1))
	}
	return p
}

func parseLines(data []byte) (*yaml.Node, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		return nil, err
	}
	return &n, nil
}

var index = regexp.MustCompile(`^(.*)\[(\d+)\]$`)

// lineOf finds the line of a dotted key such as norms[2].count in the file,
// or the line of its nearest ancestor that is there; 0 when none is.
func lineOf(root *yaml.Node, key string) int {
	if root == nil || len(root.Content) == 0 {
		return 0
	}
	n, line := root.Content[0], 0
	for _, part := range strings.Split(key, ".") {
		var idx = -1
		if m := index.FindStringSubmatch(part); m != nil {
			part = m[1]
			fmt.Sscan(m[2], &idx)
		}
		next := mapValue(n, part)
		if next == nil {
			return line
		}
		line, n = next.Line, next
		if idx >= 0 {
			if n.Kind != yaml.SequenceNode || idx >= len(n.Content) {
				return line
			}
			n = n.Content[idx]
			line = n.Line
		}
	}
	return line
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if strings.EqualFold(n.Content[i].Value, key) {
			if n.Content[i+1].Kind == yaml.ScalarNode {
				return n.Content[i+1]
			}
			// point at the key's own line for nested blocks
			c := *n.Content[i+1]
			c.Line = n.Content[i].Line
			return &c
		}
	}
	return nil
}

// localeOf is the language the configuration asks for, English when it
// asks for none the program speaks. lines is the config file, nil when none.
func localeOf(lines *yaml.Node, o Options) salesrhythm.Locale {
	inFile, flag := "", ""
	if lines != nil && len(lines.Content) > 0 {
		if n := mapValue(lines.Content[0], "locale"); n != nil {
			inFile = n.Value
		}
	}
	if f := o.Flags["locale"]; f != nil && f.Changed {
		flag = f.Value.String()
	}
	// The locale as set — by the flag, the environment, the file — else,
	// when that is none the program speaks, the next: "--locale de" is
	// refused in the language the user works in. With none set, the
	// system's.
	return FirstLocale(flag, os.Getenv(EnvPrefix+"_LOCALE"), inFile, o.System)
}

// FirstLocale is the first of the locales asked for that the program
// speaks, English when none is.
func FirstLocale(asked ...string) salesrhythm.Locale {
	for _, s := range asked {
		if l, err := salesrhythm.ParseLocale(s); err == nil {
			return l
		}
	}
	return salesrhythm.English
}

// ownMessage is the text of an error salesrhythm's own types give, such as
// `"31.13" is not a date (want YYYY-MM-DD, e.g. 2026-11-03)`, in every language; another
// error as it is.
func ownMessage(msg string) salesrhythm.Text {
	q, err := strconv.QuotedPrefix(msg)
	if err != nil {
		return plain(msg)
	}
	v, _ := strconv.Unquote(q)
	if m := salesrhythm.Lookup("%q" + msg[len(q):]); m.Registered() {
		return m.Text(v)
	}
	return plain(msg)
}

// suggestKey is the key an unknown key typed in the section parent most
// likely meant: one of the section's own keys, or, when none is close, a
// key anywhere whose last part is (holiday → calendar.holidays); "" when
// none is.
func suggestKey(parent, typed string) string {
	t := reflect.TypeFor[salesrhythm.Config]()
	if parent != "" {
		for _, part := range strings.Split(parent, ".") {
			t = fieldType(t, index.ReplaceAllString(part, "$1"))
			if t == nil {
				return ""
			}
		}
	}
	if s := salesrhythm.Suggest(typed, keysOf(t)); s != "" {
		if parent != "" {
			return parent + "." + s
		}
		return s
	}
	var all []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for _, k := range keysOf(t) {
			full := strings.TrimPrefix(prefix+"."+k, ".")
			all = append(all, full)
			if ft := fieldType(t, k); ft != nil && ft.Kind() == reflect.Struct {
				walk(ft, full)
			}
		}
	}
	walk(reflect.TypeFor[salesrhythm.Config](), "")
	var last []string
	byLast := map[string]string{}
	for _, k := range all {
		l := k[strings.LastIndex(k, ".")+1:]
		if _, dup := byLast[l]; !dup {
			last = append(last, l)
		}
		byLast[l] = k
	}
	if s := salesrhythm.Suggest(typed, last); s != "" {
		return byLast[s]
	}
	return ""
}

// keysOf lists the keys a section of type t takes: its fields'
// mapstructure tags, those of squashed fields included.
func keysOf(t reflect.Type) []string {
	t = elem(t)
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var ks []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag, opts, _ := strings.Cut(f.Tag.Get("mapstructure"), ",")
		if strings.Contains(opts, "squash") {
			ks = append(ks, keysOf(f.Type)...)
			continue
		}
		if tag != "" && tag != "-" {
			ks = append(ks, tag)
		}
	}
	return ks
}

// fieldType is the type of the field of t with key k, nil when none.
func fieldType(t reflect.Type, k string) reflect.Type {
	t = elem(t)
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, opts, _ := strings.Cut(f.Tag.Get("mapstructure"), ",")
		if strings.Contains(opts, "squash") {
			if ft := fieldType(f.Type, k); ft != nil {
				return ft
			}
			continue
		}
		if tag == k {
			return elem(f.Type)
		}
	}
	return nil
}

// elem is t, or what t holds when it is a slice, a map or a pointer.
func elem(t reflect.Type) reflect.Type {
	for t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Map || t.Kind() == reflect.Pointer) {
		t = t.Elem()
	}
	return t
}
