package analysis

import "salesrhythm"

// The analysis's part of the catalogue: the messages of the findings it
// makes about what the figures doubt or leave out, keyed by their English
// format, which the code writes where it flags (flag, salesrhythm.Tr).
var _ = []salesrhythm.Message{
	msg("rows dated after %s, the day the report is as of, are not counted yet; a report as of a later day counts them",
		"a viszonyítási nap (%s) utáni napokra keltezett sorokat még nem számoljuk; egy későbbi viszonyítási napú jelentés számolja őket"),
	msg("action item owner %q is not in the team",
		"a feladat felelőse nem szerepel a csapatban: „%s”"),
	msg("%s is marked %s in the client profiles, but the weekly report has a deal with them on %s: a client who bought is active",
		"az ügyfélnyilvántartás szerint %[1]s állapota %[2]s, de a heti jelentésben üzletkötés szerepel vele (%[3]s): aki vásárolt, az aktív ügyfél"),
	msg("%s is marked dormant in the client profiles, but the registers show a conversation or a deal with them on %s",
		"az ügyfélnyilvántartás szerint %s alvó ügyfél, de a naplók szerint beszélgetés vagy üzletkötés volt vele (%s)"),
	msg("%s on %s %s, not a working day: it counts, but check the date",
		"%s pihenőnapon (%s, %s): beszámít, de ellenőrizze a dátumot"),
	msg("%s on %s, a day with a %s",
		"%s olyan napon (%s), amelyen ez is volt: %s"),
	msg("the %s has no date that can be read, so it counts in no month",
		"az eseménynek (%s) nincs beolvasható dátuma, ezért egyik hónapban sem számít"),
	msg("the %s of %s, who is not in the plan, counts for no leader",
		"az esemény (%s) vezetője nem szerepel a tervben (%s), ezért egyik vezetőnél sem számít"),
	msg("the event has no type that can be read, so no norm counts it",
		"az eseménynek nincs beolvasható típusa, ezért egyik norma sem számol vele"),
	msg("the %s names no direct report of %s employed in the month (%s), so it counts towards no report's %s",
		"az eseményben (%[1]s) nem szerepel a vezető egyetlen, a hónapban állományban lévő közvetlen beosztottja sem (vezető: %[2]s; %[3]s), ezért egyik beosztottnál sem számít bele ebbe a normába: %[4]s"),
	msg("event", "esemény"),
	msg("the deal has no date that can be read, so it counts in no month",
		"az üzletkötésnek nincs beolvasható dátuma, ezért egyik hónapban sem számít"),
	msg("the call has no date that can be read, so it counts in no month",
		"a hívásnak nincs beolvasható dátuma, ezért egyik hónapban sem számít"),
	msg("no participant", "nincs résztvevő"),
	msg("participants: %s", "résztvevők: %s"),
	msg("the time table of %s, who is not in the plan, counts for no one",
		"az időbeosztás kitöltője nem szerepel a tervben (%s), ezért senkinél sem számít"),
	msg("the deal of %s, who is not in the plan, counts for no one",
		"az üzletkötés gazdája nem szerepel a tervben (%s), ezért senkinél sem számít"),
	msg("the call of %s, who is not in the plan, counts for no one",
		"a hívás gazdája nem szerepel a tervben (%s), ezért senkinél sem számít"),
	msg("the funnel of %s, who is not in the plan, counts for no one",
		"a tölcsér gazdája nem szerepel a tervben (%s), ezért senkinél sem számít"),
	msg("%d working days employed, minimum %d",
		"%d munkanapon volt állományban (legalább %d kell)"),
	msg("%s is in the client profiles twice, on rows %d and %d; the client is counted once, as on row %d",
		"az ügyfél kétszer szerepel az ügyfélnyilvántartásban (%s; sorok: %d és %d); egyszer számít, az első előfordulása (%d. sor) szerint"),
	msg("the item ID %s is on row %d of the same log too; both rows are read as one item",
		"a feladat-azonosító (%s) ugyanebben a naplóban egy másik sorban is szerepel (%d. sor); a két sort egy feladatként olvassuk be"),
}

var msg = salesrhythm.Msg
