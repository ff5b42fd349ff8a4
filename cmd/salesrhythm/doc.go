/*
Salesrhythm is the monthly batch of a sales department that lives in Excel.
It writes the workbooks the team fills in, reads them back at month end and
reports plan fulfilment, leaders and laggards, activity, the client base,
time use, meeting compliance, trainings and joint visits, action items, the
leaders' self-assessment with advice on their roles, and the competences the
one-on-ones rate.

Usage:

	salesrhythm <command> [flags]

Commands:

	demo [DIR]   make a demo company's month of completed workbooks in DIR
	             (default ./salesrhythm-demo) and run its report; flags
	             --month M, --managers N (default 15), --seed S (default 1),
	             --force to write into a folder that is not empty
	init [DIR]   make a working folder: a commented config.yaml, inbox/, out/;
	             --locale hu writes a Hungarian one with Hungary's holidays
	template     write the workbooks the team fills in:
	               template plan --month M [--from PLAN.xlsx [--with-targets]]
	               template all --month M [--plan PLAN.xlsx]
	               template KIND --month M --person ID
	             into out/templates/YYYY-MM/, one folder per person; an
	             existing workbook is never replaced without --force. The
	             month defaults to next month. A week belongs to the batch of
	             the month its Monday is in; 'all' also issues the week that
	             starts the month to people the previous batch missed. Each
	             manager's client profiles start from their latest completed
	             ones in the inbox; each leader gets as many one-on-one
	             sheets per direct report as the one-on-one norm asks, each
	             naming its report
	             (one-on-one_LEADER_YYYY-MM_REPORT_N.xlsx)
	check        read the month's workbooks from the inbox and list every
	             problem with file, sheet and cell, and what it keeps out of
	             the figures [--month M] [--json]; check and report default
	             to last month
	report       write the monthly report: out/salesrhythm-YYYY-MM.xlsx,
	             out/charts/YYYY-MM/*.png, out/feedback/YYYY-MM/ copies of
	             inputs with problems [--month M] [--out PATH] [--json]
	             [--as-of DATE: the day the pace runs through, default
	             yesterday]; a month with no plan writes nothing and exits 1;
	             report and template refuse to write inside the inbox. A
	             workbook handed in twice (the same kind, person and period;
	             for a one-on-one sheet also the same direct report and date)
	             counts once: the copy saved last. A one-on-one sheet and the
	             management log's one-on-one of the same leader, report and
	             date are one talk, counted once towards the norm
	version      print the program's version

Global flags:

	--config PATH  the config file; default ./config.yaml when it exists, else
	               the built-in defaults. SALESRHYTHM_CONFIG sets it too.
	-q, --quiet    print only errors
	-v, --verbose  log each step to stderr (log/slog, text format)
	--inbox DIR    the inbox folder (paths.inbox)
	--output DIR   the output folder (paths.output)
	--locale L     en or hu: the language of templates and report (locale)

Configuration:

Every setting has a default built into the program; config.yaml overrides
it, an environment variable SALESRHYTHM_<KEY> (dots as underscores, e.g.
SALESRHYTHM_RANKING_LEADER_AT_PERCENT=95) overrides the file, and a flag
overrides the environment. Relative paths in a config file are relative to
the file's folder. An unknown key, a wrong type or an impossible value is an
error naming the key and its line, with exit code 2.

Exit codes:

	0  success
	1  finished, but the input had errors (the output says which), or
	   report found no plan for the month and wrote nothing
	2  usage or configuration error; nothing was written
	3  could not run: a file or folder could not be read or written

Examples:

	salesrhythm demo
	salesrhythm init my-team
	cd my-team
	salesrhythm template plan --month 2026-12
	salesrhythm template all --month 2026-12
	salesrhythm check --month 2026-12
	salesrhythm report --month 2026-12
*/
package main
