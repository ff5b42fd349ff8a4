package salesrhythm

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// countries holds, by ISO 3166-1 code, the rules of the national public
// holidays the calendar knows for any year: those of
// github.com/rickar/cal/v2, and Hungary's, which is ours (below).
var countries = map[string][]*cal.Holiday{
	"AR": ar.Holidays, "AT": at.Holidays, "BE": be.Holidays, "BG": bg.Holidays, "BR": br.Holidays,
	"CA": ca.Holidays, "CH": ch.Holidays, "CZ": cz.Holidays, "DE": de.Holidays, "DK": dk.Holidays,
	"ES": es.Holidays, "FR": fr.Holidays, "GB": gb.Holidays, "GR": gr.Holidays, "HR": hr.Holidays,
	"HU": hungary, "IE": ie.Holidays, "IT": it.Holidays, "LT": lt.Holidays, "LV": lv.Holidays,
	"NL": nl.Holidays, "NO": no.Holidays, "NZ": nz.Holidays, "PL": pl.Holidays, "RO": ro.Holidays,
	"RU": ru.Holidays, "SE": se.Holidays, "SI": si.Holidays, "SK": sk.Holidays, "UA": ua.Holidays,
	"US": us.Holidays, "ZA": za.Holidays,
}

// hungary is Hungary's public holidays, the munkaszüneti napok of the Labour
// Code (2012. évi I. törvény 102. § (1)). cal/v2 v2.1.13, the latest release,
// has no package for Hungary, so the list is built here from its rules for
// the days many countries share; this is the one place to correct it.
//
// Checked against the official list: Good Friday has been a public holiday
// only since 2017. 24 December is not a public holiday: each year a decree
// (for 2026, 10/2025. (IV. 30.) NGM rendelet) makes it a rest day in
// exchange for a working Saturday (12 December 2026), as it does for bridge
// days, and those swaps belong in calendar.holidays and
// calendar.working_days. Easter Sunday and Whit Sunday are on the list but
// always fall on a Sunday.
var hungary = []*cal.Holiday{
	aa.NewYear.Clone(&cal.Holiday{Name: "Újév", Type: cal.ObservancePublic}),
	{Name: "Nemzeti ünnep (1848)", Type: cal.ObservancePublic, Month: time.March, Day: 15, Func: cal.CalcDayOfMonth},
	aa.GoodFriday.Clone(&cal.Holiday{Name: "Nagypéntek", Type: cal.ObservancePublic, StartYear: 2017}),
	aa.Easter.Clone(&cal.Holiday{Name: "Húsvétvasárnap", Type: cal.ObservancePublic}),
	aa.EasterMonday.Clone(&cal.Holiday{Name: "Húsvéthétfő", Type: cal.ObservancePublic}),
	aa.WorkersDay.Clone(&cal.Holiday{Name: "A munka ünnepe", Type: cal.ObservancePublic}),
	aa.Pentecost.Clone(&cal.Holiday{Name: "Pünkösdvasárnap", Type: cal.ObservancePublic}),
	aa.PentecostMonday.Clone(&cal.Holiday{Name: "Pünkösdhétfő", Type: cal.ObservancePublic}),
	{Name: "Az államalapítás ünnepe", Type: cal.ObservancePublic, Month: time.August, Day: 20, Func: cal.CalcDayOfMonth},
	{Name: "Nemzeti ünnep (1956)", Type: cal.ObservancePublic, Month: time.October, Day: 23, Func: cal.CalcDayOfMonth},
	aa.AllSaintsDay.Clone(&cal.Holiday{Name: "Mindenszentek", Type: cal.ObservancePublic}),
	aa.ChristmasDay.Clone(&cal.Holiday{Name: "Karácsony", Type: cal.ObservancePublic}),
	aa.ChristmasDay2.Clone(&cal.Holiday{Name: "Karácsony másnapja", Type: cal.ObservancePublic}),
}

// Countries lists the codes of the countries whose public holidays the
// calendar knows, in order.
func Countries() []string {
	out := make([]string, 0, len(countries))
	for c := range countries {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// KnownCountry reports whether the calendar knows the public holidays of
// the country with ISO 3166-1 code code, in any case.
func KnownCountry(code string) bool {
	_, ok := countries[strings.ToUpper(strings.TrimSpace(code))]
	return ok
}

// publicHolidays is one country's public holidays, worked out a year at a
// time when first asked for. Calendars copied from one another share it.
type publicHolidays struct {
	rules []*cal.Holiday
	mu    sync.Mutex
	years map[int]map[Date]string
}

func newPublicHolidays(country string) *publicHolidays {
	rules, ok := countries[strings.ToUpper(strings.TrimSpace(country))]
	if !ok {
		return nil
	}
	return &publicHolidays{rules: rules, years: map[int]map[Date]string{}}
}

// name returns the name of the public holiday on d, or "" when there is
// none. A holiday that falls on a weekend and is observed on another day
// (as in Britain) is a holiday on both.
func (p *publicHolidays) name(d Date) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	days, ok := p.years[d.Year()]
	if !ok {
		days = map[Date]string{}
		// A holiday can be observed in the year next to its own: the US
		// observe a Saturday 1 January on Friday 31 December.
		for year := d.Year() - 1; year <= d.Year()+1; year++ {
			for _, h := range p.rules {
				actual, observed := h.Calc(year)
				for _, t := range []time.Time{actual, observed} {
					if !t.IsZero() && t.Year() == d.Year() {
						days[D(t.Year(), t.Month(), t.Day())] = h.Name
					}
				}
			}
		}
		p.years[d.Year()] = days
	}
	return days[d]
}
