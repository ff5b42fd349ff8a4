package importer

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"

	"salesrhythm"
	"salesrhythm/internal/parallel"
)

// The inbox is the team's archive of months (DOMAIN.md §2). Reading a
// workbook does not depend on the month being reported: a workbook reads
// as the same records whatever the month, and the month decides only,
// after reading, which workbooks count. So the inbox is read once (Scan)
// for any number of months, and each month is assembled from it (Month):
// one reading, and one cache entry, serve every month.

// scope is what a reading is for: the months whose workbooks are read in
// full, in order — every workbook when it names none. The last is the
// month a monthly workbook that names no period of its own is taken for.
type scope struct{ months []salesrhythm.Month }

// scopeOf is the scope of months; a zero month stands for every workbook.
func scopeOf(months ...salesrhythm.Month) scope {
	ms := slices.DeleteFunc(slices.Clone(months), salesrhythm.Month.IsZero)
	slices.SortFunc(ms, compareMonths)
	return scope{slices.Compact(ms)}
}

func compareMonths(a, b salesrhythm.Month) int { return a.First().Compare(b.First()) }

// main is the last month of the scope, the zero month for every workbook.
func (s scope) main() salesrhythm.Month {
	if len(s.months) == 0 {
		return salesrhythm.Month{}
	}
	return s.months[len(s.months)-1]
}

// wants reports whether a workbook of kind k for period p counts in a
// month of the scope.
func (s scope) wants(k salesrhythm.Kind, p salesrhythm.Period) bool {
	if len(s.months) == 0 {
		return true
	}
	return slices.ContainsFunc(s.months, func(m salesrhythm.Month) bool { return relevant(k, p, m) })
}

// covers reports whether month m's workbooks were read in full.
func (s scope) covers(m salesrhythm.Month) bool {
	return len(s.months) == 0 || slices.Contains(s.months, m)
}

// In names the scope's months for a sentence in locale l.
func (s scope) In(l salesrhythm.Locale) string {
	if len(s.months) == 0 {
		return salesrhythm.Tr("any month").In(l)
	}
	return salesrhythm.Join(s.months...).In(l)
}

func (s scope) String() string {
	switch len(s.months) {
	case 0:
		return "any month"
	case 1:
		return s.months[0].String()
	}
	var names []string
	for _, m := range s.months {
		names = append(names, m.String())
	}
	return strings.Join(names, ", ")
}

// Archive is the inbox read once for some months: every file with what it
// was read as. With a Cache the records of each file stay in the cache
// until a month that counts them is assembled, so that memory holds one
// month's records at a time, however many months are read.
type Archive struct {
	files []*fileResult // in path order
	scope scope
	o     Options
}

// Scan reads every file under dir (any sub-folder, links followed) that
// counts in one of months — every file when months is empty — on all
// cores; the others are only recognised. Inputs are opened read-only and
// never changed. With o.Cache, a file read before, unchanged, is not read
// again, and what was read is kept for the next run. Close the archive
// when done.
func Scan(ctx context.Context, dir string, months []salesrhythm.Month, o Options) (*Archive, error) {
	entries, err := walk(dir, o.Skip)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", salesrhythm.Tr("reading the inbox").In(o.Config.Locale), localError(err, o.Config.Locale))
	}
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.rel, b.rel) })
	s := scopeOf(months...)
	o.Cache.begin(o)
	results := make([]*fileResult, len(entries))
	count := parallel.NewCounter(len(entries), o.Progress)
	err = parallel.For(ctx, len(entries), func(i int) {
		if e := entries[i]; e.done != nil {
			results[i] = e.done
		} else {
			results[i] = readFile(e.abs, e.rel, s, o)
			results[i].pack()
			o.Cache.store(results[i])
		}
		count.Done()
	})
	if err != nil {
		o.Cache.end()
		return nil, err
	}
	o.Cache.commit(results)
	for _, r := range results {
		if CheckName(r.Path) != nil && r.Status == StatusSkipped {
			r.lockOf = lockedBy(r.Path, results)
		}
	}
	return &Archive{files: results, scope: s, o: o}, nil
}

// lockedBy returns the workbook of files, in path order, whose lock file
// is at lock: LibreOffice's .~lock.NAME# of NAME; Excel's ~$NAME of NAME,
// or, for a longer name, of the name whose first two letters ~$ replaces.
func lockedBy(lock string, files []*fileResult) *fileResult {
	dir, base := path.Split(lock)
	rest, excel := strings.CutPrefix(base, "~$")
	if !excel {
		rest = strings.TrimSuffix(strings.TrimPrefix(base, ".~lock."), "#")
	}
	if i, found := slices.BinarySearchFunc(files, dir+rest, func(f *fileResult, p string) int { return strings.Compare(f.Path, p) }); found {
		return files[i]
	}
	if excel {
		for _, f := range files {
			if d, b := path.Split(f.Path); d == dir && len(b) == len(rest)+2 && strings.HasSuffix(b, rest) && CheckName(f.Path) == nil {
				return f
			}
		}
	}
	return nil
}

