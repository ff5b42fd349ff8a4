// Package report writes the month-end output for the commercial director:
// the monthly workbook (a Summary with chart images, then Fulfilment,
// Rankings, Activity, Time use, Compliance, Action items, Roles,
// Submissions, Data quality, Sources and Policy sheets, with native Excel
// charts bound to their data), every chart as a PNG file, feedback copies of
// the inputs that had problems, and a stable JSON summary for scripts.
//
// Every file is written to a temporary file in its folder and renamed into
// place, so a failure leaves the previous report intact. The same input gives
// the same bytes. Inputs are opened read-only and never written: feedback
// copies are new files. Text from the inputs is always written as text, so a
// client named "=HYPERLINK(…)" stays a name.
//
// The monthly workbook's sheets after the Summary are held, cell by cell,
// until each is finished, and then written through excelize's stream writer
// (canvas.go): a large department's millions of cells are never all alive
// as excelize's values at once.
package report
