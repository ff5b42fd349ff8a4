package templates

import (
	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/schema"
)

// styles are the cell styles of one workbook, made once per file.
type styles struct {
	title, subtitle, header, label, fixed, heading, body, note int
	input                                                      map[schema.Type]int // an input cell, bordered
	column                                                     map[schema.Type]int // an input column, without borders
	carried                                                    map[schema.Type]int // a locked cell the template fills on carried rows
	slot, plain                                                int
}

var (
	locked   = &excelize.Protection{Locked: true}
	unlocked = &excelize.Protection{Locked: false}
	thin     = []excelize.Border{
		{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1},
	}
)

func solid(color string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
}

func ptr[T any](v T) *T { return &v }

func newStyles(f *excelize.File, cfg salesrhythm.Config) (*styles, error) {
	var err error
	add := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	st := &styles{
		title:    add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: "1F3864"}, Protection: locked}),
		subtitle: add(&excelize.Style{Font: &excelize.Font{Size: 11, Color: "595959"}, Protection: locked}),
		header: add(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: solid("1F4E79"), Border: thin,
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}, Protection: locked}),
		label:   add(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: solid("DDEBF7"), Border: thin, Alignment: top, Protection: locked}),
		fixed:   add(&excelize.Style{Fill: solid("F2F2F2"), Border: thin, Alignment: top, Protection: locked}),
		heading: add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: "1F4E79"}, Protection: locked}),
		body:    add(&excelize.Style{Alignment: top, Protection: locked}),
		note:    add(&excelize.Style{Font: &excelize.Font{Italic: true, Color: "595959"}, Alignment: top, Protection: locked}),
		slot: add(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: solid("F2F2F2"), Border: thin,
			CustomNumFmt: ptr("hh:mm"), Protection: locked}),
		plain:   add(&excelize.Style{Protection: locked}),
		input:   map[schema.Type]int{},
		column:  map[schema.Type]int{},
		carried: map[schema.Type]int{},
	}
	formats := map[schema.Type]string{
		schema.Date:    salesrhythm.DateFormat(cfg.Locale),
		schema.Time:    "hh:mm",
		schema.Count:   "0",
		schema.Minutes: "0",
		schema.Money:   salesrhythm.CurrencyFormat(cfg.Currency, cfg.Locale),
	}
	for _, t := range []schema.Type{schema.Text, schema.LongText, schema.Date, schema.Time, schema.Count,
		schema.Minutes, schema.Money, schema.Choice, schema.YesNo, schema.Person, schema.People} {
		s := &excelize.Style{Border: thin, Protection: unlocked, Alignment: &excelize.Alignment{Vertical: "top", WrapText: t == schema.LongText}}
		if nf, ok := formats[t]; ok {
			s.CustomNumFmt = ptr(nf)
		}
		st.input[t] = add(s)
		c := *s
		c.Border = nil
		st.column[t] = add(&c)
		k := *s
		k.Fill, k.Protection = solid("F2F2F2"), locked
		st.carried[t] = add(&k)
	}
	return st, err
}
