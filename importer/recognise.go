package importer

import (
	"regexp"
	"strconv"
	"strings"

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

// titlePerson reads the person ID from a sheet's title block, "Call
// register · Anna Kovács (M-001)", for workbooks that lost their metadata.
func titlePerson(rows []xrow) string {
	for _, r := range rows {
		if r.n > 2 {
			break
		}
		for _, c := range r.cells {
			if m := titleID.FindStringSubmatch(c.raw); c.col == 1 && m != nil {
				return strings.TrimSpace(m[1])
			}
		}
	}
	return ""
}
