package schema

import (
	"reflect"
	"unicode/utf8"

	sr "salesrhythm"
)

// t is shorthand for a label in every locale.
var t = sr.T

// title is the kind's title, as salesrhythm.Kinds names it.
func title(k sr.Kind) sr.Text { return sr.LabelOf(sr.Kinds, string(k)) }

// record is the reflect.Type of a record.
func record[T any]() reflect.Type { return reflect.TypeFor[T]() }

// New describes every kind under cfg.
func New(cfg sr.Config) *Schema {
	s := &Schema{kinds: map[sr.Kind]*Workbook{}}
	ws := []*Workbook{plan(), callRegister(), timeTable(cfg), weeklyReport(), clientProfiles(cfg), managementLog(), oneOnOne(cfg), assessment(cfg)}
	if err := Check(ws); err != nil {
		panic(err)
	}
	for _, w := range ws {
		s.kinds[w.Kind] = w
		s.order = append(s.order, w.Kind)
	}
	return s
}

// targets are the plan's target columns: one per measure, money for the
// revenue and counts for the rest.
func targets() []Column {
	cols := []Column{
		{Key: "person", Label: t("ID", "Azonosító"), Type: Person, Required: true, Width: 12},
		{Key: "name", Label: t("Name", "Név"), Type: Text, Width: 26,
			Help: t("For your reference; the ID decides.", "Csak tájékoztatásul: a párosítás az azonosító alapján történik.")},
	}
	for _, m := range sr.Measures {
		typ := Count
		if m.Key == string(sr.Revenue) {
			typ = Money
		}
		// As wide as the longer label, and room for millions.
		width := max(utf8.RuneCountInString(m.Label.En), utf8.RuneCountInString(m.Label.Hu)) + 3
		if typ == Money {
			width = max(width, 16)
		}
		cols = append(cols, Column{Key: m.Key, Label: m.Label, Type: typ, Width: float64(max(width, 12))})
	}
	return cols
}

func plan() *Workbook {
	return &Workbook{
		Kind:  sr.KindPlan,
		Title: title(sr.KindPlan),
		Help: t("The director fills this in before the month starts: who is on the team, whom they report to, and each person's targets for the month.",
			"A kereskedelmi igazgató tölti ki a hónap kezdete előtt: kik a csapat tagjai, ki a közvetlen vezetőjük, és mik az egyes munkatársak havi céljai."),
		Sheets: []Sheet{
			{
				Key: "team", Name: t("Team", "Csapat"), Layout: Table, Rows: 500, Record: record[sr.Person](),
				Help: t("One row per person. IDs must be unique and never change; every other workbook refers to people by ID.",
					"Soronként egy munkatárs. Az azonosító legyen egyedi, és soha ne változzon: a többi munkafüzet ezzel hivatkozik a munkatársakra."),
				Columns: []Column{
					{Key: "id", Label: t("ID", "Azonosító"), Type: Text, Required: true, Width: 12,
						Help: t("A short unique code, e.g. M-001.", "Rövid egyedi kód, pl. M-001.")},
					{Key: "name", Label: t("Name", "Név"), Type: Text, Required: true, Width: 26},
					{Key: "role", Label: t("Role", "Munkakör"), Type: Choice, Choices: sr.Roles, Required: true, Width: 22, Former: []string{"Szerepkör"}},
					{Key: "group", Label: t("Group", "Csoport"), Type: Text, Width: 16},
					{Key: "reports_to", Label: t("Reports to (ID)", "Közvetlen vezető (azonosító)"), Type: Person, Width: 18, Former: []string{"Felettes (azonosító)"},
						Help: t("The ID of the person's direct leader; empty for the director.", "A közvetlen vezető azonosítója; a kereskedelmi igazgatónál üres.")},
					{Key: "start", Label: t("Start date", "Belépés dátuma"), Type: Date, Width: 14,
						Help: t("First working day, if the person joins during the month.", "Az első munkanap, ha a hónap közben lép be.")},
					{Key: "end", Label: t("End date", "Kilépés dátuma"), Type: Date, Width: 14,
						Help: t("Last working day, if the person leaves.", "Az utolsó munkanap, ha kilép.")},
					{Key: "email", Label: t("E-mail", "E-mail"), Type: Text, Width: 28},
				},
			},
			{
				Key: "targets", Name: t("Targets", "Célok"), Layout: Table, Rows: 500,
				Help: t("One row per person with targets. Leave a target empty when it does not apply: it is then not judged.",
					"Soronként egy munkatárs céljai. Ha egy cél nem vonatkozik rá, hagyja üresen a cellát: azt a célt nem értékeljük."),
				Record:  record[sr.TargetRow](),
				Columns: targets(),
			},
		},
	}
}

