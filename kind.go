package salesrhythm

// Kind is one of the eight workbooks of the method (DOMAIN.md §3).
type Kind string

// The workbook kinds.
const (
	KindPlan           Kind = "plan"
	KindCallRegister   Kind = "call-register"
	KindTimeTable      Kind = "time-table"
	KindWeeklyReport   Kind = "weekly-report"
	KindClientProfiles Kind = "client-profiles"
	KindManagementLog  Kind = "management-log"
	KindOneOnOne       Kind = "one-on-one"
	KindAssessment     Kind = "assessment"
)

// Kinds lists the workbook kinds with their titles, in the order of the
// month: the plan first, then the managers' weekly documents, then the
// leaders'.
var Kinds = []Choice{
	{Key: string(KindPlan), Label: T("Monthly plan", "Havi terv")},
	{Key: string(KindCallRegister), Label: T("Call register", "Hívásnapló")},
	{Key: string(KindTimeTable), Label: T("Time table", "Időbeosztás")},
	{Key: string(KindWeeklyReport), Label: T("Weekly report", "Heti jelentés")},
	{Key: string(KindClientProfiles), Label: T("Client profiles", "Ügyfélnyilvántartás")},
	{Key: string(KindManagementLog), Label: T("Management log", "Vezetői napló")},
	{Key: string(KindOneOnOne), Label: T("One-on-one sheet", "Egyéni beszélgetés – feljegyzés")},
	{Key: string(KindAssessment), Label: T("Leader self-assessment", "Vezetői önértékelés")},
}

// Name is the kind's title for a sentence: "weekly report", "heti jelentés".
func (k Kind) Name() Text { return LabelOf(Kinds, string(k)).Lower() }

// Weekly reports whether workbooks of kind k cover a week (else a month).
func (k Kind) Weekly() bool {
	return k == KindCallRegister || k == KindTimeTable || k == KindWeeklyReport || k == KindManagementLog
}

// FilledBy reports whether a person in role r fills workbooks of kind k.
func (k Kind) FilledBy(r Role) bool {
	switch k {
	case KindPlan:
		return r == Director
	case KindCallRegister, KindTimeTable, KindWeeklyReport, KindClientProfiles:
		return r == Manager
	case KindManagementLog, KindOneOnOne, KindAssessment:
		return r.IsLeader()
	}
	return false
}

// CarriedOver reports whether a new workbook of kind k starts from its
// owner's earlier completed ones, so that nobody types again what they
// hold: the client profiles are kept from month to month, the management
// log's open action items from week to week, and the call register starts
// with the follow-ups due in its week.
func (k Kind) CarriedOver() bool {
	return k == KindClientProfiles || k == KindManagementLog || k == KindCallRegister
}

// PerTalk reports whether a person fills several workbooks of kind k for
// one period, one for each talk: the one-on-one sheets, told apart by the
// direct report and the date of the talk.
func (k Kind) PerTalk() bool { return k == KindOneOnOne }

// Submission is one workbook received for a kind, person and period. When
// the same kind, person and period arrived more than once, File is the one
// that counts and Superseded the others.
type Submission struct {
	Kind       Kind     `json:"kind"`
	Person     string   `json:"person"`
	Period     Period   `json:"period"`
	File       string   `json:"file"`
	Superseded []string `json:"superseded,omitempty"`
}
