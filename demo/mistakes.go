package demo

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
)

// lockFile is the file Office leaves beside a workbook someone has open.
type lockFile struct {
	path string // relative to the inbox, with forward slashes
	data []byte
}

// planter plants the human mistakes into the list of workbooks.
type planter struct {
	*company
	books   []*book
	inner   []int     // the weeks that lie wholly in the month
	who     []*seller // the established managers, in an order the seed shuffles
	planted []*Mistake
	touched map[string]bool // the weekly reports a mistake changed, by kind, person and week
}

// plant makes the human mistakes the report must catch, in the workbooks of
// established managers for weeks within the month, each recorded with the
// finding it must cause:
//
//   - a next contact date typed as words (not-a-date at that cell; the rest
//     of the row is read);
//   - a call result outside the drop-down, in a copy that lost its sheet
//     protection and its validation (not-in-list);
//   - a weekly report sent again with an amount corrected and saved later
//     (duplicate-submission on the first one, whose rows do not count);
//   - the lock file of a call register left open in Excel (lock-file);
//   - a deal's date typed as words (not-a-date), and another deal's
//     amount (not-a-number), in a laggard's weekly reports: the first deal
//     leaves revenue and deals, the second's amount leaves revenue, each
//     finding says so, and the laggard is provisional;
//   - a deal's date typed without a year, as people type it (nov. 12.,
//     12 Nov): read as meant, no finding;
//   - a direct report's name typed for the ID in a lead's one-on-one
//     (name-for-id): read as the ID.
//
// It returns the workbooks with the resubmission added, the mistakes (their
// cells are known once their workbooks are written) and the lock file.
func (c *company) plant(books []*book) ([]*book, []*Mistake, lockFile) {
	p := &planter{company: c, books: books, touched: map[string]bool{}}
	for i, w := range c.weeks {
		if w.Start.MonthOf() == c.month && w.End.MonthOf() == c.month {
			p.inner = append(p.inner, i)
		}
	}
	established := c.sellers[:len(c.sellers)-1]
	for _, i := range c.rand("mistakes").Perm(len(established)) {
		p.who = append(p.who, established[i])
	}
	p.dateAsWords(p.who[0], p.inner[0])
	p.outsideTheList(p.who[1], p.inner[1%len(p.inner)])
	p.sentTwice(p.who[2:])
	p.lostDeals()
	p.shortDate()
	p.nameForID()
	lock := p.lockFile(p.who[len(p.who)-1], p.inner[len(p.inner)-1])
	return p.books, p.planted, lock
}

// dealAt is a deal of a manager's weekly report that counts in the month.
type dealAt struct {
	s    *seller
	w, i int // the week's index and the deal's among the week's deals
}

func (d dealAt) deal() salesrhythm.Deal { return d.s.weeks[d.w].deals[d.i] }

// dealsOf returns a manager's deals dated in the month, from the weekly
// reports no other mistake touches, in order.
func (p *planter) dealsOf(s *seller) []dealAt {
	var out []dealAt
	for w, sw := range s.weeks {
		if w >= len(p.weeks) || p.touched[p.key(salesrhythm.KindWeeklyReport, s, w)] || !p.has(salesrhythm.KindWeeklyReport, s.ID, w) {
			continue // a week of the month before is that month's workbook when the demo made it
		}
		for i, d := range sw.deals {
			if p.month.Period().Contains(d.Date) {
				out = append(out, dealAt{s, w, i})
			}
		}
	}
	return out
}

func (p *planter) key(kind salesrhythm.Kind, s *seller, w int) string {
	return fmt.Sprintf("%s %s %d", kind, s.ID, w)
}

