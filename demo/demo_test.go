package demo_test

import (
	"context"
	"crypto/sha256"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"salesrhythm"
	"salesrhythm/analysis"
	"salesrhythm/config"
	"salesrhythm/demo"
	"salesrhythm/importer"
	"salesrhythm/schema"
)

var (
	october  = salesrhythm.Month{Year: 2026, Month: 10} // starts on a Thursday; 23 October, a Friday, is a holiday
	december = salesrhythm.Month{Year: 2026, Month: 12} // Christmas Eve and Day are a Thursday and a Friday
)

// The demo of the default size, made once for the tests that read it.
var (
	defaultOptions = demo.Options{Month: october, Seed: 1}
	defaultDemo    = sync.OnceValues(func() (string, error) {
		dir, err := os.MkdirTemp("", "salesrhythm-demo-")
		if err != nil {
			return "", err
		}
		defaultTruth, err = demo.Generate(context.Background(), dir, defaultOptions)
		return dir, err
	})
	defaultTruth *demo.Truth
)

func TestMain(m *testing.M) {
	m.Run()
	if dir, _ := defaultDemo(); dir != "" {
		os.RemoveAll(dir)
	}
}

// theDefault returns the folder and the truth of the default demo.
func theDefault(t *testing.T) (string, *demo.Truth) {
	t.Helper()
	dir, err := defaultDemo()
	if err != nil {
		t.Fatal(err)
	}
	return dir, defaultTruth
}

// generate makes a demo in a fresh folder.
func generate(t testing.TB, o demo.Options) (string, *demo.Truth) {
	t.Helper()
	dir := t.TempDir()
	truth, err := demo.Generate(context.Background(), dir, o)
	if err != nil {
		t.Fatal(err)
	}
	return dir, truth
}

// report reads the demo's inbox and analyses it, as the report does, with
// the configuration the demo wrote.
func report(t *testing.T, dir string) (salesrhythm.Config, *importer.Result, analysis.Result) {
	t.Helper()
	l, err := config.Load(config.Options{File: filepath.Join(dir, "config.yaml"), Dir: dir})
	if err != nil {
		t.Fatalf("config.yaml does not load: %v", err)
	}
	cfg := l.Config
	res, err := importer.Read(context.Background(), cfg.Paths.Inbox, cfg.Month, importer.Options{Config: cfg, Schema: schema.New(cfg)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Plan == nil {
		t.Fatal("no plan read")
	}
	a := analysis.Analyse(analysis.Input{
		Month: cfg.Month, Config: cfg, Plan: *res.Plan, Calls: res.Calls, Deals: res.Deals, Funnels: res.Funnels,
		Slots: res.Slots, Events: res.Events, Actions: res.Actions, Assessments: res.Assessments, Submissions: res.Submissions,
	})
	return cfg, res, a
}

func TestReportFindsTheTruth(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    demo.Options
	}{
		{"default", defaultOptions},
		{"small-hungarian", demo.Options{Month: december, Seed: 7, Managers: demo.MinManagers, Locale: salesrhythm.Hungarian}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var dir string
			var truth *demo.Truth
			if tc.name == "default" {
				dir, truth = theDefault(t)
			} else {
				dir, truth = generate(t, tc.o)
			}
			cfg, res, a := report(t, dir)
			if cfg.Month != tc.o.Month || cfg.Company != truth.Company || tc.o.Locale != "" && cfg.Locale != tc.o.Locale {
				t.Errorf("config.yaml says %s, %q, %s; want %s, %q, %s", cfg.Month, cfg.Company, cfg.Locale, tc.o.Month, truth.Company, tc.o.Locale)
			}
			checkFolder(t, dir)
			checkManagers(t, truth, a)
			checkLeaders(t, truth, a)
			checkMistakes(t, truth, res, a)
			checkStory(t, truth, a)
		})
	}
}

// checkFolder: config.yaml, the inbox, and an empty out/; nothing else.
func checkFolder(t *testing.T, dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"config.yaml", "inbox", "out"}; !slices.Equal(names, want) {
		t.Errorf("the folder holds %v, want %v", names, want)
	}
	if out, _ := os.ReadDir(filepath.Join(dir, "out")); len(out) > 0 {
		t.Errorf("out/ is not empty: %v", out)
	}
}

