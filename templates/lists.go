package templates

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/schema"
)

// writeLists fills the hidden lists sheet: one column per closed set the
// workbook's drop-downs offer, and the team. Ranges on a sheet have no
// 255-character limit, unlike lists typed into the validation.
func (b *book) writeLists() {
	_, err := b.f.NewSheet(schema.ListsSheet)
	b.check(err)
	b.lists = map[string]string{}
	col := 1
	add := func(name string, values []string) {
		if _, ok := b.lists[name]; ok || len(values) == 0 {
			return
		}
		for i, v := range values {
			b.str(schema.ListsSheet, col, i+1, v)
		}
		b.lists[name] = fmt.Sprintf("%s!$%s$1:$%s$%d", quoteSheet(schema.ListsSheet), colName(col), colName(col), len(values))
		col++
	}
	for _, s := range b.desc.Sheets {
		for _, c := range s.Columns {
			switch c.Type {
			case schema.Choice:
				add(listName(c.Choices), labels(c.Choices, b.loc))
			case schema.YesNo:
				add(listName(salesrhythm.YesNo), labels(salesrhythm.YesNo, b.loc))
			}
		}
	}
	if b.offer == nil {
		of := offered(b.spec, b.o)
		b.offer = &of
	}
	var team []string
	for _, p := range b.offer.People {
		team = append(team, PersonEntry(p))
	}
	teamCol := col
	if add("team", team); b.offer.Reports > 0 {
		b.lists["reports"] = fmt.Sprintf("%s!$%s$1:$%s$%d", quoteSheet(schema.ListsSheet), colName(teamCol), colName(teamCol), b.offer.Reports)
	}
	b.protect(schema.ListsSheet)
}

// list returns the range of the drop-down for a Choice or YesNo column.
func (b *book) list(c *schema.Column) string {
	if c.Type == schema.YesNo {
		return b.lists[listName(salesrhythm.YesNo)]
	}
	return b.lists[listName(c.Choices)]
}

// personList returns the range of column c's drop-down of people: the
// plan's own ID column in a plan; elsewhere the team from the plan, or the
// owner's direct reports, first in it, for a column that names one.
func (b *book) personList(c *schema.Column) string {
	if r, ok := b.lists["reports"]; ok && c.Reports {
		return r
	}
	if b.spec.Kind == salesrhythm.KindPlan {
		team := b.desc.Sheet("team")
		return fmt.Sprintf("%s!$A$%d:$A$%d", quoteSheet(team.Name.In(b.loc)), FirstRow, FirstRow+team.Rows-1)
	}
	return b.lists["team"]
}

func listName(cs []salesrhythm.Choice) string {
	keys := make([]string, len(cs))
	for i, c := range cs {
		keys[i] = c.Key
	}
	return strings.Join(keys, "|")
}

func labels(cs []salesrhythm.Choice, l salesrhythm.Locale) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Label.In(l)
	}
	return out
}

// Meta returns the metadata a workbook for spec carries.
func Meta(spec Spec, l salesrhythm.Locale) map[string]string {
	return map[string]string{
		schema.MetaKind:    string(spec.Kind),
		schema.MetaVersion: fmt.Sprint(schema.Version),
		schema.MetaPerson:  spec.Person.ID,
		schema.MetaName:    spec.Person.Name,
		schema.MetaStart:   spec.Period.Start.String(),
		schema.MetaEnd:     spec.Period.End.String(),
		schema.MetaLocale:  string(l),
	}
}

// writeMeta writes the metadata into the hidden metadata sheet, for files
// whose document properties a script or another program dropped.
func (b *book) writeMeta() {
	_, err := b.f.NewSheet(schema.MetaSheet)
	b.check(err)
	meta := Meta(b.spec, b.loc)
	for i, k := range schema.MetaKeys {
		b.str(schema.MetaSheet, 1, i+1, k)
		b.str(schema.MetaSheet, 2, i+1, meta[k])
	}
	b.protect(schema.MetaSheet)
}

// writeProperties writes the metadata as custom document properties and
// fixes the document's times to the period, so that the same template is the
// same bytes every time.
func (b *book) writeProperties() {
	meta := Meta(b.spec, b.loc)
	for _, k := range schema.MetaKeys {
		var v any = meta[k]
		if k == schema.MetaVersion {
			v = int32(schema.Version)
		}
		b.check(b.f.SetCustomProps(excelize.CustomProperty{Name: k, Value: v}))
	}
	when := b.spec.Period.Start.Time().Format(time.RFC3339)
	modified, by := when, b.o.Config.Company
	if !b.spec.Saved.IsZero() {
		modified, by = b.spec.Saved.UTC().Format(time.RFC3339), cmp.Or(b.spec.Person.Name, by)
	}
	title := b.desc.Title.In(b.loc)
	if b.spec.Person.Name != "" {
		title += " · " + b.spec.Person.Name
	}
	b.check(b.f.SetDocProps(&excelize.DocProperties{
		Title:          title + " · " + b.periodText(),
		Subject:        string(b.spec.Kind),
		Creator:        b.o.Config.Company,
		LastModifiedBy: by,
		Keywords:       "salesrhythm",
		Created:        when,
		Modified:       modified,
		Language:       string(b.loc),
		Category:       "salesrhythm " + string(b.spec.Kind),
	}))
}
