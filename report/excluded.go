package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"salesrhythm"
)

// What the findings keep out of the figures, in words for the Summary, the
// Rankings and the console.

// Shortfall is what the findings keep out of one measure, and why.
type Shortfall struct {
	Measure salesrhythm.Measure
	Amount  float64
	Unknown int
	// Deals is the deals the left-out revenue was in.
	Deals   float64
	Reasons []salesrhythm.Text // distinct, the costliest first
	// Parts is what each reason keeps out, in the order of Reasons.
	Parts []Shortfall
}

// Shortfalls adds up what the findings exclude from measure m; ok is false
// when they exclude nothing from it.
func Shortfalls(fs []salesrhythm.Finding, m salesrhythm.Measure) (Shortfall, bool) {
	s := Shortfall{Measure: m}
	add := func(s *Shortfall, f salesrhythm.Finding, x salesrhythm.Exclusion) {
		s.Amount += x.Amount
		s.Unknown += x.Unknown
		if m == salesrhythm.Revenue {
			s.Deals += f.Cost(salesrhythm.Deals).Amount
		}
	}
	for _, f := range fs {
		x := f.Cost(m)
		if x.Amount == 0 && x.Unknown == 0 || f.Code == salesrhythm.CodeNotYet {
			continue // a record not the month's yet is no shortfall
		}
		add(&s, f, x)
		r := reason(f)
		i := slices.IndexFunc(s.Parts, func(p Shortfall) bool { return p.Reasons[0] == r })
		if i < 0 {
			i = len(s.Parts)
			s.Parts = append(s.Parts, Shortfall{Measure: m, Reasons: []salesrhythm.Text{r}})
		}
		add(&s.Parts[i], f, x)
	}
	slices.SortStableFunc(s.Parts, func(a, b Shortfall) int { return cmp.Compare(b.Amount+float64(b.Unknown), a.Amount+float64(a.Unknown)) })
	for _, p := range s.Parts {
		s.Reasons = append(s.Reasons, p.Reasons[0])
	}
	return s, s.Amount != 0 || s.Unknown != 0
}

// reason says in a few words why a finding keeps a value out.
func reason(f salesrhythm.Finding) salesrhythm.Text {
	switch {
	case f.Code == salesrhythm.CodeUnknownPerson && f.Field == "":
		return t("the person is not in the plan", "a munkatárs nincs a tervben")
	case f.Code == salesrhythm.CodeUnknownPerson:
		return t("a person named is not in the plan", "a megnevezett munkatárs nincs a tervben")
	case f.Code == salesrhythm.CodeOutsidePeriod:
		return t("dated where no month's report counts it", "olyan napra keltezték, amelyet egyik havi jelentés sem számol")
	case f.Code == salesrhythm.CodeMissingColumn:
		return t("a column is missing", "hiányzik egy oszlop")
	case f.Code == salesrhythm.CodeNotCounted:
		return t("not counted, as Data quality explains", "nem számít bele, az Adatminőség lapon leírt okból")
	}
	switch f.Field {
	case "date":
		return t("the date could not be read", "nem olvasható a dátuma")
	case "amount":
		return t("the amount could not be read", "nem olvasható az összege")
	case "new_client":
		return t("the new-client answer could not be read", "nem olvasható, hogy új ügyfél-e")
	case "meetings":
		return t("the count could not be read", "nem olvasható a darabszám")
	case "type":
		return t("the type could not be read", "nem olvasható a típusa")
	case "start", "minutes":
		return t("the start or length could not be read", "nem olvasható a kezdése vagy a hossza")
	case "participants":
		return t("no direct report is named", "nem szerepel benne közvetlen beosztott")
	}
	return t("a value could not be read", "egy érték nem olvasható")
}

// count writes n of a noun, English plural by adding s; Hungarian keeps
// the noun singular after a number.
func count(n float64, en, hu string, l salesrhythm.Locale) string {
	if l == salesrhythm.Hungarian {
		return salesrhythm.FormatNumber(n, l) + " " + hu
	}
	if n != 1 {
		en += "s"
	}
	return salesrhythm.FormatNumber(n, l) + " " + en
}

// What writes what a shortfall leaves out, in the measure's unit:
// "3,000,000 Ft in 1 deal", "2 calls".
func (s Shortfall) What(currency string, l salesrhythm.Locale) string {
	var parts []string
	switch s.Measure {
	case salesrhythm.Revenue:
		if s.Amount != 0 {
			in := salesrhythm.FormatMoney(s.Amount, currency, l)
			if s.Deals > 0 {
				in += fmt.Sprintf(t(" in %s", " (%s)").In(l), count(s.Deals, "deal", "üzletkötés", l))
			}
			parts = append(parts, in)
		}
		if s.Unknown > 0 {
			parts = append(parts, fmt.Sprintf(t("the amount of %s", "%s összege").In(l), count(float64(s.Unknown), "deal", "üzletkötés", l)))
		}
	default:
		if s.Amount != 0 {
			parts = append(parts, unit(s.Measure, s.Amount, l))
		}
		if s.Unknown > 0 {
			n := float64(s.Unknown)
			switch s.Measure {
			case salesrhythm.Meetings:
				parts = append(parts, fmt.Sprintf(t("a count of client meetings in %s", "%s ügyféltalálkozó-száma").In(l), count(n, "weekly report", "heti jelentés", l)))
			case salesrhythm.NewClients:
				parts = append(parts, fmt.Sprintf(t("whether %s won a new client", "%s esetében, hogy új ügyfél-e").In(l), count(n, "deal", "üzletkötés", l)))
			default:
				parts = append(parts, fmt.Sprintf(t("%s that could not be read", "%s, amely nem olvasható").In(l), count(n, "value", "érték", l)))
			}
		}
	}
	return strings.Join(parts, t(" and ", " és ").In(l))
}

