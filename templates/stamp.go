package templates

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"salesrhythm"
	"salesrhythm/internal/zipx"
)

// A workbook differs from its colleagues of the same kind, week and role
// only in a few texts: the owner's ID and name, their targets and whom they
// hand it to. So a master is rendered once with holes for those texts, and
// each person's workbook is stamped from it by filling the holes in the
// three parts that hold them — shared strings and document properties —
// copying every other part as it is. Write itself works this way, so a
// stamped workbook is exactly what Write makes.

// Holes: private-use characters mark them, which no label or name uses.
const (
	holeStart   = "\uE000"
	holeID      = holeStart + "id\uE001"
	holeName    = holeStart + "name\uE001"
	holeTargets = holeStart + "targets\uE001"
	holeHandTo  = holeStart + "handto\uE001"
	holeAbout   = holeStart + "about\uE001" // the direct report of a one-on-one
)

// holeOffered is the hole of the ith person a form's drop-downs offer:
// masters are shared by the forms that offer as many people, each stamped
// with its own.
func holeOffered(i int) string { return holeStart + "offered" + strconv.Itoa(i) + "\uE001" }

// stampedParts are the parts holes can be in.
var stampedParts = map[string]bool{"xl/sharedStrings.xml": true, "docProps/custom.xml": true, "docProps/core.xml": true}

// masterKey says which workbooks share a master.
type masterKey struct {
	kind    salesrhythm.Kind
	period  salesrhythm.Period
	role    salesrhythm.Role
	offered int // how many people its drop-downs offer
	reports int // how many of them are the owner's direct reports
}

func keyOf(spec Spec, of offer) masterKey {
	return masterKey{spec.Kind, spec.Period, spec.Person.Role, len(of.People), of.Reports}
}

// master is a rendered workbook with holes.
type master struct {
	data []byte
	zip  *zip.Reader
}

// renderMaster renders the master for spec's kind, period and role, whose
// drop-downs offer as many people as shape does.
func renderMaster(spec Spec, o Options, shape offer) (*master, error) {
	spec.Person = salesrhythm.Person{ID: holeID, Name: holeName, Role: spec.Person.Role}
	if spec.About.ID != "" {
		spec.About = salesrhythm.Person{ID: holeAbout}
	}
	holes := offer{People: make([]salesrhythm.Person, len(shape.People)), Reports: shape.Reports}
	for i := range holes.People {
		holes.People[i].ID = holeOffered(i)
	}
	var buf bytes.Buffer
	if err := render(&buf, spec, o, &holes); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return nil, err
	}
	return &master{data: buf.Bytes(), zip: zr}, nil
}

// stamp writes spec's workbook, whose drop-downs offer offer: the master
// with its holes filled.
func (m *master) stamp(w io.Writer, spec Spec, o Options, offer offer) error {
	if b, ok := w.(*bytes.Buffer); ok {
		b.Grow(len(m.data) + 4<<10)
	}
	holes := []string{
		holeID, escape(spec.Person.ID),
		holeName, escape(spec.Person.Name),
		holeTargets, escape(targetsLine(spec, o)),
		holeHandTo, escape(handTo(spec, o)),
		holeAbout, escape(PersonEntry(spec.About)),
	}
	for i, p := range offer.People {
		holes = append(holes, holeOffered(i), escape(PersonEntry(p)))
	}
	fill := strings.NewReplacer(holes...)
	return zipx.Rewrite(w, m.zip, func(f *zip.File) ([]byte, bool, error) {
		if !stampedParts[f.Name] {
			return nil, false, nil
		}
		r, err := f.Open()
		if err != nil {
			return nil, false, err
		}
		defer r.Close()
		body, err := io.ReadAll(r)
		return []byte(fill.Replace(string(body))), true, err
	})
}

func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