// lostDeals types a deal's date as words and another deal's amount as
// words, in the weekly reports of a laggard (of two when the first has one
// deal in the month), so that the deals' values leave the figures and the
// findings say what they cost.
func (p *planter) lostDeals() {
	var deals []dealAt
	for _, s := range p.who {
		if s.band == analysis.BandLaggard {
			deals = append(deals, p.dealsOf(s)...)
		}
	}
	if len(deals) == 0 {
		return
	}
	d := deals[0]
	deal := d.deal()
	words := t("last Friday", "múlt pénteken").In(p.loc)
	lost := salesrhythm.Targets{Revenue: deal.Amount, Deals: 1}
	excluded := []salesrhythm.Exclusion{{Measure: salesrhythm.Revenue, Amount: deal.Amount}, {Measure: salesrhythm.Deals, Amount: 1}}
	if deal.NewClient == salesrhythm.Yes {
		lost.NewClients = 1
		excluded = append(excluded, salesrhythm.Exclusion{Measure: salesrhythm.NewClients, Amount: 1})
	}
	p.retypeDeal(d, "date", words, salesrhythm.CodeNotADate, salesrhythm.Tr("a deal of %s dated %q: it leaves revenue and deals", salesrhythm.Money{Amount: deal.Amount, Currency: p.cfg.Currency}, words), excluded, lost)
	if len(deals) < 2 {
		return
	}
	d = deals[1]
	deal = d.deal()
	words = t("1.5 million or so", "kb. másfél millió").In(p.loc)
	p.retypeDeal(d, "amount", words, salesrhythm.CodeNotANumber, salesrhythm.Tr("a deal's amount of %s typed as %q: the deal counts, its amount does not", salesrhythm.Money{Amount: deal.Amount, Currency: p.cfg.Currency}, words),
		[]salesrhythm.Exclusion{{Measure: salesrhythm.Revenue, Unknown: 1}}, salesrhythm.Targets{Revenue: deal.Amount})
}

// retypeDeal overtypes column key of a deal with words, recording the
// mistake with what its finding must exclude and what the manager loses.
func (p *planter) retypeDeal(d dealAt, key, words string, code salesrhythm.Code, what salesrhythm.Text, excluded []salesrhythm.Exclusion, lost salesrhythm.Targets) {
	b := p.find(salesrhythm.KindWeeklyReport, d.s.ID, d.w)
	sheet := p.sch.Kind(salesrhythm.KindWeeklyReport).Sheet("deals").Name.In(p.loc)
	m := p.add(b, sheet, code, what)
	m.Person, m.Excluded, m.Lost = d.s.ID, excluded, lost
	b.mistakes = append(b.mistakes, p.retype(salesrhythm.KindWeeklyReport, "deals", key, d.i, words, &m.Cell))
	p.touched[p.key(salesrhythm.KindWeeklyReport, d.s, d.w)] = true
}

// shortDate types the date of a deal of a manager who leads or is in the
// core without its year, as people type it: the report reads it as meant.
func (p *planter) shortDate() {
	for _, s := range p.who {
		if s.band == analysis.BandLaggard {
			continue
		}
		deals := p.dealsOf(s)
		if len(deals) == 0 {
			continue
		}
		d := deals[0]
		date := d.deal().Date
		words := fmt.Sprintf("%d %s", date.Day(), shortMonths[date.Month()-1].En)
		if p.loc == salesrhythm.Hungarian {
			words = fmt.Sprintf("%s %d.", shortMonths[date.Month()-1].Hu, date.Day())
		}
		p.retypeDeal(d, "date", words, "", salesrhythm.Tr("a deal's date %s typed as %q, without a year: read as meant", date, words), nil, salesrhythm.Targets{})
		return
	}
}

// shortMonths are the months as people shorten them.
var shortMonths = [12]salesrhythm.Text{
	t("Jan", "jan."), t("Feb", "febr."), t("Mar", "márc."), t("Apr", "ápr."), t("May", "máj."), t("Jun", "jún."),
	t("Jul", "júl."), t("Aug", "aug."), t("Sep", "szept."), t("Oct", "okt."), t("Nov", "nov."), t("Dec", "dec."),
}

// nameForID types, in a lead's one-on-one of a week within the month, the
// direct report's name for the ID, given name first: the report reads it
// as the ID, with a warning.
func (p *planter) nameForID() {
	for _, l := range p.leaders {
		if l.Role != salesrhythm.Lead {
			continue
		}
		for _, w := range p.inner {
			for i, e := range l.weeks[w].events {
				if e.Type != salesrhythm.EventOneOnOne || len(e.Participants) != 1 {
					continue
				}
				x, ok := p.plan.Person(e.Participants[0])
				family, given, two := strings.Cut(x.Name, " ")
				if !ok || !two || p.namesakes(x) {
					continue
				}
				b := p.find(salesrhythm.KindManagementLog, l.ID, w)
				sheet := p.sch.Kind(salesrhythm.KindManagementLog).Sheet("events").Name.In(p.loc)
				name := given + " " + family // as an English speaker turns it
				if p.loc == salesrhythm.Hungarian {
					name = x.Name // a Hungarian writes the family name first
				}
				m := p.add(b, sheet, salesrhythm.CodeNameForID, salesrhythm.Tr("%q typed for %s in a one-on-one", name, x.ID))
				b.mistakes = append(b.mistakes, p.retype(salesrhythm.KindManagementLog, "events", "participants", i, name, &m.Cell))
				return
			}
		}
	}
}