// unit writes n of a measure: "2 calls", "1 event".
func unit(m salesrhythm.Measure, n float64, l salesrhythm.Locale) string {
	switch m {
	case salesrhythm.Deals:
		return count(n, "deal", "üzletkötés", l)
	case salesrhythm.Calls:
		return count(n, "call", "hívás", l)
	case salesrhythm.Meetings:
		return count(n, "client meeting", "ügyféltalálkozó", l)
	case salesrhythm.NewClients:
		return count(n, "new client", "új ügyfél", l)
	case salesrhythm.Events:
		return count(n, "event", "esemény", l)
	case salesrhythm.Credits:
		return count(n, "held event", "megtartott esemény", l)
	case salesrhythm.Slots:
		return count(n, "time-table slot", "idősáv", l)
	}
	return salesrhythm.FormatNumber(n, l) + " " + string(m)
}

// Note is the Summary's line beside a headline figure, each reason with
// what it keeps out: "+3,000,000 Ft in 1 deal not counted: the date could
// not be read; the amount of 1 deal not counted: the amount could not be
// read — see Data quality".
func (s Shortfall) Note(currency string, l salesrhythm.Locale) string {
	parts := s.Parts
	if len(parts) == 0 {
		parts = []Shortfall{s}
	}
	lines := make([]string, len(parts))
	for i, p := range parts {
		reasons := make([]string, len(p.Reasons))
		for j, r := range p.Reasons {
			reasons[j] = r.In(l)
		}
		format := t("%s not counted: %s", "%s kimaradt a számításból: %s")
		if s.Measure == salesrhythm.Credits {
			format = t("%s not credited: %s", "%s nincs beszámítva: %s")
		}
		what := p.What(currency, l)
		if p.Amount != 0 && s.Measure != salesrhythm.Credits {
			what = "+" + what
		}
		lines[i] = fmt.Sprintf(format.In(l), what, strings.Join(reasons, "; "))
	}
	return strings.Join(lines, "; ") + t(" — see Data quality", " – részletek az Adatminőség lapon").In(l)
}

// Missing writes what a person's figures miss: "3,000,000 Ft in 1 deal; 2
// calls".
func Missing(xs salesrhythm.Exclusions, currency string, l salesrhythm.Locale) string {
	var parts []string
	deals := 0.0
	for _, x := range xs {
		if x.Measure == salesrhythm.Deals {
			deals = x.Amount
		}
	}
	for _, x := range xs {
		s := Shortfall{Measure: x.Measure, Amount: x.Amount, Unknown: x.Unknown}
		switch x.Measure {
		case salesrhythm.Revenue:
			s.Deals = deals
		case salesrhythm.Deals:
			if slices.ContainsFunc(xs, func(y salesrhythm.Exclusion) bool { return y.Measure == salesrhythm.Revenue && y.Amount != 0 }) {
				continue // said with the revenue
			}
		}
		a := s.What(currency, l)
		if x.Measure == salesrhythm.Credits {
			a = fmt.Sprintf(t("the credit of %s", "%s beszámítása").In(l), a)
		}
		if a != "" {
			parts = append(parts, a)
		}
	}
	return strings.Join(parts, "; ")
}

// costOrder orders findings by what they cost, the costliest first: by the
// revenue they keep out, then the deals of unknown amount, then the deals,
// new clients, calls, client meetings, events, credits and slots; those
// that cost nothing last. Ties keep their order.
func costOrder(fs []salesrhythm.Finding) []salesrhythm.Finding {
	out := slices.Clone(fs)
	keys := []func(salesrhythm.Finding) float64{
		func(f salesrhythm.Finding) float64 { return f.Cost(salesrhythm.Revenue).Amount },
		func(f salesrhythm.Finding) float64 { return float64(f.Cost(salesrhythm.Revenue).Unknown) },
	}
	for _, m := range []salesrhythm.Measure{salesrhythm.Deals, salesrhythm.NewClients, salesrhythm.Calls, salesrhythm.Meetings,
		salesrhythm.Events, salesrhythm.Credits, salesrhythm.Slots} {
		keys = append(keys, func(f salesrhythm.Finding) float64 { x := f.Cost(m); return x.Amount + float64(x.Unknown) })
	}
	slices.SortStableFunc(out, func(a, b salesrhythm.Finding) int {
		// The notes of records not the month's yet, which are no problem,
		// after every problem.
		if c := cmp.Compare(b2i(a.Code == salesrhythm.CodeNotYet), b2i(b.Code == salesrhythm.CodeNotYet)); c != 0 {
			return c
		}
		for _, k := range keys {
			if c := cmp.Compare(k(b), k(a)); c != 0 {
				return c
			}
		}
		return 0
	})
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
