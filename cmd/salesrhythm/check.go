package main

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"salesrhythm"
	"salesrhythm/importer"
	"salesrhythm/report"
	"salesrhythm/schema"
)

func (a *app) checkCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: a.help("Read every workbook in the inbox and report what is wrong where", "Az inbox összes munkafüzetének beolvasása: mi hibás és hol"),
		Long: a.help(`check reads every workbook in the inbox (any sub-folder) that belongs to the
month — weekly workbooks whose week overlaps it, the month's plan and
assessments — and prints each file's status and every problem found, with
file, sheet and cell. It writes nothing and never changes an input.
Links to files and folders are followed; every entry of the inbox is
listed with its status, including what is not read and why: a broken link,
a FIFO or device (never opened), the output folder, a feedback copy put back
unchanged.

Each problem that keeps a value out of the month's figures says which and
how much ("not counted: 3,000,000 Ft in 1 deal"; in --json, "excluded":
[{"measure", "amount", "unknown"}]), as the report counts them; with a plan
in the inbox, check also lists the analysis's own warnings (an event held
on a public holiday, an owner not in the plan), as report does.

Exit code 1 when any problem is an error (data that could not be read).`,
			`A check beolvassa az inbox mappából (bármelyik almappájából) a hónaphoz
tartozó munkafüzeteket – azokat a heti munkafüzeteket, amelyek hete a
hónapra esik, a havi tervet és az önértékeléseket –, és kiírja minden fájl
állapotát és minden talált problémát fájllal, munkalappal és cellával.
Semmit nem ír, és egyetlen leadott fájlt sem módosít. A fájlokra és
mappákra mutató hivatkozásokat követi; az inbox minden elemét felsorolja az
állapotával, azt is, amit nem olvas be, és hogy miért: hibás hivatkozás,
FIFO vagy eszközfájl (ezeket meg sem nyitja), a kimeneti mappa,
változatlanul visszatett javítandó példány.

Ha egy probléma miatt egy érték kimarad a hónap számaiból, azt is megírja,
melyik és mennyi („kimaradt a számításból: 3 000 000 Ft (1 üzletkötés)”; a
--json kimenetben: "excluded": [{"measure", "amount", "unknown"}]), ahogy a
jelentés számol; ha a havi terv is az inboxban van, az elemzés saját
figyelmeztetéseit is felsorolja (pl. munkaszüneti napon tartott esemény,
a tervben nem szereplő felelős), ahogy a jelentés.

Kilépési kód: 1, ha valamelyik probléma hiba (be nem olvasható adat).`),
		Example: `  salesrhythm check --month 2026-11
  salesrhythm check --json | jq '.findings[] | select(.severity == "error")'`,
		Args: cobra.NoArgs,
		RunE: command(func(cmd *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(cmd, monthKeys)
			if err != nil {
				return err
			}
			res, err := a.importInbox(cmd, cfg)
			if err != nil {
				return err
			}
			if res.Plan != nil {
				// What each problem keeps out of the figures, as the
				// report counts them, and what the figures doubt.
				res.Findings = analyse(cfg, res, salesrhythm.Date{}).Findings
			}
			if asJSON {
				err = a.printCheckJSON(cfg, res)
			} else {
				a.printCheck(cfg, res)
			}
			if err != nil {
				return err
			}
			if n := res.Errors(); n > 0 {
				return inputProblems(a.errorf("%d errors in the inbox", n))
			}
			return nil
		}),
	}
	cmd.Flags().String("month", "", a.monthUsage(false))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.help("print a JSON object for scripts instead", "a szöveges lista helyett JSON-objektum kiírása szkripteknek"))
	return cmd
}

