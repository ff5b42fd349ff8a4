package salesrhythm

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Message is one sentence or phrase of the catalogue: a format with fmt
// verbs in English and in Hungarian. Msg and Plural register it — a package
// declares its messages once, or where it writes them, and registering the
// same message again is free — and Lookup finds one by its English format,
// which is its key, as gettext does. Rendering goes through
// golang.org/x/text's message printer, so numbers take the locale's
// grouping and decimal mark (1 250 000 and 74,7 in Hungarian) and a plural
// message picks its form by the language's CLDR rules: English "1 row" /
// "2 rows", Hungarian "1 sor" / "2 sor", which does not inflect a noun after
// a numeral.
//
// Arguments written differently in each locale — a Text, a Date, a Period,
// a Month, a Money, a Quote, a List — implement Localised and are rendered
// in the message's locale first. A year is no count: pass it inside a Date
// or a Month, or as a Plain, never as an int, which would be grouped.
type Message struct{ key string }

// Localised is a value written differently in each locale.
type Localised interface {
	In(Locale) string
}

// Entry is one message of the catalogue, as Catalogue lists it: its forms
// in each locale, one text or the plural forms one and other.
type Entry struct {
	En, Hu []string
}

var registry = struct {
	sync.Mutex
	b         *catalog.Builder
	entries   map[string]Entry
	order     []string
	conflicts []string
}{b: catalog.NewBuilder(catalog.Fallback(language.English)), entries: map[string]Entry{}}

// Msg registers a message with its English and Hungarian formats. Both are
// required: a message in one language only panics when registered.
func Msg(en, hu string) Message {
	return register(Entry{En: []string{en}, Hu: []string{hu}},
		catalog.String(en), catalog.String(hu))
}

// Plural registers a message whose wording depends on the count in
// argument arg (1-based, as in %[1]d): one is the form for the CLDR
// category "one" and other for the rest, in each language. Its key is the
// English other.
func Plural(arg int, one, other Text) Message {
	return register(Entry{En: []string{one.En, other.En}, Hu: []string{one.Hu, other.Hu}},
		plural.Selectf(arg, "%d", "one", one.En, "other", other.En),
		plural.Selectf(arg, "%d", "one", one.Hu, "other", other.Hu))
}

func register(e Entry, en, hu catalog.Message) Message {
	// A plural message is keyed by its English "other" form, which the
	// code writes where it renders it.
	key := e.En[len(e.En)-1]
	registry.Lock()
	defer registry.Unlock()
	if old, ok := registry.entries[key]; ok {
		if !slices.Equal(old.Hu, e.Hu) {
			registry.conflicts = append(registry.conflicts, fmt.Sprintf("%q is both %q and %q", key, old.Hu, e.Hu))
		}
		return Message{key}
	}
	for _, forms := range [][]string{e.En, e.Hu} {
		for _, f := range forms {
			if strings.TrimSpace(f) == "" {
				panic(fmt.Sprintf("salesrhythm: message %q lacks a language", e.En))
			}
		}
	}
	registry.entries[key] = e
	registry.order = append(registry.order, key)
	if err := registry.b.Set(language.English, key, en); err != nil {
		panic(err)
	}
	if err := registry.b.Set(language.Hungarian, key, hu); err != nil {
		panic(err)
	}
	return Message{key}
}

// LocalError is an error said in every locale: Error gives the English, In the
// words of a locale.
type LocalError struct{ Text }

func (e LocalError) Error() string { return e.En }

// ErrorIn is err in locale l when it is said in every locale (a
// LocalError in its chain), else err's text.
func ErrorIn(err error, l Locale) string {
	var e LocalError
	if errors.As(err, &e) {
		return e.In(l)
	}
	return err.Error()
}

// Errorf is the error of the catalogue's message whose English format is
// en.
func Errorf(en string, args ...any) error { return LocalError{Tr(en, args...)} }

// Lookup returns the registered message whose English format is en. One
// that is not registered renders en in every locale; TestCatalogue finds
// such a format in the code before a reader does.
func Lookup(en string) Message { return Message{en} }

// Tr renders the registered message whose English format is en in every
// locale.
func Tr(en string, args ...any) Text { return Lookup(en).Text(args...) }

var tags = map[Locale]language.Tag{English: language.English, Hungarian: language.Hungarian}

var printers sync.Map // Locale → *message.Printer

func printer(l Locale) *message.Printer {
	if p, ok := printers.Load(l); ok {
		return p.(*message.Printer)
	}
	p, _ := printers.LoadOrStore(l, message.NewPrinter(tags[l], message.Catalog(registry.b)))
	return p.(*message.Printer)
}