func callRegister() *Workbook {
	return &Workbook{
		Kind:  sr.KindCallRegister,
		Title: title(sr.KindCallRegister),
		Help: t("Write down every call of the week as you make it: one row per call.",
			"A hét minden hívását rögtön a hívás után jegyezze fel, soronként egyet."),
		Sheets: []Sheet{{
			Key: "calls", Name: t("Calls", "Hívások"), Layout: Table, Rows: 300, Dated: "date", Record: record[sr.Call](),
			Help: t("The follow-ups due this week are carried over at the top, dated when they are due: fill in the result when you make the call. A carried row left without a result is not counted as a call.",
				"Az e heti esedékes utánkövetések a lap tetejére kerülnek áthozva, az esedékesség napjával: a hívás után töltse ki az eredményt. Az eredmény nélkül hagyott áthozott sor nem számít hívásnak."),
			Planned: &Planned{Marker: "follow_up", Acted: []string{"time", "result", "next_step", "next_contact", "comment"}},
			Columns: []Column{
				{Key: "date", Label: t("Date", "Dátum"), Type: Date, Required: true, Width: 12},
				{Key: "time", Label: t("Time", "Időpont"), Type: Time, Width: 8},
				{Key: "client", Label: t("Client", "Ügyfél"), Type: Text, Required: true, Width: 24},
				{Key: "contact", Label: t("Contact person", "Kapcsolattartó"), Type: Text, Width: 20},
				{Key: "phone", Label: t("Phone", "Telefon"), Type: Text, Width: 15},
				{Key: "type", Label: t("Call type", "Hívás típusa"), Type: Choice, Choices: sr.CallTypes, Width: 16},
				{Key: "purpose", Label: t("Purpose", "A hívás célja"), Type: Text, Width: 22, Former: []string{"Cél"}},
				{Key: "result", Label: t("Result", "Eredmény"), Type: Choice, Choices: sr.CallResults, Required: true, Width: 20},
				{Key: "next_step", Label: t("Next step", "Következő lépés"), Type: Text, Width: 22},
				{Key: "next_contact", Label: t("Next contact", "Következő kapcsolatfelvétel"), Type: Date, Width: 13, Reach: Ahead, Former: []string{"Következő kapcsolat"},
					Lost: t("the follow-up is not carried into next week's register, and is not counted as a next contact or an overdue follow-up", "az utánkövetés nem kerül át a jövő heti hívásnaplóba, és nem számít sem következő kapcsolatfelvételnek, sem elmaradt utánkövetésnek"),
					Help: t("When you will contact the client again.", "Mikor keresi meg újra az ügyfelet.")},
				{Key: "comment", Label: t("Comment", "Megjegyzés"), Type: LongText, Width: 30},
				{Key: "follow_up", Label: t("Follow-up of the call of", "Előző hívás (áthozott utánkövetés)"), Type: Date, Carried: true, Width: 15, Reach: Behind,
					Help: t("Filled in by the program on a due follow-up carried over from an earlier register: the date of the call it follows up.",
						"A program tölti ki a korábbi hívásnaplóból áthozott esedékes utánkövetésnél: annak a hívásnak a dátuma, amelyet követ.")},
			},
		}},
	}
}

// SlotColumn is the key of the time column of the time-table grid; the
// other columns are the week's working days.
const SlotColumn = "slot"

func timeTable(cfg sr.Config) *Workbook {
	grid := func(key string, name, help sr.Text) Sheet {
		return Sheet{
			Key: key, Name: name, Layout: Grid, Help: help, Record: record[sr.Slot](),
			Columns: []Column{
				{Key: SlotColumn, Label: t("Time", "Időpont"), Type: Time, Fixed: true, Width: 8},
				{Key: key, Label: t("Activity", "Tevékenység"), Type: Choice, Choices: cfg.TimeTable.Choices(), Width: 19},
			},
		}
	}
	return &Workbook{
		Kind:  sr.KindTimeTable,
		Title: title(sr.KindTimeTable),
		Help: t("Plan your week slot by slot on the Plan sheet before it starts; fill in what you actually did on the Actual sheet every day.",
			"A hét kezdete előtt tervezze meg idősávonként a Terv lapon; a Tény lapon naponta rögzítse, mivel töltötte ténylegesen az idejét."),
		Sheets: []Sheet{
			grid("plan", t("Plan", "Terv"), t("What you plan to do in each slot.", "Mit tervez az egyes idősávokra.")),
			grid("actual", t("Actual", "Tény"), t("What you actually did in each slot.", "Mit csinált ténylegesen az egyes idősávokban.")),
		},
	}
}

