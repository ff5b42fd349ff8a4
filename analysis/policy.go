package analysis

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"salesrhythm"
)

// Rule is one paragraph of the policy the report prints: a definition of
// the package documentation, or a setting in force.
type Rule struct {
	Key   string           `json:"key"`
	Title salesrhythm.Text `json:"title"`
	Text  salesrhythm.Text `json:"text"`
}

// Policy returns the definitions of every figure, in the words of the
// package documentation, followed by the thresholds and norms cfg puts in
// force.
func Policy(cfg salesrhythm.Config) []Rule {
	rules := append([]Rule{audience()}, definitions()...)
	rules = append(rules, rankingInForce(cfg.Ranking))
	for _, n := range cfg.Norms {
		rules = append(rules, normInForce(n))
	}
	rules = append(rules, creditInForce(cfg.Compliance))
	return append(rules, timeTableInForce(cfg.TimeTable))
}

// audience says who each output is for, and which of them to hand out.
func audience() Rule {
	return Rule{"outputs", salesrhythm.T("Who each output is for", "Kinek szólnak a kimenetek"), salesrhythm.T(
		"The monthly report (salesrhythm-YYYY-MM.xlsx) and its charts are for the commercial director: they name everyone. The feedback copies are for the author of each workbook, to fix and hand in again. Each scorecard (people/<ID Name>/scorecard-YYYY-MM.xlsx) is for its person alone, and each Friday pack (week/YYYY-Www/<ID Name>/friday-pack-YYYY-Www.xlsx) for its group lead or head of sales: these are the files to hand out. The monthly report is not.",
		"A havi értékesítési jelentés (salesrhythm-ÉÉÉÉ-HH.xlsx) és ábrái a kereskedelmi igazgatónak szólnak: mindenkit név szerint említenek. A javítandó példányok az egyes munkafüzetek kitöltőinek szólnak, hogy javítsák és adják le újra. Az egyéni eredménylap (people/<azonosító név>/scorecard-ÉÉÉÉ-HH.xlsx) csak az érintett munkatársnak, a pénteki összesítő (week/ÉÉÉÉ-Www/<azonosító név>/friday-pack-ÉÉÉÉ-Www.xlsx) az érintett csoportvezetőnek vagy értékesítési vezetőnek szól: ezeket kell kiosztani. A havi jelentést nem.")}
}

