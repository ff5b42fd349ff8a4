package demo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"salesrhythm"
	"salesrhythm/config"
	"salesrhythm/internal/parallel"
	"salesrhythm/internal/safefile"
	"salesrhythm/templates"
)

// Options say which company and month to make.
type Options struct {
	Month    salesrhythm.Month  // the month to report; required
	Managers int                // 0 for DefaultManagers; at least MinManagers
	Seed     int64              // the same seed makes the same bytes
	Locale   salesrhythm.Locale // the workbooks' labels; "" for English
	// Progress, when set, is called after each workbook with the count done,
	// by one goroutine at a time.
	Progress func(done, total int)
	// Months makes that many consecutive months ending with Month; 0 for
	// one.
	Months int

	ago int // how many months before the last of Months this one is
}

// The size of the company: a lead for every five managers, a head and a
// director. The story needs at least five managers: two who lead, two who
// lag, one who joins mid-month.
const (
	DefaultManagers = 15
	MinManagers     = 5
)

// Generate writes a working folder into dir: config.yaml (the repository's
// sample with the demo's company, locale and month), inbox/ with the month's
// completed workbooks and out/, empty. It returns what it put in. Files of
// the same name are replaced; nothing else in dir is touched.
func Generate(ctx context.Context, dir string, o Options) (*Truth, error) {
	if o.Managers == 0 {
		o.Managers = DefaultManagers
	}
	if o.Locale == "" {
		o.Locale = salesrhythm.English
	}
	switch _, err := salesrhythm.ParseLocale(string(o.Locale)); {
	case o.Month.IsZero():
		return nil, errors.New("demo: no month given")
	case o.Managers < MinManagers:
		return nil, fmt.Errorf("demo: %d managers is too few for the story; at least %d", o.Managers, MinManagers)
	case err != nil:
		return nil, fmt.Errorf("demo: %w", err)
	case o.Months < 0 || o.Months > MaxMonths:
		return nil, fmt.Errorf("demo: %d months; from 1 to %d", o.Months, MaxMonths)
	}
	inbox := filepath.Join(dir, "inbox")
	for _, d := range []string{inbox, filepath.Join(dir, "out")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	cfg, err := writeConfig(dir, o)
	if err != nil {
		return nil, err
	}
	if o.Months > 1 {
		return months(ctx, inbox, o, cfg)
	}
	c := newCompany(o, cfg)
	truth := c.story()
	books, unheld := c.workbooks()
	truth.Unheld = unheld
	return truth, c.finish(ctx, inbox, truth, books, o.Progress)
}

// finish plants the mistakes into the month's workbooks and writes them.
func (c *company) finish(ctx context.Context, inbox string, truth *Truth, books []*book, progress func(done, total int)) error {
	truth.reportsOfTheWeek(books)
	books, planted, lock := c.plant(books)
	planted = append(planted, c.profileMistakes(books)...)
	planted = append(planted, c.blankAnswers(books)...)
	truth.Workbooks = len(books)
	if err := c.write(ctx, inbox, books, progress); err != nil {
		return err
	}
	if err := safefile.WriteFile(filepath.Join(inbox, filepath.FromSlash(lock.path)), safefile.Replace, lock.data); err != nil {
		return err
	}
	for _, m := range planted {
		truth.Mistakes = append(truth.Mistakes, *m)
	}
	c.settleBands(truth)
	slices.SortFunc(truth.Mistakes, func(a, b Mistake) int { return strings.Compare(a.File, b.File) })
	return nil
}

// writeConfig writes the repository's sample config.yaml in the demo's
// locale with the demo's company and month, and reads it back as the
// report will.
func writeConfig(dir string, o Options) (salesrhythm.Config, error) {
	text, err := salesrhythm.SampleWith(o.Locale,
		[2]string{"company: " + salesrhythm.SampleCompany(o.Locale), fmt.Sprintf("company: %q", companyName)},
		[2]string{`month: ""`, fmt.Sprintf("month: %q", o.Month)})
	if err != nil {
		return salesrhythm.Config{}, fmt.Errorf("demo: %w", err)
	}
	path := filepath.Join(dir, config.DefaultFile)
	if err := safefile.WriteFile(path, safefile.Replace, text); err != nil {
		return salesrhythm.Config{}, err
	}
	l, err := config.Load(config.Options{File: config.DefaultFile, Dir: dir})
	return l.Config, err
}

// story makes the month: every manager's calls, deals and time tables,
// the plan's targets that follow from them, every leader's management log
// and self-assessment; and returns what the report must find.
func (c *company) story() *Truth {
	truth := &Truth{Month: c.month, Seed: c.seed, Company: c.cfg.Company, Missed: c.missed}
	for _, s := range c.sellers {
		if _, ok := c.plan.Person(s.ID); !ok {
			continue // not yet hired
		}
		c.sell(s)
		truth.Managers = append(truth.Managers, c.actuals(s))
	}
	c.setTargets(truth.Managers)
	for i := range truth.Managers {
		truth.Managers[i].Clients = c.clientProfiles(c.sellerByID[truth.Managers[i].ID])
	}
	for _, l := range c.leaders {
		c.manage(l)
		c.assess(l)
		truth.Leaders = append(truth.Leaders, c.leaderTruth(l))
	}
	truth.Week = c.weekTruth()
	c.visitsTruth(truth.Managers)
	truth.Ratings = c.ratingsTruth()
	return truth
}

// write makes the workbooks in the inbox as a department would: each is
// the blank template 'salesrhythm template' makes (rendered in memory, one
// master per kind, week and role), filled in and saved, on all cores. Files
// are synced to the disk once, at the end. It stops at the first workbook it
// cannot write.
func (c *company) write(ctx context.Context, inbox string, books []*book, progress func(done, total int)) error {
	total := len(books)
	blanks := templates.NewWriter(templates.Options{Config: c.cfg, Schema: c.sch, Team: c.plan})
	plans := templates.NewWriter(templates.Options{Config: c.cfg, Schema: c.sch, Carry: c.plan, CarryTargets: true})
	writer := func(s templates.Spec) *templates.Writer {
		if s.Kind == salesrhythm.KindPlan {
			return plans
		}
		return blanks
	}
	count := parallel.NewCounter(total, progress)
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	err := parallel.For(ctx, len(books), func(i int) {
		if err := c.render(books[i], writer(books[i].spec), inbox); err != nil {
			stop(err)
			return
		}
		count.Done()
	})
	return errors.Join(err, safefile.Flush())
}
