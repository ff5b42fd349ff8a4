package salesrhythm

// Ref is where a record came from: the file, the sheet and the row (1-based,
// as Excel numbers them). Findings and feedback copies point back through it.
type Ref struct {
	File  string `json:"file"`
	Sheet string `json:"sheet"`
	Row   int    `json:"row"`
}

// Answer is a yes/no cell that may also be left unanswered.
type Answer int8

// The three states of a yes/no cell.
const (
	Unanswered Answer = iota
	No
	Yes
)

// YesNo lists the two answers with their labels.
var YesNo = []Choice{
	{Key: "yes", Label: T("Yes", "Igen")},
	{Key: "no", Label: T("No", "Nem")},
}

// Call types and results of the call register (DOMAIN.md §3).
const (
	CallCold     = "cold"
	CallFollowUp = "follow-up"
	CallIncoming = "incoming"
	CallExisting = "existing"

	ResultNoAnswer     = "no-answer"
	ResultTalked       = "talked"
	ResultMeetingSet   = "meeting-set"
	ResultProposalSent = "proposal-sent"
	ResultDeal         = "deal"
	ResultRefused      = "refused"
	ResultCallBack     = "call-back"
)

// CallTypes lists the call types with their labels.
var CallTypes = []Choice{
	{Key: CallCold, Label: T("Cold", "Hideghívás"), Former: []string{"Hideg"}},
	{Key: CallFollowUp, Label: T("Follow-up", "Visszahívás"), Former: []string{"Utánkövetés"}},
	{Key: CallIncoming, Label: T("Incoming", "Bejövő hívás"), Former: []string{"Bejövő"}},
	{Key: CallExisting, Label: T("Existing client", "Meglévő ügyfél")},
}

// CallResults lists the call results with their labels.
var CallResults = []Choice{
	{Key: ResultNoAnswer, Label: T("No answer", "Nem vette fel")},
	{Key: ResultTalked, Label: T("Talked", "Beszéltünk")},
	{Key: ResultMeetingSet, Label: T("Meeting set", "Találkozó egyeztetve")},
	{Key: ResultProposalSent, Label: T("Proposal sent", "Ajánlat elküldve")},
	{Key: ResultDeal, Label: T("Deal", "Üzletkötés")},
	{Key: ResultRefused, Label: T("Refused", "Elutasította")},
	{Key: ResultCallBack, Label: T("Call back", "Visszahívást kért"), Former: []string{"Visszahívás"}},
}

// Call is one row of a manager's call register.
type Call struct {
	Ref
	Person      string `workbook:"owner"`
	Date        Date   `col:"date"`
	Time        Clock  `col:"time"`
	Client      string `col:"client"`
	Contact     string `col:"contact"`
	Phone       string `col:"phone"`
	Type        string `col:"type"` // a CallTypes key, "" when blank or unreadable
	Purpose     string `col:"purpose"`
	Result      string `col:"result"` // a CallResults key
	NextStep    string `col:"next_step"`
	NextContact Date   `col:"next_contact"`
	Comment     string `col:"comment"`
	// FollowUp is the date of the earlier call a due follow-up row follows
	// up: the template fills it in the rows it carries over from earlier
	// registers; zero in a row typed afresh.
	FollowUp Date `col:"follow_up"`
}

// Conversation reports whether the call reached the client: every result
// but "no answer" and a blank.
func (c Call) Conversation() bool { return c.Result != "" && c.Result != ResultNoAnswer }

// Deal is one closed deal from a weekly report.
type Deal struct {
	Ref
	Person      string  `workbook:"owner"`
	Date        Date    `col:"date"`
	Client      string  `col:"client"`
	NewClient   Answer  `col:"new_client"`
	ProductLine string  `col:"product_line"`
	Amount      float64 `col:"amount"`
	Comment     string  `col:"comment"`
}

// Funnel is a manager's pipeline at the end of a week.
type Funnel struct {
	Ref
	Person    string `workbook:"owner"`
	Week      Period `workbook:"period"`
	Leads     int    `col:"leads"`
	Contacts  int    `col:"contacts"`
	Meetings  int    `col:"meetings"`
	Proposals int    `col:"proposals"`
	Won       int    `col:"won"`
	Lost      int    `col:"lost"`
}