func weeklyReport() *Workbook {
	return &Workbook{
		Kind:  sr.KindWeeklyReport,
		Title: title(sr.KindWeeklyReport),
		Help: t("At the end of the week: the deals you closed, your funnel, and your plans for next week.",
			"A hét végén: a megkötött üzletek, az értékesítési tölcsér és a jövő heti tervek."),
		Sheets: []Sheet{
			{
				Key: "deals", Name: t("Deals", "Üzletkötések"), Former: []string{"Üzletek"}, Layout: Table, Rows: 100, Dated: "date", Record: record[sr.Deal](),
				Help: t("One row per deal closed this week.", "Soronként egy, a héten megkötött üzlet."),
				Columns: []Column{
					{Key: "date", Label: t("Date", "Dátum"), Type: Date, Required: true, Width: 12},
					{Key: "client", Label: t("Client", "Ügyfél"), Type: Text, Required: true, Width: 26},
					{Key: "new_client", Label: t("New client", "Új ügyfél"), Type: YesNo, Width: 11,
						Help: t("Yes if the client never bought from us before.", "Igen, ha az ügyfél korábban még nem vásárolt tőlünk.")},
					{Key: "product_line", Label: t("Product line", "Termékcsoport"), Type: Text, Width: 18},
					{Key: "amount", Label: t("Amount", "Összeg"), Type: Money, Required: true, Width: 15},
					{Key: "comment", Label: t("Comment", "Megjegyzés"), Type: LongText, Width: 30},
				},
			},
			{
				Key: "funnel", Name: t("Funnel", "Tölcsér"), Layout: Form, Record: record[sr.Funnel](),
				Help: t("Your funnel this week, as counts.", "Az értékesítési tölcsér a hét végén, darabszámban."),
				Columns: []Column{
					{Key: "leads", Label: t("Leads", "Érdeklődők"), Type: Count, Width: 12},
					{Key: "contacts", Label: t("Contacts made", "Kapcsolatfelvételek"), Type: Count, Width: 12, Former: []string{"Felvett kapcsolatok"}},
					{Key: "meetings", Label: t("Client meetings held", "Megtartott ügyféltalálkozók"), Type: Count, Width: 12},
					{Key: "proposals", Label: t("Proposals sent", "Elküldött ajánlatok"), Type: Count, Width: 12},
					{Key: "won", Label: t("Deals won", "Megkötött üzletek"), Type: Count, Width: 12, Former: []string{"Megnyert üzletek"}},
					{Key: "lost", Label: t("Deals lost", "Elvesztett üzletek"), Type: Count, Width: 12},
				},
			},
			{
				Key: "next_week", Name: t("Next week", "Jövő hét"), Layout: Form, Record: record[sr.Outlook](),
				Columns: []Column{
					{Key: "priorities", Label: t("Priorities", "Prioritások"), Type: LongText, Width: 60},
					{Key: "help_needed", Label: t("Help needed", "Szükséges segítség"), Type: LongText, Width: 60},
				},
			},
		},
	}
}

