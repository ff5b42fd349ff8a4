package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/internal/safefile"
	"salesrhythm/internal/zipx"
)

// Output says where the report goes.
type Output struct {
	Workbook string // the monthly workbook, e.g. out/salesrhythm-2026-11.xlsx
	Charts   string // the folder of chart images, e.g. out/charts/2026-11
	Feedback string // the folder of feedback copies, e.g. out/feedback/2026-11
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
	// Unannotated are the inputs with problems that got no feedback copy.
	Unannotated []Unannotated
}

// Write builds the report and writes it. Every file goes to a temporary
// file in its folder and is renamed into place, so on any error the files
// of the previous run are intact and no temporary file is left.
func Write(in Input, out Output) (Written, error) {
	// go-chart loads its font lazily and racily; load it once up front.
	if _, err := chart.GetDefaultFont(); err != nil {
		return Written{}, err
	}
	data, pics, err := Build(in, out.Feedback)
	if err != nil {
		return Written{}, err
	}
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
	w.Feedback, w.Unannotated, err = writeFeedback(in, out.Feedback)
	return w, err
}

// Build renders the workbook and its chart images in memory.
func Build(in Input, feedbackDir string) ([]byte, []picture, error) {
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
	b.fulfilment()
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
	f.SetActiveSheet(0)
	when := in.Result.Month.First().Time().Format(time.RFC3339)
	b.check(f.SetDocProps(&excelize.DocProperties{
		Title:   fmt.Sprintf("%s · %s", t("Monthly sales report", "Havi értékesítési jelentés").In(b.loc), salesrhythm.FormatMonth(in.Result.Month, b.loc)),
		Creator: "salesrhythm", LastModifiedBy: "salesrhythm", Subject: in.Config.Company,
		Created: when, Modified: when, Language: string(b.loc), Keywords: "salesrhythm report",
	}))
	if b.err != nil {
		return nil, nil, b.err
	}
	// excelize lists content-type defaults in map order; sort them so the
	// same report is the same bytes.
	sort.Slice(f.ContentTypes.Defaults, func(i, j int) bool {
		return f.ContentTypes.Defaults[i].Extension < f.ContentTypes.Defaults[j].Extension
	})
	var buf, tidy bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, nil, err
	}
	if err := zipx.Tidy(&tidy, buf.Bytes()); err != nil {
		return nil, nil, err
	}
	return tidy.Bytes(), pics, nil
}
