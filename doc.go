// Package salesrhythm holds the domain values every other package shares: the
// calendar, people and the plan, the records read from the team's workbooks
// (calls, deals, time slots, meetings, action items, assessments), findings
// about bad input, and the configuration that sets the norms.
//
// It does no I/O. Files, flags and the environment belong to the packages that
// read and write workbooks and to the command; this package only describes
// what they exchange.
package salesrhythm
