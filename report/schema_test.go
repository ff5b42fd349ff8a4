package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"salesrhythm"
	"salesrhythm/internal/jsonschema"
	"salesrhythm/report"
)

// The JSON Schemas in docs/ are made from the summaries' Go types: each
// property is described by its field's comment, else below by its JSON key
// (by type and key where a key means something else in another type).
// go test ./report -run Schema -update writes them again.
var described = map[string]string{
	"Due":                    "the step's due date",
	"Leader":                 "the ID of the leader who agreed the step",
	"Step":                   "the step agreed",
	"advice":                 "what to work on in the role",
	"amount":                 "how much is kept out, in the measure's unit: money for revenue, a count for the rest",
	"attendees":              "the IDs of the people who attended",
	"called_without_profile": "clients called in the month who have no row in the client profiles",
	"change":                 "the change against the month before, or the assessment before; null when either is missing",
	"client":                 "the client's name",
	"competences":            "the competences: the month's matrix from the one-on-ones, or a person's stages in the history",
	"date":                   "the day, YYYY-MM-DD",
	"dormant":                "clients marked dormant, or not contacted for longer than the dormant days",
	"excluded":               "what the findings keep out of the figures, by measure",
	"going_well":             "what goes well, from the talk",
	"hours":                  "hours attended",
	"joint_visits":           "the joint client visits per manager against the norm",
	"last_contact":           "the day of the last contact, YYYY-MM-DD",
	"lost":                   "clients marked lost",
	"measure":                "the measure: revenue, deals, calls, meetings, new_clients, events or slots",
	"mentor_help":            "where a mentor must help, from the talk",
	"minutes":                "how long it lasted, in minutes",
	"new_clients_target":     "the plan's new-clients target",
	"next_contact":           "the next contact date, YYYY-MM-DD",
	"no":                     "the question's number",
	"no_status":              "clients with no status",
	"outcome":                "what the visit achieved",
	"prospects":              "prospects: clients so marked, or the prospects from the talk",
	"ref":                    "where the record is: file, sheet and row",
	"report":                 "the ID of the direct report",
	"role_means":             "each role's mean YES over the self-assessments received",
	"sessions":               "the trainings attended",
	"situation":              "the situation, from the talk",
	"steps":                  "the next steps agreed",
	"text":                   "the question's text",
	"top_not_called":         "top-potential clients not called in the month",
	"topic":                  "the training's topic",
	"trainings":              "the trainings held and attended against the norms",
	"unknown":                "values kept out whose amount cannot be told, such as a deal whose amount could not be read",
	"action_items":           "every action item with its latest state",
	"active_share":           "the share of the actual hours spent on activities that count as active selling",
	"activity":               "the person's calls; null for a person who keeps no call register",
	"actual":                 "the actual of the measure in the month or period: from the records dated in it",
	"actual_hours":           "hours actually spent, by activity key",
	"actual_to_date":         "the actual of the records dated through as_of",
	"adherence":              "the share of the slots whose actual activity is the planned one",
	"answered":               "questions answered YES or NO",
	"assessments":            "the leader's self-assessments in the history, oldest first",
	"band":                   "leader, core or laggard by the ranking policy; empty when unranked",
	"calls":                  "the calls measure; in activity: calls made in the month",
	"calls_to_meetings":      "meetings set ÷ calls",
	"cell":                   "the cell, as A1, or a row range as 7:7; empty when the finding is about the file or sheet",
	"code":                   "the finding's short, stable code, e.g. not-a-date",
	"company":                "the company's name from the configuration",
	"competence":             "the competence's key",
	"complete":               "every question of the self-assessment was answered",
	"compliance":             "every leader's meeting compliance",
	"count":                  "how many the step counts",
	"credited":               "held events that earn credit under compliance_credit, capped at required",
	"currency":               "the currency of the amounts, e.g. HUF",
	"deals":                  "the deals measure; in activity: deals closed in the month",
	"department":             "the whole department's figures",
	"done_on":                "the day the item was done; empty when not done",
	"due":                    "due: the item's due date, or the number of workbooks of a kind due",
	"duplicates":             "the workbooks received more than once: file counts, superseded do not",
	"elapsed_working_days":   "working days of the month through as_of; 0 when there is no pace",
	"en":                     "in English",
	"end":                    "the last day, YYYY-MM-DD",
	"file":                   "the file, relative to the inbox, with forward slashes",
	"findings":               "every problem met while reading and analysing, with its place",
	"from":                   "the first month of the period, YYYY-MM",
	"fulfilment":             "actual ÷ target as a fraction (0.87 is 87 %); null when there is no target",
	"gap":                    "why the month has no figure: no-plan, not-in-plan or no-data; absent when it has one",
	"group":                  "the group in the plan; empty for none",
	"groups":                 "each named group's figures, by name",
	"held":                   "events held that count for the norm",
	"hu":                     "in Hungarian",
	"id":                     "the person's ID in the plan",
	"issue":                  "the action item's issue",
	"key":                    "the step's key",
	"kind":                   "the workbook kind, e.g. call-register",
	"label":                  "the name in English and Hungarian",
	"leader":                 "the ID of the leader whose list holds the item",
	"measures":               "a series of one point per month for each measure",
	"meetings":               "the client meetings measure",
	"meetings_set":           "calls whose result is a meeting set",
	"meetings_to_deals":      "deals ÷ meetings set",
	"members":                "the IDs of the members, in order",
	"message":                "the problem in plain words, in the run's language",
	"messages":               "the problem in plain words in each language",
	"hint":                   "what to do about a problem of the code, in the run's language",
	"missing":                "the workbooks due and not received",
	"month":                  "the month, YYYY-MM",
	"months":                 "the months, in order: of the history, or one point per month of a series",
	"name":                   "the name: of the person from the plan, or of the group",
	"new_clients":            "the new clients measure",
	"next_contact_share":     "the share of conversations given a next contact date",
	"norm":                   "the norm's key from the configuration",
	"norms":                  "each norm that binds the leader, in configured order",
	"on_time":                "held events on time; null when the norm sets no start, due day or day to avoid",
	"other_months":           "workbooks of the inbox for other months, not read for this one",
	"overdue":                "open past its due date at the month's end",
	"overdue_follow_ups":     "next contact dates passed by the month's end with no later call to the client",
	"owner":                  "the ID of the person who owns the item",
	"pace":                   "actual_to_date ÷ to_date; null when there is no pace",
	"people":                 "every person of the plan",
	"per_working_day":        "calls per working day employed",
	"period":                 "the period the workbook covers",
	"person":                 "the person's ID",
	"planned_hours":          "hours planned, by activity key",
	"previous":               "the month of the assessment the change is against; absent without one",
	"questions":              "questions of the role",
	"raised_on":              "the day the item was raised",
	"rank":                   "the rank (ties share one: 1, 2, 2, 4); null when unranked",
	"raw":                    "the cell's text as typed, when it matters",
	"received":               "received: workbooks of the kind received, or whether the self-assessment arrived",
	"reports_to":             "the ID of the person's direct leader",
	"required":               "events the norm requires in the month",
	"results":                "calls by result key",
	"revenue":                "the revenue measure",
	"right_length":           "held events of the right length; null when the norm sets no length",
	"role":                   "the role: of the person (manager, lead, head, director), or the self-assessment role's key",
	"roles":                  "the self-assessments: each leader's, or each role's score",
	"row":                    "the row, 1-based as Excel numbers it",
	"score":                  "the compliance score as a fraction; null when nothing was due",
	"scores":                 "YES answers by role key, 0 to 3",
	"severity":               "error, warning or info",
	"sheet":                  "the sheet's name in the file",
	"solid":                  "the keys of the roles answered YES in every question",
	"source":                 "the workbook and sheet the step is counted from",
	"stage":                  "the learning stage, 1 to 4; 0 for a month without a rating",
	"start":                  "the first day, YYYY-MM-DD",
	"status":                 "open, done or moved",
	"submissions":            "the workbooks due and received",
	"superseded":             "the files of the same kind, person and period that a later one superseded",
	"target":                 "the target: the plan's, pro-rated by working days employed when pro-rating is on",
	"targets":                "one figure per measure: revenue, deals, calls, meetings, new_clients",
	"time":                   "the person's time use; null for a person who keeps no time table",
	"time_tables":            "time tables due and received",
	"times_moved":            "how often the item was moved to a later date",
	"to":                     "the last month of the period, YYYY-MM",
	"to_date":                "the target pro-rated to the working days elapsed through as_of",
	"total":                  "YES answers in all",
	"unanswered":             "questions of the role left blank",
	"unfilled_slots":         "working slots with no actual activity",
	"unranked_reason":        "why the person is not ranked, in English; empty when ranked",
	"weakest":                "the keys of the roles, not solid, with the lowest score",
	"working_days":           "working days: of the month or period, or employed in it",
	"yes":                    "YES answers of the role",
}