// namesakes reports whether anyone else of the plan has x's name.
func (p *planter) namesakes(x salesrhythm.Person) bool {
	for _, y := range p.plan.Team {
		if y.ID != x.ID && y.Name == x.Name {
			return true
		}
	}
	return false
}

// dateAsWords types a next contact date as words.
func (p *planter) dateAsWords(s *seller, w int) {
	b := p.find(salesrhythm.KindCallRegister, s.ID, w)
	i := firstCall(s.weeks[w].calls, func(x salesrhythm.Call) bool { return !x.NextContact.IsZero() })
	words := t("next Tuesday", "jövő kedden").In(p.loc)
	m := p.add(b, p.callsSheet(), salesrhythm.CodeNotADate, salesrhythm.Tr("a next contact date typed as %q", words))
	b.mistakes = append(b.mistakes, p.retype(salesrhythm.KindCallRegister, "calls", "next_contact", i, words, &m.Cell))
}

// outsideTheList takes the protection and the result column's drop-down off
// a call register, as a copy made outside Excel loses them, and types a
// result that is not in the list.
func (p *planter) outsideTheList(s *seller, w int) {
	b := p.find(salesrhythm.KindCallRegister, s.ID, w)
	i := firstCall(s.weeks[w].calls, func(x salesrhythm.Call) bool {
		return x.Result == salesrhythm.ResultTalked || x.Result == salesrhythm.ResultCallBack
	})
	words := t("Maybe later", "Talán később").In(p.loc)
	m := p.add(b, p.callsSheet(), salesrhythm.CodeNotInList, salesrhythm.Tr("%q typed as a call result in a copy that lost its drop-downs", words))
	b.mistakes = append(b.mistakes,
		p.unprotect(salesrhythm.KindCallRegister, "calls", "result"),
		p.retype(salesrhythm.KindCallRegister, "calls", "result", i, words, &m.Cell))
}

// sentTwice sends the first weekly report with a deal in the month again:
// the first copy has a zero too many in the deal's amount, the second,
// saved the next morning, has it right.
func (p *planter) sentTwice(candidates []*seller) {
	for _, s := range candidates {
		for _, w := range p.inner {
			if len(s.weeks[w].deals) == 0 {
				continue
			}
			first := p.find(salesrhythm.KindWeeklyReport, s.ID, w)
			p.touched[p.key(salesrhythm.KindWeeklyReport, s, w)] = true
			again := *first
			again.path = strings.TrimSuffix(first.path, ".xlsx") + " (corrected).xlsx"
			again.spec.Saved = first.spec.Saved.Add(14*time.Hour + 30*time.Minute)
			p.books = append(p.books, &again)
			amount := s.weeks[w].deals[0].Amount
			p.add(first, "", salesrhythm.CodeDuplicate, salesrhythm.Tr("a weekly report sent again, a deal's amount corrected from %s to %s", salesrhythm.Money{Amount: amount * 10, Currency: p.cfg.Currency}, salesrhythm.Money{Amount: amount, Currency: p.cfg.Currency}))
			first.mistakes = append(first.mistakes, p.retype(salesrhythm.KindWeeklyReport, "deals", "amount", 0, amount*10, nil))
			return
		}
	}
}

// lockFile leaves the lock file of an open call register beside it.
func (p *planter) lockFile(s *seller, w int) lockFile {
	dir, base := path.Split(p.find(salesrhythm.KindCallRegister, s.ID, w).path)
	lock := lockFile{path: dir + "~$" + base, data: ownerFile(s.Name)}
	p.add(&book{path: lock.path}, "", salesrhythm.CodeLockFile, salesrhythm.Tr("the lock file of a call register left open in Excel"))
	return lock
}

