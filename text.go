package salesrhythm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Locale is the language of labels in workbooks and reports.
type Locale string

// The supported locales.
const (
	English   Locale = "en"
	Hungarian Locale = "hu"
)

// Locales lists every supported locale, English first.
var Locales = []Locale{English, Hungarian}

// ParseLocale checks that s names a supported locale.
func ParseLocale(s string) (Locale, error) {
	for _, l := range Locales {
		if strings.EqualFold(string(l), strings.TrimSpace(s)) {
			return l, nil
		}
	}
	return "", Errorf("%q is not a supported locale (en, hu)", s)
}

// Text is one piece of user-facing text in every locale.
type Text struct {
	En string `mapstructure:"en" json:"en"`
	Hu string `mapstructure:"hu" json:"hu"`
}

// T is shorthand for a Text literal. It remembers the pair, so that a test
// can list every English text the program has made and look for any of
// them in what a Hungarian run wrote (Texts).
func T(en, hu string) Text {
	if en != hu {
		known.LoadOrStore(en, hu)
	}
	return Text{En: en, Hu: hu}
}

var known sync.Map // English → Hungarian, of every T made

// Texts lists every pair T has made so far, and every message of the
// catalogue, in English and in Hungarian: the list a test checks a
// Hungarian run's outputs against.
func Texts() []Entry {
	out := Catalogue()
	known.Range(func(k, v any) bool {
		out = append(out, Entry{En: []string{k.(string)}, Hu: []string{v.(string)}})
		return true
	})
	return out
}

// In returns the text in locale l, falling back to English.
func (t Text) In(l Locale) string {
	if l == Hungarian && t.Hu != "" {
		return t.Hu
	}
	return t.En
}

// Lower returns t in lower case in every locale, for a label inside a
// sentence.
func (t Text) Lower() Text { return Text{En: strings.ToLower(t.En), Hu: strings.ToLower(t.Hu)} }

// All returns the text in every locale, for matching what people typed.
func (t Text) All() []string { return []string{t.En, t.Hu} }

// Choice is one value of a closed set: a stable key stored in records and
// JSON, and the label people see and pick in a drop-down.
type Choice struct {
	Key   string `mapstructure:"key" json:"key"`
	Label Text   `mapstructure:",squash" json:"label"`
	// Former are labels the choice had in workbooks handed out before,
	// which the importer still reads.
	Former []string `mapstructure:"former" json:"former,omitempty"`
}

// LabelOf returns the label of key in cs; an unknown key is its own label.
func LabelOf(cs []Choice, key string) Text {
	for _, c := range cs {
		if c.Key == key {
			return c.Label
		}
	}
	return Text{En: key, Hu: key}
}

// Capitalise returns s with its first letter in upper case. It works on the
// first rune, not the first byte, so "összeg" becomes "Összeg".
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// BoldChar is the width of a bold character in Excel's column-width units,
// of which a body character takes about 1: generous, since a clipped word
// is worse than a wide column.
const BoldChar = 1.15

// HeaderWidth is the column width a bold header needs to show its longest
// word whole, so that it wraps between words and never inside one.
func HeaderWidth(title string) float64 {
	longest := 0
	for _, w := range strings.Fields(title) {
		longest = max(longest, utf8.RuneCountInString(w))
	}
	return float64(longest)*BoldChar + 2
}

// WrappedLines is how many lines text takes wrapped at spaces in a column
// of width (Excel's units), with characters char wide; a line break in
// text starts a line, and a word longer than a line takes several.
func WrappedLines(text string, width, char float64) int {
	per := max(1, int((width-1)/char))
	n := 0
	for _, para := range strings.Split(text, "\n") {
		n++
		used := 0
		for _, w := range strings.Fields(para) {
			l := utf8.RuneCountInString(w)
			switch {
			case used == 0:
				used = l
			case used+1+l <= per:
				used += 1 + l
			default:
				n++
				used = l
			}
			for used > per {
				n++
				used -= per
			}
		}
	}
	return n
}