func definitions() []Rule {
	return []Rule{
		{"counting", salesrhythm.T("Counting by date", "Számbavétel dátum szerint"), salesrhythm.T(
			"Only records dated within the month count: a weekly workbook whose week straddles two months gives each row to the month of its own date, and a record with no date counts in no month. Records are attributed to people by ID, compared without case and surrounding space; records of people who are not in the plan count towards neither fulfilment, activity, time use nor meeting compliance (the import reports them).",
			"Csak a hónapon belüli dátumú tételek számítanak: a két hónapra átnyúló hét munkafüzetének minden sora a saját dátuma szerinti hónapba kerül, a dátum nélküli tétel pedig egyik hónapba sem. A tételeket azonosító szerint rendeljük a személyekhez, a kis- és nagybetűk, valamint a szélső szóközök figyelmen kívül hagyásával; a tervben nem szereplő személyek tételei sem a tervteljesítésbe, sem az aktivitásba, sem az időfelhasználásba, sem a normakövetésbe nem számítanak bele (ezeket a beolvasás jelzi).")},
		{"actuals", salesrhythm.T("Actuals", "Tényadatok"), salesrhythm.T(
			"Revenue is the sum of the amounts of the deals dated in the month; deals is the number of those deals; new clients is the number of those deals marked as a new client; calls is the number of calls dated in the month. Client meetings is the sum of the meetings held in the weekly funnels of the weeks that belong to the month: a week belongs to the month that holds its Thursday (the ISO 8601 rule), so that each week counts in exactly one month.",
			"Az árbevétel a hónapon belüli dátumú üzletkötések összegeinek összege; az üzletkötések száma ezeknek az üzletkötéseknek a száma; az új ügyfelek száma közülük az új ügyfélként jelöltek száma; a hívások száma a hónapon belüli dátumú hívások száma. Az ügyféltalálkozók száma a hónaphoz tartozó hetek heti tölcsérében szereplő megtartott találkozók összege: egy hét ahhoz a hónaphoz tartozik, amelyikbe a csütörtökje esik (az ISO 8601 szabálya), így minden hét pontosan egy hónapba számít.")},
		{"prorating", salesrhythm.T("Pro-rating", "Időarányosítás"), salesrhythm.T(
			"When pro-rating is on, a person employed for only part of the month has each target multiplied by the working days employed in the month ÷ the working days of the month. Working days come from the calendar of the configuration: the working weekdays, less the public holidays of its country and the days off it lists, plus the extra working days.",
			"Ha az időarányosítás be van kapcsolva, a hónapnak csak egy részében foglalkoztatott személy minden célját megszorozzuk a hónapban állományban töltött munkanapok ÷ a hónap munkanapjai hányadossal. A munkanapokat a beállítások naptára adja: a munkanapnak számító hétköznapok, az ország munkaszüneti napjai és a felsorolt pihenőnapok nélkül, az áthelyezett munkanapokkal együtt.")},
		{"fulfilment", salesrhythm.T("Plan fulfilment", "Tervteljesítés"), salesrhythm.T(
			"For each target (revenue, deals, calls, client meetings, new clients), fulfilment = actual ÷ target, with the target pro-rated. A target of zero or none gives n/a, never a division by zero.",
			"Minden célra (árbevétel, üzletkötések, hívások, ügyféltalálkozók, új ügyfelek) a teljesítés = tény ÷ cél, időarányosított céllal. Nulla vagy hiányzó cél esetén az érték nem értelmezhető (a táblázatokban: –); nullával nem osztunk.")},
		{"pace", salesrhythm.T("Pace", "Ütem"), salesrhythm.T(
			"When the as-of day (by default the day before the run: the last day that has ended) falls within the month, pace = actual to date ÷ (target × working days elapsed ÷ working days employed in the month), where the actual to date counts the records dated up to the as-of day (a weekly funnel once its week has begun), and the working days elapsed are those from the first day of the month through the as-of day on which the person was employed. Pace is n/a when that denominator is zero, so before the month's first working day has ended, and whenever the as-of day is outside the month.",
			"Ha a viszonyítási nap (alapértelmezés szerint a futtatást megelőző, már lezárult nap) a hónapra esik, az ütem = tény a viszonyítási napig ÷ (cél × eltelt munkanapok ÷ a hónapban állományban töltött munkanapok), ahol a viszonyítási napig számított tény az aznapig keltezett tételeket számolja (a heti tölcsért attól kezdve, hogy a hete elkezdődött), az eltelt munkanapok pedig a hónap első napjától a viszonyítási napig tartó azon munkanapok, amelyeken a személy állományban volt. Az ütem nem értelmezhető, ha ez a nevező nulla, így a hónap első munkanapjának vége előtt, és akkor is, ha a viszonyítási nap a hónapon kívül esik.")},
		{"groups", salesrhythm.T("Groups and the department", "Csoportok és az osztály"), salesrhythm.T(
			"Actuals and targets are summed over the members who have a target above zero for the measure: fulfilment = Σ actual ÷ Σ target, and pace = Σ actual to date ÷ Σ target to date. The total actual of all members, with a target or without, is shown beside it. People with no group count in the department only.",
			"A tényeket és a célokat azokra a tagokra összegezzük, akiknek az adott mutatóra nullánál nagyobb célja van: teljesítés = Σ tény ÷ Σ cél, ütem = Σ tény a viszonyítási napig ÷ Σ időarányos cél. Mellette szerepel az összes tag – céllal vagy cél nélkül – együttes ténye is. A csoport nélküli személyek csak az osztály adataiba számítanak.")},
		{"ranking", salesrhythm.T("Leaders and laggards: ranking", "Élenjárók és lemaradók: rangsor"), salesrhythm.T(
			"People are ranked on the ranking metric: the fulfilment of one target, or the score, the weighted mean Σ w·f ÷ Σ w of the fulfilments f of the weighted targets the person has (a fulfilment that is n/a is left out of both sums). Values are compared after rounding to nine decimals. Ranking is competition ranking: equal values share a rank and the next rank is skipped (1, 2, 2, 4); people with the same rank are listed by ID. Not ranked, and listed after the ranked by ID with the reason: people without a target for the metric, and people employed for fewer working days of the month than the minimum.",
			"A rangsor alapja a rangsorolási mutató: egy cél teljesítése, vagy a pontszám, vagyis a személy súlyozott céljai teljesítésének súlyozott átlaga, Σ w·f ÷ Σ w (a nem értelmezhető teljesítés egyik összegbe sem számít). Az értékeket kilenc tizedesjegyre kerekítve hasonlítjuk össze. Holtversenyes rangsorolás: az azonos értékűek azonos helyezést kapnak, és a következő helyezés kimarad (1, 2, 2, 4); az azonos helyezésűek azonosító szerint követik egymást. Nem kap helyezést, és a rangsoroltak után, azonosító szerint, az okkal együtt szerepel, akinek nincs célja a mutatóra, vagy aki a hónapban a minimumnál kevesebb munkanapon volt foglalkoztatva.")},
		{"bands", salesrhythm.T("Leaders and laggards: bands", "Élenjárók és lemaradók: sávok"), salesrhythm.T(
			"A ranked person whose value is at or above the leader threshold is a leader; below the laggard threshold, a laggard, or provisional when findings keep values of the person's own records out of a measure the metric uses, so that nobody is called a laggard on incomplete data; in between, core. The unranked have no band.",
			"Az a rangsorolt személy, akinek az értéke eléri vagy meghaladja az élenjáró-küszöböt, élenjáró; akinek a lemaradó-küszöb alatt van, lemaradó, vagy előzetes, ha adatproblémák miatt a saját tételeinek értékei kimaradtak egy olyan mutatóból, amelyet a rangsorolási mutató használ, hogy senkit ne minősítsünk lemaradónak hiányos adatok alapján; aki a kettő között van, az a középmezőny tagja. A rangsoron kívülieknek nincs sávjuk.")},
		{"left-out", salesrhythm.T("What the figures leave out", "Ami kimarad a számításból"), salesrhythm.T(
			"A record of the month that the figures leave out — a deal, call or event with no date that can be read, or dated in a month whose report does not read its workbook; a record of someone who is not in the plan; an event with no type that can be read — is charged, with what it would have added, to the finding at its place that explains it, or to a not-counted finding of its own when none does. A counted deal whose amount or new-client answer could not be read, and a weekly funnel whose meetings could not be read, are charged as a value of unknown amount; under the strict credit rule, a held event whose start or length could not be read, and a per-report event that names no direct report of its leader employed in the month, are charged as a credit. What the figures count plus what the findings exclude is what was typed for the month. A copy superseded by a later submission is not left out: the copy that counts replaces it.",
			"A hónap azon tétele, amely kimarad a számításból – a be nem olvasható dátumú vagy olyan hónapra keltezett üzletkötés, hívás vagy esemény, amelynek jelentése nem olvassa be a munkafüzetét; a tervben nem szereplő munkatárs tétele; a be nem olvasható típusú esemény –, azzal együtt, amennyivel növelte volna a számokat, annak a problémának a terhére kerül, amely a helyén megmagyarázza, vagy ha ilyen nincs, egy külön not-counted problémáéra. A beszámított üzletkötés be nem olvasható összege vagy új ügyfél jelölése, illetve a heti tölcsér be nem olvasható találkozószáma ismeretlen nagyságú értékként szerepel; szigorú beszámításnál a megtartott esemény be nem olvasható kezdése vagy hossza, illetve az a beosztottanként előírt esemény, amelyben a vezetőnek egyetlen, a hónapban foglalkoztatott közvetlen beosztottja sem szerepel, elmaradt beszámításként. A számokban szereplő és a problémák miatt kimaradt értékek együtt kiadják mindazt, amit a hónapra beírtak. A későbbi leadással felülírt példány nem kimaradás: helyette a számító példány szerepel.")},
		{"activity", salesrhythm.T("Activity", "Aktivitás"), salesrhythm.T(
			"From the call registers, for every manager of the plan (with nought when none arrived) and anyone else with a call in the month or a follow-up overdue at its end: call registers received of those due; calls; calls per working day = calls ÷ working days employed in the month; the result mix, the calls by result (blank results counted apart); meetings set = calls with the result “meeting set”; conversion calls → meetings set = meetings set ÷ calls; meetings set → deals = deals ÷ meetings set; conversations = calls whose result is neither “no answer” nor blank; next-contact share = conversations with a next contact date ÷ conversations. A ratio with a zero denominator is n/a. A due follow-up the template carried into a register (marked with the date of the call it follows up) is a plan, not a call, until its result or another of the columns filled on making a call is filled in: left so, it is not read and counts nowhere.",
			"A hívásnaplókból, a terv minden értékesítőjére (nullával, ha egy sem érkezett), és bárki másra, akinek volt hívása a hónapban, vagy a hónap végén elmaradt utánkövetése van: a beérkezett hívásnaplók az esedékesekből; a hívások száma; munkanaponkénti hívások = hívások ÷ a hónapban állományban töltött munkanapok; az eredmények megoszlása, azaz a hívások eredmény szerint (az üres eredményűek külön); egyeztetett találkozók = a „találkozó egyeztetve” eredményű hívások; konverzió hívásból találkozóba = egyeztetett találkozók ÷ hívások; találkozóból üzletkötésbe = üzletkötések ÷ egyeztetett találkozók; beszélgetések = azok a hívások, amelyek eredménye sem „nem vette fel”, sem üres; a következő kapcsolatfelvétel aránya = a következő kapcsolatfelvétel dátumát tartalmazó beszélgetések ÷ beszélgetések. A nulla nevezőjű hányados nem értelmezhető. A sablon által a hívásnaplóba áthozott esedékes utánkövetés (amelyet az általa követett hívás dátuma jelöl) terv, nem hívás, amíg az eredményét vagy egy másik, a hívás után kitöltendő oszlopát ki nem töltik: így hagyva nem olvassuk be, és sehová sem számít.")},
		{"follow-ups", salesrhythm.T("Overdue follow-ups", "Elmaradt utánkövetések"), salesrhythm.T(
			"For each person and client (client names compared without case and extra space), take the latest call on or before the last day of the month, by date, then time, then row. If it sets a next contact date on or before the last day of the month, the follow-up is overdue: its date has come and no later call to the client was made.",
			"Minden személy–ügyfél párra (az ügyfélneveket a kis- és nagybetűk és a fölös szóközök figyelmen kívül hagyásával vetjük össze) a hónap utolsó napjáig bezárólag történt legutolsó hívást vesszük, dátum, majd időpont, majd sor szerint. Ha ez a hívás a hónap utolsó napjára vagy korábbra tűzi ki a következő kapcsolatfelvételt, az utánkövetés elmaradt: eljött az ideje, és azóta nem hívták újra az ügyfelet.")},
		{"funnel", salesrhythm.T("The funnel", "Az értékesítési tölcsér"), salesrhythm.T(
			"Calls, conversations and meetings set come from the call registers, as under Activity; meetings held and proposals from the funnels of the weekly reports of the weeks that belong to the month, as client meetings under Actuals; deals won is the deals of the Actuals, from the Deals rows dated in the month. The deals won the weekly funnels report are shown beside it when they differ.",
			"A hívások, a beszélgetések és az egyeztetett találkozók a hívásnaplókból származnak, az Aktivitásnál leírtak szerint; a megtartott találkozók és az ajánlatok a hónaphoz tartozó hetek heti jelentéseinek tölcséréből, ahogy a Tényadatoknál az ügyféltalálkozók; a megnyert üzletek a Tényadatok üzletkötései, a hónapra keltezett üzletkötési sorokból. A heti tölcsérekben jelentett megnyert üzletek száma mellette szerepel, ha eltér.")},
		{"time-use", salesrhythm.T("Time use", "Időfelhasználás"), salesrhythm.T(
			"From the time tables, for every manager of the plan (with nought when none arrived) and anyone else with a slot in the month, over the slots dated in the month: time tables received of those due; hours per activity, planned and actual = slots × slot length in minutes ÷ 60; active-selling share = actual slots in active-selling activities ÷ actual slots filled in; plan adherence = slots whose actual equals the plan ÷ slots with a plan; unfilled slots = slots with no actual.",
			"Az időbeosztásokból, a terv minden értékesítőjére (nullával, ha egy sem érkezett), és bárki másra, akinek van idősávja a hónapban, a hónapon belüli dátumú idősávokra: a beérkezett időbeosztások az esedékesekből; tevékenységenkénti órák, tervezett és tényleges = idősávok × a sáv hossza percben ÷ 60; az aktív értékesítés aránya = az aktív értékesítési tevékenységgel kitöltött tényleges sávok ÷ az összes kitöltött tényleges sáv; tervkövetés = azok a sávok, ahol a tény megegyezik a tervvel ÷ a tervvel kitöltött sávok; kitöltetlen sávok = a tény nélküli sávok.")},
		{"compliance-due", salesrhythm.T("Meeting compliance: what is due", "Normakövetés: mi az előírt"), salesrhythm.T(
			"Each norm binds the leaders of its roles. A leader's direct reports are the people who report to the leader and were employed at least one day of the month; a leader without any is due nothing and has no compliance figure, and so is one not employed in the month, who is listed all the same. A daily norm is due its count on each working day of the month on which the leader was employed. A weekly norm is due its count in each week of the month's workbooks whose due day (the norm's weekday, or the last working day of the week when that day is not a working day or the norm names none) falls in the month on a day the leader was employed. A monthly norm is due its count, pro-rated by the leader's working days employed ÷ the month's working days and rounded half up. A per-report norm is due for each direct report alone, over the days both were employed: monthly, the count pro-rated by those working days; weekly, the count in each week whose due day both were employed on.",
			"Minden norma a munkaköreibe tartozó vezetőkre vonatkozik. A vezető közvetlen beosztottjai azok, akiknek ő a közvetlen vezetője, és a hónapban legalább egy napig állományban voltak; akinek nincs ilyen, annak semmi sem esedékes, és nincs normakövetési mutatója, ahogy annak sem, aki a hónapban nem volt foglalkoztatva (ő is szerepel a listán). A napi norma a hónap minden olyan munkanapján esedékes a megadott számban, amelyen a vezető állományban volt. A heti norma a hónap munkafüzeteinek minden olyan hetében esedékes a megadott számban, amelynek esedékességi napja (a norma napja, vagy a hét utolsó munkanapja, ha az nem munkanap, vagy ha a norma nem nevez meg napot) a hónapra, a vezető foglalkoztatásának egy napjára esik. A havi norma a megadott számban esedékes, a vezető állományban töltött munkanapjai ÷ a hónap munkanapjai arányában időarányosítva, fél esetén felfelé kerekítve. A beosztottankénti norma minden közvetlen beosztottra külön esedékes, azokra a napokra, amelyeken mindketten állományban voltak: havi normánál a megadott szám e munkanapok arányában időarányosítva, heti normánál a megadott szám minden olyan héten, amelynek esedékességi napján mindketten állományban voltak.")},
		{"compliance-held", salesrhythm.T("Meeting compliance: what is held", "Normakövetés: mi valósult meg"), salesrhythm.T(
			"The events of the norm's type that the leader held, dated in the month, count as held, on a working day or not (those on a non-working day are flagged); a weekly norm counts every event of its due weeks, whichever month the event's own date is in, so that a week straddling two months counts whole in the month of its due day; a per-report norm counts, for each report, the events the report took part in. On time: starting within the tolerance of the norm's start, on the due day for a weekly norm with a weekday, and not on a day on which any leader held an event of the type the norm must not share a day with (such events are flagged); n/a when the norm sets none of these. Right length: lasting from the minimum to the maximum minutes; n/a when the norm sets no maximum. Credited: under the strict rule (the default), the held events that are on time and of the right length, each where the norm sets it; under the held rule, every held event; at most the count per day for daily norms and per week for weekly norms, and at most what was due.",
			"Megtartottnak számít a vezető minden, a norma típusába tartozó, hónapon belüli dátumú eseménye, akár munkanapon, akár nem (a nem munkanapra esőket jelezzük); a heti norma az esedékes heteinek minden eseményét számolja, bármelyik hónapra esik is az esemény dátuma, így a két hónapra átnyúló hét egészében abba a hónapba számít, amelyre az esedékességi napja esik; a beosztottankénti norma minden beosztottnál azokat az eseményeket, amelyeken ő is részt vett. Időben: a norma kezdési időpontjától legfeljebb a tűréshatárnyi eltéréssel kezdődött, napot megnevező heti normánál az esedékességi napon, és nem olyan napon, amelyen bármely vezető olyan típusú eseményt tartott, amellyel a norma nem eshet egy napra (ezeket jelezzük); nem értelmezhető, ha a norma ezek egyikét sem írja elő. Megfelelő hossz: a legkisebb és a legnagyobb percszám között tartott; nem értelmezhető, ha a norma nem ad meg legnagyobb hosszt. Beszámított: a szigorú szabály szerint (ez az alapértelmezés) azok a megtartott események, amelyek időben voltak és megfelelő hosszúak, amennyiben a norma ezeket előírja; a megtartás szabálya szerint minden megtartott esemény; napi normánál naponta, heti normánál hetente legfeljebb a megadott szám, összesen pedig legfeljebb az esedékes mennyiség.")},
		{"compliance-score", salesrhythm.T("Meeting compliance: the figure", "Normakövetés: a mutató"), salesrhythm.T(
			"Each norm's score = min(1, credited ÷ required), n/a when nothing is required. A leader's compliance = Σ weight × score ÷ Σ weight over the norms with something required; n/a when there are none.",
			"Minden norma pontszáma = min(1, beszámított ÷ előírt), nem értelmezhető, ha semmi sem előírt. A vezető normakövetési mutatója = Σ súly × pontszám ÷ Σ súly azokra a normákra, amelyekből valami esedékes volt; nem értelmezhető, ha nincs ilyen.")},
		{"actions", salesrhythm.T("Action items", "Feladatok"), salesrhythm.T(
			"Rows of the management logs are joined into items by leader and item ID (compared without case). The template writes the ID on every item it carries over into the next week's log, and a carried item keeps it when its issue is reworded; a row without one, an item in its first week or a log from before IDs, takes the ID its leader, date raised and issue give (the issue compared without case and extra space), which is the ID carrying it over writes. Rows with neither an ID nor a date raised are left out; two rows of one log with the same ID are flagged and read as one item. An item's state is its row in the latest week's log, with the due date of the latest row that gives one. Times moved counts, over an item's rows in the order of their weeks, each change of the due date from one row to the next and each row marked moved whose row before was not (the first row, when it is marked moved): a row carried over as it stood is no move, and a new due date marked moved is one. An item counts for the month when it was raised by the month's end and was not done before the month began; one marked done with no date counts as done in the month when its latest row is in a week overlapping the month, and as open when that week is later. Raised = raised in the month; done = done in the month; open = not done by the month's end; overdue = open with a due date on or before the month's last day; closure rate = done ÷ (done + open); median age = the median of the days from raised to the month's last day over the open items. Each is given per owner and per leader who keeps the log.",
			"A vezetői naplók sorait vezető és feladat-azonosító szerint (a kis- és nagybetűk figyelmen kívül hagyásával) vonjuk össze feladatokká. Az azonosítót a sablon írja minden feladatra, amelyet a következő heti naplóba áthoz, és az áthozott feladat akkor is megtartja, ha átfogalmazzák; az azonosító nélküli sor (az első hetében lévő feladat vagy az azonosítók előtti napló sora) azt az azonosítót kapja, amelyet a vezetője, a felvétel dátuma és a feladat szövege (a kis- és nagybetűk és a fölös szóközök figyelmen kívül hagyásával) ad, vagyis azt, amelyet az áthozatal írna rá. Az azonosító és felvételi dátum nélküli sorok kimaradnak; egy napló két azonos azonosítójú sorát jelezzük, és egy feladatként olvassuk. A feladat állapota a legutolsó heti napló sora szerinti, a határideje a legutolsó olyan soráé, amely megad határidőt. Az átütemezések száma a feladat sorain, a hetek sorrendjében, a határidő minden változása az egyik sorról a következőre, valamint minden átütemezettnek jelölt sor, amely előtt nem átütemezett sor állt (az első sor, ha átütemezettnek jelölték): a változatlanul áthozott sor nem átütemezés, az átütemezettnek jelölt új határidő pedig egy. Egy feladat akkor tartozik a hónaphoz, ha legkésőbb a hónap végéig felvették, és nem a hónap kezdete előtt készült el; a dátum nélkül késznek jelölt feladat a hónapban elkészültnek számít, ha a legutolsó sora a hónappal átfedő hétre esik, és nyitottnak, ha későbbi hétre. Felvett = a hónapban felvett; kész = a hónapban elkészült; nyitott = a hónap végéig el nem készült; lejárt = nyitott, és a határideje legkésőbb a hónap utolsó napja; lezárási arány = kész ÷ (kész + nyitott); medián kor = a nyitott feladatok felvételétől a hónap utolsó napjáig eltelt napok mediánja. Mindegyiket felelősönként és a naplót vezető vezetőnként is megadjuk.")},
		{"roles", salesrhythm.T("Role scores", "Vezetői szerepek pontszáma"), salesrhythm.T(
			"From each leader's self-assessment for the month (the last one read when there are several), each role's score is the number of YES answers to its questions; a leader whose self-assessment did not arrive is listed as not received, with no scores. A role is solid when every one of its questions is YES; the weakest roles are those, not solid, with the lowest score; the total is the number of YES answers. An answer that is not a definite yes (\"partly\", \"sometimes\", \"not always\") is NO. A question left blank, or answered so that it cannot be read, is not answered, not NO, and makes the assessment incomplete. The change is each role's score less its score in the person's latest earlier assessment.",
			"Minden vezető havi önértékeléséből (ha több is van, az utolsóként beolvasottból) a szerep pontszáma a hozzá tartozó kérdésekre adott IGEN válaszok száma; akinek az önértékelése nem érkezett meg, az „nem érkezett meg” jelzéssel, pontszámok nélkül szerepel. Egy szerep erős, ha minden kérdésére IGEN a válasz; a leggyengébb szerepek a nem erősek közül a legalacsonyabb pontszámúak; az összesítés az IGEN válaszok száma. A nem határozott igen („részben”, „néha”, „nem mindig”) NEM. Az üresen hagyott vagy olvashatatlanul megválaszolt kérdés megválaszolatlan, nem NEM, és hiányossá teszi az önértékelést. A változás a szerep pontszáma mínusz ugyanennek a személynek a legutóbbi korábbi önértékelésében elért pontszáma.")},
		{"clients", salesrhythm.T("Client profiles", "Ügyfélnyilvántartás"), salesrhythm.T(
			"From each manager's client profiles for the month, for every manager of the plan employed in it (with nought when none arrived): the rows with a client name, counted by their status as of the month's last day — lost, dormant, active, prospect, or no status — where a client whose last contact (the later of the profile's last contact and the latest call or deal in the registers, else the first contact) is more than the configured number of days before the month's last day counts as dormant, whatever its status says; new = the rows first contacted in the month; new clients = the deals dated in the month marked as a new client, as under Actuals, beside their target.",
			"Minden értékesítő havi ügyfélnyilvántartásából, a terv minden, a hónapban foglalkoztatott értékesítőjére (nullával, ha nem érkezett meg): az ügyfélnévvel kitöltött sorok, a hónap utolsó napján érvényes állapot szerint – elvesztett, alvó, aktív, leendő ügyfél vagy állapot nélküli –, ahol állapotától függetlenül alvónak számít az az ügyfél, akivel az utolsó kapcsolat (a nyilvántartás utolsó kapcsolata és a naplók legutóbbi hívása vagy üzletkötése közül a későbbi, ennek híján az első kapcsolatfelvétel) a beállított napszámnál régebben volt a hónap utolsó napjához képest; új = a hónapban először megkeresett sorok; új ügyfelek = a hónapra keltezett, új ügyfélként jelölt üzletkötések, a Tényadatoknál leírtak szerint, a céljuk mellett.")},
		{"clients-join", salesrhythm.T("Client profiles and the registers", "Ügyfélnyilvántartás és a naplók"), salesrhythm.T(
			"Client names are compared without case, punctuation and extra space, and without a trailing legal form (Kft., Zrt., Nyrt., Bt., Kkt., Ltd, Inc, LLC, GmbH and the like), each manager's profiles with their own call registers and deals; a client on two rows of one manager's profiles is flagged and counted once, as its first row. Called without a profile: the clients called in the month with no row in the profiles; new without a profile: the clients of the month's new-client deals with no row (both only when the profiles arrived). Top potential not called: the rows of the first configured potential, not lost, with no call in the month. Overdue next contacts: the rows, not lost, whose next contact date is on or before the month's last day with no contact since (no later last contact and no call dated on or after it). A row the registers contradict is flagged (profile-contradicts-register): a client marked lost or prospect with a deal in the month, or one marked dormant with a conversation or a deal in the month.",
			"Az ügyfélneveket a kis- és nagybetűk, az írásjelek és a fölös szóközök, valamint a név végi cégforma (Kft., Zrt., Nyrt., Bt., Kkt., Ltd, Inc, LLC, GmbH és hasonlók) figyelmen kívül hagyásával vetjük össze, minden értékesítő nyilvántartását a saját hívásnaplóival és üzletkötéseivel; az egy értékesítő nyilvántartásában két sorban szereplő ügyfelet jelezzük, és egyszer, az első sora szerint számoljuk. Nyilvántartás nélkül hívott: a hónapban hívott ügyfelek, akiknek nincs soruk a nyilvántartásban; nyilvántartás nélküli új ügyfél: a hónap új ügyfeles üzletkötéseinek ügyfelei, akiknek nincs soruk (mindkettő csak akkor, ha a nyilvántartás beérkezett). Nem hívott kiemelt ügyfelek: az első beállított potenciálú, nem elvesztett sorok, amelyekhez a hónapban nem volt hívás. Elmaradt kapcsolatfelvételek: azok a nem elvesztett sorok, amelyek következő kapcsolatfelvételének dátuma legkésőbb a hónap utolsó napja, és azóta nem volt kapcsolat (sem későbbi utolsó kapcsolat, sem azon a napon vagy később keltezett hívás). Jelezzük (profile-contradicts-register) azt a sort, amelynek a naplók ellentmondanak: az elvesztettként vagy leendő ügyfélként jelölt ügyfelet, akivel a hónapban üzletkötés volt, és az alvóként jelöltet, akivel a hónapban beszélgetés vagy üzletkötés volt.")},
		{"one-on-ones", salesrhythm.T("One-on-one sheets", "Egyéni beszélgetés-feljegyzések"), salesrhythm.T(
			"Each one-on-one sheet is a talk of its leader with its direct report on its date, and counts towards the leader's one-on-one norm together with the management log's one-on-ones: a sheet and a log event of type one-on-one of the same leader on the same date with the report among its participants are one talk, counted once, with the sheet's minutes when the log gives none. A sheet with no date counts nowhere. Two sheets of the same leader, report and date are one workbook handed in twice: one of them counts, by the rule for duplicates.",
			"Minden egyéni beszélgetés-feljegyzés a vezető és a közvetlen beosztott beszélgetése a feljegyzés dátumán, és a vezetői napló egyéni beszélgetéseivel együtt számít a vezető egyéni beszélgetési normájába: a feljegyzés és ugyanannak a vezetőnek ugyanarra a napra szóló, egyéni beszélgetés típusú naplóeseménye, amelynek résztvevői között a beosztott szerepel, egy beszélgetés, és egyszer számít, a feljegyzés időtartamával, ha a napló nem ad meg időtartamot. A dátum nélküli feljegyzés sehová sem számít. Ugyanannak a vezetőnek ugyanarra a beosztottra és dátumra szóló két feljegyzése ugyanannak a munkafüzetnek a kétszeri leadása: a többször leadott munkafüzetek szabálya szerint egy számít közülük.")},
		{"competences", salesrhythm.T("Competences", "Kompetenciák"), salesrhythm.T(
			"From the ratings of the one-on-one sheets dated in the month and the month before: for each person and competence, the stage (1–4) is the latest rating of the month, by date, and its change is that stage less the person's rating of the competence just before it, of this month or the last; a competence left blank on a sheet is not rated there. The matrix lists everyone rated in the month and every manager employed in it; the team's mean stage of a competence = Σ stage ÷ the people rated in it in the month; the weakest competences, those with the lowest mean, are the training needs; the managers with no rating in the month are listed as unrated.",
			"A hónapban és az előző hónapban keltezett egyéni beszélgetés-feljegyzések értékeléseiből: minden személyre és kompetenciára a szakasz (1–4) a hónap legutóbbi értékelése, dátum szerint, a változás pedig ez a szakasz mínusz a személy ugyanezen kompetenciájának közvetlenül előtte kapott értékelése, ebből vagy az előző hónapból; a feljegyzésen üresen hagyott kompetencia ott nincs értékelve. A mátrix mindenkit felsorol, akit a hónapban értékeltek, és minden értékesítőt, aki a hónapban állományban volt; egy kompetencia csapatátlaga = Σ szakasz ÷ a hónapban abban értékeltek száma; a leggyengébb, legalacsonyabb átlagú kompetenciák a képzési igények; a hónapban nem értékelt értékesítőket külön felsoroljuk.")},
		{"trainings", salesrhythm.T("Trainings and joint visits", "Képzések és közös ügyféllátogatások"), salesrhythm.T(
			"The month's trainings (management events of type training dated in the month) count for the leader who held them, under each training norm that binds the leader: the trainings due as under meeting compliance, the hours held = Σ minutes ÷ 60, against the norm hours = trainings due × the norm's length (midway between its shortest and longest minutes: about 4 hours). Each person's hours attended = Σ minutes ÷ 60 of the trainings they took part in, against the norm hours of their direct leader. A manager's joint visits are the month's joint client visits they took part in, with any leader, against what the per-report joint-visit norms of their direct leader ask.",
			"A hónap képzései (a hónapra keltezett, képzés típusú vezetői események) az őket tartó vezetőnél számítanak, minden rá vonatkozó képzési norma szerint: az esedékes képzések a normakövetésnél leírtak szerint, a megtartott órák = Σ perc ÷ 60, a norma óraszámához mérve, amely = esedékes képzések × a norma hossza (a legrövidebb és a leghosszabb percszám közepe: mintegy 4 óra). Minden személy részvételi óraszáma = Σ perc ÷ 60 azokra a képzésekre, amelyeken részt vett, a közvetlen vezetője normájának óraszámához mérve. Egy értékesítő közös ügyféllátogatásai a hónap azon közös ügyféllátogatásai, amelyeken részt vett, bármelyik vezetővel, ahhoz mérve, amit a közvetlen vezetőjének beosztottankénti látogatási normái előírnak.")},
		{"role-advice", salesrhythm.T("Role advice", "Tanácsok a vezetői szerepekhez"), salesrhythm.T(
			"For each leader whose self-assessment arrived, every role below three YES is listed with its questions answered NO or left blank, its change since the latest earlier assessment, and the configured sentence on what a leader solid in the role does. The department's weakest roles are those with the lowest mean score over the self-assessments received.",
			"Minden vezetőnél, akinek az önértékelése beérkezett, felsoroljuk a három IGEN alatti szerepeket a NEM-mel megválaszolt vagy üresen hagyott kérdéseikkel, a legutóbbi korábbi önértékelés óta bekövetkezett változással és a beállított mondattal arról, mit tesz az a vezető, akinek ez a szerepe erős. Az osztály leggyengébb szerepei a beérkezett önértékelések átlagában a legalacsonyabb pontszámúak.")},
		{"submissions", salesrhythm.T("Submissions", "Leadások"), salesrhythm.T(
			"Expected for the month: from each manager a call register, a time table and a weekly report, and from each leader (lead, head, director) a management log, for every week of the month's workbooks with a working day in the month on which the person was employed; from each manager employed on a working day of the month, client profiles; from each such leader, a self-assessment and, for each direct report, as many one-on-one sheets as the one-on-one norms ask over the days both were employed (the most any of them asks, pro-rated as under meeting compliance); and one plan, from the first director of the plan. Received are the workbooks that match an expected one by kind, person and period (the plan by kind and period alone, a one-on-one sheet by its direct report too; each expected one is matched once); missing are those expected and not received; duplicates are those received more than once (only one of them counts); context are those read for the figures though due in a month next to this one: weekly workbooks for a week with no working day in the month, and the self-assessments and one-on-one sheets of the month before, for the change in role scores and competence stages; unexpected are the other workbooks received, a one-on-one sheet beyond those due among them.",
			"A hónapra várt munkafüzetek: minden értékesítőtől hívásnapló, időbeosztás és heti jelentés, minden vezetőtől (csoportvezető, értékesítési vezető, kereskedelmi igazgató) vezetői napló a hónap munkafüzeteinek minden olyan hetére, amelyben van a hónapra eső olyan munkanap, amikor az illető állományban volt; minden értékesítőtől, aki a hónap valamely munkanapján állományban volt, ügyfélnyilvántartás; minden ilyen vezetőtől egy önértékelés és minden közvetlen beosztottjára annyi egyéni beszélgetés-feljegyzés, amennyit az egyéni beszélgetési normák a mindkettejük foglalkoztatásával töltött napokra előírnak (a legtöbbet előíró norma szerint, a normakövetésnél leírt időarányosítással); végül egy terv, a tervben szereplő első kereskedelmi igazgatótól. Beérkezett az a munkafüzet, amely típus, munkatárs és időszak szerint (a terv csak típus és időszak szerint, az egyéni beszélgetés-feljegyzés a közvetlen beosztott szerint is) megfelel egy vártnak; minden várt munkafüzetnek egy beérkezett felel meg; hiányzik az, amit vártunk, de nem érkezett meg; ismétlődő az, ami többször is beérkezett (közülük csak egy számít); háttéradat az, amit a számokhoz beolvasunk, bár a szomszédos hónapra esedékes: a hónap munkanapjait nem érintő hetek heti munkafüzetei, valamint az előző havi önértékelések és egyéni beszélgetés-feljegyzések, a szerepek pontszámai és a tanulási szakaszok változásához; váratlan minden más beérkezett munkafüzet, köztük az esedékesnél több egyéni beszélgetés-feljegyzés.")},
		{"week", salesrhythm.T("The week", "A hét"), salesrhythm.T(
			"A Friday pack covers one week, Monday to Sunday, for each group lead and head of sales, about their direct reports employed in the week; a report who leads others is shown with the sums of the managers below them. The week's target for a measure is, over the working days of the week on which the person was employed, the person's target for that day's month (pro-rated when pro-rating is on) ÷ their working days employed in that month, summed; the days of a month with no plan have no target. The actual counts the records dated in the week up to the as-of day (client meetings and proposals from the week's weekly report), and pace = actual ÷ the week's target of the working days up to the as-of day. The month to date is the month of the as-of day, its pace as for the month. Action items are the rows of the leader's logs up to the week's own, joined as for the month: first those raised before the week and not done before it began, then those raised in it, each by owner; an item is overdue when it is not done and is due on or before the as-of day. The leader's events: a daily or weekly norm requires what it asks of the whole week, and held, on time, right length and credited count the events logged in the week up to the as-of day, each one-on-one sheet as its talk, once; a monthly norm is shown for its month to date. Not handed in are the week's weekly workbooks due from each direct report and from the leader, as for the month, that did not arrive; problems are the errors and warnings found in each report's workbooks of the week.",
			"A pénteki összesítő egy hétre, hétfőtől vasárnapig szól, minden csoportvezetőnek és értékesítési vezetőnek, a héten állományban lévő közvetlen beosztottjairól; az a beosztott, aki maga is vezet másokat, a alatta dolgozó értékesítők összesített adataival szerepel. Egy mutató heti célja: a hét azon munkanapjaira, amelyeken a munkatárs állományban volt, az adott nap hónapjára szóló célja (időarányosítva, ha az időarányosítás be van kapcsolva) ÷ az abban a hónapban állományban töltött munkanapjai, összegezve; a terv nélküli hónap napjaira nincs cél. A tény a héten, a viszonyítási napig keltezett tételeket számolja (az ügyféltalálkozókat és az ajánlatokat a hét heti jelentéséből), az ütem = tény ÷ a viszonyítási napig tartó munkanapokra jutó heti cél. A hónap eddigi része a viszonyítási nap hónapja, az ütem a havival azonos módon. A feladatok a vezető naplóinak sorai a hét saját naplójáig bezárólag, a havival azonos módon összevonva: elöl a hét előtt felvett és a hét kezdetéig el nem végzett feladatok, utánuk a héten felvettek, mindkettő felelősönként; egy feladat lejárt, ha nincs kész, és a határideje a viszonyítási napra vagy korábbra esik. A vezető eseményei: a napi és a heti norma azt írja elő, amit az egész hétre előír, a megtartott, időben kezdődött, megfelelő hosszúságú és beszámított események pedig a héten, a viszonyítási napig naplózottak, minden egyéni beszélgetés-feljegyzés egyszer, a beszélgetéseként; a havi normát a hónap eddigi része szerint mutatjuk. Le nem adott a hét azon heti munkafüzete, amely a havival azonos módon esedékes egy közvetlen beosztottól vagy a vezetőtől, de nem érkezett meg; a hibák az egyes beosztottak heti munkafüzeteiben talált hibák és figyelmeztetések.")},
		{"scorecards", salesrhythm.T("Scorecards", "Egyéni eredménylapok"), salesrhythm.T(
			"Each person of the plan gets a scorecard with their own figures of the month: fulfilment, rank among the people ranked and band, activity, time use, the competence stages their one-on-ones of the month gave them, and for leaders meeting compliance (without the tally per direct report) and role scores; their trend is the same standing in the earlier months, up to five back, whose plan is in the inbox. Of other people it shows only the sums of the person's group and of the department, as for groups, and the means of the members' calls per working day, conversion calls → meetings set, next-contact share, active-selling share, plan adherence, the leaders' compliance and each competence's stage; each is n/a when it counts fewer than 3 people, since the sum less one's own figure would show a colleague's. It names nobody but its person and their own leader.",
			"A terv minden munkatársa egyéni eredménylapot kap a hónap saját adataival: tervteljesítés, helyezés a rangsoroltak között és sáv, aktivitás, időfelhasználás, a hónap egyéni beszélgetésein kapott kompetencia-szakaszok, a vezetőknél pedig normakövetés (a beosztottankénti bontás nélkül) és a vezetői szerepek pontszáma; az alakulás ugyanezt mutatja a legfeljebb öt korábbi hónapra, amelyek terve a beérkező mappában van. Másokról csak a munkatárs csoportjának és az osztálynak a csoportoknál leírt összesített adatait mutatja, valamint a tagok munkanaponkénti hívásainak, hívásból találkozóba konverziójának, következő kapcsolatfelvételi arányának, aktív értékesítési arányának, tervkövetésének, a vezetők normakövetésének és az egyes kompetenciák szakaszának átlagát; mindegyik nem értelmezhető, ha 3 főnél kevesebbre vonatkozik, mert az összegből a saját adatot levonva egy kolléga adata látszana. Az érintett munkatárson és a saját vezetőjén kívül senkit sem nevez meg.")},
	}
}