// Close releases what the archive holds open in the cache, and the files it
// read: after Close it has no month to give.
func (a *Archive) Close() {
	a.o.Cache.end()
	a.files = nil
}

// Plans lists, in order, the months whose plan the inbox holds, whether
// read in full or only recognised.
func (a *Archive) Plans() []salesrhythm.Month {
	var out []salesrhythm.Month
	for _, f := range a.files {
		if f.Kind == salesrhythm.KindPlan && f.Period != nil && (f.Status == StatusRead || f.Status == StatusSkipped) {
			out = append(out, f.Period.Start.MonthOf())
		}
	}
	slices.SortFunc(out, compareMonths)
	return slices.Compact(out)
}

// Month assembles the inbox as month m's report reads it: the workbooks
// that count in m with their records, every other one skipped, and the
// checks that need every file — duplicates, the plan, the people named.
// m must be one of the months the archive was scanned for.
func (a *Archive) Month(ctx context.Context, m salesrhythm.Month) (*Result, error) {
	return a.month(ctx, m, false)
}

// month assembles month m; last says it is the last month asked of the
// archive, which then gives the month its files rather than copies of
// them, and has none left: the files are not held twice while the month
// is assembled.
func (a *Archive) month(ctx context.Context, m salesrhythm.Month, last bool) (*Result, error) {
	if !a.scope.covers(m) {
		return nil, fmt.Errorf("importer: the inbox was read for %s, not %s", a.scope, m)
	}
	views := make([]*fileResult, len(a.files))
	err := parallel.For(ctx, len(a.files), func(i int) { views[i] = a.view(a.files[i], m, last) })
	if err != nil {
		return nil, err
	}
	if last {
		a.files = nil
	}
	return assemble(views, m, a.o), nil
}

// view is a file as month m sees it, which the month's checks may add to:
// with its records when it counts in m, else skipped with what was met
// before its content was read. It is a copy unless own.
func (a *Archive) view(f *fileResult, m salesrhythm.Month, own bool) *fileResult {
	v := a.seen(f, m, own)
	v.findings = charge(v.findings, v.dated, m)
	return v
}

// seen is file f as month m sees it, before the costs of its days: f
// itself when own, else a copy.
func (a *Archive) seen(f *fileResult, m salesrhythm.Month, own bool) *fileResult {
	v := f
	if !own {
		c := *f
		v = &c
	}
	v.findings = slices.Clip(f.findings)
	if of := f.lockOf; of != nil && of.Period != nil && !relevant(of.Kind, *of.Period, m) {
		// The lock of a workbook another month reads: its note is that
		// month's.
		v.skip(salesrhythm.Tr("the lock file of a workbook for %s, not %s", *of.Period, m))
		v.findings, v.Period = nil, of.Period
		return v
	}
	if f.Period == nil || f.Status != StatusRead && f.Status != StatusSkipped {
		return v
	}
	if relevant(f.Kind, *f.Period, m) && (len(a.o.Only) == 0 || slices.Contains(a.o.Only, f.Kind)) && f.Status == StatusRead {
		if f.body != nil {
			return a.o.Cache.load(f, a.scope, a.o)
		}
		return v
	}
	v.skip(salesrhythm.Tr("for %s, not %s", *f.Period, m))
	v.Rows = 0
	v.findings, v.refs, v.Records, v.packed, v.body = v.findings[:f.head:f.head], nil, Records{}, nil, nil
	return v
}

// datedCost is what a finding keeps out of the time slots, by the day of
// each cell.
type datedCost struct {
	Finding int // its index among the file's findings
	Days    []salesrhythm.Date
}

// charge returns findings with the time slots of the dated costs that fall
// in month m added to what they keep out — every day's for the zero month
// — copying the findings it changes.
func charge(findings []salesrhythm.Finding, dated []datedCost, m salesrhythm.Month) []salesrhythm.Finding {
	var out []salesrhythm.Finding
	for _, d := range dated {
		n := 0
		for _, day := range d.Days {
			if m.IsZero() || day.MonthOf() == m {
				n++
			}
		}
		if n == 0 || d.Finding >= len(findings) {
			continue
		}
		if out == nil {
			out = slices.Clone(findings)
		}
		f := &out[d.Finding]
		f.Excluded = slices.Clone(f.Excluded)
		f.Exclude(salesrhythm.Exclusion{Measure: salesrhythm.Slots, Amount: float64(n)})
	}
	if out == nil {
		return findings
	}
	return out
}
