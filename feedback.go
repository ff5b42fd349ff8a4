package salesrhythm

// A feedback copy — the copy of an input that 'salesrhythm report' writes
// with the problem cells marked — carries two custom document properties
// besides the input's own, so that a copy handed back into the inbox is
// known for what it is: skipped while unchanged, read as a resubmission
// once its author has edited it.
const (
	// FeedbackOf is the sha256 of the input the copy was made from.
	FeedbackOf = "salesrhythm.feedback"
	// FeedbackParts is the zipx.Digest of the copy as written, leaving out
	// FeedbackPartsSkip, the part that holds the properties themselves.
	FeedbackParts     = "salesrhythm.feedback.parts"
	FeedbackPartsSkip = "docProps/custom.xml"
)

// FeedbackSheet is the sheet a feedback copy adds in front of the others,
// listing the problems. It holds no data: the importer does not report it.
var FeedbackSheet = T("Feedback", "Visszajelzés")