// rankingInForce states the ranking policy of the configuration.
func rankingInForce(p salesrhythm.Ranking) Rule {
	en, hu := "Ranking metric: fulfilment ("+label(p.Metric).En+").", "Rangsorolási mutató: teljesítés ("+label(p.Metric).Hu+")."
	if p.Metric == salesrhythm.MetricScore {
		var ws, wsHu []string
		for _, k := range measures() {
			if w := p.Weights[string(k)]; w > 0 {
				ws = append(ws, label(string(k)).En+" "+number(w))
				wsHu = append(wsHu, label(string(k)).Hu+": "+numberHu(w))
			}
		}
		en = "Ranking metric: score, weights " + strings.Join(ws, ", ") + "."
		hu = "Rangsorolási mutató: pontszám; súlyok: " + strings.Join(wsHu, "; ") + "."
	}
	en += fmt.Sprintf(" Leader: %s%% or more; laggard: below %s%%. Ranked: people employed on at least %d working days of the month.",
		number(p.LeaderPercent), number(p.LaggardPercent), p.MinWorkingDays)
	hu += fmt.Sprintf(" Élenjáró: legalább %s\u00a0%%; lemaradó: %s\u00a0%% alatt. Rangsorolva: aki a hónapban legalább %d munkanapon állományban volt.",
		numberHu(p.LeaderPercent), numberHu(p.LaggardPercent), p.MinWorkingDays)
	en += " While the month is in progress, the ranking and the bands use the pace instead of the fulfilment."
	hu += " Amíg a hónap tart, a rangsor és a sávok az ütemen alapulnak, nem a teljesítésen."
	if p.Prorate {
		en += " Targets of people employed for part of the month: pro-rated."
		hu += " A hónap egy részében állományban lévők céljai: időarányosak."
	} else {
		en += " Targets of people employed for part of the month: not pro-rated."
		hu += " A hónap egy részében állományban lévők céljai: nem időarányosak."
	}
	return Rule{"ranking-in-force", salesrhythm.T("Ranking policy in force", "Érvényes rangsorolási szabályok"), salesrhythm.T(en, hu)}
}