func managementLog() *Workbook {
	return &Workbook{
		Kind:  sr.KindManagementLog,
		Title: title(sr.KindManagementLog),
		Help: t("Record every management event you hold this week, and keep the action-item list of your weekly meeting.",
			"Jegyezzen fel minden vezetői eseményt, amelyet a héten tart, és vezesse a heti tervezőértekezlet feladatlistáját."),
		Sheets: []Sheet{
			{
				Key: "events", Name: t("Events", "Események"), Layout: Table, Rows: 100, Dated: "date", Record: record[sr.Event](),
				Help: t("One row per meeting, one-on-one, joint visit or training.", "Soronként egy esemény: megbeszélés, értekezlet, egyéni beszélgetés, közös ügyféllátogatás vagy képzés."),
				Columns: []Column{
					{Key: "date", Label: t("Date", "Dátum"), Type: Date, Required: true, Width: 12},
					{Key: "type", Label: t("Event type", "Esemény típusa"), Type: Choice, Choices: sr.EventTypes, Required: true, Width: 24},
					{Key: "start", Label: t("Start time", "Kezdés"), Type: Time, Width: 8},
					{Key: "minutes", Label: t("Minutes", "Időtartam (perc)"), Type: Minutes, Width: 10, Former: []string{"Perc"}},
					{Key: "participants", Label: t("Participants (IDs)", "Résztvevők (azonosítók)"), Type: People, Width: 28,
						Help: t("Pick one ID, or type several separated by commas. For one-on-ones and joint visits, the report's ID; for a training, its attendees.",
							"Válasszon egy azonosítót, vagy írjon be többet vesszővel elválasztva. Egyéni beszélgetésnél és közös ügyféllátogatásnál a beosztott azonosítója, képzésnél a résztvevőké.")},
					{Key: "client", Label: t("Client (visits)", "Ügyfél (látogatásnál)"), Type: Text, Width: 22, Former: []string{"Ügyfél (látogatás)"}},
					{Key: "outcome", Label: t("Outcome", "Eredmény"), Type: Text, Width: 24, Help: t("What the joint visit achieved.", "Mit ért el a közös ügyféllátogatás.")},
					{Key: "topic", Label: t("Topic (trainings)", "Téma (képzés)"), Type: Text, Width: 24,
						Help: t("What the training taught. Its length is the minutes: a 4-hour training is 240.", "Mit tanított a képzés. Az időtartama percben: a 4 órás képzés 240 perc.")},
					{Key: "notes", Label: t("Notes", "Jegyzetek"), Type: LongText, Width: 34},
				},
			},
			{
				Key: "actions", Name: t("Action items", "Feladatok"), Layout: Table, Rows: 100, Record: record[sr.ActionItem](),
				Help: t("The weekly meeting's action items. The items still open in last week's log are carried over at the top, with their ID: review them first and set their status, then add the new ones below. Never delete an item, set its status.",
					"A heti tervezőértekezlet feladatai. Az előző heti napló még nyitott feladatai az azonosítójukkal együtt a lap tetejére kerülnek: először ezeket tekintse át, és állítsa be az állapotukat, aztán alájuk vegye fel az újakat. Feladatot ne töröljön, hanem állítsa át az állapotát."),
				Columns: []Column{
					{Key: "raised_on", Label: t("Raised on", "Felvétel dátuma"), Type: Date, Required: true, Width: 12, Reach: Behind, Former: []string{"Felvéve"}},
					{Key: "issue", Label: t("Issue", "Feladat"), Type: Text, Required: true, Width: 36},
					{Key: "owner", Label: t("Owner (ID)", "Felelős (azonosító)"), Type: Person, Width: 22},
					{Key: "due", Label: t("Due date", "Határidő"), Type: Date, Width: 12, Reach: Ahead,
						Lost: t("the item has no due date, so it cannot be overdue", "a feladatnak nincs határideje, így nem lehet lejárt")},
					{Key: "status", Label: t("Status", "Állapot"), Type: Choice, Choices: sr.Statuses, Width: 12, Blank: sr.StatusOpen,
						Help: t("Moved: set a new due date as well.", "Átütemezve: adjon meg új határidőt is.")},
					{Key: "done_on", Label: t("Done on", "Elvégzés dátuma"), Type: Date, Width: 12, Reach: Behind, Former: []string{"Elvégezve"}},
					{Key: "comment", Label: t("Comment", "Megjegyzés"), Type: LongText, Width: 30},
					{Key: "item", Label: t("Item ID (carried over)", "Feladat-azonosító (áthozott)"), Type: Text, Carried: true, Width: 24,
						Help: t("Filled in by the program on an item carried over from last week's log; it keeps the item one item when you reword it. A new item gets its ID when it is first carried over.",
							"A program tölti ki az előző heti naplóból áthozott feladatnál; ettől marad egy feladat akkor is, ha átfogalmazza. Az új feladat akkor kap azonosítót, amikor először áthozzuk.")},
				},
			},
		},
	}
}