// Outlook is the "next week" part of a weekly report.
type Outlook struct {
	Ref
	Person     string `workbook:"owner"`
	Week       Period `workbook:"period"`
	Priorities string `col:"priorities"`
	HelpNeeded string `col:"help_needed"`
}

// Slot is one cell pair of a time table: what was planned and what was done
// in one time slot of one day. Activities are keys of the configured list;
// "" is an empty cell.
type Slot struct {
	Ref
	Person string `workbook:"owner"`
	Date   Date
	Start  Clock  `col:"slot"`
	Plan   string `col:"plan"`
	Actual string `col:"actual"`
}

// Event types of the management log (DOMAIN.md §2).
const (
	EventMorning    = "morning-meeting"
	EventWeekly     = "weekly-meeting"
	EventOneOnOne   = "one-on-one"
	EventJointVisit = "joint-visit"
	EventTraining   = "training"
	EventMonthly    = "monthly-meeting"
)

// EventTypes lists the event types with their labels.
var EventTypes = []Choice{
	{Key: EventMorning, Label: T("Morning meeting", "Reggeli megbeszélés"), Former: []string{"Reggeli értekezlet"}},
	{Key: EventWeekly, Label: T("Weekly meeting", "Heti tervezőértekezlet"), Former: []string{"Heti tervező értekezlet"}},
	{Key: EventOneOnOne, Label: T("One-on-one", "Egyéni beszélgetés"), Former: []string{"Négyszemközti beszélgetés"}},
	{Key: EventJointVisit, Label: T("Joint client visit", "Közös ügyféllátogatás")},
	{Key: EventTraining, Label: T("Training", "Képzés")},
	{Key: EventMonthly, Label: T("Monthly meeting", "Havi értekezlet")},
}

// Event is one management event a leader held.
type Event struct {
	Ref
	Leader       string   `workbook:"owner"`
	Date         Date     `col:"date"`
	Type         string   `col:"type"` // an EventTypes key
	Start        Clock    `col:"start"`
	Minutes      int      `col:"minutes"` // 0 when not given
	Participants []string `col:"participants"`
	Client       string   `col:"client"`
	Outcome      string   `col:"outcome"` // what a joint visit achieved
	Topic        string   `col:"topic"`   // what a training taught
	Notes        string   `col:"notes"`
}

// Action item statuses.
const (
	StatusOpen  = "open"
	StatusDone  = "done"
	StatusMoved = "moved"
)

// Statuses lists the action item statuses with their labels.
var Statuses = []Choice{
	{Key: StatusOpen, Label: T("Open", "Nyitott")},
	{Key: StatusDone, Label: T("Done", "Kész")},
	{Key: StatusMoved, Label: T("Moved", "Átütemezve"), Former: []string{"Áthelyezve"}},
}

// ActionItem is one row of the action-item list a leader keeps at the weekly
// meeting. An item carried from week to week appears in every week's log;
// the analysis joins the rows by ID, and a row without one by the ID its
// leader, date raised and issue give it (ItemID).
type ActionItem struct {
	Ref
	Leader   string `workbook:"owner"`
	Week     Period `workbook:"period"` // the week of the log the row was read from
	ID       string `col:"item"`        // set by the template on the rows it carries over; "" on a new item
	RaisedOn Date   `col:"raised_on"`
	Issue    string `col:"issue"`
	Owner    string `col:"owner"`
	Due      Date   `col:"due"`
	Status   string `col:"status"` // a Statuses key
	DoneOn   Date   `col:"done_on"`
	Comment  string `col:"comment"`
}

// Assessment is a leader's monthly self-assessment (DOMAIN.md §5).
type Assessment struct {
	Ref
	Person  string   `workbook:"owner"`
	Month   Month    `workbook:"period"`
	Answers []Answer // by question, in the configured order
	Notes   []string
	// Unread marks, by question, an answer typed that could not be read:
	// it is unanswered, but not left blank. Nil when every answer read.
	Unread []bool
	Ideas  string `col:"ideas"`
}

// QuestionRow is one row of an assessment's question table; the rows fold
// into the Assessment's Answers and Notes.
type QuestionRow struct {
	No       int    `col:"no"`
	Question string `col:"question"`
	Answer   Answer `col:"answer"`
	Notes    string `col:"notes"`
}

