package report

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/safefile"
)

// Output says where the report goes.
type Output struct {
	Workbook string // the monthly workbook, e.g. out/salesrhythm-2026-11.xlsx
	Charts   string // the folder of chart images, e.g. out/charts/2026-11
	Feedback string // the folder of feedback copies, e.g. out/feedback/2026-11
	// People, when set, is the folder of the scorecards, e.g. out/people:
	// each person's in a folder of its own, named by Folder from "ID Name".
	People string
	Folder func(string) string
}

// DefaultOutput is where the report for month m goes under the output folder.
func DefaultOutput(dir string, m salesrhythm.Month) Output {
	return Output{
		Workbook: filepath.Join(dir, "salesrhythm-"+m.String()+".xlsx"),
		Charts:   filepath.Join(dir, "charts", m.String()),
		Feedback: filepath.Join(dir, "feedback", m.String()),
	}
}

// Written lists the files a run wrote.
type Written struct {
	Workbook string
	Charts   []string
	Feedback []string
	// Scorecards are the people's scorecards, by ID.
	Scorecards []string
	// Unannotated are the inputs with problems that got no feedback copy.
	Unannotated []Unannotated
}

// Write builds the report and writes it: the workbook, its chart images,
// the feedback copies and, when out.People is set, every person's
// scorecard. Every file goes to a temporary file in its folder and is
// renamed into place, so on any error the files of the previous run are
// intact and no temporary file is left.
func Write(in Input, out Output) (Written, error) {
	// go-chart loads its font lazily and racily; load it once up front.
	if _, err := chart.GetDefaultFont(); err != nil {
		return Written{}, err
	}
	// The scorecards, most of the work at a thousand people, are built
	// beside the workbook rather than after it.
	var cards []string
	var cardsErr error
	var wg sync.WaitGroup
	if out.People != "" {
		wg.Go(func() { cards, cardsErr = writeScorecards(in, out) })
	}
	w, err := writeMonthly(in, out)
	wg.Wait()
	w.Scorecards = cards
	return w, cmp.Or(err, cardsErr)
}

// writeMonthly writes the monthly workbook, its charts and the feedback
// copies.
func writeMonthly(in Input, out Output) (Written, error) {
	data, pics, err := Build(in, out.Feedback)
	if err != nil {
		return Written{}, err
	}
	w, err := writeBook(data, pics, out)
	if err != nil {
		return w, err
	}
	w.Feedback, w.Unannotated, err = writeFeedback(in, out.Feedback)
	return w, err
}

// writeBook writes a report's chart images and then its workbook, each to
// a temporary file renamed into place.
func writeBook(data []byte, pics []picture, out Output) (Written, error) {
	var w Written
	for _, dir := range []string{filepath.Dir(out.Workbook), out.Charts} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return w, err
		}
	}
	for _, p := range pics {
		path := filepath.Join(out.Charts, p.name)
		if err := safefile.WriteFile(path, safefile.Replace, p.png); err != nil {
			return w, err
		}
		w.Charts = append(w.Charts, path)
	}
	if err := safefile.WriteFile(out.Workbook, safefile.Replace, data); err != nil {
		return w, err
	}
	w.Workbook = out.Workbook
	return w, nil
}

// Build renders the workbook and its chart images in memory.
func Build(in Input, feedbackDir string) ([]byte, []picture, error) {
	return build(in, feedbackDir, true)
}

// build is Build, with the sheets after the Summary held (book.holds) or
// written straight in.
func build(in Input, feedbackDir string, hold bool) ([]byte, []picture, error) {
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f, in: in, loc: in.Config.Locale}
	b.newStyles()
	pics, err := b.pictures()
	if err != nil {
		return nil, nil, err
	}
	summary := t("Summary", "Összefoglaló").In(b.loc)
	b.check(f.SetSheetName("Sheet1", summary))
	b.front(summary, pics, feedbackDir)
	// The Summary is written straight in, and is the sheet the workbook
	// opens on (set now: excelize would read the sheets written through its
	// stream writer back to set it); every sheet after it is held.
	f.SetActiveSheet(0)
	b.holds = hold
	b.fulfilment()
	b.history()
	b.rankings()
	b.activity()
	b.clients()
	b.timeUse()
	b.compliance()
	b.trainings()
	b.actions()
	b.roles()
	b.competences()
	b.submissions()
	b.dataQuality()
	b.sources()
	b.policy()
	title := fmt.Sprintf("%s · %s", t("Monthly sales report", "Havi értékesítési jelentés").In(b.loc), salesrhythm.FormatMonth(in.Result.Month, b.loc))
	data, err := b.bytes(title, "salesrhythm report", in.Result.Month.First())
	return data, pics, err
}

// bytes finishes the workbook with its first sheet active and document
// properties dated when, not now, and returns it: the same workbook is the
// same bytes.
func (b *book) bytes(title, keywords string, when salesrhythm.Date) ([]byte, error) {
	if b.holds {
		b.finish()
	} else {
		b.f.SetActiveSheet(0)
	}
	for _, c := range b.charts {
		b.check(b.f.AddChart(c.sheet, c.at, c.Chart))
	}
	stamp := when.Time().Format(time.RFC3339)
	b.check(b.f.SetDocProps(&excelize.DocProperties{
		Title: title, Creator: "salesrhythm", LastModifiedBy: "salesrhythm", Subject: b.in.Config.Company,
		Created: stamp, Modified: stamp, Language: string(b.loc), Keywords: keywords,
	}))
	if b.err != nil {
		return nil, b.err
	}
	return writeTidy(b.f)
}