func clientProfiles(cfg sr.Config) *Workbook {
	return &Workbook{
		Kind:  sr.KindClientProfiles,
		Title: title(sr.KindClientProfiles),
		Help: t("Your client base: one row per client, kept up to date through the month. Next month's workbook starts from this one, so add new clients and change a row rather than deleting it.",
			"Az Ön ügyfélköre: soronként egy ügyfél, a hónap során folyamatosan frissítve. A jövő havi munkafüzet ebből indul, ezért az új ügyfelet vegye fel, a meglévő sort pedig módosítsa, ne törölje."),
		Sheets: []Sheet{{
			Key: "clients", Name: t("Clients", "Ügyfelek"), Layout: Table, Rows: 300, Record: record[sr.Client](),
			Help: t("One row per client or prospect. A lost client stays, marked lost.", "Soronként egy ügyfél vagy leendő ügyfél. Az elvesztett ügyfél sora marad, Elvesztett állapottal."),
			Columns: []Column{
				{Key: "client", Label: t("Client", "Ügyfél"), Type: Text, Required: true, Width: 26},
				{Key: "contact", Label: t("Contact person", "Kapcsolattartó"), Type: Text, Width: 20},
				{Key: "phone_email", Label: t("Phone / e-mail", "Telefon / e-mail"), Type: Text, Width: 24},
				{Key: "segment", Label: t("Segment", "Szegmens"), Type: Choice, Choices: cfg.Clients.Segments, Width: 18},
				{Key: "potential", Label: t("Potential", "Potenciál"), Type: Choice, Choices: cfg.Clients.Potentials, Width: 14},
				{Key: "status", Label: t("Status", "Állapot"), Type: Choice, Choices: sr.ClientStatuses, Required: true, Width: 15},
				{Key: "source", Label: t("Source", "Forrás"), Type: Text, Width: 16,
					Help: t("Where the client came from, e.g. referral, website, trade fair.", "Honnan jött az ügyfél, pl. ajánlás, weboldal, kiállítás.")},
				{Key: "first_contact", Label: t("First contact", "Első kapcsolatfelvétel"), Type: Date, Width: 14, Reach: Behind,
					Lost: t("the client cannot be counted as new in the month of its first contact", "az ügyfél nem számítható újnak az első kapcsolatfelvétel hónapjában")},
				{Key: "last_contact", Label: t("Last contact", "Utolsó kapcsolat"), Type: Date, Width: 14, Reach: Behind,
					Lost: t("only the registers' calls and deals tell whether the client is dormant", "csak a naplók hívásaiból és üzletkötéseiből derül ki, hogy alvó-e az ügyfél")},
				{Key: "next_step", Label: t("Next step", "Következő lépés"), Type: Text, Width: 22},
				{Key: "next_contact", Label: t("Next contact date", "Következő kapcsolatfelvétel"), Type: Date, Width: 14, Reach: Ahead,
					Lost: t("the client's next contact cannot be overdue", "az ügyfél következő kapcsolatfelvétele nem lehet elmaradt")},
				{Key: "notes", Label: t("Notes", "Megjegyzés"), Type: LongText, Width: 30},
			},
		}},
	}
}

