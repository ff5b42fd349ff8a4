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
	             --months N consecutive months ending with M (default 1),
	             --force to write into a folder that is not empty
	init [DIR]   make a working folder: a commented config.yaml, inbox/, out/;
	             --locale hu writes a Hungarian one with Hungary's holidays
	template     write the workbooks the team fills in:
	               template plan --month M [--from M | PLAN.xlsx [--with-targets]]
	               template all --month M [--plan PLAN.xlsx]
	               template week [--week YYYY-Www] [--plan PLAN.xlsx]
	               template KIND --month M --person ID
	             into out/templates/YYYY-MM/, one folder per person; an
	             existing workbook is never replaced without --force, unless
	             it is still the blank one written before and the new one
	             carries work over into it. The month defaults to next month,
	             the week to next week. A week belongs to the batch of the
	             month its Monday is in; 'all' also issues the week that
	             starts the month to people the previous batch missed. Each
	             manager's client profiles start from their latest completed
	             ones in the inbox; once the owner's workbook of the week
	             before is in, each call register starts with the follow-ups
	             due in its week from the earlier registers, and each
	             management log with the action items still open in the log
	             of the week before, each with its item ID; each leader gets
	             as many one-on-one sheets per direct report as the
	             one-on-one norm asks, each naming its report
	             (one-on-one_LEADER_YYYY-MM_REPORT_N.xlsx)
	check        read the month's workbooks from the inbox and list every
	             problem with file, sheet and cell, and what it keeps out of
	             the figures [--month M] [--json]; check and report default
	             to last month
	report       write the monthly report: out/salesrhythm-YYYY-MM.xlsx,
	             out/charts/YYYY-MM/*.png, out/feedback/YYYY-MM/ copies of
	             inputs with problems, and each person's private scorecard,
	             out/people/<ID Name>/scorecard-YYYY-MM.xlsx, with their trend
	             over the earlier months the inbox holds [--month M] [--out
	             PATH] [--json] [--as-of DATE: the day the pace runs
	             through, default yesterday]; a month with no plan writes
	             nothing and exits 1; report, week and template refuse to
	             write inside the inbox. A workbook handed in twice (the
	             same kind, person and period; for a one-on-one sheet also
	             the same direct report and date) counts once: the copy
	             saved last. A one-on-one sheet and the management log's
	             one-on-one of the same leader, report and date are one
	             talk, counted once towards the norm. The Trends sheet
	             shows the last report.history_months months (default 6).
	             --from M --to M, or --year Y, write a period report
	             instead: out/salesrhythm-YYYY.xlsx for a calendar year,
	             else out/salesrhythm-FROM_TO.xlsx. Workbooks read before
	             and unchanged come from the records cache in out/.cache;
	             --no-cache reads every one again
	export       write every record the month's report used, and every
	             finding, as Excel tables: out/salesrhythm-export-YYYY-MM.xlsx
	             [--month M | --from M --to M | --year Y] [--out PATH]
	             [--csv DIR: also one UTF-8 CSV file per kind] [--no-cache]
	week         write each group lead's and head's Friday pack for the
	             weekly planning meeting about their own direct reports:
	             out/week/YYYY-Www/<ID Name>/friday-pack-YYYY-Www.xlsx
	             [--week YYYY-Www | --date DATE] [--json]; a named week
	             counts through its Sunday (or today while it runs), the
	             week of --date through that day, by default this week
	             through today; exits 1 when the week's workbooks had errors
	             or no plan covers the week
	version      print the program's version

Global flags:

	--config FILE   the config file; default ./config.yaml when it exists, else
	                the built-in defaults. SALESRHYTHM_CONFIG sets it too.
	-q, --quiet     print only errors
	-v, --verbose   log each step to stderr (log/slog, text format)
	--inbox DIR     the inbox folder (paths.inbox)
	--output DIR    the output folder (paths.output)
	--locale en|hu  the language of templates, reports, messages and --help
	                (locale)

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

Who each output is for:

	out/salesrhythm-YYYY-MM.xlsx, out/charts/   the commercial director
	out/feedback/YYYY-MM/                       each workbook's author, to fix
	out/people/<ID Name>/                       that person alone: hand it out
	out/week/YYYY-Www/<ID Name>/                that lead or head: hand it out

Examples:

	salesrhythm demo
	salesrhythm init my-team
	cd my-team
	salesrhythm template plan --month 2026-12
	salesrhythm template all --month 2026-12
	salesrhythm template week --week 2026-W50
	salesrhythm check --month 2026-12
	salesrhythm report --month 2026-12
	salesrhythm report --year 2026
	salesrhythm export --month 2026-12 --csv out/csv
	salesrhythm week --week 2026-W49
*/
package main
