package salesrhythm

import (
	"fmt"
	"strconv"
	"strings"
)

// Severity grades a finding.
type Severity string

// Severities, from worst. An error means data was lost or a file could not be
// read; a warning means the data was read but is doubtful; info is a remark.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

var severities = []Choice{
	{Key: string(Error), Label: T("error", "hiba")},
	{Key: string(Warning), Label: T("warning", "figyelmeztetés")},
	{Key: string(Info), Label: T("info", "információ")},
}

// Name is the severity for people: "warning", "figyelmeztetés".
func (s Severity) Name() Text { return LabelOf(severities, string(s)) }

// Finding is one problem met in the input, with its place. It is data: bad
// rows become findings and the run goes on.
type Finding struct {
	File  string `json:"file"`
	Sheet string `json:"sheet"`
	Cell  string `json:"cell"`
	// Field is the schema key of the column the cell belongs to ("date",
	// "amount"), "" for a finding about a whole row, sheet or file.
	Field    string   `json:"field,omitempty"`
	Severity Severity `json:"severity"`
	Code     Code     `json:"code"`
	Raw      string   `json:"raw,omitempty"`
	// Message is the message in the run's locale; Messages holds it in
	// every locale, for a reader of another language: a feedback copy is
	// in the language of its author's workbook.
	Message  string `json:"message"`
	Messages Text   `json:"messages,omitzero"`
	// Hint says what to do about a finding of its code, in the run's
	// locale; HintOf gives it in any.
	Hint string `json:"hint,omitempty"`
	// Excluded is what the problem keeps out of the month's figures, one
	// entry a measure; none when it costs no figure.
	Excluded Exclusions `json:"excluded,omitempty"`
}

// Say sets the finding's message from m and args in every locale.
func (f *Finding) Say(m Message, args ...any) { f.Messages = m.Text(args...) }

// Localise sets Message and Hint in locale l. A finding made without
// Messages keeps its Message.
func (f *Finding) Localise(l Locale) {
	if f.Messages != (Text{}) {
		f.Message = f.Messages.In(l)
	}
	f.Hint = HintOf(f.Code).In(l)
}

// MessageIn returns the finding's message in locale l.
func (f Finding) MessageIn(l Locale) string {
	if f.Messages == (Text{}) {
		return f.Message
	}
	return f.Messages.In(l)
}

// Localise sets the message and hint of every finding in locale l.
func Localise(fs []Finding, l Locale) {
	for i := range fs {
		fs[i].Localise(l)
	}
}

// Exclusion is what a finding keeps out of one figure: Amount in the
// measure's unit (money for revenue, a count for the rest), and Unknown
// values left out whose amount nobody can tell, such as a deal whose
// amount could not be read.
type Exclusion struct {
	Measure Measure `json:"measure"`
	Amount  float64 `json:"amount"`
	Unknown int     `json:"unknown,omitempty"`
}

// Exclusions are what is kept out of the figures, one entry a measure.
type Exclusions []Exclusion

// Add adds x to the entry of its measure.
func (xs *Exclusions) Add(x Exclusion) {
	for i := range *xs {
		if e := &(*xs)[i]; e.Measure == x.Measure {
			e.Amount += x.Amount
			e.Unknown += x.Unknown
			return
		}
	}
	*xs = append(*xs, x)
}

// Get returns what is kept out of measure m.
func (xs Exclusions) Get(m Measure) Exclusion {
	for _, e := range xs {
		if e.Measure == m {
			return e
		}
	}
	return Exclusion{Measure: m}
}

// Exclude adds what f keeps out of a figure to the entry of its measure.
func (f *Finding) Exclude(x Exclusion) { f.Excluded.Add(x) }

// Cost returns what f keeps out of measure m.
func (f Finding) Cost(m Measure) Exclusion { return f.Excluded.Get(m) }