// normInForce states one norm of the configuration.
func normInForce(n salesrhythm.Norm) Rule {
	var roles, rolesHu []string
	for _, r := range n.Roles {
		roles = append(roles, strings.ToLower(choice(salesrhythm.Roles, string(r)).En))
		rolesHu = append(rolesHu, strings.ToLower(choice(salesrhythm.Roles, string(r)).Hu))
	}
	who, whoHu := salesrhythm.Capitalise(strings.Join(roles, ", "))+": ", salesrhythm.Capitalise(strings.Join(rolesHu, ", "))+": "
	if n.Count <= 0 {
		return Rule{"norm-" + n.Key, n.Label, salesrhythm.T(who+"switched off.", whoHu+"kikapcsolva.")}
	}
	var en, hu string
	switch n.Every {
	case salesrhythm.EveryWorkingDay:
		en, hu = fmt.Sprintf("%d each working day", n.Count), fmt.Sprintf("minden munkanapon %d alkalom", n.Count)
	case salesrhythm.EveryWeek:
		en, hu = fmt.Sprintf("%d each week", n.Count), fmt.Sprintf("hetente %d alkalom", n.Count)
	default:
		en, hu = fmt.Sprintf("%d each month", n.Count), fmt.Sprintf("havonta %d alkalom", n.Count)
	}
	if n.PerReport {
		en, hu = en+" per direct report", hu+" minden közvetlen beosztottal"
	}
	if n.Every == salesrhythm.EveryWeek {
		if weekday, named := n.DueWeekday(); named {
			en += fmt.Sprintf(", on %s (the week's last working day when that is not a working day)", weekday)
			hu += fmt.Sprintf(", %s (ha az nem munkanap, a hét utolsó munkanapján)", onWeekdayHu[weekday])
		} else {
			en, hu = en+", by the week's last working day", hu+", legkésőbb a hét utolsó munkanapján"
		}
	}
	parts, partsHu := []string{who + en}, []string{whoHu + hu}
	if start := n.StartClock(); start.Valid() {
		parts = append(parts, fmt.Sprintf("start %s ± %d min", start, n.Tolerance))
		partsHu = append(partsHu, fmt.Sprintf("kezdés: %s (±%d perc)", start, n.Tolerance))
	}
	if n.MaxMinutes > 0 {
		parts = append(parts, fmt.Sprintf("length %d–%d min", n.MinMinutes, n.MaxMinutes))
		partsHu = append(partsHu, fmt.Sprintf("időtartam: %d–%d perc", n.MinMinutes, n.MaxMinutes))
	}
	if n.NotOn != "" {
		other := choice(salesrhythm.EventTypes, n.NotOn)
		parts = append(parts, "not on a day with a "+strings.ToLower(other.En))
		partsHu = append(partsHu, "nem eshet olyan napra, amelyen "+strings.ToLower(other.Hu)+" volt")
	}
	parts = append(parts, "weight "+number(n.Weight))
	partsHu = append(partsHu, "súly: "+numberHu(n.Weight))
	return Rule{"norm-" + n.Key, n.Label, salesrhythm.T(strings.Join(parts, "; ")+".", strings.Join(partsHu, "; ")+".")}
}