// has reports whether the month's workbooks hold kind for the person and week.
func (p *planter) has(kind salesrhythm.Kind, id string, w int) bool {
	return slices.ContainsFunc(p.books, func(b *book) bool {
		return b.spec.Kind == kind && b.spec.Person.ID == id && b.spec.Period == p.weeks[w]
	})
}

// find returns the workbook of kind for the person and week.
func (p *planter) find(kind salesrhythm.Kind, id string, w int) *book {
	for _, b := range p.books {
		if b.spec.Kind == kind && b.spec.Person.ID == id && b.spec.Period == p.weeks[w] {
			return b
		}
	}
	panic(fmt.Sprintf("demo: no %s of %s for %s", kind, id, p.weeks[w]))
}

func (p *planter) add(b *book, sheet string, code salesrhythm.Code, what salesrhythm.Text) *Mistake {
	m := &Mistake{File: b.path, Sheet: sheet, Code: code, What: what}
	p.planted = append(p.planted, m)
	return m
}

func (p *planter) callsSheet() string {
	return p.sch.Kind(salesrhythm.KindCallRegister).Sheet("calls").Name.In(p.loc)
}

// firstCall returns the index of the first call that matches, or 0.
func firstCall(calls []salesrhythm.Call, match func(salesrhythm.Call) bool) int {
	for i, x := range calls {
		if match(x) {
			return i
		}
	}
	return 0
}

// retype overtypes the cell of column key in the i-th row of a table sheet
// with v, and records the cell in at unless at is nil.
func (c *company) retype(kind salesrhythm.Kind, sheetKey, key string, i int, v any, at *string) func(*excelize.File) error {
	s := c.sch.Kind(kind).Sheet(sheetKey)
	sheet, label := s.Name.In(c.loc), s.Column(key).Label.In(c.loc)
	return func(f *excelize.File) error {
		cell, err := cellOf(f, sheet, label, i)
		if err != nil {
			return err
		}
		if at != nil {
			*at = cell
		}
		return f.SetCellValue(sheet, cell, v)
	}
}

// unprotect takes a table sheet's protection off, and the validation of
// column key.
func (c *company) unprotect(kind salesrhythm.Kind, sheetKey, key string) func(*excelize.File) error {
	s := c.sch.Kind(kind).Sheet(sheetKey)
	sheet, label := s.Name.In(c.loc), s.Column(key).Label.In(c.loc)
	return func(f *excelize.File) error {
		if err := f.UnprotectSheet(sheet); err != nil {
			return err
		}
		cell, err := cellOf(f, sheet, label, 0)
		if err != nil {
			return err
		}
		col := strings.TrimRightFunc(cell, unicode.IsDigit)
		dvs, err := f.GetDataValidations(sheet)
		if err != nil {
			return err
		}
		for _, dv := range dvs {
			if strings.HasPrefix(dv.Sqref, col) && unicode.IsDigit(rune(dv.Sqref[len(col)])) {
				if err := f.DeleteDataValidation(sheet, dv.Sqref); err != nil {
					return err
				}
			}
		}
		return nil
	}
}

// cellOf finds the cell of the i-th row below the header label of a table
// sheet, as a person finds it.
func cellOf(f *excelize.File, sheet, label string, i int) (string, error) {
	rows, err := f.GetRows(sheet)
	if err != nil {
		return "", err
	}
	for r, row := range rows {
		for col, v := range row {
			if v == label {
				return excelize.CoordinatesToCellName(col+1, r+2+i)
			}
		}
	}
	return "", fmt.Errorf("%s: no column %q", sheet, label)
}

// ownerFile is what Office writes into a lock file: the user's name after
// its length, padded to 54 bytes, then the name again in UTF-16, padded to
// 162 bytes in all.
func ownerFile(name string) []byte {
	name = asciiFold.Replace(name)
	name = name[:min(53, len(name))]
	b := append([]byte{byte(len(name))}, name...)
	for len(b) < 54 {
		b = append(b, ' ')
	}
	u := utf16.Encode([]rune(name))
	b = append(b, byte(len(u)), 0)
	for _, x := range u {
		b = append(b, byte(x), byte(x>>8))
	}
	for len(b) < 162 {
		b = append(b, ' ', 0)
	}
	return b[:162]
}
