package salesrhythm

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
	Reason       string  `json:"reason,omitempty"` // why rejected or skipped
	SupersededBy string  `json:"superseded_by,omitempty"`
}

// Source statuses.
const (
	StatusRead     = "read"     // read; its records count unless superseded
	StatusRejected = "rejected" // not readable as a workbook of ours
	StatusSkipped  = "skipped"  // a lock file, or a workbook for another month
)