// creditInForce states which held events earn a norm credit.
func creditInForce(c salesrhythm.ComplianceConfig) Rule {
	text := salesrhythm.T(
		"Strict: a held event earns credit only when it is on time and of the right length, each where the norm sets it; held but not credited otherwise (compliance.credit: strict).",
		"Szigorú: a megtartott esemény csak akkor számít be, ha időben volt és megfelelő hosszú, amennyiben a norma ezeket előírja; egyébként megtartott, de nem beszámított (compliance.credit: strict).")
	if c.Credit == salesrhythm.CreditHeld {
		text = salesrhythm.T(
			"Held: every held event earns credit, on time and of the right length or not (compliance.credit: held).",
			"Megtartás: minden megtartott esemény beszámít, akár időben volt és megfelelő hosszú, akár nem (compliance.credit: held).")
	}
	return Rule{"credit-in-force", salesrhythm.T("Credit rule in force", "Érvényes beszámítási szabály"), text}
}

// timeTableInForce states the time table of the configuration.
func timeTableInForce(tt salesrhythm.TimeTable) Rule {
	var active, activeHu []string
	for _, a := range tt.Activities {
		if a.Active {
			active = append(active, strings.ToLower(a.Label.En))
			activeHu = append(activeHu, strings.ToLower(a.Label.Hu))
		}
	}
	return Rule{"time-table-in-force", salesrhythm.T("Time table in force", "Érvényes időbeosztás"), salesrhythm.T(
		fmt.Sprintf("Slots of %d min from %s to %s. Active selling: %s.", tt.SlotMinutes, tt.DayStart, tt.DayEnd, strings.Join(active, "; ")),
		fmt.Sprintf("%d perces idősávok %s és %s között. Aktív értékesítés: %s.", tt.SlotMinutes, tt.DayStart, tt.DayEnd, strings.Join(activeHu, "; ")))}
}

var onWeekdayHu = map[time.Weekday]string{
	time.Monday: "hétfőn", time.Tuesday: "kedden", time.Wednesday: "szerdán", time.Thursday: "csütörtökön",
	time.Friday: "pénteken", time.Saturday: "szombaton", time.Sunday: "vasárnap",
}

// label returns the lower-case label of a measure.
func label(measure string) salesrhythm.Text {
	c := choice(salesrhythm.Measures, measure)
	return salesrhythm.T(strings.ToLower(c.En), strings.ToLower(c.Hu))
}

// choice returns the label of key in cs, or the key itself.
func choice(cs []salesrhythm.Choice, key string) salesrhythm.Text {
	for _, c := range cs {
		if c.Key == key {
			return c.Label
		}
	}
	return salesrhythm.T(key, key)
}

// number formats v as briefly as it can; numberHu with a decimal comma.
func number(v float64) string   { return strconv.FormatFloat(v, 'f', -1, 64) }
func numberHu(v float64) string { return strings.Replace(number(v), ".", ",", 1) }