// Client statuses of the client profiles (DOMAIN.md §3).
const (
	ClientProspect = "prospect"
	ClientActive   = "active"
	ClientDormant  = "dormant"
	ClientLost     = "lost"
)

// ClientStatuses lists the client statuses with their labels.
var ClientStatuses = []Choice{
	{Key: ClientProspect, Label: T("Prospect", "Leendő ügyfél")},
	{Key: ClientActive, Label: T("Active", "Aktív")},
	{Key: ClientDormant, Label: T("Dormant", "Alvó")},
	{Key: ClientLost, Label: T("Lost", "Elvesztett")},
}

// Client is one row of a manager's client profiles: the article's third
// working document, kept for the month and carried over to the next.
type Client struct {
	Ref
	Person       string `workbook:"owner"`
	Month        Month  `workbook:"period"`
	Name         string `col:"client"`
	Contact      string `col:"contact"`
	Reach        string `col:"phone_email"` // phone or e-mail, as typed
	Segment      string `col:"segment"`     // a configured segment key
	Potential    string `col:"potential"`   // a configured potential key (A, B, C)
	Status       string `col:"status"`      // a ClientStatuses key
	Source       string `col:"source"`
	FirstContact Date   `col:"first_contact"`
	LastContact  Date   `col:"last_contact"`
	NextStep     string `col:"next_step"`
	NextContact  Date   `col:"next_contact"`
	Notes        string `col:"notes"`
}

// Learning stages of a competence (DOMAIN.md §6), keyed by their number.
var Stages = []Choice{
	{Key: "1", Label: T("1 – Doesn't know that they don't know", "1 – Nem tudja, hogy nem tudja")},
	{Key: "2", Label: T("2 – Knows that they don't know", "2 – Tudja, hogy nem tudja")},
	{Key: "3", Label: T("3 – Learning it, does it consciously", "3 – Tanulja, tudatosan csinálja")},
	{Key: "4", Label: T("4 – Does it without noticing", "4 – Rutinból, észrevétlenül csinálja")},
}

// OneOnOne is a one-on-one sheet: one talk of a leader with a direct
// report, with the four topics of the method. Its competence ratings and
// agreed next steps are the Ratings and NextSteps of the same workbook:
// they share its Ref.File.
type OneOnOne struct {
	Ref
	Leader     string `workbook:"owner"`
	Month      Month  `workbook:"period"`
	Date       Date   `col:"date"`
	Minutes    int    `col:"minutes"` // 0 when not given
	Report     string `col:"report"`  // the direct report's ID
	Situation  string `col:"situation"`
	GoingWell  string `col:"going_well"`
	MentorHelp string `col:"mentor_help"`
	Prospects  string `col:"prospects"`
}

// Rating is one row of a one-on-one's competence table: competence number
// No of the configured list, rated by learning stage.
type Rating struct {
	Ref
	Leader     string `workbook:"owner"`
	No         int    `col:"no"`
	Competence string `col:"competence"` // the wording the template showed
	Stage      string `col:"stage"`      // a Stages key, "" when not rated
	Notes      string `col:"notes"`
}

// Level returns the rating's stage as a number 1–4, 0 when not rated.
func (r Rating) Level() int {
	for i, s := range Stages {
		if s.Key == r.Stage {
			return i + 1
		}
	}
	return 0
}

// NextStep is one agreed next step of a one-on-one.
type NextStep struct {
	Ref
	Leader string `workbook:"owner"`
	Step   string `col:"step"`
	Owner  string `col:"owner"` // a person ID, usually the direct report
	Due    Date   `col:"due"`
}

// Records are the domain values workbooks hold, by kind of record. The
// importer reads them; the templates writer pre-fills workbooks with them.
type Records struct {
	Plan        *Plan
	Calls       []Call
	Deals       []Deal
	Funnels     []Funnel
	Outlooks    []Outlook
	Slots       []Slot
	Clients     []Client
	Events      []Event
	Actions     []ActionItem
	OneOnOnes   []OneOnOne
	Ratings     []Rating
	NextSteps   []NextStep
	Assessments []Assessment
}