// checkManagers: each manager's actuals and targets, and the band the story
// gives them.
func checkManagers(t *testing.T, truth *demo.Truth, a analysis.Result) {
	people := map[string]analysis.Person{}
	for _, p := range a.People {
		people[p.ID] = p
	}
	for _, m := range truth.Managers {
		p, ok := people[m.ID]
		if !ok {
			t.Errorf("%s is not in the analysis", m.ID)
			continue
		}
		ms := p.Measures
		if math.Abs(ms.Revenue.Actual-m.Revenue) > 0.005 {
			t.Errorf("%s: revenue %.2f, want %.2f", m.ID, ms.Revenue.Actual, m.Revenue)
		}
		for _, c := range []struct {
			name      string
			got, want float64
		}{
			{"deals", ms.Deals.Actual, float64(m.Deals)},
			{"calls", ms.Calls.Actual, float64(m.Calls)},
			{"new clients", ms.NewClients.Actual, float64(m.NewClients)},
			{"client meetings", ms.Meetings.Actual, float64(m.Meetings)},
			{"revenue target", ms.Revenue.Planned, m.Targets.Revenue},
			{"deals target", ms.Deals.Planned, m.Targets.Deals},
			{"calls target", ms.Calls.Planned, m.Targets.Calls},
			{"meetings target", ms.Meetings.Planned, m.Targets.Meetings},
			{"new clients target", ms.NewClients.Planned, m.Targets.NewClients},
		} {
			if c.got != c.want {
				t.Errorf("%s: %s %g, want %g", m.ID, c.name, c.got, c.want)
			}
		}
		if p.Band != m.Band {
			t.Errorf("%s: band %q (revenue fulfilment %s), want %q", m.ID, p.Band, p.Value, m.Band)
		}
		if m.Band == "" && (p.Rank != nil || p.Reason.En == "") {
			t.Errorf("%s joined on %s and must be listed unranked with a reason, got rank %v", m.ID, m.Start, p.Rank)
		}
	}
}

// checkLeaders: the events held for each norm and the role scores.
func checkLeaders(t *testing.T, truth *demo.Truth, a analysis.Result) {
	compliance := map[string]analysis.Compliance{}
	for _, c := range a.Compliance {
		compliance[c.Leader] = c
	}
	roles := map[string]analysis.RoleScores{}
	for _, r := range a.Roles {
		roles[r.Person] = r
	}
	for _, l := range truth.Leaders {
		c := compliance[l.ID]
		if len(c.Norms) != len(l.Held) {
			t.Errorf("%s: %d norms, want %d", l.ID, len(c.Norms), len(l.Held))
		}
		for _, n := range c.Norms {
			if want, ok := l.Held[n.Norm]; !ok || n.Held != want {
				t.Errorf("%s: %s held %d, want %d", l.ID, n.Norm, n.Held, want)
			}
		}
		r, ok := roles[l.ID]
		if !ok {
			t.Errorf("%s: no role scores", l.ID)
			continue
		}
		for _, s := range r.Roles {
			if s.Yes != l.Roles[s.Role] {
				t.Errorf("%s: %s scores %d, want %d", l.ID, s.Role, s.Yes, l.Roles[s.Role])
			}
		}
		if blank := r.Questions - r.Answered; blank != l.Blank || r.Complete != (l.Blank == 0) {
			t.Errorf("%s: %d questions blank (complete %v), want %d", l.ID, blank, r.Complete, l.Blank)
		}
	}
}

// checkMistakes: each planted mistake found with its code and cell, and no
// other warning or error.
func checkMistakes(t *testing.T, truth *demo.Truth, res *importer.Result, a analysis.Result) {
	planted := map[salesrhythm.Code]bool{}
	for _, m := range truth.Mistakes {
		planted[m.Code] = true
		i := slices.IndexFunc(res.Findings, func(f salesrhythm.Finding) bool {
			return f.File == m.File && f.Code == m.Code && f.Sheet == m.Sheet && f.Cell == m.Cell
		})
		if i < 0 {
			t.Errorf("planted %s not found at %s: %s!%s (%s)", m.Code, m.File, m.Sheet, m.Cell, m.What)
		}
	}
	for _, code := range []salesrhythm.Code{salesrhythm.CodeNotADate, salesrhythm.CodeNotInList, salesrhythm.CodeDuplicate, salesrhythm.CodeLockFile} {
		if !planted[code] {
			t.Errorf("no %s planted", code)
		}
	}
	for _, f := range res.Findings {
		if f.Severity == salesrhythm.Info && f.Code == salesrhythm.CodeLockFile {
			continue
		}
		if !slices.ContainsFunc(truth.Mistakes, func(m demo.Mistake) bool { return m.File == f.File && m.Code == f.Code && m.Cell == f.Cell }) {
			t.Errorf("unexpected finding: %s", f)
		}
	}
	for _, f := range a.Findings {
		t.Errorf("unexpected finding of the analysis: %s", f)
	}
	for _, f := range res.Files {
		m := slices.IndexFunc(truth.Mistakes, func(m demo.Mistake) bool { return m.File == f.Path })
		switch {
		case m >= 0 && truth.Mistakes[m].Code == salesrhythm.CodeLockFile:
			if f.Status != importer.StatusSkipped {
				t.Errorf("%s: %s, want skipped", f.Path, f.Status)
			}
		case m >= 0 && truth.Mistakes[m].Code == salesrhythm.CodeDuplicate:
			if !strings.HasSuffix(f.SupersededBy, " (corrected).xlsx") {
				t.Errorf("%s: superseded by %q, want its corrected resubmission", f.Path, f.SupersededBy)
			}
		case f.Status != importer.StatusRead:
			t.Errorf("%s: %s (%s)", f.Path, f.Status, f.Reason)
		}
	}
	if got := len(res.Files); got != truth.Workbooks+1 {
		t.Errorf("%d files in the inbox, want %d workbooks and a lock file", got, truth.Workbooks)
	}
	if s := a.Submissions; len(s.Missing) > 0 || len(s.Unexpected) > 0 || len(s.Duplicates) != 1 {
		t.Errorf("submissions: %d missing, %d unexpected, %d duplicated; want 0, 0, 1", len(s.Missing), len(s.Unexpected), len(s.Duplicates))
	}
}

