package importer

import (
	"path"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"salesrhythm"
	"salesrhythm/schema"
)

// How a workbook was recognised, from most to least trusted.
const (
	ByProperties = "properties"     // the custom document properties
	ByMetaSheet  = "metadata-sheet" // the hidden metadata sheet
	BySignature  = "signature"      // sheet names and header labels
)

// identity is what a workbook says about itself.
type identity struct {
	kind    salesrhythm.Kind
	person  string
	name    string
	period  salesrhythm.Period
	locale  salesrhythm.Locale
	version int
	by      string
}

// fromMeta reads an identity from metadata key/value pairs; ok is false
// when they do not name a known kind with a valid period.
func fromMeta(m map[string]string, sch *schema.Schema) (identity, bool) {
	id := identity{
		kind:   salesrhythm.Kind(strings.TrimSpace(m[schema.MetaKind])),
		person: strings.TrimSpace(m[schema.MetaPerson]),
		name:   strings.TrimSpace(m[schema.MetaName]),
		locale: salesrhythm.Locale(strings.TrimSpace(m[schema.MetaLocale])),
	}
	if sch.Kind(id.kind) == nil {
		return identity{}, false
	}
	id.version, _ = strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(m[schema.MetaVersion], ".0")))
	var err1, err2 error
	id.period.Start, err1 = salesrhythm.ParseDate(strings.TrimSpace(m[schema.MetaStart]))
	id.period.End, err2 = salesrhythm.ParseDate(strings.TrimSpace(m[schema.MetaEnd]))
	if err1 != nil || err2 != nil || id.period.End.Before(id.period.Start) {
		return identity{}, false
	}
	return id, true
}

// metaSheet reads the hidden metadata sheet's key/value rows.
func (b *book) metaSheet(all []*sheetData) map[string]string {
	for i, s := range all {
		if !strings.EqualFold(s.ref.name, schema.MetaSheet) {
			continue
		}
		m := map[string]string{}
		for _, r := range b.data(i, all).rows {
			var key, val string
			for _, c := range r.cells {
				switch c.col {
				case 1:
					key = c.raw
				case 2:
					val = c.raw
				}
			}
			if strings.HasPrefix(key, "salesrhythm.") {
				m[key] = val
			}
		}
		return m
	}
	return nil
}

// signature guesses the kind from sheet names and header labels: the kind
// whose sheets are found best, if at least one is found.
func (b *book) signature(sch *schema.Schema, all []*sheetData) (salesrhythm.Kind, bool) {
	var best salesrhythm.Kind
	bestScore := 0
	for _, w := range sch.Workbooks() {
		for _, s := range all {
			s.taken = false
		}
		score := 0
		for i := range w.Sheets {
			if b.findSheet(&w.Sheets[i], all) >= 0 {
				score += len(w.Sheets[i].Columns)
			}
		}
		if score > bestScore {
			best, bestScore = w.Kind, score
		}
	}
	for _, s := range all {
		s.taken = false
	}
	return best, bestScore > 0
}

var titleID = regexp.MustCompile(`\(([^()]+)\)\s*$`)

// title is what a sheet's title block says: "Call register · Anna Kovács
// (M-001)" in A1, "Week 44: 2026-10-26 – 2026-11-01 · Company" or
// "November 2026 · Company" in A2, as the templates write them in either
// locale.
type title struct {
	person string // the ID in brackets at the end of A1
	period string // A2
}

// titleBlock reads the title block of a sheet.
func titleBlock(rows []xrow) title {
	var t title
	for _, r := range rows {
		if r.n > 2 {
			break
		}
		for _, c := range r.cells {
			switch {
			case c.col != 1 || c.kind != 's':
			case r.n == 1:
				if m := titleID.FindStringSubmatch(c.raw); m != nil {
					t.person = strings.TrimSpace(m[1])
				}
			default:
				t.period = c.raw
			}
		}
	}
	return t
}

// titleDate finds a date in a title: 2026-11-09, 2026.11.09. (as titles
// were written before), 2026. 11. 09. (with no-break spaces).
var titleDate = regexp.MustCompile(`\d{4}[\s\x{00a0}]*[-.][\s\x{00a0}]*\d{1,2}[\s\x{00a0}]*[-.][\s\x{00a0}]*\d{1,2}\.?`)