// importInbox reads the month's inbox.
func (a *app) importInbox(cmd *cobra.Command, cfg salesrhythm.Config) (*importer.Result, error) {
	if err := inboxExists(cfg); err != nil {
		return nil, err
	}
	// Whatever salesrhythm wrote into an output folder inside the inbox
	// (before it refused to) is no submission.
	o := importer.Options{Config: cfg, Schema: schema.New(cfg), Debug: a.verbose, Skip: []string{cfg.Paths.Output}, Lend: true}
	bar := a.progress(a.text("reading"))
	o.Progress = bar.update
	res, err := importer.Read(cmd.Context(), cfg.Paths.Inbox, cfg.Month, o)
	bar.done()
	if err != nil {
		return nil, cannotRun(err)
	}
	a.log.Debug("inbox read", "files", len(res.Files), "findings", len(res.Findings))
	return res, nil
}

// place is where in its file a finding is: Sheet!C7, or Sheet, row 5.
func (a *app) place(f salesrhythm.Finding) string { return f.PlaceIn(a.locale) }

func (a *app) printCheck(cfg salesrhythm.Config, res *importer.Result) {
	counts := map[string]int{}
	for _, f := range res.Files {
		counts[f.Status]++
	}
	sev := map[salesrhythm.Severity]int{}
	byFile := map[string][]salesrhythm.Finding{}
	var general []salesrhythm.Finding
	for _, f := range res.Findings {
		sev[f.Severity]++
		if f.File == "" {
			general = append(general, f)
		} else {
			byFile[f.File] = append(byFile[f.File], f)
		}
	}
	a.say("%s, %s: %s — %d read, %d rejected, %d skipped; %s, %s",
		cfg.Paths.Inbox, cfg.Month, salesrhythm.Tr("%d files", len(res.Files)),
		counts[importer.StatusRead], counts[importer.StatusRejected], counts[importer.StatusSkipped],
		salesrhythm.Tr("%d errors", sev[salesrhythm.Error]), salesrhythm.Tr("%d warnings", sev[salesrhythm.Warning]))
	// The columns as wide as their widest entry: a long sheet name or
	// code does not push its line out of step.
	width, placeWidth, codeWidth := severityWidth(a.locale), 14, 22
	for _, f := range res.Findings {
		placeWidth = max(placeWidth, utf8.RuneCountInString(a.place(f)))
		codeWidth = max(codeWidth, len(f.Code))
	}
	for _, f := range general {
		a.say("  %-*s %-*s %s", width, f.Severity.Name(), codeWidth, f.Code, f.Message)
	}
	// The files with problems first, each with its findings; then every
	// other file on a line of its own.
	for _, f := range res.Files {
		if len(byFile[f.Path]) == 0 {
			continue
		}
		a.say("")
		a.say("%s  %s", f.Path, a.describeFile(f))
		for _, x := range byFile[f.Path] {
			if x.Message == f.Reason && x.Severity == salesrhythm.Info {
				continue // the line of the file says it already
			}
			msg := x.Message
			if len(x.Excluded) > 0 {
				msg += a.text(" — not counted: %s", report.Missing(x.Excluded, cfg.Currency, a.locale))
			}
			a.say("  %-*s %-*s %-*s %s", placeWidth, a.place(x), width, x.Severity.Name(), codeWidth, x.Code, msg)
		}
	}
	a.printHints(res.Findings)
	if a.quiet {
		return
	}
	first := true
	var others []importer.File
	for _, f := range res.Files {
		if len(byFile[f.Path]) > 0 {
			continue
		}
		if otherMonth(f) {
			others = append(others, f)
			continue
		}
		if first {
			a.say("")
			a.say("Without problems:")
			first = false
		}
		a.say("  %s  %s", f.Path, a.describeFile(f))
	}
	a.printOtherMonths(cfg, others)
}

// printHints says, for each code of the problems found (infos aside, unless
// --verbose), what to do about it.
func (a *app) printHints(fs []salesrhythm.Finding) {
	var codes []salesrhythm.Code
	for _, f := range fs {
		if (f.Severity != salesrhythm.Info || a.verbose) && !slices.Contains(codes, f.Code) && salesrhythm.HintOf(f.Code) != (salesrhythm.Text{}) {
			codes = append(codes, f.Code)
		}
	}
	if len(codes) == 0 {
		return
	}
	slices.Sort(codes)
	w := 0
	for _, c := range codes {
		w = max(w, len(c))
	}
	a.say("")
	a.say("What to do:")
	for _, c := range codes {
		a.say("  %-*s  %s", w, c, salesrhythm.HintOf(c))
	}
}