// checkStory: every part of the report has something to show.
func checkStory(t *testing.T, truth *demo.Truth, a analysis.Result) {
	bands := map[analysis.Band]int{}
	for _, p := range a.People {
		bands[p.Band]++
	}
	if bands[analysis.BandLeader] < 2 || bands[analysis.BandLaggard] < 2 || bands[analysis.BandCore] < 1 && len(truth.Managers) > 5 {
		t.Errorf("bands %v: want at least two leaders, two laggards and a core", bands)
	}
	late, short := false, false
	for _, c := range a.Compliance {
		for _, n := range c.Norms {
			late = late || n.OnTime != nil && *n.OnTime < n.Held
			short = short || n.Credited < n.Required
			if c.Leader == truth.Missed.Leader && n.Norm == "weekly-meeting" && n.Held >= n.Required {
				t.Errorf("%s held %d of %d weekly meetings; one was missed on %s", c.Leader, n.Held, n.Required, truth.Missed.Date)
			}
		}
	}
	if !late || !short {
		t.Errorf("compliance: some meeting late %v, some norm short %v; want both", late, short)
	}
	var sum analysis.ActionSummary
	for _, s := range a.Actions.ByLeader {
		sum.Done += s.Done
		sum.Open += s.Open
		sum.Overdue += s.Overdue
	}
	twice := slices.ContainsFunc(a.Actions.Items, func(it analysis.Item) bool { return it.TimesMoved >= 2 })
	if sum.Done == 0 || sum.Open == 0 || sum.Overdue == 0 || !twice {
		t.Errorf("action items: %d done, %d open, %d overdue, one moved twice %v; want each", sum.Done, sum.Open, sum.Overdue, twice)
	}
	overdue := 0
	for _, x := range a.Activity {
		overdue += len(x.Overdue)
	}
	if overdue == 0 {
		t.Error("no follow-up overdue at the month's end")
	}
	for _, u := range a.TimeUse {
		if !u.Adherence.Valid || u.Adherence.Value < 0.7 || u.Adherence.Value > 0.97 {
			t.Errorf("%s keeps to the time table's plan %s of the slots; want mostly, not always", u.Person, u.Adherence)
		}
	}
	if a.Funnel.DealsWon == 0 || a.Funnel.MeetingsHeld == 0 || a.Funnel.Leads == 0 {
		t.Errorf("funnel %+v", a.Funnel)
	}
}

// TestSameSeedSameBytes: the same options give byte-identical files; another
// seed gives others.
func TestSameSeedSameBytes(t *testing.T) {
	a, _ := theDefault(t)
	b, _ := generate(t, defaultOptions)
	o := defaultOptions
	o.Seed = 2
	c, _ := generate(t, o)
	sa, sb, sc := sums(t, a), sums(t, b), sums(t, c)
	if len(sa) == 0 {
		t.Fatal("no files")
	}
	if len(sa) != len(sb) {
		t.Errorf("%d files, then %d", len(sa), len(sb))
	}
	for path, sum := range sa {
		if sb[path] != sum {
			t.Errorf("%s differs between two runs with the same seed", path)
		}
	}
	other := map[[32]byte]bool{}
	for _, sum := range sc {
		other[sum] = true
	}
	for path, sum := range sa {
		if other[sum] && path != "config.yaml" {
			t.Errorf("%s is the same with another seed", path)
		}
	}
}

func sums(t *testing.T, dir string) map[string][32]byte {
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = sha256.Sum256(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRefusals(t *testing.T) {
	for _, o := range []demo.Options{
		{Seed: 1},
		{Month: october, Managers: demo.MinManagers - 1},
		{Month: october, Locale: "de"},
	} {
		dir := t.TempDir()
		if _, err := demo.Generate(context.Background(), dir, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Errorf("%+v: wrote %d files before refusing", o, len(entries))
		}
	}
}

func BenchmarkGenerate200(b *testing.B) {
	for b.Loop() {
		generate(b, demo.Options{Month: october, Seed: 1, Managers: 200})
	}
}
