// Package importer reads the completed workbooks of an inbox folder into
// domain values (salesrhythm.Records) and findings: every problem met, with
// its file, sheet and cell, as data. It walks the inbox (following links,
// never opening what is not a regular file), checks each container before
// trusting it (zip bombs, lying sizes, encryption, legacy formats) and each
// part as it first reads it (its size and checksum; a part never read is
// never unpacked), recognises each workbook by its metadata or, when that is lost,
// by its sheets, headers, title and name, and reads its sheets by the
// schema: the columns found by their headers in either locale, each value
// parsed by its column's type.
//
// It never writes to an input, never lets one file's problem cost another
// (a panic is recovered per file and becomes a finding), and never runs a
// macro. It knows nothing of the analysis or the report.
package importer
