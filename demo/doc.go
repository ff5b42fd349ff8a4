// Package demo makes a whole month of a realistic sales department as
// completed workbooks, so that a newcomer sees the product work without data
// of their own: a director, a head of sales, group leads and their managers,
// the director's plan, and every call register, time table, weekly report,
// client profiles, management log, one-on-one sheet and self-assessment the
// month's report reads — each made by
// package templates, pre-filled with the records the story made, as
// 'salesrhythm template' makes it and a person would fill it in.
//
// The data tells a story the report must show: managers who lead and lag,
// call volumes and results that differ by person, deals and funnels that
// follow from the calls, time tables that mostly keep to the plan, leaders
// who mostly keep the management rhythm, action items in every state, role
// profiles, client bases that grow through the month with the prospects the
// calls reached, competence stages that move up slowly from talk to talk, a
// talk only its one-on-one sheet records, trainings with their topics, joint
// visits with their outcomes, a manager who joins mid-month, and a few human
// mistakes — a date typed as text, a value outside a drop-down, a resubmitted
// workbook and an Office lock file, typed over the written workbooks; a new
// client left out of the client profiles, and two profile rows the registers
// contradict. Generate returns the Truth: what it put in, for tests to check
// the report against.
//
// The same options give byte-identical files: every part of the story draws
// from its own random stream, derived from the seed and the part's name, so
// the workbooks can be written on all cores in any order.
//
// It writes only inside the folder it is given, and it never deletes a file.
package demo