func oneOnOne(cfg sr.Config) *Workbook {
	return &Workbook{
		Kind:  sr.KindOneOnOne,
		Title: title(sr.KindOneOnOne),
		Help: t("One sheet per one-on-one with a direct report: the talk's four topics, each competence rated by its learning stage, and the next steps you agreed.",
			"Egy feljegyzés egy közvetlen beosztottal folytatott egyéni beszélgetésről: a beszélgetés négy témája, az egyes kompetenciák tanulási szakasza és a megbeszélt következő lépések."),
		Distinct: []string{"report", "date"},
		Sheets: []Sheet{
			{
				Key: "talk", Name: t("Talk", "Beszélgetés"), Many: t("Talks", "Beszélgetések"), Layout: Form, Dated: "date", Record: record[sr.OneOnOne](),
				Columns: []Column{
					{Key: "date", Label: t("Date", "Dátum"), Type: Date, Required: true, Width: 14},
					{Key: "minutes", Label: t("Minutes", "Időtartam (perc)"), Type: Minutes, Width: 14},
					{Key: "report", Label: t("Direct report (ID)", "Közvetlen beosztott (azonosító)"), Type: Person, Required: true, Width: 30, Reports: true},
					{Key: "situation", Label: t("Situation", "Helyzetkép"), Type: LongText, Width: 80,
						Help: t("Where the report's sales stand.", "Hol tartanak a beosztott értékesítései.")},
					{Key: "going_well", Label: t("What goes well", "Ami jól megy"), Type: LongText, Width: 80},
					{Key: "mentor_help", Label: t("Where a mentor must help", "Hol kell a mentor segítsége"), Type: LongText, Width: 80},
					{Key: "prospects", Label: t("Prospects", "Kilátások"), Type: LongText, Width: 80,
						Help: t("What lies ahead in the report's work.", "Mi várható a beosztott munkájában.")},
				},
			},
			{
				Key: "competences", Name: t("Competences", "Kompetenciák"), Layout: Table, Rows: len(cfg.Competences), Record: record[sr.Rating](),
				Help: t("Rate each competence by the stage the report has reached: 1 doesn't know that they don't know, 2 knows that they don't know, 3 is learning it, 4 does it without noticing.",
					"Értékelje, melyik tanulási szakaszban tart a beosztott az egyes kompetenciákban: 1 nem tudja, hogy nem tudja; 2 tudja, hogy nem tudja; 3 tanulja, tudatosan csinálja; 4 rutinból, észrevétlenül csinálja."),
				Columns: []Column{
					{Key: "no", Label: t("No.", "Sorszám"), Type: Count, Fixed: true, Width: 9},
					{Key: "competence", Label: t("Competence", "Kompetencia"), Type: LongText, Fixed: true, Width: 46},
					{Key: "stage", Label: t("Learning stage", "Tanulási szakasz"), Type: Choice, Choices: sr.Stages, Width: 40},
					{Key: "notes", Label: t("Notes", "Megjegyzés"), Type: LongText, Width: 36},
				},
			},
			{
				Key: "next_steps", Name: t("Next steps", "Következő lépések"), Layout: Table, Rows: 10, Record: record[sr.NextStep](),
				Help: t("The next steps you agreed, each with its owner and due date.", "A megbeszélt következő lépések, mindegyik felelőssel és határidővel."),
				Columns: []Column{
					{Key: "step", Label: t("Agreed next step", "Megbeszélt következő lépés"), Type: Text, Required: true, Width: 46},
					{Key: "owner", Label: t("Owner (ID)", "Felelős (azonosító)"), Type: Person, Width: 24},
					{Key: "due", Label: t("Due date", "Határidő"), Type: Date, Width: 14, Reach: Ahead,
						Lost: t("the step has no due date", "a lépésnek nincs határideje")},
				},
			},
		},
	}
}

func assessment(cfg sr.Config) *Workbook {
	return &Workbook{
		Kind:  sr.KindAssessment,
		Title: title(sr.KindAssessment),
		Help: t("How do you fill your role as a leader? Answer every question YES or NO. YES only for a definite yes: \"sometimes\", \"not always\", \"partly\" and \"some of my staff\" all mean NO, and a question with several parts is NO if any part is NO. Continue until you have three solid YES for each role.",
			"Hogyan tölti be vezetői szerepét? Minden kérdésre IGEN vagy NEM választ adjon. IGEN-t csak akkor írjon, ha a válasz határozott igen: a „néha”, a „nem mindig”, a „részben” és a „munkatársaim egy része” mind NEM-nek számít. A több részből álló kérdésre NEM a válasz, ha bármelyik része NEM. Folytassa, amíg minden szerepben három határozott IGEN nem lesz."),
		Sheets: []Sheet{
			{
				Key: "questions", Name: t("Questions", "Kérdések"), Layout: Table, Rows: len(cfg.Assessment.Questions), Record: record[sr.QuestionRow](),
				Columns: []Column{
					{Key: "no", Label: t("No.", "Sorszám"), Type: Count, Fixed: true, Width: 9},
					{Key: "question", Label: t("Question", "Kérdés"), Type: LongText, Fixed: true, Width: 70},
					{Key: "answer", Label: t("Answer", "Válasz"), Type: YesNo, Required: true, Width: 10,
						Lost: t("the question counts as not answered: choose Yes or No", "a kérdés megválaszolatlannak számít: válassza az Igen vagy a Nem választ")},
					{Key: "notes", Label: t("Notes", "Megjegyzés"), Type: LongText, Width: 36},
				},
			},
			{
				Key: "ideas", Name: t("Ideas and plans", "Ötletek és tervek"), Layout: Form, Record: record[sr.Assessment](),
				Columns: []Column{
					{Key: "ideas", Label: t("Ideas and plans", "Ötletek és tervek"), Type: LongText, Width: 80},
				},
			},
		},
	}
}
