package importer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path"
	"runtime/debug"
	"slices"
	"strings"

	"salesrhythm"
	"salesrhythm/schema"
)

// File is one file of the inbox and what became of it.
type File = salesrhythm.Source

// File statuses.
const (
	StatusRead     = salesrhythm.StatusRead
	StatusRejected = salesrhythm.StatusRejected
	StatusSkipped  = salesrhythm.StatusSkipped
)

// fileResult is what reading one file yields.
type fileResult struct {
	File
	abs      string
	findings []salesrhythm.Finding
	refs     []personRef // every person ID read, for the check against the plan
	modified string      // the document's own modification time
	mtime    int64
	copy     copyMark // set when it is a feedback copy
	// head counts the findings met before the content was read: those a
	// month the workbook is not for keeps.
	head int
	// guessed is set when the period was taken from the month read, as for
	// a monthly workbook that says nothing of its own: such a reading
	// depends on the month, and is never cached.
	guessed bool
	body    *stored // where the cache holds the rest of the reading; nil while Records or packed holds it
	hit     bool    // taken from the cache
	packed  *packed // the records, encoded, while they wait to be gathered (pack.go); nil while Records holds them
	// ids are the IDs the typed people of the records are read as, for
	// renaming the records when they are gathered (checkPeople); teams the
	// participants typed as the whole team ("mindenki"), as the IDs of the
	// leader's reports.
	ids   map[string]string
	teams map[string][]string
	// dated are what the findings of cells dated by their column, as a
	// time table's, keep out of the figures of the month of each day: the
	// month assembled charges those of its days.
	dated []datedCost
	// distinct are the values of the kind's Distinct fields, which tell
	// apart the workbooks one person fills for one period.
	distinct []string
	// lockOf is, for the lock file of a workbook someone has open, that
	// workbook when the inbox holds it: the lock belongs to its months.
	lockOf *fileResult
	Records
}

// personRef is a person ID found in a cell of the column with key field.
type personRef struct {
	id, sheet, cell, field string
}

func (r *fileResult) add(f salesrhythm.Finding) {
	f.File = r.Path
	r.findings = append(r.findings, f)
}

func (r *fileResult) reject(code salesrhythm.Code, msg salesrhythm.Text) {
	r.Status, r.Reason, r.Reasons = StatusRejected, msg.En, msg
	r.add(salesrhythm.Finding{Severity: salesrhythm.Error, Code: code, Message: msg.En, Messages: msg})
}

// skip marks the file skipped, for why.
func (r *fileResult) skip(why salesrhythm.Text) {
	r.Status, r.Reason, r.Reasons = StatusSkipped, why.En, why
}

// errorText is err for a message's argument: a partError in the
// message's locale, any other error as Go writes it.
func errorText(err error) any {
	var pe *partError
	if errors.As(err, &pe) {
		return pe
	}
	return err.Error()
}

// localise sets the file's reason and its findings' messages in locale l.
func (r *fileResult) localise(l salesrhythm.Locale) {
	r.File.Localise(l)
	salesrhythm.Localise(r.findings, l)
}

// zipped reports whether the file at abs starts as a zip file does: a
// workbook named like a lock file (~$plan.xlsx, a copy someone named so)
// is read, not skipped.
func zipped(abs string) bool {
	f, err := os.Open(abs)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(zipMagic))
	_, err = io.ReadFull(f, head)
	return err == nil && bytes.Equal(head, zipMagic)
}

// readFile reads one file. It never writes to it and never panics: a panic
// inside the reading becomes a finding naming the file.
func readFile(abs, rel string, s scope, o Options) (r *fileResult) {
	r = &fileResult{File: File{Path: rel}, abs: abs}
	defer func() {
		if p := recover(); p != nil {
			r.Records = Records{}
			r.reject(salesrhythm.CodeCrash, salesrhythm.Tr("the reader crashed on this file (%v); it was not read — please report it with the file", p))
			if o.Debug {
				r.Reason += "\n" + string(debug.Stack())
			}
		}
	}()
	if p := CheckName(rel); p != nil && !zipped(abs) {
		r.skip(p.Text)
		r.add(salesrhythm.Finding{Severity: salesrhythm.Info, Code: p.Code, Messages: p.Text})
		return r
	}
	if litter(rel) {
		r.skip(salesrhythm.Tr("a file the operating system keeps in folders"))
		return r
	}
	st, err := os.Stat(abs)
	if err != nil {
		r.reject(salesrhythm.CodeNotWorkbook, salesrhythm.Tr("cannot be read: %s", err.Error()))
		return r
	}
	r.mtime = st.ModTime().UnixNano()
	buf, err := readPooled(abs)
	if err != nil {
		r.reject(salesrhythm.CodeNotWorkbook, salesrhythm.Tr("cannot be read: %s", err.Error()))
		return r
	}
	if hit := o.Cache.lookup(r, *buf, s); hit != nil {
		putBuffer(buf)
		return hit
	}
	r.readData(*buf, s, o)
	putBuffer(buf)
	return r
}