func describer(t *testing.T) jsonschema.Describer {
	comments, err := jsonschema.Comments(".", "../analysis", "..")
	if err != nil {
		t.Fatal(err)
	}
	return func(rt reflect.Type, f reflect.StructField, key string) string {
		name, _, _ := strings.Cut(rt.Name(), "[")
		if c := comments[name+"."+f.Name]; c != "" {
			return c
		}
		return described[key]
	}
}

// schemaFile makes the schema of t and compares it with docs/name.
func schemaFile(t *testing.T, name, title string, typ reflect.Type) jsonschema.Schema {
	t.Helper()
	s, err := jsonschema.Of(typ, title, describer(t))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.MarshalIndent(s, "", "  ")
	data = append(data, '\n')
	path := filepath.Join("..", "docs", name)
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if have, _ := os.ReadFile(path); !bytes.Equal(have, data) {
		t.Errorf("%s is not the schema of the program's JSON; go test ./report -run Schema -update writes it", path)
	}
	var out jsonschema.Schema
	json.Unmarshal(data, &out)
	return out
}

// TestJSONSchema: the published schemas are those of the summaries, every
// property described, and the summaries' JSON — with a history, gaps and
// all — validates against them.
func TestJSONSchema(t *testing.T) {
	monthly := schemaFile(t, "report.schema.json", "salesrhythm report --json", reflect.TypeFor[report.Summary]())
	period := schemaFile(t, "period.schema.json", "salesrhythm report --from … --to … --json", reflect.TypeFor[report.PeriodSummary]())
	in := withHistory(t, salesrhythm.English)
	for _, tc := range []struct {
		name   string
		schema jsonschema.Schema
		value  any
	}{
		{"the month with a history", monthly, report.Summarise(in)},
		{"the month without", monthly, report.Summarise(fixture(t, salesrhythm.Hungarian))},
		{"a period", period, report.SummarisePeriod(periodInput(in))},
	} {
		data, _ := json.Marshal(tc.value)
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		for _, e := range jsonschema.Validate(tc.schema, doc) {
			t.Errorf("%s: %s", tc.name, e)
		}
	}
	// The check sees a field the schema does not describe.
	var doc map[string]any
	data, _ := json.Marshal(report.Summarise(in))
	json.Unmarshal(data, &doc)
	doc["surprise"] = 1
	if len(jsonschema.Validate(monthly, doc)) != 1 {
		t.Error("an undescribed field passes")
	}
}
