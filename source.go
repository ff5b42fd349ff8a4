package salesrhythm

import "strings"

// Source is one file of the inbox and what became of it: the importer fills
// it, the report lists it on its Sources sheet.
type Source struct {
	Path         string  `json:"path"` // relative to the inbox, with forward slashes
	Status       string  `json:"status"`
	Kind         Kind    `json:"kind,omitempty"`
	Person       string  `json:"person,omitempty"`
	Name         string  `json:"name,omitempty"`
	Period       *Period `json:"period,omitempty"`
	Locale       Locale  `json:"locale,omitempty"`
	RecognisedBy string  `json:"recognised_by,omitempty"`
	Rows         int     `json:"rows"`
	SHA256       string  `json:"sha256"`
	Reason       string  `json:"reason,omitempty"` // why rejected or skipped, in the run's locale
	Reasons      Text    `json:"reasons,omitzero"` // Reason in every locale
	SupersededBy string  `json:"superseded_by,omitempty"`
}

// Localise sets Reason in locale l from Reasons, when given.
func (s *Source) Localise(l Locale) {
	if s.Reasons != (Text{}) {
		s.Reason = s.Reasons.In(l)
	}
}

// Source statuses.
const (
	StatusRead     = "read"     // read; its records count unless superseded
	StatusRejected = "rejected" // not readable as a workbook of ours
	StatusSkipped  = "skipped"  // a lock file, or a workbook for another month
)

var (
	statuses = []Choice{
		{Key: StatusRead, Label: T("read", "beolvasva")},
		{Key: StatusRejected, Label: T("rejected", "elutasítva")},
		{Key: StatusSkipped, Label: T("skipped", "kihagyva")},
	}
	routes = []Choice{
		{Key: "properties", Label: T("properties", "dokumentumtulajdonságok")},
		{Key: "metadata-sheet", Label: T("metadata sheet", "rejtett adatlap")},
		{Key: "signature", Label: T("sheets and headers", "munkalapok és fejlécek")},
		{Key: "title", Label: T("title", "cím")},
		{Key: "dates", Label: T("dates", "dátumok")},
		{Key: "file-name", Label: T("file name", "fájlnév")},
	}
)

// StatusName is a source status for people: "read", "beolvasva".
func StatusName(status string) Text { return LabelOf(statuses, status) }

// RecognisedName names how a workbook was recognised: one route, or the
// sheets and what told whose and when ("signature+title").
func RecognisedName(by string) Text {
	if by == "" {
		return Text{}
	}
	var en, hu []string
	for _, r := range strings.Split(by, "+") {
		w := LabelOf(routes, r)
		en, hu = append(en, w.En), append(hu, w.Hu)
	}
	return T(strings.Join(en, " + "), strings.Join(hu, " + "))
}
