// Package analysis computes the month's figures from the records the
// importer read: plan fulfilment and pace, leaders and laggards, call
// activity, time use, meeting compliance, action items, the leaders' role
// scores and the advice they call for, the client base joined with the
// registers, the competences the one-on-ones rate, trainings and joint
// visits, and the submissions received (DOMAIN.md §4, §5 and §6); the
// same figures for one week, for each lead's and head's Friday pack; and
// each person's private scorecard.
//
// It is pure: it reads no files and no clock. The month and the as-of day
// are part of the Input, and Analyse returns the same Result for the same
// Input, every list in a fixed order. Ratios are Fractions: a zero
// denominator gives n/a, never NaN or an infinity.
//
// The definitions below are the policy the report prints; Policy returns
// them in English and Hungarian, word for word as here, followed by the
// thresholds, norms, credit rule and time table the configuration puts in
// force.
//
// The analysis also flags, as warnings pointing at the whole row of the
// record, what it counts but doubts: an event held on a non-working day
// (non-working-day), an event held on a day it must not share with another
// (clashing-event), an action item whose owner is not in the plan
// (unknown-person), a second row of one log with the same item ID
// (duplicate-id), a client typed twice in one manager's client profiles,
// counted once (duplicate), a client-profile row the registers contradict
// (profile-contradicts-register), and a record it leaves out of the figures
// that no finding of the importer explains (not-counted). Every finding that
// keeps a value out of a figure, the importer's and its own, says which and
// how much in its Excluded.
//
// # Counting by date
//
// Only records dated within the month count: a weekly workbook whose week
// straddles two months gives each row to the month of its own date, and a
// record with no date counts in no month. Records are attributed to people by
// ID, compared without case and surrounding space; records of people who are
// not in the plan count towards neither fulfilment, activity, time use nor
// meeting compliance (the import reports them).
//
// # Actuals
//
// Revenue is the sum of the amounts of the deals dated in the month; deals is
// the number of those deals; new clients is the number of those deals marked
// as a new client; calls is the number of calls dated in the month. Client
// meetings is the sum of the meetings held in the weekly funnels of the weeks
// that belong to the month: a week belongs to the month that holds its
// Thursday (the ISO 8601 rule), so that each week counts in exactly one
// month.
//
// # Pro-rating
//
// When pro-rating is on, a person employed for only part of the month has
// each target multiplied by the working days employed in the month ÷ the
// working days of the month. Working days come from the calendar of the
// configuration: the working weekdays, less the public holidays of its
// country and the days off it lists, plus the extra working days.
//
// # Plan fulfilment
//
// For each target (revenue, deals, calls, client meetings, new clients),
// fulfilment = actual ÷ target, with the target pro-rated. A target of zero
// or none gives n/a, never a division by zero.
//
// # Pace
//
// When the as-of day (by default the day before the run: the last day that
// has ended) falls within the month, pace = actual to date ÷ (target ×
// working days elapsed ÷ working days employed in the month), where the
// actual to date counts the records dated up to the as-of day (a weekly
// funnel once its week has begun), and the working days elapsed are those
// from the first day of the month through the as-of day on which the person
// was employed. Pace is n/a when that denominator is zero, so before the
// month's first working day has ended, and whenever the as-of day is outside
// the month.
//
// # While the month is in progress
//
// When the as-of day falls within the month before its last day, the month
// is in progress, and what is taken at the month's last day is taken at the
// as-of day instead. A record dated after the as-of day is not the month's
// yet: it is left out of every figure, and a note of its sheet (not-yet) on
// the Data quality sheet says what those records hold. So are the action
// items' rows of the logs of weeks begun after it. People are ranked and
// banded on the pace in place of the fulfilment (the paces of the metric's
// targets, weighted as their fulfilments are), so that the bands compare
// each person with the target
// of the days elapsed; people none of whose working days of the month has
// passed yet are not ranked. A workbook of the month whose period ends after
// the as-of day is not due yet: until it arrives it is neither received nor
// missing. Open and overdue action items and their median age, overdue
// follow-ups, overdue next contacts and dormant clients are reckoned at the
// as-of day. A daily or weekly norm asks for the working days and the weeks
// due by the as-of day, but not for the days of the as-of day's week while
// the leader's management log of that week, which records them, is neither
// in nor due (the week is not over); a monthly norm, due at the month's end, is shown
// against the whole month's count and left out of the leader's compliance
// figure until the month is over. Calls per working day count the working
// days passed.
//
// # Groups and the department
//
// Actuals and targets are summed over the members who have a target above
// zero for the measure: fulfilment = Σ actual ÷ Σ target, and pace = Σ actual
// to date ÷ Σ target to date. The total actual of all members, with a target or
// without, is shown beside it. People with no group count in the department
// only.
//
// # Leaders and laggards: ranking
//
// People are ranked on the ranking metric: the fulfilment of one target, or
// the score, the weighted mean Σ w·f ÷ Σ w of the fulfilments f of the
// weighted targets the person has (a fulfilment that is n/a is left out of
// both sums). Values are compared after rounding to nine decimals. Ranking is
// competition ranking: equal values share a rank and the next rank is skipped
// (1, 2, 2, 4); people with the same rank are listed by ID. Not ranked, and
// listed after the ranked by ID with the reason: people without a target for
// the metric, and people employed for fewer working days of the month than
// the minimum.
//
// # Leaders and laggards: bands
//
// A ranked person whose value is at or above the leader threshold is a
// leader; below the laggard threshold, a laggard, or provisional when
// findings keep values of the person's own records out of a measure the
// metric uses, so that nobody is called a laggard on incomplete data; in
// between, core. The unranked have no band.
//
// # What the figures leave out
//
// A record of the month that the figures leave out — a deal, call or event
// with no date that can be read, or dated in a month whose report does not
// read its workbook; a record of someone who is not in the plan; an event
// with no type that can be read — is charged, with what it would have
// added, to the finding at its place that explains it, or to a not-counted
// finding of its own when none does. A counted deal whose amount or
// new-client answer could not be read, and a weekly funnel whose meetings
// could not be read, are charged as a value of unknown amount; under the
// strict credit rule, a held event whose start or length could not be read,
// and a per-report event that names no direct report of its leader employed
// in the month, are charged as a credit. What the figures count plus what
// the findings exclude is what was typed for the month. A copy superseded by
// a later submission is not left out: the copy that counts replaces it.
//
// # Activity
//
// From the call registers, for every manager of the plan (with nought when
// none arrived) and anyone else with a call in the month or a follow-up
// overdue at its end: call registers received of those due; calls; calls per
// working day = calls ÷
// working days employed in the month; the result mix, the calls by result
// (blank results counted apart); meetings set = calls with the result
// “meeting set”; conversion calls → meetings set = meetings set ÷ calls;
// meetings set → deals = deals ÷ meetings set; conversations = calls whose
// result is neither “no answer” nor blank; next-contact share = conversations
// with a next contact date ÷ conversations. A ratio with a zero denominator
// is n/a. A due follow-up the template carried into a register (marked with
// the date of the call it follows up) is a plan, not a call, until its result
// or another of the columns filled on making a call is filled in: left so, it
// is not read and counts nowhere.
//
// # Overdue follow-ups
//
// For each person and client (client names compared without case and extra
// space), take the latest call on or before the last day of the month, by
// date, then time, then row. If it sets a next contact date on or before the
// last day of the month, the follow-up is overdue: its date has come and no
// later call to the client was made.
//
// # The funnel
//
// Calls, conversations and meetings set come from the call registers, as
// under Activity; meetings held and proposals from the funnels of the weekly
// reports of the weeks that belong to the month, as client meetings under
// Actuals; deals won is the deals of the Actuals, from the Deals rows dated in
// the month. The deals won the weekly funnels report are shown beside it when
// they differ.
//
// # Time use
//
// From the time tables, for every manager of the plan (with nought when none
// arrived) and anyone else with a slot in the month, over the slots dated in
// the month: time tables received of those due; hours per activity, planned and actual = slots × slot length in minutes ÷ 60;
// active-selling share = actual slots in active-selling activities ÷ actual
// slots filled in; plan adherence = slots whose actual equals the plan ÷
// slots with a plan; unfilled slots = slots with no actual.
//
// # Meeting compliance: what is due
//
// Each norm binds the leaders of its roles. A leader's direct reports are the
// people who report to the leader and were employed at least one day of the
// month; a leader without any is due nothing and has no compliance figure,
// and so is one not employed in the month, who is listed all the same. A
// daily norm is due its count on each working day of the month on which the
// leader was employed. A weekly norm is due its count in each week of the
// month's workbooks whose due day (the norm's weekday, or the last working
// day of the week when that day is not a working day or the norm names none)
// falls in the month on a day the leader was employed. A monthly norm is due
// its count, pro-rated by the leader's working days employed ÷ the month's
// working days and rounded half up. A per-report norm is due for each direct
// report alone, over the days both were employed: monthly, the count
// pro-rated by those working days; weekly, the count in each week whose due
// day both were employed on.
//
// # Meeting compliance: what is held
//
// The events of the norm's type that the leader held, dated in the month,
// count as held, on a working day or not (those on a non-working day are
// flagged); a weekly norm counts every event of its due weeks, whichever
// month the event's own date is in, so that a week straddling two months
// counts whole in the month of its due day; a per-report norm counts, for
// each report, the events the report took part in. On time: starting within
// the tolerance of the norm's start, on the due day for a weekly norm with a
// weekday, and not on a day on which any leader held an event of the type the
// norm must not share a day with (such events are flagged); n/a when the norm
// sets none of these. Right length: lasting from the minimum to the maximum
// minutes; n/a when the norm sets no maximum. Credited: under the strict rule
// (the default), the held events that are on time and of the right length,
// each where the norm sets it; under the held rule, every held event; at most
// the count per day for daily norms and per week for weekly norms, and at
// most what was due.
//
// # Meeting compliance: the figure
//
// Each norm's score = min(1, credited ÷ required), n/a when nothing is
// required. A leader's compliance = Σ weight × score ÷ Σ weight over the
// norms with something required; n/a when there are none.
//
// # Action items
//
// Rows of the management logs are joined into items by leader and item ID
// (compared without case). The template writes the ID on every item it carries
// over into the next week's log, and a carried item keeps it when its issue is
// reworded; a row without one, an item in its first week or a log from before
// IDs, takes the ID its leader, date raised and issue give (the issue compared
// without case and extra space), which is the ID carrying it over writes. Rows
// with neither an ID nor a date raised are left out; two rows of one log with
// the same ID are flagged and read as one item. An item's state is its row in
// the latest week's log, with the due date of the latest row that gives one.
// Times moved counts, over an item's rows in the order
// of their weeks, each change of the due date from one row to the next and
// each row marked moved whose row before was not (the first row, when it is
// marked moved): a row carried over as it stood is no move, and a new due date
// marked moved is one. An item counts for the month when it was raised by the
// month's end and was not done before the month began; one marked done with no
// date counts as done in the month when its latest row is in a week
// overlapping the month, and as open when that week is later. Raised = raised
// in the month; done = done in the month; open = not done by the month's end;
// overdue = open with a due date on or before the month's last day; closure
// rate = done ÷ (done + open); median age = the median of the days from raised
// to the month's last day over the open items. Each is given per owner and per
// leader who keeps the log.
//
// # Role scores
//
// From each leader's self-assessment for the month (the last one read when
// there are several), each role's score is the number of YES answers to its
// questions; a leader whose self-assessment did not arrive is listed as not
// received, with no scores. A role is solid when every one of its questions
// is YES; the
// weakest roles are those, not solid, with the lowest score; the total is the
// number of YES answers. An answer that is not a definite yes ("partly",
// "sometimes", "not always") is NO. A question left blank, or answered so
// that it cannot be read, is not answered, not NO, and makes the assessment
// incomplete. The change is each role's score less its score in the person's
// latest earlier assessment.
//
// # Client profiles
//
// From each manager's client profiles for the month, for every manager of
// the plan employed in it (with nought when none arrived): the rows with a
// client name, counted by their status as of the month's last day — lost,
// dormant, active, prospect, or no status — where a client whose last
// contact (the later of the profile's last contact and the latest call or
// deal in the registers, else the first contact) is more than the configured
// number of days before the month's last day counts as dormant, whatever its
// status says; new = the rows first contacted in the month; new clients =
// the deals dated in the month marked as a new client, as under Actuals,
// beside their target.
//
// # Client profiles and the registers
//
// Client names are compared without case, punctuation and extra space, and
// without a trailing legal form (Kft., Zrt., Nyrt., Bt., Kkt., Ltd, Inc,
// LLC, GmbH and the like), each manager's profiles with their own call
// registers and deals; a client on two rows of one manager's profiles is
// flagged and counted once, as its first row. Called without a profile: the
// clients called in the
// month with no row in the profiles; new without a profile: the clients of
// the month's new-client deals with no row (both only when the profiles
// arrived). Top potential not called: the rows of the first configured
// potential, not lost, with no call in the month. Overdue next contacts: the
// rows, not lost, whose next contact date is on or before the month's last
// day with no contact since (no later last contact and no call dated on or
// after it). A row the registers contradict is flagged
// (profile-contradicts-register): a client marked lost or prospect with a
// deal in the month, or one marked dormant with a conversation or a deal in
// the month.
//
// # One-on-one sheets
//
// Each one-on-one sheet is a talk of its leader with its direct report on
// its date, and counts towards the leader's one-on-one norm together with
// the management log's one-on-ones: a sheet and a log event of type
// one-on-one of the same leader on the same date with the report among its
// participants are one talk, counted once, with the sheet's minutes when the
// log gives none. A sheet with no date counts nowhere. Two sheets of the
// same leader, report and date are one workbook handed in twice: one of them
// counts, by the rule for duplicates.
//
// # Competences
//
// From the ratings of the one-on-one sheets dated in the month and the month
// before: for each person and competence, the stage (1–4) is the latest
// rating of the month, by date, and its change is that stage less the
// person's rating of the competence just before it, of this month or the
// last; a competence left blank on a sheet is not rated there. The matrix
// lists everyone rated in the month and every manager employed in it; the
// team's mean stage of a competence = Σ stage ÷ the people rated in it in
// the month; the weakest competences, those with the lowest mean, are the
// training needs; the managers with no rating in the month are listed as
// unrated.
//
// # Trainings and joint visits
//
// The month's trainings (management events of type training dated in the
// month) count for the leader who held them, under each training norm that
// binds the leader: the trainings due as under meeting compliance, the hours
// held = Σ minutes ÷ 60, against the norm hours = trainings due × the norm's
// length (midway between its shortest and longest minutes: about 4 hours).
// Each person's hours attended = Σ minutes ÷ 60 of the trainings they took
// part in, against the norm hours of their direct leader. A manager's joint
// visits are the month's joint client visits they took part in, with any
// leader, against what the per-report joint-visit norms of their direct
// leader ask.
//
// # Role advice
//
// For each leader whose self-assessment arrived, every role below three YES
// is listed with its questions answered NO or left blank, its change since
// the latest earlier assessment, and the configured sentence on what a
// leader solid in the role does. The department's weakest roles are those
// with the lowest mean score over the self-assessments received.
//
// # Submissions
//
// Expected for the month: from each manager a call register, a time table
// and a weekly report, and from each leader (lead, head, director) a
// management log, for every week of the month's workbooks with a working day
// in the month on which the person was employed; from each manager employed
// on a working day of the month, client profiles; from each such leader, a
// self-assessment and, for each direct report, as many one-on-one sheets as
// the one-on-one norms ask over the days both were employed (the most any of
// them asks, pro-rated as under meeting compliance); and one plan, from the
// first director of the plan. Received are the workbooks that match an
// expected one by kind, person and period (the plan by kind and period
// alone, a one-on-one sheet by its direct report too; each expected one is
// matched once); missing are those expected and not received; duplicates are
// those received more than once (only one of them counts); context are those
// read for the figures though due in a month next to this one: weekly
// workbooks for a week with no working day in the month, and the
// self-assessments and one-on-one sheets of the month before, for the change
// in role scores and competence stages; unexpected are the other workbooks
// received, a one-on-one sheet beyond those due among them.
//
// # The week
//
// A Friday pack covers one week, Monday to Sunday, for each group lead and
// head of sales, about their direct reports employed in the week; a report who
// leads others is shown with the sums of the managers below them. The week's
// target for a measure is, over the working days of the week on which the
// person was employed, the person's target for that day's month (pro-rated
// when pro-rating is on) ÷ their working days employed in that month, summed;
// the days of a month with no plan have no target. The actual counts the
// records dated in the week up to the as-of day (client meetings and proposals
// from the week's weekly report), and pace = actual ÷ the week's target of the
// working days up to the as-of day. The month to date is the month of the
// as-of day, its pace as for the month. Action items are the rows of the
// leader's logs up to the week's own, joined as for the month: first those
// raised before the week and not done before it began, then those raised in
// it, each by owner; an item is overdue when it is not done and is due on or
// before the as-of day. The leader's events: a daily or weekly norm requires
// what it asks of the whole week, and held, on time, right length and credited
// count the events logged in the week up to the as-of day, each one-on-one
// sheet as its talk, once; a monthly norm is shown for its month to date. Not
// handed in are the week's weekly workbooks due from each direct report and
// from the leader, as for the month, that did not arrive; problems are the
// errors and warnings found in each report's workbooks of the week.
//
// # Scorecards
//
// Each person of the plan gets a scorecard with their own figures of the
// month: fulfilment, rank among the people ranked and band, activity, time
// use, the competence stages their one-on-ones of the month gave them, and for
// leaders meeting compliance (without the tally per direct report) and role
// scores; their trend is the same standing in the earlier months, up to five
// back, whose plan is in the inbox. Of other people it shows only the sums of
// the person's group and of the department, as for groups, and the means of
// the members' calls per working day, conversion calls → meetings set,
// next-contact share, active-selling share, plan adherence, the leaders'
// compliance and each competence's stage; each is n/a when it counts fewer
// than 3 people, since the sum less one's own figure would show a colleague's.
// It names nobody but its person and their own leader.
package analysis