// readData reads a file's bytes: the container, then the workbook. Each
// part is verified as it is first read; when one fails, the file is
// rejected for it and nothing else read from it counts.
func (r *fileResult) readData(data []byte, s scope, o Options) {
	if r.SHA256 == "" {
		sum := sha256.Sum256(data)
		r.SHA256 = hex.EncodeToString(sum[:])
	}
	c, p := inspect(data)
	if p != nil {
		r.reject(p.Code, p.Text)
		return
	}
	defer c.release()
	b, err := openBook(c)
	if err == nil {
		if c.Macros {
			r.add(salesrhythm.Finding{Severity: salesrhythm.Info, Code: salesrhythm.CodeMacros,
				Messages: salesrhythm.Tr("a macro-enabled workbook: its data was read; its macros were not run")})
		}
		for _, w := range b.warnings {
			r.add(salesrhythm.Finding{Severity: salesrhythm.Warning, Code: salesrhythm.CodeCorrupt, Messages: w})
		}
		r.copy = markOf(b.props, c)
		testHook(r.Path)
		r.read(b, s, o)
	}
	if p, part := c.failed(); p != nil {
		*r = fileResult{File: File{Path: r.Path, SHA256: r.SHA256}, abs: r.abs, mtime: r.mtime}
		// A damaged sheet is named as the user sees it, by its tab (an
		// .ods holds all its sheets in one part).
		sheet, msg := "", p.Text
		for _, s := range bookSheets(b) {
			if !c.ODS && partName(s.part) == part {
				sheet, msg = s.name, salesrhythm.Tr("the sheet %q is damaged: %s", s.name, p.Text)
			}
		}
		r.Status, r.Reason, r.Reasons = StatusRejected, msg.En, msg
		r.add(salesrhythm.Finding{Sheet: sheet, Severity: salesrhythm.Error, Code: p.Code, Message: msg.En, Messages: msg})
		return
	}
	if err != nil {
		r.reject(salesrhythm.CodeCorrupt, salesrhythm.Tr("the workbook's structure is broken: %s", errorText(err)))
	}
}

// bookSheets is the sheets of b, none when it could not be opened.
func bookSheets(b *book) []sheetRef {
	if b == nil {
		return nil
	}
	return b.sheets
}

// testHook lets a test make the reader fail inside a file.
var testHook = func(rel string) {}

