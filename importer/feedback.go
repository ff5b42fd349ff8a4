package importer

import (
	"strings"

	"salesrhythm"
	"salesrhythm/internal/zipx"
)

// A feedback copy (see salesrhythm.FeedbackOf) may come back into the inbox:
// put there by mistake, unchanged, or fixed by its author and handed in
// again. Unchanged, it is skipped while its original is in the inbox: the
// original counts, and the copy would only supersede it as a duplicate
// "saved later". Changed, it is the resubmission it is, and the duplicate
// rule says which of the two counts.

// copyMark is what a workbook says about being a feedback copy.
type copyMark struct {
	of        string // the sha256 of the input it was copied from; "" when it is no copy
	unchanged bool   // its parts are still as the report wrote them
}

// markOf reads the mark from the custom properties of a workbook whose
// container c Check accepted.
func markOf(props map[string]string, c Container) copyMark {
	m := copyMark{of: strings.TrimSpace(props[salesrhythm.FeedbackOf])}
	if m.of == "" || c.zip == nil {
		return copyMark{}
	}
	parts := strings.TrimSpace(props[salesrhythm.FeedbackParts])
	m.unchanged = parts != "" && parts == zipx.Digest(c.zip, salesrhythm.FeedbackPartsSkip)
	return m
}

// settleCopies skips the unchanged feedback copies whose original was read,
// and says of every other copy how it was taken.
func settleCopies(files []*fileResult) {
	read := map[string]*fileResult{}
	for _, f := range files {
		if f.Status == StatusRead && f.SHA256 != "" {
			read[f.SHA256] = f
		}
	}
	for _, f := range files {
		if f.copy.of == "" || f.Status != StatusRead {
			continue
		}
		orig := read[f.copy.of]
		var msg salesrhythm.Text
		switch {
		case f.copy.unchanged && orig != nil:
			msg = salesrhythm.Tr("an unchanged feedback copy of %s, made by 'salesrhythm report': skipped, the original counts", orig.Path)
			f.skip(msg)
			f.Rows = 0
			f.Records, f.packed, f.refs, f.findings = Records{}, nil, nil, nil
		case f.copy.unchanged:
			msg = salesrhythm.Tr("an unchanged feedback copy of a workbook that is not in the inbox: read in its place")
		case orig != nil:
			msg = salesrhythm.Tr("a feedback copy of %s, changed by its author: read as a resubmission of it", orig.Path)
		default:
			msg = salesrhythm.Tr("a feedback copy changed by its author, whose original is not in the inbox: read as a submission")
		}
		f.add(salesrhythm.Finding{Severity: salesrhythm.Info, Code: salesrhythm.CodeFeedbackCopy, Messages: msg})
	}
}