// periodOf reads the period of a title's second line: the week's first and
// last day for a weekly kind, the month's name and year for the others.
func (t title) periodOf(kind salesrhythm.Kind) (salesrhythm.Period, bool) {
	text, _, _ := strings.Cut(t.period, " · ") // the company follows
	if kind.Weekly() {
		ds := titleDate.FindAllString(text, -1)
		if len(ds) != 2 {
			return salesrhythm.Period{}, false
		}
		start, p1 := ParseDate(Cell{Raw: ds[0]})
		end, p2 := ParseDate(Cell{Raw: ds[1]})
		p := salesrhythm.Period{Start: start, End: end}
		return p, p1 == nil && p2 == nil && salesrhythm.Week(start) == p
	}
	var m salesrhythm.Month
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) == 4 && isDigits(w) {
			m.Year = atoi(w)
		} else if n := month(w); n > 0 {
			m.Month = time.Month(n)
		}
	}
	return m.Period(), m.Year > 0 && m.Month > 0
}

// fileStem is how templates.Path names a workbook: kind, person ID, and the
// week's Monday or the month.
var fileStem = regexp.MustCompile(`^([a-z-]+)_(?:(.+)_)?(\d{4}-\d{2}(?:-\d{2})?)`)

// fromFileName reads the person and period of a workbook of kind from its
// file name, as templates.Path made it.
func fromFileName(kind salesrhythm.Kind, rel string) (person string, p salesrhythm.Period, ok bool) {
	m := fileStem.FindStringSubmatch(path.Base(rel))
	if m == nil || m[1] != string(kind) {
		return "", p, false
	}
	if kind.Weekly() {
		d, err := salesrhythm.ParseDate(m[3])
		p = salesrhythm.Week(d)
		return m[2], p, err == nil && p.Start == d
	}
	mon, err := salesrhythm.ParseMonth(m[3])
	return m[2], mon.Period(), err == nil
}

// guess is one place a workbook without metadata says whose it is and for
// when.
type guess struct {
	by     string // title, dates, file-name
	person string
	period *salesrhythm.Period
}

// guesses lists what a workbook without metadata says of itself, most
// trusted first: its title block, which the template wrote and locked; the
// dates of its own period columns (not carried-over items such as action
// items raised weeks ago), by the week most of them fall in; its file name,
// which people rename.
func (k *kindReader) guesses() []guess {
	var out []guess
	kind := k.desc.Kind
	g := guess{by: "title", person: k.title.person}
	if p, ok := k.title.periodOf(kind); ok {
		g.period = &p
	}
	out = append(out, g)
	if p, ok := mostWeek(k.dates); ok && kind.Weekly() {
		out = append(out, guess{by: "dates", period: &p})
	}
	if id, p, ok := fromFileName(kind, k.r.Path); ok {
		out = append(out, guess{by: "file-name", person: id, period: &p})
	}
	return out
}

// mostWeek returns the week most of ds fall in, the earliest of a tie.
func mostWeek(ds []salesrhythm.Date) (salesrhythm.Period, bool) {
	n := map[salesrhythm.Period]int{}
	var best salesrhythm.Period
	for _, d := range ds {
		if d.IsZero() {
			continue
		}
		w := salesrhythm.Week(d)
		n[w]++
		if n[w] > n[best] || n[w] == n[best] && w.Start.Before(best.Start) {
			best = w
		}
	}
	return best, n[best] > 0
}