// read recognises the workbook and reads its records.
func (r *fileResult) read(b *book, s scope, o Options) {
	all := make([]*sheetData, len(b.sheets))
	for i, s := range b.sheets {
		all[i] = &sheetData{ref: s}
	}
	r.modified = b.modified
	id, ok := fromMeta(b.props, o.Schema)
	if ok {
		id.by = ByProperties
		if sheet := b.metaSheet(all); sheet != nil {
			if other, ok := fromMeta(sheet, o.Schema); ok && (other.kind != id.kind || other.person != id.person || other.period != id.period) {
				r.add(salesrhythm.Finding{Sheet: schema.MetaSheet, Severity: salesrhythm.Warning, Code: salesrhythm.CodeMetadataMismatch,
					Messages: salesrhythm.Tr("the document properties say %s %s %s but the hidden metadata sheet says %s %s %s; the properties were used",
						id.kind.Name(), id.person, id.period, other.kind.Name(), other.person, other.period)})
			}
		}
	} else if id, ok = fromMeta(b.metaSheet(all), o.Schema); ok {
		id.by = ByMetaSheet
	} else if kind, found := b.signature(o.Schema, all); found {
		id = identity{kind: kind, by: BySignature}
	} else {
		r.reject(salesrhythm.CodeUnrecognised, salesrhythm.Tr("not a salesrhythm workbook: it has none of the sheets and headers of %s", kindNames()))
		return
	}
	r.Kind, r.Person, r.Name, r.Locale, r.RecognisedBy = id.kind, id.person, id.name, id.locale, id.by
	r.head = len(r.findings)
	if id.by != BySignature {
		p := id.period
		r.Period = &p
		if !s.wants(id.kind, p) || (len(o.Only) > 0 && !slices.Contains(o.Only, id.kind)) {
			r.skip(salesrhythm.Tr("for %s, not %s", p, s))
			return
		}
	}
	if id.version > schema.Version {
		r.add(salesrhythm.Finding{Severity: salesrhythm.Warning, Code: salesrhythm.CodeUnrecognised,
			Messages: salesrhythm.Tr("made by a newer salesrhythm (template version %d, this one reads %d); update the program", id.version, schema.Version)})
	}
	r.Status = StatusRead
	desc := o.Schema.Kind(id.kind)
	k := &kindReader{r: r, b: b, all: all, desc: desc, id: id, cfg: o.Config}
	k.readAll()
	if id.by == BySignature {
		k.guessIdentity(s)
	}
	if r.Period != nil {
		own(&r.Records, r.Person, *r.Period)
	}
	if r.Status == StatusRead {
		r.reportUnclaimed(b, all)
	}
}

// kindNames lists the kinds' titles for a sentence: "monthly plan, call
// register, … or leader self-assessment".
func kindNames() salesrhythm.List {
	var names []salesrhythm.Text
	for _, k := range salesrhythm.Kinds {
		names = append(names, k.Label.Lower())
	}
	return salesrhythm.Or(names...)
}

// relevant reports whether a workbook for kind and period belongs to the
// month's report (every workbook when the month is zero): weekly workbooks
// whose week overlaps the month, the month's monthly workbooks, and last
// month's assessments and one-on-ones (for the change in role scores and in
// competence stages).
func relevant(kind salesrhythm.Kind, p salesrhythm.Period, m salesrhythm.Month) bool {
	if m.IsZero() || background(kind, p, m) {
		return true
	}
	if kind.Weekly() {
		return p.Overlaps(m.Period())
	}
	return p.Start.MonthOf() == m
}

// background reports whether a workbook for kind and period is read for
// month m only as the month before it: last month's assessments and
// one-on-ones, whose records the change against that month reads. Their
// problems are last month's, reported with it, not again in m.
func background(kind salesrhythm.Kind, p salesrhythm.Period, m salesrhythm.Month) bool {
	return !m.IsZero() && (kind == salesrhythm.KindAssessment || kind == salesrhythm.KindOneOnOne) && p.Start.MonthOf() == m.Add(-1)
}

// reportUnclaimed reports visible sheets that hold data but are not part of
// the workbook's kind: their data is not read, so people must know.
func (r *fileResult) reportUnclaimed(b *book, all []*sheetData) {
	for i, s := range all {
		if s.taken || s.ref.hidden || strings.EqualFold(s.ref.name, schema.InstructionsSheet.En) || strings.EqualFold(s.ref.name, schema.InstructionsSheet.Hu) {
			continue
		}
		if r.copy.of != "" && slices.ContainsFunc(salesrhythm.FeedbackSheet.All(), func(n string) bool { return strings.EqualFold(s.ref.name, n) }) {
			continue // the list of problems a feedback copy carries
		}
		d := b.data(i, all)
		n := 0
		for _, row := range d.rows {
			n += len(row.cells)
		}
		if n > 0 {
			r.add(salesrhythm.Finding{Sheet: s.ref.name, Severity: salesrhythm.Warning, Code: salesrhythm.CodeExtraCell,
				Messages: salesrhythm.Tr("the sheet %q is not part of a %s; its %d values were not read", s.ref.name, r.Kind.Name(), n)})
		}
	}
}

// litter recognises the files desktops leave in shared folders.
func litter(rel string) bool {
	base := path.Base(rel)
	return base == ".DS_Store" || strings.EqualFold(base, "Thumbs.db") || strings.EqualFold(base, "desktop.ini") || strings.HasPrefix(base, "._")
}