// otherMonth reports whether f is a workbook of ours for another month: it
// is skipped, and neither a problem of this month nor free of one.
func otherMonth(f importer.File) bool {
	return f.Status == importer.StatusSkipped && f.Period != nil
}

// printOtherMonths sums up the workbooks of other months, the archive of
// earlier ones most of all, each by name only with --verbose.
func (a *app) printOtherMonths(cfg salesrhythm.Config, files []importer.File) {
	if len(files) == 0 {
		return
	}
	var months []salesrhythm.Month
	for _, f := range files {
		if m := f.Period.Start.MonthOf(); !slices.Contains(months, m) {
			months = append(months, m)
		}
	}
	slices.SortFunc(months, func(x, y salesrhythm.Month) int { return x.First().Compare(y.First()) })
	a.say("")
	a.say("Not for %[1]s: %[2]d workbooks of other months (%[3]s), not read; check them with --month.",
		cfg.Month, len(files), salesrhythm.Join(months...))
	if a.verbose {
		for _, f := range files {
			a.say("  %s  %s", f.Path, a.describeFile(f))
		}
	}
}

// severityWidth is the width of the longest severity's name in l, for a
// column of them.
func severityWidth(l salesrhythm.Locale) int {
	w := 0
	for _, s := range []salesrhythm.Severity{salesrhythm.Error, salesrhythm.Warning, salesrhythm.Info} {
		w = max(w, utf8.RuneCountInString(s.Name().In(l)))
	}
	return w
}

// describeFile is a file's status line: what it is and what became of it.
func (a *app) describeFile(f importer.File) string {
	l := a.locale
	var parts []string
	parts = append(parts, salesrhythm.StatusName(f.Status).In(l))
	if f.Kind != "" {
		parts = append(parts, f.Kind.Name().In(l))
	}
	if f.Person != "" {
		parts = append(parts, f.Person)
	}
	if f.Period != nil {
		parts = append(parts, f.Period.In(l))
	}
	if f.Status == importer.StatusRead {
		parts = append(parts, a.text("%d rows", f.Rows))
		if f.RecognisedBy != importer.ByProperties {
			parts = append(parts, a.text("recognised by %s", salesrhythm.RecognisedName(f.RecognisedBy)))
		}
	}
	if f.SupersededBy != "" {
		parts = append(parts, a.text("superseded by %s", f.SupersededBy))
	}
	if f.Reason != "" && f.Status != importer.StatusRead {
		parts = append(parts, f.Reason)
	}
	return strings.Join(parts, " · ")
}

func (a *app) printCheckJSON(cfg salesrhythm.Config, res *importer.Result) error {
	out := struct {
		Month    salesrhythm.Month     `json:"month"`
		Inbox    string                `json:"inbox"`
		Files    []importer.File       `json:"files"`
		Findings []salesrhythm.Finding `json:"findings"`
	}{cfg.Month, cfg.Paths.Inbox, res.Files, res.Findings}
	if out.Files == nil {
		out.Files = []importer.File{}
	}
	if out.Findings == nil {
		out.Findings = []salesrhythm.Finding{}
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// printFindings prints findings met while reading a single input.
func (a *app) printFindings(fs []salesrhythm.Finding) {
	for _, f := range fs {
		if f.Severity == salesrhythm.Info && !a.verbose {
			continue
		}
		fprintf(a.stderr, "%s\n", f.In(a.locale))
	}
}

// inboxExists says what to do when there is no inbox folder.
func inboxExists(cfg salesrhythm.Config) error {
	if st, err := os.Stat(cfg.Paths.Inbox); err != nil || !st.IsDir() {
		return cannotRun(errors.New(salesrhythm.Tr("there is no inbox folder %s: run 'salesrhythm init' to make a working folder, or name yours with --inbox or paths.inbox in config.yaml", cfg.Paths.Inbox).In(cfg.Locale)))
	}
	return nil
}
