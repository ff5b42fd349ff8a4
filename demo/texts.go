package demo

import "salesrhythm"

// The demo's part of the catalogue: what it says of the mistakes it plants,
// keyed by their English format.
var _ = []salesrhythm.Message{
	salesrhythm.Msg("%s marked %s in the client profiles against the registers",
		"az ügyfélnyilvántartásban %s állapota %s, ellentmondva a naplóknak"),
	salesrhythm.Msg("a deal of %s dated %q: it leaves revenue and deals",
		"egy %s összegű üzletkötés dátuma: „%s”; kimarad az árbevételből és az üzletkötések számából"),
	salesrhythm.Msg("a deal's amount of %s typed as %q: the deal counts, its amount does not",
		"egy üzletkötés összege (%s) így beírva: „%s”; az üzletkötés számít, az összege nem"),
	salesrhythm.Msg("a deal's date %s typed as %q, without a year: read as meant",
		"egy üzletkötés dátuma (%s) év nélkül beírva: „%s”; a szándék szerint olvassuk be"),
	salesrhythm.Msg("%q typed for %s in a one-on-one",
		"„%s” beírva az azonosító helyett (%s) egy egyéni beszélgetésnél"),
	salesrhythm.Msg("a next contact date typed as %q",
		"a következő kapcsolatfelvétel dátuma így beírva: „%s”"),
	salesrhythm.Msg("%q typed as a call result in a copy that lost its drop-downs",
		"„%s” beírva hívás eredményeként egy olyan példányban, amelyből eltűntek a legördülő listák"),
	salesrhythm.Msg("a weekly report sent again, a deal's amount corrected from %s to %s",
		"kétszer leadott heti jelentés, benne egy üzletkötés összege javítva: %s helyett %s"),
	salesrhythm.Msg("the lock file of a call register left open in Excel",
		"egy Excelben nyitva hagyott hívásnapló zárolási fájlja"),
	salesrhythm.Msg("question %d of the self-assessment left blank",
		"az önértékelés %d. kérdése megválaszolatlanul maradt"),
}
