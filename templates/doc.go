// Package templates writes the workbooks the team fills in: the monthly plan,
// each manager's call register, time table, weekly report and client
// profiles, and each leader's management log, one-on-one sheets and
// self-assessment. It renders the descriptions
// of package schema into Excel: an Instructions sheet in the workbook's
// language, input areas as Excel tables with frozen headers, a drop-down for
// every closed set, date and number validation, locked labels and unlocked
// input cells, print set-up, and the workbook's metadata twice — as custom
// document properties and in a hidden sheet — so the importer recognises it
// after any re-save. A workbook can come pre-filled with records
// (Spec.Records): each value is typed into its column through the schema's
// field for it, the importer's decoding run backwards, so the demo and
// carried-over items are written by the same writer as a blank template:
// Carried says what a new workbook of a kind that carries over (the client
// profiles) keeps of its owner's latest completed one.
//
// It never reads a workbook and never overwrites a file: callers decide where
// the bytes go.
package templates