// Row returns the row of the finding's cell (7 for "C7" or "7:7"), 0 when
// it names no row.
func (f Finding) Row() int {
	s, _, _ := strings.Cut(f.Cell, ":")
	s = strings.TrimLeft(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ$")
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// CellIn is f's cell as a reader of l names it: "C7", or "row 5" ("5.
// sor") for a whole row, which Excel writes 5:5.
func (f Finding) CellIn(l Locale) string {
	if top, bottom, ok := strings.Cut(f.Cell, ":"); ok && top == bottom && top != "" && strings.Trim(top, "0123456789") == "" {
		return Tr("row %s", top).In(l)
	}
	return f.Cell
}

// PlaceIn is where in its file f is, in l: "Sheet!C7", "Sheet, row 5"
// ("Sheet, 5. sor"), "Sheet", or "".
func (f Finding) PlaceIn(l Locale) string {
	switch cell := f.CellIn(l); {
	case f.Cell == "":
		return f.Sheet
	case cell != f.Cell:
		return f.Sheet + ", " + cell
	}
	return f.Sheet + "!" + f.Cell
}

// SeverityCount is how many of fs are of severity s.
func SeverityCount(fs []Finding, s Severity) int {
	n := 0
	for _, f := range fs {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// String formats f as "file: Sheet!C7: error: message".
func (f Finding) String() string { return f.format(string(f.Severity), f.Message) }

// In formats f as String does, its severity and message in l: "file:
// Sheet!C7: hiba: message".
func (f Finding) In(l Locale) string { return f.format(f.Severity.Name().In(l), f.MessageIn(l)) }

func (f Finding) format(severity, message string) string {
	place := f.File
	switch {
	case f.Sheet != "" && f.Cell != "":
		place += ": " + f.Sheet + "!" + f.Cell
	case f.Sheet != "":
		place += ": " + f.Sheet
	}
	if place == "" {
		return fmt.Sprintf("%s: %s", severity, message)
	}
	return fmt.Sprintf("%s: %s: %s", place, severity, message)
}

// Code is the short, stable name of a kind of finding; tests and scripts
// compare codes, not sentences.
type Code string

// The vocabulary of finding codes.
const (
	CodeLockFile         Code = "lock-file"             // an Office lock file, skipped
	CodeNotWorkbook      Code = "not-a-workbook"        // not an .xlsx at all
	CodeLegacyFormat     Code = "legacy-format"         // .xls, .xlsb: save as .xlsx
	CodeEncrypted        Code = "password-protected"    // encrypted workbook
	CodeCorrupt          Code = "corrupt-file"          // broken zip, bad CRC, truncated
	CodeTooLarge         Code = "too-large"             // zip bomb or oversize part
	CodeCrash            Code = "reader-crash"          // a panic recovered while reading
	CodeUnrecognised     Code = "unrecognised"          // not one of our workbooks
	CodeOtherMonth       Code = "other-month"           // a workbook for a period the report does not cover
	CodeMissingSheet     Code = "missing-sheet"         // a sheet the kind needs is absent
	CodeMissingColumn    Code = "missing-column"        // a required column header is absent
	CodeDuplicateColumn  Code = "duplicate-column"      // two headers map to one field
	CodeExtraCell        Code = "extra-cell"            // data outside the schema's columns or tables
	CodeCopiedSheet      Code = "copied-sheet"          // a copy of a table's sheet: read as more of its rows
	CodeMissingCell      Code = "missing-cell"          // a required field left blank
	CodeNotADate         Code = "not-a-date"            // a date cell that is not a date
	CodeAmbiguousDate    Code = "ambiguous-date"        // a date that reads two ways
	CodeNotATime         Code = "not-a-time"            // a time cell that is not a time
	CodeNotANumber       Code = "not-a-number"          // a number cell that is not a number
	CodeNegative         Code = "negative-number"       // a count or amount below zero
	CodeNotYesNo         Code = "not-yes-no"            // a yes/no cell with another answer
	CodeReadAsNo         Code = "read-as-no"            // "partly", "sometimes": not a definite yes, so NO
	CodeReadAsChoice     Code = "read-as-choice"        // the start of one choice's label, read as that choice
	CodeNotYet           Code = "not-yet"               // rows dated after the as-of day of a month in progress, not counted yet
	CodeReadAsDate       Code = "read-as-date"          // a day and month that read two ways, read as the one nearest the period
	CodeWholeTeam        Code = "whole-team"            // "mindenki" among the participants: read as the leader's every direct report
	CodeNotInList        Code = "not-in-list"           // a closed-set cell with another value
	CodeFormulaNoValue   Code = "formula-without-value" // a formula never calculated
	CodeOutsidePeriod    Code = "outside-period"        // a row dated outside the workbook's period
	CodeUnknownPerson    Code = "unknown-person"        // a person ID not in the plan
	CodeDuplicate        Code = "duplicate-submission"  // the same kind, person and period twice
	CodeDuplicateID      Code = "duplicate-id"          // the plan lists an ID twice
	CodeDuplicateRow     Code = "duplicate"             // a row that repeats another: counted once
	CodeNoPlan           Code = "no-plan"               // no plan for the month in the inbox
	CodeEmptyPlan        Code = "empty-plan"            // the month's plan lists nobody
	CodeMetadataMismatch Code = "metadata-mismatch"     // properties and hidden sheet disagree
	CodeNonWorkingDay    Code = "non-working-day"       // an event held on a non-working day
	CodeMacros           Code = "macros"                // a macro-enabled workbook: data read, macros never run
	CodeNotAFile         Code = "not-a-file"            // a FIFO, socket or device in the inbox: skipped, never opened
	CodeBrokenLink       Code = "broken-link"           // a link in the inbox to something that is not there
	CodeLinkLoop         Code = "link-loop"             // a link to a folder it is itself in
	CodeSameFile         Code = "same-file"             // a file or folder met again through a link: read once
	CodeUnreadable       Code = "unreadable"            // a folder of the inbox that cannot be listed
	CodeOutputFolder     Code = "output-folder"         // salesrhythm's output folder inside the inbox: not read
	CodeFeedbackCopy     Code = "feedback-copy"         // a feedback copy back in the inbox
	CodeNameForID        Code = "name-for-id"           // a person's name typed where the ID goes: read as the ID
	CodeNearMissID       Code = "near-miss-id"          // an ID typed not quite as the plan has it (L-2 for L-02): read as the plan's
	CodeNotCounted       Code = "not-counted"           // a record the figures leave out that no other finding explains
)