// In renders m in locale l with args.
func (m Message) In(l Locale, args ...any) string {
	if l != Hungarian {
		l = English
	}
	local := make([]any, len(args))
	for i, a := range args {
		if x, ok := a.(Localised); ok {
			a = x.In(l)
		}
		local[i] = a
	}
	return printer(l).Sprintf(m.key, local...)
}

// Text renders m in every locale, for what is kept and shown later in a
// language not known yet: a finding is read by the director in the
// report's language and by its author in the workbook's.
func (m Message) Text(args ...any) Text {
	return Text{En: m.In(English, args...), Hu: m.In(Hungarian, args...)}
}

// Registered reports whether m is in the catalogue.
func (m Message) Registered() bool {
	registry.Lock()
	defer registry.Unlock()
	_, ok := registry.entries[m.key]
	return ok
}

// Catalogue lists every registered message in the order registered.
func Catalogue() []Entry {
	registry.Lock()
	defer registry.Unlock()
	out := make([]Entry, len(registry.order))
	for i, k := range registry.order {
		out[i] = registry.entries[k]
	}
	return out
}

// Conflicts lists the English formats registered with two Hungarian ones:
// the first stays, and a test reports the rest.
func Conflicts() []string {
	registry.Lock()
	defer registry.Unlock()
	return slices.Clone(registry.conflicts)
}

// Quote is a value quoted as typed: "dec. 3." in English, „dec. 3.” in
// Hungarian. Control characters are escaped, so that a newline typed in a
// cell cannot break the line the message is on.
type Quote string

// In quotes q in locale l.
func (q Quote) In(l Locale) string {
	s := fmt.Sprintf("%q", string(q))
	if l == Hungarian {
		s = "„" + strings.ReplaceAll(s[1:len(s)-1], `\"`, `"`) + "”"
	}
	return s
}

// QuoteOf quotes a value written differently in each locale, such as a
// label.
func QuoteOf(x Localised) Localised { return quoteOf{x} }

type quoteOf struct{ x Localised }

func (q quoteOf) In(l Locale) string { return Quote(q.x.In(l)).In(l) }

// List is items joined for a sentence: "a, b and c" or "a, b és c" (And),
// "a, b or c" or "a, b vagy c" (Or), "a, b, c" (Join). Items that are
// Localised are rendered in the list's locale. A list whose items hold a
// comma is joined with semicolons, so that the items stay apart.
type List struct {
	Items []any
	Conj  Text // the word before the last item; none for Join
}

// And lists items with "and".
func And[E any](items ...E) List { return List{Items: anys(items), Conj: T("and", "és")} }

// Or lists items with "or".
func Or[E any](items ...E) List { return List{Items: anys(items), Conj: T("or", "vagy")} }

// Join lists items with commas only.
func Join[E any](items ...E) List { return List{Items: anys(items)} }

func anys[E any](items []E) []any {
	out := make([]any, len(items))
	for i, x := range items {
		out[i] = x
	}
	return out
}

// In joins the list in locale l.
func (s List) In(l Locale) string {
	items := make([]string, len(s.Items))
	for i, x := range s.Items {
		if v, ok := x.(Localised); ok {
			items[i] = v.In(l)
		} else {
			items[i] = fmt.Sprint(x)
		}
	}
	sep := ", "
	if slices.ContainsFunc(items, func(x string) bool { return strings.Contains(x, ",") }) {
		sep = "; "
	}
	if len(items) < 2 || s.Conj == (Text{}) {
		return strings.Join(items, sep)
	}
	return strings.Join(items[:len(items)-1], sep) + " " + s.Conj.In(l) + " " + items[len(items)-1]
}

// Plain is a number written as it is, never grouped: a year, a template
// version.
type Plain int

// In writes n without grouping.
func (n Plain) In(Locale) string { return fmt.Sprint(int(n)) }

// Money is an amount in a currency, written in the locale's style.
type Money struct {
	Amount   float64
	Currency string
}

// In writes the amount, e.g. "1,250,000 Ft" or "1 250 000 Ft".
func (m Money) In(l Locale) string { return FormatMoney(m.Amount, m.Currency, l) }

// In writes d for a sentence in locale l.
func (d Date) In(l Locale) string { return FormatDate(d, l) }

// In writes p for a sentence in locale l.
func (p Period) In(l Locale) string { return FormatPeriod(p, l) }

// In writes m for a sentence in locale l.
func (m Month) In(l Locale) string { return FormatMonth(m, l) }