// guessIdentity works out, for a workbook that lost its metadata, whose it
// is and for when, from what its guesses agree on, trusting the title most;
// it says where each came from in RecognisedBy and reports guesses that
// disagree. Monthly workbooks that say nothing are taken for the month read.
func (k *kindReader) guessIdentity(s scope) {
	r := k.r
	gs := k.guesses()
	var personBy, periodBy *guess
	for i := range gs {
		g := &gs[i]
		if personBy == nil && g.person != "" {
			personBy = g
		}
		if periodBy == nil && g.period != nil {
			periodBy = g
		}
	}
	by := []string{BySignature}
	for i := range gs {
		if &gs[i] == personBy || &gs[i] == periodBy {
			by = append(by, gs[i].by)
		}
	}
	r.RecognisedBy = strings.Join(by, "+")
	if personBy != nil {
		r.Person = personBy.person
	}
	switch {
	case periodBy != nil:
		p := *periodBy.period
		r.Period = &p
	case !r.Kind.Weekly():
		p := s.main().Period()
		r.Period, r.guessed = &p, true
	}
	if r.Person == "" && r.Kind != salesrhythm.KindPlan || r.Period == nil {
		r.add(salesrhythm.Finding{Severity: salesrhythm.Error, Code: salesrhythm.CodeUnrecognised,
			Messages: salesrhythm.Tr("looks like a %s but does not say whose it is or which period it covers (its metadata is gone); it was not counted: make it again with 'salesrhythm template'", r.Kind.Name())})
		r.Status, r.Reasons = StatusRejected, salesrhythm.Tr("no owner or period")
		r.Reason = r.Reasons.En
		r.Records = Records{}
		return
	}
	var differ []salesrhythm.Text
	for _, g := range gs {
		var says []any
		if g.person != "" && !salesrhythm.SameID(g.person, r.Person) {
			says = append(says, g.person)
		}
		if g.period != nil && *g.period != *r.Period {
			says = append(says, *g.period)
		}
		if len(says) > 0 {
			differ = append(differ, salesrhythm.Tr("%s: %s", salesrhythm.RecognisedName(g.by), salesrhythm.Join(says...)))
		}
	}
	if len(differ) > 0 {
		r.add(salesrhythm.Finding{Severity: salesrhythm.Warning, Code: salesrhythm.CodeMetadataMismatch,
			Messages: salesrhythm.Tr("its metadata is gone and what it says of itself disagrees (%s); it was read as the %s of %s for %s, by %s — check it is the workbook you meant",
				salesrhythm.Join(differ...), r.Kind.Name(), orUnknown(r.Person), *r.Period, salesrhythm.RecognisedName(r.RecognisedBy))})
	}
	r.add(salesrhythm.Finding{Severity: salesrhythm.Info, Code: salesrhythm.CodeUnrecognised,
		Messages: salesrhythm.Tr("its metadata is gone; recognised by its sheets as the %s of %s for %s (%s)", r.Kind.Name(), orUnknown(r.Person), *r.Period, salesrhythm.RecognisedName(r.RecognisedBy))})
	k.id.person, k.id.period = r.Person, *r.Period
	r.head = len(r.findings)
	if !s.wants(r.Kind, *r.Period) {
		r.skip(salesrhythm.Tr("for %s, not %s", *r.Period, s))
		r.Records = Records{}
	}
}

// A record's identity fields (its owner and period, tagged `workbook`) come
// from the workbook, not from a column, and so does its Ref.
type shape struct {
	ref, owner, period []int // index paths; nil when the type has none
}

var shapes sync.Map // reflect.Type → *shape

func shapeOf(t reflect.Type) *shape {
	if v, ok := shapes.Load(t); ok {
		return v.(*shape)
	}
	sh := &shape{}
	for _, f := range reflect.VisibleFields(t) {
		switch {
		case f.Type == reflect.TypeFor[salesrhythm.Ref]() && f.Anonymous:
			sh.ref = f.Index
		case f.Tag.Get("workbook") == "owner":
			sh.owner = f.Index
		case f.Tag.Get("workbook") == "period":
			sh.period = f.Index
		}
	}
	v, _ := shapes.LoadOrStore(t, sh)
	return v.(*shape)
}

// refOf returns the index path of a record type's Ref, nil if it has none.
func refOf(t reflect.Type) []int { return shapeOf(t).ref }

// own sets the owner and period of every record to the workbook's.
func own(rs *Records, person string, p salesrhythm.Period) {
	set := func(sh *shape, v reflect.Value) {
		if sh.owner != nil {
			v.FieldByIndex(sh.owner).SetString(person)
		}
		if sh.period == nil {
			return
		}
		switch f := v.FieldByIndex(sh.period).Addr().Interface().(type) {
		case *salesrhythm.Period:
			*f = p
		case *salesrhythm.Month:
			*f = p.Start.MonthOf()
		}
	}
	rv := reflect.ValueOf(rs).Elem()
	for i := range rv.NumField() {
		switch f := rv.Field(i); f.Kind() {
		case reflect.Slice:
			sh := shapeOf(f.Type().Elem())
			for j := range f.Len() {
				set(sh, f.Index(j))
			}
		case reflect.Pointer:
			if !f.IsNil() {
				set(shapeOf(f.Type().Elem()), f.Elem())
			}
		}
	}
}
