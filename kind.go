package salesrhythm

// Kind is one of the six workbooks of the method (DOMAIN.md §3).
type Kind string

// The workbook kinds.
const (
	KindPlan          Kind = "plan"
	KindCallRegister  Kind = "call-register"
	KindTimeTable     Kind = "time-table"
	KindWeeklyReport  Kind = "weekly-report"
	KindManagementLog Kind = "management-log"
	KindAssessment    Kind = "assessment"
)

// Kinds lists the workbook kinds with their titles, in the order of the
// month: the plan first, then the managers' weekly documents, then the
// leaders'.
var Kinds = []Choice{
	{Key: string(KindPlan), Label: T("Monthly plan", "Havi terv")},
	{Key: string(KindCallRegister), Label: T("Call register", "Hívásnapló")},
	{Key: string(KindTimeTable), Label: T("Time table", "Időbeosztás")},
	{Key: string(KindWeeklyReport), Label: T("Weekly report", "Heti jelentés")},
	{Key: string(KindManagementLog), Label: T("Management log", "Vezetői napló")},
	{Key: string(KindAssessment), Label: T("Leader self-assessment", "Vezetői önértékelés")},
}

// Weekly reports whether workbooks of kind k cover a week (else a month).
func (k Kind) Weekly() bool {
	return k == KindCallRegister || k == KindTimeTable || k == KindWeeklyReport || k == KindManagementLog
}

// FilledBy reports whether a person in role r fills workbooks of kind k.
func (k Kind) FilledBy(r Role) bool {
	switch k {
	case KindPlan:
		return r == Director
	case KindCallRegister, KindTimeTable, KindWeeklyReport:
		return r == Manager
	case KindManagementLog, KindAssessment:
		return r.IsLeader()
	}
	return false
}

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
